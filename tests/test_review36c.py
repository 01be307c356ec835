"""Drafts read as the leader's writer would, session 36: education, health, civil affairs, 信访, 群团 and 平安 meetings (review36c)."""

from __future__ import annotations

from tests.work_drafts import draft_text


def _part(text: str, number: str) -> str:
    """The part of a draft headed `## 二、…` (number 二) up to the next part."""
    return text.split(f"\n## {number}、")[1].split("\n## ")[0]


# Read (宜都市红花套镇 全镇秋季开学工作部署会, 10 minutes, seed 3): the town was told to 组织大中小学思政课教师集体备课.
def test_a_town_does_not_bring_universities_into_its_schools() -> None:
    for seed in (3, 13):
        text = draft_text("宜都市红花套镇", "全镇秋季开学工作部署会", seed, minutes=10)
        assert "大中小学" not in text, seed


# Read (通山县九宫山镇 全镇爱国卫生运动动员部署会, 10 minutes, seed 7): the town was to 控制剖宫产率, build 儿科 and 老年医学科.
def test_a_town_does_not_run_maternity_wards_or_hospital_departments() -> None:
    for seed in (7, 17):
        text = draft_text("通山县九宫山镇", "全镇爱国卫生运动动员部署会", seed, minutes=10)
        for hospital in ("剖宫产", "助产机构", "老年医学科", "儿科医疗服务能力"):
            assert hospital not in text, (seed, hospital)


# Read (武汉市江岸区 全区“双减”工作推进会, 20 minutes, seed 4): the tasks were 学前教育, 职业教育 and 科学教育; not a word on
# 作业, 课后服务 or 校外培训.
def test_a_double_reduction_meeting_deploys_double_reduction_first() -> None:
    for seed in (4, 9):
        tasks = _part(draft_text("武汉市江岸区", "全区“双减”工作推进会", seed, minutes=20), "二")
        first = next(p for p in tasks.split("\n\n") if p.startswith("（一）"))
        # the task point is the 双减 point itself (its heading says it), or gathers it as its first section
        assert "双减" in tasks.split("\n")[0] or "双减" in first.split("。")[0], (seed, first[:60])
        assert "校外培训" in tasks and "课后服务" in tasks


# Read (黄石市 全市工会工作暨劳模表彰大会, 20 minutes, seed 15): “对在劳模工作中表现突出的劳模予以表彰”, “增强做好劳模工作的
# 责任感使命感”: the work before 暨 was dropped and 劳模 made a work of its own.
def test_a_union_meeting_joined_to_a_commendation_is_on_union_work() -> None:
    text = draft_text("黄石市", "全市工会工作暨劳模表彰大会", 15, minutes=20)
    assert "劳模工作" not in text
    # commend37: now a 工作会议 with the commendation in it; the union's work is said beyond the meeting's name
    assert "工会工作" in text.replace("全市工会工作暨劳模表彰大会", "")
    assert "劳模工作" not in draft_text("黄石市", "全市劳模表彰大会", 15, minutes=10)


# Read (恩施市 全市民族团结进步工作推进会, 15 minutes, seed 17): a recognition point “正视统战工作对象的新变化” on 新的社会阶层人士
# and 网络人士, at a meeting on 民族团结.
def test_an_ethnic_unity_meeting_does_not_take_in_the_new_social_strata() -> None:
    for seed in (17, 3):
        text = draft_text("恩施市", "全市民族团结进步工作推进会", seed, minutes=15)
        assert "社会阶层" not in text and "网络人士" not in text, seed


# Read (十堰市 全市网络安全和意识形态工作会议, 15 minutes, seed 20): a task “推进信息化发展，以数字化赋能高质量发展” (数字乡村,
# 制造业数字化转型) among 网络安全 and 意识形态; a 网信 or 网络安全和信息化 meeting keeps it.
def test_a_cyber_security_and_ideology_meeting_does_not_deploy_digital_development() -> None:
    for seed in (20, 2):
        text = draft_text("十堰市", "全市网络安全和意识形态工作会议", seed, minutes=15)
        assert not any(w in text for w in ("推进信息化发展", "数字红利", "制造业数字化转型")), seed
    kept = draft_text("十堰市", "全市网络安全和信息化工作会议", 20, minutes=15)
    assert "推进信息化发展" in kept or "数字红利" in kept


# Read (谷城县 全县纪检监察干部培训班开班式, 10 minutes, seed 22): the first point was “因时而进、因势而新，不断开创基层党建新
# 局面”: 干部培训 in 干部培训班 made 基层党建 the class's main work; a 乡村振兴干部培训班 was the same.
def test_a_class_for_one_works_cadres_is_on_that_work_not_on_party_building() -> None:
    for seed in (22, 1):
        first = _part(draft_text("谷城县", "全县纪检监察干部培训班开班式", seed, minutes=10), "一")
        assert "基层党建" not in first, seed
    first = _part(draft_text("谷城县", "全县乡村振兴干部培训班开班式", 22, minutes=10), "一")
    assert "基层党建" not in first


# Read (仙桃市 全市人口和生育支持工作会议, 15 minutes, seed 21): the second task was “让群众看得起病、看得好病，医保基金用在
# 刀刃上”, and the last 保障 point pressed on with 医共体建设 and 重点专科建设.
def test_a_population_meeting_does_not_deploy_medical_insurance_or_hospital_groups() -> None:
    for seed in (21, 5):
        text = draft_text("仙桃市", "全市人口和生育支持工作会议", seed, minutes=15)
        assert "医保基金" not in text and "医共体" not in text, seed
        assert "托育" in text


# Read (京山市 全市禁毒工作视频会议, 10 minutes, seed 26, no achievements given): “这些年，在各方面共同努力下，禁毒工作取得了
# 积极成效”, under a heading “既看到成效，更要看清基层基础的短板”.
def test_a_drug_control_meeting_does_not_praise_work_the_user_did_not_report() -> None:
    for seed in (26, 18):
        text = draft_text("京山市", "全市禁毒工作视频会议", seed, minutes=10)
        assert (
            "取得了积极成效" not in text
            and "既看到成效" not in text
            and "打下了好的基础" not in text
        ), seed


# Read (武穴市刁家乡 全乡党风廉政建设工作会议, 15 minutes, seed 28): “党委（党组）、书记、班子成员、纪委监委各担其责”,
# “纪委监委能否敢于监督”: a 乡 has a 纪委, no 监委.
def test_a_township_has_no_supervisory_commission() -> None:
    for seed in (28, 8):
        text = draft_text("武穴市刁家乡", "全乡党风廉政建设工作会议", seed, minutes=15)
        assert "监委" not in text, seed
    assert "纪委监委" in draft_text("武穴市", "全市党风廉政建设工作会议", 28, minutes=15)


# Read (汉川市 全市共青团工作会议, 15 minutes, seed 31): the opening said “共青团是党的助手和后备军”, then a sub-point headed
# “共青团是党的助手和后备军” began “共青团是党的后备军”.
def test_a_league_meeting_says_reserve_force_once() -> None:
    for seed in (31, 14):
        text = draft_text("汉川市", "全市共青团工作会议", seed, minutes=15)
        assert text.count("后备军") <= 1, seed
