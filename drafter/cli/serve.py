"""`drafter serve`: the drafting engine behind a local web page (Starlette, loaded only here).

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/serve.py.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import webbrowser
from pathlib import Path

from drafter.cli.output import echo
from drafter.errors import UsageError, os_reason


def serve_command(
    port: int,
    host: str,
    token: str | None,
    open_browser: bool,
    library: Path | None,
) -> None:
    import uvicorn

    from drafter.web import create_app

    if not 1 <= port <= 65535:
        raise UsageError(f"端口应在 1–65535 之间，而不是 {port}")
    if library is not None and not library.exists():  # it started; every page of 片段库 said so
        from drafter.errors import LibraryError

        hint = "用 --library 指向含有 *.yaml 片段文件的目录。"
        raise LibraryError("片段库目录不存在", path=library, hint=hint)
    app = create_app(host=host, token=token, library=library)
    _refuse_taken(host, port)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    echo(f"drafter 网页已启动：{url}（按 Ctrl+C 停止）", err=True)
    if host in ("0.0.0.0", "::"):
        echo(f"同事在浏览器中打开：http://{_lan_address()}:{port}/?token=…（口令见上）", err=True)
    if open_browser:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("DRAFTER_LOG", "warning"), server_header=False)


_NO_HOST_HINT = "--host 写本机的一个地址（在办公网中共享写 --host 0.0.0.0），只在本机使用时不加 --host。"


def _refuse_taken(host: str, port: int) -> None:
    """A clear message when the port is taken (or the host is not this computer's), before uvicorn prints its own.

    Every failure said 端口可能已被占用 (newuser36): a host name that does not resolve said 系统错误
    and to change the port.
    """
    import errno

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except socket.gaierror as exc:
            why = f"找不到名为“{host}”的地址"
            raise UsageError(f"无法在 {host}:{port} 上启动（{why}）", hint=_NO_HOST_HINT) from exc
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL:
                hint = _NO_HOST_HINT
            elif exc.errno == errno.EACCES:
                hint = "1024 以下的端口要有管理员权限：用 --port 换一个较大的，如 --port 8766。"
            elif exc.errno == errno.EADDRINUSE:
                hint = "用 --port 换一个端口，如 --port 8766；或先关掉占用它的程序（如另一个 serve）。"
            else:
                hint = "端口可能已被占用：用 --port 换一个，如 --port 8766。"
            raise UsageError(f"无法在 {host}:{port} 上启动（{os_reason(exc)}）", hint=hint) from exc


def _lan_address() -> str:
    """This computer's address on the office network, as colleagues type it (best guess).

    The address of the interface a packet to another network would leave by (a UDP
    "connect" sends nothing); the host name's address is often 127.0.1.1 on Linux,
    which no colleague can open.
    """
    guesses = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        guesses.append(probe.getsockname()[0])
    with contextlib.suppress(OSError):
        guesses.append(socket.gethostbyname(socket.gethostname()))
    return next((g for g in guesses if not g.startswith(("127.", "0."))), "本机地址")
