"""#18 (startup50): a check that names places reads jieba's dictionary once, through the caches, with the same answers.

voice.py asked the dictionary's tag of every bare two-character name it met by reading the dictionary's ~5 MB file
again for each (a check of a 4.5k draft: ~500× `python -c pass`, a draft's self-check the same), and looked each
window of three or four characters up by a scan of the dictionary's ~1 million characters of such words.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.check import check_text, lines
from drafter.check.voice import _EVERYDAY_TAGS, _everyday
from drafter.gazetteer import _jieba_dict, load_gazetteer

SPEECH = (
    "# 在全县优化营商环境工作会议上的讲话\n\n同志们：\n\n今天召开全县优化营商环境工作会议。发展是党执政兴国的第一要务。"
    "县卫生健康局要会同民政部门做好服务，统一办事指南和受理标准，拿出真金白银的投入支持企业。推动南和经济高质量发展。\n"
)


def _tag_as_the_file_says(text: str, word: str) -> str:
    """The tag lines.py's `_tagged` read: the last field of the file's first line starting with the word and a space."""
    at = text.find(f"\n{word} ")
    return text[at + 1 : text.find("\n", at + 1)].split(" ")[-1] if at >= 0 else ""


def test_every_place_short_name_is_an_everyday_word_exactly_when_the_dictionary_tags_it_so() -> None:
    path = _jieba_dict()
    assert path is not None
    text = path.read_text(encoding="utf-8", errors="replace")
    gz = load_gazetteer()
    shorts = {p.short for p in gz.places}
    assert len(shorts) > 3000
    everyday = set()
    for short in shorts:
        tag = _tag_as_the_file_says(text, short)
        said = any(tag.startswith(t[:-1]) if t.endswith("*") else tag == t for t in _EVERYDAY_TAGS)
        assert _everyday(short) == said, (short, tag)
        everyday |= {short} if said else set()
    assert {"会同", "通道"} <= everyday and not {"巫溪", "南通", "南和"} & everyday


def test_a_check_naming_places_reads_no_dictionary_file(monkeypatch) -> None:
    # The tags come with the gazetteer (its cache), the words from their own cache: the dictionary's text is never read.
    load_gazetteer()
    lines._dictionary()

    def no_file(path: str) -> str:
        raise AssertionError(f"read {path}")

    monkeypatch.setattr(lines, "_read_text", no_file)
    monkeypatch.setattr(lines, "_SORTED", [])
    monkeypatch.setattr(lines, "_SCANS", [0])
    asked = [f.text for f in check_text(SPEECH, place="清河县").findings if f.rule == "foreign-place"]
    assert asked == ["南和"]  # 会同, 兴国, 白银 and 南和 inside 指南和 are words; 南和经济 is the neighbour


def test_the_sorted_words_answer_as_the_whole_dictionary_does(monkeypatch, tmp_path) -> None:
    # Every window of one to five characters of our fixtures' text around a doubled character, and odd questions: the
    # bisection of the sorted words answers as the scan of the entry ("\n{word}\n" in it).
    monkeypatch.setattr(lines, "_BY_FIRST", [])
    words = lines._dictionary()
    index = lines._words_sorted(words)
    asked = {"作", "治理", "绿油油", "真金白银", "一一", "\ud800", "a\ud800b", "治理理论"}
    for p in sorted((Path(__file__).parent / "fixtures" / "check").glob("*.txt"))[:300]:
        text = p.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"(?=(.)\1)", text):
            asked.update(text[a : a + k] for a in range(max(0, m.start() - 4), m.start() + 2) for k in (1, 2, 3, 4, 5))
    asked = {word for word in asked if word and "\n" not in word}
    assert len(asked) > 1000
    lines_of = {entry: set(joined.split("\n")) for entry, joined in words.items()}
    found = 0
    for word in asked:
        for entry in (*words, "7"):
            whole = word in lines_of.get(entry, set())
            found += whole
            assert lines._in_sorted(index.get(f"{entry} {len(word)}", b""), word) == whole, (word, entry)
    assert found > 500


def test_a_damaged_sorted_words_file_is_rebuilt(monkeypatch, tmp_path) -> None:
    # A file of another shape (a slot width its bytes do not divide, str for bytes, a key of no length) is not used.
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    for bad in ({"long 3": b"\x00" * 5}, {"long 3": "治理理"}, {"long x": b""}, {"long 0": b""}, ["long 3"]):
        assert not lines._valid_sorted(bad)
    assert lines._valid_sorted({"long 3": "治理理论".encode("utf-32-be")[:12], "1 2": b""})
