"""Ingest generalised from batch 56's misses and leaks (issue #13): each class of shape in two or three spellings of our
own writing (tests/fixtures/ingest/ingest56-*), never the pages' text, with a guard that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from archive_fixtures import fragments, general_holding, ingest, shape


def _texts(tmp_path: Path, name: str) -> list[str]:
    return [yaml.safe_dump(f, allow_unicode=True) for f in fragments(tmp_path, name)]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …结合近期的调研和思考，就做好新学年的工作谈三点意见。 (was: no count)
        ("ingest56-on-topic-college.txt", ("speech", 3, [0, 0, 0])),
        # 圍繞這一任務，就抓好今秋的生產講兩個方面。, traditional (was: no count)
        ("ingest56-on-topic-traditional.txt", ("speech", 2, [0, 0])),
        # 根据区委的要求,就做好今年的社区工作提四点要求., halfwidth punctuation (was: no count)
        ("ingest56-on-topic-halfwidth.txt", ("speech", 4, [0, 0, 0, 0])),
        # 市委书记…就做好今年的党建工作讲了三点意见: what another said, no announcement of this speech's
        ("ingest56-on-topic-guard.txt", ("speech", None, [0, 0])),
    ],
)
def test_a_count_announced_on_a_topic_without_i_or_below_is_the_speakers(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
