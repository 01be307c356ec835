"""Review 30b: meetings of other bodies and levels (人代会、政协全会的闭幕会, 团代会、科协和残联的代表大会, 妇联, 文联,
残联, a company's or a hospital's own meeting, a development zone), read as their writer would."""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting, used_ids

from drafter.meeting import parse_meeting


def _head(text: str) -> str:
    """Salutation, opening and acknowledgement: what comes before the first point."""
    return text.split("\n## ")[0]


# ---------- 人代会、政协全会的闭幕会 ----------


@pytest.mark.parametrize(
    ("meeting", "place", "work", "greeting", "party"),
    [
        ("清河县第十八届人民代表大会第五次会议闭幕会", "清河县", "人大工作", "各位代表，同志们：", "县委"),
        ("县十八届人大五次会议闭幕会", "清河县", "人大工作", "各位代表，同志们：", "县委"),
        ("城关镇第十八届人民代表大会第一次会议闭幕会", "城关镇", "人大工作", "各位代表，同志们：", "镇党委"),
        ("政协清河县第十届委员会第五次会议闭幕会", "清河县", "政协工作", "各位委员，同志们：", "县委"),
        ("政协南通市第十五届委员会第一次会议闭幕大会", "南通市", "政协工作", "各位委员，同志们：", "市委"),
    ],
)
def test_a_session_closing_is_spoken_as_the_close_of_that_session(meeting, place, work, greeting, party):
    # Read (政协清河县第十届委员会第五次会议闭幕会): “同志们：召开这次政协……闭幕会，就是要……”, a 政协工作 meeting the 县委
    # holds; a 镇人代会's closing the same (开好这次……闭幕会，就是要在支持人大依法履职上再加把劲).
    parsed = parse_meeting(meeting, place)
    assert (parsed.kind.name, parsed.work) == ("大会闭幕会", work)
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        head = _head(draft.text)
        assert head.split("\n\n")[1] == greeting, seed
        assert "闭幕" in head and f"代表{party}" in head and "祝贺" in head, (seed, head)
        assert not re.search("召开这次|开好这次|研究决定召开", head), (seed, head)


def test_only_a_new_terms_first_session_congratulates_those_elected():
    # 第一次会议 of a new term elects; the fifth does not: no 新当选 where nobody was elected.
    for seed in range(3):
        _, first = draft_meeting("城关镇第十八届人民代表大会第一次会议闭幕会", place="城关镇", seed=seed)
        _, fifth = draft_meeting("清河县第十八届人民代表大会第五次会议闭幕会", seed=seed)
        assert "新当选" in _head(first.text) and "选举产生" in _head(first.text), seed
        assert "新当选" not in fifth.text and "选举产生了新一届" not in fifth.text, seed


@pytest.mark.parametrize(
    "meeting", ["清河县第十八届人民代表大会第五次会议闭幕会", "政协清河县第十届委员会第五次会议闭幕会"]
)
def test_a_session_closing_does_not_list_the_bodys_shortcomings(meeting):
    # Read (30 minutes): 一、统一思想…… （三）正视人大工作面临的新要求：监督的刚性还不够强……代表作用发挥还不够充分 — the
    # work's shortcomings nobody gave, at the close of a session.
    for seed in range(2):
        _, draft = draft_meeting(meeting, seed=seed, minutes=30)
        first = draft.text.split("\n## ")[1]
        assert not re.search("短板|差距和不足|不适应|还不够", first), (seed, first)
        assert "闭幕会" not in first.split("\n")[0]


def test_a_session_closing_leads_with_the_sessions_own_points():
    # Its points are about carrying out what the session decided, not a 人大工作会议's: the first is the kind's own.
    for seed in range(4):
        _, draft = draft_meeting("清河县第十八届人民代表大会第五次会议闭幕会", seed=seed)
        assert used_ids(draft, "point")[0].startswith("point.congress-closing."), seed
        assert "大会" in draft.text.split("\n## ")[1].split("\n")[0], seed


# ---------- 代表大会（团代会、科协、残联、文联） ----------


@pytest.mark.parametrize(
    ("meeting", "members"),
    [
        ("县科协第九次代表大会", "广大科技工作者"),
        ("县残联第六次代表大会", "广大残疾人朋友和残疾人工作者"),
        ("县文联代表大会", "广大文艺工作者"),
        ("共青团清河县第十六次代表大会", "团员青年"),
    ],
)
def test_a_congress_greets_its_delegates_and_those_they_stand_for(meeting, members):
    # Read (县科协第九次代表大会): “同志们：这次县科协第九次代表大会是县委、县政府研究决定召开的，就是要把科技创新摆到……”;
    # (县残联第六次代表大会) “召开这次……，就是要把市委、市政府的部署要求传达好”, then 我代表县委、县政府 twice.
    for seed in range(3):
        _, draft = draft_meeting(meeting, seed=seed)
        head = _head(draft.text)
        assert head.split("\n\n")[1] == "各位代表，同志们：", seed
        assert members in head, (seed, head)
        assert head.count("我代表") == 1, (seed, head)
        assert "召开这次" not in head and "部署要求传达好" not in head, (seed, head)
        assert "预祝大会" in draft.text.rstrip().split("\n")[-1], seed


def test_a_congress_praises_the_years_past_only_with_achievements_given():
    # Read (团代会): 上次团代会以来……做了大量工作，县委对此是充分肯定的 — praise the user never gave.
    praise = re.compile("充分肯定|看在眼里|是满意的")
    for meeting in ("共青团清河县第十六次代表大会", "清河县妇女第十五次代表大会", "清河县总工会第十五次代表大会"):
        for seed in range(3):
            _, draft = draft_meeting(meeting, seed=seed)
            assert not praise.search(draft.text), (meeting, seed)


# ---------- 人大、政协、群团：一个机关自己的工作 ----------


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("共青团清河县第十六次代表大会", "清河县"),
        ("全县共青团工作会议", "清河县"),
        ("南通市总工会第十四届委员会第三次全体会议", "南通市"),
        ("全县政协工作会议", "清河县"),
        ("政协南通市第十五届委员会第一次会议闭幕会", "南通市"),
    ],
)
def test_a_bodys_own_work_is_not_handed_to_the_townships_and_bureaus(meeting, place):
    # Read (团代会, 20 minutes): 各乡镇（街道）、县直各部门要把共青团工作放在心上、抓在手上，一把手要当好第一责任人……要把
    # 共青团工作纳入目标管理考核……对失职失责的严肃追责问责.
    work = parse_meeting(meeting, place).work
    handed = re.compile(f"一把手要当好第一责任人|要把{work}(?:纳入目标管理考核|摆上重要议事日程)|{work}要列入考核内容|要对{work}负总责")
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=20)
        assert not handed.search(draft.text), (seed, handed.findall(draft.text))


# ---------- 妇联 ----------


@pytest.mark.parametrize("meeting", ["全县妇联执委会", "清河县妇联第十四届执行委员会第三次全体会议", "全县妇联工作会议"])
def test_a_womens_federation_meeting_speaks_of_the_federations_own_work(meeting):
    # Read (全县妇联执委会): 客观看待中期评估，准确研判规划后半程的形势任务 … 妇儿工委要把各方力量统筹起来 … 我谨代表县委、县政府 —
    # the 妇儿工委's plan review, not the 妇联's work, and a 群团 meeting the 县委 (not 县委、县政府) speaks at.
    assert parse_meeting(meeting).convenor.host == "party"
    for seed in range(3):
        _, draft = draft_meeting(meeting, seed=seed, minutes=20)
        assert not re.search("中期评估|后半程|成员单位|妇儿工委", draft.text), seed
        assert "县委、县政府" not in _head(draft.text), seed
        assert sum(i.startswith("point.women-federation.") for i in used_ids(draft, "point")) >= 3, seed
        if "执" in meeting:
            assert _head(draft.text).split("\n\n")[1] == "各位执委，同志们：", seed


# ---------- 残联、文联 ----------


@pytest.mark.parametrize(
    ("meeting", "own", "never"),
    [
        ("县残联第六次代表大会", "point.disability.", "殡葬|老年人口越来越多|民政干部|养老服务"),
        ("全县残疾人工作会议", "point.disability.", "殡葬|民政干部"),
        ("县文联代表大会", "point.literature-art.", "片段库里没有"),
        ("全县文艺工作会议", "point.literature-art.", "片段库里没有"),
    ],
)
def test_a_disabled_persons_or_literary_federation_meeting_has_its_own_points(meeting, own, never):
    # Read (县残联第六次代表大会): 老年人口越来越多, 深化殡葬改革, 做群众信得过的民政干部 — a 民政 speech; (县文联代表大会)
    # “片段库里没有‘文联工作’的专门内容”, the general skeleton with the work's name pasted in.
    for seed in range(3):
        _, draft = draft_meeting(meeting, seed=seed)
        ids = used_ids(draft, "point")
        assert sum(i.startswith(own) for i in ids) >= 2, (seed, ids)
        assert not re.search(never, draft.text), seed


def test_a_towns_disabled_persons_meeting_names_no_committee_it_lacks():
    for seed in range(3):
        _, draft = draft_meeting("全镇残疾人工作会议", place="城关镇", seed=seed, minutes=20)
        assert "残工委" not in draft.text and "残疾人工作委员会" not in draft.text, seed


# ---------- 企业、医院、村自己的会；开发区 ----------


@pytest.mark.parametrize(
    ("meeting", "what"),
    [
        ("清河县城市建设投资集团有限公司2026年度工作会议", "一家企业"),
        ("县供电公司迎峰度夏保电工作会议", "一家企业"),
        ("县人民医院院长办公会", "一家医院"),
        ("县人民医院党委理论学习中心组学习会", "一家医院"),
        ("城关镇东关村党支部换届后第一次会议", "一个村"),
        ("县委理论学习中心组学习会", "中心组"),
    ],
)
def test_a_units_own_meeting_is_declined_with_what_to_write_instead(meeting, what, tmp_path):
    # Read: 清河县城市建设投资集团有限公司2026年度工作会议 drafted as 城市建设投资集团有限公司2026年度工作 with 我代表县委、县政府;
    # 县人民医院院长办公会 refused as 看不出是哪项工作; a village branch's meeting drafted as 城关镇东关村党支部换届后工作.
    from typer.testing import CliRunner

    from drafter.cli import app

    result = CliRunner().invoke(
        app, ["draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", f"meeting={meeting}"]
    )
    assert result.exit_code == 2
    assert what in result.output and "写" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "meeting", ["全县国有企业安全生产工作会议", "全县公立医院高质量发展推进会", "全镇村“两委”干部培训班开班式", "县集团化办学工作推进会"]
)
def test_meetings_about_those_units_are_still_drafted(meeting):
    place = "城关镇" if meeting.startswith("全镇") else "清河县"
    _, draft = draft_meeting(meeting, place=place, seed=1)
    assert draft.text.startswith(f"# 在{meeting}上的讲话")


def test_a_development_zone_speaks_as_its_party_working_committee_and_administration():
    # Read (南通经济技术开发区 as the place): drafted as a 市辖区 (区委、区政府) with the warning 行政区划中没有.
    for seed in range(3):
        _, draft = draft_meeting("全区招商引资推进会", place="南通经济技术开发区", seed=seed)
        assert "党工委" in draft.text or "管委会" in draft.text, seed
        assert not re.search("区委|区政府|各级政府", draft.text), seed
    # the zone named in the meeting of its city: the scope is the zone, not part of the work's name
    assert parse_meeting("南通经济技术开发区招商引资推进会", "南通市").work == "招商引资工作"


def test_a_sectors_year_is_no_part_of_its_work():
    # Read: 全县教育系统2026年秋季开学工作会议 → “切实增强做好教育系统2026年秋季开学工作的责任感紧迫感”.
    assert "2026" not in parse_meeting("全县教育系统2026年秋季开学工作会议", "清河县").work
    assert parse_meeting("县国资委2026年工作会议", "清河县").work == "国资国企工作"


@pytest.mark.parametrize(
    ("meeting", "work"),
    [
        ("市卫健委2026年全市公立医院院长会议", "卫生健康工作"),
        ("全市公立医院院长会议", "卫生健康工作"),
        ("全县中小学校长会议", "教育工作"),
        ("全县幼儿园园长会议", "教育工作"),
    ],
)
def test_a_meeting_named_for_the_heads_who_attend_speaks_of_their_units_work(meeting, work):
    # Read (市卫健委2026年全市公立医院院长会议): “公立医院院长工作的每一项部署” … “我市公立医院院长工作还存在一些不容忽视的问题”.
    assert parse_meeting(meeting, "南通市").work == work
    _, draft = draft_meeting(meeting, place="南通市", seed=1)
    assert "院长工作" not in draft.text and "校长工作" not in draft.text


@pytest.mark.parametrize(
    ("meeting", "place", "greeting"),
    [
        ("南通市庆祝第四十二个教师节暨优秀教师表彰大会", "南通市", "老师们，同志们："),
        ("共青团南通市委员会纪念五四运动107周年暨“两红两优”表彰大会", "南通市", "同志们，青年朋友们："),
    ],
)
def test_a_festival_meeting_greets_those_it_is_held_for(meeting, place, greeting):
    # Read: 教师节 and 五四 commendations opened on a bare 同志们：, with the teachers and the young people in the hall.
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert draft.text.split("\n\n")[1] == greeting, seed


def test_a_class_of_community_workers_is_not_asked_for_party_spirit():
    # Read (望京街道社区工作者培训班): 加强党性锻炼……对照党章党规照镜子……入党时的誓言, 把握干部成长的规律 — said to 社区工作者,
    # who are neither all Party members nor 机关干部.
    # 15 minutes: a class no longer fills with general work sections (review34c), and this one forms about 16.
    for seed in range(3):
        _, draft = draft_meeting("望京街道2026年社区工作者能力提升培训班开班式", place="望京街道", seed=seed, minutes=15)
        assert not re.search("党性|入党|干部成长的规律|党员干部的良好风貌", draft.text), seed


@pytest.mark.parametrize(("meeting", "place"), [("南通市人大常委会第二十五次会议", "南通市"), ("县政协常委会第十次会议", "清河县")])
def test_a_standing_committee_sitting_is_not_spoken_to_the_bureaus(meeting, place):
    # Read (市人大常委会会议, 30 minutes): （四）正确看待当前形势……各县（市、区）、市直各部门主动作为……对大家的辛勤付出，要充分
    # 肯定 and （五）……各县（市、区）、市直各部门要重点在以下三个方面用力 — said to the committee's members.
    from drafter.render.select import _general_to_cadres  # noqa: PLC2701

    library, draft = draft_meeting(meeting, place=place, seed=3, minutes=30)
    general = [u.id for u in draft.uses if u.role.value == "point" and _general_to_cadres(library.get(u.id))]
    assert general == []
    assert "要充分肯定" not in draft.text


def test_an_organs_plenary_named_with_its_town_takes_the_work_meetings_skeleton():
    # Read (城关镇妇联第三届执行委员会第二次全体会议 for 城关镇): the draft said 工作会议 but took a 领导小组's opening —
    # 今天请大家来，就是要把妇女工作的进度摸清楚 — the template was read from the name without its place.
    import json

    from typer.testing import CliRunner

    from drafter.cli import app

    result = CliRunner().invoke(app, [
        "draft", "--no-input", "--no-history", "--json", "--seed", "37",
        "--set", "place=城关镇", "--set", "meeting=城关镇妇联第三届执行委员会第二次全体会议",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["template"] == "work-meeting" and record["kind"] == "工作会议"
    assert not any(f["id"].startswith(("opening.group.", "point.group.")) for f in record["fragments"])


@pytest.mark.parametrize(
    ("meeting", "work", "body"),
    [
        ("南通市残工委2026年全体会议", "残疾人工作", "残工委"),
        ("县安委会2026年全体会议", "安全生产工作", "安委会"),
        ("市食安委2026年全体（扩大）会议", "食品安全工作", "食安委"),
    ],
)
def test_a_committees_year_is_no_part_of_its_work(meeting, work, body):
    # Read (南通市残工委2026年全体会议): “领导小组的职责，就是在残工委2026年工作中把方向、抓统筹”.
    parsed = parse_meeting(meeting, "南通市")
    assert (parsed.work, parsed.body) == (work, body)
