"""Review 17: drafts read as the leader's writer would read them (现场会, 镇 妇女儿童 and 防汛, a year's 总结会, two
counties giving the same answers, and the meetings and works not read in recent rounds)."""

from __future__ import annotations

import re

from work_drafts import draft_meeting


def _opening(text: str) -> str:
    return text.split("\n## ")[0]


def test_a_site_meeting_says_the_site_was_visited():
    # Read: 全县乡村振兴工作现场会 (隆回县) read as any 推进会: not a word of the visit its name implies.
    for seed in range(4):
        _, draft = draft_meeting("全县乡村振兴工作现场会", place="隆回县", seed=seed)
        opening = _opening(draft.text).replace("全县乡村振兴工作现场会", "")
        assert re.search("现场|观摩", opening), (seed, opening)
    _, draft = draft_meeting("全县乡村振兴工作推进会", place="隆回县", seed=0)
    assert not re.search("观摩|实地看|看现场", draft.text)  # a plain 推进会 visited nothing


def test_a_towns_women_and_children_meeting_reviews_no_plan_of_its_own():
    # Read: 三河镇 全镇妇女儿童工作会议 opened on 总结我镇妇女儿童发展规划实施情况，对规划后半程的攻坚任务作出安排.
    for seed in range(6):
        _, draft = draft_meeting("全镇妇女儿童工作会议", place="三河镇", seed=seed)
        assert not re.search("我镇妇女儿童发展规划|我镇规划|后半程", draft.text), seed


def test_a_towns_flood_meeting_deploys_no_county_powers():
    # Read: a 镇 防汛 speech said 流域 (水工程调度, 蓄滞洪区), 非法采砂, and 要组织水利、自然资源、住房城乡建设、交通运输等部门.
    county = re.compile("流域|蓄滞洪区|非法采砂|偷挖河沙|水利、自然资源、住房城乡建设")
    for seed in range(8):
        _, draft = draft_meeting("全镇防汛工作会议", place="三河镇", seed=seed, points=5)
        assert not county.search(draft.text), (seed, county.findall(draft.text))


def test_a_years_summary_looks_back_on_the_year():
    # Read: 全县2026年安全生产工作总结会 (date 12-20) said 这段时间 of a whole year's work.
    for seed in range(8):
        _, draft = draft_meeting("全县2026年安全生产工作总结会", seed=seed, date="2026年12月20日", points=4)
        assert "这段时间" not in draft.text, seed
        _, draft = draft_meeting("全镇年度工作总结大会", place="三河镇", seed=seed)
        assert "这段时间" not in draft.text, seed

