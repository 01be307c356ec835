"""Drafts read as the leader's writer: lead-ins said once, repeats kept apart, two counties apart (review28b)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.work_drafts import draft_made, draft_text

# A lead-in as a reader hears it: past its adverbs, 做好 as 抓好, whatever the count.
_LEAD = re.compile(r"([^。！？；：，\n]{0,10}以下[一二三四五六七八九十两]{1,2}[^。！？；：，\n]{0,8})：")
_PAST = re.compile(r"^要|着力|着重|重点|突出|扎实|主要|具体|切实|全力")


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None) -> str:
    return draft_text(place, meeting, seed, minutes)


def _heard(text: str) -> Counter[str]:
    return Counter(
        re.sub(r"[一二三四五六七八九十两]{1,2}", "N", _PAST.sub("", lead).replace("做好", "抓好"))
        for lead in _LEAD.findall(text)
    )


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [
        ("清河县", "全县禁毒工作会议", 1),
        ("清河县柳镇", "全镇党风廉政建设工作会议", 1),
        ("清河县", "全县卫生健康工作会议", 3),
        ("清河县柳镇", "全镇安全生产工作会议", 1),
        ("江州市", "全市教育工作会议", 2),
    ],
)
def test_two_points_of_a_draft_do_not_lead_into_their_sub_points_alike(place, meeting, seed):
    # Scanned (45 drafts, 15 works × 县/市/镇, 20 minutes): 22 led two points in with one lead-in (要着力做好以下六项工作 and
    # 着力做好以下四项工作 in 清河县’s 禁毒 speech), fixed text in both fragments, so no choice kept them apart.
    heard = _heard(_draft(place, meeting, seed, minutes=20))
    assert not [lead for lead, n in heard.items() if n > 1], heard


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
# The address (各乡镇（街道）、县直各部门要…) and names said again are no repeat a writer would strike.
_ADDRESS = re.compile(r"各乡镇|街道县直|县直各|镇直各|各村社区|各单位|各部门|自我革命的重要思想")


def _said_twice(text: str, run: int = 10) -> set[str]:
    han = _NOT_HAN.sub("", "\n".join(line for line in text.splitlines() if not line.startswith("#")))
    first: dict[str, int] = {}
    again = set()
    for i in range(len(han) - run + 1):
        piece = han[i : i + run]
        if piece in first and i - first[piece] >= run and not _ADDRESS.search(piece):
            again.add(piece)
        first.setdefault(piece, i)
    return again


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [
        ("清河县柳镇", "全镇生态环境保护工作会议", 2),  # 生态优势转化为发展优势, 经济社会发展全面绿色转型 twice
        ("清河县", "全县卫生健康工作会议", 3),  # 乡镇卫生院和社区卫生服务中心 twice
        ("清河县柳镇", "全镇森林防火工作会议", 2),  # 报请有关部门依法处理 twice
        ("清河县", "全县优化营商环境工作会议", 1),  # 经得起阳光检验 in a heading and the sentence under it
        ("清河县柳镇", "全镇教育工作会议", 2),  # 摆在更加突出的位置 twice
    ],
)
def test_a_draft_does_not_say_ten_characters_twice(place, meeting, seed):
    # Scanned (45 drafts, 20 minutes): 25 said a run of ten characters or more twice, an alternative that said again
    # what fixed wording or another alternative had said a few paragraphs before.
    assert not _said_twice(_draft(place, meeting, seed, minutes=20))


@pytest.mark.parametrize(
    ("meeting", "seed", "work"), [("全县经济工作会议", 3, "经济工作"), ("全县安全生产和消防工作会议", 1, "安全生产和消防工作")]
)
def test_a_gathered_task_point_names_the_work_no_heading_has_named(meeting, seed, work):
    # Read (全县经济工作会议 seed 3, 20 minutes): 一、以新质生产力为引领…, then 二、抓住关键环节，确保各项措施落到实处 — a
    # heading for any meeting, and no heading yet had said which work the speech is on.
    headings = [line for line in _draft("清河县", meeting, seed, minutes=20).splitlines() if line.startswith("## ")]
    # (since review30a a 认识 point may gather too, its heading naming the work: then the task point need not)
    assert any(work in h for h in headings[:2]), headings


def test_a_gathered_task_point_does_not_name_the_work_a_heading_has_named():
    # 一、提高政治站位，深刻认识做好禁毒工作的重要意义: 二、 need not say 禁毒工作 again (nor four headings of a 30-minute
    # 人居环境 speech say 人居环境整治工作).
    headings = [line for line in _draft("清河县", "全县禁毒工作会议", 1, minutes=20).splitlines() if line.startswith("## ")]
    assert "禁毒" in headings[0] and not [h for h in headings[1:] if "禁毒" in h], headings


@pytest.mark.parametrize("seed", [1, 2])
def test_a_half_hour_living_environment_speech_is_mostly_its_own_work(seed):
    # Read (清河县 全县人居环境整治推进会 seed 1, 30 minutes): two task points of five sections each, five of them
    # general (聚焦重点任务, 改革, 机制, 人才…) — half the tasks could have been said at any meeting. Now the work's own
    # 集镇 and 沿线 areas take two of those places.
    from drafter.library import load_library

    library = load_library()
    tasks = [library.get(u.id) for u in draft_made("清河县", "全县人居环境整治推进会", seed, 30).uses if u.role.value == "point"]
    tasks = [f for f in tasks if f.stage == "任务"]
    own = [f for f in tasks if "人居环境" in f.tags]
    assert len(own) >= len(tasks) - len(own) + 3, [f.id for f in tasks]  # main: five of each
