"""Reports, news and other non-speech kinds as batch 18 and wild 19 showed them (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest

from drafter.ingest.split import is_salutation


def _shape(doc: dict) -> tuple[str, object, list[int]]:
    return doc["kind"], doc["announced_count"], [len(p["subpoints"]) for p in doc["points"]]


def test_a_reporter_introducing_a_quotation_is_no_salutation(tmp_path: Path) -> None:
    # 某某副校长这样勉励同学们： over a quotation, under a dated lead that says 大会由某某主持 (was a speech)
    (doc,) = ingest(tmp_path, "news-quote-introduced-to-students.txt")
    assert _shape(doc) == ("news", None, [])
    assert not is_salutation("某某副校长这样勉励同学们：")
    assert not is_salutation("校长对全体同学们说：")
    for real in ("老师们、同学们：", "尊敬的各位领导、各位来宾，亲爱的同学们：", "各位代表，同志们："):
        assert is_salutation(real), real


def test_a_feature_with_a_byline_and_a_chair_after_a_comma_is_news(tmp_path: Path) -> None:
    # headline / 文 清风 / 3月10日上午，…，大会由副校长某某主持。 then the principal's 第一…第三 told in the
    # third person with a few 我们 (was a speech of three points)
    (doc,) = ingest(tmp_path, "news-headline-byline-chaired-after-comma.txt")
    assert _shape(doc) == ("news", None, [])
