"""drafter check on batches 60 and 62's false errors and planted misses (issue #13, helper check37).

Fixtures are our own writing; each class is read in at least three spellings, with a guard for a near shape."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


@pytest.mark.parametrize(
    "name",
    ["spam-dashed-keywords-correct.txt", "spam-underscored-keywords-correct.txt", "spam-barred-keywords-correct.txt"],
)
def test_a_hijacked_pages_keywords_strung_with_dashes_are_no_slip(name: str) -> None:
    # 国产…-国产…综合久久久-…-天天…日日… over a copied report gave 久久久 as a doubled character (batch 62 p24): one
    # stem strung again and again with dashes, underscores or bars is the hijacker's keyword list, not the writer's
    assert _found(_read(name), rule="repeated-char") == []


def test_a_line_of_slogans_with_dashes_is_still_read() -> None:
    # 久久为功-日日精进-夜夜值守-事事落实落实: slogans, no adult site's stem; its doubled 落实 is found, as is the one
    # in the speech
    assert _found(_read("spam-dashed-keywords-flawed.txt"), rule="repeated-char") == [
        ("repeated-char", "落实落实"),
        ("repeated-char", "落实落实"),
    ]
