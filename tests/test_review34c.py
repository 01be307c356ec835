"""Drafts read as a 县/市 clerk would, session 34: a training class and a 座谈会 speak to the people in the room, and a
user's task goes to the point it is about (review34c)."""

from __future__ import annotations

import re

import pytest

from drafter.errors import UsageError
from tests.work_drafts import draft_made, draft_text


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object) -> str:
    return draft_text(place, meeting, seed, minutes, **answers)


# ---------- a training class speaks to its trainees at every length ----------

# What a general work section says at a class (read in 清河县 全县年轻干部培训班开班式, 30 minutes, seed 1):
# 以制度建设为抓手，推动各项工作常态长效 / 抓实关键环节，以点带面 / 聚焦重点难点 / 统筹发展和安全（各乡镇（街道）、县直各部门要坚持
# 底线思维） / 向改革要动力 — five sections of one class deployed as if the trainees ran the county's work.
_WORK_SECTION = re.compile(r"各乡镇（街道）、县直各部门|各县（市、区）、市直各部门|以制度建设为抓手|抓实关键环节|向改革要动力|统筹发展和安全")

_CLASSES = [
    ("清河县", "全县年轻干部培训班开班式"),
    ("南通市", "全市中青年干部培训班开班式"),
    ("如皋市", "全市新任职干部培训班开班式"),
    ("清河县", "县委党校2026年春季学期主体班开班式"),
    ("清河县", "县委党校2026年春季学期主体班结业式"),
    ("南通市", "全市中青年干部培训班结业式"),
]


@pytest.mark.parametrize(("place", "meeting"), _CLASSES)
@pytest.mark.parametrize("minutes", [10, 20, 30])
def test_a_class_at_any_length_says_no_general_work_section(place: str, meeting: str, minutes: int) -> None:
    # A length the class's own text cannot reach is refused with the length it can form, never filled with work text.
    try:
        result = draft_made(place, meeting, 1, minutes)
    except UsageError as exc:
        assert minutes > 10 and "最多约组成" in str(exc.hint) and "可改为 --minutes" in str(exc.hint), exc.hint
        return
    used = [u.id for u in result.uses]
    assert not [i for i in used if i.startswith("point.general.")], used
    assert not _WORK_SECTION.search(result.text), _WORK_SECTION.search(result.text)


# ---------- a 座谈会 speaks to the people at the table ----------

# Read (清河县 全县“五四”青年座谈会, 10 minutes, seed 1): 共青团要把思想政治引领放在首位, 团组织要联合有关部门, （二）建强团干部
# 队伍 — the 共青团's work deployed to the young people at the table. (南通市 全市退役军人座谈会, 15 minutes, seed 2): 让服务站
# 有人、有场所, 市直各部门和国有企业要主动拿出编制和岗位, 管好护好烈士纪念设施, 市委要定期研究退役军人工作. (南通市 全市新乡贤
# 座谈会, 15 minutes, seed 2): 各县（市、区）、市直各部门要从以下两个方面把认识提上来, 强化要素保障, 加强组织领导.
_TO_DEPARTMENTS = re.compile(
    r"(?:各县（市、区）|各乡镇（街道）|团组织|服务站|[县市区]委)[^。]{0,6}要|加强组织领导|强化要素保障|团干部队伍|纪念设施"
)


@pytest.mark.parametrize(
    ("place", "meeting", "salutation", "audience"),
    [
        ("清河县", "全县“五四”青年座谈会", "青年朋友们", "青年代表"),
        ("南通市", "全市“五四”青年座谈会", "青年朋友们", "青年代表"),
        ("清河县", "全县退役军人座谈会", "退役军人朋友", "退役军人代表"),
        ("南通市", "全市退役军人代表座谈会", "退役军人朋友", "退役军人代表"),
        ("南通市", "全市新乡贤座谈会", "各位乡贤", "新乡贤"),
        ("清河县", "全县新乡贤座谈会", "各位乡贤", "新乡贤"),
    ],
)
@pytest.mark.parametrize(("seed", "minutes"), [(1, 10), (2, 12)])
def test_a_symposium_speaks_to_the_people_at_the_table(
    place: str, meeting: str, salutation: str, audience: str, seed: int, minutes: int
) -> None:
    result = draft_made(place, meeting, seed, minutes)
    text = result.text
    assert result.answers["audience"] == audience
    assert salutation in text.splitlines()[2], text.splitlines()[2]
    assert not _TO_DEPARTMENTS.search(text), _TO_DEPARTMENTS.search(text)
    assert re.search("希望(?:大家|广大|各位|青年)", text)  # what is hoped of them
    assert re.search("我们(?:将|要|会)", text)  # what the 党委、政府 will do for them


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县离退休干部座谈会"), ("南通市", "全市老干部座谈会")])
@pytest.mark.parametrize("seed", [1, 2])
def test_elders_at_a_symposium_hear_no_work_areas(place: str, meeting: str, seed: int) -> None:
    # Read (清河县 全县离退休干部座谈会, 15 minutes, seed 1): 三、携手同心…… gathered six 老干部工作 areas (建强离退休干部党组织,
    # 压实原单位和属地责任……) said to the elders as their own tasks, and the guests' 希望大家在各自领域当好排头兵（做精本行）.
    text = _draft(place, meeting, seed, 12)
    assert "各位老领导、老同志" in text
    assert not re.search("压实原单位和属地责任|建强离退休干部党组织|各乡镇（街道）、县直各部门|做精本行|排头兵", text)


@pytest.mark.parametrize(
    ("meeting", "audience"),
    [
        ("全县退役军人座谈会", "退役军人代表"),
        ("全县退役军人事务工作会议", ""),
        ("全县退役军人事务座谈会", ""),
        ("全县退役军人就业创业推进会", ""),
        ("全县“五四”青年座谈会", "青年代表"),
        ("全县青年工作座谈会", ""),
        ("全县青年干部座谈会", "年轻干部"),
        ("全县青年企业家座谈会", "企业家"),
        ("全县新乡贤座谈会", "新乡贤"),
    ],
)
def test_who_sits_at_the_table_is_read_from_a_symposium_name_only(meeting: str, audience: str) -> None:
    from drafter.meeting import parse_meeting

    assert parse_meeting(meeting).audience == audience


# ---------- a task goes where it belongs ----------


def test_insurance_is_said_with_the_enterprise_duty_not_with_digital_supervision() -> None:
    # Read (清河县 全县安全生产工作会议, seed 1, tasks 推进安全生产责任保险扩面): the task was placed in （一）推进科技兴安和智慧
    # 监管 because its 非现场执法和信用监管 sub-point said 要推行安全生产责任保险制度 — a sentence that belongs with the
    # enterprise's duty (企业主体责任), where it is now said; the 家庭教育 sub-point no longer names 妇女儿童之家 in passing.
    from drafter.library import load_library

    library = load_library()
    said = {f.id: " ".join(s.text for s in f.subpoints) for f in library.fragments if f.id.startswith("point.safety.")}
    assert "责任保险" not in said["point.safety.task.smart-regulation"]
    assert "安全生产责任保险" in said["point.safety.guard.responsibility"]
    family = library.get("point.women-children.task.family-education")
    assert "妇女儿童之家" not in " ".join(s.text for s in family.subpoints)
    for seed in (6, 7):
        text = _draft("清河县", "全县安全生产工作会议", seed, tasks=["推进安全生产责任保险扩面"])
        line = next(line for line in text.splitlines() if "责任保险扩面" in line)
        assert not re.search("科技|智慧|数字|道路", line.split("。")[0]), line
