"""The lead's fixes of session 40, each as a user meets it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.diff import diff_draft

SPEECH = "同志们：今天我们召开全县安全生产工作会议，主要任务是总结去年工作、部署今年任务。"


def _docx(path: Path, line: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(line)
    document.save(str(path))
    return path


def _converter(folder: Path, docx_file: Path) -> str:
    """A stand-in for LibreOffice: `soffice … --outdir DIR FILE` leaves DIR/source.docx (the prepared .docx)."""
    script = folder / "soffice"
    script.write_text(
        '#!/bin/sh\nwhile [ $# -gt 0 ]; do if [ "$1" = --outdir ]; then out=$2; fi; shift; done\n'
        f'mkdir -p "$out" && cp "{docx_file}" "$out/source.docx"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


def test_diff_reads_an_old_doc_once_libreoffice_is_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`diff` skipped a .doc with 需要 LibreOffice，本机没有安装, and after LibreOffice was installed said the same on
    every run until the .doc itself was touched: the index remembered it as unreadable (newuser39's leftover)."""
    sources = tmp_path / "旧讲话"
    sources.mkdir()
    old = sources / "去年讲话.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    _docx(sources / "前年讲话.docx", "同志们：这是前年的讲话，讲的是另一件事情，和今年没有关系。")
    draft = tmp_path / "讲话.md"
    draft.write_text(SPEECH + "\n", encoding="utf-8")
    index = tmp_path / "index.sqlite"
    real_which = shutil.which

    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name in ("soffice", "libreoffice") else real_which(name))
    before = diff_draft(draft, [sources], index_path=index)
    assert any("去年讲话.doc" in n and "LibreOffice" in n for n in before.warnings)
    assert before.reuse == 0

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = _converter(bin_dir, _docx(tmp_path / "converted.docx", SPEECH))
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: fake if name in ("soffice", "libreoffice") else real_which(name))
    after = diff_draft(draft, [sources], index_path=index)  # the .doc untouched since the first run
    assert not any("去年讲话.doc" in n for n in after.warnings), after.warnings
    assert after.reuse == 1
    assert any(s.path == str(old.resolve()) for s in after.sources)


def test_diff_still_waits_for_a_damaged_file_to_change(tmp_path: Path) -> None:
    """A source unreadable as it is (empty) is not read again on every run: it stays skipped until it changes."""
    sources = tmp_path / "旧讲话"
    sources.mkdir()
    (sources / "空文件.txt").write_text("", encoding="utf-8")
    (sources / "去年讲话.txt").write_text(SPEECH + "\n", encoding="utf-8")
    draft = tmp_path / "讲话.md"
    draft.write_text(SPEECH + "\n", encoding="utf-8")
    index = tmp_path / "index.sqlite"
    first = diff_draft(draft, [sources], index_path=index)
    assert any("空文件.txt" in n and "空" in n for n in first.warnings)
    import sqlite3

    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'retry:%'").fetchone() == (0,)
    (sources / "空文件.txt").write_text("同志们：补上了内容，这是一篇新的讲话稿，讲的是防汛工作。\n", encoding="utf-8")
    second = diff_draft(draft, [sources], index_path=index)
    assert not any("空文件.txt" in n for n in second.warnings)


def test_diff_reads_a_source_it_could_not_open_last_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source that could not be opened (a folder's permission, a network disk away) is tried again on the next run,
    though the file did not change; it was said 无法读取 on every run until someone touched it."""
    sources = tmp_path / "旧讲话"
    sources.mkdir()
    old = sources / "去年讲话.txt"
    old.write_text(SPEECH + "\n", encoding="utf-8")
    (sources / "前年讲话.txt").write_text("同志们：这是前年的讲话，讲的是另一件事情，和今年没有关系。\n", encoding="utf-8")
    draft = tmp_path / "讲话.md"
    draft.write_text(SPEECH + "\n", encoding="utf-8")
    index = tmp_path / "index.sqlite"
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == old.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    before = diff_draft(draft, [sources], index_path=index)
    assert any("去年讲话.txt" in n and "无法读取" in n for n in before.warnings)
    monkeypatch.setattr(Path, "read_bytes", real)
    after = diff_draft(draft, [sources], index_path=index)
    assert not any("去年讲话.txt" in n for n in after.warnings), after.warnings
    assert after.reuse == 1


def test_update_into_another_meetings_draft_is_refused_before_the_redraft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`update 讲话.md --set 成绩=… -o 防汛.md` redrafted the whole speech, then refused to write over the 防汛 draft
    (newuser39): the work was thrown away. Without a new place, meeting or date the refusal comes first."""
    import drafter.update
    from tests.cli_runner import refused, run

    base = ("draft", "--no-input", "--no-history", "--set", "place=清河县", "--seed", "1")
    speech, flood = tmp_path / "讲话.md", tmp_path / "防汛.md"
    assert run(*base, "--set", "meeting=全县安全生产工作会议", "-o", str(speech)).exit_code == 0
    assert run(*base, "--set", "meeting=全县防汛抗旱工作会议", "-o", str(flood)).exit_code == 0
    kept = flood.read_bytes()

    def redraft(request):  # noqa: ANN001, ANN202
        raise AssertionError("redrafted before refusing")

    monkeypatch.setattr(drafter.update, "update_draft", redraft)
    text = refused(run("update", str(speech), "--set", "成绩=全年事故起数下降", "-o", str(flood)), 1,
                   "这是 drafter 起草的另一篇讲话稿（全县防汛抗旱工作会议", "-o 讲话-二稿.md")  # fmt: skip
    assert "redrafted" not in text and flood.read_bytes() == kept


@pytest.mark.parametrize(("place", "meeting"), [("江西省", "省委务虚会"), ("清河县", "县政府务虚会"), ("南通市", "市委经济工作务虚会")])
def test_a_partys_own_retreat_thinks_about_the_years_whole_work(place: str, meeting: str) -> None:
    """A 省委务虚会 (no work in its name) spoke of 各项工作 throughout: 推动各项工作行稳致远, 把它同中心工作一起研究. A
    党委/政府 务虚会 thinks about the year's economic and social development, as a 年中工作推进会 does."""
    from tests.work_drafts import draft_text

    text = draft_text(place, meeting, 1, 15)
    assert "各项工作面临" not in text and "推进各项工作的决心" not in text
    assert "经济" in text.split("\n## ")[1]  # the first point is about the economy, not 各项工作


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_standing_committee_on_a_narrower_work_speaks_of_that_work(seed: int) -> None:
    """A 区委常委会会议 on 耕地保护 (the work given, not in the meeting's name) drew 乡村振兴's points on 人居环境整治,
    三农形势 and 乡村振兴骨干队伍, where a 全区耕地保护工作会议 speaks of 耕地 alone: the narrower part was read from
    the meeting's name only."""
    from tests.work_drafts import draft_text

    text = draft_text("海门区", "区委常委会会议", seed, 6, work="耕地保护")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert not [h for h in headings if "人居环境" in h or "乡村振兴" in h or "三农" in h], headings



@pytest.mark.parametrize(("place", "meeting", "minutes"), [("绍兴市", "全市科技创新大会", 20), ("清河县", "全县科技工作会议", 30)])
def test_a_science_and_technology_conference_does_not_speak_of_the_associations_own_work(
    place: str, meeting: str, minutes: int
) -> None:
    """A 市委/市政府 全市科技创新大会 (20 min, seed 4) spoke four sections on 科协: its 政治定位, 科协作为, 科技志愿服务 and
    为科协履职创造良好条件 — the association's own congress speaks of them, a conference on the work does not. (Its 科普
    point stays: a 科技 meeting given a 全民科学素质 task says it there, test_science_tech.)"""
    from tests.work_drafts import draft_text

    for seed in (4, 1):
        assert "科协" not in draft_text(place, meeting, seed, minutes)
