"""Drafts read as the leader's writer: lead-ins said once, repeats kept apart, two counties apart (review28b)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from drafter.drafting import DraftRequest, make_draft

# A lead-in as a reader hears it: past its adverbs, 做好 as 抓好, whatever the count.
_LEAD = re.compile(r"([^。！？；：，\n]{0,10}以下[一二三四五六七八九十两]{1,2}[^。！？；：，\n]{0,8})：")
_PAST = re.compile(r"^要|着力|着重|重点|突出|扎实|主要|具体|切实|全力")


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None) -> str:
    request = DraftRequest(answers={"place": place, "meeting": meeting}, seed=seed, minutes=minutes, history=False)
    return make_draft(request).draft.text


def _heard(text: str) -> Counter[str]:
    return Counter(
        re.sub(r"[一二三四五六七八九十两]{1,2}", "N", _PAST.sub("", lead).replace("做好", "抓好"))
        for lead in _LEAD.findall(text)
    )


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [
        ("清河县", "全县禁毒工作会议", 1),
        ("清河县柳镇", "全镇党风廉政建设工作会议", 1),
        ("清河县", "全县卫生健康工作会议", 3),
        ("清河县柳镇", "全镇安全生产工作会议", 1),
        ("江州市", "全市教育工作会议", 2),
    ],
)
def test_two_points_of_a_draft_do_not_lead_into_their_sub_points_alike(place, meeting, seed):
    # Scanned (45 drafts, 15 works × 县/市/镇, 20 minutes): 22 led two points in with one lead-in (要着力做好以下六项工作 and
    # 着力做好以下四项工作 in 清河县’s 禁毒 speech), fixed text in both fragments, so no choice kept them apart.
    heard = _heard(_draft(place, meeting, seed, minutes=20))
    assert not [lead for lead, n in heard.items() if n > 1], heard
