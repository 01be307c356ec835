"""The 校对 and 对比 pages: a speech uploaded (or pasted) is checked, or diffed against the corpus.

An upload is data: its bytes go to a private temporary folder under a fixed
name (only the suffix is taken from the user's file name, from a short list),
are read by the same readers as the CLI, and are deleted at once.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from drafter.errors import DrafterError, UsageError
from drafter.limits import MAX_UPLOAD_BYTES
from drafter.web.app import Site, error_text, status_of

SUFFIXES = (".docx", ".txt", ".md")
_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}
T = TypeVar("T")


def routes(site: Site) -> list[Route]:
    async def check_page(request: Request) -> Response:
        return site.page("check.html", active="check", report=None, name="", severity=_SEVERITY, error=None, kept={})

    async def check_post(request: Request) -> Response:
        from drafter.check import check_file

        form = await site.form(request)
        place = str(form.get("place") or "").strip() or None
        kept = {"text": str(form.get("text") or ""), "place": place or ""}
        try:
            name, data = await _speech(form)
            report = await run_in_threadpool(_with_upload, data, name, lambda path: check_file(path, place=place))
        except DrafterError as exc:  # the message on the page, the pasted text and place kept
            return site.page("check.html", status_of(exc), active="check", report=None, name="",
                             severity=_SEVERITY, error=error_text(exc), kept=kept)  # fmt: skip
        return site.page("check.html", active="check", report=report, name=name, severity=_SEVERITY,
                         error=None, kept=kept)  # fmt: skip

    async def diff_page(request: Request) -> Response:
        return site.page("diff.html", active="diff", report=None, name="", html="", error=None, kept={})

    async def diff_post(request: Request) -> Response:
        from drafter.diff import diff_draft
        from drafter.diff.output import format_html

        form = await site.form(request)
        kept = {"text": str(form.get("text") or "")}
        try:
            name, data = await _speech(form)
            report = await run_in_threadpool(_with_upload, data, name, diff_draft)
        except DrafterError as exc:  # the message on the page, the pasted text kept
            return site.page("diff.html", status_of(exc), active="diff", report=None, name="", html="",
                             error=error_text(exc), kept=kept)  # fmt: skip
        html = await run_in_threadpool(format_html, report, title=f"来源对比：{name}")
        return site.page("diff.html", active="diff", report=report, name=name, html=html, error=None, kept=kept)

    return [
        Route("/check", check_page, methods=["GET"]),
        Route("/check", check_post, methods=["POST"]),
        Route("/diff", diff_page, methods=["GET"]),
        Route("/diff", diff_post, methods=["POST"]),
    ]


async def _speech(form: Any) -> tuple[str, bytes]:
    """The uploaded file (name shown to the user, bytes), or the pasted text as a .txt; the form is closed.

    Raises:
        UsageError: neither given, or a file type drafter cannot read.
    """
    try:
        return await _read_speech(form)
    finally:
        await form.close()  # the parser's temporary file goes at once


async def _read_speech(form: Any) -> tuple[str, bytes]:
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        name = Path(str(upload.filename).replace("\\", "/")).name
        if Path(name).suffix.lower() not in SUFFIXES:
            raise UsageError(f"不能读取“{name}”", hint=f"请上传 {'、'.join(SUFFIXES)} 文件，或把文字粘贴到文本框中。")
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        return name, data
    text = form.get("text")
    if isinstance(text, str) and text.strip():
        return "粘贴的文字.txt", text.encode("utf-8")
    raise UsageError("没有收到讲话稿", hint="选择一个 .docx、.txt 或 .md 文件，或把文字粘贴到文本框中。")


def _with_upload(data: bytes, name: str, work: Callable[[Path], T]) -> T:
    """Run `work` on the upload saved under a fixed name in a private folder, deleted after."""
    with _saved(data, Path(name).suffix.lower()) as path:
        try:
            return work(path)
        except DrafterError as exc:
            if exc.path == str(path):
                exc.path = name  # the user's file name, not our temporary one
            raise


@contextmanager
def _saved(data: bytes, suffix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="drafter-upload-") as folder:
        path = Path(folder) / f"speech{suffix if suffix in SUFFIXES else '.txt'}"
        path.write_bytes(data)
        yield path
