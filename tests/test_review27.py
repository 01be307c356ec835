"""What a clerk would not hand in, read in drafts as the leader's writer (review27)."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, used_ids


def _points(draft, library):
    return [library.get(i) for i in used_ids(draft, "point")]


def _subheadings(point_text: str) -> list[str]:
    return [p.split("。")[0] for p in point_text.split("\n\n") if p.startswith("（")]


@pytest.mark.parametrize(("seed", "minutes"), [(1, None), (2, None), (3, 20)])
def test_a_problem_under_the_first_point_is_not_a_task_area_heading_again(seed, minutes):
    # Read (清河县 全县党风廉政建设工作会议 seed 1): 一、（二）形式主义、官僚主义仍需下大力气整治 and 二、（二）以务实作风整治
    # 形式主义，推动基层减负常态长效 — the problem and its fix under two headings in the same words.
    _, draft = draft_meeting("全县党风廉政建设工作会议", seed=seed, minutes=minutes)
    first, *rest = draft.text.split("\n## ")[1:]
    later = [h for p in rest for h in [p.split("\n")[0], *_subheadings(p)]]
    if any("形式主义" in h for h in later):
        assert not [h for h in _subheadings(first) if "形式主义" in h], _subheadings(first)


@pytest.mark.parametrize(("seed", "minutes"), [(1, 20), (2, 10), (2, 20), (3, 20)])
def test_village_party_secretaries_hear_no_party_building_of_offices_firms_or_cities(seed, minutes):
    # Read (清河县 全县村党组织书记培训班开班式 seed 2, 10 minutes): 二、（二）机关、国企、学校医院…… told to village
    # party secretaries; at 20 minutes also 深化城市基层党建.
    library, draft = draft_meeting("全县村党组织书记培训班开班式", seed=seed, minutes=minutes)
    ids = [f.id for f in _points(draft, library)]
    assert not {"point.party.task.institutions", "point.party.task.urban", "point.party.task.new-sectors"} & set(ids)
    assert "国企" not in draft.text and "城市基层党建" not in draft.text


def test_a_county_secretaries_meeting_still_deploys_offices_and_cities():
    from drafter.render.select import _fitting

    library, _ = draft_meeting("全县基层党建工作会议", seed=1)
    fits = _fitting({"place": "清河县", "meeting": "全县基层党建工作会议", "level": "县", "kind": "工作会议"}, {"基层党建"}, ())
    assert fits(library.get("point.party.task.institutions"))


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_ten_minute_civil_affairs_speech_deploys_a_main_area(seed):
    # Read (清河县 县民政局2026年民政工作推进会 seed 2, 10 minutes): its one task point was 银发经济 (企业要多研发适老产品),
    # nothing of 社会救助 or 养老服务 themselves.
    library, draft = draft_meeting("县民政局2026年民政工作推进会", seed=seed, minutes=10)
    tasks = [f.id for f in _points(draft, library) if f.stage == "任务"]
    assert "point.civil.task.silver-economy" not in tasks[:1], tasks


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_town_flood_speech_speaks_of_its_own_hills_not_of_places_with_mountains(seed):
    # Read (清河县柳镇 全镇防汛工作动员部署会 seed 1, 10 minutes): 有山区的地方还要…… — as a county speaks of its towns.
    _, draft = draft_meeting("全镇防汛工作动员部署会", "清河县柳镇", seed, minutes=20)
    assert "有山区的地方" not in draft.text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bureaus_symposium_speaks_for_the_bureau_and_deploys_its_own_work(seed):
    # Read (清河县 县卫健局卫生健康工作座谈会 seed 1, 10 minutes): 今天把大家请来座谈，是县委、县政府……的一项具体安排,
    # 遇到困难，县委、县政府和大家站在一起 and 政府要主动作为 — and a task point on 医保基金, the 医保局's work.
    library, draft = draft_meeting("县卫健局卫生健康工作座谈会", seed=seed, minutes=10)
    assert "县委、县政府" not in draft.text and "政府要主动作为" not in draft.text
    assert "point.health.task.medical-insurance" not in used_ids(draft, "point")


@pytest.mark.parametrize(("seed", "minutes"), [(1, 10), (3, 10), (2, None)])
def test_a_forest_and_grassland_fire_meeting_opens_and_recognises_both(seed, minutes):
    # Read (清河县 全县森林草原防灭火工作会议 seed 3, 10 minutes): its opening spoke of 草原防火 alone (保护好我县的草原生态),
    # its 认识 point of 森林防火 alone (看清森林防火的分量), its closing of 护林防火 alone.
    _, draft = draft_meeting("全县森林草原防灭火工作会议", seed=seed, minutes=minutes)
    opening, first = draft.text.split("\n## ")[0], draft.text.split("\n## ")[1]
    assert "林" in opening.split("\n\n", 2)[2] and "草" in opening.split("\n\n", 2)[2], opening
    assert "森林" in first and "草原" in first, first[:200]


def test_a_forest_fire_meeting_says_nothing_of_grassland_together():
    library, draft = draft_meeting("全县森林防火工作会议", seed=1)
    assert not [i for i in used_ids(draft, "point") + used_ids(draft, "opening") if "forest-grassland" in i]


def test_a_summary_heading_counts_no_lessons_a_short_draft_left_out():
    # Read (清河县 县应急管理局2026年安全生产工作总结会 seed 1, 10 minutes): （一）体会之一是握指成拳 then （二）体会之三是一抓到底
    # — the second lesson was trimmed to fit ten minutes, its number stayed in the third's heading.
    for seed in range(1, 4):
        _, draft = draft_meeting("县应急管理局2026年安全生产工作总结会", seed=seed, minutes=10)
        assert "体会之" not in draft.text, seed


@pytest.mark.parametrize("seed", [1, 2])
def test_a_thirty_minute_living_environment_speech_is_mostly_its_own(seed):
    # Read (清河县 全县人居环境整治推进会 seed 1, 30 minutes): five 人居环境 fragments of eighteen; its 认识 point held
    # six sections, two of them general ones on the same shortcomings.
    library, draft = draft_meeting("全县人居环境整治推进会", seed=seed, minutes=30)
    points = _points(draft, library)
    assert sum("人居环境" in f.tags for f in points) >= 8, [f.id for f in points]
    first = draft.text.split("\n## ")[1]
    assert len(_subheadings(first)) <= 5, _subheadings(first)


@pytest.mark.parametrize(("meeting", "seed"), [("全县人居环境整治推进会", 1), ("全县人居环境整治推进会", 2)])
def test_a_gathered_points_heading_says_no_earlier_heading_again(meeting, seed):
    # Read (全县人居环境整治推进会 seed 1, 30 minutes, after this branch's 人居环境 areas): 一、（三）坚持问题导向，找准制约
    # 推进的症结所在, then 二、坚持问题导向，扎实推进各项重点任务.
    import re

    _, draft = draft_meeting(meeting, seed=seed, minutes=30)
    earlier: list[str] = []
    for point in draft.text.split("\n## ")[1:]:
        heading = point.split("\n")[0].split("、", 1)[1]
        runs = {r[i : i + 5] for r in re.findall(r"[\u4e00-\u9fff]{5,}", heading) for i in range(len(r) - 4)}
        assert not [h for h in earlier if any(run in h for run in runs)], (heading, earlier)
        earlier += [heading, *_subheadings(point)]
