"""areas22b: a Party-wide 集中教育 (主题教育, 党史学习教育, 党纪学习教育, 八项规定精神学习教育) gets its own speech.

Read (lead23): 全县主题教育总结会议 spoke of 软弱涣散党组织整顿 and 新兴领域党建, 全县党纪学习教育动员部署会 of 巡察和
纪检监察的政治监督 — a general 基层党建 or 党风廉政 speech with the campaign's name pasted on.
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, used_ids

from drafter.topics import find_topics, narrower_tags

CAMPAIGNS = [
    ("全县党纪学习教育动员部署会", "党风廉政", "纪律学习教育"),
    ("全市主题教育总结会议", "基层党建", "集中教育"),
    ("全县深入贯彻中央八项规定精神学习教育工作推进会", "党风廉政", "纪律学习教育"),
    ("全镇党史学习教育动员大会", "基层党建", "集中教育"),
    ("全县学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会议", "基层党建", "集中教育"),
    ("全市党史学习教育总结大会", "基层党建", "集中教育"),
    ("全县主题教育推进会", "基层党建", "集中教育"),
    ("全镇党纪学习教育工作推进会", "党风廉政", "纪律学习教育"),
    ("全市深入贯彻中央八项规定精神学习教育总结会议", "党风廉政", "纪律学习教育"),
    ("全县学习教育总结会议", "基层党建", "集中教育"),
    ("全县党内集中教育工作会议", "基层党建", "集中教育"),
    ("县委主题教育领导小组会议", "基层党建", "集中教育"),
    ("全县党纪学习教育警示教育大会", "党风廉政", "纪律学习教育"),
]


@pytest.mark.parametrize(("meeting", "tag", "narrow"), CAMPAIGNS)
def test_a_campaign_meeting_is_one_work_and_names_its_campaign(meeting, tag, narrow):
    # 全镇党史学习教育动员大会 was 基层党建 and 宣传思想文化 at once: half its points spoke of 新闻宣传 and 意识形态.
    assert [t.tag for t in find_topics(meeting)] == [tag]
    assert narrow in narrower_tags(meeting)


@pytest.mark.parametrize(
    ("meeting", "tag"),
    [
        ("全县教育工作会议", "教育"),
        ("全县领导干部警示教育大会", "党风廉政"),
        ("全县基层党建工作会议", "基层党建"),
        ("全县党史学习工作会议", "宣传思想文化"),
        ("全县国家安全学习教育工作会议", "国家安全"),
    ],
)
def test_other_meetings_keep_their_work_and_no_campaign(meeting, tag):
    assert [t.tag for t in find_topics(meeting)] == [tag]
    assert not {"集中教育", "纪律学习教育"} & narrower_tags(meeting)


_GENERAL_PARTY_WORK = ("软弱涣散", "标准化", "职业教育", "新兴领域", "巡察", "纪检监察干部队伍")


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全县主题教育动员部署会", "清河县"),
        ("全市主题教育总结会议", "南通市"),
        ("全镇党史学习教育推进会", "三河镇"),
        ("全县党纪学习教育动员部署会", "清河县"),
        ("全市深入贯彻中央八项规定精神学习教育总结会议", "南通市"),
        ("全镇深入贯彻中央八项规定精神学习教育推进会", "三河镇"),
    ],
)
def test_a_campaign_meeting_speaks_of_the_campaign(meeting, place):
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        points = used_ids(draft, "point")
        assert all(".campaign" in p for p in points), (seed, points)
        assert ".campaign" in used_ids(draft, "closing")[0]
        assert not [w for w in _GENERAL_PARTY_WORK if w in draft.text], seed
        assert "集中教育" in draft.text
        if "纪" in meeting or "八项规定" in meeting:
            assert "纪律" in draft.text and "理论学习和调查研究" not in draft.text
        else:
            assert "调查研究" in draft.text or "检视" in draft.text or "整改" in draft.text


def test_a_town_speaks_to_its_village_party_organizations():
    guided = 0
    for seed in range(4):
        _, draft = draft_meeting("全镇主题教育动员部署会", place="三河镇", seed=seed)
        # the county's 分类指导 across 机关/农村/企业/学校 is not a town's
        assert "学校、医院" not in draft.text
        if "point.party.campaign.safeguard" in used_ids(draft, "point"):
            guided += 1
            assert "村（社区）党组织" in draft.text, seed
    assert guided


def test_a_summary_looks_back_and_keeps_the_gains():
    for seed in (1, 3):
        _, draft = draft_meeting("全县主题教育总结会议", seed=seed)
        assert "常态长效" in draft.text or "长效机制" in draft.text
        assert "巩固" in draft.text
        assert "我代表县委" in draft.text  # the Party committee's campaign, not 县委、县政府's


@pytest.mark.parametrize(
    "meeting",
    [
        "全县教育工作会议",
        "全县领导干部警示教育大会",
        "全县基层党建工作会议",
        "全县党风廉政建设工作会议",
    ],
)
def test_the_campaign_text_stays_out_of_other_meetings(meeting):
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, seed=seed)
        assert not [u.id for u in draft.uses if ".campaign" in u.id], seed
