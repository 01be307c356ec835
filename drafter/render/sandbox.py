"""The sandboxed Jinja environment and the render context every text gets.

Fragments and templates are data that may come from others: they render only
here, with StrictUndefined and no globals, each text compiled once. Compiled
code is kept in a Jinja bytecode cache in the user's cache folder (keyed by the
text, by Jinja's and Python's versions and by the code of this environment and
its {% alt %} extension), so a new process does not compile again.

Texts of the plain shape (words, `{{ name }}`, `{% alt %}`, a skeleton's `{% if name %}` and
`{% for x in name %}`) render the same without Jinja (`drafter.library.plain`): a draft whose texts
are all plain never imports jinja2 (#18). Every other text, and every plain one whose values
Jinja alone can say, is rendered here by Jinja.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)
from drafter.errors import RenderError
from drafter.library.alternatives import fixed_lead_said, heard, text_scope, without_alternatives
from drafter.library.plain import TooLong, plain_tree, render_plain
from drafter.limits import MAX_RENDER_CHARS
from drafter.model import Fragment
from drafter.render.values import level_context
from drafter.text import count_word
from drafter.topics import apart_wording

if TYPE_CHECKING:
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment


def make_environment() -> ImmutableSandboxedEnvironment:
    """The one Jinja environment drafter renders with: sandboxed, immutable, strict, no globals.

    Immutable: a text can never change the user's answers (no list.append …).
    """
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from drafter.library.altext import AltExtension

    env = ImmutableSandboxedEnvironment(
        undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False,
        extensions=[AltExtension],
    )
    env.globals.clear()
    return env


@functools.cache
def _environment() -> ImmutableSandboxedEnvironment:
    """The environment, made when the first text that is not plain is rendered (importing jinja2)."""
    return make_environment()


@functools.lru_cache(maxsize=4096)
def _compile(text: str) -> jinja2.Template:
    """Compile a fragment text once; fitting a length renders the same texts many times.

    The code comes from the bytecode cache when a process compiled this text before;
    it is what `env.from_string(text)` makes, by the same sandboxed environment.
    """
    env = _environment()
    cache = _bytecode_cache()
    if cache is None:
        return env.from_string(text)
    try:
        bucket = cache.get_bucket(env, hashes.sha256(text.encode()).hexdigest(), None, text)
    except Exception:  # noqa: BLE001 - a damaged cache file: compile as if there were none
        return env.from_string(text)
    if bucket.code is None:
        bucket.code = env.compile(text)
        with contextlib.suppress(OSError):  # the cache is only an optimisation
            cache.set_bucket(bucket)
    return env.template_class.from_code(env, bucket.code, env.make_globals(None), None)


def _render(text: str, ctx: Mapping[str, Any]) -> str:
    """`text` rendered with `ctx`, without Jinja when it is plain and its values are (the same output)."""
    tree = plain_tree(text)
    out = render_plain(tree, ctx, MAX_RENDER_CHARS) if tree is not None else None
    return out if out is not None else _stream(_compile(text), ctx)


def _stream(template: jinja2.Template, ctx: Mapping[str, Any]) -> str:
    """What `template.render(ctx)` returns, stopped once it passes MAX_RENDER_CHARS (not after gigabytes).

    Raises:
        TooLong: the output passed the limit.
    """
    out: list[str] = []
    size = 0
    for piece in template.generate(ctx):
        out.append(piece)
        size += len(piece)
        if size > MAX_RENDER_CHARS:
            raise TooLong
    return "".join(out)


@functools.cache
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled fragment texts on disk, shared by processes (written atomically), or None."""
    import jinja2

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
                    import shutil  # here only: with bz2 and lzma, ~8 M instructions a plain draft need not pay (#18)

                    shutil.rmtree(old, ignore_errors=True)
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        keep_in_use(directory)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(directory), "%s.cache")


@functools.cache  # the code of this process (a resident exits when drafter changes on disk): read once, not at each
def _code_stamp() -> str:  # command of a resident's worker, which forgets the folder (~0.2 ms of its ~0.3, #18)
    from drafter.library import alternatives, altext

    code = hashes.blake2b(digest_size=6)
    for module in (__file__, alternatives.__file__, altext.__file__):
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


# 党中央和{{ upper.leadership }} (党中央和省委、省政府) for a 省 or 直辖市, whose level above is the centre itself: 要认真学习
# 党中央和党中央、国务院关于信访工作的最新部署 (review32b: 浙江省 全省信访工作会议, 20 minutes). Nine fragments say it so.
# So are 中央和{{ upper.leadership }} and 国务院和{{ upper.leadership }}: 把中央和党中央、国务院的决策部署转化为我省的具体
# 行动 (reader47: 江苏省 全省经济工作会议).
_CENTRE_TWICE = re.compile("(?:党中央|(?<![党共])中央|国务院)[和、]党中央")
# … and 党中央关于…的决策部署和{{ upper.leadership }}工作要求: 贯彻落实党中央关于深化医疗保障制度改革的决策部署和党中央、
# 国务院工作要求 (reader46: 江苏省 全省医疗保障工作会议). Said once: 党中央、国务院关于…的决策部署.
_CENTRE_AGAIN = re.compile("党中央(?:、国务院)?([^，。；]{0,30}?(?:决策)?部署)(?:和|，(?:认真)?落实)党中央、国务院的?(?:工作)?要求")
# … and 党中央有明确要求，{{ upper.leadership }}也作了具体安排: 党中央有明确要求，党中央、国务院也作了具体安排 (reader49:
# 江苏省 全省民营经济发展大会). Said once: 党中央、国务院有明确要求，也作了具体安排.
_CENTRE_ALSO = re.compile("党中央(有[^，。；]{1,8})，党中央、国务院也")


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
            out = _render(text, ctx).strip()
            if fragment is not None and "以下" in out:
                out = fixed_lead_said(text, out)
        if fragment is not None:  # its fixed wording is said: an alternative chosen after it does not say it again
            heard(without_alternatives(text) if "{%" in text else text)
        if fragment is not None:  # our text, not the user's words: 防汛抗旱 → 防汛 at a 防汛 meeting
            for pattern, new in apart_wording(str(ctx.get("meeting") or ""), str(ctx.get("work") or "")):
                out = pattern.sub(new, out)
            if "党中央" in out:  # 党中央和{{ upper.leadership }} where the level above is the centre
                out = _CENTRE_AGAIN.sub(r"党中央、国务院\1", _CENTRE_TWICE.sub("党中央", out))
                out = _CENTRE_ALSO.sub(r"党中央、国务院\1，也", out)
    except TooLong as exc:
        raise _failed(fragment, f"输出超过 {MAX_RENDER_CHARS} 字") from exc
    except RecursionError as exc:
        raise _failed(fragment, "嵌套过深") from exc
    except (ArithmeticError, TypeError, ValueError, MemoryError) as exc:
        raise _failed(fragment, type(exc).__name__) from exc
    except Exception as exc:
        refused = _jinja_refusal(exc, fragment)
        if refused is None:
            raise
        raise refused from exc
    if len(out) > MAX_RENDER_CHARS:
        raise _failed(fragment, f"输出超过 {MAX_RENDER_CHARS} 字")
    return out


def _jinja_refusal(exc: Exception, fragment: Fragment | None) -> RenderError | None:
    """What to say of Jinja's error `exc` (None: not one of Jinja's; none without jinja2 imported)."""
    jinja2 = sys.modules.get("jinja2")
    if jinja2 is None:
        return None
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return RenderError(
            f"片段 {fragment.id if fragment else ''} 试图执行不安全的操作，已拒绝：{exc}",
            path=fragment.path if fragment else None, line=fragment.line if fragment else None,
        )  # fmt: skip
    if isinstance(exc, jinja2.UndefinedError):
        return RenderError(
            f"片段 {fragment.id if fragment else '模板'} 用到了没有值的变量：{exc.message}",
            path=fragment.path if fragment else None, line=fragment.line if fragment else None,
            hint="在片段的 variables 中声明它，或在 answers 中提供。",
        )  # fmt: skip
    if isinstance(exc, jinja2.TemplateError):
        return RenderError(f"渲染失败：{exc}", path=fragment.path if fragment else None)
    return None


def _failed(fragment: Fragment | None, why: str) -> RenderError:
    name = f"片段 {fragment.id}" if fragment else "模板"
    return RenderError(
        f"{name} 渲染失败（{why}），已停止", path=fragment.path if fragment else None,
        line=fragment.line if fragment else None, hint="检查该片段的 Jinja 写法，或从片段库中删去它。",
    )  # fmt: skip
