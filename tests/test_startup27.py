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


def _questions_around_doubles(text: str) -> set[str]:
    """What the doubled-character rules count or look for around each doubled character of `text`: the pair, with
    one or two neighbours on either side, and the neighbours with one of the pair (said once)."""
    import re

    asked = set()
    for m in re.finditer(r"(?=(.)\1)", text):
        i, ch = m.start(), m.group(1)
        before, after, then = text[i - 1 : i], text[i + 2 : i + 3], text[i + 3 : i + 4]
        asked.update(q for q in (text[max(0, i - 1) : i + 2], text[i : i + 3], text[max(0, i - 1) : i + 3],
                                 text[max(0, i - 2) : i + 2], ch * 2, before + ch, ch + after, before + ch + after,
                                 before + ch + after + then, after + then) if len(q) >= 2)  # fmt: skip
    return asked


def test_the_pair_index_answers_as_the_scan_does_on_our_fixtures():
    # The resident's worker answers the doubled-character rules' counts from an index of the lexicon's pairs instead
    # of scanning its 2.7 million characters each time. Every answer must be str's own, overlaps included (str.count
    # counts 查查查查 as two 查查 and 城城城 as one): compared here with our fixtures' text as the lexicon, on every
    # string the rules would ask about around every doubled character in it.
    from collections import Counter
    from pathlib import Path

    from drafter.check.lines import LexiconIndex, build_index

    fixtures = Path(__file__).parent / "fixtures"
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(fixtures.rglob("*"))
                     if p.is_file() and p.suffix in (".md", ".txt"))  # fmt: skip
    text += "\n查查查查 城城城 工城城工城城工 好好好好好 AABAAB  x"
    indexed = LexiconIndex(text, build_index(text))
    asked = _questions_around_doubles(text) | {"查查", "城城", "工城城工", "城工城", "AAB", "AABAAB", "ABA", "好好好", "  "}
    assert len(asked) > 1000
    # A string of different characters cannot overlap itself: its count is the number of windows equal to it, all
    # counted in one pass; `str.count` (one scan of the 591,000 characters each, ~0.6 ms) answers the others and
    # every 50th such one (half of the ~12,000 questions: ~3.5 CPU-s less).
    windows = Counter(text[i : i + n] for n in {len(q) for q in asked} for i in range(len(text) - n + 1))
    for k, question in enumerate(sorted(asked)):
        overlapping = len(set(question)) < len(question)
        count = text.count(question) if overlapping or k % 50 == 0 else windows[question]
        assert indexed.count(question) == count, question
        assert (question in indexed) == (count > 0), question
    assert indexed == text and indexed.startswith(text[:20])
    runs = "查查查查 城城城 工城城工城城工 好好好好好"
    small = LexiconIndex(runs, build_index(runs))
    assert [small.count(q) for q in ("查查", "城城", "工城城工", "好好好", "城工", "查城")] == [2, 3, 1, 1, 2, 0]


def test_a_warm_worker_sees_an_edited_fragment_file_in_the_doubled_character_rule(monkeypatch, tmp_path):
    # 提升城城镇品位 is a slip only when the library's own text writes 城镇 as a common word: the worker keeps the lexicon
    # (and its index) between commands, so after the fragment file is edited, the next check must read it again.
    from drafter.check import lines

    library = tmp_path / "library"
    library.mkdir()
    (library / "a.yaml").write_text("- text: 召开会议。\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_LIBRARY", str(library))
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    for memo in ("_LEXICON", "_LEXICON_READ", "_ANSWERS", "_UNSAVED", "_MADE_FOR", "_KEEP_INDEX"):
        monkeypatch.setattr(lines, memo, [])
    # (a made-up word: 城城镇 is found from the common words since check53, whatever the library says)
    text = "一、推进龢龢鼎建设\n"

    def slips() -> list[int]:
        return [f.line for f in check_text(text).findings if f.rule == "repeated-char"]

    lines.keep_index()  # as the resident does before its worker starts
    assert slips() == []
    (library / "a.yaml").write_text("- text: 推进龢鼎建设。" + "龢鼎。" * 60 + "\n", encoding="utf-8")
    lines.forget_files()  # the worker, before its next command
    assert slips() == [1]
    assert type(lines._lexicon()).__name__ == "LexiconIndex"
    for memo in ("_LEXICON", "_LEXICON_READ", "_ANSWERS", "_UNSAVED", "_MADE_FOR", "_KEEP_INDEX"):  # a fresh process
        monkeypatch.setattr(lines, memo, [])
    assert slips() == [1]


def test_the_words_by_first_character_answer_as_the_whole_dictionary_does(monkeypatch):
    # The resident's worker looks jieba's words up among those with the same first character: the same answer for
    # every window of two to four characters around every doubled character of our fixtures.
    import re
    from pathlib import Path

    from drafter.check import lines

    monkeypatch.setattr(lines, "_BY_FIRST", [])
    words = lines._dictionary()
    by_first = [(words, lines._words_by_first(words))]
    asked = {"", "\n", "作", "治理", "绿油油"}
    for p in sorted((Path(__file__).parent / "fixtures").rglob("*")):
        if p.is_file() and p.suffix in (".md", ".txt"):
            text = p.read_text(encoding="utf-8", errors="replace")
            for m in re.finditer(r"(?=(.)\1)", text):
                asked.update(text[a : a + k] for a in range(max(0, m.start() - 3), m.start() + 2) for k in (2, 3, 4))
    assert len(asked) > 1000
    # The whole dictionary's answer is `\n{word}\n` found in the entry's ~1 million characters (~1 ms a scan, 58,000
    # scans: 70 s of CPU): for a word without a line break that is the word being one of the entry's lines, an entry
    # beginning and ending with one. So the scan itself answers the questions it could answer otherwise (the empty
    # word) and every 40th other one, and the entry's lines answer the rest: a window across line breaks is found
    # exactly when its parts are consecutive lines of the entry (its ends' line breaks are the entry's own; ci42:
    # ~6,000 such scans were 7 CPU-s, and their answers were the runs' on every entry, 10,765 of 10,765).
    assert all(joined[:1] == joined[-1:] == "\n" for joined in words.values())
    lines_of = {entry: set(joined.split("\n")) for entry, joined in words.items()}
    broken = {tuple(word.split("\n")) for word in asked if "\n" in word}  # (only those kept: not all runs' memory)
    runs_of = {entry: {run for k in (2, 3, 4, 5) for i in range(len(inner) - k + 1) if (run := tuple(inner[i : i + k])) in broken}
               for entry, inner in ((e, joined.split("\n")[1:-1]) for e, joined in words.items())}  # fmt: skip
    for n, word in enumerate(sorted(asked)):
        for floor in (1, 10, 50):
            lines._BY_FIRST[:] = []
            entry = str(floor) if len(word) <= 2 else "long"
            if not word or n % 40 == 0:
                whole = lines._is_word(words, word, floor)
            elif "\n" in word:
                whole = tuple(word.split("\n")) in runs_of[entry]
            else:
                whole = word in lines_of[entry]
            lines._BY_FIRST[:] = by_first
            assert lines._is_word(words, word, floor) == whole, (word, floor)
