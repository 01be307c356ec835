"""Drafts read as a 县/市/镇 clerk would, session 32: what a place has not (a central district's reservoirs and
hills), text bound to a season said only in it, users' tasks placed by what they are about and never dropped in
silence, and farewells and elders' gatherings spoken to their own hall (review32)."""

from __future__ import annotations

import re

import pytest

from drafter.drafting import DraftRequest, make_draft
from drafter.errors import UsageError
from drafter.features import parse_features, place_features

# What a central city district has none of: reservoirs and their river-basin works, hills and their flash floods
# and scenic spots, farmhouses and village buildings.
_NOT_IN_TOWN = re.compile(r"水库|水工程|蓄滞洪|山洪|山区|山塘|景点|山岳|地质灾害|农房|村部|村小")


def _result(place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object):  # type: ignore[no-untyped-def]
    request = DraftRequest(
        answers={"place": place, "meeting": meeting, **answers}, seed=seed, minutes=minutes, history=False
    )
    return make_draft(request)


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object) -> str:
    return str(_result(place, meeting, seed, minutes, **answers).draft.text)


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_central_district_flood_teleconference_speaks_of_its_streets_not_reservoirs(seed: int) -> None:
    # Read (鼓楼区, seeds 1-8): 水库安全度汛, 科学调度水库、闸坝、蓄滞洪区, 山洪易发区, 对山区旅游景点……临时关闭,
    # 山岳救援; the one task point was 救援力量 or 水库. Now its task point is 城镇防洪排涝 (地下空间, 下穿通道).
    text = _draft("鼓楼区", "全区防汛工作电视电话会议", seed)
    assert not _NOT_IN_TOWN.search(text), _NOT_IN_TOWN.search(text)
    assert "排涝" in text and ("地下空间" in text or "下穿" in text)


@pytest.mark.parametrize(("place", "seed"), [("静安区", 3), ("越秀区", 2), ("和平区", 5)])
def test_other_central_districts_at_length_take_no_reservoir_or_hill_text(place: str, seed: int) -> None:
    text = _draft(place, "全区防汛工作会议", seed, 30)
    assert not _NOT_IN_TOWN.search(text), _NOT_IN_TOWN.search(text)


def test_a_user_says_their_place_is_urban_or_a_plain() -> None:
    # A 区 not in our table (江宁区 has hills and reservoirs): drafted as before, unless the user says 城区.
    suburb = _draft("江宁区", "全区防汛工作会议", 4, 20)
    assert re.search("水库|山洪", suburb)
    town = _draft("江宁区", "全区防汛工作会议", 4, 20, features="中心城区")
    assert not _NOT_IN_TOWN.search(town), _NOT_IN_TOWN.search(town)
    plain = " ".join(_draft("清河县", "全县防汛工作会议", s, 20, features="平原") for s in (1, 4))
    assert not re.search("山洪|山区|泥石流|崩塌", plain)  # a dam's 滑坡 is a plain's too
    assert place_features({"place": "鼓楼区"}) == {"城区"}
    assert parse_features("平原、沿海") == ["平原", "沿海"]
    with pytest.raises(UsageError, match="不认识的地方特点“高原城市”"):
        parse_features("高原城市")


def test_the_features_question_is_asked_only_where_it_matters() -> None:
    asked: list[str] = []

    def prompt(var):  # type: ignore[no-untyped-def]
        asked.append(var.name)
        return "城区" if var.name == "features" else ""

    for place, meeting in [("江宁区", "全区防汛工作会议"), ("鼓楼区", "全区防汛工作会议"), ("江宁区", "全区教育工作会议")]:
        asked.clear()
        request = DraftRequest(answers={"place": place, "meeting": meeting}, seed=1, history=False)
        text = make_draft(request, prompt=prompt).draft.text
        assert ("features" in asked) == (place == "江宁区" and "防汛" in meeting), (place, meeting, asked)
        if "features" in asked:
            assert not _NOT_IN_TOWN.search(text)


_FLOOD_END = re.compile(r"汛末|秋冬抗旱|汛期快结束时")


def test_text_of_the_end_of_the_flood_season_is_said_only_then() -> None:
    # Read: 临近汛末，蓄水要讲科学……为秋冬抗旱打好基础 in a flood meeting with no date (鼓楼区 seed 5).
    said = [
        _draft("清河县", "全县防汛工作会议", s, 30, date=date)
        for s in (1, 2, 3, 4, 5, 6)
        for date in ("", "2026年6月10日")
    ]
    assert not any(_FLOOD_END.search(t) for t in said)
    late = [_draft("清河县", "全县防汛工作会议", s, 30, date="2026年8月25日") for s in (1, 2, 3, 4, 5, 6)]
    held = [t for t in late if "水工程" in t or "该蓄则蓄" in t or "调度水库" in t]
    assert all(_FLOOD_END.search(t) for t in held if "拦蓄洪水资源" in t or "多留的水" in t)
    no_winter = " ".join(said)
    assert "冬天不能让一户人家受冻" not in no_winter and "温暖过冬" not in no_winter


_TASKS = ["推进安全生产责任保险扩面", "推进妇女儿童之家数字化建设"]


@pytest.mark.parametrize(
    ("place", "meeting"),
    [
        ("南通市", "全市中青年干部培训班开班式"),
        ("清河县", "全县乡村振兴干部培训班结业式"),
        ("清河县", "全县高校毕业生欢送会"),
    ],
)
def test_a_meeting_that_deploys_no_tasks_says_which_were_not_used(place: str, meeting: str) -> None:
    # Read (全市中青年干部培训班开班式, seed 1): the trainees heard 以上几个方面之外，今年还有几项工作要专门强调：一是推进
    # 安全生产责任保险扩面……牵头单位要拿出具体方案; a class deploys no county work. Now the screen says so.
    result = _result(place, meeting, 1, tasks=_TASKS)
    text = result.draft.text
    assert "责任保险" not in text and "以上几个方面之外" not in text
    note = next(n for n in result.notes if "没有用上“任务”" in n)
    assert all(t in note for t in _TASKS) and "不部署本地的工作任务" in note


def test_a_work_meeting_still_takes_the_tasks() -> None:
    result = _result("清河县", "全县安全生产工作会议", 1, tasks=_TASKS[:1])
    assert "责任保险" in result.draft.text
    assert not any("没有用上“任务”" in n for n in result.notes)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_farewell_is_a_send_off_not_a_work_meeting(seed: int) -> None:
    # Read (全市高校毕业生欢送会): a 工作会议 on 就业 — “把高校毕业生欢送会工作的任务抓到位”, 公共就业服务, 零工市场,
    # 就业社保队伍作风; the graduates were never spoken to.
    text = _draft("清河县", "全县高校毕业生欢送会", seed)
    assert "欢送会工作" not in text and "零工市场" not in text and "就业社保" not in text
    assert re.search("送行|出发|启程", text) and re.search("祝大家|祝福大家", text)
    assert "家乡" in text


@pytest.mark.parametrize("meeting", ["全镇春节慰问老党员座谈会", "全镇“七一”老党员座谈会"])
def test_old_party_members_are_spoken_to_as_themselves(meeting: str) -> None:
    # Read (葛仙庄镇 全镇春节慰问老党员座谈会, seed 1): 同志们、朋友们, 成果同享……惠及在座各位, and a point on 选优育强
    # 村级带头人 and 驻村帮扶力量 — tasks for the Party branches, said to the old members they came to thank.
    for seed in (1, 2, 3):
        text = _draft("葛仙庄镇", meeting, seed)
        assert "各位老党员" in text and "朋友们" not in text
        assert "村级带头人" not in text and "驻村" not in text and "惠及在座各位" not in text
        assert re.search("身体健康|健康长寿", text)


def _section_of(text: str, words: str) -> str:
    """The heading of the point or section whose paragraph says `words` ("" when said after all the points)."""
    heading = ""
    for line in text.splitlines():
        if line.startswith(("## ", "（")):
            heading = line.split("。")[0]
        if words in line:
            return "" if line.startswith("以上几个方面之外") else heading
    raise AssertionError(f"{words} not said")


# Session 32 left this: stricter placing broke the placing review8, review13 and test_frames hold. Session 34 (review34c)
# moved the misplaced sentences instead: 安全生产责任保险 is said in the 企业主体责任 sub-point, not the 非现场执法和信用监管
# one, and the 家庭教育 sub-point names its venues without 妇女儿童之家.
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_task_is_placed_by_what_it_is_about_not_a_word_in_passing(seed: int) -> None:
    # Read: 推进安全生产责任保险扩面 was taken as said by 要发挥安全生产责任保险的事故预防功能 in a 数字赋能 sub-point,
    # then said in the 道路运输 area (它说了“各项责任”) or the 督查考核 point (安全生产责任落到实处); 推进妇女儿童之家数字化建设
    # was absorbed by the 家庭教育 paragraph that names 妇女儿童之家 as a venue. Each is now said in its own words, after
    # the points when no point is about it; the tasks a point is about still go there.
    safety = _draft("清河县", "全县安全生产工作会议", seed, tasks=["推进安全生产责任保险扩面", "开展燃气安全专项整治"])
    where = _section_of(safety, "责任保险扩面")
    assert not re.search("数字|科技|智慧|道路|督查|考核", where), where
    assert "燃气" in _section_of(safety, "燃气安全专项整治") or "城市运行" in _section_of(safety, "燃气安全专项整治")
    women = _draft("清河县", "全县妇女儿童工作会议", seed, tasks=["推进妇女儿童之家数字化建设", "开展家庭教育指导服务"])
    assert "家庭" not in _section_of(women, "妇女儿童之家数字化建设")
    assert "家" in _section_of(women, "家庭教育指导服务")
    flood = _draft("鼓楼区", "全区防汛工作会议", seed, 20, tasks=["开展城市易涝点整治", "完善地下空间防倒灌设施"])
    assert "排涝" in _section_of(flood, "易涝点整治") or "内涝" in _section_of(flood, "易涝点整治")
