"""The 片段库 page: browse and search fragments, show one with its source, add and edit safely.

Edits go through the same functions as `drafter fragments add/edit`: one
fragment changes, every other byte of its file stays, and an edit made on a
copy someone else has changed since is refused with the writer's text kept.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from drafter.errors import DrafterError
from drafter.library.paths import is_shipped_package
from drafter.model import LEVEL_TAGS, Role
from drafter.topics import topic_tags
from drafter.web.app import Site, error_text

ROLES = {
    "title": "标题", "salutation": "称谓", "opening": "开场", "acknowledgement": "肯定报告",
    "transition": "过渡", "point": "要点", "closing": "结尾", "other": "其他",
}  # fmt: skip
LEVELS = LEVEL_TAGS
NEW_FRAGMENT = """id: point.my-topic.task.example
role: point
tags: [任务, 通用]
heading: 小标题（不写序号）
text: |-
  引言，层级词写成 {{ scope }}、{{ we }}、{{ leadership }}。
source: {authored: 本单位, written: 2026-12}
"""
_PAGE = 200  # fragments listed at once


def routes(site: Site) -> list[Route]:
    # Reading and searching the library runs in a worker thread (plain functions), as do edits.
    def browse(request: Request) -> Response:
        return site.page("fragments.html", active="fragments", **_browse(site, dict(request.query_params)))

    def detail(request: Request) -> Response:
        return _detail_page(site, request.path_params["fid"])

    async def save(request: Request) -> Response:
        from drafter.curate.edit import edit_fragment

        fid = request.path_params["fid"]
        form = await site.form(request)
        text, base = str(form.get("text") or ""), str(form.get("base") or "")
        try:
            await run_in_threadpool(edit_fragment, site.library, fid, base, text, origin="网页编辑框")
        except DrafterError as exc:  # the writer's text stays in the box: nothing is lost
            return await run_in_threadpool(_detail_page, site, fid, text=text, error=error_text(exc), status=409)
        return RedirectResponse(f"/fragments/{fid}?saved=1", 303)

    async def new(request: Request) -> Response:
        return site.page("fragment_new.html", active="fragments", text=NEW_FRAGMENT, error=None)

    async def add(request: Request) -> Response:
        from drafter.curate.edit import add_fragment

        form = await site.form(request)
        text = str(form.get("text") or "")
        try:
            change = await run_in_threadpool(add_fragment, site.library, text, origin="网页编辑框")
        except DrafterError as exc:
            return site.page("fragment_new.html", 400, active="fragments", text=text, error=error_text(exc))
        return RedirectResponse(f"/fragments/{change.fragment_id}?saved=1", 303)

    return [
        Route("/fragments", browse, methods=["GET"]),
        Route("/fragments/new", new, methods=["GET"]),
        Route("/fragments/new", add, methods=["POST"]),
        Route("/fragments/{fid:str}", detail, methods=["GET"]),
        Route("/fragments/{fid:str}", save, methods=["POST"]),
    ]


def _browse(site: Site, query: dict[str, str]) -> dict[str, Any]:
    """The filtered (or searched) fragments and the filter form's choices."""
    from drafter.curate.query import filter_fragments, open_library, preview, search_fragments
    from drafter.limits import MAX_SEARCH_CHARS

    library = open_library(site.library)
    role = query.get("role") if query.get("role") in ROLES else None
    topic = query.get("topic") or ""
    level = query.get("level") if query.get("level") in LEVELS else None
    found = filter_fragments(library, role=role, tags=[topic] if topic else [], level=level)
    q = query.get("q", "").strip()[:MAX_SEARCH_CHARS]
    if q:
        allowed = {f.id for f in found}
        found = [h.fragment for h in search_fragments(library, q, limit=500) if h.fragment.id in allowed]
    rows = [
        {"id": f.id, "role": ROLES.get(f.role.value, f.role.value), "tags": f.tags, "preview": preview(f, 48),
         "source": _source_label(f)}
        for f in found[:_PAGE]
    ]  # fmt: skip
    return {
        "rows": rows, "total": len(found), "shown": len(rows), "q": q, "role": role or "", "topic": topic,
        "level": level or "", "roles": ROLES, "topics": sorted(topic_tags()), "levels": LEVELS,
        "errors": len(library.errors),
    }  # fmt: skip


def _detail_page(site: Site, fid: str, *, text: str | None = None, error: tuple[str, str] | None = None,
                 status: int = 200) -> Response:  # fmt: skip
    """One fragment; its edit box holds `text` (the writer's, after a refused save) or the file's."""
    from drafter.curate.edit import locate_fragment
    from drafter.curate.query import show_fragment

    detail = show_fragment(site.library, fid)
    try:
        located = locate_fragment(site.library, fid)
        current, editable, why = located.text, not is_shipped_package(located.source.path), ""
    except DrafterError as exc:  # a shipped fragment seen through the stack, say
        current, editable, why = "", False, error_text(exc)[0]
    if not editable and not why:
        why = ("自带片段库随 drafter 安装，不能修改。要改它：drafter init 建立自己的工作区，在“添加片段”中"
               "以同一 id 加入改好的片段，自己的片段会取代自带的。")  # fmt: skip
    frag = detail.fragment
    return site.page(
        "fragment.html", status, active="fragments", frag=frag, role=ROLES.get(frag.role.value, frag.role.value),
        detail=detail, source=_source_label(frag), editable=editable, why=why,
        text=current if text is None else text, base=current, latest=current,
        error=error, point=frag.role == Role.POINT,
    )  # fmt: skip


def _source_label(frag: Any) -> str:
    if frag.source is None:
        return ""
    if frag.source.is_authored:
        return f"原创：{frag.source.authored}（{frag.source.written}）"
    return f"{frag.source.speech}" + (f"，{frag.source.where}" if frag.source.where else "")
