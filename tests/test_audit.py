"""`drafter audit`: pairs of archive documents sharing long passages, who copied whom, common text."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from audit_archive import UPPER, build
from typer.testing import CliRunner

from drafter.audit import audit_archive
from drafter.audit.dates import find_date, order
from drafter.audit.output import format_html, format_text
from drafter.cli import app
from drafter.errors import SourceError, UsageError

runner = CliRunner()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    return folder, build(folder)


@pytest.fixture(scope="module")
def report(archive):
    return audit_archive([archive[0]])


def names(report):
    return {(p.a.name, p.b.name) for p in report.pairs}


def test_finds_exactly_the_planted_pairs(archive, report):
    _, planted = archive
    assert names(report) == {(p.source, p.copy) for p in planted}
    by_pair = {(p.a.name, p.b.name): p for p in report.pairs}
    for plant in planted:
        found = by_pair[(plant.source, plant.copy)]
        # a copied passage may run on by a character or two where the texts happen to agree
        assert plant.chars <= found.shared <= plant.chars + 4
        assert found.share_a == found.shared / found.a.chars


def test_level_words_changed_do_not_hide_copying(report):
    pair = next(p for p in report.pairs if p.a.name == "01.md")
    assert pair.longest >= 122  # 我市… copied as 我县…: one passage, not cut at the level word
    assert len(pair.passages) == 2


def test_the_earlier_speech_is_the_likely_source(report):
    found = {(p.a.name, p.b.name): p for p in report.pairs}
    src, copy = found[("01.md", "02.md")].source_and_copy()
    assert (src.name, copy.name) == ("01.md", "02.md")
    assert found[("01.md", "02.md")].basis() == "依据正文日期"
    # 03's date line is written in Chinese numerals (二〇二六年二月十日)
    assert found[("03.md", "04.md")].source_and_copy()[0].name == "03.md"
    # 08 and 09 carry only a year in the title
    assert found[("08.md", "09.md")].source_and_copy()[0].name == "08.md"
    assert "标题年份" in found[("08.md", "09.md")].basis()
    # 06 and 07 have no date but the file's, and the same one: the order is unknown
    assert found[("06.md", "07.md")].source_and_copy() is None


def test_text_shared_by_many_is_common_text_not_pairs(report):
    assert len(report.common) == 1
    common = report.common[0]
    assert common.docs == 5 and common.first.name == "05.md"  # the earliest of the five
    assert common.text in UPPER and len(common.text) >= 50
    # 01 quotes it too, but it does not count in the pair 01–02
    assert all(UPPER[10:40] not in p.text for pair in report.pairs for p in pair.passages)


def test_worker_processes_give_the_same_report(archive, report, monkeypatch):
    monkeypatch.setattr("drafter.audit.local.IN_PROCESS", 0)
    assert audit_archive([archive[0]], workers=2).to_dict() == report.to_dict()


def test_min_chars_drops_shorter_passages(archive):
    longer = audit_archive([archive[0]], min_chars=140)
    assert names(longer) == {("03.md", "04.md"), ("06.md", "07.md")}


def test_dates_in_headers():
    assert find_date("关于……的讲话\n（2026年3月8日）\n同志们：", {}, None).show() == "2026年3月8日"
    assert find_date("讲话\n二〇二五年十二月二十一日\n", {}, None).show() == "2025年12月21日"
    # a date in the body is not the speech's date
    body = "讲话\n同志们：\n" + "这是正文。\n" * 10 + "2020年5月1日以来，我们做了很多工作。"
    assert find_date(body, {}, None) is None
    assert find_date("讲话", {"date": "2024-05-06"}, None).source == "入库记录"
    assert find_date("讲话", {}, 1_780_000_000 * 10**9).weak
    year_only = find_date("在2025年全县工作会议上的讲话", {}, None)
    assert order(year_only, find_date("（2025年3月1日）", {}, None)) == 0  # same year: unknown
    assert order(year_only, find_date("（2026年3月1日）", {}, None)) == -1


def test_text_and_html_reports_read_as_chinese_and_escape(report, tmp_path):
    text = format_text(report)
    assert "02.md 可能抄自 01.md" in text and "先后不明" in text
    assert "通用文字（至少 5 篇共有，不计为抄袭）" in text
    page = format_html(report)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page


def test_html_escapes_file_names(tmp_path):
    for name in ("<b>甲&乙.md", "乙.md"):
        (tmp_path / name).write_text(f"讲话\n\n{UPPER}{UPPER[::-1]}\n", encoding="utf-8")
    page = format_html(audit_archive([tmp_path]))
    assert "&lt;b&gt;甲&amp;乙.md" in page and "<b>甲" not in page


def test_unreadable_files_are_skipped_and_named(archive, tmp_path):
    for plant in ("01.md", "02.md"):
        (tmp_path / plant).write_text((archive[0] / plant).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "坏.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    (tmp_path / "空.md").write_text("   \n", encoding="utf-8")
    result = audit_archive([tmp_path])
    assert {s.name for s in result.skipped} == {"坏.txt", "空.md"}
    assert names(result) == {("01.md", "02.md")}


def test_bad_archives_say_what_to_do(tmp_path):
    with pytest.raises(SourceError, match="不存在"):
        audit_archive([tmp_path / "没有"])
    with pytest.raises(SourceError, match="没有找到讲话稿"):
        audit_archive([tmp_path])
    (tmp_path / "只有一篇.txt").write_text("讲话\n同志们：今天开会。\n", encoding="utf-8")
    (tmp_path / "坏.txt").write_bytes(b"\x00\x01binary" * 50)
    with pytest.raises(SourceError, match="不足两篇.*坏.txt"):
        audit_archive([tmp_path])
    with pytest.raises(UsageError):
        audit_archive([tmp_path], min_chars=10)
    with pytest.raises(UsageError):
        audit_archive([tmp_path], engine="hadoop")


def test_cli_text_json_html(archive, tmp_path):
    folder = str(archive[0])
    result = runner.invoke(app, ["audit", folder])
    assert result.exit_code == 0, result.output
    assert "审查了 12 篇讲话稿，发现 4 对" in result.stdout
    result = runner.invoke(app, ["audit", folder, "--format", "json"])
    data = json.loads(result.stdout)
    assert [(p["likely_source"], p["likely_copy"]) for p in data["pairs"]][:1] == [("01.md", "02.md")]
    out = tmp_path / "审查.html"
    result = runner.invoke(app, ["audit", folder, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0 and "已写入" in result.stderr
    assert "02.md 可能抄自 01.md" in out.read_text(encoding="utf-8")


def test_cli_report_file_annotated_by_hand_is_not_overwritten(archive, tmp_path):
    """`audit -o` replaced any file of that name, a colleague's notes on last month's report too."""
    folder, out = str(archive[0]), tmp_path / "审查.html"
    out.write_text("我的批注", encoding="utf-8")
    result = runner.invoke(app, ["audit", folder, "-f", "html", "-o", str(out)])
    assert result.exit_code == 1 and "不是 drafter 写下的" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "我的批注"
    assert runner.invoke(app, ["audit", folder, "-f", "html", "-o", str(out), "--force"]).exit_code == 0
    assert runner.invoke(app, ["audit", folder, "-f", "html", "-o", str(out)]).exit_code == 0  # ours, unchanged
    out.write_text(out.read_text(encoding="utf-8") + "<!-- 已核 -->", encoding="utf-8")
    result = runner.invoke(app, ["audit", folder, "-f", "html", "-o", str(out)])
    assert result.exit_code == 1 and "被改过" in result.stderr and out.read_text(encoding="utf-8").endswith("已核 -->")


def test_cli_errors_have_no_traceback(tmp_path):
    result = runner.invoke(app, ["audit", str(tmp_path / "没有")])
    assert result.exit_code == 1 and "不存在" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(app, ["audit", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2 and "--format" in result.stderr


def test_spark_engine_without_pyspark_says_how_to_install(archive, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    result = runner.invoke(app, ["audit", str(archive[0]), "--engine", "spark"])
    assert result.exit_code == 1
    assert "PySpark" in result.stderr and "drafter[spark]" in result.stderr and "Traceback" not in result.output


def test_hostile_sizes_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr("drafter.audit.documents.MAX_AUDIT_CHARS", 500)
    (tmp_path / "长.txt").write_text("讲话\n" + "这是一个很长的句子，" * 100, encoding="utf-8")
    for name in ("甲.md", "乙.md"):
        (tmp_path / name).write_text(f"讲话\n\n{UPPER}\n", encoding="utf-8")
    result = audit_archive([tmp_path])
    assert [s.name for s in result.skipped] == ["长.txt"] and "过长" in result.skipped[0].reason
    assert os.path.exists(tmp_path / "长.txt")


def test_tiles_are_exact_common_passages():
    import random

    import numpy as np

    from drafter.audit.passages import shared_tiles
    from drafter.audit.shingles import fold

    rng = random.Random(3)
    alphabet = [chr(0x4E00 + i) for i in range(300)] + list("，。；市县")
    none = np.zeros(0, dtype=np.uint64)
    for _ in range(60):
        text = lambda n: "".join(rng.choice(alphabet) for _ in range(n))  # noqa: E731
        shared = [text(rng.randint(50, 400)) for _ in range(rng.randint(1, 3))]
        a = text(rng.randint(0, 300)).join(shared) + text(rng.randint(0, 200))
        b = text(rng.randint(0, 300)) + text(rng.randint(0, 50)).join(reversed(shared))
        tiles = shared_tiles(a, b, none, 50)
        for t in tiles:
            assert t.length >= 50 and fold(a)[t.a : t.a + t.length] == fold(b)[t.b : t.b + t.length]
        covered = sum(t.length for t in tiles)
        assert sum(map(len, shared)) <= covered <= sum(map(len, shared)) + 6 * len(shared)


def test_copying_that_runs_into_common_text_counts_only_the_copy(tmp_path):
    import random

    from audit_archive import paragraph

    rng = random.Random(11)
    copied = paragraph(rng, 3)[:80]
    texts = {f"{k}.md": [paragraph(rng)] for k in "abcdef"}
    texts["a.md"].append(copied + UPPER)  # a's own passage, then the superior's text
    texts["b.md"].append(copied + UPPER)  # b copies both in one run
    for k in "cde":
        texts[f"{k}.md"].append(UPPER)
    for name, paras in texts.items():
        (tmp_path / name).write_text("讲话\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    result = audit_archive([tmp_path])
    assert names(result) == {("a.md", "b.md")}
    pair = result.pairs[0]
    # the boundary is known to within a winnowing window (W characters)
    assert 80 <= pair.shared <= 80 + 20 and pair.common >= len(UPPER) - 20
    assert "段落中另有通用文字" in format_text(result)


def test_a_copy_with_common_text_inside_is_still_a_copy(tmp_path):
    import random

    from audit_archive import paragraph

    rng = random.Random(12)
    before, after = paragraph(rng, 3)[:40], paragraph(rng, 3)[:40]
    texts = {f"{k}.md": [paragraph(rng)] for k in "abcdef"}
    for k in "ab":  # b copies a run of a's that has a superior's text in its middle
        texts[f"{k}.md"].append(before + UPPER + after)
    for k in "cde":
        texts[f"{k}.md"].append(UPPER)
    for name, paras in texts.items():
        (tmp_path / name).write_text("讲话\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    result = audit_archive([tmp_path])
    assert names(result) == {("a.md", "b.md")}
    pair = result.pairs[0]
    assert pair.longest >= 80 + len(UPPER)  # one passage, quoted whole
    assert 80 <= pair.shared <= 80 + 40 and pair.common >= len(UPPER) - 40


def test_a_python_environment_inside_the_archive_is_not_audited(tmp_path: Path) -> None:
    from drafter.audit.documents import _scan

    (tmp_path / "讲话.md").write_text("同志们：今天开会。", encoding="utf-8")
    env = tmp_path / "venv"
    (env / "lib").mkdir(parents=True)
    (env / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (env / "lib" / "AUTHORS.txt").write_text("someone", encoding="utf-8")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "README.md").write_text("readme", encoding="utf-8")
    assert [Path(p).name for p in _scan(str(tmp_path))] == ["讲话.md"]


def test_a_markdown_title_in_a_text_file_is_shown_without_its_marks(tmp_path: Path) -> None:
    body = "同志们：\n\n" + "今天召开全县安全生产工作会议，研究部署下一阶段的安全生产工作，压紧压实各方责任。" * 4 + "\n"
    for n in (1, 2):
        (tmp_path / f"讲话{n}.txt").write_text(f"# 在全县安全生产工作会议上的讲话{n}\n\n{body}", encoding="utf-8")
    (pair,) = audit_archive([tmp_path]).pairs
    titles = {pair.a.title, pair.b.title}
    assert titles == {"在全县安全生产工作会议上的讲话1", "在全县安全生产工作会议上的讲话2"}
