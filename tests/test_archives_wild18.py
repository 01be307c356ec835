"""Shapes met at first sight on the wild18 work set (issue #13): how a careful clerk tells a report from a speech,
news from a speech, and which other kinds are speeches; reports' parts and points. Our own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest


def _shape(doc: dict) -> tuple[str, list[int]]:
    return doc["kind"], [len(p["subpoints"]) for p in doc["points"]]


def test_a_how_to_page_on_host_scripts_is_no_meeting_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "howto-host-script-format.txt")  # 主持词 / 主持人 are the genre's words, not 主持会议
    assert (doc["kind"], doc["points"]) == ("other", [])


def test_an_exchange_speech_under_a_collection_label_is_a_speech(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "exchange-speech-collection-label.txt")  # …交流会上的发言（精选多篇）, no 称谓
    assert doc["kind"] == "speech" and doc["title"].startswith("在全县乡村振兴经验交流会上的发言")
    assert [p["heading"] for p in doc["points"]] == ["选准产业，一村一品", "建强主体，联农带农"]


@pytest.mark.parametrize(
    ("name", "kind", "subpoints"),
    [
        ("pledge-speech-biaotai.txt", "speech", [0, 0, 0]),  # 表态发言: a speech; 一是… paragraphs are its points
        ("experience-exchange-speech.txt", "speech", [0, 0]),  # 经验交流发言: a speech, though 主要做法是： reads like a report
        ("host-script-agenda.txt", "speech", []),  # 主持词: a speech; its 一是… agenda is no point
        ("meeting-news-he-stressed.txt", "news", []),  # 本报讯（通讯员…） / 会议指出 / 他强调 / 会议要求
    ],
)
def test_kinds_and_parts_a_clerk_tells_apart(tmp_path: Path, name: str, kind: str, subpoints: list[int]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert _shape(doc) == (kind, subpoints)
