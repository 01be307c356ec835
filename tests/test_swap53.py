"""`drafter update --swap` changes the part asked for and nothing else (swap53).

A swap drew the whole speech again around the kept parts: a kept point took other sub-points, the short form of its
gathered heading or another wording of a user's task as the plan around it changed, and a timed draft's swap stopped on
its gathered areas read as --pick points (`--pick 指定的要点 … 与本次的要点结构不符`) whichever part was asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from work_drafts import draft_made

from drafter.answers import dump_record, load_record
from drafter.errors import UsageError
from drafter.text import count_word
from drafter.update import swap_parts


def _record(draft, folder: Path):  # type: ignore[no-untyped-def]
    """The record `drafter draft -o 稿.md` writes beside the draft, read back."""
    path = folder / "稿.md"
    path.write_text(draft.text, encoding="utf-8")
    rec = folder / "稿.answers.yaml"
    rec.write_text(dump_record(draft, {"picks": [], "tags": [], "rate": 200}, path), encoding="utf-8")
    return load_record(rec)


def _parts(text: str) -> list[str]:
    """What comes before the points, then each point (the last with the closing)."""
    return re.split(r"(?m)^(?=## [一二三四五六七八九十]+、)", text)


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes"),
    [
        ("城关街道", "全街道民政工作会议", 1, None),  # 二's heading and sub-points moved with the new 一
        ("清河县", "全县教育工作会议", 0, 20),  # refused: its gathered areas read as --pick points (test_reader49's)
    ],
)
def test_swapping_point_one_leaves_every_other_word_where_it_was(
    tmp_path: Path, place: str, meeting: str, seed: int, minutes: int | None
) -> None:
    draft = draft_made(place, meeting, seed, minutes, measure=minutes is not None)
    after = swap_parts(_record(draft, tmp_path), ["一"]).draft.text
    old, new = _parts(draft.text), _parts(after)
    assert len(new) == len(old)
    assert new[1] != old[1]  # point 一 is another
    assert new[0] == old[0]  # the opening, with 我讲三点意见
    assert new[2:] == old[2:]  # every other point, and the closing
    assert f"{count_word(len(old) - 1)}点意见" in new[0]


def test_a_swap_past_the_last_point_says_the_number_as_written_and_those_there_are(tmp_path: Path) -> None:
    draft = draft_made("城关街道", "全街道民政工作会议", 1, None, measure=False)
    with pytest.raises(UsageError) as caught:
        swap_parts(_record(draft, tmp_path), ["五"])
    assert "--swap 五：这份讲话稿只有 3 点意见" in caught.value.message
    assert "一、二、三" in (caught.value.hint or "")
