"""Drafts read as the leader's writer, session 30: where the user's tasks go, how long each point runs, what a point
speaks of at a meeting of one part of a work (review30a)."""

from __future__ import annotations

import re

import pytest

from drafter.text import count_han
from tests.work_drafts import draft_made, draft_text


def _draft(
    place: str, meeting: str, seed: int, minutes: int | None = None, picks: tuple[str, ...] = (), **answers: object
) -> str:
    return draft_text(place, meeting, seed, minutes, picks=picks, **answers)


def _points(text: str) -> list[str]:
    return text.split("\n## ")[1:]


def _home(text: str, item: str) -> str:
    """The point whose text says `item` (fails when none or the paragraph after all the points does)."""
    homes = [p for p in _points(text) if item in p.split("\n\n同志们")[0]]
    assert len(homes) == 1, item
    return homes[0]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_task_of_generic_words_is_said_where_a_heading_says_it(seed: int) -> None:
    # Read: 加快推进项目开工 (every word of it generic) was said after all the points, 以上几个方面之外…, although a
    # sub-point was headed 推动项目早开工早见效; 强化要素保障 went under 牢固树立项目为王 while 三、把要素保障做足做实 spoke of it.
    text = _draft("清河县", "全县重点项目建设推进会", seed, tasks=["加快推进项目开工", "强化要素保障"])
    assert "以上几个方面之外" not in text
    assert "项目" in _home(text, "加快推进项目开工")
    guard = _home(text, "强化要素保障")
    assert "保障" in guard.splitlines()[0], guard[:80]


def _han(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text))


_THIN_PROJECTS = pytest.mark.xfail(
    reason="open (session 36): since review36b 项目建设 borrows no whole-economy task, a 30-minute 重点项目调度会 has six "
    "points and one is under an eighth of the speech",
    strict=False,
)


@pytest.mark.parametrize(
    ("meeting", "minutes"),
    [
        ("全县重点项目调度会", 20),
        pytest.param("全县重点项目调度会", 30, marks=_THIN_PROJECTS),
        *[(m, n) for m in ("全县安全生产调度会", "全县防汛工作调度会") for n in (20, 30)],
    ],
)
def test_a_long_dispatch_speech_gives_no_point_most_of_its_length(meeting: str, minutes: int) -> None:
    # Read (20 minutes): 一、and 三、were three short sub-points each, 二、five areas of four sub-points: nine-tenths of
    # the speech under one heading.
    for seed in (1, 2):
        points = _points(_draft("清河县", meeting, seed, minutes))
        lengths = [_han(p) for p in points]
        assert max(lengths) < 0.7 * sum(lengths), lengths
        assert min(lengths) > 0.12 * sum(lengths), lengths


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_an_entrepreneurs_symposium_hands_them_no_cadres_work_however_long(seed: int) -> None:
    # Read (20 minutes): 二、练好内功、做强企业 held （六）把园区这个主平台建强 (明确园区主导产业, 深化园区管理体制改革),
    # in other seeds 把就业摆在经济社会发展的优先位置 and 大力提振消费, as if the entrepreneurs ran them.
    from drafter.library import load_library

    library = load_library()
    draft = draft_made("清河县", "全县民营企业家座谈会", seed, 20)
    for use in draft.uses:
        tags = set(library.get(use.id).tags)
        if use.id.startswith("point."):
            assert tags & {"企业家", "座谈会"}, use.id
    heads = re.findall(r"^（[一二三四五六七八九十]+）([^。]*)", draft.text, re.M)
    assert len({h for h in heads if "信心" in h}) <= 1, heads


_BARE = re.compile(r"^(?:## .*|（[一二三四五六七八九十]+）[^。\n]*。)\n\n(?:具体|对此|为此)", re.M)


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes"),
    [("江州市东城区城关街道", "全街道民政工作会议", 1, None), ("清河县", "全县民政工作会议", 2, None),
     ("清河县", "全县村党组织书记培训班开班式", 1, 20), ("清河县柳镇", "全镇禁毒工作会议", 1, None),
     ("江州市", "全市经济工作会议", 3, 20), ("清河县", "全县教育工作会议", 1, None)],
)  # fmt: skip
def test_no_point_opens_on_a_lead_in_that_refers_to_what_was_not_said(place, meeting, seed, minutes) -> None:
    # Read: 二、坚持问题导向，扎实推进各项重点任务 / 具体要抓好以下三项重点工作： — 具体 after nothing said.
    text = _draft(place, meeting, seed, minutes)
    assert not _BARE.search(text), _BARE.search(text)


@pytest.mark.parametrize(("place", "meeting"), [("江州市东城区城关街道", "全街道民政工作会议"), ("清河县柳镇", "全镇民政工作会议")])
@pytest.mark.parametrize("minutes", [None, 20, 30])
def test_a_township_civil_affairs_speech_has_no_civil_affairs_department_of_its_own(place, meeting, minutes) -> None:
    # Read: 推进中国式现代化，民政部门肩负着兜牢民生底线…; 民政部门通过兜底保障…; 机构负主体责任，民政部门负监管责任 — a
    # 街道 has no 民政部门; only the level above's (上级民政部门) may be named.
    for seed in (1, 2, 3):
        text = _draft(place, meeting, seed, minutes)
        assert not re.search(r"(?<!上级)民政部门", text), re.search(r".{20}(?<!上级)民政部门.{10}", text)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_volunteers_class_hears_of_volunteering_not_of_the_party_s_social_work_department(seed: int) -> None:
    # Read: 一、从巩固党的执政根基的高度认识社会工作 / 党中央组建社会工作部门… to volunteers; 二、学研结合、沉到一线 asked
    # each of them for a 调研报告; 各单位要给学员压担子.
    text = _draft("清河县", "全县志愿服务骨干培训班开班式", seed)
    first = _points(text)[0]
    assert "志愿" in first.splitlines()[0], first.splitlines()[0]
    for cadres in ("社会工作部门", "执政根基", "调研报告", "调研题目", "压担子", "建章立制"):
        assert cadres not in text, cadres


@pytest.mark.parametrize("minutes", [None, 20, 30])
def test_a_major_risks_meeting_speaks_of_risks_not_of_national_security_work(minutes: int | None) -> None:
    # Read (20 and 30 minutes): the meeting borrowed 国家安全's 反间谍, 国家安全宣传教育, 人民防线 and 国安委 points —
    # 国家安全 twenty to forty times, across three points.
    for seed in (1, 2, 3):
        text = _draft("清河县", "全县防范化解重大风险专题会", seed, minutes)
        assert text.count("国家安全") <= 2, (seed, text.count("国家安全"))
        assert "人民防线" not in text and "反间谍" not in text


@pytest.mark.parametrize("minutes", [None, 20])
def test_a_medical_ethics_meeting_speaks_of_medical_ethics(minutes: int | None) -> None:
    # Read: 全县医德医风建设工作会议 drew 二、管好用好医保基金 and a 心理健康 point (no task point was on 医德医风), and its
    # 保障 point closed on 提升全民健康素养.
    for seed in (1, 2, 3):
        text = _draft("清河县", "全县医德医风建设工作会议", seed, minutes)
        for other in ("医保基金", "心理健康", "健康素养", "医共体"):
            assert other not in text, (seed, other)
        tasks = [p for p in _points(text) if "医" in p.splitlines()[0] or "行风" in p.splitlines()[0]]
        assert tasks, [p.splitlines()[0] for p in _points(text)]
        if minutes:  # fit41: the search made cheaper still fits the speech to its minutes (±10% at 200 a minute)
            body = "\n".join(text.splitlines()[1:])
            assert minutes * 200 * 0.9 <= count_han(body) <= minutes * 200 * 1.1, (seed, count_han(body))


def test_a_medical_ethics_meeting_says_how_long_it_can_run_rather_than_pad_thirty_minutes() -> None:
    # Read (lead41, 清河县 全县医德医风建设工作会议, seed 1, 30 minutes): three of its six points were general ones
    # (盯紧项目建设, 向改革要动力) handing the work to 各乡镇（街道）: past what its own text forms, it says the length it can form
    from drafter.errors import UsageError

    with pytest.raises(UsageError) as caught:
        _draft("清河县", "全县医德医风建设工作会议", 1, 30)
    assert "最多约组成" in (caught.value.hint or "") and "可改为 --minutes" in (caught.value.hint or "")


@pytest.mark.parametrize("place", ["清河县", "清河县柳镇"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_religious_affairs_meeting_deploys_religious_work(place: str, seed: int) -> None:
    # Read (20 minutes): its task point held 聚焦重点难点，奋力开创宗教工作新局面 and 站稳人民立场，把宗教工作做到群众心坎上
    # (general text with the work's name pasted in), its other points 准确把握统战工作面临的新形势新任务 and 完善大统战工作格局.
    from drafter.library import load_library

    library = load_library()
    scope = "全县" if place == "清河县" else "全镇"
    draft = draft_made(place, f"{scope}宗教工作会议", seed, 20)
    tasks = [u.id for u in draft.uses if library.get(u.id).stage == "任务"]
    assert tasks and all("宗教" in library.get(i).tags for i in tasks), tasks
    assert "统战工作" not in draft.text and "大统战" not in draft.text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("minutes", [None, 20])
def test_a_flood_summary_meeting_does_not_prepare_for_the_season_as_if_it_were_ahead(seed, minutes) -> None:
    # Read: 全县防汛工作总结会 deployed 二、（一）扎实做好汛前准备，把各项防御措施落在主汛期之前 … 确保入汛前全部落实到位,
    # the season just over.
    text = _draft("清河县", "全县防汛工作总结会", seed, minutes)
    assert "主汛期之前" not in text and "汛前准备" not in text and "入汛前全部" not in text
    assert "水毁" in text or "汛后" in text  # what a writer deploys after the season
    # … while a meeting before the season still prepares for it
    spring = (_draft("清河县", "全县防汛工作会议", s, 20, date="2026年4月10日") for s in range(1, 7))
    assert any("汛前准备" in t for t in spring)


def test_an_autumn_safety_meeting_does_not_speak_of_returning_to_work_after_the_spring_festival() -> None:
    # Read (October): 抓好节假日和重大活动期间安全保障 … 节后复工复产企业要作为检查重点 — the 复工复产 of the 春节.
    # The point picked (its holiday sub-point says 复工复产 in its 岁末年初 text), not a seed that happened to draw it.
    picks = ("point.safety.task.key-places",)
    autumn = _draft("清河县", "全县秋冬季安全生产工作会议", 3, 20, picks=picks, date="2026年10月15日")
    assert "节假日" in autumn or "节日" in autumn
    assert "复工复产" not in autumn
    assert "复工复产" in _draft("清河县", "全县岁末年初安全生产工作会议", 3, 20, picks=picks)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_town_speech_neither_sends_nor_promotes_village_cadres_and_a_street_does_not_police_drugs(seed: int) -> None:
    # Read (清河县柳镇 基层党建): 哪个村缺什么样的人，就派什么样的人 … 对表现突出的优先提拔使用 — the county's 组织部 selects and
    # promotes 驻村第一书记; (城关街道 平安建设): 严厉打击毒品违法犯罪，加强对易制毒化学品的管控 … 寄递企业要落实查验责任.
    town = _draft("清河县柳镇", "全镇基层党建工作会议", seed, 20)
    for county in ("因村派人", "就派什么样的人", "按需选派", "优先提拔使用", "优先使用", "召回撤换"):
        assert county not in town, county
    street = _draft("江州市东城区城关街道", "全街道平安建设工作会议", seed, 20)
    assert "易制毒化学品" not in street and "寄递企业" not in street


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_mid_term_evaluation_results_are_said_for_the_user(seed: int) -> None:
    # Read: 自规划实施以来，我县把妇女儿童发展摆进…大局 … 评估表明，大多数指标完成情况良好 — results nobody gave.
    text = _draft("清河县", "全县妇女儿童工作会议", seed, 20)
    assert "评估表明" not in text and "多数指标" not in text and "规划实施以来" not in text


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_civilized_city_meeting_deploys_the_city(seed: int) -> None:
    # Read (seed 1): 全县文明城市创建工作推进会 deployed 网络文明, 高价彩礼 (村规民约) and 未成年人 — not a word on the
    # city's streets, order or volunteers.
    from drafter.library import load_library

    library = load_library()
    draft = draft_made("清河县", "全县文明城市创建工作推进会", seed)
    tasks = [library.get(u.id) for u in draft.uses if library.get(u.id).stage == "任务"]
    assert any("文明城市" in f.tags for f in tasks), [f.id for f in tasks]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("minutes", [None, 20, 25])  # (30 minutes: past a 信访 speech's own text, reader51)
def test_a_petitions_meeting_borrows_no_other_part_of_public_security(seed: int, minutes: int | None) -> None:
    # Read (20 minutes): 全县信访工作会议's task point held 全力打好反诈攻坚战 — 反诈, another part of 平安建设, before its
    # 矛盾纠纷 area (the whole work's, which a 信访 speech may well take); 信访 had one task point of its own.
    text = _draft("清河县", "全县信访工作会议", seed, minutes)
    assert "反诈" not in text and "电信网络诈骗" not in text


def test_of_two_areas_on_the_part_a_task_names_it_goes_to_the_one_that_speaks_of_it() -> None:
    # Read: 新建村级互助养老服务点20个 was said in 推动养老服务进社区、入家庭 (both areas are 养老's) while 补上农村养老这块
    # 短板 has the sub-point 让农村老人互帮互助.
    text = _draft("清河县", "全县养老服务工作推进会", 3, tasks=["新建村级互助养老服务点20个", "推进老年助餐服务"])
    areas = text.split("\n\n（")
    mutual = next(a for a in areas if "互助养老服务点" in a)
    assert "农村" in mutual.split("。")[0], mutual[:40]
    meals = next(a for a in areas if "推进老年助餐服务" in a)
    assert "助餐" in meals, meals[:40]
