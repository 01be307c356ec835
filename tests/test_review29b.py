"""Drafts read as the leader's writer: a task said where the draft speaks of it, a theme once a point, words a 街道
may say, lead-ins chosen once and recorded (review29b)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.work_drafts import draft_made, draft_text


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object) -> str:
    return draft_text(place, meeting, seed, minutes, **answers)


def _points(text: str) -> list[str]:
    return text.split("\n## ")[1:]


def test_a_task_a_whole_point_speaks_of_is_said_there_not_woven_into_another_area() -> None:
    # Read: 一、以新质生产力为引领… is all on 新质生产力, yet the 现代服务业 area said 今年还要加快培育新质生产力。这项工作要和
    # 这方面的工作统筹起来.
    text = _draft("邢台市", "全市2027年经济工作会议", 6, 20, tasks=["加快培育新质生产力", "扩大有效投资"])
    points = _points(text)
    assert text.count("加快培育新质生产力") == 1, text
    home = next(p for p in points if "加快培育新质生产力" in p)
    line = next(line for line in home.splitlines() if "加快培育新质生产力" in line)
    # review31: the task now draws the area on 科技创新和产业创新 (its user's task chooses the areas), and the 认识 point
    # no longer previews it: said in that area, or in a point all on 新质生产力, never in another area.
    assert "新质生产力" in home.splitlines()[0] or re.search("科技创新|产业创新|新兴产业", line.split("。")[0]), home[:200]
    assert "服务业" not in line


_HEADS = re.compile(r"^(?:（[一二三四五六七八九十]+）|\d+\.)([^。]*)", re.M)


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [("江州市东城区城关街道", "全街道禁毒工作会议", 1), ("清河县柳镇", "全镇禁毒工作会议", 2),
     ("江州市东城区", "全区禁毒工作会议", 2)],
)  # fmt: skip
def test_one_point_gives_the_people_and_the_money_one_sub_point_each(place, meeting, seed) -> None:
    # Read (a 街道's 保障 point): （二）2.加强禁毒队伍和经费保障, then （五）1.建强工作队伍 2.用好工作经费.
    for point in _points(_draft(place, meeting, seed, 20)):
        heads = _HEADS.findall(point)
        assert sum("经费" in h for h in heads) <= 1, heads
        assert sum(bool(re.search("(?<!志愿者)队伍", h)) for h in heads) <= 1, heads


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_jiedao_civil_affairs_speech_claims_no_county_powers(seed) -> None:
    # A 街道 sets no 殡葬 prices, has no 公办养老机构 to reform and builds no 殡葬服务信息平台 (its own 养老服务中心 may
    # well be 公建民营).
    text = _draft("江州市东城区城关街道", "全街道民政工作会议", seed, 20)
    for county in ("政府定价", "殡葬服务信息平台", "殡仪馆", "收费动态调整", "公办养老机构"):
        assert county not in text, county


def test_a_jiedao_has_no_government_to_open_its_doors() -> None:
    text = _draft("江州市东城区城关街道", "全街道民营企业家座谈会", 4)
    assert "政府的大门" not in text


_LEAD = re.compile(r"([^。！？；：，\n]{0,10}以下[一二三四五六七八九十两]{1,2}[^。！？；：，\n]{0,8})：")
_PAST = re.compile(r"^要|着力|着重|重点|突出|扎实|主要|具体|切实|全力")


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [("清河县", "全县基层治理工作会议", 1), ("江州市", "全市基层治理工作会议", 1), ("清河县柳镇", "全镇禁毒工作会议", 3),
     ("清河县柳镇", "全镇人居环境整治工作会议", 3), ("江州市", "全市经济工作会议", 0)],
)  # fmt: skip
# (江州市's 经济 seed 2 gathers no point since lead37's 三农 task point joined the library; seed 1 none since reader47's
# meetings on a whole work open on the whole of it, which moved its draw.)
def test_no_lead_in_is_heard_twice_and_each_is_the_records(place, meeting, seed) -> None:
    # A gathered point's own lead-in (要在以下四个方面下功夫：) was fixed text, and a lead-in block whose every way was
    # said repeated one; only a rewording after rendering (outside the record) caught some of them, by the letter.
    result = draft_made(place, meeting, seed, 20, tasks=["开展专项整治行动", "加强基层队伍建设"])
    heard = Counter(
        re.sub(r"[一二三四五六七八九十两]{1,2}", "N", _PAST.sub("", lead).replace("做好", "抓好"))
        for lead in _LEAD.findall(result.text)
    )
    assert not [lead for lead, n in heard.items() if n > 1], heard
    assert any(key.startswith("group.") for use in result.uses for key in use.alts), "a group lead-in is recorded"


def test_a_task_a_task_area_is_near_stays_with_the_tasks() -> None:
    # The 认识 section on 信访 as a mirror names 积案 in passing; the area on 诉求 解决 in 家门口 is where 积案化解 goes.
    text = _draft("清河县", "全县信访工作会议", 1, 20, tasks=["开展信访积案化解攻坚"], problems=["重复信访仍然较多"])
    first = _points(text)[0]
    assert "积案化解攻坚" not in first, first[:400]
    assert text.count("积案化解攻坚") == 1


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes", "tasks", "said"),
    [("江州市", "全市生态环境保护工作会议", 1, 20, ["打好蓝天保卫战"], "今年要打好蓝天保卫战。"),
     ("江州市东城区城关街道", "全街道党风廉政建设工作会议", 2, 10, ["开展群众身边不正之风和腐败问题集中整治"],
      "这是今年的一项重点任务")],
)  # fmt: skip
def test_a_task_is_said_as_a_writer_says_it(place, meeting, seed, minutes, tasks, said) -> None:
    # Read: 今年要着力推进打好蓝天保卫战 (打好 was no verb of a task); 二、集中整治群众身边不正之风和腐败问题 followed by
    # 今年要开展群众身边不正之风和腐败问题集中整治。 (the heading says it in its own order).
    assert said in _draft(place, meeting, seed, minutes, tasks=tasks)


def test_low_income_checks_go_to_the_social_assistance_area_and_two_tasks_are_said_two_ways() -> None:
    # 做好低保动态管理 went into 织牢残疾人福利保障网 for its 动态管理 (两项补贴 managed 动态); 低保, a word of 民政's own, was
    # left out of placing, so the 社会救助 area that heads a sub-point on 低保 was never seen. And the two tasks said in
    # areas both ended 这项工作要明确牵头单位和完成时限，同这方面的工作一起部署….
    text = _draft("江州市东城区城关街道", "全街道民政工作会议", 1, 20, tasks=["建设社区老年食堂", "做好低保动态管理"])
    areas = text.split("\n\n（")
    home = next(a for a in areas if "低保动态管理" in a)
    assert home.startswith("一）完善社会救助体系"), home[:60]
    # (低保 names the 救助 part: since review30a it is the area's own task, 今年要做好低保动态管理。, not 今年还要…)
    endings = re.findall(r"今年还要[^。]+。([^。]+。)", text)
    assert endings and len(set(endings)) == len(endings), endings


def test_a_town_health_speech_steers_no_medical_reform() -> None:
    # Read (清河县柳镇, 10 min): 一、守正创新深化医改… 公立医院要在保持公益属性的前提下…: a 镇 runs no 公立医院.
    text = _draft("清河县柳镇", "全镇卫生健康工作会议", 3, 10, tasks=["推进村卫生室标准化建设"])
    assert "医改" not in text.split("\n## ")[1].splitlines()[0]
    assert "公立医院" not in text
    # … and a shared lead-in after a clause that began with 要 says 要 once: …同步发力，下大力气做好以下四件事：
    assert not re.search(r"^要[^。！？\n]*，要[^。！？\n，]*以下", text, re.M)
