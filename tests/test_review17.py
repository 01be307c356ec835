"""Review 17: drafts read as the leader's writer would read them (现场会, 镇 妇女儿童 and 防汛, a year's 总结会, two
counties giving the same answers, and the meetings and works not read in recent rounds)."""

from __future__ import annotations

import re

from work_drafts import draft_meeting, used_ids


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


def test_no_speeches_are_praised_where_none_were_given():
    # Read: 全区退役军人工作会议 (鼓楼区, answers file without 发言) said 刚才的交流发言，有经验、有体会…
    for meeting in ("全区退役军人工作会议", "全区人才工作会议", "全区老干部工作会议", "全区机关党建工作会议"):
        for seed in range(4):
            _, draft = draft_meeting(meeting, place="鼓楼区", seed=seed)
            assert not re.search("发言|述职", _opening(draft.text)), (meeting, seed)
        _, draft = draft_meeting(meeting, place="鼓楼区", seed=0, speeches="是")
        assert "acknowledgement" in {u.role.value for u in draft.uses}


def test_a_subdistrict_employment_meeting_sends_no_rural_labour_away():
    # Read: 城关街道 全街道就业工作推进会 deployed 劳务协作、点对点送工、帮扶车间 and 依托县域产业 for an urban 街道.
    for seed in range(6):
        _, draft = draft_meeting("全街道就业工作推进会", place="城关街道", seed=seed, points=4)
        assert "point.employment.task.rural-labour" not in used_ids(draft, "point"), seed
        assert not re.search("县域|帮扶车间|点对点送工", draft.text), seed


def test_a_township_and_a_towns_meetings_leave_county_teams_and_powers_out():
    # Read: 古楼乡 全乡农村公路建设工作会议 ended on 建强交通运输工作队伍 (交通干部的业务培训); 三河镇 全镇生态环境保护工作会议
    # said 依法划定和调整保护区, 严厉打击, 健全生态环境监测网络 and 建设生态环境保护铁军.
    for seed in range(6):
        _, draft = draft_meeting("全乡农村公路建设工作会议", place="古楼乡", seed=seed, points=4)
        assert "point.transport.guard.enforcement" not in used_ids(draft, "point"), seed
        _, draft = draft_meeting("全镇生态环境保护工作会议", place="三河镇", seed=seed, points=5)
        ids = used_ids(draft, "point")
        assert not {"point.ecology.task.clear-water", "point.ecology.guard.support"} & set(ids), (seed, ids)


def test_a_commendation_of_community_workers_or_veterans_names_their_work():
    # Read: 全市优秀社区工作者表彰大会 honoured 在各项工作中表现突出的优秀社区工作者 (work read as 各项工作).
    from drafter.meeting import parse_meeting

    for name, work in (
        ("全市优秀社区工作者表彰大会", "社会工作"),
        ("全县优秀网格员表彰会", "社会工作"),
        ("全区模范退役军人表彰大会", "退役军人事务工作"),
        ("全市科学技术奖励大会", "科技创新工作"),
    ):
        meeting = parse_meeting(name)
        assert (meeting.kind.name, meeting.work) == ("表彰大会", work), name
    _, draft = draft_meeting("全市优秀社区工作者表彰大会", place="南通市", seed=0, awards="是")
    assert "各项工作" not in draft.text


def test_a_december_task_is_not_said_to_land_next_step():
    # Read: 全市迎峰度冬能源保供工作会议 (12月2日) said of the user's task 确保下一步任务落地.
    for seed in range(6):
        _, draft = draft_meeting(
            "全市迎峰度冬能源保供工作会议", place="海安市", seed=seed, date="2026年12月2日",
            tasks=["做好困难群众取暖保障", "组织开展燃气安全隐患排查", "完成热源厂设备检修"],
        )  # fmt: skip
        assert "下一步任务落地" not in draft.text, seed


def test_a_subdistricts_safety_meeting_hands_nothing_to_county_departments():
    # Read (web page): 城关街道 全街道平安建设工作推进会 said 政法、信访、公安、司法行政等部门要各展所长… and 平安建设议事协调机构.
    for seed in range(6):
        _, draft = draft_meeting("全街道平安建设工作推进会", place="城关街道", seed=seed, points=4)
        assert not re.search("政法、信访、公安、司法行政|议事协调机构", draft.text), seed


def test_a_summarys_opening_and_thanks_do_not_both_open_on_the_period():
    # Read: 全县2026年安全生产工作总结会 opened two paragraphs running on 这一年，… (before: 这段时间，… twice).
    for place, seed in (("临西县", 2), ("临西县", 5), ("海安市", 11), ("清河县", 0), ("清河县", 1)):
        _, draft = draft_meeting("全县2026年安全生产工作总结会", place=place, seed=seed, date="2026年12月20日")
        starts = [p[:3] for p in _opening(draft.text).split("\n\n")]
        assert starts.count("这一年") <= 1 and starts.count("这段时") <= 1, (seed, starts)


def test_a_labour_rights_joint_meeting_is_about_workers_not_women_and_children():
    # Read: 全市劳动保障维权联席会议 (海安市) opened on 两个纲要 and 妇女儿童规划, and deployed 家庭暴力 (维权 named 妇女儿童).
    for seed in range(3):
        _, draft = draft_meeting("全市劳动保障维权联席会议", place="海安市", seed=seed, problems=["欠薪问题在建筑领域仍较突出"])
        assert not re.search("妇女|儿童|家庭暴力|纲要", draft.text), seed
        assert "欠薪" in _opening(draft.text).replace("欠薪问题在建筑领域仍较突出", "") or "劳动者" in _opening(draft.text)
        assert "point.employment.task.new-forms" in used_ids(draft, "point")
    _, draft = draft_meeting("全县妇女儿童维权联席会议", seed=0)
    assert "妇女" in draft.text


def test_a_townships_forest_fire_meeting_builds_no_command_headquarters():
    # Read: 古楼乡 全乡森林防火工作动员会 said 森林防灭火指挥机构要健全，各成员单位干什么要写清楚… 与毗邻地区指挥机构.
    for seed in range(6):
        _, draft = draft_meeting("全乡森林防火工作动员会", place="古楼乡", seed=seed, points=4, date="2026年2月20日")
        assert "point.forest.guard.command" not in used_ids(draft, "point"), seed


def test_a_standing_committee_praises_no_results_nobody_gave():
    # Read: 县委常委会会议 on 保密工作 with no 成绩 said 这些成效来之不易 of results the speech never stated.
    for seed in range(6):
        _, draft = draft_meeting("县委常委会会议", seed=seed, work="保密工作")
        assert "来之不易" not in draft.text, seed


def test_a_subdistricts_speech_does_not_say_its_community_twice():
    # Read: 城关街道 全街道就业工作推进会 said 让群众不出社区、不出社区就能找到工作信息 ({{ village }} is 社区 in a 街道).
    from drafter.library import load_library

    texts = [t for f in load_library().fragments for t in (f.text, f.heading or "", *(s.text for s in f.subpoints))]
    assert not [t for t in texts if re.search(r"社区、\{\{ village \}\}|\{\{ village \}\}、社区", t)]


def test_a_task_led_by_a_verb_like_jianhao_is_not_pushed_forward():
    # Read: 三河镇 全镇退役军人服务保障工作会议 with the task 建好镇退役军人服务站 said 今年要着力推进建好镇退役军人服务站.
    for seed in range(3):
        _, draft = draft_meeting(
            "全镇退役军人服务保障工作会议", place="三河镇", seed=seed, tasks=["建好镇退役军人服务站", "开展退役军人就业招聘活动"]
        )
        assert "着力推进建好" not in draft.text and "建好镇退役军人服务站" in draft.text, seed
