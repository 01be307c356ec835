"""perf38 (#18): a draft's self-check and planning keep what depends on a sentence (and what it reads besides) by it.

Each memo is checked against what it depends on: the same line at another line number, in another context (level,
place, the sentence begun on the line before, neighbouring lines), the shipped library's lexicon, another gazetteer,
an edited fragment, other drop words. Every check gives the findings it gives with the memos empty.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from drafter.check import check_text
from drafter.check import lines as check_lines_module
from drafter.check import places as check_places_module
from drafter.render import placing
from tests.work_drafts import draft_text


def _forget_memos() -> None:
    check_lines_module._LINES_KEPT.clear()
    check_places_module._PLACES_KEPT.clear()
    check_places_module._STAKES_KEPT.clear()
    check_places_module._LEVEL_WORDS_KEPT.clear()
    check_places_module._KEPT_FOR.clear()


def _found(text: str, **options: object) -> list[tuple[object, ...]]:
    report = check_text(text, **options)  # type: ignore[arg-type]
    return [(f.rule, str(f.severity), f.line, f.column, f.text, f.message, f.suggestion) for f in report.findings]


SPEECH = """在全县安全生产工作会议上的讲话

同志们：

今天召开全县安全生产工作会议，主要任务是总结工作、部署任务。

一、提高认识

我市各级各部门要把把安全生产摆在突出位置，加强强基层组织建设。

全市上下要落实落细，促进经济济发展，推动高质量发展发展。

二、狠抓落实

市直各部门要认真真学习，沭阳高质量发展要有新作为。
"""


def test_every_check_gives_what_it_gives_with_the_memos_empty() -> None:
    texts = [SPEECH, SPEECH.replace("全县", "全市"), draft_text("清河县", "全县安全生产工作会议", 3),
             draft_text("南通市", "全市乡村振兴工作推进会", 5), draft_text("城关镇", "全镇防汛工作会议", 2)]  # fmt: skip
    options: list[dict[str, object]] = [{}, {"place": "清河县"}, {"place": "南通市"}, {"level": "镇"}]
    fresh = []
    for text in texts:
        for option in options:
            _forget_memos()
            fresh.append(_found(text, **option))
    warm = [_found(text, **option) for text in texts for option in options]  # each line met again and again
    assert warm == fresh
    assert any(any(f[0] == "repeated-char" for f in found) for found in warm)
    assert any(any(f[0] == "level-mix" for f in found) for found in warm)


def test_a_kept_line_is_reported_at_the_line_it_is_on_now() -> None:
    line = "我们要把把工作做好，促进经济济发展。"
    first = _found(f"标题\n\n正文一段。\n\n{line}\n")
    later = _found(f"标题\n\n正文一段。\n\n另一段。\n\n又一段。\n\n{line}\n")
    assert [f[2:4] for f in first if f[0] == "repeated-char"] == [(5, 4), (5, 14)]
    assert [f[2:4] for f in later if f[0] == "repeated-char"] == [(9, 4), (9, 14)]


def test_a_line_kept_where_it_stood_alone_is_read_anew_where_its_neighbours_count() -> None:
    # 推进工 / 工作: a hard-wrapped copy's doubled character across the break, not a line of its own
    alone = _found("标题\n\n正文一段。\n\n我们要大力推进工作落实。\n")
    assert not [f for f in alone if f[0] == "repeated-char"]
    wrapped = "标题\n\n正文一段。\n\n" + "我们要在新时代新征程上大力推进工\n工作落实，确保各项任务按期完成，不断提升群众的获得感。\n"
    assert _found(wrapped) == _found(wrapped)  # the wrapped lines are never taken from the memo


def test_the_same_line_in_another_level_or_after_another_sentence_is_judged_there() -> None:
    line = "我市各级各部门要把安全生产摆在突出位置。"
    county = _found(f"标题\n\n正文一段。\n\n{line}\n", level="县")
    city = _found(f"标题\n\n正文一段。\n\n{line}\n", level="市")
    assert any(f[0] == "level-mix" and f[4] == "我市" for f in county)
    assert not any(f[0] == "level-mix" and f[4] == "我市" for f in city)
    _forget_memos()
    assert _found(f"标题\n\n正文一段。\n\n{line}\n", level="县") == county


def test_a_place_name_is_judged_by_the_speech_it_is_in() -> None:
    line = "学习借鉴沭阳县的经验，推动沭阳高质量发展。"
    own = _found(f"在全县工作会议上的讲话\n\n同志们：\n\n{line}\n", place="沭阳县")
    other = _found(f"在全县工作会议上的讲话\n\n同志们：\n\n{line}\n", place="清河县")
    assert not any(f[0] == "foreign-place" for f in own)
    assert any(f[0] == "foreign-place" for f in other)


def test_another_gazetteer_starts_the_place_memo_afresh() -> None:
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    line = "推动沭阳高质量发展，学习南通经验。"
    found = check_places_module._places_in(gz, line)
    assert check_places_module._PLACES_KEPT.get(line) is not None

    class Other:  # another gazetteer: no place anywhere
        def find_places(self, text: str) -> list[object]:
            return []

        def lookup(self, name: str) -> list[object]:
            return []

    assert found and check_places_module._places_in(Other(), line) == []
    assert check_places_module._bare_stakes(Other(), line, []) == []
    assert check_places_module._places_in(gz, line) == found


def test_a_kept_line_follows_the_shipped_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line whose rules asked the lexicon of the shipped library is made again once that library is another: here
    the new library's answers (planted in its answers file) say the opposite of the old one's, and the finding goes."""
    from drafter import cachefile
    from drafter.library.paths import default_library_dir

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    line = "我们要坚持久久为功，推动工作落实落细。"  # 久久为功: a set phrase, the lexicon says
    text = f"标题\n\n正文一段。\n\n{line}\n"
    check_lines_module.forget_files()
    before = _found(text)
    assert not [f for f in before if f[0] == "repeated-char"]
    assert check_lines_module._LINES_KEPT[line][2] is not None  # kept with the lexicon's key
    answers = dict(check_lines_module._ANSWERS[0])
    assert _found(text) == before  # from the memo

    library = tmp_path / "fragments"
    shutil.copytree(default_library_dir(), library)
    (library / "extra.yaml").write_text("fragments: []\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_LIBRARY", str(library))
    check_lines_module.forget_files()
    _, key = check_lines_module._lexicon_files()
    cachefile.write_cached("lexicon-answers", check_lines_module._answers_key(key), {q: not a for q, a in answers.items()})
    for kept in (check_lines_module._ANSWERS, check_lines_module._LEXICON_READ):
        kept.clear()
    after = _found(text)
    assert [f[2:5] for f in after if f[0] == "repeated-char"] == [(5, 6, "久久")]
    monkeypatch.delenv("DRAFTER_LIBRARY")
    check_lines_module.forget_files()
    for kept in (check_lines_module._ANSWERS, check_lines_module._LEXICON, check_lines_module._MADE_FOR):
        kept.clear()


def test_own_words_are_the_items_own_for_each_drop_list() -> None:
    item = "加强校园食品安全监管"
    bare = placing.own_words(item, ())
    dropped = placing.own_words(item, ("食品安全",))
    assert placing.own_words(item, ["食品安全", ""]) == dropped  # the same drop words, as a list
    assert placing._own_words(item, ()) == bare
    assert placing._own_words(item, ("食品安全",)) == dropped
    assert "加强" not in bare  # a generic word, blanked
    assert "食品安全" in dropped


def test_an_edited_fragment_has_its_own_subject() -> None:
    from drafter.library import load_library

    fragment = next(f for f in load_library().fragments if f.heading and f.subpoints)
    head, body = placing.subject_of(fragment)
    edited = dataclasses.replace(fragment, heading="全面推进校园足球普及")
    assert placing.subject_of(edited)[0] != head
    assert "校园足球" in placing.subject_of(edited)[0]
    assert placing.subject_of(fragment) == (head, body)
