"""The Starlette application: routes, page rendering, and the one place errors become pages."""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from drafter import __version__
from drafter.errors import DrafterError, LimitError, LockError
from drafter.limits import MAX_UPLOAD_BYTES
from drafter.web.security import CSRF_FIELD, Csrf, CsrfError, Guard, is_loopback, require_token
from drafter.web.words import plain, rule_name, speech_title

HERE = Path(__file__).resolve().parent
_WARM_WAIT = 300.0  # seconds a form waits for the warm-up at most (then it loads on its own)
_STATUS_TEXT = {
    400: "请求有误", 403: "拒绝访问", 404: "没有这个页面", 405: "不支持这种请求",
    409: "修改冲突", 413: "内容过大", 500: "服务出错",
}  # fmt: skip


@dataclass
class Site:
    """What every handler shares: the page templates, the CSRF secret, the library to curate."""

    csrf: Csrf = field(default_factory=Csrf)
    library: Path | None = None  # None: the configured stack (as the CLI without --library)
    pages: jinja2.Environment = field(init=False)
    ready: threading.Event = field(default_factory=threading.Event)  # set once the engine is warm

    def __post_init__(self) -> None:
        self.pages = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        )  # fmt: skip
        self.pages.filters.update(plain=plain, rule_name=rule_name, speech=speech_title)

    def page(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.pages.get_template(template).render(csrf=self.csrf.token(), version=__version__, **context)
        return HTMLResponse(html, status_code=status)

    def error_bytes(self, status: int, message: str, hint: str = "") -> bytes:
        title = _STATUS_TEXT.get(status, "出错了")
        html = self.pages.get_template("error.html").render(
            csrf="", version=__version__, active="", title=title, status=status, message=message, hint=hint
        )
        return html.encode("utf-8")

    async def form(self, request: Request) -> Any:
        """The POSTed form, after its CSRF token and origin are checked.

        Raises:
            CsrfError: a missing or forged token, or a form posted from another site.
        """
        origin = request.headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
            raise CsrfError("表单来自其他网站，请求已拒绝，没有做任何修改", hint="请在本页面上操作。")
        form = await request.form(max_files=1, max_fields=200, max_part_size=MAX_UPLOAD_BYTES)
        try:
            self.csrf.check(form.get(CSRF_FIELD))
        except CsrfError:
            await form.close()
            raise
        await run_in_threadpool(self.ready.wait, _WARM_WAIT)  # not a second cold load beside the warm-up
        return _unix_newlines(form)


def _unix_newlines(form: FormData) -> FormData:
    """The form with CR LF turned into LF in every text value.

    Browsers send every line break of a form as CR LF (HTML's form encoding);
    the files, records and the text an edit was based on hold LF. Without this a
    fragment edited in a browser never matches the file it came from.
    """
    items = [(k, v.replace("\r\n", "\n") if isinstance(v, str) else v) for k, v in form.multi_items()]
    return FormData(items)


def create_app(
    *, host: str = "127.0.0.1", token: str | None = None, library: Path | None = None, warm: bool = True
) -> Any:
    """The web application, wrapped in its guard (paths, token, body limit).

    With `warm`, the server drafts one speech in the background as it starts, so
    the library, templates, place names and corpus index are read (and their
    caches built, which takes a while after an install or upgrade) while the
    clerk fills in the form, not after they press 起草.

    Raises:
        UsageError: `host` is not loopback and no `token` is given.
    """
    from drafter.web import draft, proofread
    from drafter.web import library as library_pages

    require_token(host, token)
    site = Site(library=library)
    routes = [
        Route("/", lambda request: RedirectResponse("/draft", 303)),
        *draft.routes(site),
        *proofread.routes(site),
        *library_pages.routes(site),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers=_handlers(site), lifespan=_warm_up(site) if warm else None)
    if not warm:
        site.ready.set()
    return Guard(app, site.error_bytes, token=token, local_only=is_loopback(host))


def _warm_up(site: Site) -> Callable[[Any], Any]:
    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        threading.Thread(target=_draft_once, args=(site,), name="drafter-warm-up", daemon=True).start()
        yield

    return lifespan


def _draft_once(site: Site) -> None:
    from drafter.drafting import DraftRequest, make_draft
    from drafter.workspace import open_library

    try:
        open_library()  # all of it, kept for the process: a draft reads only its part, a clerk's next may need more
        answers = {"place": "清河县", "meeting": "全县安全生产工作会议"}
        make_draft(DraftRequest(answers=answers, history=False), prompt=None)
    except Exception:  # noqa: BLE001 - a broken library is reported to the first clerk who drafts
        pass
    finally:
        site.ready.set()


def _handlers(site: Site) -> dict[Any, Any]:
    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        message, hint = _HTTP_ERRORS.get(status, ("请求有误", "请从页面上方的菜单进入。"))
        body = site.error_bytes(status, message, hint)
        return HTMLResponse(body, status_code=status)

    async def drafter_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DrafterError)
        status = status_of(exc)
        return HTMLResponse(site.error_bytes(status, *error_text(exc)), status_code=status)

    async def server_error(request: Request, exc: Exception) -> Response:
        traceback.print_exception(exc)  # for whoever runs the server; the page shows none of it
        body = site.error_bytes(500, "服务内部出错，这次操作没有完成", "请重试；一再出现时请把运行 drafter serve 的窗口中的信息告诉维护人员。")
        return HTMLResponse(body, status_code=500)

    return {HTTPException: http_error, DrafterError: drafter_error, Exception: server_error}


_HTTP_ERRORS = {
    # Our handlers report their own errors; a bare 400 comes from reading the form itself.
    400: ("表单的项目过多或内容过长，无法处理，没有做任何修改",
          "每项答案请控制在几千字以内；要检查整篇讲话稿，请在“校对”页上传文件。返回上一页即可找回填写的内容。"),
    404: ("没有这个页面", "请从页面上方的菜单进入。"),
    405: ("这个页面不接受这种请求", "请从页面上方的菜单进入。"),
}  # fmt: skip


def error_text(exc: DrafterError) -> tuple[str, str]:
    """The message (with file and line when there are any) and what to do, for a page."""
    where = ""
    if exc.path:
        where = (exc.path if exc.line is None else f"{exc.path}第 {exc.line} 行") + "："
    return where + plain(exc.message), plain(exc.hint or "")


def status_of(exc: DrafterError) -> int:
    """The HTTP status a page refusing for `exc` answers with."""
    if isinstance(exc, CsrfError):
        return 403
    if isinstance(exc, LimitError):
        return 413
    if isinstance(exc, LockError):
        return 409
    return 400
