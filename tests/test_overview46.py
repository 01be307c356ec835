"""Short speeches of 森林防火, 安全生产 and 党风廉政 deploy their work's overview (lead45's tests, brought back with the
overviews by overview46)."""

from __future__ import annotations

from work_drafts import draft_text


def _task_point(text: str) -> str:
    return text.split("## 二、")[1].split("## 三、")[0]


def test_a_ten_minute_forest_fire_speech_deploys_fire_sources_patrols_and_fire_fighting() -> None:
    """Its one task point is the work's overview, at a 县 and a 镇 alike; a longer speech gathers areas as before."""
    for place, meeting in (("清河县", "全县森林防火工作会议"), ("湖南省邵阳市隆回县桃洪镇", "全镇森林防灭火工作会议")):
        for seed in (0, 1, 2):
            tasks = _task_point(draft_text(place, meeting, seed, 10))
            for said in ("火源", "隐患", "巡", "扑"):
                assert said in tasks, (place, seed, tasks)
    longer = draft_text("清河县", "全县森林防火工作会议", 0, 20)
    assert "防、查、巡、扑" not in longer and "防火环节多、战线长" not in longer


def test_a_ten_minute_safety_speech_deploys_hazards_sectors_firms_and_emergencies() -> None:
    for place, meeting in (("清河县", "全县安全生产工作会议"), ("南通市", "全市安全生产工作会议")):
        for seed in (0, 1, 2):
            tasks = _task_point(draft_text(place, meeting, seed, 10))
            for said in ("隐患", "危", "企业", "应急"):  # 危险化学品 or 危化品
                assert said in tasks, (place, seed, tasks)
    # a meeting named for a time of year deploys that time's work, not the year-round overview
    winter = _task_point(draft_text("清河县", "全县岁末年初安全生产工作会议", 0, 10))
    assert "点多面广" not in winter and "出大事" not in winter and "燃气" in winter


def test_a_ten_minute_integrity_speech_deploys_supervision_rules_grassroots_and_education() -> None:
    for seed in (0, 1, 2):
        tasks = _task_point(draft_text("清河县", "全县党风廉政建设工作会议", seed, 10))
        for said in ("监督", "群众", "警示教育"):
            assert any(w in tasks for w in ("违规吃喝", "八项规定", "四风")), (seed, tasks)
            assert said in tasks, (seed, tasks)
    # a bureau's own meeting does not speak as the 纪委 (the overview is the Party committee's)
    bureau = _task_point(draft_text("清河县", "县教育局2026年党风廉政建设工作会议", 0, 10))
    assert "政治监督" not in bureau
