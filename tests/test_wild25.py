"""Shapes the wild25 work set (41 documents on 40 real pages read at first sight, issue #13: deep numbering, 主持词,
parts of reports, announcements in odd words) showed ingest and check. Fixtures are our own writing, reproducing
the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest, shape


def test_a_leader_of_the_past_by_surname_and_general_secretary(tmp_path: Path) -> None:
    # 江总书记为技能人才评选专门题了词 (a 表彰 speech): the person went into a general fragment (江 also begins 江河)
    frags = fragments(tmp_path, "leader-of-the-past-surname-general-secretary.txt")
    assert general_holding(frags, "江总书记") == []
    assert any(not f["specific"] for f in frags)


def test_a_saying_and_a_little_are_no_announcement(tmp_path: Path) -> None:
    # 不如现在讲一点 (say a little) and 我常说一句话 (the speaker's saying) were read as 1 announced point, and the bare
    # 讲几个问题。 after them (a transcript: no 我, no 下面) went unseen
    (doc,) = ingest(tmp_path, "saying-and-a-little-no-count.txt")
    assert doc["announced_count"] == "几"


def test_an_order_lead_where_a_login_footer_cuts_the_copy(tmp_path: Path) -> None:
    # …做到以下几点：首先，立定志向…。 then the page's （阅读全部图文内容，您需要先登录！）: the paragraph is the first point of
    # a cut copy (was no point: only a copy stopping mid-sentence counted)
    (doc,) = ingest(tmp_path, "order-lead-cut-after-login-footer.txt")
    assert shape(doc) == ("speech", "几", [0])
    assert doc["points"][0]["heading"] == "立定志向，明确奋斗目标"
