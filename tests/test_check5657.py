"""drafter check on batches 56 and 57's false errors and planted misses, by class (issue #13). Fixtures are our own
writing: each class in two or three spellings, simplified and traditional."""

from __future__ import annotations

import pytest
from check_fixtures import found
from opencc import OpenCC

_S2T = OpenCC("s2t")
_T2S = OpenCC("t2s")


def _trad(text: str) -> str:
    """The same fixture as a traditional copy writes it."""
    return str(_S2T.convert(text))


def _both(text: str, severity: str = "error", rule: str | None = None, **kw: str) -> list[list[tuple[str, str]]]:
    """The findings on the fixture and on its traditional copy (whose words are read back as simplified)."""
    trad = [(r, str(_T2S.convert(t))) for r, t in found(_trad(text), severity, rule, **kw)]
    return [found(text, severity, rule, **kw), trad]


# --- 1. A hard-wrapped copy: doubled characters read across the line break ---------------------------------------------

WRAPPED = [
    "在全县乡村振兴工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今年以来，全县上下认真贯彻落实各项决策部署，扎实推",
    "进乡村振兴各项工作，取得了明显成效。一是持续加强基",
    "层党组织建设，把党建工作作为各项工作的重要抓手，推动党建工",
    "作作为全年工作的第一位任务，推动党建与业务深度融合",
    "发展。二是着力改善农村人居环境，完善基础设施，提升公",
    "共服务水平，群众的获得感、幸福感不断增强，农村面",
    "貌焕然一新。",
]


def _wrapped(old: str = "", new: str = "") -> str:
    return "\n".join(WRAPPED).replace(old, new) + "\n"


def test_a_word_broken_by_the_page_width_is_no_doubled_character() -> None:
    # batch 56 p26: 党建工 / 作作为 is 工作 | 作为, not 作 typed twice
    assert _both(_wrapped(), rule="repeated-char") == [[], []]


@pytest.mark.parametrize(
    ("old", "new", "pair"),
    [
        ("扎实推\n进乡村", "扎实推\n推进乡村", "推推"),  # the slip straddles the break, the second one opens the line
        ("扎实推\n进乡村", "扎实推推\n进乡村", "推推"),  # both before the break
        ("加强基\n层党组织", "加强基\n基层党组织", "基基"),
    ],
)
def test_a_character_typed_twice_at_the_page_width_is_found(old: str, new: str, pair: str) -> None:
    assert _both(_wrapped(old, new), rule="repeated-char") == [[("repeated-char", pair)]] * 2


def test_a_copy_that_is_not_hard_wrapped_reads_each_line_alone() -> None:
    text = "在全县工作会议上的讲话\n\n同志们：\n\n要把党建工作摆在首位。\n作作为一个字，不在这里。\n"
    assert ("repeated-char", "作作") in found(text)
