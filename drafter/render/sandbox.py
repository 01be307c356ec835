"""The sandboxed Jinja environment and the render context every text gets.

Fragments and templates are data that may come from others: they render only
here, with StrictUndefined and no globals, each text compiled once.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import RenderError
from drafter.model import Fragment
from drafter.text import count_word, level_words, upper_words


def make_environment() -> SandboxedEnvironment:
    """The one Jinja environment drafter renders with: sandboxed, strict, no globals."""
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False
    )
    env.globals.clear()
    return env


_ENV = make_environment()


@functools.lru_cache(maxsize=4096)
def _compile(text: str) -> jinja2.Template:
    """Compile a fragment text once; fitting a length renders the same texts many times."""
    return _ENV.from_string(text)


def helpers(level: str, n_points: int, n_sub: int) -> dict[str, Any]:
    """Level words, the level above and count words available to every text."""
    words: dict[str, Any] = level_words(level).as_dict()
    words["upper"] = upper_words(level)
    words["count"] = count_word(n_points)
    words["sub_count"] = count_word(n_sub) if n_sub else ""
    return words


def render_text(text: str, ctx: Mapping[str, Any], fragment: Fragment | None = None) -> str:
    if not text:
        return ""
    try:
        return _compile(text).render(ctx).strip()
    except jinja2.exceptions.SecurityError as exc:
        raise RenderError(
            f"片段 {fragment.id if fragment else ''} 试图执行不安全的操作，已拒绝：{exc}",
            path=fragment.path if fragment else None, line=fragment.line if fragment else None,
        ) from exc  # fmt: skip
    except jinja2.UndefinedError as exc:
        raise RenderError(
            f"片段 {fragment.id if fragment else '模板'} 用到了没有值的变量：{exc.message}",
            path=fragment.path if fragment else None, line=fragment.line if fragment else None,
            hint="在片段的 variables 中声明它，或在 answers 中提供。",
        ) from exc  # fmt: skip
    except jinja2.TemplateError as exc:
        raise RenderError(f"渲染失败：{exc}", path=fragment.path if fragment else None) from exc
