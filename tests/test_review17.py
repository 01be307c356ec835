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


_FACTS = {
    "achievements": ["排查整改隐患3200余处", "全年未发生较大以上事故"],
    "problems": ["部分企业主体责任落实不到位", "基层监管力量薄弱"],
    "targets": ["实现事故起数和死亡人数双下降"],
    "tasks": ["深入开展安全生产治本攻坚行动", "完成老旧小区燃气管道改造", "建成应急指挥平台"],
}
# The sentences the code wraps around a user's facts (this is a 成绩…, 对这些问题…, 以上几个方面…, 以下工作：).
_FRAME = re.compile("来之不易|倍加珍惜|不容忽视的问题|加以解决|抓好整改|紧扣|来推进。|落脚点都在|以下工作：|以下几项工作：")
_SPLIT = re.compile(r"(?<=[。！？；：])")


def test_two_counties_giving_the_same_answers_do_not_share_the_sentences_around_them():
    # Read: 清河县 and 临西县 with one answers file: 这些成绩来之不易，值得倍加珍惜 / 对这些问题，必须高度重视… /
    # 以上几个方面，都要紧扣今年的目标来抓 / 围绕这一目标，今年还要着力推进以下工作： in every pair (95% of them shared).
    shared = said = 0
    for meeting in ("全县安全生产工作会议", "全县教育工作会议"):
        for seed in range(3):
            _, one = draft_meeting(meeting, place="清河县", seed=seed, **_FACTS)
            _, two = draft_meeting(meeting, place="临西县", seed=seed, **_FACTS)
            mine = [s for s in _SPLIT.split(one.text.replace("清河县", "我县")) if _FRAME.search(s)]
            theirs = set(_SPLIT.split(two.text.replace("临西县", "我县")))
            shared += sum(s in theirs for s in mine)
            said += len(mine)
    assert said and shared / said < 0.6, (shared, said)
