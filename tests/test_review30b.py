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
