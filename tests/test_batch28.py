"""Ingest on the shapes batch 28's first-sight misses showed (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_a_headline_over_who_attended_and_spoke_is_news(tmp_path: Path) -> None:
    # 全市农业农村工作会议召开 / 某某出席并讲话 / 2月20日上午，… / 某某指出，…我市…: the caption line was taken for the
    # speech's own title (it ends in 讲话) and the 我市 in the told words for the speaker's voice
    (doc,) = ingest(tmp_path, "news-meeting-held-subtitle-attended-and-spoke.txt")
    assert _shape(doc) == ("news", None, [])
    assert doc["title"] == "全市农业农村工作会议召开"


def test_a_dated_item_giving_speakers_words_in_turn_is_news(tmp_path: Path) -> None:
    # 5月9日 某村召开…动员会 / 在会上镇人大…副主席某某说：…我们… / 村党支部书记某某发言：… / 老党员某某说：…: the
    # 我们 are each speaker's, quoted in turn by the one who reports the meeting; read as one speech
    (doc,) = ingest(tmp_path, "news-village-meeting-speakers-in-turn.txt")
    assert _shape(doc) == ("news", None, [])
