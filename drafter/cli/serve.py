"""`drafter serve`: the drafting engine behind a local web page (Starlette, loaded only here)."""

from __future__ import annotations

import os
import socket
import threading
import webbrowser
from pathlib import Path

import typer

from drafter.cli.app import command
from drafter.errors import UsageError

_EXAMPLE = """

示例：

\b
  drafter serve                      # 本机使用：浏览器打开 http://127.0.0.1:8765/
  drafter serve --open               # 同时打开浏览器
  drafter serve --host 0.0.0.0 --token 口令   # 在办公网中共享：同事打开 http://本机地址:8765/?token=口令
"""


@command("serve", help="启动本地网页：起草（表单、预览、换一段、锁定、下载）、校对、对比和片段库，与命令行用同一套引擎。" + _EXAMPLE)
def serve_command(
    port: int = typer.Option(8765, "--port", "-p", help="端口。"),
    host: str = typer.Option("127.0.0.1", "--host", help="监听的地址；默认只有本机能打开。其他地址（办公网）必须设置 --token。"),
    token: str | None = typer.Option(None, "--token", envvar="DRAFTER_TOKEN", help="访问口令（也可用环境变量 DRAFTER_TOKEN）；--host 不是本机地址时必须设置。"),
    open_browser: bool = typer.Option(False, "--open", help="启动后用默认浏览器打开网页。"),
    library: Path | None = typer.Option(None, "--library", help="片段库页面查看和修改的片段库（默认与 drafter fragments 相同）。"),
) -> None:
    import uvicorn

    from drafter.web import create_app

    if not 1 <= port <= 65535:
        raise UsageError(f"端口应在 1–65535 之间，而不是 {port}")
    app = create_app(host=host, token=token, library=library)
    _refuse_taken(host, port)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    typer.echo(f"drafter 网页已启动：{url}（按 Ctrl+C 停止）", err=True)
    if host in ("0.0.0.0", "::"):
        typer.echo(f"同事在浏览器中打开：http://{_lan_address()}:{port}/?token=…（口令见上）", err=True)
    if open_browser:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("DRAFTER_LOG", "warning"), server_header=False)


def _refuse_taken(host: str, port: int) -> None:
    """A clear message when the port is taken, before uvicorn prints its own."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise UsageError(f"无法在 {host}:{port} 上启动（{exc.strerror}）",
                             hint="端口可能已被占用：用 --port 换一个，如 --port 8766。") from exc  # fmt: skip


def _lan_address() -> str:
    """This computer's address on the office network, as colleagues type it (best guess)."""
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "本机地址"
