"""drafter diff: sentence attribution, edits, reuse, the on-disk index, output formats, CLI."""

from __future__ import annotations

import json
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter.cli import app
from drafter.diff import SourceDoc, Status, diff_draft, diff_text, index_docs, open_index
from drafter.diff.index import INDEX_NAME
from drafter.diff.normalize import canonical, sentences
from drafter.diff.output import format_html, format_text
from drafter.diff.sources import source_entries
from drafter.errors import SourceError

SPEECH_A = """# 在全市妇女儿童工作会议上的讲话

同志们：

今天，我们在这里召开全市妇女儿童工作会议，主要任务是贯彻落实省第五次妇女儿童工作会议精神，回顾总结过去十年我市实施妇女儿童发展规划取得的成绩。刚才，佳林同志作了很好的工作报告，我完全同意。下面，我讲三点意见。

## 一、肯定成绩，提高认识，增强做好妇女儿童工作的责任感和使命感

市委、市政府历来高度重视妇女儿童工作，坚持把实施妇女儿童发展规划作为一项重要内容，认真贯彻男女平等基本国策和儿童优先原则。可以说，过去十年是我市妇女儿童事业得到极大发展、妇女儿童受惠最多的十年。这些成绩的取得，是全市各级各部门和各有关方面大力支持的结果。

## 二、落实规划，突出重点，扎实推进妇女儿童事业又好又快发展

各级各部门要准确把握这次会议提出的新任务、新要求，紧紧围绕两个发展规划，牢牢把握工作重点。要认真贯彻男女平等基本国策，反对一切形式的性别歧视。大力发展学前教育，巩固城乡义务教育成果，推进基本公共教育服务均等化。

同志们，让我们团结一心，开拓进取，为推动全市妇女儿童事业发展作出新的更大贡献！
"""

SPEECH_B = """同志们：

这次会议的主要任务是，总结交流近年来维护妇女儿童合法权益工作的经验，研究部署当前和今后一个时期的维权工作。维护妇女儿童合法权益，是贯彻落实科学发展观的必然要求。各级党委、政府要把维权工作摆上重要议事日程，纳入经济社会发展总体规划。要建立健全妇女儿童维权工作机制，形成党委领导、政府负责、妇联协调、社会参与的工作格局。
"""


def _sources() -> list[SourceDoc]:
    return [SourceDoc("speech-a", SPEECH_A), SourceDoc("speech-b", SPEECH_B)]


def test_lightly_edited_copy_marks_exactly_the_edited_sentences() -> None:
    draft = SPEECH_A.replace("我完全同意", "我完全赞同").replace(
        "反对一切形式的性别歧视", "反对各种形式的性别歧视"
    )
    report = diff_text(draft, _sources())
    edited = [s for s in report.sentences if s.status == Status.EDITED]
    assert [s.text for s in edited] == [
        "刚才，佳林同志作了很好的工作报告，我完全赞同。",
        "要认真贯彻男女平等基本国策，反对各种形式的性别歧视。",
    ]
    assert [(e.op, e.source, e.draft) for e in edited[0].edits] == [("replace", "同意", "赞同")]
    assert [(e.op, e.source, e.draft) for e in edited[1].edits] == [("replace", "一切", "各种")]
    others = [s for s in report.sentences if s.status != Status.EDITED]
    assert others and all(s.status == Status.VERBATIM for s in others)
    assert all(s.source is not None and s.source.id == "speech-a" for s in report.sentences)
    assert report.sources[0].id == "speech-a" and report.reuse > 0.95


def test_level_word_swap_is_shown_as_an_edit() -> None:
    draft = "今天，我们在这里召开全县妇女儿童工作会议，主要任务是贯彻落实省第五次妇女儿童工作会议精神，回顾总结过去十年我县实施妇女儿童发展规划取得的成绩。"
    (s,) = diff_text(draft, _sources()).sentences
    assert s.status == Status.EDITED and s.source is not None and s.source.number == 3
    assert [(e.source, e.draft, e.kind) for e in s.edits] == [("市", "县", "层级词")] * 2
    # Level words do not lower the similarity; the report names what changed.
    assert s.score == 1.0
    assert [c.describe() for c in s.changes] == ["层级词“全市”→“全县”", "层级词“我市”→“我县”"]


def test_punctuation_width_line_breaks_and_markdown_never_count() -> None:
    half = SPEECH_A.replace("，", ",").replace("：", ":").replace("！", "!").replace("、", "、")
    plain = re.sub(r"^#+ ", "", SPEECH_A, flags=re.M).replace("\n\n", "\n")
    for draft in (half, plain, SPEECH_A.replace("。", "。\n").replace("，", "， ")):
        report = diff_text(draft, _sources())
        assert {s.status for s in report.sentences} == {Status.VERBATIM}, draft[:40]
        assert report.reuse == 1.0
    # Hard-wrapped body lines still join into the same sentences.
    body = SPEECH_A.split("\n\n")[2]
    rewrapped = "\n".join(body[i : i + 28] for i in range(0, len(body), 28))
    assert {s.status for s in diff_text(rewrapped, _sources()).sentences} == {Status.VERBATIM}


def test_new_and_moved_sentences() -> None:
    moved = "大力发展学前教育，巩固城乡义务教育成果，推进基本公共教育服务均等化。"
    fresh = "要把安全生产责任落实到每一个岗位，坚决遏制重特大事故发生。"
    report = diff_text(f"{fresh}{moved}同志们：", _sources())
    assert [s.status for s in report.sentences] == [Status.NEW, Status.VERBATIM, Status.VERBATIM]
    assert report.sentences[0].source is None
    assert report.sentences[1].source is not None and report.sentences[1].source.id == "speech-a"
    assert 0 < report.reuse < 0.7


def test_a_sentence_sharing_no_wording_with_any_source_is_not_compared_again_on_its_scoring_form(monkeypatch) -> None:
    # Most sentences of a draft in our own wording share no 5-character run with the corpus: with no source sentence
    # to compare, working out its scoring form (level words, figures, places found) answers nothing (#18).
    from drafter.diff import align

    asked: list[str] = []
    real = align.scoring_form
    monkeypatch.setattr(align, "scoring_form", lambda text: asked.append(text) or real(text))
    fresh = "要把安全生产责任落实到每一个岗位，坚决遏制重特大事故发生。"
    swapped = "各级党委、政府要把维权工作摆上重要议事日程，纳入经济社会发展总体布局。"
    report = diff_text(fresh + swapped, _sources())
    assert [s.status for s in report.sentences] == [Status.NEW, Status.EDITED]
    assert not any("安全生产" in text for text in asked)


def test_reuse_shares_longest_run_and_warning() -> None:
    part_a = "市委、市政府历来高度重视妇女儿童工作，坚持把实施妇女儿童发展规划作为一项重要内容，认真贯彻男女平等基本国策和儿童优先原则。可以说，过去十年是我市妇女儿童事业得到极大发展、妇女儿童受惠最多的十年。"
    part_b = "维护妇女儿童合法权益，是贯彻落实科学发展观的必然要求。"
    fresh = "今年的重点是把各项任务分解到季度，逐月调度，年底考核兑现。"
    report = diff_text(part_a + part_b + fresh, _sources(), max_source_share=0.5)
    shares = {s.id: s.share for s in report.sources}
    total = len(canonical(part_a + part_b + fresh))
    assert shares["speech-a"] == pytest.approx(len(part_a) / total)
    assert shares["speech-b"] == pytest.approx(len(part_b) / total)
    assert report.reuse == pytest.approx(sum(shares.values()))
    assert report.longest_run is not None and report.longest_run.text == part_a
    assert report.longest_run.source_id == "speech-a"
    assert report.over_share and len(report.warnings) == 1 and "speech-a" in report.warnings[0]
    assert not diff_text(part_a + part_b + fresh, _sources(), max_source_share=0.9).over_share


_alphabet = st.sampled_from(
    list("妇女儿童工作会议全市县我同志们要加强推进发展。，！？；：、,.;:!? \n\n#*-（）()“”\"'")
    + ["\n\n", "## "]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, min_size=1, max_size=80).map("".join))
def test_any_text_against_itself_is_fully_verbatim(text: str) -> None:
    if not sentences(text):
        with pytest.raises(SourceError):
            diff_text(text, [SourceDoc("self", text)])
        return
    report = diff_text(text, [SourceDoc("self", text)])
    assert {s.status for s in report.sentences} == {Status.VERBATIM}
    assert all(s.score == 1.0 for s in report.sentences)


def test_normalisation_is_idempotent_and_width_blind() -> None:
    assert canonical("全市,2023年:97.22%.(一)") == canonical("全市，２０２３年：97.22%。（一）")
    text = "同志们： 今天，我们召开会议。"
    assert canonical(canonical(text)) == canonical(text)



def test_mapped_normalisation_maps_every_character_as_the_table_does() -> None:
    from drafter.diff.normalize import _NEEDS_TABLE, _TABLE, canonical_mapped

    # The fast path copies characters outside _NEEDS_TABLE's runs unchanged: the table agrees.
    kept = [chr(c) for c in range(0x10000) if not _NEEDS_TABLE.fullmatch(chr(c))]
    assert len(kept) > 20000 and all(_TABLE[ord(ch)] == ch for ch in kept)
    text = "  一、全市,2023年：97.22%.(一)“加强” *领导* ﬁ\u200b２０２３年\u3000完。"
    out, offsets = canonical_mapped(text, base=7)
    reference = [(m, 7 + i) for i, ch in enumerate(text) for m in (_TABLE[ord(ch)] or "")]
    assert out == canonical(text) and offsets == [o for _, o in reference]

# ----- synthetic evaluation (small version of bench/bench_diff.py) -----------------------------

_SWAPS = [
    ("全市", "全县"),
    ("我市", "我县"),
    ("市委", "县委"),
    ("加强", "强化"),
    ("推动", "推进"),
    ("认真", "切实"),
]
_FILLER = "努力持续全面深入扎实有效积极稳妥统筹协调"


def _pool() -> list[str]:
    return [s.norm for text in (SPEECH_A, SPEECH_B) for s in sentences(text) if len(s.norm) > 12]


def _make_sources(rng: random.Random, n: int) -> list[SourceDoc]:
    pool = _pool()
    docs = []
    for k in range(n):
        picked = rng.sample(pool, 8)
        out = []
        for s in picked:
            for old, new in _SWAPS:
                if old in s and rng.random() < 0.5:
                    s = s.replace(old, new)
            if rng.random() < 0.5:  # a small, source-specific edit so sources differ
                i = rng.randrange(2, len(s) - 2)
                s = s[:i] + rng.choice(_FILLER) + _place(k) + s[i:]
            out.append(s)
        docs.append(SourceDoc(f"s{k:03d}", "\n\n".join(out)))
    return docs


def _place(k: int) -> str:
    return "甲乙丙丁戊己庚辛壬癸"[k % 10] + "子丑寅卯辰巳午未申酉戌亥"[k // 10 % 12]


def _edit(
    rng: random.Random, chars: list[tuple[str, str | None]], rate: float
) -> list[tuple[str, str | None]]:
    """Change about `rate` of the characters: substitutions, insertions, deletions of Han characters."""
    target = int(len(chars) * rate)
    changed = 0
    while changed < target:
        i = rng.randrange(len(chars))
        if not "\u4e00" <= chars[i][0] <= "\u9fff":
            continue
        op = rng.random()
        if op < 0.5:
            chars[i] = (rng.choice(_FILLER), None)
        elif op < 0.8:
            chars.insert(i, (rng.choice(_FILLER), None))
        else:
            del chars[i]
        changed += 1
    return chars


def _evaluate(rate: float, seed: int) -> tuple[float, float]:
    rng = random.Random(seed)
    docs = _make_sources(rng, 60)
    index = index_docs(docs)
    tp = predicted = actual = 0
    for _ in range(6):
        chars: list[tuple[str, str | None]] = []
        for doc in rng.sample(docs, 3):
            for s in doc.text.split("\n\n")[: rng.randint(2, 5)]:
                chars += [(c, doc.id) for c in s] + [("\n", None), ("\n", None)]
        chars += [(c, None) for c in "\n今年的重点是把各项任务分解到季度，逐月调度，年底考核兑现。"]
        chars = _edit(rng, chars, rate)
        text = "".join(c for c, _ in chars)
        truth = [t for _, t in chars]
        report = diff_text(text, index)
        for s, norm in zip(report.sentences, sentences(text), strict=True):
            for a, b in s.spans:
                for j in range(a, b):
                    predicted += 1
                    tp += truth[norm.offsets[j]] == (s.source.id if s.source else None)
        actual += sum(t is not None for t in truth)
    index.close()
    return tp / predicted, tp / actual


@pytest.mark.parametrize(
    ("rate", "min_precision", "min_recall"), [(0.03, 0.98, 0.95), (0.10, 0.95, 0.80)]
)
def test_synthetic_attribution_precision_and_recall(
    rate: float, min_precision: float, min_recall: float
) -> None:
    precision, recall = _evaluate(rate, seed=7)
    assert precision >= min_precision and recall >= min_recall, (precision, recall)


# ----- files, index, CLI ----------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\nid: 江门-2012\ntitle: 讲话\n---\n" + SPEECH_A, encoding="utf-8"
    )
    (folder / "b.txt").write_text(SPEECH_B, encoding="gb18030")
    return folder


def test_files_front_matter_id_and_index_in_sources_folder(corpus, tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(SPEECH_A.replace("全市", "全县"), encoding="utf-8")
    report = diff_draft(draft, [corpus])
    assert {s.id for s in report.sources} == {"江门-2012"}
    assert (corpus / INDEX_NAME).is_file()


def test_index_is_reused_and_refreshed_when_sources_change(corpus) -> None:
    first = open_index([corpus])
    assert first.stats()["docs"] == 2
    first.close()
    again = open_index([corpus])
    assert again.sync_files(source_entries([corpus])) == (0, 0)  # nothing to do
    again.close()
    (corpus / "b.txt").write_text("完全不同的一篇讲话。", encoding="utf-8")
    (corpus / "c.md").write_text(SPEECH_B, encoding="utf-8")
    index = open_index([corpus])
    report = diff_text(SPEECH_B, index)
    assert {s.id for s in report.sources} == {"c"}
    assert index.stats()["docs"] == 3
    index.close()


def test_index_goes_to_cache_for_several_source_paths(corpus, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    index = open_index([corpus / "a.md", corpus / "b.txt"])
    index.close()
    assert list((tmp_path / "cache" / "drafter").glob("index-*.sqlite"))
    assert not (corpus / INDEX_NAME).exists()


def test_docx_draft(corpus, tmp_path) -> None:
    import docx

    document = docx.Document()
    for para in SPEECH_B.split("\n\n"):
        document.add_paragraph(para)
    path = tmp_path / "draft.docx"
    document.save(str(path))
    report = diff_draft(path, [corpus])
    assert report.reuse == 1.0 and report.sources[0].id == "b"


def test_terminal_text_and_html() -> None:
    draft = "刚才，佳林同志作了很好的工作报告，我完全赞同。<script>x</script>新写的一句话在此。"
    report = diff_text(draft, _sources())
    plain = format_text(report)
    assert "[改动" in plain and "[-同意-]{+赞同+}" in plain and "\x1b[" not in plain
    assert "\x1b[9;31m同意" in format_text(report, color=True)
    page = format_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<del>同意</del>" in page and "<ins>赞同</ins>" in page
    assert "http" not in page and "<link" not in page


runner = CliRunner()


def test_cli_json_and_fail_over(corpus, tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(SPEECH_B, encoding="utf-8")
    result = runner.invoke(app, ["diff", str(draft), "--against", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"reuse", "sources", "sentences", "longest_run", "warnings"} <= set(data)
    assert data["sources"][0] == {
        "id": "b",
        "path": str((corpus / "b.txt").resolve()),
        "chars": data["chars"],
        "share": 1.0,
    }
    first = data["sentences"][0]
    assert first["status"] == "verbatim" and first["score"] == 1.0 and first["source"]["id"] == "b"
    assert data["warnings"]
    failed = runner.invoke(app, ["diff", str(draft), "--against", str(corpus), "--fail-over"])
    assert failed.exit_code == 3 and "警告" in failed.stdout and "\x1b[" not in failed.stdout


def test_cli_html_report(corpus, tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(SPEECH_A, encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(
        app, ["diff", str(draft), "--against", str(corpus), "--html", str(out), "--summary"]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "复用 100.0%" in result.stdout


def test_cli_html_report_does_not_overwrite_a_file_it_did_not_write(corpus, tmp_path) -> None:
    draft, out = tmp_path / "draft.md", tmp_path / "对比.html"
    draft.write_text(SPEECH_A, encoding="utf-8")
    out.write_text("上次的对比和批注", encoding="utf-8")
    args = ["diff", str(draft), "--against", str(corpus), "--html", str(out), "--summary"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "--html 对比-2.html" in result.stderr
    assert out.read_text(encoding="utf-8") == "上次的对比和批注"
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("case", ["empty", "binary", "missing-sources", "missing-draft"])
def test_cli_bad_input(case, corpus, tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    against = corpus
    if case == "empty":
        draft.write_text("  \n\n", encoding="utf-8")
    elif case == "binary":
        draft.write_bytes(b"\x00\x01\x02PK\x00" * 50)
    elif case == "missing-sources":
        draft.write_text(SPEECH_B, encoding="utf-8")
        against = tmp_path / "nowhere"
    result = runner.invoke(app, ["diff", str(draft), "--against", str(against)])
    assert result.exit_code == 1
    assert "错误" in result.stderr and "Traceback" not in result.output
    assert re.search(r"[\u4e00-\u9fff]", result.stderr)


def test_markdown_only_draft_is_empty() -> None:
    with pytest.raises(SourceError):
        diff_text("## \n\n**  **\n", _sources())


def test_default_corpus_and_broken_index_is_rebuilt(corpus, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_CORPUS", str(corpus))
    (corpus / INDEX_NAME).write_bytes(b"not a database at all" * 10)
    draft = tmp_path / "draft.txt"
    draft.write_text(SPEECH_B, encoding="utf-8")
    result = runner.invoke(app, ["diff", str(draft), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sources"][0]["id"] == "b"


def test_colour_only_on_a_terminal_without_no_color(monkeypatch) -> None:
    import sys

    from drafter.cli.diff import _use_color

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color()
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color()
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert not _use_color()


def test_unreadable_source_is_named_and_skipped(corpus, tmp_path) -> None:
    # A stray broken file in a folder of old speeches must not block the diff.
    (corpus / "bad.txt").write_bytes(b"\x00\xff\x00" * 100)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(SPEECH_B, encoding="utf-8")
    for _ in range(2):  # the note stays on a second run, when the index is reused
        result = runner.invoke(app, ["diff", str(draft), "--against", str(corpus), "--summary"])
        assert result.exit_code == 0, result.output
        assert "bad.txt" in result.output and "empty.txt" in result.output and "已跳过" in result.output
        assert "复用 100.0%" in result.stdout
    (corpus / "bad.txt").unlink()
    result = runner.invoke(app, ["diff", str(draft), "--against", str(corpus), "--summary"])
    assert "bad.txt" not in result.output


def test_draft_inside_the_sources_is_not_its_own_source(corpus) -> None:
    draft = corpus / "new-draft.md"
    draft.write_text(
        SPEECH_A.replace("全市", "全县") + "\n\n这是稿子里新写的一句话，别处没有。\n",
        encoding="utf-8",
    )
    report = diff_draft(draft, [corpus])
    assert {s.id for s in report.sources} == {"江门-2012"}
    assert report.sentences[-1].status == Status.NEW and report.sentences[-1].score == 0.0
    assert any("已排除" in w for w in report.warnings)


def test_split_and_merged_sentences_still_match() -> None:
    long = "市委、市政府历来高度重视妇女儿童工作，坚持把实施妇女儿童发展规划作为一项重要内容，认真贯彻男女平等基本国策和儿童优先原则。"
    split = "市委、市政府历来高度重视妇女儿童工作。坚持把实施妇女儿童发展规划作为一项重要内容，认真贯彻男女平等基本国策和儿童优先原则。"
    report = diff_text(split, _sources())
    assert [s.status for s in report.sentences] == [Status.RECOMBINED] * 2
    assert all(s.source is not None and s.source.text == long for s in report.sentences)
    assert [s.covered for s in report.sentences] == [1.0, 1.0]
    assert report.sentences[0].edits == ()  # only the full stop differs
    assert report.reuse > 0.9
    merged = "可以说，过去十年是我市妇女儿童事业得到极大发展、妇女儿童受惠最多的十年，这些成绩的取得，是全市各级各部门和各有关方面大力支持的结果。"
    (s,) = diff_text(merged, _sources()).sentences
    assert s.status == Status.RECOMBINED and s.source is not None and s.covered == 1.0
    assert {c.number for c in s.clauses} == {8, 9}  # clauses of two source sentences
    assert "[拆并 覆盖 100%]" in format_text(diff_text(merged, _sources()))


def test_unwritable_sources_folder_uses_the_cache(corpus, tmp_path, monkeypatch) -> None:
    import drafter.diff.index as index_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(index_module.os, "access", lambda *a, **k: False)
    open_index([corpus]).close()
    assert not (corpus / INDEX_NAME).exists()
    assert len(list((tmp_path / "cache" / "drafter").glob("index-*.sqlite"))) == 1


def test_copies_marked_duplicate_are_credited_to_their_original(tmp_path):
    from drafter.diff import diff_draft

    body = "同志们：\n\n今天，我们召开全市妇女儿童工作会议，主要任务是总结成绩，安排部署今后一个时期的工作。\n"
    (tmp_path / "a-01.md").write_text(f"---\nid: a-01\n---\n{body}", encoding="utf-8")
    (tmp_path / "a-02.md").write_text(f"---\nid: a-02\nduplicate_of: a-01\n---\n{body}", encoding="utf-8")
    draft = tmp_path.parent / "draft.txt"
    draft.write_text(body, encoding="utf-8")
    report = diff_draft(draft, [tmp_path], index_path=tmp_path.parent / "index.sqlite")
    assert [s.id for s in report.sources] == ["a-01"]
