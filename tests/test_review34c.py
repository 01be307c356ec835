"""Drafts read as a 县/市 clerk would, session 34: a training class and a 座谈会 speak to the people in the room, and a
user's task goes to the point it is about (review34c)."""

from __future__ import annotations

import re

import pytest

from drafter.drafting import DraftRequest, make_draft
from drafter.errors import UsageError


def _result(place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object):  # type: ignore[no-untyped-def]
    request = DraftRequest(
        answers={"place": place, "meeting": meeting, **answers}, seed=seed, minutes=minutes, history=False
    )
    return make_draft(request)


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object) -> str:
    return str(_result(place, meeting, seed, minutes, **answers).draft.text)


# ---------- a training class speaks to its trainees at every length ----------

# What a general work section says at a class (read in 清河县 全县年轻干部培训班开班式, 30 minutes, seed 1):
# 以制度建设为抓手，推动各项工作常态长效 / 抓实关键环节，以点带面 / 聚焦重点难点 / 统筹发展和安全（各乡镇（街道）、县直各部门要坚持
# 底线思维） / 向改革要动力 — five sections of one class deployed as if the trainees ran the county's work.
_WORK_SECTION = re.compile(r"各乡镇（街道）、县直各部门|各县（市、区）、市直各部门|以制度建设为抓手|抓实关键环节|向改革要动力|统筹发展和安全")

_CLASSES = [
    ("清河县", "全县年轻干部培训班开班式"),
    ("南通市", "全市中青年干部培训班开班式"),
    ("如皋市", "全市新任职干部培训班开班式"),
    ("清河县", "县委党校2026年春季学期主体班开班式"),
    ("清河县", "县委党校2026年春季学期主体班结业式"),
    ("南通市", "全市中青年干部培训班结业式"),
]


@pytest.mark.parametrize(("place", "meeting"), _CLASSES)
@pytest.mark.parametrize("minutes", [10, 20, 30])
def test_a_class_at_any_length_says_no_general_work_section(place: str, meeting: str, minutes: int) -> None:
    # A length the class's own text cannot reach is refused with the length it can form, never filled with work text.
    try:
        result = _result(place, meeting, 1, minutes)
    except UsageError as exc:
        assert minutes > 10 and "最多约组成" in str(exc.hint) and "可改为 --minutes" in str(exc.hint), exc.hint
        return
    used = [u.id for u in result.draft.uses]
    assert not [i for i in used if i.startswith("point.general.")], used
    assert not _WORK_SECTION.search(result.draft.text), _WORK_SECTION.search(result.draft.text)

