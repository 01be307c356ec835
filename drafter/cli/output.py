"""What a command body writes, how it stops, and the one place where errors become text.

Typer-free: the bodies of the commands (drafter/cli/<name>.py) use only this, so the
fast path (drafter/cli/fast.py) runs them without importing typer. The typer path
(drafter/cli/typer_app.py) wraps the same `call` and turns `Exit` into typer's.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence

from drafter.errors import DrafterError, os_hint, os_reason

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any


class Exit(Exception):  # noqa: N818 - click's word, and what it does
    """Stop the command with this exit code (its message, if any, is already printed)."""

    def __init__(self, code: int = 0) -> None:
        super().__init__(code)
        self.code = code


class Terminated(KeyboardInterrupt):
    """SIGTERM (a closed terminal, `kill`): stops a command the way Ctrl+C does, exit code 143."""


def stop_on_sigterm() -> None:
    """Make SIGTERM raise Terminated, so a command cleans up (temporary files) and says it stopped."""
    import _signal  # what signal.signal calls (the signal module itself builds three enums: ~3 M instructions)

    def terminated(_signum: int, _frame: Any) -> None:
        raise Terminated

    _signal.signal(_signal.SIGTERM, terminated)


class Aborted(Exception):  # noqa: N818 - click's word
    """The user ended the input (Ctrl+D) at a question."""


def echo(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Write `message` like click.echo does: plain text, ANSI codes kept only on a terminal, flushed."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:  # no console attached (pythonw)
        return
    out = message + "\n" if nl else message
    if out and "\x1b" in out and not _isatty(stream):
        import re

        out = re.sub(r"\033\[[;?0-9]*[a-zA-Z]", "", out)
    try:
        if out:
            stream.write(out)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # stdout sent to a full disk (> file, /dev/full): say so, never a traceback
        _silence(stream)
        if err:
            raise
        raise DrafterError(
            f"无法输出结果（{os_reason(exc)}），输出不完整", hint=os_hint(exc, "检查输出重定向到的文件或设备。")
        ) from exc


def _silence(stream: Any) -> None:
    """Replace a stream that failed with one that drops text, so the exit does not fail on it again."""
    import os

    quiet = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives until the process ends
    if stream is sys.stdout:
        sys.stdout = quiet
    elif stream is sys.stderr:
        sys.stderr = quiet


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except Exception:  # noqa: BLE001 - click treats any failure as "not a terminal"
        return False


def fail(message: str, code: int = 1) -> Exit:
    """Print `message` to stderr and return the Exit to raise."""
    echo(message, err=True)
    return Exit(code)


def echo_notes(notes: Sequence[str], limit: int = 3) -> None:
    """Warnings about the library stack on stderr: the first few, then how many more."""
    for note in notes[:limit]:
        echo(f"注意：{note}", err=True)
    if len(notes) > limit:
        echo(f"注意：另有 {len(notes) - limit} 处同类情况（drafter fragments list 会全部列出）。", err=True)


def echo_json(data: Any) -> None:
    """Print `data` as pretty JSON with Chinese kept readable."""
    import json

    echo(json.dumps(data, ensure_ascii=False, indent=2))


def prompt(text: str, **options: Any) -> Any:
    """Ask a question on the terminal (typer's prompt, loaded only when a question is asked).

    The question ends in a Chinese colon (Click's own is ": ").
    """
    import typer

    options.setdefault("prompt_suffix", "：")
    _keep_undecodable_input()
    for _ in range(20):
        try:
            answer = typer.prompt(text, **options)
        except typer.Abort as exc:
            echo(err=bool(options.get("err")))  # end the question's line: the message then starts a line of its own
            _reraise_interrupt(exc)
            raise Aborted from None
        shown = _not_utf8(answer)
        if shown is None:
            return answer
        # GBK bytes typed into a UTF-8 terminal (or piped from a GBK file) came back as \udcc7\udce5… and were
        # asked about as the place “\udcc7\udce5\udcba…”.
        echo(f"输入的文字不是 UTF-8 编码（按 GBK 读出是“{shown}”）。请用 UTF-8 重新输入：把终端的编码设为 UTF-8，"
             "或把答案写进 UTF-8 保存的答案文件（--answers）。", err=True)  # fmt: skip
    raise DrafterError("多次输入的文字都不是 UTF-8 编码", hint="把终端的编码设为 UTF-8，或用 --answers 给出 UTF-8 保存的答案文件。")


def _keep_undecodable_input() -> None:
    """Bytes that are not UTF-8 on standard input read as lone surrogates (said below), not as a UnicodeDecodeError
    traceback (a zh_CN.UTF-8 locale reads standard input strictly)."""
    stdin = sys.stdin
    if getattr(stdin, "errors", None) == "strict" and hasattr(stdin, "reconfigure"):
        import contextlib

        with contextlib.suppress(ValueError, OSError):
            stdin.reconfigure(errors="surrogateescape")


def _not_utf8(answer: Any) -> str | None:
    """An answer holding bytes that are not UTF-8 (read as lone surrogates), shown as GBK reads them; else None."""
    if not isinstance(answer, str):
        return None
    try:
        answer.encode("utf-8")
    except UnicodeEncodeError:
        return answer.encode("utf-8", "surrogateescape").decode("gb18030", "replace")
    return None


_YES = {"是", "好", "要", "对", "y", "yes"}
_NO = {"否", "不", "不要", "n", "no"}


def confirm(text: str, *, default: bool = False, err: bool = False) -> bool:
    """Ask a yes/no question in Chinese: 是/否 (y/n also do); an empty answer takes `default`."""
    question = f"{text}（是/否）"
    while True:
        answer = str(prompt(question, default="是" if default else "否", err=err)).strip().lower()
        if answer in _YES:
            return True
        if answer in _NO:
            return False
        question = f"请回答“是”或“否”。{text}（是/否）"


def _reraise_interrupt(exc: BaseException) -> None:
    """Click turns Ctrl+C (and our SIGTERM) at a question into Abort, like the end of input: undo that."""
    if isinstance(exc.__context__, KeyboardInterrupt):
        raise exc.__context__


def call(body: Callable[..., Any], kwargs: Mapping[str, Any]) -> Any:
    """Run a command body: DrafterError becomes a Chinese message on stderr and an Exit with its code."""
    try:
        return body(**kwargs)
    except DrafterError as exc:
        raise fail(f"错误：{exc.render()}", exc.exit_code) from None
    except KeyboardInterrupt as exc:
        written = getattr(exc, "written", ())  # files complete before the signal arrived (files.told_if_cancelled)
        done = f"取消前已写好：{'、'.join(map(str, written))}（完整，可以使用）。" if written else ""
        raise fail(f"已取消。{done}", 143 if isinstance(exc, Terminated) else 130) from None
    except Aborted:
        raise fail("已取消（输入已结束）。可用 --set 或 --answers 提供答案，或加 --no-input。", 1) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise Exit(1) from None
    except OSError as exc:  # a file the core did not expect to fail (permissions, a full disk)
        where = f"{exc.filename}：" if exc.filename else ""
        raise fail(f"错误：{where}{os_reason(exc)}，操作没有完成\n  处理办法：{os_hint(exc, '检查路径和权限后重试。')}", 1) from None
