"""The user's answers resolved once: types, the place (kind, superior), the meeting (work, kind, convenor)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from drafter.errors import UsageError
from drafter.features import lacked_tags, parse_features
from drafter.library import STANDARD_VARIABLES
from drafter.limits import MAX_ITEM_CHARS, MAX_ITEMS, MAX_NAME_CHARS
from drafter.meeting import (
    DEFAULT_HONOREES,
    DEPARTMENT_CONVENOR,
    PLAN_FIRST_YEAR,
    Meeting,
    audience_names,
    convenor_named,
    department_of,
    find_meeting_kind,
    is_vague,
    load_meeting_table,
    members_of,
    names_a_kind,
    outside_meeting,
    parse_meeting,
    seasons_of,
    speaker_department,
    trains_lay_people,
)
from drafter.meeting import kind_names as meeting_kind_names
from drafter.model import STREET, Variable, VarType
from drafter.places import (
    PlaceInfo,
    find_kind,
    kind_for_scope,
    kind_names,
    load_kinds,
    place_words,
    plain_place,
    plain_place_hint,
    resolve_place,
)
from drafter.text import LEVELS, close_wide_gaps, count_han, curl_quotes, parse_cn_number
from drafter.topics import is_work_word, meeting_topic_tags, ruled_out_tags

# The level word a department's meeting speaks for (kinds.yaml: convenors 部门 → host department).
DEPARTMENT_HOST = "department"

DEFAULT_RATE = 200


# Answers that resolve_answers derives from another one (and records): when that
# one changes, the derived ones must be derived again unless given too.
DERIVED_FROM = {
    "place": ("level", "place_kind", "superior", "place_former"),
    "meeting": ("work", "kind", "convenor", "audience"),
}


def change_answers(answers: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Recorded answers with `changes` applied, dropping what was derived from a changed answer."""
    out = dict(answers)
    for key, derived in DERIVED_FROM.items():
        if key in changes and changes[key] != answers.get(key):
            for name in derived:
                if name not in changes:
                    out.pop(name, None)
    out.update(changes)
    return out


def resolve_answers(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and complete the user's answers once, so no stage derives them again.

    Adds `level` (the tier 省/市/县/区/乡/镇), `place_kind` (县级市, 旗 …), `superior`
    (无锡市, when the gazetteer knows it), and from the meeting `work`, `kind`
    and `convenor`.

    Raises:
        UsageError: a value of the wrong type, an unknown level or a place whose level cannot be told.
    """
    answers = {k: v for k, v in raw.items() if v is not None and v != ""}
    for name, value in list(answers.items()):
        var = STANDARD_VARIABLES.get(name)
        if var is not None:
            answers[name] = coerce_value(var, value)
    if "date" in answers:
        answers["date"] = normalize_date(str(answers["date"]))
    if "features" in answers:  # 中心城区 → 城区; an unknown word is said now, with the words drafter knows
        answers["features"] = "、".join(parse_features(answers["features"]))
    if "reporter" in answers:  # 局长 李强 → 局长李强: the name runs on in a sentence (刚才，…同志)
        answers["reporter"] = close_wide_gaps(str(answers["reporter"]).strip())
    place = answers.get("place")
    if place:
        from drafter.gazetteer import renamed

        if (was := renamed(str(place))) is not None:  # 奉化市 (2016年撤市设区): a draft is written for 奉化区
            answers["place"] = place = was[1].name
            answers["place_former"] = was[0].name
    hint = answers.get("place_kind") or answers.get("level") or _scope_hint(answers)
    if hint is not None and find_kind(str(hint)) is None:
        raise UsageError(f"未知的层级“{hint}”", hint=f"层级可以是 {'/'.join(kind_names())}，或 {'/'.join(LEVELS)}。")
    if place:
        info = resolve_place(str(place), str(hint) if hint else None, answers.get("superior"))
        if info is None:
            if plain := plain_place(str(place)):  # 清河县委 (update --set place=…): the place itself, not a level, is asked
                raise UsageError(f"地名“{place}”不是地名本身（像是 {plain}）", hint=plain_place_hint(plain))
            raise UsageError(
                f"无法从地名“{place}”推出层级",
                hint=f"请用 --set level=… 指明层级（{'/'.join(kind_names())}）。",
            )
        answers.update(level=info.kind.tier, place_kind=info.kind.name)
        if info.superior:
            answers["superior"] = info.superior
    elif hint is not None:
        kind = find_kind(str(hint))
        assert kind is not None
        answers.update(level=kind.tier, place_kind=kind.name)
    if answers.get("meeting"):
        answers["meeting"] = curl_quotes(str(answers["meeting"]).strip())  # 全市"十五五"开局之年… → “十五五” (lead35)
        outside = outside_meeting(str(answers["meeting"]))
        if outside is not None:  # 学校开学典礼, 医院职代会: no work meeting, no 同志们 in the hall
            raise UsageError(f"会议名称“{answers['meeting']}”是{outside.what}", hint=outside.hint)
        meeting = parse_meeting(str(answers["meeting"]), str(place or ""))
        vague = is_vague(str(answers["meeting"]))
        if "work" not in answers and (count_han(meeting.work.removesuffix("工作")) < 2 or vague):  # 开会: no meeting
            raise UsageError(
                f"会议名称“{answers['meeting']}”看不出是哪项工作的会议", hint=_no_work_hint(answers)
            )
        answers.setdefault("work", meeting.work)
        answers.setdefault("kind", meeting.kind.name)
        named = is_work_word(meeting.work) or vague  # 开会 kept at the question, with the work said after it
        # 县纪委十五届五次全会 names its work by its organ (纪委): its own name is the title
        if not names_a_kind(str(answers["meeting"])) and not meeting.festival and named and not meeting.organ:
            # 安全生产 alone: the title says 在全县安全生产工作会议上的讲话 (a name with more in it stays as typed)
            answers["meeting"] = _full_meeting_name(meeting.scope, answers)
        if not meeting.organ and not meeting.kind.convenor and _speakers_department(answers):
            # 全县教育系统秋季开学工作会议 with the speaker 县教育局局长: the bureau's head speaks for the bureau
            # (局领导班子), not for 县委、县政府 (read as the writer: 县委、县政府始终心怀敬意 in a 局长's mouth)
            answers.setdefault("convenor", DEPARTMENT_CONVENOR)
        answers.setdefault("convenor", meeting.convenor.name)
        if meeting.audience:
            answers.setdefault("audience", meeting.audience)
        if meeting.honorees:  # a 工作会议暨…表彰大会 honours too (commend37): praise fits
            answers.setdefault("awards", "是")
    if answers.get("kind") == "表彰大会":
        answers.setdefault("awards", "是")  # the meeting itself honours: praise fits
    _check_meeting_answers(answers)
    _set_aside_tasks(answers)
    return answers


UNUSED_TASKS = "tasks_unused"  # the tasks a kind of meeting deploys none of, kept to tell the user (kinds.yaml `no_tasks`)


def _set_aside_tasks(answers: dict[str, Any]) -> None:
    """The user's tasks set aside at a kind of meeting that deploys none (开班式, 结业式, 欢送会: kinds.yaml `no_tasks`).

    Said to trainees they read 以上几个方面之外，今年还有几项工作要专门强调……牵头单位要拿出具体方案 (review32); kept
    under `UNUSED_TASKS`, the draft's notes say which were not used and why.
    """
    kind = find_meeting_kind(str(answers.get("kind") or ""))
    if kind is not None and kind.no_tasks and answers.get("tasks"):
        answers[UNUSED_TASKS] = answers.pop("tasks")


def _full_meeting_name(scope: str, answers: Mapping[str, Any]) -> str:
    """A meeting named only by its work (安全生产, 全县防汛), completed as a clerk would: 全县安全生产工作会议."""
    kind = find_kind(str(answers.get("place_kind") or answers.get("level") or ""))
    scope = scope or (kind.words.scope if kind else "")
    work, kind_name = str(answers["work"]), str(answers["kind"])
    if kind_name.startswith("工作") or not work.endswith("工作"):
        work = work.removesuffix("工作")
    return f"{scope}{work}{kind_name}"


# A party committee's enlarged meeting or plenum (镇党委扩大会议, 县委全会): the name says who meets, not the work.
_ENLARGED = re.compile(r"(?:扩大|（扩大）|全会|全体|全体（扩大）)$")  # (会议 taken off first: 县委全体会议)


def _no_work_hint(answers: Mapping[str, Any]) -> str:
    """What to write instead of a meeting name that names no work, at the place's own level: a 镇's clerk was shown
    全县安全生产工作会议, and a 镇党委扩大会议 (held to deploy the year's work) a safety meeting for example (reader51)."""
    kind = find_kind(str(answers.get("place_kind") or answers.get("level") or ""))
    scope = kind.words.scope if kind else "全县"
    name = str(answers["meeting"])
    if _ENLARGED.search(re.sub(r"(?:会议|大会)$", "", name)):
        return (f"党委扩大会议、全会的名称没说讲哪项工作：讲全年工作的，用 --set work=经济社会发展工作 指明；"
                f"或写出会上部署的工作，如 {name}暨{scope}经济工作会议。")  # fmt: skip
    return f"写出完整的会议名称，如 {scope}安全生产工作会议；或用 --set work=安全生产工作 指明工作。"


def _scope_hint(answers: Mapping[str, Any]) -> str | None:
    """The kind an ambiguous place name (朝阳) takes from its meeting's scope (全区 → 市辖区)."""
    place, meeting = answers.get("place"), answers.get("meeting")
    if not place or not meeting or resolve_place(str(place)) is not None:
        return None
    return kind_for_scope(str(place), parse_meeting(str(meeting), str(place)).scope)


def _check_meeting_answers(answers: Mapping[str, Any]) -> None:
    if "kind" in answers and find_meeting_kind(str(answers["kind"])) is None:
        raise UsageError(f"未知的会议种类“{answers['kind']}”", hint=f"会议种类可以是 {'、'.join(meeting_kind_names())}。")
    if "convenor" in answers and convenor_named(str(answers["convenor"])) is None:
        names = "、".join(load_meeting_table().convenors)
        raise UsageError(f"未知的召集方“{answers['convenor']}”", hint=f"召集方可以是 {names}。")
    if "audience" in answers and answers["audience"] not in audience_names():
        raise UsageError(f"未知的听众“{answers['audience']}”", hint=f"听众可以是 {'、'.join(audience_names())}。")


def by_department(answers: Mapping[str, Any]) -> bool:
    """Whether a department of this level holds the meeting (县应急管理局2026年安全生产工作会议): its speech leaves
    out what only a 党委、政府 meeting says (`LEADERSHIP_TAG`) and speaks to the department's own units."""
    convenor = convenor_named(str(answers.get("convenor") or "")) or meeting_of(answers).convenor
    return convenor.host == DEPARTMENT_HOST


def level_tag(answers: Mapping[str, Any]) -> str | None:
    """The level tag of fragments that suit this place: its tier, or 街道 for a 街道.

    A 街道 has the tier of its 区 (its words, the checker's rules) but a town's
    powers: points tagged 省/市/县/区 are county work it does not deploy.
    """
    return STREET if answers.get("place_kind") == STREET else answers.get("level")


def derive_level(place: str) -> str | None:
    """The kind of a place: from the gazetteer (江阴市 → 县级市), else its suffix (城关镇 → 镇)."""
    info = resolve_place(place)
    return info.kind.name if info else None


def place_of(answers: Mapping[str, Any]) -> PlaceInfo:
    """The resolved place of resolved answers (a tier alone gives that tier's usual kind)."""
    given = answers.get("place_kind") or answers.get("level")
    place = answers.get("place")
    info = resolve_place(str(place), str(given) if given else None, answers.get("superior")) if place else None
    if info is None:
        kind = find_kind(str(given or "县")) or find_kind("县")
        assert kind is not None
        info = PlaceInfo(str(place or ""), kind, str(answers.get("superior") or ""),
                         find_kind(kind.upper) or load_kinds().get(kind.upper))  # fmt: skip
    return info


def meeting_of(answers: Mapping[str, Any]) -> Meeting:
    """The meeting of resolved answers, with the user's own work, kind and convenor if given."""
    meeting = parse_meeting(str(answers.get("meeting") or ""), str(answers.get("place") or ""))
    kind = find_meeting_kind(str(answers.get("kind") or "")) or meeting.kind
    convenor = convenor_named(str(answers.get("convenor") or "")) or meeting.convenor
    work = str(answers.get("work") or meeting.work)
    organ = meeting.organ or (_speakers_department(answers) if convenor.name == DEPARTMENT_CONVENOR else "")
    return replace(meeting, kind=kind, convenor=convenor, work=work, organ=organ)


def _inspecting_body(meeting: Meeting) -> str:
    """The Party body of a department that holds its own 巡察 (县教育局党组巡察反馈会 → 局党组, 市卫健委党委… → 委党委): the
    feedback is taken to it, not to the level's Party committee (review36b: 把思想统一到县委的要求上来, 向县委报告)."""
    at = meeting.name.find(meeting.organ) + len(meeting.organ)
    body = "党委" if meeting.name.startswith("党委", at) else "党组"
    return department_of(meeting.organ).removesuffix("领导班子") + body


def _speakers_department(answers: Mapping[str, Any]) -> str:
    """The department of this level the speaker heads (县教育局局长 王强 → 教育局), or ""."""
    return speaker_department(str(answers.get("speaker") or ""), str(answers.get("level") or ""))


def _honoree_words(name: str) -> tuple[str, dict[str, str]]:
    """The word of `honoree_words` (kinds.yaml) a meeting named `name` holds (its longest) and how a speech says whom it
    honours: ("", {}) when the table says nothing of it."""
    table = load_meeting_table().honoree_words
    key = next((k for k in sorted(table, key=len, reverse=True) if k in name), "")
    return key, table.get(key, {})


def level_context(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Words every text may use: the place's level words, `upper.*`, `host`, `honorees`."""
    words = place_words(place_of(answers))
    meeting = meeting_of(answers)
    # 县应急管理局…会议: the bureau's head speaks for its 领导班子 (empty for no department: the level's leadership)
    words[DEPARTMENT_HOST] = department_of(meeting.organ) or words["leadership"]
    if meeting.kind.template == "feedback" and department_of(meeting.organ):
        words["party"] = _inspecting_body(meeting)
    words["host"] = words[meeting.convenor.host]
    key, said = _honoree_words(meeting.name)
    named = meeting.honorees or DEFAULT_HONOREES
    # 三八红旗手 → 三八红旗手（集体）; 见义勇为 → 见义勇为先进个人和群体 (not 先进集体和先进个人), as a speech says them (draft38)
    words["honorees"] = said.get("honorees", named) if named in (DEFAULT_HONOREES, key) else named
    words["they"] = said.get("they", "他们")  # the women of a 三八红旗手 meeting are 她们
    # said right after the work (在平安建设工作中表现突出的…): 先进集体和先进个人, not 平安建设（工作）先进集体…
    stem = meeting.work.removesuffix("工作")
    bare = words["honorees"].removeprefix(stem).removeprefix("工作") if stem else words["honorees"]  # 教育工作先进…
    words["honorees_of_work"] = bare if bare.startswith(("先进", "优秀")) else words["honorees"]
    # 劳模, 三八红旗手: honoured from every walk of life, for the place's whole development, not from 妇女儿童工作 (commend37)
    at_large = any(w in meeting.name for w in load_meeting_table().honoured_at_large)
    work = str(answers.get("work") or meeting.work)  # --set work=… wins, as for {{ work }}
    words["honoured_from"] = "各行各业" if at_large else f"{work}中"
    words["honoured_for"] = "各项事业" if at_large else work
    words["honoured_from"] = said.get("from", words["honoured_from"])  # 见义勇为: 在人民群众中, not 在平安建设工作中
    if at_large:  # 青年工作 is not a stem of 优秀青年 here: whom the name honours, as it says them
        words["honorees_of_work"] = words["honorees"]
    # 庆祝教师节暨…: the festival as a speech says it, and whom the greeting goes to (empty: none)
    words["festival"] = meeting.festival.name if meeting.festival else ""
    words["festival_people"] = meeting.festival.people if meeting.festival else ""
    # 县科协第九次代表大会: whom the congress speaks for, greeted through its delegates (empty: not known)
    words["members"] = members_of(meeting.organ)
    words["meeting_kind"] = meeting.kind.name
    words["body"] = meeting.body  # 领导小组, or the committee that meets (安委会)
    # someone spoke before the speaker (speeches: 是): a text may thank their speeches only then
    words["spoken"] = answers.get("speeches") == "是"
    words["period"] = "这一年" if meeting.year or _WHOLE_YEAR.search(meeting.name) else "这段时间"
    # 2026, the first year of the 十五五 plan: only a meeting of that year speaks of 开局起步 and 开好局、起好步
    words["plan_start"] = meeting_year(answers, meeting.year) == PLAN_FIRST_YEAR
    # a 乡、镇 or 街道 speaks: {% if town %}…{% else %}…{% endif %} is the plain form of `lv in ('乡', '镇', '街道')`,
    # which only Jinja can test (a draft then imports it, #18)
    words["town"] = words.get("lv") in ("乡", "镇", "街道")
    # a 街道 (and a 开发区) has a 党工委 and a 纪工委, a 乡、镇 a 纪委 and no 监委 (review36: a 街道's 党风廉政 speech said
    # 党委（党组）主体责任 and 纪委监委的监督责任)
    works_committee = str(words.get("party", "")).endswith("党工委")
    words["party_body"] = "党工委" if works_committee else "党委"
    # … and a 乡、镇's Party bodies are its 党委 alone (no 党组 stands under a 乡镇党委: 全乡党风廉政建设工作会议 said
    # 党委（党组）、书记、班子成员、纪委各担其责, lead37)
    words["party_bodies"] = "党工委" if works_committee else "党委" if words["town"] else "党委（党组）"
    words["discipline_body"] = "纪工委" if works_committee else "纪委" if words["town"] else "纪委监委"
    words["party_board"] = "会议" if words["town"] else "常委会"  # a 镇党委 or 街道党工委 has no 常委会
    # … and a department holding its own meeting (县教育局党风廉政建设工作会议) answers to its 局党组 and is watched by a
    # 派驻纪检监察组, not by the level's 党委（党组） and 纪委监委 (reader45, lead45)
    if by_department(answers) and department_of(meeting.organ):
        body = _inspecting_body(meeting)  # 局党组 (局党委 where the meeting's name says so)
        words.update(party_body=body, party_bodies=body, discipline_body="派驻纪检监察组")
        words["party_board"] = "会议"
    # a class of volunteers or 社会体育指导员: no 党员干部, 八项规定 or 干部形象 asked of them
    words["lay_class"] = meeting.kind.template in ("training", "graduation") and trains_lay_people(meeting.name)
    # the times of year the meeting is held in (秋冬, 夏季 …: its name or its date; empty when neither says): a text says
    # 节后复工复产 only when the 春节 is near, not at an October meeting (review30a)
    words["season"] = sorted(seasons_of(meeting.name, str(answers.get("date") or "")))
    # what the place has not (a 城区: 山区, 水库, 林区): a sentence on 山洪易发区 inside a general text says it only
    # where the place has hills ({% if '山区' not in lacks %}, review32)
    words["lacks"] = sorted(lacked_tags(answers))
    if "农村" in words["lacks"]:  # a central 城区 has communities, no villages: 社区干部, not 村（社区）干部 (review33)
        words.update(village="社区", grassroots="社区", committees="社区居委会")
        # … and streets, no towns: 各街道, not 各街道（镇） (鼓楼区's 电视电话会议 went 直接开到各街道（镇）, session 33)
        for key in ("below", "township"):
            if isinstance(words.get(key), str):
                words[key] = words[key].replace("（镇）", "")
    # a place whose grassroots are 社区 (a 街道, a central 城区): {% if community %} is the plain form of village == "社区" (#18)
    words["community"] = words.get("village") == "社区"
    # how a speech names the place's forest and those who live by it: a central 城区 has no 林区, it has hills and green
    # land in town (鼓楼区's 森林防火 meeting said 让全区林区长治久安, review33)
    woodless = "林区" in words["lacks"]
    words["woods"] = "山林绿地" if woodless else "林区"
    words["woods_folk"] = "市民群众" if woodless else "林区群众"
    # the narrower works the meeting leaves out (抗旱 at a 防汛 meeting): a general text says 洪水和旱情 only where it is
    # a 防汛抗旱 meeting (review33)
    words["left_out"] = sorted(ruled_out_tags(str(answers.get("meeting") or ""), str(answers.get("work") or "")))
    return words

_DATE_YEAR = re.compile(r"(\d{4})\s*年|^(\d{4})-")
_NAMED_YEAR = re.compile(r"(20\d\d)年")


def meeting_year(answers: Mapping[str, Any], named: str = "") -> int:
    """The year a meeting's speech is for: the one its name says (全县2027年经济工作会议), else its date's, else this year."""
    if named:
        return int(named)
    found = _NAMED_YEAR.search(str(answers.get("meeting") or ""))  # 县教育局2027年全县教育工作会议: after the organ
    if found:
        return int(found.group(1))
    found = _DATE_YEAR.search(str(answers.get("date") or ""))
    if found:
        return int(found.group(1) or found.group(2))
    from drafter import outdated

    return outdated.this_year()  # looked up on the module: the tests hold it


# A meeting on a whole year's work (全县2026年安全生产工作总结会, 年度工作总结大会): its speech looks back on 这一年, not on
# 这段时间 as if a campaign of some weeks were over.
_WHOLE_YEAR = re.compile("年度|全年|年终|一年来")


_DATE_ISO = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?$")


def normalize_date(text: str) -> str:
    """Write a date as 公文 does: 2026-03-08, 2026.3.8, 2026年03月08号 → 2026年3月8日.

    Anything that is not a full date (2026年3月上旬, 三月八日) is kept as written.

    Raises:
        UsageError: a full date that does not exist (2026-13-45, 2026年2月30日).
    """
    m = _DATE_ISO.match(text.strip())
    if not m:
        return text.strip()
    year, month, day = (int(g) for g in m.groups())
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        raise UsageError(
            f"日期“{text.strip()}”不存在（{year}年没有{month}月{day}日）",
            hint="写成 2026年3月8日 或 2026-03-08；不写日期时留空。",
        ) from None
    return f"{year}年{month}月{day}日"


# A list answer given as one text: items on their own lines, or split by a bar (never part of Chinese prose),
# or by a semicolon as a clerk lists tasks in a sentence (甲；乙;丙).
_LIST_BREAKS = re.compile(r"[\n|｜]")
_ITEM_BREAKS = re.compile(r"[;；]")
# A clause after a semicolon that only goes on with the one before (…3200处；其中重大隐患…, …；同比下降…)
# belongs to that item: a clerk reads it as one sentence, not as a task of its own.
_GOES_ON = re.compile(
    r"^(?:其中|同时|并且|并|且|但是?|而且?|也|还|尤其是?|特别是|从而|进而|以及|以便|力争|同比|较上年|比上年|占)"
)


def split_list_text(text: str) -> list[str]:
    """The items of a list answer written as one text: one a line, or split by | or a semicolon.

    A part after a semicolon that opens with a word going on from the part before (其中, 同比,
    力争 …) stays in that item.
    """
    items: list[str] = []
    for line in _LIST_BREAKS.split(text):
        parts: list[str] = []
        for part in _ITEM_BREAKS.split(line):
            part = part.strip()
            if parts and _GOES_ON.match(part):
                parts[-1] += "；" + part
            elif part:
                parts.append(part)
        items += parts
    return items


_NUMBER_UNITS = ("点意见", "点", "个方面", "分钟", "分")


def whole_number(value: Any) -> int:
    """A whole number as a clerk writes it: 4, ４, 四, 两, 十五, 4点, 15分钟 (四 and 15分钟 were refused: newuser37).

    Raises:
        ValueError: no whole number (3.5, 昨天).
    """
    if isinstance(value, int | float):
        return int(value)  # as before: a YAML 3.5 is refused where the answers file is read
    import unicodedata

    text = unicodedata.normalize("NFKC", str(value)).strip()
    unit = next((u for u in _NUMBER_UNITS if text.endswith(u) and len(text) > len(u)), "")
    text = text.removesuffix(unit).strip() if unit else text
    try:
        return parse_cn_number(text)
    except ValueError:
        return int(text)


def coerce_value(var: Variable, value: Any) -> Any:
    """Convert an answer to the variable's type (a string "3" for an int, a string's lines for a list).

    A date is written as 公文 does (normalize_date), so a question asks again for one that does not exist.
    """
    if var.name == "date" and isinstance(value, str | int):
        return normalize_date(_checked_name(var, str(value)))
    if var.type == VarType.INT:
        try:
            return whole_number(value)
        except (TypeError, ValueError):
            raise UsageError(f"“{var.prompt}”应是整数，而不是“{value}”", hint="写数字，如 4、15（也可以写 四、十五）。") from None
    if var.type == VarType.LIST:
        if isinstance(value, str):  # 成绩: | (a block of lines), 甲|乙 or 甲；乙 typed after --set: one item each
            return _checked_items(var, split_list_text(value) or [value])
        if not isinstance(value, list):
            raise UsageError(f'{var.name} 应是列表，例如 --set {var.name}=\'["第一句", "第二句"]\'')
        return _checked_items(var, [str(v) for v in value])
    if var.choices and str(value) not in var.choices:
        raise UsageError(f"“{var.prompt}”只能回答 {'、'.join(var.choices)}，而不是“{value}”")
    return _checked_name(var, value if isinstance(value, str) else str(value))


_EXAMPLES = {"place": "清河县", "date": "2026年12月1日", "meeting": "全县安全生产工作会议", "speaker": "县长 张三", "reporter": "县应急管理局局长李强"}


def _checked_name(var: Variable, text: str) -> str:
    """`text`, refused when far longer than any name (a pasted page as the meeting: a speech of hours)."""
    if len(text.strip()) <= MAX_NAME_CHARS:
        return text
    label = var.prompt.split("（", 1)[0]
    raise UsageError(
        f"{label}太长（{len(text.strip())} 字，最多 {MAX_NAME_CHARS} 字）：“{text.strip()[:20]}……”",
        hint=f"只写{label}本身（如 {_EXAMPLES.get(var.name, '清河县')}）；成绩、任务等写在各自的答案里。",
    )


def _checked_items(var: Variable, items: list[str]) -> list[str]:
    """`items`, refused when there are too many or one is far longer than an item can be."""
    label = var.prompt.split("（", 1)[0].split("，", 1)[0]
    if len(items) > MAX_ITEMS:
        raise UsageError(f"“{label}”有 {len(items)} 条，最多 {MAX_ITEMS} 条", hint="只写讲话要讲的几条。")
    for number, item in enumerate(items, start=1):
        if len(item.strip()) > MAX_ITEM_CHARS:
            raise UsageError(
                f"“{label}”第 {number} 条太长（{len(item.strip())} 字，每条最多 {MAX_ITEM_CHARS} 字）："
                f"“{item.strip()[:20]}……”",
                hint="一条写一件事，几件事分成几条（一行一条，或用分号隔开）。",
            )
    return items


def work_of_meeting(meeting: str) -> str:
    """The work a meeting is about: 全县安全生产工作会议 → 安全生产工作."""
    return parse_meeting(meeting).work


def topics_of(answers: Mapping[str, Any]) -> set[str]:
    """The topic tags a draft accepts: 通用 and the topics its meeting or work names (drafter.topics)."""
    return meeting_topic_tags(str(answers.get("meeting", "")), str(answers.get("work", "")))
