"""Build library fragments (plain dicts in the fragment format) from a speech's outline.

Numbering is never stored: a point keeps its heading without 一、 and its
sub-points without （一）/一要. Each fragment's texts are parameterised; a
fragment with anything source-bound left in it is tagged `specific`, and the
reasons travel with it (they become a comment in the fragment file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from drafter.ingest.classify import AGENDA_NOTE, Outline, Piece, Point, Sub, find_meeting
from drafter.ingest.params import Param, Scope, find_reporter, parameterise
from drafter.model import SPECIFIC_TAG, Role
from drafter.text import THINGS_COUNT, count_value

INGEST_TAG = "导入"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fragment ingest proposes: its YAML data and why it is specific (if it is)."""

    data: dict[str, Any]
    reasons: tuple[str, ...]
    norm: str = ""  # normalised text, for near-duplicate search
    keys: frozenset[int] = frozenset()  # sentence hashes, for near-duplicate search

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def role(self) -> str:
        return str(self.data["role"])


def topic_tags(meeting: str, text: str = "") -> list[str]:
    """Topic and meeting-kind tags the renderer understands (妇女儿童, 维权, 工作会议, 联席会议)."""
    subject = meeting or text[:200]
    tags = []
    if any(w in subject for w in ("妇女", "儿童", "妇儿", "妇联")):
        tags.append("妇女儿童")
    if "维权" in subject:
        tags.append("维权")
    topic = _TOPIC_AFFIXES.sub("", meeting)
    if not tags and 2 <= len(topic) <= 12:
        tags.append(topic)  # 安全生产, 河长制: the subject even when the renderer has no tag for it yet
    if "联席" in subject:
        tags.append("联席会议")
    elif "工作会议" in subject or "会议" in subject:
        tags.append("工作会议")
    return tags


_KNOWN_TOPICS = ("妇女儿童", "维权")


def known_topic_tags(meeting: str) -> list[str]:
    """The renderer's topic tags (drafter/data/topics.yaml) for the work a meeting names: 全县招商引资工作会议 → 经济工作, 招商."""
    if not meeting:
        return []
    from drafter.topics import GENERAL_TAG, meeting_topic_tags

    return sorted(meeting_topic_tags(meeting) - {GENERAL_TAG})


def unknown_topic(meeting: str) -> str:
    """The subject of a meeting the renderer has no topic tag for ('' for 妇女儿童, 维权 or none)."""
    if set(topic_tags(meeting)) & set(_KNOWN_TOPICS):
        return ""
    topic = _TOPIC_AFFIXES.sub("", meeting)
    return topic if 2 <= len(topic) <= 12 else ""


_TOPIC_AFFIXES = re.compile(
    # 全镇xx年度总结表彰大会 → 总结表彰: a year, or a template's placeholder for it, names no subject
    r"^(?:全[省市县区乡镇旗]|第[一二三四五六七八九十\d]+次|(?:\d{2,4}|20[xX×*＊]{2}|[xX×*＊]{2,4})\s*年度?)+|(?:联席)?(?:工作)?(?:会议|大会|推进会|座谈会|动员会|调度会)$"
)


_STAGE_WORDS = {
    "认识": ("认识", "思想", "意义", "成绩", "责任感", "使命感", "统一", "形势", "站位"),
    "任务": ("重点", "突出", "推进", "促进", "抓好", "着力", "任务", "发展", "健全", "完善", "职能"),
    "保障": ("领导", "保障", "合力", "齐抓共管", "组织", "责任", "投入", "协作", "环境", "作风", "队伍", "落实"),
}


def stage_of(heading: str, number: int, total: int) -> str:
    """认识/任务/保障 of a point, from its heading words and its place in the speech."""
    scores = {stage: float(sum(w in heading for w in words)) for stage, words in _STAGE_WORDS.items()}
    position = "认识" if number == 1 else "保障" if number == total and total > 1 else "任务"
    scores[position] += 1.5
    return max(scores, key=lambda s: (scores[s], s == position))


def build_candidates(speech_id: str, outline: Outline, scope: Scope, full_text: str) -> list[Candidate]:
    """Fragments for every placed piece and point of one speech (duplicates are not asked)."""
    # 在全县招商引资工作会议上的讲话 whose body says only 今天召开这次会议: the title names the meeting. Its work, as a tag
    # the renderer knows (经济工作, 招商), keeps every fragment to meetings on it: an untagged title, opening or point
    # was drawn for any meeting (a 安全生产 meeting titled 招商引资, ingestuse31).
    meeting = outline.meeting or (find_meeting(outline.title) if outline.title and not outline.title_derived else "")
    tags = list(dict.fromkeys([*topic_tags(meeting, full_text), *known_topic_tags(meeting), INGEST_TAG]))
    reporter = find_reporter(full_text)
    topic = unknown_topic(outline.meeting)
    out: list[Candidate] = []
    counters: dict[str, int] = {}
    for piece in outline.pieces:
        if piece.role == Role.SALUTATION and not piece.text.endswith(("：", ":")):
            continue
        n = counters[piece.role.value] = counters.get(piece.role.value, 0) + 1
        suffix = "" if n == 1 else f"-{n}"
        fid = f"{speech_id}.{piece.role.value}{suffix}"
        out.append(_piece_candidate(fid, piece, tags, scope, outline, reporter, topic))
    if outline.title and not outline.title_derived:
        out.insert(0, _title_candidate(speech_id, outline, tags, scope, meeting))
    agenda = any(w.startswith(AGENDA_NOTE) for w in outline.warnings)
    for point in outline.points:
        if not point.heading.strip("…. ") and not point.text and not point.subpoints:
            continue  # 二、……: a point the copy cut at its number, counted but with nothing to reuse (batch 52)
        out.append(_point_candidate(speech_id, point, len(outline.points), tags, scope, outline.meeting, topic, agenda))
    return out


def _piece_candidate(
    fid: str, piece: Piece, tags: list[str], scope: Scope, outline: Outline, reporter: str, topic: str
) -> Candidate:
    param = parameterise(piece.text, scope, meeting=outline.meeting, reporter=reporter, topic=topic)
    if piece.role == Role.TRANSITION and isinstance(outline.announced, int):
        # The renderer says how many points it renders; the source's number would lie.
        text = _COUNTED.sub(r"\1\2{{ count }}\3", param.text)
        # 就以下两个方面和大家交流: any other wording of the same count (the announced number, nothing else)
        announced = outline.announced
        text = _ANY_COUNT.sub(lambda m: _as_count(m, announced), text)
        # 我提出三点要求 / 讲三层意思 / 作三点表态: plain points, said after any verb; 三句话, 四个到位 are not (see below)
        text = _PLAIN_POINTS.sub(
            lambda m: "{{ count }}" + m.group(2) if count_value(m.group(1)) == announced else m.group(0), text
        )
        # 讲3点意见: the figure that was the count is gone, so it no longer binds the fragment to its source
        reasons = tuple(r for r in param.reasons if not (r.startswith("数字（") and r[3:-1] not in text))
        param = Param(text, reasons, param.variables)
    if piece.role in (Role.OPENING, Role.ACKNOWLEDGEMENT, Role.TRANSITION):
        # a number of points left in the text (a count not announced as such, or another than the points found) is
        # the source's plan: drawn for a plan of another count it says 以下两个方面 over three points
        plain = _PLAIN.sub("", param.text)
        fixed = [m.group(0) for m in _ANY_COUNT.finditer(plain) if count_value(m.group("n")) >= 2]
        if piece.role == Role.TRANSITION:  # 重点要抓好四个到位： / 概括为“三个必须”: the points that follow are of that form
            # 你们是…天使、…卫士、…标兵，今天，我想就从这三个方面: the count points back at what the source listed
            fixed += _BACK_COUNT.findall(_PLAIN.sub("", piece.text))
            fixed += [m.group(0) for m in THINGS_COUNT.finditer(plain) if count_value(m.group(1)) >= 2]
        if fixed:
            reason = f"固定的论点数目（{'、'.join(dict.fromkeys(fixed))}）"
            param = Param(param.text, (*param.reasons, reason), param.variables)
    if piece.role == Role.SALUTATION and (heard := particular_hall(param.text)):
        # 亲爱的老师们，亲爱的学生们： / 各位代表： / 各位医护同志们：: the source's hall, not every meeting's (drawn for a
        # 项目建设推进会 after a school speech was imported, ingestuse31)
        param = Param(param.text, (*param.reasons, f"称呼特定的听众（{'、'.join(heard)}）"), param.variables)
    data = _base(fid, piece.role.value, tags, param.reasons, param.variables, piece.where)
    data["text"] = param.text
    return Candidate(_order(data), param.reasons)


# 同志们 / 各位领导 / 同事们 / 各位同仁 / 朋友们: those in any meeting's hall; any other (老师们, 各位代表, 各位医护同志们,
# 劳动模范) is the source's
_ANY_HALL = frozenset({"同志", "领导", "领导同志", "同事", "同仁", "朋友"})
_ADDRESSEE = re.compile(r"^(?:尊敬的|亲爱的|在座的)?(?:各位|全体)?(?P<core>.+?)(?:们)?$")


def particular_hall(salutation: str) -> list[str]:
    """The addressees of a salutation that not every meeting has (各位代表, 老师们); empty for 同志们、朋友们."""
    parts = [p for p in re.split(r"[，、,；;和及：:！!\s]|以及", salutation) if p]
    found = []
    for part in parts:
        m = _ADDRESSEE.match(part)
        if m is None or m.group("core") not in _ANY_HALL:
            found.append(part)
    return found


_COUNTED = re.compile(r"(讲|谈|提|强调|说|整理为|归纳为)(以下)?[一二两三四五六七八九十\d]+(点|个方面|方面|个问题|条)")
# 就以下两个方面 / 从三个方面 / 谈两点体会: a count of points in a frame piece, whatever the verb before it
_ANY_COUNT = re.compile(
    r"(?P<lead>以下|下面|讲|谈|提|说|从|就|强调|交流)(?P<n>[一二两三四五六七八九十]{1,2}|\d{1,2})(?P<unit>个方面|方面|点|个问题|条|项|件事|句话)"
)
_PLAIN_POINTS = re.compile(
    r"(?<![一二两三四五六七八九十\d])([一二两三四五六七八九十]{1,2})(点|个方面|个问题|层意思)(?![一二两三四五六七八九十])"
)
_BACK_COUNT = re.compile(r"这[一二两三四五六七八九十几]{1,2}(?:个方面|方面|点|个|层|条|项|句)")
_PLAIN = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
def _as_count(m: re.Match[str], announced: int) -> str:
    return f"{m.group('lead')}{{{{ count }}}}{m.group('unit')}" if count_value(m.group("n")) == announced else m.group(0)


# 要抓好以下三个方面： in a point's text: the renderer says how many sub-points it keeps.
_SUB_COUNTED = re.compile(r"(以下|抓好|做好|突出|把握|注意)[一二两三四五六七八九十\d]+(个方面|点|项|个重点|件事)")


def _title_candidate(speech_id: str, outline: Outline, tags: list[str], scope: Scope, meeting: str) -> Candidate:
    param = parameterise(outline.title, scope, meeting=meeting)
    if meeting != outline.meeting:  # 伏晓岚副主任在全市…会议上的讲话: what the whole title gave away still binds it
        was = parameterise(outline.title, scope, meeting=outline.meeting)
        param = Param(param.text, tuple(dict.fromkeys([*param.reasons, *was.reasons])), param.variables)
    data = _base(f"{speech_id}.title", "title", tags, param.reasons, param.variables, "标题")
    data["text"] = param.text
    return Candidate(_order(data), param.reasons)


def _point_candidate(
    speech_id: str, point: Point, total: int, tags: list[str], scope: Scope, meeting: str, topic: str, agenda: bool = False
) -> Candidate:
    # 第一项，鸣炮奏乐； / 下面，进行第二项议程，请…讲话: a 主持词's item, the chair's cue for this meeting — never the
    # reusable point of another speech
    reasons: list[str] = ["主持词的议程项"] if agenda else []
    variables: list[str] = []

    def p(text: str) -> str:
        result = parameterise(text, scope, meeting=meeting, topic=topic)
        reasons.extend(result.reasons)
        variables.extend(result.variables)
        return result.text

    heading = p(point.heading)
    text = p(point.text)
    if isinstance(point.announced, int) and point.announced == len(point.subpoints):
        text = _SUB_COUNTED.sub(r"\1{{ sub_count }}\2", text)
    subs = [_sub_dict(s, p) for s in point.subpoints]
    ending = p(point.ending)
    stage = stage_of(point.heading, point.number, total)
    if topic:  # a point's substance belongs to its subject, whether or not it names it
        reasons.append(f"主题（{topic}）")
    reasons = list(dict.fromkeys(reasons))
    data = _base(f"{speech_id}.point-{point.number}", "point", [*tags, stage], reasons, variables, point.where)
    data["heading"] = heading
    if text:
        data["text"] = text
    if subs:
        data["series"] = point.series
        if point.inline:
            data["inline"] = True
        data["subpoints"] = subs
    if ending:
        data["ending"] = ending
    return Candidate(_order(data), tuple(reasons))


def _sub_dict(sub: Sub, p: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"heading": p(sub.heading)}
    if sub.text:
        data["text"] = p(sub.text)
    if sub.items:
        data["series"] = sub.series
        data["items"] = [_sub_dict(item, p) for item in sub.items]
    return data


def _base(fid: str, role: str, tags: list[str], reasons: Any, variables: Any, where: str) -> dict[str, Any]:
    all_tags = list(dict.fromkeys([*tags, *([SPECIFIC_TAG] if reasons else [])]))
    data: dict[str, Any] = {"id": fid, "role": role, "tags": all_tags}
    if variables:
        data["variables"] = {name: None for name in dict.fromkeys(variables)}
    data["source"] = {"speech": fid.rsplit(".", 1)[0], "where": where}
    return data


_KEY_ORDER = ("id", "role", "tags", "variables", "heading", "text", "series", "inline", "subpoints", "ending", "source")


def _order(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in _KEY_ORDER if k in data}
