"""Command-line interface of drafter (the only package that imports typer or prints).

`main` first tries the fast path (drafter/cli/fast.py: the command line parsed from a
cached spec of the typer declarations, without importing typer) and otherwise runs the
typer application (drafter/cli/typer_app.py), whose subcommands are registered lazily.
`DRAFTER_NO_FAST=1` always takes the typer path.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["app", "main", "script"]


# The name usage messages give the program; None: click works it out from the interpreter (`drafter`, `python -m
# drafter`). A resident sets it for each client, whose own interpreter it is not (it said "python -m
# drafter.cli.drafter" for `drafter draft --minutes 十五`).
prog_name: str | None = None


def main() -> None:
    """Entry point of the `drafter` console script."""
    import gc

    # A command mostly builds long-lived objects (modules, caches read back): collecting cycles
    # every 200,000 allocations instead of 700 saves a command a few milliseconds and a draft
    # about ten, and still bounds what a long run (serve, ingest) leaves for the collector.
    gc.set_threshold(200_000, 30, 30)
    try:  # from the first line: a Ctrl+C as drafter starts printed a KeyboardInterrupt traceback
        from drafter.cli.deferred import defer

        defer()  # inspect, ntpath, ipaddress: imported by the standard library, run only if a command uses them
        from drafter.cli.output import stop_on_sigterm

        stop_on_sigterm()
        _refuse_undecodable(sys.argv[1:])
        _run()
    except KeyboardInterrupt as exc:  # Ctrl+C or SIGTERM before a command body started (or after it ended)
        from drafter.cli.output import Terminated

        print("已取消。", file=sys.stderr)
        sys.exit(143 if isinstance(exc, Terminated) else 130)


def script() -> None:
    """Entry point of the `drafter` console script and of `python -m drafter`: `main`, and for a command that leaves
    nothing behind (draft, check, fragments search) an exit without the interpreter's teardown (`fast.leave`).
    Code calling `main` itself still gets its SystemExit.

    First of all, a resident drafter of this install (`drafter resident start`) is asked to run the command
    (drafter/cli/handover.py); without one, or when it declines, the command runs here."""
    from drafter.cli import handover

    try:
        code = handover.hand_over(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl+C while the resident was asked (the command never started there)
        print("已取消。", file=sys.stderr)
        sys.exit(130)
    if code is not None:
        import os

        os._exit(code)
    try:
        main()
    except SystemExit as exc:
        if handover.vacant is not None and exc.code not in (130, 143):  # not after a Ctrl+C or a SIGTERM
            _start_resident(handover)
        fast = sys.modules.get("drafter.cli.fast")
        if fast is not None and fast.finished in fast.QUICK_EXIT and isinstance(exc.code, int):
            fast.leave(exc.code)
        raise
    if handover.vacant is not None:
        _start_resident(handover)


def _start_resident(handover: Any) -> None:
    """No resident answered for this command (one the resident serves): its output is written out, then one is
    started for the next commands (drafter/cli/handover.py: `start_in_background` says when it is not)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            return  # the output failed: the exit reports it; nothing is started
    handover.start_in_background()


def _refuse_undecodable(args: list[str]) -> None:
    """An argument that is not UTF-8 (a GBK file name from a Windows archive, a pasted byte) stops here.

    Python hands such bytes on as lone surrogates, which no file drafter writes (a record,
    a fragment, an index, a Word file) can hold: the command would fail half-way with a
    traceback. `check` only reads and prints, and reads such a file well.
    """
    import os

    if args[:1] == ["check"]:
        return
    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(arg).decode("gb18030", "replace")
            print(
                f"错误：第 {number} 个参数“{shown}”不是 UTF-8 编码的文字（按 GBK 读出如上；常见于从 Windows 压缩包解出的文件名）\n"
                "  处理办法：把文件改成 UTF-8 名称后再试（如 convmv -f gbk -t utf-8 --notest 文件名，或在文件管理器里重命名）；"
                "文字参数请重新输入。",
                file=sys.stderr,
            )
            sys.exit(2)


def _run() -> None:
    import gc

    from drafter import regexcache
    from drafter.cli.deferred import when_run

    # What an earlier run compiled is kept: regular expressions (~20 ms of a draft, ~10 of a check) and the
    # methods dataclasses generate (~15 ms of a draft), once dataclasses is imported: a check or a search makes no
    # dataclass (drafter/records.py), and so neither imports dataclasses nor reads the kept methods (startup52).
    regexcache.install()
    if not when_run("dataclasses", _keep_dataclass_code):
        _keep_dataclass_code()
    try:
        from drafter.cli import fast

        fast.run(sys.argv[1:])  # exits when it ran the command; returns when typer must parse it
        from drafter.cli.typer_app import app

        app(prog_name=prog_name)
    except OSError as exc:  # help or a usage message sent to a full disk: said in Chinese, no traceback
        _output_failed(exc)
    finally:
        # The command is done: spare the exit its full collection over every object the command
        # built (~7-10 ms of check or search). Finalisation still runs: atexit handlers, flushing,
        # closing and freeing all that is not held in a reference cycle.
        gc.freeze()


def _keep_dataclass_code() -> None:
    from drafter import execcache

    execcache.install()


def _output_failed(exc: OSError) -> None:
    import errno
    import os

    from drafter.errors import os_reason

    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the exit must not flush the failed stream again
    if exc.errno != errno.EPIPE:
        print(f"错误：无法输出结果（{os_reason(exc)}），输出不完整", file=sys.stderr)
    sys.exit(1)


def __getattr__(name: str) -> Any:
    if name == "app":  # the typer application, imported on first use (tests, the typer path)
        from drafter.cli.typer_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
