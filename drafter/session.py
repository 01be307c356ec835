"""A draft being worked on in the web page: drafted, revised, parts swapped or locked, downloaded.

The page keeps its state as a record (the same data as `<draft>.answers.yaml`)
plus the fragment ids the writer locked; each call here turns that state and
the form's answers into a new DraftResult with the engine `drafter draft`,
`--replay` and `drafter update --swap` use. Nothing here prints or holds state.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from drafter.answers import Record, dump_record, parse_record, record_data
from drafter.drafting import DraftRequest, DraftResult, make_draft, replay_record
from drafter.errors import UsageError
from drafter.model import Draft, Role
from drafter.text import cn_number

# Answers that decide the structure (which fragments suit): a change to one drafts afresh.
_STRUCTURAL = ("meeting", "points", "minutes", "awards", "speeches", "gaps")
_ROLE_LABELS = {
    Role.TITLE: "标题", Role.SALUTATION: "称谓", Role.OPENING: "开场", Role.ACKNOWLEDGEMENT: "肯定",
    Role.TRANSITION: "过渡", Role.CLOSING: "结尾",
}  # fmt: skip
FORMATS = {".docx": "Word（公文格式）", ".md": "Markdown", ".txt": "纯文本", ".answers.yaml": "起草记录"}


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a draft a writer can swap or lock: a frame part (开场) or a point (第二点)."""

    key: str  # what `drafter update --swap` takes: opening, closing, 1, 2 …
    label: str
    fragment_id: str
    source: str
    locked: bool


@dataclass(frozen=True, slots=True)
class Session:
    """The draft on the page: its result, the record that reproduces it, the locked fragments."""

    result: DraftResult
    record: Record
    locked: tuple[str, ...] = ()

    @property
    def draft(self) -> Draft:
        return self.result.draft

    def parts(self) -> list[Part]:
        """The swappable parts in speech order: frame parts, then each point."""
        return parts_of(self.record, self.locked)

    def state(self) -> str:
        """The page's hidden state: the record (without the text) and the locks, as JSON."""
        data = record_data(self.draft, self.result.options)
        return json.dumps({"record": data, "locked": list(self.locked)}, ensure_ascii=False)


def parts_of(record: Record, locked: Sequence[str] = ()) -> list[Part]:
    """The parts of a recorded draft a writer can swap or lock, in speech order."""
    out = []
    n = 0
    for use in record.fragments:
        if use.get("section"):
            continue  # a section belongs to the point before it
        try:
            role = Role(str(use.get("role")))
        except ValueError:  # a state whose fragment lacks its role (edited, or forged) was a 500 (newuser38)
            raise UsageError("页面状态中的片段无法读取（页面过期或被改动）", hint="重新填写表单并起草。") from None
        if role == Role.POINT:
            n += 1
            key, label = str(n), f"第{cn_number(n)}点"
        else:
            key, label = role.value, _ROLE_LABELS.get(role, role.value)
        source = use.get("source") or {}
        shown = "原创" if "authored" in source else str(source.get("speech") or "")
        out.append(Part(key, label, str(use["id"]), shown, str(use["id"]) in locked))
    return out


def start(
    answers: Mapping[str, Any], *, locked: Sequence[str] = (), seed: int | None = None, record: Record | None = None
) -> Session:
    """A fresh draft for the form's answers, keeping the locked fragments (same as `drafter draft`).

    Without `seed` the seed comes from place, meeting and date, as on the command line.
    With the `record` of the page's draft, a locked fragment keeps the phrasings it
    had there: locked means its words stay, not only its id.

    Raises:
        MissingAnswersError: place or meeting missing.
        DrafterError: anything `drafter draft --no-input` can raise.
    """
    alts = _locked_alts(record, locked) if record is not None else None
    request = DraftRequest(answers=dict(answers), seed=seed, picks=tuple(locked), alts=alts or None)
    return _session(make_draft(request, prompt=None), locked)


def _locked_alts(record: Record, locked: Sequence[str]) -> dict[str, dict[str, int]]:
    """The phrasings the recorded draft chose for its locked fragments."""
    return {str(u["id"]): dict(u["alts"]) for u in record.fragments if u.get("alts") and str(u["id"]) in locked}


def revise(state: str, answers: Mapping[str, Any]) -> Session:
    """The page's draft with the form's new answers: same fragments unless the structure changed.

    A change of meeting, kind, points, minutes or an occasion (表彰, 发言) drafts
    afresh with the locked fragments; other answers (place, date, facts) keep
    every fragment, as `drafter update --set` does.
    """
    record, locked = load_state(state)
    if _structure_changed(record, answers):
        return start(answers, locked=locked, record=record)
    return _session(replay_record(_with_answers(record, answers)), locked)


def swap(state: str, part: str, answers: Mapping[str, Any] | None = None) -> Session:
    """Draw one part again (换一段), keeping every other part: `drafter update --swap`.

    With `answers` (the form as it is now), the other parts read the new answers too.

    Raises:
        UsageError: no such part, the part is locked, or the form changed the structure
            (a new meeting or number of points must be drafted first).
    """
    from drafter.update import swap_parts

    record, locked = load_state(state)
    record = _with_answers(record, answers)
    chosen = _part(record, locked, part)
    if chosen.locked:
        raise UsageError(f"{chosen.label}已锁定，不能换", hint="先解除锁定再换一段。")
    return _session(swap_parts(record, [part]), locked)


def reshuffle(state: str, answers: Mapping[str, Any]) -> Session:
    """A new selection (换一批): the next seed, the locked fragments kept."""
    record, locked = load_state(state)
    return start(answers, locked=locked, seed=(int(record.seed or 0) + 1) % 100_000, record=record)


def lock(state: str, part: str, on: bool, answers: Mapping[str, Any] | None = None) -> Session:
    """Lock (or unlock) one part so 换一批 and a change of structure keep its fragment."""
    record, locked = load_state(state)
    record = _with_answers(record, answers)
    chosen = _part(record, locked, part)
    ids = [i for i in locked if i != chosen.fragment_id] + ([chosen.fragment_id] if on else [])
    return _session(replay_record(record), ids)


def _structure_changed(record: Record, answers: Mapping[str, Any]) -> bool:
    return any(_value(answers.get(k)) != _value(record.answers.get(k)) for k in _STRUCTURAL)


def _with_answers(record: Record, answers: Mapping[str, Any] | None) -> Record:
    """The record with the form's answers, when they keep its structure.

    Raises:
        UsageError: the answers change the meeting, points, length or an occasion.
    """
    if answers is None:
        return record
    if _structure_changed(record, answers):
        raise UsageError("会议名称、要点数、时长或会上表彰、发言已改动，这份讲话稿要先重新起草",
                         hint="先点“按修改更新”，再换一段或锁定。")  # fmt: skip
    return Record(dict(answers), record.seed, record.template, record.options, record.fragments)


def _part(record: Record, locked: Sequence[str], key: str) -> Part:
    found = next((p for p in parts_of(record, locked) if p.key == key), None)
    if found is None:
        raise UsageError(f"这份讲话稿没有“{key}”这一部分", hint="刷新页面后再试。")
    return found


def reopen(state: str) -> Session:
    """The page's draft exactly as it was (for downloads): the record replayed."""
    record, locked = load_state(state)
    return _session(replay_record(record), locked)


def download(session: Session, suffix: str) -> bytes:
    """The draft as a file: .docx (公文 layout), .md, .txt, or its record (.answers.yaml).

    The .docx is what `drafter draft --replay <record> -o x.docx` writes. A speech
    downloaded is kept in the history of its place and meeting, as `draft -o` keeps it,
    so a draft for the next occasion steers away from it.
    """
    from drafter.export import load_font_profile, render_docx, to_plain_text

    text = session.draft.text
    if suffix in (".docx", ".md", ".txt") and session.result.options.get("history", True):
        from drafter.history import remember_or_say

        remember_or_say(session.draft.answers, text)  # a full data folder does not stop the download
    if suffix == ".docx":
        profile = load_font_profile(session.result.fonts) if session.result.fonts else None
        return render_docx(text, profile)
    if suffix == ".md":
        return text.encode("utf-8")
    if suffix == ".txt":
        return to_plain_text(text).encode("utf-8")
    if suffix == ".answers.yaml":
        return dump_record(session.draft, session.result.options).encode("utf-8")
    raise UsageError(f"不能下载为“{suffix}”", hint=f"可以下载：{'、'.join(FORMATS)}。")


def load_state(state: str) -> tuple[Record, tuple[str, ...]]:
    """The record and locks of the page's hidden state, checked like a record file.

    Raises:
        UsageError: the state is not what this page wrote (edited or truncated).
    """
    try:
        data = json.loads(state)
    except (TypeError, ValueError, RecursionError):  # "[" * 100000 posted as the state was a 500 (newuser38)
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("record"), dict):
        raise UsageError("页面状态无法读取（页面过期或被改动）", hint="重新填写表单并起草。")
    locked = data.get("locked") or []
    if not isinstance(locked, list) or not all(isinstance(i, str) for i in locked):
        raise UsageError("页面状态中的锁定项无法读取", hint="重新填写表单并起草。")
    record = parse_record(data["record"], "页面状态")
    if not record.fragments or record.seed is None:
        raise UsageError("页面状态中没有讲话稿", hint="重新填写表单并起草。")
    return record, tuple(locked)


def _session(result: DraftResult, locked: Sequence[str]) -> Session:
    used = {u.id for u in result.draft.uses}
    record = parse_record(record_data(result.draft, result.options), "页面状态")
    return Session(result, record, tuple(i for i in locked if i in used))


def _value(value: Any) -> str:
    """An answer compared across the form and the record (3 and "3"; [], 否 and none alike)."""
    if value in (None, "", [], "否"):
        return ""
    return str(value)



@dataclass(frozen=True, slots=True)
class Originality:
    """How much of a draft comes from the corpus: the figures `drafter diff` reports."""

    reuse: float
    shares: tuple[tuple[str, float], ...]  # (source speech, share), largest first
    longest_run: int


def originality(result: DraftResult) -> Originality:
    """The draft's figures as `drafter draft` measured them (measured now for a replayed draft)."""
    from drafter.drafting import measure_originality

    o = result.originality or measure_originality(result.draft)
    # A source that shares only a phrase (under half a percent) is no part of the chart.
    shares = tuple((str(name), float(share)) for name, share in o.get("shares", []) if share >= 0.005)
    return Originality(float(o["reuse"]), shares, int(o["longest_run"]))
