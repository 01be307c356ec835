"""Options and help of `drafter serve` (typer); the body is drafter/cli/serve.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import serve as body
from drafter.cli.typer_app import command

_EXAMPLE = """

示例：

\b
  drafter serve                      # 本机使用：浏览器打开 http://127.0.0.1:8765/
  drafter serve --open               # 同时打开浏览器
  drafter serve --host 0.0.0.0 --token 口令   # 在办公网中共享：同事打开 http://本机地址:8765/?token=口令
"""


@command("serve", help="启动本地网页：起草（表单、预览、换一段、锁定、下载）、校对、对比和片段库，与命令行用同一套引擎。" + _EXAMPLE, run=body.serve_command)
def serve_command(
    port: int = typer.Option(8765, "--port", "-p", help="端口。"),
    host: str = typer.Option("127.0.0.1", "--host", help="监听的地址；默认只有本机能打开。其他地址（办公网）必须设置 --token。"),
    token: str | None = typer.Option(None, "--token", envvar="DRAFTER_TOKEN", help="访问口令（也可用环境变量 DRAFTER_TOKEN）；--host 不是本机地址时必须设置。"),
    open_browser: bool = typer.Option(False, "--open", help="启动后用默认浏览器打开网页。"),
    library: Path | None = typer.Option(None, "--library", help="片段库页面查看和修改的片段库（默认与 drafter fragments 相同）。"),
) -> None:
    """Options of the command; the body is drafter.cli.serve.serve_command."""
