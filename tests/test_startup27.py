"""#18: the draft's own work that a warm resident worker (and every fresh draft) repeats, cut without changing a finding."""

from __future__ import annotations

from drafter.check import check_text
from drafter.check.lines import check_repeated


def test_the_doubled_character_rule_answers_again_without_the_lexicon(monkeypatch, tmp_path):
    # 提升城城镇品位 is a slip (城城 is never written, 城镇 is a word), 检查查出 is two words meeting: the rule counts pairs in
    # the ~2.7 million characters of the shipped library's text (~20 ms to read, a few ms per count). What it found
    # is kept in the cache folder: a later process (a fresh draft) gives the same findings without reading that text.
    from drafter.check import lines

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    for memo in ("_LEXICON", "_LEXICON_READ", "_ANSWERS"):
        monkeypatch.setattr(lines, memo, [])
    text = "一、提升城城镇品位\n\n要把检查查出的问题逐项整改到位。\n"
    first = [(f.rule, f.line, f.column, f.message) for f in check_text(text).findings if f.rule == "repeated-char"]
    assert [line for _, line, _, _ in first] == [1]  # 城城 only
    assert list(tmp_path.glob("lexicon-answers-*.pickle"))
    for memo in ("_LEXICON", "_LEXICON_READ", "_ANSWERS"):  # a new process
        monkeypatch.setattr(lines, memo, [])

    def no_lexicon() -> str:
        raise AssertionError("the lexicon was read again")

    monkeypatch.setattr(lines, "_lexicon", no_lexicon)
    again = [(f.rule, f.line, f.column, f.message) for f in check_text(text).findings if f.rule == "repeated-char"]
    assert again == first
    assert check_repeated("提升城城镇品位", 1) and not check_repeated("把检查查出的问题", 1)
