"""A draft's points kept apart: a 认识 point does not preview what a task point of the same draft says."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from drafter.library import Library
from drafter.library.alternatives import split_alternatives, text_key, without_alternatives
from drafter.model import Fragment, Role, Template
from drafter.render.ideas import SHARED_RUNS, idea_count, preferred
from drafter.render.placing import MIN_SCORE, coverage, own_words
from drafter.render.select import Plan, PlannedPoint, candidates, draw_seed, planned, user_items

# A 认识 point sharing this many key phrases with a task or 保障 point of the draft previews it: 扑火安全是一条不可逾越的
# 红线 and 打早打小打了 under 认识, then 扑火安全要始终放在首位 and 扑救要抓早抓小抓彻底 under the tasks (13 shared).
# At 5 or more, a draft in five said the same thing twice (252 drafts, 28 works, 县/市/镇, seeds 1–3).
_ECHO_RUNS = 5
# … and at 8 or more (two or three phrases said again, not one longer phrase of house wording) it is drawn again: at 5
# two counties' 清洁取暖 speeches, drawn on different recognitions, both gave way to the one that was left (28 of 59
# sentences shared), for a single phrase in common.
_SAYS_AGAIN = 8


def recognition_apart(
    library: Library, template: Template, answers: Mapping[str, Any], plan: Plan, tags: Sequence[str],
    picked: Sequence[Fragment],
) -> Plan:
    """The plan with a 认识 point that says again what a later point says drawn again among those that do not.

    The 认识 point is drawn first, before the tasks it would preview are known, and the tasks then keep what the
    work needs (its core areas, the user's tasks) even when it echoes: so the recognition gives way, to one that shares
    no idea (`SHARED_RUNS`) with the frame (opening, thanks, closing) nor with other points, or else to one that shares
    none with the frame and less than `_ECHO_RUNS` key phrases with any point, or else to the one of those that echoes
    least if that is at most half as much; only then to one that shares a little with the frame; otherwise it stays.
    A point the user picked or one with gathered sections stays. The draw has its own seed, so nothing else of the plan changes. A
    draft of a set length (--minutes) does this before its sub-points are trimmed to the length.
    """
    if not preferred():
        return plan
    count = idea_count(library)
    points = list(plan.points)
    for i, point in enumerate(points):
        mine = point.fragment
        if mine.stage != "认识" or point.sections or mine in picked:
            continue
        rest = [f for j, other in enumerate(points) if j != i for f in other.fragments()]
        if max((count(mine, f) for f in rest), default=0) < _SAYS_AGAIN:
            continue
        frame = list(plan.frame.values())
        options = candidates(
            library, Role.POINT, template, answers, tags, stage="认识", avoid=[*rest, *frame], steer=plan.steer
        )
        # Options by how much they share with the other points, those that say nothing the frame says first (the frame
        # was drawn to avoid the points, this one included); one that shares a phrase with it only when no other will.
        shared = {f: (max((count(f, g) for g in rest), default=0), max((count(f, g) for g in frame), default=0))
                  for f in options if f is not mine}  # fmt: skip
        half = max(count(mine, g) for g in rest) // 2
        least = min((n for n, by_frame in shared.values() if by_frame < SHARED_RUNS), default=half + 1)
        # … and last the one that echoes least, at most half as much, of those sharing a little with the frame: 柳镇's
        # 秋冬季森林防火 kept 安全扑救 (12 phrases with the 扑救 task) beside two that shared 5 with a point and 3–4 with a
        # closing (lead34). It gave two counties' 新型城镇化 speeches one recognition while the other (11 phrases with
        # the 市民化 and 县城 tasks) previewed them: that recognition now speaks of 共同富裕 and 安全韧性 (review35).
        least_framed = min((n for n, by_frame in shared.values() if by_frame < _ECHO_RUNS), default=half + 1)
        tiers = ((SHARED_RUNS, SHARED_RUNS), (_ECHO_RUNS, SHARED_RUNS), (min(least, half) + 1, SHARED_RUNS),
                 (SHARED_RUNS, _ECHO_RUNS), (_ECHO_RUNS, _ECHO_RUNS), (min(least_framed, half) + 1, _ECHO_RUNS))  # fmt: skip
        fresh = next(([f for f, (n, by_frame) in shared.items() if n < most and by_frame < frame_most]
                      for most, frame_most in tiers
                      if any(n < most and by_frame < frame_most for n, by_frame in shared.values())), [])
        if fresh:
            draw = random.Random(f"{draw_seed(plan.seed, answers)}|认识|{i}")
            points[i] = planned(draw.choice(fresh), answers)
    return replace(plan, points=tuple(points))



# A 认识 point keeps at least this many sub-points when one that previews a task area gives way.
_KEEP_SUBS = 2
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def subpoints_apart(plan: Plan, answers: Mapping[str, Any]) -> Plan:
    """The plan with a 认识 point's sub-point that names the theme of a task or 保障 area of the draft left out.

    形式主义、官僚主义依然突出 as （二） of 一、 and 坚决整治形式主义、官僚主义 as （二） of 二、 say the problem and its fix
    under two headings in the same words (review27): house wording, so the key-phrase test (`ideas`) does not see it.
    A theme is a 4-character run every phrasing of both headings says (not a word of the meeting's name: a
    统计工作会议's headings all say 统计). The 认识 point keeps at least `_KEEP_SUBS` sub-points; the tasks keep theirs.
    """
    areas = [part.fragment.heading for p in plan.points if p.fragment.stage != "认识" for part in p.parts()]
    named = _runs(f"{answers.get('meeting', '')}|{answers.get('work', '')}")
    said = set().union(*(_theme(h) for h in areas)) - named if areas else set()
    if not said:
        return plan
    points = list(plan.points)
    for i, point in enumerate(points):
        if point.fragment.stage == "认识":
            parts = [_without_echo(part, said) for part in point.parts()]
            points[i] = replace(parts[0], sections=tuple(parts[1:]))
    return replace(plan, points=tuple(points))


def areas_apart(library: Library, plan: Plan, answers: Mapping[str, Any]) -> Plan:
    """The plan without a sub-point whose text says again what a kept sub-point heading of another point is about.

    Read (城关街道 平安建设, 10 minutes): 二's （三）让群众成为守护平安的主力 spoke of 平安志愿者, 巡防队员 and their 装备、
    保险, and 三、建强调解员和群防群治队伍 then held 组织好平安志愿者和治安巡防 and 落实经费和激励保障. Each point was the
    only one of its stage that said nothing else again, so the points stay; the sub-point that says in passing what
    another point heads goes (two key phrases, `ideas.SHARED_RUNS`), the point keeping at least `_KEEP_SUBS`.
    """
    from drafter.render.ideas import key_phrase_test

    rare = key_phrase_test(library)
    asked = user_items(answers, ("targets", "tasks", "problems"))
    points = list(plan.points)
    for i, point in enumerate(points):  # in order, each against the others as they stand: of two sub-points that
        # say each other's heading the first goes, not both. Only a task point's: a 保障 point's sub-points are what its
        # heading and lead-in promise (加强宣传引导和队伍建设 lost 让男女平等、儿童优先的理念深入人心), a 认识 point's
        # are kept apart by `subpoints_apart`.
        if point.fragment.stage != "任务":
            continue
        # … against the points of the other stages: two task points are drawn apart already (`ideas`), and a 30-minute
        # 人居环境整治 speech's two gathered task points, on one part, share phrases the length then lacked (review28b)
        others = set().union(*(_kept_heading_runs(p) for p in points if p.fragment.stage != "任务"))
        parts = [_without_repeat(part, others, rare, _promised(part.fragment, asked, rare)) for part in point.parts()]
        points[i] = replace(parts[0], sections=tuple(parts[1:]))
    return plan if tuple(points) == plan.points else replace(plan, points=tuple(points))


def _promised(fragment: Fragment, asked: tuple[tuple[str, ...], tuple[str, ...]], rare: Any) -> frozenset[int]:
    """Sub-points a part keeps whatever another point says: those its own heading names (三、严格值班值守和应急指挥调度
    keeps 提高指挥调度的科学性), those whose text says a key phrase of it (让教育家精神在广大教师中蔚然成风 keeps 把师德师风
    建设摆在首位, 以教育家精神铸魂强师) and those the user's items name."""
    from drafter.render.fit import named_by_heading  # fit imports this module

    own = {r for r in _runs(fragment.heading) if rare(r)}
    said = frozenset(k for k, sub in enumerate(fragment.subpoints) if own and _said_in(own, sub.text))
    return named_by_heading(fragment) | said | asked_by_heading(fragment, *asked)


def _kept_heading_runs(point: PlannedPoint) -> frozenset[str]:
    """The 4-character runs of a point's kept sub-point headings (any phrasing), over its sections too."""
    return frozenset().union(
        *(_runs(part.fragment.subpoints[k].heading) for part in point.parts() for k in part.keep)
    )


def _without_repeat(part: PlannedPoint, others: set[str], rare: Any, asked: frozenset[int]) -> PlannedPoint:
    """The part without its sub-points that say another point's heading again, but those the user's items name (its
    problem 部分企业主体责任落实不到位 keeps 落实企业主体责任)."""
    subs = part.fragment.subpoints
    keep = list(part.keep)
    for k in part.keep:
        if k in asked:
            continue
        said = _said_in(others, subs[k].text)
        if len(keep) > _KEEP_SUBS and sum(map(rare, said)) >= SHARED_RUNS:
            keep.remove(k)
    return replace(part, keep=tuple(keep))


def asked_by_heading(
    fragment: Fragment, items: tuple[str, ...], drop: tuple[str, ...]
) -> frozenset[int]:
    """Sub-points whose heading (any phrasing) says what one of the user's items is about: a 12-minute
    乡村振兴 speech said 今年要推进农村人居环境整治 and then cut the sub-point 持续整治提升农村人居环境 (review31)."""
    return frozenset(
        i for i, sub in enumerate(fragment.subpoints)
        if any(coverage(own_words(item, drop), _JINJA.sub("|", sub.heading), drop=drop) >= MIN_SCORE for item in items)
    )  # fmt: skip



# Themes a writer hears as one whatever the words: the people (队伍), the money (经费), checking on the work (考核,
# 督查, 问责), 作风, 宣传. A volunteer team (志愿者队伍) is the public taking part, no 队伍 of the work's own.
_SUB_THEMES = {
    "队伍": re.compile(r"(?<!志愿者)(?<!志愿服务)队伍"),
    "经费": re.compile(r"经费|资金(?:保障|投入)|筹措资金|用好资金"),
    "督考": re.compile(r"考核|督查|督导|督办|问责"),
    "作风": re.compile("作风"),
    # … and the climate a publicity section makes: a general 人财物 section's 2.营造良好氛围 (把政策讲透、把典型树好) under a
    # 民族 保障 point whose other section is 营造民族团结的浓厚氛围 (reader50)
    "宣传": re.compile("宣传|氛围"),
    # … and a work's own themes said in other words: 选准协商议题 and 制定好年度协商计划 (协商选题…少而精), 把调研做深做实 and
    # 把协商建立在深入调研的基础上 in one 政协 task point (echo43).
    "调研": re.compile("调研|调查研究"),
    "选题": re.compile("选题|协商议题|协商计划"),
    "控辍": re.compile("控辍|辍学"),
    # … and a township's 产业 area growing its villages' collective economy beside its 底线 area guarding that economy's
    # debts: 3.把集体经济的路子走稳走宽 and 1.集体经济风险要防住 in one task point (village45)
    "集体经济": re.compile("集体经济(?!权益|组织合作)|集体家底"),
    # … and a 水利 task point whose 工程运行管理 section said 1.抓好水库安全管理 (三个责任人, 安全鉴定) before the section
    # 把水库管好管长远 said 1.三个责任人要真正管用 again (reader47: 全县水利工作会议).
    "水库": re.compile("水库"),
}
# Themes a sub-point says again in its text, not only in its heading, when another section heads them: an 教育 speech's
# （二）抓实控辍保学和困境儿童关爱 and, under another section, 4.让每个特殊孩子都有学上 saying 控辍保学要建立长效机制 (three
# times in one speech, echo43). Only themes no sub-point says in passing (作风, 宣传 and 队伍 are said by many).
# 新人进门先讲医德 (a 医德教育 sub-point) and then 新入职的人员第一课就要讲医德 in a 保障 sub-point's text (echo43).
_TEXT_THEMES = {"控辍": _SUB_THEMES["控辍"], "入职": re.compile("入职|新人进门")}


@functools.lru_cache(maxsize=8192)
def _sub_themes(heading: str) -> frozenset[str]:
    """The `_SUB_THEMES` a heading says in any of its phrasings."""
    return frozenset(name for name, pattern in _SUB_THEMES.items() if pattern.search(heading or ""))


@functools.lru_cache(maxsize=8192)
def _text_themes(text: str) -> frozenset[str]:
    """The `_TEXT_THEMES` a sub-point's text says."""
    return frozenset(name for name, pattern in _TEXT_THEMES.items() if pattern.search(text or ""))


def themes_apart(plan: Plan) -> Plan:
    """The plan with each gathered point's sub-points kept apart by theme (`_themes_apart`).

    Applied to the plan as it is rendered, after it was fit to a length: applied while fitting, each sub-point left
    out made room the growth filled with one more general section (a 30-minute 档案 speech: 11 of 23 parts its own).
    A record replays the sub-points kept, so a replayed draft is the same.
    """
    points = tuple(_themes_apart(point) if point.sections else point for point in plan.points)
    return plan if points == plan.points else replace(plan, points=points)


def _themes_apart(point: PlannedPoint) -> PlannedPoint:
    """A gathered point without a sub-point whose themes another of its sections already says.

    Read (a 街道's 禁毒 保障 point): （二）2.加强禁毒队伍和经费保障 and （五）1.建强工作队伍 2.用好工作经费, the people and the
    money twice in one point; （二）3.严格考核问责 and （三）2.督查跟踪抓. Sections of one theme are kept apart when they are
    drawn (`select.heading_themes`); their sub-points were not. A sub-point each of whose themes another section's heading
    or sub-point headings say gives way, the one saying most first, the later on a tie; each section keeps
    `_KEEP_SUBS` sub-points. Within a section, sub-points on its own theme are its body, not a repeat. A sub-point whose
    text says a theme of `_TEXT_THEMES` another section heads gives way too.
    """
    parts = [list(part.keep) for part in point.parts()]
    frags = point.fragments()

    def said_by_others(n: int) -> frozenset[str]:
        heads = [frags[m].heading or "" for m in range(len(frags)) if m != n]
        heads += [frags[m].subpoints[k].heading or "" for m in range(len(frags)) if m != n for k in parts[m]]
        return frozenset().union(*(_sub_themes(h) for h in heads))

    def echoes_another(n: int, k: int) -> frozenset[str]:
        sub = frags[n].subpoints[k]
        said = said_by_others(n)
        # a theme the section's own heading says is its body (（四）把水库管好管长远 keeps 1.三个责任人要真正管用 when
        # another section's sub-point speaks of 水库 too: that sub-point gives way, reader47)
        own = _sub_themes(frags[n].heading or "")
        themes = _sub_themes(sub.heading or "")
        if themes and themes <= said and not themes & own:
            return themes
        return (_text_themes(sub.text) & said) - own

    while True:
        echoes = [
            (len(themes), n, k)
            for n in range(len(frags)) if len(parts[n]) > _KEEP_SUBS
            for k in parts[n]
            if (themes := echoes_another(n, k))
        ]  # fmt: skip
        if not echoes:
            break
        _, n, k = max(echoes)
        parts[n].remove(k)
    kept = [replace(part, keep=tuple(keep)) for part, keep in zip(point.parts(), parts, strict=True)]
    return replace(kept[0], sections=tuple(kept[1:]))


def _without_echo(part: PlannedPoint, said: set[str]) -> PlannedPoint:
    subs = part.fragment.subpoints
    keep = list(part.keep)
    for k in part.keep:
        if len(keep) > _KEEP_SUBS and _theme(subs[k].heading) & said:
            keep.remove(k)
    return replace(part, keep=tuple(keep))


@functools.lru_cache(maxsize=8192)
def _theme(heading: str) -> frozenset[str]:
    """The 4-character runs every phrasing of a heading says (all of them for a heading of one phrasing)."""
    blocks = split_alternatives(heading)
    fixed = _runs(without_alternatives(heading))
    if not blocks:
        return frozenset(fixed)
    # A run may be in the fixed wording or in every alternative of one block.
    every = [frozenset.intersection(*(_runs(a) for a in block)) for block in blocks]
    return frozenset(fixed.union(*every))


def han_runs(text: str) -> frozenset[str]:
    """The 4-character runs of Han characters of a text, its Jinja taken out (no run spans an expression or a block)."""
    return frozenset(r[i : i + 4] for r in _NOT_HAN.split(_JINJA.sub("|", text)) for i in range(len(r) - 3))


_runs = han_runs


def _said_in(runs: set[str] | frozenset[str], text: str) -> frozenset[str]:
    """`_runs(text) & runs` for runs of `_runs` (4 Han characters each): a run is one of the text's exactly when the
    text, its Jinja taken out, holds it (it lies within one stretch of Han characters), so the text's own runs need
    not be listed (a draft listed ~6,000 of them to meet a few headings' runs, #18)."""
    plain = _JINJA.sub("|", text) if "{" in text else text
    return frozenset(r for r in runs if r in plain)


def text_echoes(plan: Plan) -> dict[tuple[str, str], set[int]]:
    """The phrasings of a kept sub-point's text that say a theme of `_TEXT_THEMES` another fragment of the plan heads
    (its heading or a kept sub-point's, any phrasing), by (fragment id, block key): the chooser takes another where one
    is left. A 医德医风 speech said 新人进门先讲医德 under its 医德教育 area and then, in a 保障 sub-point, 新入职的人员第一课
    就要讲医德, one of three ways that sub-point has (echo43)."""
    parts = [part for point in plan.points for part in point.parts()]
    heads = {part.fragment.id: frozenset().union(
        _text_themes(part.fragment.heading or ""), *(_text_themes(part.fragment.subpoints[k].heading or "") for k in part.keep)
    ) for part in parts}  # fmt: skip
    if not any(heads.values()):
        return {}
    echoes: dict[tuple[str, str], set[int]] = {}
    for part in parts:
        elsewhere = frozenset().union(*(t for fid, t in heads.items() if fid != part.fragment.id))
        if not elsewhere:
            continue
        for k in part.keep:
            text = part.fragment.subpoints[k].text
            if "{%" not in text:
                continue
            key = text_key(text)
            for ordinal, block in enumerate(split_alternatives(text)):
                said = {i for i, way in enumerate(block) if _text_themes(way) & elsewhere}
                if said:
                    echoes[(part.fragment.id, f"{key}.{ordinal}")] = said
    return echoes
