"""A 工作会议 speech of the default three points covers the work's main tasks, not one of them.

Its 任务 point gathers up to three task areas of the work as （一）（二）（三） sections (template
`points.gather`): the one drawn by the rules for the one task point first, the others in the order the library
lists them, each keeping its first three sub-points. A part the
meeting's name says (抗旱 of 防汛抗旱) is one of the areas, said last as the name says it; one of the areas a
work's file lists first (汛前准备, 监测预警, 工程; 粮食安全, 防返贫, 产业) is always among them.
A user who asks for a number of points (--points) gets one area per point, as before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.check import check_text
from drafter.errors import TemplateError
from drafter.library import load_library, load_templates
from drafter.render import render_draft
from drafter.topics import named_parts

SHIPPED = load_library()
TEMPLATES = load_templates()


def _task_uses(draft):
    points = [u for u in draft.uses if u.role.value == "point"]
    return points


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县防汛抗旱工作会议"), ("葛仙庄镇", "全镇安全生产工作会议")])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_work_meeting_speaks_of_several_task_areas_in_the_library_order(place, meeting, seed) -> None:
    draft = render_draft(SHIPPED, TEMPLATES["work-meeting"], {"place": place, "meeting": meeting}, seed=seed)
    uses = _task_uses(draft)
    sections = [u for u in uses if u.section]
    assert draft.points == 3 and "三点意见" in draft.text
    assert len(sections) == 2, [u.id for u in uses]  # the 任务 point and two more areas under it
    head = uses.index(sections[0]) - 1
    gathered = [SHIPPED.get(u.id) for u in uses[head : head + 3]]
    named = named_parts(meeting)
    grown = gathered[1:]  # the first keeps its place: drawn by the rules for the one task point
    assert grown == sorted(grown, key=lambda f: (bool(named.intersection(f.tags)), f.path, f.line))
    assert all(len(u.subpoints) <= 3 for u in uses[head : head + 3])
    body = draft.text.split("## 二、", 1)[1].split("## 三、", 1)[0]
    assert re.findall(r"^（[一二三]）", body, re.M) == ["（一）", "（二）", "（三）"]
    assert not [f for f in check_text(draft.text, place=place).findings if f.severity == "error"]


def test_two_counties_gather_under_headings_of_their_own() -> None:
    headings = {
        render_draft(SHIPPED, TEMPLATES["work-meeting"], {"place": p, "meeting": "全县防汛抗旱工作会议"}, seed=s)
        .text.split("## 二、", 1)[1].split("\n", 1)[0]
        for p in ("清河县", "武乡县") for s in (1, 2, 3)
    }  # fmt: skip
    assert len(headings) >= 2, headings


def test_asked_for_points_each_point_is_one_area() -> None:
    answers = {"place": "清河县", "meeting": "全县防汛抗旱工作会议", "points": 3}
    draft = render_draft(SHIPPED, TEMPLATES["work-meeting"], answers, seed=1)
    assert not [u for u in draft.uses if u.section]


def test_a_template_with_a_bad_gather_is_refused_in_chinese(tmp_path: Path) -> None:
    shipped = Path(TEMPLATES["work-meeting"].path).read_text(encoding="utf-8")
    (tmp_path / "work-meeting.yaml").write_text(shipped.replace("gather: 3", "gather: 9"), encoding="utf-8")
    with pytest.raises(TemplateError, match="points.gather 应是 1 到 6"):
        load_templates(tmp_path)


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_flood_and_drought_meeting_speaks_of_drought_among_its_areas(seed) -> None:
    # Three of eight 丰城市 防汛抗旱 speeches never said a word about drought when areas were drawn by seed alone.
    answers = {"place": "丰城市", "meeting": "全市防汛抗旱工作会议"}
    draft = render_draft(SHIPPED, TEMPLATES["work-meeting"], answers, seed=seed)
    body = draft.text.split("## 二、", 1)[1].split("## 三、", 1)[0]
    headings = re.findall(r"^（[一二三]）([^。！]*)", body, re.M)
    assert len(headings) == 3 and any("旱" in h for h in headings), headings
    assert "旱" not in headings[0]  # the flood first: a 防汛抗旱 speech deploys the whole work before drought


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_rural_meeting_gathers_one_of_the_main_areas(seed) -> None:
    # 南通市 乡村振兴推进会 seed 2 spoke of 城乡融合, 绿色 and 风险 only: no grain, no industry, no 防返贫.
    draft = render_draft(SHIPPED, TEMPLATES["advance"], {"place": "南通市", "meeting": "全市乡村振兴推进会"}, seed=seed)
    ids = [u.id for u in draft.uses if u.role.value == "point"]
    # The file lists grain, industry and farmers' income first (review20: a 乡 gathered 防返贫, 治理 and 绿色 alone).
    main = {"point.rural.task.grain-security", "point.rural.task.rural-industry", "point.rural.task.farmer-income"}
    assert main.intersection(ids), ids
