"""Render a plan with complete answers: numbered points, the user's facts, the template skeleton."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from drafter.library import STANDARD_VARIABLES, fragment_digest, fragment_texts, used_variables
from drafter.library.alternatives import (
    Chooser,
    choosing,
    kept_choice,
    lead_in_said,
    seeded_pick,
    split_alternatives,
    text_key,
)
from drafter.meeting import department_room, spoken_name
from drafter.model import Draft, Fragment, FragmentUse, Role, SubPoint
from drafter.render.announce import LeftOut, pins_of, plain_budget, within_budget
from drafter.render.apart import text_echoes, themes_apart
from drafter.render.facts import (
    FACT_KEYS,
    OPENING_FACTS,
    RECOGNITION_FACTS,
    TASK_FACTS,
    Fact,
    closing_paragraph,
    facts_paragraph,
    gather_facts,
    nearby_paragraph,
    spoken_paragraph,
    spot_paragraph,
    task_subpoint,
    unsaid_in_heading,
    unsaid_upper,
    upper_in_opening,
)
from drafter.render.placing import (
    MATCHED_FACTS,
    Spot,
    area_worded,
    compound_words,
    modifier_words,
    names_only_the_work,
    nearest_spot,
    nearness,
    only_near,
    opens_with_facts,
    own_words,
    place_items,
    score,
    subject_of,
    touches,
    words_to_drop,
)
from drafter.render.plan import missing_variables
from drafter.render.sandbox import helpers, render_text
from drafter.render.sections import GroupHeading, group_heading, group_options
from drafter.render.select import (
    AUDIENCE_TAGS,
    KIND_TAGS,
    PROBLEMS_TAG,
    Plan,
    PlannedPoint,
    draw_seed,
    echo_runs,
    echo_text,
    fragment_topics,
)
from drafter.render.values import DEFAULT_RATE, DEPARTMENT_HOST, by_department, meeting_of
from drafter.text import cn_number, count_han, count_word, is_han
from drafter.topics import find_topics, load_topics, narrower_tags, part_tags, work_hearers

# What a render does with lead-ins over the count budget (`announce.within_budget`): those it says without their
# count (point index, paragraph index) and where it records those it leaves out (`render_plan`).
Leads = tuple[frozenset[tuple[int, int]], list[LeftOut] | None]
NO_LEADS: Leads = (frozenset(), None)


def render_plan(plan: Plan, answers: Mapping[str, Any], *, rate: int = DEFAULT_RATE) -> Draft:
    """Render a plan with complete answers into a Draft (Markdown text).

    Raises:
        MissingAnswersError-like UsageError: required variables without answers.
        RenderError: a fragment fails in the sandbox.
    """
    missing = missing_variables(plan, answers)
    if missing:
        from drafter.errors import MissingAnswersError

        raise MissingAnswersError([(v.name, v.prompt) for v in missing])
    themed = themes_apart(plan)  # after fitting: see `apart.themes_apart`
    # A speech fit to its minutes keeps its length: lead-ins left out over the count budget (要在以下三个方面下功夫：,
    # `announce.within_budget`) are said again without their count where leaving them out made it short — those before
    # the longest series, as few as make the length — and sub-points said by theme twice rather than a speech a tenth
    # short (基层党建, 南通市, 20 min: three 督导/考核/追责 sub-points left out, 3487 characters of 4000). The length
    # search measures the plan with every lead-in, so leaving them out changes no choice of material.
    for chosen in (themed, plan) if themed is not plan else (plan,):
        spared: list[LeftOut] = []
        draft = _render_with(chosen, answers, rate, spared=spared)
        short = _shortfall(draft, answers, rate)
        if short <= 0:
            break
        keep = _said_again(spared, short, answers)
        short -= sum(s.chars for s in spared if s.where in keep)
        if keep:
            draft = _render_with(chosen, answers, rate, keep=frozenset(keep))
        if short <= 0:
            break
    return draft  # short with every lead-in of the whole plan: as long as it can be


def _said_again(spared: Sequence[LeftOut], short: int, answers: Mapping[str, Any]) -> set[tuple[int, int]]:
    """The lead-ins left out that a draft `short` of its length says again without their count: those before the
    longest series first, as few as make the length, within `announce.plain_budget` with those said so already, never
    two in neighbouring sections (twelve under the sixteen （一） of a 30-minute 全县审计工作会议 read as filler, thin46)."""
    said = [s for s in spared if s.said]
    units = {s.unit for s in said}
    room = plain_budget(float(str(answers.get("minutes") or 0))) - len(said)
    keep: set[tuple[int, int]] = set()
    for lead in sorted((s for s in spared if not s.said), key=lambda s: (-s.series, s.where)):
        if short <= 0 or len(keep) >= room:
            break
        if {lead.unit - 1, lead.unit, lead.unit + 1} & units:
            continue
        keep.add(lead.where)
        units.add(lead.unit)
        short -= lead.chars
    return keep


# A speech fit to --minutes is not rendered shorter than this share of its length by lead-ins or sub-points left out.
_KEEP_LENGTH = 0.93


def _shortfall(draft: Draft, answers: Mapping[str, Any], rate: int) -> int:
    """How many Han characters a speech fit to --minutes lacks of its kept length (0 or less: none)."""
    minutes = answers.get("minutes")
    return math.ceil(int(str(minutes)) * rate * _KEEP_LENGTH) - draft.han_chars if minutes else 0


def _render_with(
    plan: Plan,
    answers: Mapping[str, Any],
    rate: int,
    *,
    keep: frozenset[tuple[int, int]] = frozenset(),
    spared: list[LeftOut] | None = None,
) -> Draft:
    chooser = _chooser(plan, answers)
    with choosing(chooser):
        return _render(plan, answers, rate, chooser, leads=(keep, spared))


def _chooser(plan: Plan, answers: Mapping[str, Any]) -> Chooser:
    """Who picks each alternative phrasing: the record, away from the past and from another heading's words, else the
    seed (with the place)."""
    past = plan.steer.past
    by_id = {f.id: f for f in plan.fragments()}
    echoes = _heading_echoes(plan, answers)
    for where, ways in text_echoes(plan).items():
        echoes.setdefault(where, set()).update(ways)

    def avoided(fid: str, key: str, _n: int) -> set[int]:
        return (past.avoided(by_id[fid], key) if past else set()) | echoes.get((fid, key), set())

    return Chooser(draw_seed(plan.seed, answers), replay=plan.alts, avoided=avoided if past or echoes else None)


def _heading_echoes(plan: Plan, answers: Mapping[str, Any]) -> dict[tuple[str, str], set[int]]:
    """The phrasings of a point or section heading that say five characters running of another heading of the plan
    (in any of its phrasings), not of the meeting's name, by (fragment id, block key): a 15-minute 医德医风 speech headed
    （三）树起榜样、敲响警钟，把医德教育抓在经常 and （六）把医德教育贯穿医务人员成长的全过程, two areas each of which has
    other ways to say it (echo43). The chooser takes another phrasing where one is left (`Chooser._choose`): both give
    way, as neither knows which the other takes (the first kept 把医德教育抓在经常 beside the second's sub-point 医德教育要
    经常讲)."""
    heads = [f for f in plan.fragments() if f.role == Role.POINT and f.heading]
    if not any("{%" in f.heading for f in heads):
        return {}
    named = f"{answers.get('meeting', '')}|{answers.get('work', '')}"
    # … nor four of them that three headings or more say: the work's own words (退役军人工作 of a 退役军人服务保障工作会议)
    texts = [echo_text(f.heading) for f in heads]
    fours = {r[i : i + 4] for f in heads for r in echo_runs(f.heading) for i in (0, 1)}
    common = frozenset(r for r in fours if sum(r in t for t in texts) >= 3)
    echoes: dict[tuple[str, str], set[int]] = {}
    for frag in heads:
        if "{%" not in frag.heading:
            continue
        others = [o.heading for o in heads if o.id != frag.id]
        key = text_key(frag.heading)
        for ordinal, block in enumerate(split_alternatives(frag.heading)):
            said = {i for i, way in enumerate(block) if any(_says_heading(way, other, named, common) for other in others)}
            if said:
                echoes[(frag.id, f"{key}.{ordinal}")] = said
    return echoes


def _says_heading(way: str, other: str, named: str, common: frozenset[str]) -> bool:
    """A heading's phrasing says five characters running of another heading that the meeting's name does not hold
    (德医风建设 is every 医德医风 heading's), nor `common` words."""
    text = echo_text(other)
    return any(
        run in text for run in echo_runs(way) if run not in named and run[:4] not in common and run[1:] not in common
    )


def _render(
    plan: Plan, answers: Mapping[str, Any], rate: int, chooser: Chooser, *, leads: Leads = NO_LEADS
) -> Draft:
    ctx = _base_context(plan, answers)
    # the hall hears 这次全县教育工作会议 of a bureau's 县教育局2026年全县教育工作会议; the title keeps the name (lead35)
    said = spoken_name(str(ctx.get("meeting") or ""), str(answers.get("place") or ""))
    spoken = {**ctx, "meeting": said} if said != ctx.get("meeting") else ctx
    pieces = _work_named_twice(
        {role.value: _frame_text(f, role, ctx if role == Role.TITLE else spoken, answers) for role, f in plan.frame.items()},
        ctx,
    )
    pieces.setdefault(Role.ACKNOWLEDGEMENT.value, "")  # none fits without answers nobody gave (select.candidates)
    facts = gather_facts(answers, _stated_by_fragments(plan))
    first: tuple[str, ...] = RECOGNITION_FACTS
    if "opening" in pieces:
        facts = unsaid_upper(facts, pieces["opening"])  # an opening that names 中央农村工作会议精神
        pieces["opening"], facts = upper_in_opening(facts, pieces["opening"], ctx)
        pieces["opening"] += facts_paragraph(facts, OPENING_FACTS, ctx)
    else:  # a kind of meeting without an opening: 上级精神 opens the first point instead
        first = (*OPENING_FACTS, *RECOGNITION_FACTS)
    recognition = ""
    if _says_recognition(plan.template.skeleton):  # 表彰大会: 成绩 after the congratulations, not in a point
        recognition, first = facts_paragraph(facts, first, ctx), ()
    elif "opening" in pieces and not _first_point_takes_facts(plan):  # not under 一、深刻汲取事故教训
        # a paragraph of its own just before 我讲三点意见 (after the thanks), which then reads as following from it
        said, first = facts_paragraph(facts, first, ctx), ()
        where = "transition" if "transition" in pieces else "opening"
        if said:
            pieces[where] = f"{pieces[where]}\n\n{said}" if where == "opening" else f"\n\n{said}{pieces[where]}"
    extras, ahead = _point_facts(plan, facts, ctx, first, apart="closing" in pieces)
    if ahead:  # the targets no point is about: after all the points, just before the closing
        pieces["closing"] = f"{ahead}\n\n{pieces['closing']}"
    taken: set[str] = set()  # gathered points' headings: two in one draft never say the same
    point_ctx = _department_upper(ctx) if by_department(answers) else ctx
    points = [render_point(i + 1, p, point_ctx, extras.get(i, NO_FACTS), taken) for i, p in enumerate(plan.points)]
    points = [_to_hearers(_to_department_room(p, ctx, answers), ctx, answers) for p in points]
    keep, spared = leads
    minutes = answers.get("minutes")
    length = int(str(minutes)) if minutes else count_han("".join(points)) / rate
    tasks = [p.fragment.stage == "任务" for p in plan.points]
    pins = [pins_of(plan.alts.get(p.fragment.id, {})) for p in plan.points]
    decided: dict[tuple[int, int], tuple[str, int]] = {}
    points = within_budget(points, tasks, length, keep, spared, pins, decided)
    skeleton_ctx = {**ctx, **pieces, "points": points, "byline": _byline(answers), "recognition": recognition}
    text = held_not_convened(_tidy(render_text(plan.template.skeleton, skeleton_ctx)), str(ctx.get("meeting") or ""))
    text = text.replace("发展工作高质量发展", "高质量发展")  # 推动{{ work }}高质量发展 of 经济社会发展工作: 推动经济社会高质量发展
    alts = {fid: dict(ways) for fid, ways in chooser.chosen.items()}
    for (pi, _para), (key, done) in decided.items():  # what each lead-in did, for an update to do again (swap53)
        alts.setdefault(plan.points[pi].fragment.id, {})[key] = done
    uses = [
        FragmentUse(f.id, role, f.source, digest=fragment_digest(f), alts=alts.get(f.id, {}))
        for role, f in plan.frame.items()
    ]
    uses += [
        FragmentUse(
            part.fragment.id, Role.POINT, part.fragment.source, part.keep,
            digest=fragment_digest(part.fragment), section=i > 0, alts=alts.get(part.fragment.id, {}),
        )  # fmt: skip
        for p in plan.points
        for i, part in enumerate(p.parts())
    ]
    return Draft(
        text=text,
        title=pieces["title"],
        template=plan.template.key,
        answers=dict(answers),
        seed=plan.seed,
        uses=tuple(uses),
        points=len(points),
        han_chars=count_han(text),
        rate=rate,
    )


# Level words that, in the frame, name who sits in the hall (动员各乡镇（街道）、县直各部门……, 希望各地各部门……).
_ROOM_WORDS = ("below", "own_depts", "all_places", "all_units")
_TO_THE_ROOM = (Role.OPENING, Role.ACKNOWLEDGEMENT, Role.TRANSITION, Role.CLOSING)


def _frame_text(fragment: Fragment, role: Role, ctx: Mapping[str, Any], answers: Mapping[str, Any]) -> str:
    """A frame fragment rendered; at a department's own meeting its words to the hall name the department's units
    (动员局机关和各学校……), not the level's (各乡镇（街道）、县直各部门), who are not there (review21)."""
    room = department_room(meeting_of(answers).organ) if role in _TO_THE_ROOM and by_department(answers) else ""
    if not room:
        text = render_text(fragment.text, ctx, fragment)
        return _to_hearers(text, ctx, answers) if role in _TO_THE_ROOM else text
    # A bureau carries out its own level's Party committee and government and the bureau above it: 把县委、县政府和上级
    # 部门的部署要求落下去, not 把市委、市政府的部署要求 (the county's own meeting says that)
    # 对照县委关于安全生产的决策部署 too, not 对照市委… (the upper Party committee alone: the county's own meeting)
    text = render_text(fragment.text, {**_department_upper(ctx), **dict.fromkeys(_ROOM_WORDS, room)}, fragment)
    text = _convened_by_department(_said_once(text, ctx), ctx)
    # 动员全市上下…, 是全市上下齐心协力干出来的: the hall is the department's units, not the whole city (review22)
    scope = str(ctx.get("scope") or "")
    if scope:
        # 引导全县局机关和各学校齐心协力: the hall, not the county's (review30)
        text = text.replace(f"{scope}上下", room).replace(f"{scope}{room}", room)
        # 向全县在各自岗位上尽职尽责的同志们: the bureau salutes those in its hall (review25)
        text = text.replace(f"向{scope}在各自岗位上", f"向{room}在各自岗位上")
    # {{ below }}、{{ own_depts }} both said the hall; {{ all_places }}和各学校 said the schools already in it
    text = re.sub(f"{re.escape(room)}(?:[、和]{re.escape(room)})+", room, text)
    tail = room.rpartition("和")[2]
    return text.replace(f"{room}和{tail}", room) if tail != room else text


# The frame's parts before the points, in the order a listener hears them.
_OPENING_PARTS = (Role.OPENING.value, Role.ACKNOWLEDGEMENT.value, Role.TRANSITION.value)
_THIS_WORK = "这项工作"


def _work_named_twice(pieces: dict[str, str], ctx: Mapping[str, Any]) -> dict[str, str]:
    """The opening, thanks and lead-in to the points name the work twice at most; later they say 这项工作.

    Read: a 推进会's first two paragraphs said 人居环境整治工作 three times (当前，人居环境整治工作已经进入攻坚阶段 …
    做好人居环境整治工作，既要领导重视 … 就人居环境整治工作怎样攻坚克难，我提三点要求), review25. The meeting's own
    name is left as it is (全县安全生产工作会议 holds 安全生产工作).
    """
    work, meeting = str(ctx.get("work") or ""), str(ctx.get("meeting") or "")
    if len(work) < 4 or not work.endswith("工作"):
        return pieces
    out = dict(pieces)
    # The opening's own sentences keep their words (明确新一年经济工作的总体要求 after 总结过去一年的经济工作 reads as one
    # thought); the paragraphs after it do not name the work a third time. A meeting's name (中央经济工作会议) is no mention.
    said = _mentions(out.get(Role.OPENING.value, ""), work, meeting)
    for role in _OPENING_PARTS[1:]:
        text = out.get(role)
        if not text:
            continue
        kept = text.split(meeting) if meeting and meeting in text else [text]
        parts = []
        for chunk in kept:
            words = chunk.split(work)
            rebuilt = words[0]
            for rest in words[1:]:
                # 优秀教育工作者 names people, not the work (it read 优秀这项工作者 at a 教师节 表彰大会, commend37)
                named = rest.startswith(("会议", "者"))
                said += not named
                rebuilt += (work if said <= 2 or named else _THIS_WORK) + rest
            parts.append(rebuilt)
        out[role] = meeting.join(parts)
    return out


def _mentions(text: str, work: str, meeting: str) -> int:
    """How often `text` names `work`, not counting the meeting's name or another meeting's (中央经济工作会议)."""
    plain = text.replace(meeting, "") if meeting else text
    return plain.count(work) - plain.count(f"{work}会议")


def _department_upper(ctx: Mapping[str, Any]) -> dict[str, Any]:
    """The words of a department's own meeting: it carries out its own level's Party committee and government and the
    bureau above it (把县委、县政府和上级部门的部署要求落下去, 对照县委关于安全生产的决策部署), not the level above's
    (把市委、市政府的部署要求: the county's own meeting says that), in its frame and in its points (review25)."""
    own, party = str(ctx.get("leadership") or ""), str(ctx.get("party") or "")
    upper = ctx.get("upper")
    if not (own and isinstance(upper, dict)):
        return dict(ctx)
    said = {"party": party, "our_party": party} if party else {}  # 在市委和市委 is then said once (_said_once)
    return {**ctx, "upper": {**upper, "leadership": f"{own}和上级部门", **said}}


def _said_once(text: str, ctx: Mapping[str, Any]) -> str:
    """A department's text with its own level's leadership said once where the upper words named it again
    (县委、县政府和上级部门和县委、县政府; 在县委和县委的坚强领导下; 党中央和县委、县政府和上级部门)."""
    own, party = str(ctx.get("leadership") or ""), str(ctx.get("party") or "")
    if own:
        text = text.replace(f"{own}和上级部门、{own}", f"{own}和上级部门").replace(f"{own}和上级部门和", f"{own}、上级部门和")
        text = text.replace(f"和{own}和上级部门", f"、{own}和上级部门")  # 向中央和县委、县政府和上级部门的部署看齐
    if party:
        text = re.sub(f"{re.escape(party)}(?:[、和]{re.escape(party)})+", party, text)  # 在县委和县委的坚强领导下
    return text


def _convened_by_department(text: str, ctx: Mapping[str, Any]) -> str:
    """At a department's own meeting, the meeting was decided by the department's Party group (局党组), not by the
    level's Party committee and government the frame names (是县委、县政府研究决定召开的; review25)."""
    host = str(ctx.get(DEPARTMENT_HOST) or "")
    if not host.endswith("领导班子"):
        return text
    group = host.removesuffix("领导班子") + "党组"
    party = str(ctx.get("party") or "")
    if party in (group, group.removesuffix("党组") + "党委"):  # 市卫健委党委巡察反馈会: its 委党委 (review36b)
        group = party
    meeting = str(ctx.get("meeting") or "")
    after = "这次|本次|今天|，" + (f"|{re.escape(meeting)}" if meeting else "")
    for who in sorted({str(ctx.get(k) or "") for k in ("leadership", "party", "government")} - {""}, key=len, reverse=True):
        text = text.replace(f"{who}研究决定召开", f"{group}研究决定召开")
        # 这次县教育局…会议由县委召开 / 县委召开这次…: the bureau's own meeting, called by its group (review35b)
        text = text.replace(f"由{who}召开", f"由{group}召开")
        text = re.sub(f"{re.escape(who)}((?:决定|专门)?召开(?:{after}))", rf"{group}\1", text)
    text = text.replace(f"{host}专门召开", f"{group}专门召开")  # 局领导班子专门召开这次会议: the group decided it
    own = str(ctx.get("leadership") or "")
    # 让局领导班子放心: the speaker speaks for that 班子; the bureau answers to its level's leadership
    return text.replace(f"让{host}放心", f"让{own}放心") if own else text


def _to_department_room(point: str, ctx: Mapping[str, Any], answers: Mapping[str, Any]) -> str:
    """A point of a department's own meeting says the hall (局机关和局属各单位) where its text addresses all the level's
    towns and departments together (推动各乡镇（街道）、县直各部门把各项要求落到实处): the bureau speaks to its own units,
    and commands neither the towns nor the other departments (review25). A department named alone (县直各部门按照职责分工
    抓好行业监管) stays as it is: the point speaks of them, not to them."""
    if not by_department(answers):
        return point
    point = _said_once(point, ctx)
    host, own = str(ctx.get(DEPARTMENT_HOST) or ""), str(ctx.get("leadership") or "")
    if host and own and host != own:  # 在局领导班子的领导下: the speaker praising his own 班子 for leading the hall
        point = re.sub(f"在{re.escape(host)}的(统一领导|领导|统一部署)下", f"在{own}的坚强领导下", point)
    below, depts = str(ctx.get("below") or ""), str(ctx.get("own_depts") or "")
    room = department_room(meeting_of(answers).organ) if below and depts else ""
    if not room:
        return point
    scope = str(ctx.get("scope") or "")
    text = point.replace(f"{scope}{below}、{depts}", room) if scope else point
    text = text.replace(f"{below}、{depts}", room)
    # 各地各部门要有清醒认识, 鼓励各乡镇（街道）先行先试, 全县上下: a bureau's own meeting speaks to its system, not to the
    # county's towns and departments (review36: 县应急管理局2026年安全生产工作会议)
    text = text.replace("各地各部门", room).replace(f"鼓励{below}", f"鼓励{room}").replace(f"支持{below}", f"支持{room}")
    text = text.replace(f"{scope}上下", room) if scope else text
    return re.sub(f"{re.escape(room)}(?:[、和]{re.escape(room)})+", room, text)


def _to_hearers(text: str, ctx: Mapping[str, Any], answers: Mapping[str, Any]) -> str:
    """Text handing work to the level's towns and departments (各乡镇（街道）、县直各部门要把……抓在手上) says the units a
    meeting on its work tells to act (topics.yaml `hearers`): a 全县医德医风建设工作会议 speaks to 各医疗卫生机构, a
    全县教育工作会议 to the schools as well (draft42). A department's own meeting has its room already."""
    below, depts = str(ctx.get("below") or ""), str(ctx.get("own_depts") or "")
    pair = f"{below}、{depts}"
    told = pair in text or f"支持{below}" in text or f"鼓励{below}" in text
    if not below or not depts or not told or by_department(answers):
        return text
    hearers = work_hearers(str(answers.get("meeting") or ""), str(answers.get("work") or ""))
    if not hearers:
        return text
    said = hearers.replace("{below}", below).replace("{depts}", depts)
    text = text.replace(pair, said)
    if "{below}" not in hearers:  # 支持各乡镇（街道）大胆探索 in a 医保基金监管 speech: its towns are not told (draft44)
        text = text.replace(f"支持{below}", f"支持{said}").replace(f"鼓励{below}", f"鼓励{said}")
    tail = said.rpartition("和")[2]  # …县直各部门和各学校和各学校: text that named the schools already
    return text.replace(f"{said}和{tail}", said).replace(f"{said}、{tail}", said) if tail != said else text


def _first_point_takes_facts(plan: Plan) -> bool:
    """Whether 成绩 and 问题 open the first 认识 point (the first point when none is): its heading is about them."""
    stages = [p.fragment.stage for p in plan.points]
    if not plan.points:
        return True
    return opens_with_facts(plan.points[stages.index("认识") if "认识" in stages else 0].fragment)


@functools.lru_cache(maxsize=32)
def _says_recognition(skeleton: str) -> bool:
    """True when a template places 成绩 and 问题 itself (`{{ recognition }}`), not in the first 认识 point."""
    return "recognition" in used_variables([skeleton])


def _stated_by_fragments(plan: Plan) -> set[str]:
    """Facts a chosen fragment states itself (an opening naming the plans): not woven twice.

    `upper` is left out: in a text it names the level above ({{ upper.scope }}).
    """
    used = used_variables(t for f in plan.fragments() for t in fragment_texts(f))
    return (set(FACT_KEYS) - {"upper"}) & used


@dataclass(frozen=True, slots=True)
class PointFacts:
    """The user's facts inside one point: a paragraph opening it, text per part, a closing paragraph."""

    opening: str = ""
    parts: Mapping[int, str] = field(default_factory=dict)  # part index → text before its lead-in
    closing: str = ""
    subs: tuple[tuple[str, str], ...] = ()  # tasks of their own: (heading, how), after the point's sub-points


def _point_facts(
    plan: Plan, facts: Mapping[str, Fact], ctx: Mapping[str, Any], first: tuple[str, ...], apart: bool = False
) -> tuple[dict[int, PointFacts], str]:
    """Per point: the user's facts it states.

    成绩 and 问题 open the first 认识 point (its own text then reads as what
    follows from them); each 目标 and 任务 goes into the 任务 point (or section)
    it is about, before that point's lead-in (重点抓好以下…方面：); those no point is
    about, and 规划, close the last 任务 point in a paragraph of their own (`placing`).
    """
    stages = [p.fragment.stage for p in plan.points]
    if not plan.points:
        return {}, ""
    recognition = stages.index("认识") if "认识" in stages else 0
    last_task = len(stages) - 1 - stages[::-1].index("任务") if "任务" in stages else len(stages) - 1
    # A 认识 point on the place's own faults goes on to say how they are to be put right (找准病灶、查明病因、开准药方):
    # the user's problems opening it are stated, not followed by a resolve of our own (reader49).
    on_problems = PROBLEMS_TAG in plan.points[recognition].fragment.tags
    opening = facts_paragraph(facts, first, {**ctx, "_on_problems": on_problems})
    spots = {
        Spot(i, j): part.fragment
        for i, point in enumerate(plan.points) if point.fragment.stage == "任务"
        for j, part in enumerate(point.parts())
    }  # fmt: skip
    placed: dict[Spot | None, dict[str, Fact]] = {}
    for key in MATCHED_FACTS:
        if key in facts:
            fact = facts[key]
            for spot, items in place_items(fact.items, spots, words_to_drop(ctx)).items():
                placed.setdefault(spot, {})[key] = Fact(key, tuple(items), fact.gap)
    spoken = _spoken_of(placed, plan.points, ctx)
    nearby, own = _near_spots(placed, spots, ctx, plan.points) if spots and "targets" not in placed.get(None, {}) else ({}, {})
    closing = {**placed.get(None, {}), **{k: facts[k] for k in TASK_FACTS if k in facts and k not in MATCHED_FACTS}}
    # Targets no point is about (以上几个方面，都要紧扣…目标来抓) follow all the points, not whichever task point ends
    # last: said there, mid-speech, 以上几个方面 reads as that point's sub-points. Tasks without targets stay there.
    # Tasks no point is near (红色物业 at a 平安建设 meeting) are no part of the last point either (严打).
    whole = "tasks" in closing and all(_of_the_whole_work(i, ctx) for i in closing["tasks"].items)
    ahead = closing_paragraph(closing, ctx, whole) if apart and ("targets" in closing or "tasks" in closing) else ""
    result: dict[int, PointFacts] = {}
    # The draft's first own task sets the phrasing of how it is done; each next one takes the next phrasing.
    firsts = [items[0] for _, items in sorted(own.items()) if items]
    # … and the seed shifts them, so that two places with the same tasks do not say the same (review17)
    base = sum(ord(c) for c in firsts[0]) + seeded_pick("how", 6) if firsts else 0
    counted = turn = 0
    for i in range(len(plan.points)):
        parts = {s.part: spot_paragraph(f, ctx) for s, f in placed.items() if s is not None and s.point == i}
        for spot, items in spoken.items():
            if spot.point == i:
                parts[spot.part] = parts.get(spot.part, "") + spoken_paragraph(items, ctx)
        for spot, items in sorted(nearby.items(), key=lambda kv: kv[0].part):
            if spot.point == i:
                said = nearby_paragraph(items, ctx, after=bool(parts.get(spot.part)), turn=turn)
                parts[spot.part] = parts.get(spot.part, "") + said
                turn += 1
        result[i] = PointFacts(
            opening if i == recognition else "", parts,
            closing_paragraph(closing, ctx, whole) if i == last_task and not ahead else "",
            tuple(task_subpoint(item, ctx, base + counted + k) for k, item in enumerate(own.get(i, ()))),
        )  # fmt: skip
        counted += len(own.get(i, ()))
    return result, ahead


NO_FACTS = PointFacts()


def _spoken_of(
    placed: dict[Spot | None, dict[str, Fact]], points: tuple[PlannedPoint, ...], ctx: Mapping[str, Any]
) -> dict[Spot, list[str]]:
    """Tasks no 任务 point is about that another point (认识, 保障) speaks of: said in that point, and they leave
    `placed` (its None entry).

    Read (邢台市 经济工作 seed 6): 一、以新质生产力为引领… is all on 新质生产力, yet the user's 加快培育新质生产力 was
    woven into the 现代服务业 area (今年还要加快培育新质生产力。这项工作要和这方面的工作统筹起来), the nearest
    task area by a word or two. The point that speaks of a task is where the writer says it, whatever its stage.
    """
    unplaced = placed.get(None, {})
    tasks = unplaced.get("tasks")
    # What the point says, its kept sub-points: a 10-minute 街道 平安建设 speech said 今年，开展电信网络诈骗防范宣传进社区
    # 是…重点任务 in a 认识 point whose sub-point on 电信网络诈骗 had been cut for the length (review31).
    others = {
        Spot(i, j): _as_kept(part)
        for i, point in enumerate(points) if point.fragment.stage != "任务"
        for j, part in enumerate(point.parts()) if not _describes(part.fragment)
    }  # fmt: skip
    if tasks is None or tasks.gap or not others:
        return {}
    drop = words_to_drop(ctx)
    task_parts = [part.fragment for point in points if point.fragment.stage == "任务" for part in point.parts()]
    found: dict[Spot, list[str]] = {}
    left: list[str] = []
    for item in tasks.items:
        home = next(iter(place_items([item], others, drop)))
        # … unless a task area is nearer it (信访积案化解 and the area on 诉求 in 家门口, not the 认识 section on 信访 as
        # a mirror that names 积案 in passing)
        near = max((nearness(item, f, drop) for f in task_parts), default=0)
        if home is None or score(own_words(item, drop), others[home], drop, item) <= near:
            left.append(item)
        else:
            found.setdefault(home, []).append(item)
    _leave_unplaced(placed, unplaced, tasks, left)
    return found


def _as_kept(part: PlannedPoint) -> Fragment:
    """The part's fragment with only the sub-points the draft says."""
    if len(part.keep) == len(part.fragment.subpoints):
        return part.fragment
    return replace(part.fragment, subpoints=tuple(part.fragment.subpoints[k] for k in part.keep))


# A lead-in announcing its sub-points as what the text before it shows (主要表现在以下三个方面：, 要清醒看到以下两个特点：)
_DESCRIBING = re.compile(r"(?:表现在|体现在|看到)以下")


def _describes(fragment: Fragment) -> bool:
    """A point (or section) whose sub-points show a state, problems mostly (教育发展不平衡不充分…突出表现在以下两个方面：):
    no place for a task. Said before that lead-in, the year's task read as what the problems show (read: 今年，抓好校园
    食品安全和学生心理健康是…重点任务…。突出表现在以下两个方面：（一）教师队伍的结构性矛盾比较突出)."""
    return bool(_DESCRIBING.search(fragment.text or ""))


MAX_SUBPOINTS = 6  # a point announcing more sub-points (or sections) than this reads as a list, not a point


def _near_spots(
    placed: dict[Spot | None, dict[str, Fact]],
    spots: Mapping[Spot, Fragment],
    ctx: Mapping[str, Any],
    points: tuple[PlannedPoint, ...],
) -> tuple[dict[Spot, list[str]], dict[int, list[str]]]:
    """Tasks no point is about (此外，今年还要… after the last task point), moved into the points; they leave
    `placed` (its None entry).

    Each becomes a sub-point of its own, with how it is done, in the task point nearest its subject while that
    point has room (`_has_room`): returned by point index. Without room, a task is said in the point nearest its
    subject with what doing it takes (returned by spot). A task no point shares a word with is a sub-point of the
    last task point only when that point is about the whole work (a general point: 抓好重点任务) or shares a word with
    it, the work's own words included (全民健身中心 under 健身场地设施); under a point about another part of the work
    it read as part of that part (县中振兴 as （五） of 职业教育, 光荣院改造 of 就业创业: review18). Such
    a task stays in `placed` and is said after all the points (`closing_paragraph`: 以上几个方面之外…), as is one
    that names another work and not this one (红色物业 under 严打), and one that touches none of the areas a point
    gathers (the first it touches says it).
    """
    unplaced = placed.get(None, {})
    tasks = unplaced.get("tasks")
    if tasks is None:
        return {}, {}
    found: dict[Spot, list[str]] = {}
    own: dict[int, list[str]] = {}
    left = []
    last = max(spot.point for spot in spots)
    meeting = str(ctx.get("meeting") or "")
    works = {t.tag for t in find_topics(meeting, str(ctx.get("work") or ""))}
    drop = words_to_drop(ctx)
    for item in tasks.items:
        strong = nearest_spot(item, spots, drop)
        worded = area_worded(item, spots, meeting, str(ctx.get("work") or ""))
        spot = strong or worded or only_near(item, spots, drop) or _area_named(item, spots, ctx)
        named = {t.tag for t in find_topics(item, "")}
        if strong is None and spot is not None and not _about_parts(spots[spot], _parts_named_by(item, ctx)):
            # Found by a word in passing (环境) under an area on another part of the work: 推进农村人居环境整治 was said
            # as a bare （四） of the 产业 area with stock sentences on how it is done (review31). After the points.
            if not _general(points[last]):
                left.append(item)
                continue
            spot = None  # a general last point (抓好重点任务) takes it as a task of its own
        if named and not works & named and (spot is None or (strong is None and points[spot.point].sections)):
            # 红色物业 (住建) at a 平安建设 meeting: said after the points, not under 严打, nor as （四） of the
            # areas a task point gathers (智慧养老 shares 平台 with 危化品's: a weak sign, no area of the work)
            left.append(item)
            continue
        if spot is None and not _general(points[last]) and not touches(item, spots, last, drop, meeting):
            left.append(item)  # 光荣院改造 is no sub-point of 就业创业: said after the points (review18)
            continue
        home = last if spot is None else spot.point  # 燃气安全 under a general last point: still the work's own task
        if spot is None and points[home].sections:
            # Near none of the areas a task point gathers: said in the first area it touches (推进全民健身中心建设 in
            # 健身场地设施, 建成胸痛中心 in 医共体), else after them (以上几个方面之外…), never as a bare （四） of one
            # stock sentence beside three areas of three sub-points each (review20).
            areas = sorted((s for s in spots if s.point == home and touches(item, {s: spots[s]}, home, drop, meeting)), key=lambda s: s.part)
            if areas:
                found.setdefault(areas[0], []).append(item)
            else:
                left.append(item)
            continue
        if spot is not None and points[home].sections:
            # An area of a gathered point is near it: said in that area (抗旱应急水源 of the drought area), not as a
            # bare （四） beside the areas, away from the area that speaks of it (review19).
            found.setdefault(spot, []).append(item)
            continue
        whole = item.startswith("〔") or names_only_the_work(item, _work_names(ctx))  # 加强食品安全: no sub-point
        if not whole and not _kind_point(points[home]) and _has_room(points[home], len(own.get(home, ()))):
            own.setdefault(home, []).append(item)
        elif spot is None:
            left.append(item)
        else:
            found.setdefault(spot, []).append(item)
    _leave_unplaced(placed, unplaced, tasks, left)
    return found, own


def _parts_named_by(item: str, ctx: Mapping[str, Any]) -> frozenset[str]:
    """The parts of the meeting's work an item names by their words (人居环境 of 乡村振兴: 推进农村人居环境整治)."""
    return frozenset(narrower_tags(item)) & part_tags(str(ctx.get("meeting") or ""), str(ctx.get("work") or ""))


def _about_parts(fragment: Fragment, parts: frozenset[str]) -> bool:
    """Whether a point is about one of `parts` (tagged with it, or its heading, intro or sub-point headings say one of
    its words); True when there are none."""
    if not parts or parts & set(fragment.tags):
        return True
    head = subject_of(fragment)[0]
    return any(w in head for topic in load_topics() for tag, words in topic.narrower if tag in parts for w in words)


def _leave_unplaced(placed: dict[Any, Any], unplaced: dict[str, Fact], tasks: Fact, left: list[str]) -> None:
    """The tasks still without a home stay unplaced (a paragraph of their own); none left, the unplaced entry goes."""
    if left:
        unplaced["tasks"] = Fact("tasks", tuple(left), tasks.gap)
    else:
        del unplaced["tasks"]
    if not unplaced:
        placed.pop(None, None)


def _area_named(item: str, spots: Mapping[Spot, Fragment], ctx: Mapping[str, Any]) -> Spot | None:
    """The one spot whose heading, intro or sub-point headings name a word of an item that is a part of the work
    (低保 of 民政, 殡葬, 养老 …: the topic's own words, which placing leaves out since the whole speech shares them),
    or None. 做好低保动态管理 belongs in the 社会救助 area that heads a sub-point 把好低保特困认定关口, not after all
    the points (read: a 街道's 民政 speech)."""
    names = _work_names(ctx)
    own = own_words(item, names)
    weak = set().union(*(range(m.start(), m.end()) for w in (*compound_words(), *modifier_words(), *names)
                         for m in re.finditer(re.escape(w), own)))  # fmt: skip
    pairs = {own[i : i + 2] for i in range(len(own) - 1)
             if is_han(own[i]) and is_han(own[i + 1]) and not {i, i + 1} & weak}  # fmt: skip
    topic = {w for t in find_topics(str(ctx.get("meeting") or ""), str(ctx.get("work") or "")) for w in t.words}
    pairs = {p for p in pairs if any(p in w for w in topic)}  # only words of the work's own parts
    if not pairs:
        return None
    named = [spot for spot, f in spots.items() if any(p in subject_of(f)[0] for p in pairs)]
    return named[0] if len(named) == 1 else None


# Sums of money and counts name no subject of a task (新引进亿元以上项目20个, 完成招商引资50亿元).
_MONEY = re.compile(r"[0-9０-９.]*(?:亿|万|千)?元|[0-9０-９.]+(?:万|千)?(?:人次|个|家|项|人|户|次)?")


def _of_the_whole_work(item: str, ctx: Mapping[str, Any]) -> bool:
    """Whether a task names nothing but the meeting's own work, its figures and generic words: 新引进亿元以上项目20个 at a
    招商引资 meeting, 加强食品安全 at a 食品安全 one — what every point is for (`closing_paragraph`'s `whole`)."""
    return not item.startswith("〔") and names_only_the_work(_MONEY.sub("", item), _work_names(ctx))


def _work_names(ctx: Mapping[str, Any]) -> list[str]:
    """The work's own name and the level words (食品安全, 全县, 我县), not the topic's other words (燃气安全 is a
    part of 安全生产 a task may name)."""
    work = str(ctx.get("work") or "").removesuffix("工作")
    return [w for w in (work, str(ctx.get("scope") or ""), str(ctx.get("we") or "")) if len(w) >= 2]


def _general(point: PlannedPoint) -> bool:
    """A point about no one part of the work (general text: 聚焦重点任务, no topic tag): a task of any part fits under it."""
    return not fragment_topics(point.fragment)


def _kind_point(point: PlannedPoint) -> bool:
    """A point of the meeting kind's own (a 培训班's 学习方法, a 表彰大会's 向先进学习): a task of the work is no
    sub-point of it (read: 暑期开展保密宣传教育 as （四） of 学得活、学得深)."""
    return any(tag in KIND_TAGS and tag != "工作会议" for tag in point.fragment.tags)


def _has_room(point: PlannedPoint, taken: int) -> bool:
    """A point can take one more sub-point of its own: it numbers its sub-points (or sections) in paragraphs of
    their own (not a run-in 一是…二是… paragraph) and has fewer than `MAX_SUBPOINTS` with those `taken` already."""
    if point.sections:
        return len(point.parts()) + taken < MAX_SUBPOINTS
    return bool(point.keep) and not point.fragment.inline and len(point.keep) + taken < MAX_SUBPOINTS


def _base_context(plan: Plan, answers: Mapping[str, Any]) -> dict[str, Any]:
    ctx: dict[str, Any] = {name: None for name in STANDARD_VARIABLES}
    for frag in plan.fragments():
        for var in frag.variables:
            ctx[var.name] = var.default
    ctx.update({"plans": [], "targets": []})
    ctx.update({k: v for k, v in answers.items() if isinstance(v, str | int | list)})
    ctx.update(helpers(answers, len(plan.points), 0))
    return ctx


def _byline(answers: Mapping[str, Any]) -> str:
    parts = [str(answers[k]) for k in ("speaker", "date") if answers.get(k)]
    return f"（{'　'.join(parts)}）" if parts else ""


def render_point(
    number: int,
    point: PlannedPoint,
    ctx: Mapping[str, Any],
    facts: PointFacts | None = None,
    taken: set[str] | None = None,
) -> str:
    """Render one numbered point: ## 一、heading, its text with the user's `facts`, sub-points, ending.

    A point with sections renders a heading of its own (drafter/data/sections.yaml)
    and each gathered point as a （一） section whose sub-points are 1. 2. …. Such headings
    already in `taken` (the draft's other gathered points) are not said again; the one taken is added.
    """
    facts = facts or NO_FACTS
    if point.sections:
        return _render_group(number, point, ctx, facts, taken if taken is not None else set())
    frag = point.fragment
    local = {**ctx, "sub_count": count_word(len(point.keep) + len(facts.subs)) if point.keep else ""}
    heading = render_text(frag.heading, local, frag).rstrip("。；，")
    if taken is not None:
        taken.add(heading)
    intro = _with_facts(render_text(frag.text, local, frag), unsaid_in_heading(facts.parts.get(0, ""), heading))
    paragraphs = [
        f"## {cn_number(number)}、{heading}",
        facts.opening,
        *intro,
        *_body(point, local, depth=2, extra=facts.subs),
        facts.closing,
    ]
    return "\n\n".join(p for p in paragraphs if p)


def _body(
    point: PlannedPoint, local: Mapping[str, Any], depth: int, extra: tuple[tuple[str, str], ...] = ()
) -> list[str]:
    """The sub-points and the ending of a point; section sub-points are （一） at depth 2, 1. at depth 3.

    `extra` are the user's tasks of their own (heading, how), numbered after the point's sub-points.
    """
    frag = point.fragment
    subs = [frag.subpoints[i] for i in point.keep]
    series = [_render_sub(i + 1, s, frag.series, local, frag, depth) for i, s in enumerate(subs)]
    series += [
        _mark(len(subs) + k, frag.series, depth) + _heading_end(heading) + how
        for k, (heading, how) in enumerate(extra, start=1)
    ]
    if frag.inline and frag.series != "section":
        series = ["".join(series)] if series else []
    ending = render_text(frag.ending, local, frag) if frag.ending else ""
    return [*series, ending]


def _render_group(
    number: int, point: PlannedPoint, ctx: Mapping[str, Any], facts: PointFacts, taken: set[str]
) -> str:
    parts = point.parts()
    local = {**ctx, "sub_count": count_word(len(parts) + len(facts.subs))}
    headings = [render_text(p.fragment.heading, local, p.fragment) for p in parts]
    # Whom the gathered point speaks to: an audience (企业家), or the kind of meeting (a 培训班开班式's points speak to
    # its trainees, lead28); `group_heading` falls back to cadres where the table has no options for either.
    # A kind's text for a part of a work (a 欢送会's for 征兵: recruits) has options of its own (`保障@欢送会·征兵`, review33d).
    kind = str(ctx.get("meeting_kind", ""))
    # … and the people at the table of a 座谈会 (退役军人代表), whoever's text opens the group (the kind's 当好参谋 under
    # 下一步，我们将重点做好以下四个方面 read as our own work, review34c)
    hall = str(ctx.get("audience") or "")
    heard_by = [
        *sorted(set(point.fragment.tags).intersection(AUDIENCE_TAGS)),
        *([hall] if hall in AUDIENCE_TAGS and hall not in point.fragment.tags else []),
        *(f"{kind}·{t}" for t in sorted(point.fragment.tags) if kind in point.fragment.tags and t != kind),
        kind,
    ]
    options = group_options(point.fragment.stage, heard_by)
    option = group_heading(point.fragment.stage, headings, number, frozenset(taken), heard_by)
    # which heading, and in which form: as the draft said them, when an update keeps the point (swap53)
    option = options[kept_choice(point.fragment.id, "group@heading", len(options), options.index(option))]
    named = _named_once(option, taken, ctx)
    forms = (option.heading, option.again) if option.again else (option.heading,)
    named = forms[kept_choice(point.fragment.id, "group@again", len(forms), forms.index(named))]
    title = render_text(named, local).rstrip("。；，")
    taken.update((option.heading, title))
    taken.update(headings)  # a later group heading does not say again what these sections said (review27)
    # the group's lead-in said in a shared way the chooser takes (recorded with the first part): not one a section or
    # point before it said (要在以下四个方面下功夫： twice), and a section's lead-in chosen after it keeps away from it
    lead = [p for p in render_text(option.lead, local).split("\n\n") if p]
    lead = [lead_in_said(parts[0].fragment.id, "group", p) for p in lead]
    paragraphs = [f"## {cn_number(number)}、{title}", facts.opening, *lead]
    for i, (part, heading) in enumerate(zip(parts, headings, strict=True), start=1):
        own = {**ctx, "sub_count": count_word(len(part.keep)) if part.keep else ""}
        said = unsaid_in_heading(facts.parts.get(i - 1, ""), heading)
        intro = _with_facts(render_text(part.fragment.text, own, part.fragment), said)
        first = f"（{cn_number(i)}）{_heading_end(heading)}"
        paragraphs += [first + (intro[0] if intro else ""), *intro[1:], *_body(part, own, depth=3)]
    paragraphs += [
        f"（{cn_number(len(parts) + k)}）{_heading_end(heading)}{how}" for k, (heading, how) in enumerate(facts.subs, 1)
    ]
    paragraphs.append(facts.closing)
    return "\n\n".join(p for p in paragraphs if p)


def _named_once(option: GroupHeading, taken: set[str], ctx: Mapping[str, Any]) -> str:
    """The group heading that names the work (推动禁毒工作取得新的成效) while no earlier heading has and its name is short,
    else its `again` (推动各项工作取得新的成效): 一、深刻认识做好人居环境整治工作的重要意义 and 二、…人居环境整治… say it twice."""
    stem = str(ctx.get("work") or "").removesuffix("工作")
    if option.again and stem and (any(stem in h for h in taken) or len(stem) > _LONG_WORK):
        return option.again
    return option.heading


# A work named in more characters than this (深入贯彻中央八项规定精神学习教育) makes a group heading of forty: its `again`
# says the same without the name (确保各项措施落到实处, review35b).
_LONG_WORK = 10


def _heading_end(heading: str) -> str:
    """A run-in heading ends in 。 (also after a closing quote: 守护好群众的“救命钱”。)."""
    heading = heading.strip().rstrip("。；，：")
    return heading if heading.endswith(("！", "？")) else heading + "。"


_STOP = re.compile(r"[。！？]”?")
_AHEAD_WORDS = ("下一步", "今年", "明年")


def _with_facts(intro: str, facts: str) -> list[str]:
    """Put the user's facts at the end of the point's intro, before a closing 以下…方面： lead-in."""
    paras = [p for p in intro.split("\n\n") if p]
    if not facts:
        return paras
    if not paras:
        return [facts]
    last = paras[-1]
    if last.endswith("："):
        # The lead-in's whole sentence: 。！？ end it, a ； inside it does not (…一个项目；留住…，要抓好以下…：).
        stops = [m.end() for m in _STOP.finditer(last, 0, len(last) - 1)]
        head, lead = last[: stops[-1]] if stops else "", last[stops[-1] if stops else 0 :]
        word = next((w for w in _AHEAD_WORDS if lead.startswith(w) and w in facts), "")
        paras[-1] = head + facts + lead.removeprefix(word)  # 下一步要X。下一步要在以下…: the second 下一步 goes
    else:  # no lead-in: the facts end the intro's last paragraph
        paras[-1] += facts
    return paras


def _mark(number: int, series: str, depth: int) -> str:
    """A sub-point's number: （一） at depth 2 and 1. at depth 3 of a section series, else 一是 / 一要 …."""
    if series == "section":
        return f"（{cn_number(number)}）" if depth == 2 else f"{number}."
    return f"{cn_number(number)}{series}"


def _render_sub(
    number: int, sub: SubPoint, series: str, ctx: Mapping[str, Any], frag: Fragment, depth: int = 2
) -> str:
    # A point's sub-point headings are one series: their phrasings are chosen together.
    heading = _heading_end(render_text(sub.heading, ctx, frag, group="subheadings"))
    text = _mark(number, series, depth) + heading + render_text(sub.text, ctx, frag)
    for i, item in enumerate(sub.items):
        text += _render_sub(i + 1, item, sub.series, ctx, frag)
    return text


# A ceremony (启动仪式, 培训班开班典礼, 开班式) is 举行-ed, not 召开-ed: the frame's 召开这次{{ meeting }} says so of meetings.
_CEREMONY = re.compile(r"(?:仪式|典礼|开班式)$")


def held_not_convened(text: str, meeting: str) -> str:
    """召开这次全县安全生产月活动启动仪式 → 举行这次…: the verb a ceremony's name takes."""
    if not meeting or not _CEREMONY.search(meeting):
        return text
    return re.sub(rf"召开((?:这次|此次|本次)?{re.escape(meeting)})", r"举行\1", text)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"
