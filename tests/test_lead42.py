"""Session 42's lead: what a clerk saw reading the results of the commands.

Each test here failed before its fix (branch lead42).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from tests.cli_runner import run

DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]
SETTING = ["--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]


def test_update_leaves_no_lock_file_beside_the_speech(mini_library, tmp_path: Path) -> None:
    """`update 一稿.md -o 二稿.md` left `.二稿.md.lock` in the clerk's folder (Windows shows dot files), and
    `update 一稿.md` left `.一稿.md.lock`: the folder holds the speeches, their records and the backup only."""
    folder = tmp_path / "稿子"
    folder.mkdir()
    first = folder / "一稿.md"
    assert run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(first)).exit_code == 0
    second = folder / "二稿.md"
    assert run("update", str(first), "--points", "4", "-o", str(second), "--library", str(mini_library)).exit_code == 0
    assert run("update", str(second), "--points", "3", "--library", str(mini_library)).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "一稿.answers.yaml", "一稿.md", "二稿.answers.yaml", "二稿.md", "二稿.md.bak",
    ]  # fmt: skip


def _add(path: str, times: int) -> None:
    from drafter.limits import file_lock

    target = Path(path)
    for _ in range(times):
        with file_lock(target, timeout=30, tidy=True):
            n = int(target.read_text())
            target.write_text(str(n + 1))


def test_a_lock_removed_on_release_still_keeps_two_writers_apart(tmp_path: Path) -> None:
    """Four processes each add 40 to one counter under the tidy lock: a waiter that opened the lock file its holder
    then removed must not count as holding the lock (no update lost), and no lock file is left."""
    counter = tmp_path / "讲话.md"
    counter.write_text("0")
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_add, args=(str(counter), 40)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert counter.read_text() == "160"
    assert [p.name for p in tmp_path.iterdir()] == ["讲话.md"]


# ---------------------------------------------------------------- check: batch 63's planted misses (opened, #13)

_DISTRICT = (
    "在全区作风建设大会上的讲话\n\n同志们：\n\n今天召开全区作风建设大会。区委、区政府对这项工作高度重视。\n\n"
    "{line}\n\n全区上下要以这次会议为契机，把作风建设抓实抓细。\n"
)


def test_a_peer_levels_bodies_told_what_to_do_in_a_districts_speech_are_a_level_mix() -> None:
    """A 区 speech copied from a county's: 《规则》要求，县政府及各部门要… / 县委、县政府要… told the county's bodies what
    to do. The own bodies, a superior's words passed on, a named county and each county are not."""
    from check_fixtures import found

    told = "《规则》要求，县政府及各部门要严格执行中央、市委和区委关于改进工作作风的规定。"
    assert found(_DISTRICT.format(line=told), rule="level-mix") == [("level-mix", "县政府")]
    pair = "县委、县政府要把作风建设摆在突出位置，一级抓一级。"
    assert found(_DISTRICT.format(line=pair), rule="level-mix") == [("level-mix", "县委、县政府")]
    # the same in a county's speech, with a 区's bodies
    county = _DISTRICT.replace("区", "县").format(line=pair.replace("县", "区"))
    assert found(county, rule="level-mix") == [("level-mix", "区委、区政府")]
    for fine in (
        told.replace("县政府", "区政府"),
        "市委要求，县委、县政府要把作风建设摆在突出位置。",
        "桐庐县委、县政府要把作风建设摆在突出位置的做法值得学习。",
        "各县委、县政府要把作风建设摆在突出位置。",
        "原县委、县政府要求的事项已全部办结。",
    ):
        assert found(_DISTRICT.format(line=fine), rule="level-mix") == [], fine


_COUNTY = (
    "在全县文旅发展大会上的讲话\n\n同志们：\n\n今天召开全县文旅发展大会。\n\n{line}\n\n让我们携手奋进，再创佳绩！\n"
)


def test_a_neighbours_short_name_whose_growth_or_fame_the_speech_speaks_of_is_a_foreign_place() -> None:
    """遂昌县's speech saying 让松阳发展既有历史基因，更富时代特色, 大邑县's saying the festival 提升了崇州的知名度: the
    neighbour's name left where the own one stood. The superior raised, or a place learned from, is not."""
    from check_fixtures import found

    grown = "我们要当好行动派，让松阳发展既有历史基因，更富时代特色。"
    assert found(_COUNTY.format(line=grown), rule="foreign-place", place="遂昌县") == [("foreign-place", "松阳")]
    known = "风筝节的成功举办，极大地提升了崇州的知名度和美誉度。"
    assert found(_COUNTY.format(line=known), rule="foreign-place", place="大邑县") == [("foreign-place", "崇州")]
    for fine, place in (
        (grown.replace("松阳", "遂昌"), "遂昌县"),
        (known.replace("崇州", "成都"), "大邑县"),
        ("我们要学习松阳发展茶产业的经验。", "遂昌县"),
    ):
        assert found(_COUNTY.format(line=fine), rule="foreign-place", place=place) == [], fine


# ---------------------------------------------------------------- drafts: an education meeting speaks of 义务教育

def test_a_gathered_education_task_point_speaks_of_compulsory_education() -> None:
    """A 15-minute 全市教育工作会议 (绍兴市) gathered two areas at random: 学前教育 in 10 seeds of 12, 义务教育 in 2 — a
    city's education meeting without its schools' main body. 义务教育 is the work's 主干 area now."""
    from tests.work_drafts import draft_text

    for seed in (3, 4):
        text = draft_text("绍兴市", "全市教育工作会议", seed=seed, minutes=15)
        assert "义务教育优质均衡" in text, seed


# ---------------------------------------------------------------- ingest: when a survey began is no angle (#13)

def test_a_survey_that_began_on_a_date_and_covered_four_fields_announces_no_parts() -> None:
    """split42 read 我们…从“…”三个视角，审视… as a survey announcing its parts; 我们从某年某月开始，对政治、经济、文化、
    社会等四个方面进行调查 (when it began and what it covered, a held-out batch's report) was read as announcing four."""
    from drafter.ingest.surveyangles import survey_angles

    began = "根据领导意见，我们从今年三月开始，对农村政治、经济、文化、社会等四个方面进行调查，调查采取问卷和座谈的方式。"
    assert survey_angles(began) is None
    assert survey_angles(began.replace("开始", "以来")) is None
    angles = "我们围绕基层减负，重点从“在干什么、想干什么、能干什么”三个视角，审视乡镇干部的工作状态。"
    assert survey_angles(angles) is not None
    assert survey_angles("我们从产业、人才、文化、生态四个方面进行调查，摸清了基本情况。") is not None
