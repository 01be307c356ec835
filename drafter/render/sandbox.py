"""The sandboxed Jinja environment and the render context every text gets.

Fragments and templates are data that may come from others: they render only
here, with StrictUndefined and no globals, each text compiled once. Compiled
code is kept in a Jinja bytecode cache in the user's cache folder (keyed by the
text, by Jinja's and Python's versions and by the code of this environment and
its {% alt %} extension), so a new process does not compile again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from drafter.errors import RenderError
from drafter.library.alternatives import AltExtension, text_scope
from drafter.limits import MAX_RENDER_CHARS
from drafter.model import Fragment
from drafter.render.values import level_context
from drafter.text import count_word
from drafter.topics import apart_wording


def make_environment() -> ImmutableSandboxedEnvironment:
    """The one Jinja environment drafter renders with: sandboxed, immutable, strict, no globals.

    Immutable: a text can never change the user's answers (no list.append …).
    """
    env = ImmutableSandboxedEnvironment(
        undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False,
        extensions=[AltExtension],
    )
    env.globals.clear()
    return env


_ENV = make_environment()


@functools.lru_cache(maxsize=4096)
def _compile(text: str) -> jinja2.Template:
    """Compile a fragment text once; fitting a length renders the same texts many times.

    The code comes from the bytecode cache when a process compiled this text before;
    it is what `_ENV.from_string(text)` makes, by the same sandboxed environment.
    """
    cache = _bytecode_cache()
    if cache is None:
        return _ENV.from_string(text)
    try:
        bucket = cache.get_bucket(_ENV, hashlib.sha256(text.encode()).hexdigest(), None, text)
    except Exception:  # noqa: BLE001 - a damaged cache file: compile as if there were none
        return _ENV.from_string(text)
    if bucket.code is None:
        bucket.code = _ENV.compile(text)
        with contextlib.suppress(OSError):  # the cache is only an optimisation
            cache.set_bucket(bucket)
    return _ENV.template_class.from_code(_ENV, bucket.code, _ENV.make_globals(None), None)


@functools.cache
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled fragment texts on disk, shared by processes (written atomically), or None."""
    from drafter.cachefile import cache_folder, keep_in_use, unused_for

    folder = cache_folder()
    if folder is None:
        return None
    # Sandboxed code differs from plain Jinja code, and the extension shapes it: a folder for
    # this Jinja version and this code; folders of other versions are removed once unused for a
    # day (another drafter installed beside this one keeps its folder while it uses it).
    directory = folder / f"jinja-sandbox-{jinja2.__version__}-{_code_stamp()}"
    try:
        if not directory.is_dir():
            for old in folder.glob("jinja-sandbox-*"):
                if unused_for(old, 1):
                    shutil.rmtree(old, ignore_errors=True)
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        keep_in_use(directory)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(directory), "%s.cache")


def _code_stamp() -> str:
    from drafter.library import alternatives

    code = hashlib.blake2b(digest_size=6)
    for module in (__file__, alternatives.__file__):
        code.update(Path(module).read_bytes())
    return code.hexdigest()


def helpers(answers: Mapping[str, Any] | str, n_points: int, n_sub: int) -> dict[str, Any]:
    """Level words, the level above, the meeting's host and count words available to every text.

    `answers` are resolved answers (a bare tier such as "县" gives that tier's usual kind).
    """
    words = level_context({"level": answers} if isinstance(answers, str) else answers)
    words["count"] = count_word(n_points)
    words["sub_count"] = count_word(n_sub) if n_sub else ""
    return words


def render_text(
    text: str, ctx: Mapping[str, Any], fragment: Fragment | None = None, group: str | None = None
) -> str:
    """Render a fragment or template text in the sandbox (`group`: see `text_scope`).

    A fragment's text then names the work as the meeting does (`topics.apart_wording`).
    """
    if not text:
        return ""
    try:
        with text_scope(fragment.id if fragment else None, text, group):
            out = _compile(text).render(ctx).strip()
        if fragment is not None:  # our text, not the user's words: 防汛抗旱 → 防汛 at a 防汛 meeting
            for pattern, new in apart_wording(str(ctx.get("meeting") or ""), str(ctx.get("work") or "")):
                out = pattern.sub(new, out)
    except RecursionError as exc:
        raise _failed(fragment, "嵌套过深") from exc
    except (ArithmeticError, TypeError, ValueError, MemoryError) as exc:
        raise _failed(fragment, type(exc).__name__) from exc
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
    if len(out) > MAX_RENDER_CHARS:
        raise _failed(fragment, f"输出超过 {MAX_RENDER_CHARS} 字")
    return out


def _failed(fragment: Fragment | None, why: str) -> RenderError:
    name = f"片段 {fragment.id}" if fragment else "模板"
    return RenderError(
        f"{name} 渲染失败（{why}），已停止", path=fragment.path if fragment else None,
        line=fragment.line if fragment else None, hint="检查该片段的 Jinja 写法，或从片段库中删去它。",
    )  # fmt: skip
