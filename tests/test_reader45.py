"""What reader45 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in: a 街道 told of its
党委政府 and of 乡村振兴, a sentence said twice in a row, a 调度会 heading repeated by its first sub-point, a
领导小组's coordination sections under a heading on why the work matters.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

import pytest
from work_drafts import draft_text, headings_in, sections_of

from drafter.library import load_library
from drafter.library.alternatives import split_alternatives
from drafter.render import sandbox
from drafter.render.sandbox import helpers
from drafter.render.values import level_context

_BLOCK = re.compile(r"\{%-?\s*alt\s*-?%\}.*?\{%-?\s*endalt\s*-?%\}", re.S)


def _ways(text: str) -> list[str]:
    """`text` once for each n-th alternative of its blocks (a block with fewer takes its last): every phrasing of
    every block is in one of them."""
    blocks = split_alternatives(text)
    widest = max((len(b) for b in blocks), default=1)
    return [_substituted(text, [b[min(n, len(b) - 1)] for b in blocks]) for n in range(widest)]


def _every_combination(text: str) -> list[str]:
    """`text` with every combination of its blocks' alternatives (for a text of few blocks)."""
    return [_substituted(text, picks) for picks in itertools.product(*split_alternatives(text))]


def _substituted(text: str, picks: Sequence[str]) -> str:
    """`text` with its blocks replaced, in order, by `picks`."""
    chosen = iter(picks)
    return _BLOCK.sub(lambda _m: next(chosen), text)


def _context(level: str, place: str, work: str) -> dict[str, Any]:
    answers = {"level": level, "place": place, "meeting": f"全{level}{work}会议", "work": work}
    return {**answers, **helpers(answers, 3, 0)}


def _rendered(fragment_id: str, level: str, place: str, work: str) -> list[str]:
    """Every phrasing of the fragment's heading, text and sub-points, rendered for `place`."""
    fragment = load_library().get(fragment_id)
    ctx = _context(level, place, work)
    texts = [fragment.heading or "", fragment.text or ""]
    texts += [t for s in fragment.subpoints for t in (s.heading or "", s.text or "")]
    return [sandbox._render(way, ctx) for text in texts if text for way in _ways(text)]


def test_a_street_is_not_told_of_its_party_committee_or_of_the_leaders_of_its_communities() -> None:
    """朝阳街道's 民政 speech (seed 13, 8 minutes) headed a sub-point 党委政府要把民政工作放在心上 (a 街道 has a 党工委 and
    an 办事处), asked 各社区党政主要负责同志 (a 社区 has a 党组织书记, no 党政 leaders) to take part, and put 民政 into
    the 经济社会发展规划 and 乡村振兴 of a 街道, which has neither."""
    for said in _rendered("point.civil.safeguard.leadership", "街道", "朝阳街道", "民政工作"):
        assert "党委政府" not in said, said
        assert "社区党政" not in said and "社区主要负责同志" not in said, said
        assert "乡村振兴" not in said and "规划" not in said, said
    village = " ".join(_rendered("point.civil.safeguard.leadership", "镇", "周庄镇", "民政工作"))
    assert "村（社区）党政" not in village
    county = " ".join(_rendered("point.civil.safeguard.leadership", "县", "清河县", "民政工作"))
    assert "各乡镇（街道）党政主要负责同志" in county  # a county's towns do have their 党政 leaders
    assert "乡村振兴" in county and "经济社会发展规划" in county


def test_a_street_does_not_train_its_cadres_for_rural_revitalisation() -> None:
    """朝阳街道's 党建 座谈会 (seed 21) trained 街道干部、社区干部 聚焦乡村振兴: a 街道 has no villages to revitalise."""
    for said in _rendered("point.party.task.grassroots-cadres", "街道", "朝阳街道", "基层党建工作"):
        assert "乡村" not in said, said
    town = " ".join(_rendered("point.party.task.grassroots-cadres", "镇", "周庄镇", "基层党建工作"))
    assert "乡村振兴" in town


def test_the_flood_recovery_sub_point_does_not_say_its_heading_again() -> None:
    """江苏省's 防汛抗旱 领导小组 (seed 4) read 2.大灾之后防大疫、防新险。大灾之后防大疫。"""
    fragment = load_library().get("point.flood.task.relief-recovery")
    for sub in fragment.subpoints:
        for heading in split_alternatives(sub.heading)[0]:
            for opening in split_alternatives(sub.text)[0]:
                said = heading.strip().split("、")[0]
                assert said not in opening, (heading, opening)


def test_a_project_screening_sub_point_refuses_polluting_projects_once() -> None:
    """The same draft's 3.把好项目质量效益关 said 坚决不引进“两高一低”项目 and, one sentence later, 坚决不引进高耗能、
    高排放、低水平重复建设项目."""
    fragment = load_library().get("point.economy.task.chain-investment")
    screening = next(s for s in fragment.subpoints if "项目准入" in s.heading)
    for way in _every_combination(screening.text):
        assert way.count("不引进") + way.count("坚决不要") <= 1, way


def test_an_integrity_closing_names_the_political_climate_once() -> None:
    """清河县's 党风廉政建设 工作会议 (seed 11) closed 同志们，山清水秀的政治生态是发展的最好保障。…为我县高质量发展
    营造风清气正的政治生态，作出新的更大贡献！ — the climate twice, and two ends to one sentence."""
    fragment = load_library().get("closing.integrity.clean-ecology")
    for way in _every_combination(fragment.text):
        assert way.count("政治生态") + way.count("风清气正") <= 1, way


def test_a_dispatch_meeting_section_is_not_repeated_by_its_sub_points() -> None:
    """清河县's 重点项目建设 调度会 (seed 1) headed 三（一）盯住时间节点，把下步任务压实到人 and its first sub-point
    1.盯住时间节点。"""
    fragment = load_library().get("point.dispatch.safeguards.deadlines")
    headings = [h.strip() for h in split_alternatives(fragment.heading)[0]]
    subs = [h.strip() for s in fragment.subpoints for h in split_alternatives(s.heading)[0]]
    for heading in headings:
        for sub in subs:
            runs = {sub[i : i + 3] for i in range(len(sub) - 2)} | ({"牵头"} & {sub[:2], sub[1:3]})
            assert not any(run in heading for run in runs), (heading, sub)


def test_a_dispatch_meeting_does_not_tell_the_lead_unit_to_convene_twice() -> None:
    """清河县's 调度会 (seed 1) said 涉及多个部门的事，由牵头单位组织会商 in one section and 需要多个部门共同解决的事，
    牵头单位要及时组织会商 in the next."""
    text = draft_text("清河县", "全县重点项目建设调度会", 1, 12)
    assert text.count("组织会商") <= 1


@pytest.mark.parametrize(("place", "meeting", "seed"), [("江苏省", "全省防汛抗旱工作领导小组会议", 4),
                                                         ("清河县", "全县民政工作领导小组会议", 23)])  # fmt: skip
def test_a_leading_group_does_not_head_its_coordination_with_why_the_work_matters(
    place: str, meeting: str, seed: int
) -> None:
    """A 领导小组会议's first point gathered 把问题摆上桌面，以协调推动破解难题 (理顺职责交叉、打通政策梗阻) under
    提高政治站位，深刻认识做好防汛抗旱工作的重要意义 or 保持清醒头脑，切实增强做好民政工作的责任感紧迫感."""
    minutes = {4: 20, 23: 11}[seed]
    text = draft_text(place, meeting, seed, minutes)
    heading, *sections = headings_in(sections_of(text)[1][1])
    assert not re.search("重要意义|责任感紧迫感", heading), heading
    assert sections, "the point still gathers sections"


def test_a_mobilisation_on_floods_does_not_close_on_a_blueprint() -> None:
    """周庄镇's 防汛 动员部署会 (seed 18) closed 同志们，蓝图已经绘就，关键在于实干: a flood season has no blueprint."""
    for said in _rendered("closing.mobilize.responsibility", "镇", "周庄镇", "防汛工作"):
        assert "蓝图" not in said, said


def test_a_progress_meeting_on_party_building_does_not_speak_of_construction_deadlines() -> None:
    """鼓楼区's 机关党建 推进会 (seed 12) said 赶工期更不能以牺牲质量为代价: 机关党建 has no 工期."""
    for said in _rendered("point.advance.recognition.urgency", "区", "鼓楼区", "机关党建工作"):
        assert "工期" not in said, said


def test_the_investment_safeguard_does_not_say_again_what_the_investment_task_said() -> None:
    """清河县's 招商引资 推进会 (seed 15) trained 懂产业、懂政策、懂谈判 cadres and kept 招商 依法依规 with 承诺 kept
    in 二、（一）, then did both again in 三、（二） (让懂产业的人去招商, 守住招商引资的规矩): the safeguard's sub-points now
    speak of the team's stability and of checking what was won."""
    said = " ".join(_rendered("point.economy.safeguard.investment", "县", "清河县", "招商引资工作"))
    for idea in ("培训", "违规", "承诺", "规矩"):
        assert idea not in said, idea


def test_the_tourism_trends_read_as_three_trends() -> None:
    """南通市's 文旅 总结会 (seed 7) and 江苏省's 文旅 工作会议 (seed 17) listed what is changing: 1.游客要的不一样了
    2.流量的逻辑变了 3.把精品和链条做出来 — the third a task among observations."""
    fragment = load_library().get("point.tourism.know.trend")
    for sub in fragment.subpoints:
        for heading in split_alternatives(sub.heading)[0]:
            assert not heading.startswith("把") and "要" not in heading.replace("要的", ""), heading


def test_a_dispute_screening_sub_point_speaks_of_holidays_once() -> None:
    """周庄镇's 信访 工作会议 (seed 31): 1.把矛盾纠纷排查做在日常 said 重大节日、敏感时期还要集中开展 and, two sentences
    on, 要重点关注重要节日、重大活动等敏感时段，开展矛盾纠纷集中排查."""
    fragment = load_library().get("point.peace.task.disputes")
    for sub in fragment.subpoints:
        for way in _every_combination(sub.text):
            said = [s for s in way.split("。") if re.search("节日|节假日|重点时段|敏感时", s)]
            assert len(said) <= 1, said


def test_a_sub_point_on_escalating_disputes_names_criminal_cases_once() -> None:
    """The same draft's 3.严防矛盾纠纷激化升级 made 民转刑、刑转命 the 重中之重 and, a sentence later, told to prevent
    民转刑、刑转命 again."""
    fragment = load_library().get("point.peace.task.disputes")
    for sub in fragment.subpoints:
        for way in _every_combination(sub.text):
            assert way.count("民转刑") <= 1, way


def test_a_forest_fire_opening_does_not_run_its_reasons_into_the_leadership() -> None:
    """柳河乡's 森林防火 工作会议 (seed 25) opened 防火期风险大、县委、县政府要求严: a 顿号 where two clauses meet."""
    for said in _rendered("opening.forest.fire-season", "乡", "柳河乡", "森林防火工作"):
        assert "风险大、" not in said, said


@pytest.mark.parametrize(
    "fragment_id", ["point.education.task.preschool", "point.education.task.compulsory-balance"]
)
def test_a_central_district_lays_out_its_schools_without_villages(fragment_id: str) -> None:
    """鼓楼区's 教育 总结会 (seed 27) told a central 城区 to run 乡镇中心幼儿园 and 村级园, keep 乡村小规模学校, build
    乡镇寄宿制学校 and care for 农村留守儿童: it has 街道 and 社区, no villages."""
    for said in _rendered(fragment_id, "区", "鼓楼区", "教育工作"):
        assert not re.search("乡村|农村|乡镇|村级|城乡", said), said
        assert "；。" not in said and not said.endswith("；"), said
    county = " ".join(_rendered(fragment_id, "县", "清河县", "教育工作"))
    assert "乡镇" in county and re.search("乡村|农村", county)


def test_the_sub_point_on_children_left_behind_says_each_promise_once() -> None:
    """鼓楼区's 教育 总结会 (seed 27) read 随迁子女入学……做到应入尽入 and, a sentence later, 确保应入尽入、应学尽学; other
    combinations said 不让一个孩子… twice or three times in one sub-point."""
    fragment = load_library().get("point.education.task.compulsory-balance")
    sub = next(s for s in fragment.subpoints if "特殊群体" in s.heading)
    for way in _every_combination(sub.text):
        assert (
            way.count("应入尽入") <= 1
            and way.count("不让一个") <= 1
            and way.count("适合的教育") <= 1
        ), way


def test_a_bureau_holding_its_own_integrity_meeting_answers_to_its_party_group() -> None:
    """清河县's 县教育局党风廉政建设工作会议 (seed 35, 10 minutes) told 党委（党组） to support 纪委监委 and 纪委监委 to
    report to 党委: a bureau has its 局党组 and a 派驻纪检监察组; the county's own meeting keeps 纪委监委."""
    text = draft_text("清河县", "县教育局党风廉政建设工作会议", 35, 10, convenor="部门")
    assert "纪委监委" not in text and "党委（党组）" not in text
    assert "局党组" in text and "派驻纪检监察组" in text
    words = level_context({"place": "清河县", "level": "县", "meeting": "全县党风廉政建设工作会议"})
    assert words["discipline_body"] == "纪委监委" and words["party_bodies"] == "党委（党组）"


def test_a_training_class_promises_what_trainees_gain_in_one_heading() -> None:
    """清河县's 村党组织书记培训班开班式 (seed 6) headed 二（一）突出学习重点，切实做到学有所获 and 三（一）提高办班水平，
    让学员学有所获."""
    library = load_library()
    learn = split_alternatives(library.get("point.training.task.learn").heading)[0]
    teaching = split_alternatives(library.get("point.training.safeguard.teaching").heading)[0]
    for one in learn:
        for other in teaching:
            assert not _quads(one) & _quads(other), (one, other)


def _quads(text: str) -> set[str]:
    """The runs of four characters of `text`."""
    return {text[i : i + 4] for i in range(len(text) - 3)}
