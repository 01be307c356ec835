"""Works a county office meets about every year: 就业与社会保障, 城市管理, 文化和旅游.

Before their libraries (fragments/topics/employment.yaml, urban-management.yaml,
culture-tourism.yaml) a 稳就业, 城市管理 or 文旅产业发展 meeting drew no topic and got
the general skeleton with the work name pasted in.
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_deploys_its_own_work,
    assert_facts_open_the_first_point,
    assert_keeps_to_its_powers,
    assert_task_lands,
    draft_meeting,
    used_ids,
)

from drafter.drafting import seed_for
from drafter.library import load_templates
from drafter.model import Role
from drafter.render import candidates, resolve_answers
from drafter.text import count_han, split_sentences


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县就业和社会保障工作会议", "就业社保", set(), set()),
        ("全县稳就业工作推进会", "就业社保", {"就业"}, {"社保"}),
        ("全县高校毕业生就业创业工作会议", "就业社保", {"就业"}, {"社保"}),
        ("全县社保扩面工作会议", "就业社保", {"社保"}, {"就业"}),
        ("全县城市管理工作会议", "城市管理", set(), set()),
        ("全市城市工作会议", "城市管理", set(), set()),
        ("全县老旧小区改造工作推进会", "城市管理", {"老旧小区"}, set()),
        ("全县文化和旅游工作会议", "文化旅游", set(), set()),
        ("全县旅游发展大会", "文化旅游", {"文旅"}, {"文物"}),
        ("全市文旅产业发展大会", "文化旅游", {"文旅"}, {"文物"}),
        ("全县文物安全工作会议", "文化旅游", {"文物"}, {"文旅"}),
    ],
)
def test_a_yearly_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower work (社保) is deployed, its neighbour (就业) is not."""
    assert_deploys_its_own_work(meeting, topic, must, never)


def test_an_old_housing_meeting_speaks_mostly_of_old_housing():
    """老旧小区改造推进会: its points are about the estates, not the city's 执法 or 数字化.

    The estates' own points (safety, residents, property …) carry only the narrower tags,
    so a plain 城市管理 meeting does not spend half its speech on them.
    """
    for seed in range(3):
        library, draft = draft_meeting(
            "全县老旧小区改造工作推进会", seed=seed, points=5, minutes=20
        )
        points = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        topical = [t for t in points if t & {"城市管理", "城市更新", "老旧小区"}]
        assert sum("老旧小区" in t for t in topical) > len(topical) / 2, (
            seed,
            used_ids(draft, "point"),
        )


# Work only a 县 or above does: job fairs and start-up loans, the pension fund's audit, labour inspection,
# the city operations platform, underground networks, city check-ups, archaeology before land sales,
# library branches, land quotas for tourism projects.
COUNTY_ONLY = (
    "专场招聘", "创业担保贷款", "内部控制机制", "劳动保障监察", "城市运行管理服务平台", "地下管网",
    "城市体检", "考古调查勘探", "总分馆", "用地指标", "住建、自然资源",
)  # fmt: skip


@pytest.mark.parametrize(
    ("place", "meeting"),
    [
        ("葛仙庄镇", "全镇就业工作会议"),
        ("葛仙庄镇", "全镇社保扩面工作会议"),
        ("葛仙庄镇", "全镇城市管理工作会议"),
        ("城关街道", "全街道城市管理工作会议"),
        ("城关街道", "全街道老旧小区改造工作推进会"),
        ("葛仙庄镇", "全镇文化和旅游工作会议"),
        ("葛仙庄镇", "全镇文物安全工作会议"),
    ],
)
def test_a_town_draft_carries_no_county_powers(place, meeting):
    level = "街道" if place.endswith("街道") else "镇"
    assert_keeps_to_its_powers(meeting, place, level, COUNTY_ONLY)


def _offered(place: str, meeting: str, stage: str) -> set[str]:
    library, _ = draft_meeting(meeting, place=place)
    template = load_templates()["work-meeting"]
    answers = resolve_answers({"place": place, "meeting": meeting})
    return {f.id for f in candidates(library, Role.POINT, template, answers, stage=stage)}


def test_a_town_runs_its_market_street_and_a_street_its_estates():
    """A 镇 cleans up its 集镇 on market days; a 街道 works through 网格 and 无物业小区; a 县 does neither itself."""
    town = _offered("葛仙庄镇", "全镇城市管理工作会议", "任务")
    street = _offered("城关街道", "全街道城市管理工作会议", "任务")
    county = _offered("清河县", "全县城市管理工作会议", "任务")
    assert (
        "point.urban.task.market-town" in town
        and "point.urban.task.market-town" not in street | county
    )
    assert "point.urban.task.street" in street and "point.urban.task.street" not in town | county
    assert (
        "point.urban.task.infrastructure" in county
        and "point.urban.task.infrastructure" not in town | street
    )
    assert "point.employment.task.grass-roots" in _offered("葛仙庄镇", "全镇就业工作会议", "任务")
    assert "point.employment.task.grass-roots" not in _offered("清河县", "全县就业工作会议", "任务")
    plain = _offered("清河县", "全县城市管理工作会议", "任务")
    assert "point.urban.task.property" not in plain and "point.urban.task.old-communities" in plain
    assert "point.urban.task.property" in _offered("清河县", "全县老旧小区改造工作推进会", "任务")
    assert "point.tourism.task.relic-town" in _offered("葛仙庄镇", "全镇文物安全工作会议", "任务")
    assert "point.tourism.task.relic-records" not in _offered(
        "葛仙庄镇", "全镇文物安全工作会议", "任务"
    )


@pytest.mark.parametrize(
    ("meeting", "item", "says"),
    [
        ("全县就业工作会议", "做好离校未就业高校毕业生实名服务", ("青年", "毕业")),
        ("全县社保扩面工作会议", "推动灵活就业人员参保", ("参保", "扩面", "应保尽保")),
        ("全县老旧小区改造工作推进会", "推进既有住宅加装电梯", ("改造", "小区")),
        ("全县城市管理工作会议", "整治占道经营和店外经营", ("市容", "街面")),
        ("全县旅游发展大会", "发展乡村民宿", ("乡村", "田园")),
        ("全县文物安全工作会议", "开展文物建筑消防隐患排查", ("安全",)),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says)


def test_achievements_and_problems_are_stated_in_the_recognition_point():
    assert_facts_open_the_first_point("全县就业工作会议", "城镇新增就业超额完成目标", "青年就业压力较大")


def _sentences(text: str) -> set[str]:
    return {
        s for line in text.splitlines()[1:] for s in split_sentences(line) if count_han(s) >= 12
    }


@pytest.mark.parametrize("work", ["就业工作会议", "城市管理工作会议", "文化和旅游工作会议"])
def test_two_counties_asking_for_the_same_meeting_get_different_speeches(work):
    """Each county's own seed (from its name, the meeting and the date) picks other points and phrasings."""
    texts = []
    for place in ("清河县", "沭阳县"):
        answers = {"place": place, "meeting": f"全县{work}", "date": "2026年3月8日"}
        texts.append(
            draft_meeting(
                answers["meeting"], place=place, seed=seed_for(answers), date=answers["date"]
            )[1].text
        )
    first, second = (_sentences(t) for t in texts)
    assert len(first & second) < 0.5 * min(len(first), len(second)), sorted(first & second)[:5]
