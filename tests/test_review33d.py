"""Review 33d: a 欢送新兵大会 speaks to recruits and their families; a length the library cannot reach says which it can."""

from __future__ import annotations

import re

import pytest
from cli_runner import refused, run
from work_drafts import draft_meeting, used_ids

# ---------- 欢送新兵大会: the recruits' own send-off ----------

# Words a 武装部 clerk looks for in a send-off to recruits.
_ARMY = ("军营", "部队", "入伍", "听党指挥", "训练", "纪律", "军属")
# What the lead read said to recruits (seed 5): the graduates' and cadres' send-off.
_CIVILIAN = ("新的岗位上成长成才", "交友要慎重", "带着本事回来", "为家乡的发展出主意", "同志们、朋友们")


@pytest.mark.parametrize(
    ("meeting", "place"),
    [("全区欢送新兵大会", "海门区"), ("全县2026年新兵入伍欢送大会", "清河县"), ("全镇欢送入伍新兵大会", "葛仙庄镇")],
)
def test_a_send_off_of_recruits_speaks_to_recruits(meeting, place):
    # Read (海门区 全区欢送新兵大会, default length, seed 5): 在新的岗位上成长成才, 交友要慎重, 带着本事回来、回报家乡,
    # 为家乡的发展出主意 — not one word of 军营, 部队, 参军入伍, 听党指挥, 训练, 纪律 or 军属.
    for seed in range(1, 7):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert draft.text.split("\n\n")[1].startswith("新兵同志们"), (seed, draft.text[:80])
        for word in _ARMY:
            assert word in draft.text, (seed, word)
        for said in _CIVILIAN:
            assert said not in draft.text, (seed, said)
        ids = used_ids(draft, "point")
        assert ids and all(i.startswith("point.farewell.recruits.") for i in ids), (seed, ids)


def test_a_longer_send_off_of_recruits_still_speaks_only_to_them():
    for seed in range(1, 4):
        _, draft = draft_meeting("全区欢送新兵大会", place="海门区", seed=seed, minutes=10)
        ids = used_ids(draft, "point")
        assert ids and all(i.startswith("point.farewell.recruits.") for i in ids), (seed, ids)
        assert "新岗位" not in draft.text and "回报家乡" not in draft.text


def test_the_opening_congratulates_recruits_and_honours_their_parents():
    openings = set()
    for seed in range(1, 7):
        _, draft = draft_meeting("全区欢送新兵大会", place="海门区", seed=seed)
        opening = draft.text.split("\n\n")[2]
        assert "祝贺" in opening and "家长" in opening, (seed, opening)
        openings.update(used_ids(draft, "opening"))
    assert len(openings) > 1


@pytest.mark.parametrize("meeting", ["全市高校毕业生欢送会", "全市援疆干部人才欢送会"])
def test_other_send_offs_never_speak_to_recruits(meeting):
    for seed in range(1, 4):
        _, draft = draft_meeting(meeting, place="如皋市", seed=seed)
        used = [u.id for u in draft.uses]
        assert not [i for i in used if ".recruits" in i], (seed, used)
        assert "新兵" not in draft.text and "军营" not in draft.text, seed
        assert draft.text.split("\n\n")[1] == "同志们、朋友们：", seed


def test_a_conscription_work_meeting_draws_no_send_off_text():
    _, draft = draft_meeting("全县征兵工作会议", seed=1)
    assert not [u.id for u in draft.uses if "farewell" in u.id]


# ---------- a length out of reach: which length the library can form ----------

_MINUTES = re.compile(r"可改为 --minutes (\d+)")


@pytest.mark.parametrize(
    ("meeting", "place", "minutes", "said"),
    [
        ("全区欢送新兵大会", "海门区", "20", "最多约"),
        ("全市高校毕业生欢送会", "如皋市", "20", "最多约"),
        ("全区欢送新兵大会", "海门区", "2", "最少约"),
        ("全县安全生产工作会议", "清河县", "1", "最少约"),
    ],
)
def test_a_length_out_of_reach_says_which_length_can_be_drafted(tmp_path, meeting, place, minutes, said):
    # Read (a 欢送会 at 20 minutes): 片段库无法组成约 20 分钟（4000 字左右）的讲话稿 / 换一个时长 — which length works, the user
    # could not know. The length the hint names is one the library then drafts.
    out = tmp_path / "x.md"
    args = ["draft", "--no-input", "--seed", "3", "--set", f"place={place}", "--set", f"meeting={meeting}", "-o", str(out)]
    text = refused(run(*args, "--minutes", minutes), 2, f"无法组成约 {minutes} 分钟", said, "可改为 --minutes")
    assert len([line for line in text.splitlines() if line.strip()]) == 2, text
    offered = _MINUTES.search(text)
    assert offered and offered.group(1) != minutes
    drafted = run(*args, "--minutes", offered.group(1))
    assert drafted.exit_code == 0, drafted.stderr
    assert out.is_file()


def test_a_longer_send_off_of_recruits_gathers_its_points_under_headings_for_recruits():
    # Read (海门区 全区欢送新兵大会, 12 minutes, seed 3): 牢记嘱托、不负期望，在新的天地里书写精彩 over 听党指挥 and 刻苦训练 —
    # the graduates' send-off heading.
    from drafter.render.sections import load_group_headings

    table = load_group_headings()
    civilian = {o.heading for stage in ("认识", "任务", "保障") for o in table[f"{stage}@欢送会"]}
    for seed in (1, 3):
        _, draft = draft_meeting("全区欢送新兵大会", place="海门区", seed=seed, minutes=12)
        headings = [line.split("、", 1)[1] for line in draft.text.splitlines() if line.startswith("## ")]
        assert not civilian.intersection(headings), (seed, headings)
        assert any("军" in h for h in headings), (seed, headings)
