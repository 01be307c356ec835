"""What a clerk would not hand in, read in drafts as the leader's writer (review25)."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting


@pytest.mark.parametrize(
    ("meeting", "seed", "minutes"),
    [
        ("全县党风廉政建设工作会议", 1, 20),
        ("全县低空经济发展推进会", 1, 20),
        ("全县乡村振兴工作推进会", 1, None),
        ("全县安全生产工作会议", 2, 30),
    ],
)
def test_a_gathered_heading_pastes_no_work_name_before_its_tasks(meeting, seed, minutes):
    # Read: 二、统筹当前和长远，持续用力推进党风廉政建设工作重点任务 / 扎实推进低空经济发展工作各项重点任务 —
    # the work's whole name pasted into a generic heading, piling 工作 onto 重点任务.
    more = {"minutes": minutes} if minutes else {}
    _, draft = draft_meeting(meeting, seed=seed, **more)
    headings = [line for line in draft.text.splitlines() if line.startswith("## ")]
    for heading in headings:
        assert "工作重点任务" not in heading and "工作各项" not in heading and "工作工作" not in heading, heading


_BUREAU_COMMANDS = (
    "我代表县委",
    "县委要",
    "县委、县政府要",
    "县政府要",
    "县委、县政府研究决定召开",
    "各乡镇（街道）、县直各部门",
    "各乡镇（街道）党政主要负责同志",
    "在局领导班子的领导下",
    "中央和县委、县政府和上级部门",
    "局领导班子专门召开",
    "让局领导班子放心",
    "向全县在各自岗位上",
)


@pytest.mark.parametrize(
    ("meeting", "seed", "minutes"),
    [
        ("县民政局2026年民政工作会议", 1, 20),
        ("县民政局2026年养老服务工作推进会", 3, 20),
        ("县财政局2026年财政工作会议", 1, 20),
        ("县文旅局2026年文化旅游工作会议", 2, 30),
        ("县水利局2026年水利工作会议", 1, 30),
        ("县农业农村局2026年乡村振兴工作会议", 1, 20),
        ("县应急管理局2026年安全生产工作推进会", 1, 20),
    ],
)
def test_a_bureau_speaks_for_its_own_group_to_its_own_units(meeting, seed, minutes):
    # Read: at 县民政局…会议 the bureau's head said 县委、县政府要定期听取民政工作汇报 and 各乡镇（街道）党政主要负责同志要…;
    # 县财政局's meeting 是县委、县政府研究决定召开的 and 县委要定期研究财政运行; 县文旅局's praised 在局领导班子的领导下，
    # 各乡镇（街道）、县直各部门… — a bureau commanding those who convene it and the towns' leaders.
    _, draft = draft_meeting(meeting, seed=seed, minutes=minutes)
    said = [words for words in _BUREAU_COMMANDS if words in draft.text]
    assert not said, said


def test_a_bureau_meeting_is_its_party_groups_decision():
    # The opening that says who decided the meeting is picked: which of the openings a seed draws moves with any edit
    # of their wording (the plan-year phrasing left none of seeds 1–6 on it).
    from drafter.library import load_library, load_templates
    from drafter.meeting import parse_meeting
    from drafter.render import render_draft

    meeting = "县财政局2026年财政工作会议"
    library = load_library()
    template = load_templates()[parse_meeting(meeting).kind.template]
    decided = 0
    for seed in range(1, 9):
        answers = {"place": "清河县", "meeting": meeting, "minutes": 20}
        draft = render_draft(library, template, answers, seed=seed, picks=("opening.finance.deploy",))
        decided += "局党组研究决定召开" in draft.text
        assert "县委、县政府研究决定召开" not in draft.text, seed
    assert decided, "no opening said who decided the meeting: the test shows nothing"


@pytest.mark.parametrize("minutes", [10, 20, 30])
def test_a_county_integrity_meeting_presses_every_party_organisations_responsibility(minutes):
    # Read: 全县党风廉政建设工作会议 (县委 speaking to every department and town) never said 主体责任 or 一岗双责; its
    # third point was all 纪检监察铁军 and its task point opened 政治监督是纪检监察机关的首要职责 — to the 纪委 alone.
    for seed in (1, 2):
        _, draft = draft_meeting("全县党风廉政建设工作会议", seed=seed, minutes=minutes)
        assert "主体责任" in draft.text and "一岗双责" in draft.text, seed
        for words in ("纪检监察铁军", "纪检监察机关的首要职责", "纪检监察机关的第一位职责", "具体干事的同志"):
            assert words not in draft.text, (seed, words)


def test_the_discipline_inspectors_own_meeting_still_builds_their_team():
    drawn = [draft_meeting("全县纪检监察工作会议", seed=seed, minutes=20)[1].text for seed in (1, 2)]
    assert any("纪检监察干部" in text for text in drawn)


@pytest.mark.parametrize("minutes", [20, 30])
def test_a_long_living_environment_speech_stays_on_its_work(minutes):
    # Read: a 20-minute 全县人居环境整治推进会 filled its task point with 千方百计拓宽增收渠道, 完善乡村治理体系 (红白喜事,
    # 移风易俗) and 涉农风险 (合作社理财) — the whole 乡村振兴 work's areas beside its one 人居环境 area.
    for seed in (1, 2):
        library, draft = draft_meeting("全县人居环境整治推进会", seed=seed, minutes=minutes)
        for use in draft.uses:
            tags = set(library.get(use.id).tags)
            assert "任务" not in tags or "乡村振兴" not in tags or "人居环境" in tags, (seed, use.id)
        for words in ("增收渠道", "红白喜事", "粮食"):
            assert words not in draft.text, (seed, words)


@pytest.mark.parametrize("meeting", ["全县安全生产工作推进会", "全县教育工作推进会", "全县人居环境整治推进会"])
def test_an_advance_meetings_opening_names_its_work_twice_at_most(meeting):
    # Read: 当前，人居环境整治工作已经进入攻坚阶段 … 做好人居环境整治工作，既要领导重视 … 就人居环境整治工作怎样攻坚克难、
    # 加快进度，我提三点要求 — the work's name three times in the first two paragraphs.
    for seed in range(4):
        _, draft = draft_meeting(meeting, seed=seed, minutes=20)
        work = draft.answers.get("work") or ""
        head = draft.text.split("\n## ")[0].split("\n", 1)[1].replace(meeting, "")
        assert head.count(str(work)) <= 2, (seed, head)


def test_a_varied_lead_in_does_not_echo_the_words_before_it():
    # Read: 具体来说，具体抓好以下四个方面的工作： (2027年全市经济工作会议, 南通市, seed 2, 30 minutes).
    _, draft = draft_meeting("2027年全市经济工作会议", place="南通市", seed=2, minutes=30)
    assert "具体来说，具体" not in draft.text


def test_an_opening_keeps_its_own_words_for_the_work():
    # The third 经济工作 within the opening itself stays (明确新一年经济工作的总体要求); only the paragraphs after it say 这项工作.
    _, draft = draft_meeting("2027年全市经济工作会议", place="南通市", seed=2, minutes=30)
    assert "新一年这项工作" not in draft.text


def test_a_trim_keeps_the_sub_point_a_heading_names():
    # Read: 三、建强监管队伍，抓好宣传教育，筑牢安全生产的基层根基 with only 队伍 and 网格 sub-points (江苏省 全省安全生产工作会议,
    # seed 1, 20 minutes): the trim had cut the 宣传教育 one.
    _, draft = draft_meeting("全省安全生产工作会议", place="江苏省", seed=1, minutes=20)
    for part in draft.text.split("\n## ")[1:]:
        if "宣传教育" in part.split("\n", 1)[0]:
            assert "宣传" in part.split("\n", 1)[1], part[:80]


def test_a_party_building_meeting_thanks_no_one_outside_the_party():
    for seed in range(1, 5):
        _, draft = draft_meeting("县委党建工作会议", seed=seed, minutes=20)
        assert "各界" not in draft.text.split("\n## ")[0], seed


def test_a_long_speech_does_not_gather_a_heading_said_again():
    # Read: 全县信访工作会议 (seed 1, 20 minutes) gathered （二）提高政治站位，切实增强做好信访工作的责任感和紧迫感 and
    # （四）肯定成绩，提高认识，增强做好信访工作的责任感和使命感 under one 一、.
    _, draft = draft_meeting("全县信访工作会议", seed=1, minutes=20)
    assert draft.text.count("的责任感和") <= 1


@pytest.mark.parametrize(
    ("meeting", "place", "seed", "minutes", "once"),
    [
        ("全县生态环境保护工作会议", "清河县", 2, 20, ("少打扰", "走过场", "群众饮水安全")),
        ("全县优化营商环境工作推进会", "清河县", 1, 10, ("服务企业的主动性", "门槛")),
        ("县民政局2026年民政工作会议", "清河县", 2, 10, ("动动手指",)),
    ],
)
def test_a_paragraph_says_a_phrase_once(meeting, place, seed, minutes, once):
    # Read in full: 守法的企业少打扰 … 列入正面清单的企业少去打扰 in one paragraph; 服务企业的主动性还不够强。有的干部服务企业的
    # 主动性不强; 申报门槛高 … 兑现门槛偏高; 老人动动手指 in the 智慧养老 task and again in the 民政 数字化 safeguard.
    _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=minutes)
    for words in once:
        assert draft.text.count(words) <= 1, words


@pytest.mark.parametrize("seed", [1, 2])
def test_an_entrepreneurs_symposium_speaks_to_entrepreneurs(seed):
    # Read: 全县民营企业家座谈会 (10 minutes) gathered 推进以人为本的新型城镇化 (城市更新, 县城) — deployed to cadres — beside its
    # points to the entrepreneurs, under 保持清醒头脑，切实增强做好经济工作的责任感紧迫感.
    _, draft = draft_meeting("全县民营企业家座谈会", seed=seed, minutes=10)
    for words in ("城镇化", "城市更新", "做好经济工作的责任感"):
        assert words not in draft.text, words


def test_a_long_integrity_speech_asks_no_one_outside_the_party_to_back_it():
    # Read: a 30-minute 全县党风廉政建设工作会议 (seed 2) closed on 夯实人财物基础 — 加强资金保障, 动员全社会共同关注、支持党风廉政建设工作.
    _, draft = draft_meeting("全县党风廉政建设工作会议", seed=2, minutes=30)
    assert "全社会共同关注" not in draft.text and "人财物" not in draft.text
