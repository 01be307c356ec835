"""Drafts whose 任务 point gathers several areas, read as the leader's writer and as 审稿人 (review19).

- A 镇 is told to do what a 镇 does: walk its hazard points and move people, not survey, treat and relocate
  (地质灾害); watch the firms on its ground, not set emission standards or close capacity (蓝天).
- The user's tasks draw the area they are about (清理拖欠企业账款: the arrears area; 病险水库除险加固: the
  reservoirs area) and are said in it, not as a bare （四） beside the areas.
- The areas gathered speak of different parts of the work (民政: not two 养老 areas of three).
- One sub-point does not say the same thing twice (河道是洪水的通道 after 河道是给洪水走的路).
"""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting

from drafter.library import load_library, load_templates
from drafter.render import render_draft
from drafter.render.select import fragment_topics
from drafter.topics import find_topics, topic_of_tag

SHIPPED = load_library()
TEMPLATES = load_templates()


def _draft(place: str, meeting: str, seed: int, template: str = "work-meeting", **answers: object):
    return render_draft(SHIPPED, TEMPLATES[template], {"place": place, "meeting": meeting, **answers}, seed=seed)


def _tasks_point(text: str) -> str:
    return text.split("## 二、", 1)[1].split("## 三、", 1)[0]


def _area(body: str, word: str) -> str:
    """The gathered area （N） whose heading line speaks of `word` (empty when none)."""
    for area in re.split(r"\n\n(?=（[一二三四五六]）)", body):
        if area.startswith("（") and word in area.split("\n", 1)[0][:40]:
            return area
    return ""


@pytest.mark.parametrize("seed", [4, 5, 8])  # seeds that gather the geohazard area (review25 moved 2 and 6 off it)
def test_a_towns_flood_speech_leaves_geohazard_surveys_and_treatment_to_the_county(seed: int) -> None:
    # with the user's 问题: since draft40 the 认识 point that states a place's flood shortfalls is drawn only with them,
    # and without it these seeds draw other areas; with them, the same draws as before
    problems = ["部分村组防汛责任落实不到位"]
    body = _tasks_point(_draft("三河镇", "全镇防汛工作会议", seed, problems=problems).text)
    area = _area(body, "地质灾害") or _area(body, "地灾")
    assert area, body[:200]  # these seeds gather the geohazard area
    for county_work in ("应急技术队伍", "风险调查评价", "风险区划", "工程治理要抓紧", "加快实施工程治理", "各类资金", "治理隐患的钱"):
        assert county_work not in area, county_work
    assert len(re.findall(r"^[1-9]\.", area, re.M)) == 3  # still three sub-points: the town's own


def test_a_countys_geohazard_area_keeps_treatment_and_relocation() -> None:
    geo = SHIPPED.get("point.flood.task.geohazards")
    county = [geo.subpoints[i].heading for i in geo.subpoints_for("县")]
    town = [geo.subpoints[i].heading for i in geo.subpoints_for("镇")]
    assert any("搬迁" in (h or "") for h in county)
    assert not any("搬迁" in (h or "") for h in town) and len(town) >= 3


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_towns_blue_sky_area_sets_no_emission_standards(seed: int) -> None:
    text = _draft("三河镇", "全镇生态环境保护工作会议", seed).text
    for county_work in ("超低排放", "淘汰落后产能", "最严处靠", "绩效分级", "环保绩效", "落后的产能"):
        assert county_work not in text, county_work


def test_a_towns_blue_sky_area_still_has_sub_points_of_its_own() -> None:
    sky = SHIPPED.get("point.ecology.task.blue-sky")
    assert len(sky.subpoints_for("镇")) >= 2
    assert len(sky.subpoints_for("县")) == len(sky.subpoints) - 1  # the town's own is no county's


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tasks_draw_their_area_and_are_said_in_it(seed: int) -> None:
    tasks = ["完成3座病险水库除险加固", "新建农村应急水源2处"]
    text = _draft("清河县", "全县防汛抗旱工作会议", seed, tasks=tasks).text
    body = _tasks_point(text)
    assert "以上几个方面之外" not in text
    assert not re.search(r"^（四）", body, re.M), body[:300]
    reservoirs = _area(body, "水库")
    assert "病险水库除险加固" in reservoirs
    assert "应急水源2处" in (_area(body, "抗旱") or _area(body, "旱"))


@pytest.mark.parametrize("seed", [2995, 1, 2])
def test_a_task_with_an_area_of_its_own_is_no_bare_section(seed: int) -> None:
    tasks = ["推行企业开办全程网办", "清理拖欠企业账款"]
    body = _tasks_point(_draft("海安市", "全市优化营商环境推进会", seed, "advance", tasks=tasks).text)
    assert "（四）清理拖欠企业账款。" not in body
    assert _area(body, "拖欠") or _area(body, "账款"), body[:300]


def _parts(fragment_id: str) -> set[str]:
    tags = fragment_topics(SHIPPED.get(fragment_id))
    return {t for t in tags if (topic := topic_of_tag(t)) is None or topic.tag != t}


@pytest.mark.parametrize(("place", "meeting"), [("南通市", "全市民政工作会议"), ("城关镇", "全镇民政工作会议")])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_gathered_areas_speak_of_different_parts_of_the_work(place: str, meeting: str, seed: int) -> None:
    uses = [u for u in _draft(place, meeting, seed).uses if u.role.value == "point"]
    head = next(i for i, u in enumerate(uses) if u.section) - 1
    areas = [u.id for u in uses[head:] if u is uses[head] or u.section]
    assert len(areas) == 3
    said: set[str] = set()
    for area in areas:
        assert said.isdisjoint(_parts(area)), areas
        said |= _parts(area)


def test_a_mountain_torrent_sub_point_says_once_what_a_river_course_is_for() -> None:
    sub = next(s for s in SHIPPED.get("point.flood.task.reservoirs-rivers").subpoints if "山洪" in (s.heading or ""))
    groups = re.findall(r"\{% alt %\}(.*?)\{% endalt %\}", sub.text or "", re.S)
    assert sum("河道是" in g for g in groups) <= 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_problems_the_user_named_draw_an_area_that_answers_them(seed: int) -> None:
    problems = ["城中村消防隐患多", "电动自行车进楼充电屡禁不止"]
    tasks = ["开展城镇燃气安全专项整治", "推进老旧小区消防设施改造"]
    draft = _draft("鼓楼区", "全区安全生产工作会议", seed, problems=problems, tasks=tasks)
    assert "point.safety.task.fire" in [u.id for u in draft.uses]  # first of its point or a section of it
    draft = _draft("武城县", "全县教育工作会议", seed, problems=["城区学位紧张", "乡村教师流失"])
    body = _tasks_point(draft.text)
    assert "学位" in body  # 城区学位紧张: an area on school places (义务教育) is gathered


def test_a_gathered_point_whose_first_area_a_task_fixes_can_still_be_swapped(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    draft = ["draft", "--no-input", "--no-history", "--set", "place=平阳县", "--set", "meeting=全县卫生健康工作会议",
             "--set", "tasks=推进县域医共体建设；建成胸痛中心", "-o", "稿.md"]  # fmt: skip
    assert runner.invoke(app, draft, catch_exceptions=False).exit_code == 0
    before = (tmp_path / "稿.md").read_text(encoding="utf-8")
    result = runner.invoke(app, ["update", "稿.md", "--swap", "二"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr  # was: 片段库中没有可以换用的其他片段
    after = (tmp_path / "稿.md").read_text(encoding="utf-8")
    assert _tasks_point(after) != _tasks_point(before)
    assert after.split("## 二、")[0] == before.split("## 二、")[0]
    assert after.split("## 三、")[1] == before.split("## 三、")[1]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_subdistricts_assistance_area_finds_families_and_leaves_data_exchange_to_the_county(seed: int) -> None:
    text = _draft("城关街道", "全街道民政工作会议", seed).text
    for county_work in ("部门的数据比对", "定期交换数据", "等部门的数据比对", "监测信息平台", "动态监测平台"):
        assert county_work not in text, county_work
    assistance = SHIPPED.get("point.civil.task.social-assistance")
    assert len(assistance.subpoints_for("街道")) == len(assistance.subpoints_for("县"))


@pytest.mark.parametrize(("place", "meeting"), [("古楼乡", "全乡乡村振兴工作会议"), ("清河县", "全县安全生产工作会议")])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_gathered_area_does_not_announce_its_sub_points_again(place: str, meeting: str, seed: int) -> None:
    body = _tasks_point(_draft(place, meeting, seed).text)
    assert len(re.findall(r"以下[一二三四五六两]", body)) == 1, body[:400]  # the group's lead-in only
    assert re.findall(r"^（[一二三]）", body, re.M) == ["（一）", "（二）", "（三）"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_townships_conscription_speech_leaves_examination_and_sanctions_to_the_county(seed: int) -> None:
    text = _draft("古楼乡", "全乡征兵工作会议", seed).text
    for county_work in ("体检医生", "政府采购", "交叉检查"):
        assert county_work not in text, county_work
    quality = SHIPPED.get("point.defense.task.quality")
    assert len(quality.subpoints_for("乡")) == 2 and len(quality.subpoints_for("县")) == 3


@pytest.mark.parametrize("seed", range(3))
def test_a_bureaus_meeting_on_another_work_is_about_that_work(seed) -> None:
    # Read (review19 c06): 县应急管理局2026年安全生产工作会议 drew 综合减灾 and 救灾 areas and a 压实防汛抗旱责任 point: 应急管理
    # is a word of the 防汛抗旱 table, but here it names the bureau that meets, as 教育局 does before 党风廉政.
    assert [t.tag for t in find_topics("县应急管理局2026年安全生产工作会议")] == ["安全生产"]
    assert [t.tag for t in find_topics("县水利局2026年防汛工作会议")] == ["防汛抗旱"]
    assert [t.tag for t in find_topics("全县应急管理工作会议")] == ["防汛抗旱"]  # the work itself, no bureau
    _, draft = draft_meeting("县应急管理局2026年安全生产工作会议", seed=seed)
    assert not [u.id for u in draft.uses if ".flood." in u.id], [u.id for u in draft.uses]
    assert "防汛抗旱" not in draft.text
