"""Review 16: drafts read as the leader's writer would read them (安全生产警示教育大会, 党风廉政警示教育大会, 学校开学典礼,
医院职代会, 乡镇年度工作总结会, 街道社区工作会议, 镇防汛动员会, two counties' 秋季开学工作会议)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner
from work_drafts import draft_meeting, used_ids

from drafter.cli import app
from drafter.meeting import parse_meeting
from drafter.topics import find_topics


def test_a_safety_warning_conference_is_about_accidents_not_integrity():
    # Read: 全市安全生产警示教育大会 opened on 每一起案件背后……从小节失守到大节不保 and deployed 纪律教育和廉洁文化.
    for seed in range(4):
        _, draft = draft_meeting("全市安全生产警示教育大会", place="南通市", seed=seed)
        ids = [u.id for u in draft.uses]
        assert not [i for i in ids if ".integrity." in i], (seed, ids)
        assert not re.search("廉洁文化|纪律教育|违纪|大节不保", draft.text), seed
        assert used_ids(draft, "opening") == ["opening.safety.warning-conference"], seed
        assert used_ids(draft, "point")[0] == "point.safety.know.lessons", seed
    # The staff of a sector at their own warning conference still hear about integrity (and only that: 教育系统 says who
    # meets, review18 — a 教育系统党风廉政 meeting drew 双减 and 教育数字化 points).
    assert [t.tag for t in find_topics("全县教育系统警示教育大会")] == ["党风廉政"]
    assert [t.tag for t in find_topics("全县领导干部警示教育大会")] == ["党风廉政"]


def test_an_integrity_warning_conference_speaks_to_all_cadres():
    # Read: 全县党风廉政建设警示教育大会's last point was 锻造忠诚干净担当的纪检监察铁军 — spoken to every 党员干部 in the
    # hall — and said 打铁必须自身硬 twice (its lead, then 打铁的人自身要硬 / a sub-point).
    for seed in range(8):
        _, draft = draft_meeting("全县党风廉政建设警示教育大会", seed=seed)
        assert "point.integrity.safeguard.discipline-team" not in used_ids(draft, "point"), seed
    drawn = 0
    for seed in range(8):
        # the 纪检监察机关's own meeting: a 县委's 党风廉政建设工作会议 presses 主体责任 instead (review25)
        _, draft = draft_meeting("全县纪检监察工作会议", seed=seed, points=5)
        drawn += "point.integrity.safeguard.discipline-team" in used_ids(draft, "point")
        assert draft.text.count("打铁") <= 1, (seed, re.findall(".{12}打铁.{12}", draft.text))
    assert drawn, "the discipline-team point was never drawn: the test shows nothing"


@pytest.mark.parametrize(
    ("meeting", "said"),
    [
        ("海安市高级中学2026年秋季开学典礼", "学校的典礼"),
        ("县人民医院第五届职工代表大会第三次会议", "单位的职工代表大会"),
        ("县第一中学教代会", "单位的职工代表大会"),
    ],
)
def test_a_school_ceremony_or_a_units_staff_congress_is_not_drafted(meeting, said):
    # Read: the 开学典礼 was a county 开学工作 speech to 同志们 thanking 在高级中学2026年秋季开学典礼工作岗位上认真履职的同志们;
    # the hospital's 职代会 got 县委要把工会工作摆上重要位置 and 动员全县广大职工.
    args = [
        "draft",
        "--no-input",
        "--no-history",
        "--set",
        "place=海安市",
        "--set",
        f"meeting={meeting}",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert (
        said in result.stderr and "处理办法" in result.stderr and "Traceback" not in result.output
    )
    assert not result.stdout.strip()


def test_a_training_class_opening_ceremony_is_a_training_class():
    meeting = parse_meeting("全县乡村振兴干部培训班开学典礼")
    assert meeting.kind.name == "培训班开班式" and "典礼" not in meeting.work


@pytest.mark.parametrize(
    "name", ["全镇2026年工作总结会", "全镇2026年度工作总结大会", "全镇年度工作总结表彰大会"]
)
def test_a_towns_year_summary_is_about_the_years_work(name):
    # Read: 全镇2026年度工作总结大会 stopped with 看不出是哪项工作的会议; 全镇年度工作总结表彰大会 thanked 年度工作岗位上的同志们.
    assert parse_meeting(name).work == "经济社会发展工作"


def test_a_subdistricts_community_meeting_is_social_work():
    # Read: 全街道社区工作会议 had no material of its own (通用 points: 这是必须扛起的政治责任 …).
    assert [t.tag for t in find_topics("全街道社区工作会议")] == ["社会工作"]
    _, draft = draft_meeting("全街道社区工作会议", place="城关街道", seed=1)
    assert any(".social." in i or "social-work" in i for i in used_ids(draft, "point")), used_ids(
        draft, "point"
    )


def test_a_plain_flood_meeting_does_not_make_mountain_geohazards_its_one_task():
    # Read: 全镇防汛工作动员会 (三河镇) had one 任务 point: 筑牢山区地质灾害防御防线.
    for seed in range(8):
        _, draft = draft_meeting("全镇防汛工作动员会", place="三河镇", seed=seed)
        assert "point.flood.task.geohazards" not in used_ids(draft, "point")[:2], (
            seed,
            used_ids(draft, "point"),
        )
    _, draft = draft_meeting("全县地质灾害防治工作会议", seed=0)
    assert "point.flood.task.geohazards" in used_ids(draft, "point")


def _shared_sentences(a: str, b: str) -> float:
    split = re.compile(r"(?<=[。！？；：])")
    theirs = {s for s in split.split(b) if s.strip()}
    mine = [s for s in split.split(a) if s.strip() and not s.startswith("#")]
    return sum(len(s) for s in mine if s in theirs) / sum(len(s) for s in mine)


def test_two_counties_new_term_meetings_read_as_two_speeches():
    # Read: 清河县 and 临西县 asking for 全县秋季开学工作会议 got the same points with 40% of their sentences word for word
    # (64% with the same answers file): the 开学 fragments said most sentences one way only.
    shares = []
    for seed in range(0, 8, 2):
        _, one = draft_meeting("全县秋季开学工作会议", place="清河县", seed=seed)
        _, two = draft_meeting("全县秋季开学工作会议", place="临西县", seed=seed + 1)
        shares.append(
            _shared_sentences(
                one.text.replace("清河县", "我县"), two.text.replace("临西县", "我县")
            )
        )
    # Before: 0.56, 0.52, 0.54, 0.32.
    assert sum(shares) / len(shares) < 0.3 and max(shares) < 0.4, shares


def test_a_year_summary_does_not_say_its_work_began():
    # Read: 全镇2026年度工作总结大会 opened on 经济社会发展工作开展以来 — as if the year's work were a campaign.
    for seed in range(8):
        _, draft = draft_meeting("全镇2026年度工作总结大会", place="三河镇", seed=seed)
        assert "开展以来" not in draft.text, seed


def test_a_plain_safety_meeting_may_still_open_on_accident_lessons():
    # 事故警示 is a `whole` narrower tag: the lessons point is no part a plain meeting steers away from.
    firsts = {
        used_ids(draft_meeting("全县安全生产工作会议", seed=seed)[1], "point")[0]
        for seed in range(12)
    }
    assert "point.safety.know.lessons" in firsts, firsts


def test_a_plain_civil_affairs_meeting_opens_its_tasks_on_relief_or_elderly_care():
    # Read: 全区民政工作会议's one task point was 健全残疾人福利保障 — a part, while 兜底救助 and 养老 are the work itself.
    core = {
        "point.civil.task.social-assistance",
        "point.civil.task.home-community-care",
        "point.civil.task.institutions-quality",
        "point.civil.task.silver-economy",
        "point.civil.task.rural-elderly",
    }
    for seed in range(8):
        ids = used_ids(draft_meeting("全区民政工作会议", place="鼓楼区", seed=seed)[1], "point")
        assert ids[1] in core, (seed, ids)
    # A meeting naming a part still opens on it.
    assert (
        used_ids(draft_meeting("全县殡葬改革工作推进会", seed=0)[1], "point")[1]
        == "point.civil.task.funeral-reform"
    )


def test_the_prompt_asks_for_another_name_instead_of_a_school_ceremony():
    # Said when typed (newuser39), and the name asked again at once.
    answers = "海安市\n海安市高级中学2026年秋季开学典礼\n全市秋季开学工作会议\n" + "\n" * 16
    result = CliRunner().invoke(app, ["draft", "--no-history"], input=answers)
    assert result.exit_code == 0, result.output
    assert "是学校的典礼" in result.output and "# 在全市秋季开学工作会议上的讲话" in result.stdout
    # An empty answer is told the name is needed, in a few words: the explanation is not said again and again.
    answers = "海安市\n海安市高级中学秋季开学典礼\n\n\n全市秋季开学工作会议\n" + "\n" * 16
    result = CliRunner().invoke(app, ["draft", "--no-history"], input=answers)
    assert result.exit_code == 0, result.output
    assert result.output.count("是学校的典礼") == 1, result.output
    assert result.output.count("这一项必须回答（会议名称不能空着）") == 2, result.output
