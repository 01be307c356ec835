"""`drafter resident start|stop|status`: the resident process (drafter/cli/resident_server.py) seen from the CLI.

The body of the commands, typer-free; their options and help are declared in drafter/cli/commands/resident.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

from drafter.cli import handover
from drafter.cli.output import Exit, echo, echo_json
from drafter.errors import DrafterError, os_reason

_MAX_SOCKET_PATH = 107  # bytes of a Unix socket's path on Linux (sun_path, with its terminating NUL)
START_TIMEOUT = 60.0  # seconds the first start may take (a cold cache: the shipped library is parsed once)


def start_command(idle: float) -> None:
    path = _path()
    folder = os.path.dirname(path)
    known = query(path, "status")
    if known is not None:
        echo(f"常驻进程已在运行（进程号 {known['pid']}，{_since(known)}启动）。")
        return
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError as exc:
        raise DrafterError(f"无法建立常驻进程的文件夹 {folder}（{os_reason(exc)}）", hint="检查权限，或设置 XDG_RUNTIME_DIR。") from exc
    _check(folder, path)
    if len(os.fsencode(path)) > _MAX_SOCKET_PATH:
        raise DrafterError(f"常驻进程的套接字路径太长（{len(os.fsencode(path))} 字节，最多 {_MAX_SOCKET_PATH}）：{path}",
                           hint="设置较短的 XDG_RUNTIME_DIR（如 /run/user/$(id -u)）后再启动。")  # fmt: skip
    log = os.path.join(folder, os.path.basename(path)[:-5] + ".log")
    with open(log, "wb") as out:
        child = subprocess.Popen([sys.executable, "-P", "-m", "drafter.cli.resident_server", path, str(idle * 60)],
                                 stdin=subprocess.DEVNULL, stdout=out, stderr=out, cwd="/", start_new_session=True)  # fmt: skip
    end = time.monotonic() + START_TIMEOUT
    while time.monotonic() < end:
        known = query(path, "status")
        if known is not None:
            echo(f"常驻进程已启动（进程号 {known['pid']}），空闲{_minutes(idle)}后自动退出。"
                 "之后的命令交给它运行；DRAFTER_NO_RESIDENT=1 可跳过，drafter resident stop 停止。")  # fmt: skip
            return
        if child.poll():  # (0: another start of this install holds the resident's lock; its resident will answer)
            break
        time.sleep(0.05)
    if child.poll() is None:
        child.kill()
    raise DrafterError(f"常驻进程没有启动起来（记录见 {log}）", hint="命令照常可用（在当前进程中运行）；请把记录文件附在问题报告里。")


def off_command() -> None:
    marker = handover.off_marker()
    try:
        os.makedirs(os.path.dirname(marker), exist_ok=True)
        with open(marker, "w", encoding="utf-8") as out:
            out.write("drafter resident off：命令不自动启动常驻进程（drafter resident on 恢复）。\n")
    except OSError as exc:
        raise DrafterError(f"无法写入 {marker}（{os_reason(exc)}）", hint="检查配置文件夹的权限。") from exc
    path = _path()
    known = _once_loaded(path, "stop")
    stopped = f"正在运行的常驻进程（进程号 {known['pid']}）已停止。" if known else ""
    echo(f"已关闭常驻进程的自动启动：命令不再自动启动它。{stopped}需要时可用 drafter resident start 手动启动，"
         "drafter resident on 恢复自动启动。")  # fmt: skip


def on_command() -> None:
    marker = handover.off_marker()
    try:
        os.unlink(marker)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise DrafterError(f"无法删除 {marker}（{os_reason(exc)}）", hint="检查配置文件夹的权限。") from exc
    echo("已打开常驻进程的自动启动：没有常驻进程时，check、draft --no-input 等命令运行完后在后台启动一个，供之后的命令使用。")


def stop_command() -> None:
    path = _path()
    known = _once_loaded(path, "stop")
    if known is None:
        echo("常驻进程没有运行。")
        return
    end = time.monotonic() + 10
    while os.path.exists(path) and time.monotonic() < end:
        time.sleep(0.02)
    echo(f"常驻进程已停止（进程号 {known['pid']}，共运行了 {known['answered']} 条命令）。")


def status_command(as_json: bool) -> None:
    path = _path()
    known = query(path, "status")
    auto = _auto_start()
    if as_json:
        shown = dict(known or {"socket": path})
        if known is not None:  # the resident's own "running" counts its commands: it hid that it runs ("running": 0)
            shown["commands_running"] = shown.pop("running")
        echo_json({"running": known is not None, **shown, "auto_start": auto[0]})
    elif known is None and _loading(path):
        echo(f"常驻进程：正在启动（还没有开始接收命令；稍后再看）。套接字：{path}\n自动启动：{auto[1]}")
    elif known is None:
        echo(f"常驻进程：没有运行（drafter resident start 启动）。套接字：{path}\n自动启动：{auto[1]}")
    else:
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(known["started"]))
        echo(f"常驻进程：运行中（进程号 {known['pid']}）\n"
             f"启动时间：{started}（{_since(known)}）\n"
             f"版本：drafter {known['version']}（{known['package']}）\n"
             f"已运行的命令：{known['answered']} 条" + (f"，正在运行 {known['running']} 条" if known["running"] else "") + "\n"
             f"空闲{_minutes(known['idle_seconds'] / 60)}后自动退出\n"
             f"套接字：{known['socket']}\n"
             f"自动启动：{auto[1]}")  # fmt: skip
    if known is None:
        raise Exit(1)


def _loading(path: str) -> bool:
    """Whether a resident for `path` holds its lock but does not answer yet: it is loading (a command started it a
    moment ago, drafter/cli/resident_server.py `run`)."""
    try:
        fd = os.open(path[:-5] + ".lock", os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        os.lockf(fd, os.F_TEST, 0)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _once_loaded(path: str, op: str) -> dict[str, Any] | None:
    """The resident's answer to `op`, waiting while one loads: `resident stop` just after a command started one said
    常驻进程没有运行 and left it running (lead28)."""
    known = query(path, op)
    end = time.monotonic() + START_TIMEOUT
    while known is None and _loading(path) and time.monotonic() < end:
        time.sleep(0.05)
        known = query(path, op)
    return known


def _auto_start() -> tuple[bool, str]:
    """Whether commands start a resident by themselves here, and why not (drafter/cli/handover.py)."""
    if os.environ.get("DRAFTER_NO_RESIDENT", "") not in ("", "0"):
        return False, "关闭（设置了 DRAFTER_NO_RESIDENT，也不使用常驻进程）"
    if os.path.lexists(handover.off_marker()):
        return False, f"关闭（drafter resident off；drafter resident on 打开。记录在 {handover.off_marker()}）"
    if os.environ.get("CI"):
        return False, "关闭（设置了 CI）"
    return True, "打开（没有常驻进程时，命令运行完后在后台启动一个；drafter resident off 关闭）"


def query(path: str, op: str, *, wait: bool = False) -> dict[str, Any] | None:
    """The resident's answer to `op` (status, stop), or None when no resident of this install answers at `path`."""
    _check(os.path.dirname(path), path)
    try:
        if not handover.check_folder(os.path.dirname(path)) or not handover.check_socket(path):
            return None
        sock = handover.connect(path, timeout=10.0)
    except handover.Unsafe as exc:
        raise DrafterError(f"常驻进程的套接字不安全：{exc}", hint="确认无人冒用后删除它再启动。") from exc
    except OSError:
        return None
    try:
        handover.send_request(sock, {"op": op, "wait": wait, "protocol": handover.PROTOCOL})
        got = handover.read_record(sock, bytearray())
    except OSError:
        return None
    finally:
        sock.close()
    if got is None or got[0] != "J":
        return None
    import json

    answer = json.loads(got[1])
    return answer if isinstance(answer, dict) else None


def _path() -> str:
    if not handover.supported():
        raise DrafterError("这台电脑上不能使用常驻进程（需要 Linux 的 Unix 套接字和 fork）", hint="命令照常可用，在当前进程中运行。")
    try:
        return handover.socket_path()
    except OSError as exc:
        raise DrafterError(f"找不到常驻进程的位置（{os_reason(exc)}）") from exc


def _check(folder: str, path: str) -> None:
    try:
        handover.check_folder(folder)
        handover.check_socket(path)
    except handover.Unsafe as exc:
        raise DrafterError(f"常驻进程的套接字不安全：{exc}", hint=f"确认无人冒用后删除 {folder}（rm -r）再启动。") from exc


def _since(known: dict[str, Any]) -> str:
    return f"{_minutes((time.time() - known['started']) / 60).lstrip()}前"


def _minutes(minutes: float) -> str:
    if minutes < 1:
        return f" {max(1, round(minutes * 60))} 秒"
    if minutes < 120:
        return f" {round(minutes)} 分钟"
    return f" {minutes / 60:.1f} 小时"
