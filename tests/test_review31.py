"""Drafts read as the leader's writer, session 31: the user's tasks choose the areas a speech deploys, a task no area is
about gets no sub-point of stock sentences, and wording out of season or said twice (review31)."""

from __future__ import annotations

import re

import pytest

from drafter.drafting import DraftRequest, make_draft

# The stock sentences a task said as a sub-point of its own is given (render/facts.py `_HOW`): under a point about
# something else, a reader sees a heading and filler.
_STOCK = re.compile(
    r"摆上重要位置，主要负责同志亲自过问|作为今年的硬任务来抓|由分管领导牵头，细化工作方案|主动认领、加强协作|纳入重点督查事项|责任落实到人，遇到困难"
)


def _draft(
    place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object
) -> str:
    request = DraftRequest(
        answers={"place": place, "meeting": meeting, **answers},
        seed=seed,
        minutes=minutes,
        history=False,
    )
    return make_draft(request).draft.text


def _points(text: str) -> list[str]:
    return text.split("\n## ")[1:]


def _headings(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if line.startswith(("## ", "（", "1.", "2.", "3.", "4.", "5.", "6."))
    ]


_RURAL = {
    "achievements": ["新建高标准农田1.2万亩", "村集体经济收入全部超过20万元"],
    "problems": ["产业链条短，农产品附加值不高"],
    "tasks": ["推进农村人居环境整治", "发展特色种植和农产品加工"],
}


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_rural_speech_deploys_the_areas_of_the_users_tasks(seed: int) -> None:
    # Read (seed 3, 12 minutes): no 产业 point at all; 发展特色种植和农产品加工 said as （四） of the 和美乡村 point with
    # 有关单位要把这项任务摆上重要位置… (seeds 1 and 5: after all the points, 以上几个方面之外…), the problem being 产业链条短.
    text = _draft("葛仙庄镇", "全镇乡村振兴工作推进会", seed, 12, **_RURAL)
    heads = "\n".join(_headings(text))
    assert "产业" in heads, heads
    assert "人居环境" in heads or "和美乡村" in heads, heads
    assert "以上几个方面之外" not in text
    assert not _STOCK.search(text), _STOCK.search(text)


def _sub_headings_after(text: str, sentence: str) -> list[str]:
    """The sub-point headings of the point or section whose lead-in says `sentence`."""
    blocks = re.split(r"\n(?=## |（[一二三四五六七八]）)", text)
    i = next(i for i, b in enumerate(blocks) if sentence in b)
    if re.search(
        r"\n[1-9]\.", blocks[i]
    ):  # a section of a gathered point: its sub-points are 1. 2.
        return [
            line.split("。")[0] for line in blocks[i].splitlines() if re.match(r"[1-9]\.", line)
        ]
    subs = []
    for block in blocks[i + 1 :]:
        if block.startswith("## "):
            break
        subs.append(block.split("。")[0])
    return subs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_sub_point_a_task_names_is_not_cut_to_fit_the_length(seed: int) -> None:
    # Read: 今年要推进农村人居环境整治。要在以下两个方面持续用力：（一）规划（二）基础设施 — the sub-point
    # 持续整治提升农村人居环境 cut to reach 12 minutes, and 大力发展农产品加工业 cut under 今年要发展特色种植和农产品加工.
    text = _draft("葛仙庄镇", "全镇乡村振兴工作推进会", seed, 12, **_RURAL)
    if "要推进农村人居环境整治。" in text:
        subs = "、".join(_sub_headings_after(text, "要推进农村人居环境整治。"))
        assert re.search("人居环境|村庄更干净|厕所|村容村貌", subs), subs
    if "要发展特色种植和农产品加工。" in text:
        subs = "、".join(_sub_headings_after(text, "要发展特色种植和农产品加工。"))
        assert re.search("加工", subs), subs


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_task_found_by_a_word_in_passing_is_no_sub_point_of_another_area(seed: int) -> None:
    # Read: with one 产业 task point, 推进农村人居环境整治 became （四）推进农村人居环境整治。要由分管领导牵头，细化工作
    # 方案… under 让特色产业成为农民增收的坚实支撑 (a 环境 in passing): a task under a point about another part is said
    # after the points if anywhere, never as a sub-point of stock sentences.
    text = _draft("葛仙庄镇", "全镇乡村振兴工作推进会", seed, 12, points=3, **_RURAL)
    for point in _points(text):
        for line in point.splitlines():
            if line.startswith("（") and (
                "人居环境整治。" in line or "特色种植和农产品加工。" in line
            ):
                assert not _STOCK.search(line), line


def test_a_task_naming_an_area_of_the_work_goes_to_that_area() -> None:
    # Read (golden topic-rural): 实施和美乡村示范村建设 was said in the 农民增收 area (by 示范) beside the 和美乡村 one.
    text = _draft(
        "清河县", "全县农村工作会议", 2, 20,
        targets=["粮食播种面积稳定在120万亩以上", "农村居民收入增速高于城镇居民"],
        tasks=["新建高标准农田3万亩", "实施和美乡村示范村建设"],
    )  # fmt: skip
    for part in re.split(r"\n（[一二三四五六]）", text):
        if "实施和美乡村示范村建设" in part:
            assert "和美乡村" in part.split("。")[0], part[:200]


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_flood_speech_does_not_say_press_responsibility_twice_in_headings(seed: int) -> None:
    # Read (望江县, seed 4, 20 minutes): 二（一）1.逐库压实安全度汛责任 and 三（二）压实防汛责任，构建横向到边、纵向到底的责任体系.
    text = _draft("望江县", "全县防汛工作会议", seed, 20)
    pressed = [h for h in _headings(text) if re.search(r"压实[^，。]{0,6}责任", h.split("。")[0])]
    assert len(pressed) <= 1, pressed


@pytest.mark.parametrize("date", ["2026年9月20日", "2026年4月10日", "2026年6月15日"])
def test_no_after_festival_return_to_work_outside_the_new_year_season(date: str) -> None:
    # Read (September): 要严格执行复工复产安全条件确认制度… in the 节假日和重大活动期间 sub-point of 重点时段和重点场所.
    for seed in range(1, 7):
        text = _draft("清河县", "全县安全生产工作会议", seed, 20, date=date)
        assert "复工复产" not in text or "雨后复工复产" in text, seed


_PEACE = {
    "achievements": ["全年化解矛盾纠纷320件"],
    "problems": ["部分小区物业管理缺位"],
    "tasks": ["开展电信网络诈骗防范宣传进社区", "推进网格化服务管理"],
}


def test_a_sub_point_does_not_say_in_passing_what_another_point_heads() -> None:
    # Read (城关街道, 10 minutes, seed 4): 二（三）让群众成为守护平安的主力 (平安志愿者、巡防队员, their 装备 and 保险)
    # and 三、建强调解员和群防群治队伍 with （二）组织好平安志愿者和治安巡防 and （三）落实经费和激励保障.
    text = _draft("城关街道", "全街道平安建设工作会议", 4, 10, **_PEACE)
    assert sum("平安志愿者" in p for p in _points(text)) <= 1, [p[:40] for p in _points(text) if "平安志愿者" in p]


def test_a_task_is_said_in_a_point_only_for_what_the_point_says() -> None:
    # Read (same draft): 今年，开展电信网络诈骗防范宣传进社区是我们要着力推进的一项重点任务 in the 认识 point, whose
    # sub-point on 电信网络诈骗 had been cut for the length: nothing around it spoke of fraud.
    text = _draft("城关街道", "全街道平安建设工作会议", 4, 10, **_PEACE)
    for point in _points(text):
        if "开展电信网络诈骗防范宣传进社区" in point.split("\n\n同志们")[0] and "以上几个方面之外" not in point:
            rest = point.replace("开展电信网络诈骗防范宣传进社区", "")
            assert "诈骗" in rest, point[:200]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_education_safety_class_speaks_of_school_safety_to_its_trainees(seed: int) -> None:
    # Read (北京市朝阳区, 10 minutes, seed 1): 教师配置还存在不少短板, 让县中重振雄风 (a 市辖区 has no 县中) and
    # 让党委在教育工作中总揽全局…区委、区政府要经常研究 told to the trainees of a 教育系统安全工作培训班.
    text = _draft("朝阳区", "全区教育系统安全工作培训班开班式", seed, 10, superior="北京市")
    assert "县中" not in text and "县域普通高中" not in text
    assert "区委、区政府要经常研究" not in text and "总揽全局" not in text
    heads = "\n".join(_headings(text))
    assert re.search("安全|欺凌|溺水|平安", heads), heads


def test_a_district_has_no_county_high_school() -> None:
    for seed in (1, 2, 3, 4):
        text = _draft("朝阳区", "全区教育工作会议", seed, 20, superior="北京市")
        assert "县中" not in text, seed


def test_school_surroundings_say_villages_and_communities() -> None:
    # Read: 学校、家庭、有关单位和村组织一起管 and 网格员、村干部 at a 北京市朝阳区 class.
    text = _draft("朝阳区", "全区教育系统安全工作培训班开班式", 1, 10, superior="北京市")
    assert not re.search("和村组织|、村干部|和村干部", text)


@pytest.mark.parametrize("place", ["葛仙庄镇", "清河县"])
def test_a_flood_summary_after_the_season_sends_nobody_up_the_dikes(place: str) -> None:
    # Read (葛仙庄镇, 2026年10月15日, 10 minutes, seed 5): 一进入汛期，特别是江河涨水的时候，巡堤人员要按规定上堤 and
    # 病险水库汛期原则上要空库运行 in a 总结会 held after the season.
    scope = "全镇" if place.endswith("镇") else "全县"
    for seed in (1, 2, 5):
        text = _draft(place, f"{scope}防汛工作总结会", seed, 10, date="2026年10月15日")
        assert "一进入汛期" not in text and "巡堤人员要按规定上堤" not in text, seed
