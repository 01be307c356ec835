"""The 起草 page: the form, the preview laid out like the printed speech, swap, lock, downloads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafter import session as sessions
from drafter.errors import DrafterError, MissingAnswersError
from drafter.findings import Finding
from drafter.web.app import Site, error_text
from drafter.web.forms import FIELDS, answers_from_form, form_values

_RUN_IN = re.compile(r"^((?:（[一二三四五六七八九十]+）|\d+\.)[^。！？]*[。！？])(.*)$")
_MIME = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".answers.yaml": "application/yaml; charset=utf-8",
}


_BUTTONS = {".docx": "Word 文档", ".txt": "纯文本", ".md": "Markdown", ".answers.yaml": "起草记录"}


@dataclass
class Block:
    """One paragraph of the preview, with the checker's findings on its line."""

    kind: str  # title, byline, salutation, heading, para
    text: str
    lead: str = ""  # a run-in heading （一）… shown in its own face
    part: Any = None  # the point (sessions.Part) a heading starts
    findings: list[Finding] = field(default_factory=list)


def routes(site: Site) -> list[Route]:
    async def show(request: Request) -> Response:
        return site.page("draft.html", active="draft", fields=FIELDS, values={}, view=None, error=None)

    async def act(request: Request) -> Response:
        form = await site.form(request)
        return await run_in_threadpool(_answer, site, form)  # drafting never holds up other requests

    async def download(request: Request) -> Response:
        form = await site.form(request)
        return await run_in_threadpool(_download, form)

    def setting(request: Request) -> Response:  # a plain function: Starlette runs it in a worker thread
        return JSONResponse(_setting(request.query_params.get("place", ""), request.query_params.get("meeting", "")))

    return [
        Route("/draft", show, methods=["GET"]),
        Route("/draft", act, methods=["POST"]),
        Route("/draft/download", download, methods=["POST"]),
        Route("/api/setting", setting, methods=["GET"]),
    ]


def _answer(site: Site, form: Any) -> Response:
    """The page after one press of a button (起草, 换一段 …), or the reason it was refused."""
    state = str(form.get("state") or "")
    try:
        answers = answers_from_form(form)
        work = _act(str(form.get("action") or "draft"), state, answers)
    except DrafterError as exc:  # the form stays as typed, the draft as it was, the message above it
        message, hint = _missing_text(exc) if isinstance(exc, MissingAnswersError) else error_text(exc)
        typed = {f.name: form.get(f.name) for f in FIELDS if isinstance(form.get(f.name), str)}
        return site.page("draft.html", 400, active="draft", fields=FIELDS, values=typed,
                         view=_last_view(state), error={"message": message, "hint": hint}, state=state)  # fmt: skip
    return site.page("draft.html", active="draft", fields=FIELDS, values=form_values(answers),
                     view=_view(work), error=None, state=work.state())  # fmt: skip


_NO_LEVEL = re.compile(r"无法从地名“([^”]*)”推出")


def _missing_text(exc: MissingAnswersError) -> tuple[str, str]:
    """What the page says for answers the form left out: the command line's 缺少以下答案 named `- place：…` and said
    用 名称=值 或 文件 提供，或去掉 以交互方式回答 once its options were taken out, and asked for a level the page has
    no field for (newuser38)."""
    labels = {f.name: f.label for f in FIELDS}
    names = [name for name, _ in exc.missing]
    if "level" in names:
        unknown = next((m.group(1) for _, prompt in exc.missing if (m := _NO_LEVEL.search(prompt))), "")
        return (f"看不出“{unknown}”是哪一级的地方（省、市、县、镇……）" if unknown else "看不出地名是哪一级的地方",
                "“地名”写全，带上“县”“市”“镇”等，如 清河县、江阴市、城关镇；同名的地方连上级一起写，如 河北省清河县。")  # fmt: skip
    if "work" in names and not [n for n in names if n != "work"]:
        return ("看不出这次会议讲的是哪项工作", "在“会议名称”中写明工作，如 全县安全生产工作会议。")
    asked = "".join(f"“{labels.get(name, name)}”" for name in names)  # no 、 between quoted items
    return f"还没有填写{asked}", "填好后再点“起草”。"


def _download(form: Any) -> Response:
    """The page's draft as a file to save (Word, text, Markdown or its record)."""
    suffix = str(form.get("format") or "")
    if suffix not in sessions.FORMATS:
        raise DrafterError(f"不能下载为“{suffix}”", hint="请用页面上的下载按钮。")
    work = sessions.reopen(str(form.get("state") or ""))
    data = sessions.download(work, suffix)
    name = (work.draft.title or "讲话稿") + suffix
    disposition = f"attachment; filename=\"draft{suffix}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=_MIME[suffix], headers={"content-disposition": disposition})


def _act(action: str, state: str, answers: dict[str, Any]) -> sessions.Session:
    """One press of a button: 起草, 换一批, 换一段 (swap:2), 锁定 (lock:2) or 解锁 (unlock:2)."""
    verb, _, part = action.partition(":")
    if not state:
        return sessions.start(answers)
    if verb == "swap":
        return sessions.swap(state, part, answers)
    if verb in ("lock", "unlock"):
        return sessions.lock(state, part, verb == "lock", answers)
    if verb == "reshuffle":
        return sessions.reshuffle(state, answers)
    if verb == "new":
        return sessions.start(answers)
    return sessions.revise(state, answers)


def _last_view(state: str) -> dict[str, Any] | None:
    """The page's draft as it was before a refused change (none when there was none)."""
    if not state:
        return None
    try:
        return _view(sessions.reopen(state))
    except DrafterError:
        return None


def _view(work: sessions.Session) -> dict[str, Any]:
    from drafter.drafting import setting_json

    draft = work.draft
    parts = work.parts()
    return {
        "blocks": _blocks(draft.text, [p for p in parts if p.key.isdigit()], work.result.findings),
        "frame": [p for p in parts if not p.key.isdigit()],
        "setting": setting_json(draft.answers),
        "han_chars": draft.han_chars,
        "minutes": round(draft.minutes, 1),
        "points": draft.points,
        "findings": work.result.findings,
        "notes": work.result.notes,
        "originality": sessions.originality(work.result),
        "formats": _BUTTONS,
    }


def _blocks(text: str, points: list[sessions.Part], findings: tuple[Finding, ...]) -> list[Block]:
    by_line: dict[int, list[Finding]] = {}
    for finding in findings:
        by_line.setdefault(finding.line or 0, []).append(finding)
    blocks: list[Block] = []
    heads = iter(points)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("# "):
            block = Block("title", line[2:])
        elif line.startswith("## "):
            block = Block("heading", line[3:], part=next(heads, None))
        elif len(blocks) == 1 and line.startswith("（") and line.endswith("）"):
            block = Block("byline", line)
        elif not any(b.kind == "para" for b in blocks) and line.endswith("：") and len(line) <= 30:
            block = Block("salutation", line)  # 同志们： stands flush left
        else:
            match = _RUN_IN.match(line)
            block = Block("para", match.group(2), lead=match.group(1)) if match else Block("para", line)
        block.findings = by_line.pop(number, [])
        blocks.append(block)
    if blocks and by_line:  # findings about the whole speech (length) go under the title
        blocks[0].findings += [f for fs in by_line.values() for f in fs]
    return blocks


def _setting(place: str, meeting: str) -> dict[str, Any]:
    """What drafter reads from a place and meeting as they are typed (or the problem, in Chinese)."""
    from drafter.drafting import setting_json
    from drafter.render import resolve_answers

    if not place.strip():
        return {"ok": False, "message": "请填写地名。"}
    answers = {"place": place.strip(), "meeting": meeting.strip() or "工作会议"}
    if not meeting.strip():  # only the place is asked about: a bare kind names no work, which is no error here
        answers["work"] = "各项工作"
    try:
        found = setting_json(resolve_answers(answers))
    except DrafterError as exc:
        message, hint = error_text(exc)
        return {"ok": False, "message": message, "hint": hint}
    if not meeting.strip():
        found.pop("work"), found.pop("kind"), found.pop("convenor"), found.pop("audience")
    return {"ok": True, **found}
