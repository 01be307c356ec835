"""A town's or a 街道's speech says only what a town can do (levels34).

A census drafted every work of drafter/data/topics.yaml at 清河县柳镇 and 江州市东城区城关街道, 10 and 20 minutes, two
seeds, and read what a town clerk could not put in the secretary's mouth (docs/levels34-census.md): a 街道 told of
耕地红线、农村供水、村级河湖长 it has none of, and a 镇 or 街道 given a county's powers (立法, 出台政策, 联合审批).
"""

from __future__ import annotations

import pytest
from work_drafts import draft_text

from drafter.drafting import DraftRequest, make_draft
from drafter.features import lacked_tags

STREET = "江州市东城区城关街道"
TOWN = "清河县柳镇"


def _draft(place: str, meeting: str, seed: int, minutes: int, **answers: object) -> str:
    return draft_text(place, meeting, seed, minutes, measure=False, **answers)


def _drafts(place: str, meeting: str, **answers: object) -> list[str]:
    return [
        _draft(place, meeting, seed, minutes, **answers) for seed in (1, 2) for minutes in (10, 20)
    ]


# Read: 城关街道's 全街道自然资源工作会议 (10 minutes, seed 1) had a whole point 以最严的考核问责守住耕地 and 把耕地保护
# 作为必须完成的政治任务; its 水利 meeting 提升农村供水保障水平; its 交通运输 meeting 把“四好农村路”建设抓紧抓实; its
# 住建 meeting 抓好农房建设管理和农村危房改造; its 科技创新 meeting 推动农业科技进村入户.
@pytest.mark.parametrize(
    ("work", "words"),
    [
        ("自然资源", ("守住耕地", "耕地保护作为", "永久基本农田", "耕地保护红线")),
        ("水利", ("农村供水", "水利是农业的命脉", "水美乡村")),
        ("交通运输", ("四好农村路", "农村公路")),
        ("住房和城乡建设", ("农房", "农村危房")),
        ("科技创新", ("农业科技进村入户", "懂技术的农民")),
        ("卫生健康", ("村卫生室", "乡村医生")),
        ("生态环境", ("村级河湖长", "村规民约", "村民")),
        ("基层党建", ("村级后备力量",)),
    ],
)
def test_a_street_is_not_told_of_villages_and_farmland(work: str, words: tuple[str, ...]) -> None:
    for text in _drafts(STREET, f"全街道{work}工作会议"):
        said = [w for w in words if w in text]
        assert not said, (work, said)


def test_a_town_still_guards_its_farmland_and_village_water() -> None:
    land = "".join(_drafts(TOWN, "全镇自然资源工作会议"))
    assert "耕地" in land
    water = "".join(_drafts(TOWN, "全镇水利工作会议"))
    assert "农村供水" in water or "农村饮水" in water


def test_a_street_with_villages_says_so_and_is_drafted_as_a_town() -> None:
    # a 涉农街道 (--set 地方特点=涉农) or a meeting on the countryside (全街道耕地保护工作会议) keeps the text on 耕地
    street = {"place": "城关街道", "place_kind": "街道", "meeting": "全街道自然资源工作会议"}
    assert "农村" in lacked_tags(street)
    assert "农村" not in lacked_tags({**street, "features": "涉农"})
    assert "农村" not in lacked_tags({**street, "meeting": "全街道耕地保护工作会议"})
    assert "农村" not in lacked_tags({**street, "place": "柳镇", "place_kind": "镇"})
    land = "".join(_drafts(STREET, "全街道自然资源工作会议", features="涉农"))
    assert "耕地" in land


def _picked(place: str, meeting: str, pick: str, seed: int) -> str:
    request = DraftRequest(
        answers={"place": place, "meeting": meeting},
        seed=seed,
        minutes=20,
        picks=(pick,),
        history=False,
        measure=False,
    )
    return str(make_draft(request).draft.text)


# Read: 城关街道's 全街道人大工作会议 (20 minutes, seed 1): 街道党工委要支持和保证人大依法行使立法、监督、决定、任免等职权 — a
# 街道 has no 人大 of its own and a 镇's 人大 makes no law; 柳镇's 营商环境 meeting: 重大项目……同步审批、容缺办理 and 要邀请企业家
# 参与涉企政策的研究制定, powers of the county's 审批 and policy offices.
@pytest.mark.parametrize(
    ("work", "pick", "words"),
    [
        # (the county's own words: 行使监督、决定、任免等职权 — not 立法, which a 县's congress has not either, reader51)
        ("人大", "point.npc.guard.leadership", ("行使监督、决定、任免",)),
        ("营商环境", "point.business.task.government-services", ("并联审批", "同步审批", "容缺")),
        (
            "营商环境",
            "point.business.safeguard.relations",
            ("研究制定", "政策出台前", "政策的参与者"),
        ),
    ],
)
def test_a_town_is_not_given_a_county_power(work: str, pick: str, words: tuple[str, ...]) -> None:
    for place, scope in ((TOWN, "全镇"), (STREET, "全街道")):
        for seed in (1, 2, 3):
            text = _picked(place, f"{scope}{work}工作会议", pick, seed)
            said = [w for w in words if w in text]
            assert not said, (place, seed, said)
    county = "".join(
        _picked("清河县", f"全县{work}工作会议", pick, seed) for seed in (1, 2, 3, 4, 5, 6)
    )
    assert any(w in county for w in words)  # the county keeps its own text


# Read in full (docs/levels34-census.md, 类三): 城关街道's 科技创新 said 推动科普活动进社区、进社区 and 让实用技术走进农户; its
# 教育 升学指标一律不准下达 (the 教育局's power); 柳镇's 财政 said 是各级各部门的共同责任 (a 镇 has no levels below it); its
# 审计 全覆盖……有规划、分层次、有重点地推进 (the auditor's); its 营商环境 免申即享 and 统一的惠企政策发布和兑现平台.
@pytest.mark.parametrize(
    ("place", "meeting", "words"),
    [
        (STREET, "全街道科技创新工作会议", ("进社区、进社区", "走进农户", "结合农时")),
        (STREET, "全街道教育工作会议", ("升学指标一律不准下达",)),
        (STREET, "全街道体育工作会议", ("乡村赛事", "乡村球赛", "农闲时节")),
        (TOWN, "全镇财政工作会议", ("各级各部门",)),
        (TOWN, "全镇审计工作会议", ("分层次、有重点地推进",)),
        (TOWN, "全镇营商环境工作会议", ("免申即享", "惠企政策发布和兑现平台", "无差别办理")),
    ],
)
def test_what_a_town_clerk_struck_in_full_drafts(
    place: str, meeting: str, words: tuple[str, ...]
) -> None:
    for text in _drafts(place, meeting):
        said = [w for w in words if w in text]
        assert not said, (meeting, said)
