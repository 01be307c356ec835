"""What reader52b read in drafts for towns, streets, cities and provinces, and mended (tests cheap: library look-ups
and a few drafts of one pick each)."""

from __future__ import annotations

import pytest

from drafter.drafting import DraftRequest, make_draft
from drafter.errors import UsageError
from drafter.library import load_library
from drafter.model import suits_level
from tests.work_drafts import draft_text, fragment_renderings

SHIPPED = load_library()


def _said_at(fragment_id: str, level: str) -> str:
    """The text of a fragment a speech of `level` may say: nothing when the fragment is not for that level, else its
    own text and the sub-points the level keeps."""
    fragment = SHIPPED.get(fragment_id)
    if not suits_level(fragment.levels, level):
        return ""
    kept = fragment.subpoints_for(level)
    return fragment.text + "".join(fragment.subpoints[i].heading + fragment.subpoints[i].text for i in kept)


# A town or street deploying what only a county (or above) does: each read in a draft of reader52b.
@pytest.mark.parametrize(("fragment_id", "county_only"), [
    # 城关镇 全镇乡村振兴工作推进会: 落实好最低收购价…做好粮食收购和仓储保管; 气象和农业农村部门要加强协作
    ("point.rural.task.grain-security", "最低收购价"),
    # 南湖街道 全街道优化营商环境工作会议: 纪检监察机关要紧盯…; 推动主管部门举一反三; 纳入高质量发展综合考核
    ("point.business.safeguard.evaluation", "纪检监察机关"),
    # … and then 深化“证照分离”改革，推行“一业一证”; 健全企业破产府院联动机制
    ("point.business.task.lifecycle", "一业一证"),
    ("point.business.task.lifecycle", "府院联动"),
    # 清河镇 全镇卫生健康工作会议: 查处医药腐败…纪检监察机关牵头，卫健、医保、市场监管各出其力
    ("point.health.safeguard.conduct", "纪检监察机关"),
    # 桃源乡 全乡教育调度会: 校网布局、学校建设和教师编制都要提前研判; 统筹做好学位供给和编制管理
    ("point.education.recognition.situation", "编制"),
    # 桃源乡 全乡燃气安全工作会议: 要对燃气经营许可逐家复核…该吊销的吊销; 哪个部门管什么，要列出清单; 联合执法
    ("point.safety.task.gas-operators", "燃气经营许可"),
    ("point.safety.guard.gas-duty", "联合执法"),
    # 石桥镇 全镇教育工作会议: 配齐科学教师和实验员…通过招聘、培训、交流; 教师优待政策要落到实处; 教育系统的干部要常到学校
    ("point.education.task.science-education", "实验员"),
    ("point.education.safeguard.atmosphere", "教师优待"),
])  # fmt: skip
@pytest.mark.parametrize("level", ["乡", "镇", "街道"])
def test_a_town_or_street_does_not_deploy_what_a_county_does(fragment_id, county_only, level):
    assert county_only not in _said_at(fragment_id, level)
    assert county_only in _said_at(fragment_id, "县")  # the county still says it


def test_a_streets_parking_point_asks_the_district_rather_than_refusing_acceptance():
    # 东城街道 全街道城市管理工作调度会: 新建的住宅、商业项目要按标准配建停车位，不达标的不能验收；公共停车场的收费要合理 —
    # a 街道 neither accepts buildings nor sets parking fees
    text = "".join(_town_renderings("point.urban.task.parking", "街道"))
    assert "不达标的不能验收" not in text and "停车场的收费要合理" not in text
    assert "停车位配建不足" in text and "向上级有关部门反映" in text


def test_too_few_points_for_the_length_asks_for_more_points():
    # 望京街道 全街道就业和社会保障工作表彰大会, 20 minutes, two points: the library forms ~13 minutes of two points, and the
    # hint said 2 点意见难以压到 20 分钟：减少 --points，或加长时长 — the opposite of what helps (three points form 19 minutes)
    request = DraftRequest(
        answers={"place": "望京街道", "superior": "朝阳区", "meeting": "全街道就业和社会保障工作表彰大会"},
        seed=113, minutes=20, points=2, history=False, measure=False,
    )  # fmt: skip
    with pytest.raises(UsageError) as caught:
        make_draft(request)
    hint = str(caught.value.hint)
    assert "增加 --points" in hint and "讲不满 20 分钟" in hint, hint
    assert "减少 --points" not in hint and "难以压到" not in hint, hint


def _town_renderings(fragment_id: str, level: str, seeds: int = 24) -> list[str]:
    """The fragment's kept texts as a speech of `level` renders them, over seeds (each choice of alternatives)."""
    place = {"镇": "油坊镇", "街道": "城关街道"}[level]
    return fragment_renderings(fragment_id, level, place, "安全生产工作", seeds)


# A town or street has no newspaper or television of its own to "use well" (用好报纸、电视、网络等宣传平台 in 清河镇's
# 全镇安全生产表彰大会; 用好报纸、广播、电视和各类网络平台 in 望京街道's 平安建设 meeting): its own board, loudspeakers and chat
# groups are what it has (as united-front's 报刊、广播电视不是乡镇街道的 said before).
@pytest.mark.parametrize("fragment_id", [
    "point.commendation.safeguard.care", "point.peace.guard.team", "point.safety.guard.capacity",
    "point.wc.security.joint-effort", "point.defense.task.co-building", "point.forest.task.mass-prevention",
    "point.stats.task.census-publicity",
])  # fmt: skip
@pytest.mark.parametrize("level", ["镇", "街道"])
def test_a_town_uses_no_newspaper_or_television(fragment_id, level):
    said = "".join(_town_renderings(fragment_id, level))
    assert said and not any(word in said for word in ("报纸", "报刊", "电视")), fragment_id


def test_a_town_leaves_pension_funds_and_contribution_audits_to_the_agency():
    # 红星镇 全镇就业社保工作座谈会: 加强资金调度，落实待遇调整政策; 对少报漏报缴费基数的及时纠正; 引导有条件的企业建立企业年金
    for level in ("乡", "镇", "街道"):
        assert "企业年金" not in _said_at("point.employment.task.pension", level)
    assert "企业年金" in _said_at("point.employment.task.pension", "县")


def test_a_training_class_is_not_told_what_its_timetable_put_first():
    # 红星镇 全镇村党组织书记培训班开班式, its sixth hope: （六）把理论学习摆在首位 … 这次培训把理论学习排在课程的最前面 — the
    # user gave no timetable, and the point said 首位 in sixth place
    theory = SHIPPED.get("point.training.task.theory")
    assert "排在课程的最前面" not in theory.text and "摆在首位" not in theory.heading


def test_a_towns_gas_meeting_speaks_of_what_a_town_does_about_gas():
    # 桃源乡's 燃气 meeting had one short gas section among general 安全生产 text once the county's were left to the
    # county: a 乡、镇 or 街道 now has its own (摸清用气底数, 陪同入户安检, 看住黑气点, 讲到每家每户)
    text = draft_text("城关镇", "全镇燃气安全工作会议", 8, 10, measure=False)
    assert "入户安检" in text and ("黑气点" in text or "送气点" in text), text
    assert "燃气经营许可" not in text and "吊销" not in text


# 石桥镇 全镇森林防火电视电话会议 ended 各分会场要抓紧向本地本部门主要负责同志汇报，结合各自实际研究制定贯彻意见: a town's
# 分会场 are its villages, which neither have 部门 nor draw up 贯彻意见, nor have levels below them to 一级抓一级
@pytest.mark.parametrize(("fragment_id", "county_words"), [
    ("closing.teleconference.relay", "本地本部门"), ("closing.teleconference.on-duty", "一级抓一级"),
])  # fmt: skip
def test_a_towns_teleconference_closes_on_its_villages(fragment_id, county_words):
    assert county_words not in "".join(_town_renderings(fragment_id, "镇"))


def test_a_dispatch_meeting_closes_without_saying_a_day_twice():
    # 河南省 全省防汛工作调度会: 同志们，任务就摆在面前，时间一天也耽误不起。请大家回去后…一天也不耽搁 — one idea twice in two lines
    for closing in _town_renderings("closing.dispatch.follow-up", "镇"):
        assert closing.count("一天") <= 1, closing


def test_a_training_class_is_told_to_come_on_time_once():
    # 望京街道 全街道社区工作者培训班开班式: 守好规矩 (准时到课…) under 严格遵守培训纪律, then 严格考勤请假: 培训期间一律按时到课，
    # 不迟到、不早退、不缺课 under 把严管贯穿培训全过程 — the organisers' attendance record is theirs to keep, the trainees'
    # punctuality was said already
    management = SHIPPED.get("point.training.safeguard.management")
    assert "不迟到" not in management.subpoints[0].text and "按时到课" not in management.subpoints[0].text


def test_a_towns_long_economy_speech_says_no_general_task_or_view():
    # 红星镇 全镇经济工作会议, 30 minutes, five points: after its own areas it took six general task sections (向改革要动力,
    # 健全工作机制, 聚焦重点难点 …: a whole point of text about no work), and once those were barred, two general 认识
    # sections (紧跟政策方向、回应群众关切; 这是…的政治责任). A town's economy meeting is long on its own text only: 25
    # minutes holds its own, 30 says the length it forms (as 信访 does)
    draft = make_draft(DraftRequest(
        answers={"place": "红星镇", "meeting": "全镇经济工作会议"}, seed=93, minutes=25, history=False, measure=False,
    )).draft  # fmt: skip
    general = [u.id for u in draft.uses if u.role.value == "point" and u.id.startswith("point.general.")]
    assert not [g for g in general if ".task." in g or ".recognition." in g], general
    with pytest.raises(UsageError) as caught:
        make_draft(DraftRequest(
            answers={"place": "红星镇", "meeting": "全镇经济工作会议"}, seed=93, minutes=30, history=False, measure=False,
        ))  # fmt: skip
    assert "最多约" in str(caught.value.hint)
