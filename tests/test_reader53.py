"""What reader53 read in drafts a 县/乡 clerk would hand in, and mended (tests cheap: a few in-process drafts drawn once
per worker, library look-ups)."""

from __future__ import annotations

import re

import pytest

_TARGET = "城镇新增就业3000人以上"


def _section_of(text: str, said: str) -> str:
    """The paragraph of `text` that says `said`."""
    return next(p for p in text.split("\n") if said in p)


def test_a_whole_work_target_of_an_employment_meeting_is_said_of_the_whole_work():
    # 清河县 全县就业工作推进会 (12 min, seeds 1, 2, 3, 21; without --minutes seeds 1–4 too): 城镇新增就业 is a target of the
    # whole work, not of the area that happened to come first — （一）以政策和环境引才留才，让青年人愿意来、留得住。这方面今年
    # 的目标是：城镇新增就业3000人以上: every employment task point is tagged 就业, the work's own name
    from tests.work_drafts import draft_meeting

    text = draft_meeting("全县就业工作推进会", seed=1, targets=[_TARGET], tasks=["开展职业技能培训5000人次"])[1].text
    said = _section_of(text, _TARGET)
    assert not re.match(r"（[一二三四五六]）", said), said
    assert "主要目标是" in said
    assert "技能" in _section_of(text, "5000人次").split("今年要")[0]  # a task of one area still goes to it


@pytest.mark.parametrize(("meeting", "reservoirs"), [
    ("全县水利工作会议", False),
    ("全市水务工作会议", False),
    ("全县病险水库除险加固工作推进会", True),
    ("全县水利暨水库安全度汛工作会议", True),  # named: said
])  # fmt: skip
def test_a_general_water_meeting_leaves_the_reservoirs_own_points_out(meeting, reservoirs):
    # 清河县 全县水利工作会议 (15 min, seed 3): 一（二）把水库安全摆在防洪安全的首要位置来认识 and 二（五）把水库管好管长远;
    # at 20–30 minutes two or three reservoir sections (二（六）守住不垮坝的底线 … 三（二）压实水库安全责任). Its own
    # 运行管护 and 防灾减灾 areas already say 水库安全管理 and 水库、堤防隐患排查.
    from drafter.topics import ruled_out_tags

    assert ("水库安全" not in ruled_out_tags(meeting, "")) is reservoirs


def test_a_general_water_speech_has_no_reservoir_section():
    from tests.work_drafts import draft_meeting, used_ids

    for seed in (0, 3):  # (at the length a meeting has without --minutes: 除险加固 at seed 0, 水库管护 at seed 3 on main)
        ids = used_ids(draft_meeting("全县水利工作会议", seed=seed)[1], "point")
        assert not [i for i in ids if ".reservoir-" in i], (seed, ids)


@pytest.mark.parametrize(("fragment_id", "above_a_street"), [
    # 望京街道 全街道平安建设工作推进会 (10 min, seed 7): 派出所、司法所、人民法庭要和综治中心衔接起来 — a street directs no
    # court; 对工作推进缓慢、问题突出的地方和单位，要进行约谈提醒、挂牌督办
    ("point.peace.task.overview", "人民法庭"),
    ("point.peace.guard.assessment", "挂牌"),
])  # fmt: skip
def test_a_streets_peace_speech_neither_directs_the_court_nor_hangs_up_cases(fragment_id, above_a_street):
    from tests.work_drafts import fragment_renderings

    for level, place in (("街道", "望京街道"), ("镇", "城关镇")):
        assert above_a_street not in "".join(fragment_renderings(fragment_id, level, place, "平安建设工作", 6))
    assert above_a_street in "".join(fragment_renderings(fragment_id, "县", "清河县", "平安建设工作", 6))


@pytest.mark.parametrize(("place", "seed"), [("清河县", 4), ("城关镇", 7)])
def test_a_meeting_joining_defence_mobilisation_and_conscription_speaks_of_both(place, seed):
    # 清河县 全县国防动员暨征兵工作会议 (15 min, seed 4; and every seed without --minutes): every task area on 征兵 (质量、
    # 大学生、交接、退役安置), not a word of 国防动员 itself (民兵, 潜力) though the name joins both; 全县征兵工作会议 stays
    # on 征兵
    from drafter.library import load_library
    from drafter.topics import joined_whole_works
    from tests.work_drafts import draft_meeting, used_ids

    library, meeting = load_library(), ("全县" if place == "清河县" else "全镇") + "国防动员暨征兵工作会议"
    tasks = [library.get(i) for i in used_ids(draft_meeting(meeting, place=place, seed=seed)[1], "point")]
    tasks = [f for f in tasks if f.stage == "任务"]
    on_part = [f.id for f in tasks if "征兵" in f.tags]
    assert len(on_part) >= 2 and len(on_part) < len(tasks), [f.id for f in tasks]
    assert joined_whole_works("全县征兵工作会议") == frozenset()


def test_a_townships_market_speech_says_its_meetings_with_the_bureau_once():
    # 古楼乡 全乡市场监管工作会议 (15 min, seed 527): 三（一）要和市场监管所建立定期会商、信息互通和联合巡查的机制 and
    # 三（二）和辖区市场监管所建立定期会商机制; 推进放心消费创建 in 商场、超市、农贸市场和旅游景区 (a 乡 has neither)
    from tests.work_drafts import fragment_renderings

    seeds = 4

    def said(fragment_id: str) -> list[str]:
        texts = fragment_renderings(fragment_id, "乡", "古楼乡", "市场监管工作", seeds)
        size = len(texts) // seeds
        return ["".join(texts[i : i + size]) for i in range(0, len(texts), size)]

    for duty, town in zip(said("point.market.guard.responsibility"), said("point.market.guard.town"), strict=True):
        assert (duty + town).count("会商") <= 1
    consumers = "".join(said("point.market.task.consumers"))
    assert "商场" not in consumers and "旅游景区" not in consumers and "放心" in consumers
    assert "旅游景区" in "".join(fragment_renderings("point.market.task.consumers", "县", "清河县", "市场监管工作", 1))


@pytest.mark.parametrize(("place", "meeting", "seed", "task"), [
    ("清河县", "全县招商引资工作会议", 108, "新引进亿元以上项目20个"),
    ("射阳县", "全县食品安全工作会议", 1, "加强食品安全"),
])  # fmt: skip
def test_a_task_of_the_whole_work_is_what_the_points_are_for(place, meeting, seed, task):
    # 清河县 全县招商引资工作会议 (15 min, seed 108): 以上几个方面之外，今年还有一项工作要专门强调，就是新引进亿元以上项目20个 —
    # at a meeting on 招商引资 the year's 招商 count is what all the points are for, not a job beside them
    from tests.work_drafts import draft_meeting

    text = draft_meeting(meeting, place=place, seed=seed, tasks=[task])[1].text
    said = _section_of(text, task)
    assert "之外" not in said and "专门强调" not in said, said
    assert said.startswith(("以上几个方面", "抓好以上几个方面")) and text.count(task) == 1


@pytest.mark.parametrize(("fragment_id", "county_only"), [
    # 红星镇 全镇食品安全工作会议 (12 min, seed 112): 平台要对入网商户的资质逐一审核…线上线下一体检查，依法处理; 小作坊 对达到
    # 条件的依法登记…坚决依法取缔 — registering and closing workshops is the 市场监管's, not a town's
    ("point.food.task.catering", "入网商户"),
    ("point.food.task.producers", "依法取缔"),
])  # fmt: skip
def test_a_towns_food_safety_speech_neither_licenses_nor_closes(fragment_id, county_only):
    from tests.work_drafts import fragment_renderings

    for level, place in (("镇", "红星镇"), ("街道", "望京街道")):
        assert county_only not in "".join(fragment_renderings(fragment_id, level, place, "食品安全工作", 2))
    assert county_only in "".join(fragment_renderings(fragment_id, "县", "清河县", "食品安全工作", 2))

