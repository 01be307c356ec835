"""Session 52's new user: a fresh venv, every command as the README writes it, then the wrong input of a busy office.

Each test here failed before its fix (branch user52).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_runner import refused, run

DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]


@pytest.fixture
def two_works(mini_library: Path) -> Path:
    """The mini library with its points about 乡村振兴 (the first two of each stage) or 安全生产 (the rest)."""
    points = mini_library / "points.yaml"
    text = points.read_text(encoding="utf-8")
    for stage in ("认识", "任务", "保障"):
        for n in range(1, 6):
            work = "乡村振兴" if n <= 2 else "安全生产"
            text = text.replace(f"- id: point.{stage}.{n}\n  role: point\n  tags: [{stage}]",
                                f"- id: point.{stage}.{n}\n  role: point\n  tags: [{stage}, {work}]")  # fmt: skip
    points.write_text(text, encoding="utf-8")
    return mini_library


def _points(record: Path) -> list[str]:
    return re.findall(r"id: (point\.\S+)", record.read_text(encoding="utf-8"))


def _rural_draft(two_works: Path, tmp_path: Path) -> tuple[Path, Path, list[str], list[str]]:
    """A 乡村振兴 draft written with -o: the draft, its record, the library flags and the record's points."""
    out, record = tmp_path / "讲话.md", tmp_path / "讲话.answers.yaml"
    lib = ["--library", str(two_works)]
    result = run(*DRAFT, *lib, "--set", "place=清河县", "--set", "meeting=全县乡村振兴工作会议", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    before = _points(record)
    assert before and all(p.endswith((".1", ".2")) for p in before), before  # the draft is on 乡村振兴
    return out, record, lib, before


def test_update_to_a_meeting_on_another_work_draws_that_work_s_points(two_works: Path, tmp_path: Path) -> None:
    """`update 讲话.md --set meeting=全县安全生产工作会议` of a 乡村振兴 draft kept its 乡村振兴 points under the new title."""
    out, record, lib, _ = _rural_draft(two_works, tmp_path)
    result = run("update", str(out), *lib, "--set", "meeting=全县安全生产工作会议")
    assert result.exit_code == 0, result.stderr
    after = _points(record)
    assert after and not any(p.endswith((".1", ".2")) for p in after), after
    assert "安全生产" in out.read_text(encoding="utf-8").splitlines()[0]


def test_update_to_another_meeting_on_the_same_work_keeps_the_points(two_works: Path, tmp_path: Path) -> None:
    out, record, lib, before = _rural_draft(two_works, tmp_path)
    assert run("update", str(out), *lib, "--set", "meeting=2026年全县乡村振兴工作会议").exit_code == 0
    assert _points(record) == before


@pytest.mark.parametrize("command", ["draft", "update"])
def test_a_misspelt_set_name_is_refused_and_nothing_is_written(
    mini_library: Path, tmp_path: Path, command: str
) -> None:
    """`--set 成积=…` (成绩 misspelt) wrote the speech without the achievements and exited 0 with a note."""
    folder = tmp_path / "稿子"
    folder.mkdir()
    out = folder / "讲话.md"
    lib = ["--library", str(mini_library)]
    setting = ["--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]
    if command == "update":
        assert run(*DRAFT, *lib, *setting, "-o", str(out)).exit_code == 0
        before = sorted((p.name, p.read_bytes()) for p in folder.iterdir())
        result = run("update", str(out), *lib, "--set", "成积=排查隐患3200处")
        refused(result, 2, "不认识答案名称“成积”（是不是“成绩”？）", "没有更新")
        assert (
            sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == before
        )  # no backup, no new record
    else:
        result = run(*DRAFT, *lib, *setting, "--set", "成积=排查隐患3200处", "-o", str(out))
        refused(result, 2, "不认识答案名称“成积”（是不是“成绩”？）", "没有起草")
        assert list(folder.iterdir()) == []


def test_a_name_the_user_s_own_fragments_declare_is_no_misspelling(
    mini_library: Path, tmp_path: Path
) -> None:
    (mini_library / "own.yaml").write_text(
        "- id: closing.own\n  role: closing\n  variables: {mayor: {prompt: 市长姓名}}\n"
        "  text: 同志们，{{ mayor }}同志的要求，我们要认真落实！\n  source: {authored: 本单位, written: 2026-12}\n",
        encoding="utf-8",
    )  # fmt: skip
    result = run(*DRAFT, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议",
                 "--set", "mayor=王强")  # fmt: skip
    assert result.exit_code == 0, result.stderr


def test_update_of_the_exported_copy_that_is_missing_says_to_update_the_draft(
    mini_library: Path, tmp_path: Path
) -> None:
    """`update 讲话.docx` (never exported) told to `draft --replay 讲话.answers.yaml -o 讲话.docx`: refused, as the
    record is 讲话.md's."""
    out = tmp_path / "讲话.md"
    lib = ["--library", str(mini_library)]
    assert (
        run(
            *DRAFT,
            *lib,
            "--set",
            "place=清河县",
            "--set",
            "meeting=全县妇女儿童工作会议",
            "-o",
            str(out),
        ).exit_code
        == 0
    )
    said = refused(
        run("update", str(tmp_path / "讲话.docx"), *lib, "--points", "4"), 2, "讲话稿文件不存在"
    )
    assert "--replay" not in said, said
    assert (
        f"drafter update {out}" in said
        and f"drafter export {out} -o {tmp_path / '讲话.docx'}" in said
    ), said


def test_export_of_a_whole_archive_in_one_file_is_refused_at_once(tmp_path: Path) -> None:
    """20 MB of text ran 70 s and 1.4 GB into a 100,000-paragraph .docx; `check` and `diff` refuse it at once."""
    big = tmp_path / "合集.txt"
    big.write_text(
        "在全县工作会议上的讲话\n\n" + "同志们，要抓好落实。\n\n" * 110_000, encoding="utf-8"
    )
    said = refused(
        run("export", str(big), "-o", str(tmp_path / "合集.docx")),
        1,
        "文字过长",
        "没有导出",
        "合集.txt",
    )
    assert "分成单独的文件" in said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["合集.txt"]


def test_a_meeting_naming_no_work_and_no_work_given_is_refused_before_the_other_questions(
    mini_library: Path,
) -> None:
    """`会` as the meeting, then Enter at both 重新输入会议名称 and 这次会议讲的工作: eight more questions (种类, 表彰,
    上级精神, 成绩 …) were asked, then the draft was refused for the name typed at the start."""
    from drafter.drafting import DraftRequest, make_draft
    from drafter.errors import UsageError

    asked: list[str] = []

    def prompt(var):  # type: ignore[no-untyped-def]
        asked.append(var.name)
        return (
            {"place": "清河县", "meeting": "会"}.get(var.name, "")
            if var.name not in asked[:-1]
            else ""
        )

    with pytest.raises(UsageError, match="也没有说明讲哪项工作") as caught:
        make_draft(DraftRequest(library=mini_library, seed=1), prompt=prompt)
    assert "这次会议讲的工作" in (caught.value.hint or "")
    assert asked[-1] == "work" and not {"kind", "achievements", "upper"} & set(asked), asked


def test_a_speech_without_a_record_given_as_answers_is_not_sent_to_update(tmp_path: Path) -> None:
    """`draft --answers 旧稿.txt` told to `drafter update 旧稿.txt`, which refuses a file with no record."""
    old = tmp_path / "旧稿.txt"
    old.write_bytes(
        bytes(range(256)) * 8
    )  # (a binary file named .txt, or any speech drafter did not write)
    said = refused(run("draft", "--no-input", "--answers", str(old)), 2, "不是答案文件", "旧稿.txt")
    assert "drafter update" not in said.replace("不能用 drafter update", ""), said


def test_an_answers_file_typed_with_chinese_colons_is_read(
    mini_library: Path, tmp_path: Path
) -> None:
    """`地名：清河县` (the colon a Chinese input method types) was refused with 答案文件应一行写一项“名称: 值”."""
    answers = tmp_path / "答案.yaml"
    answers.write_text("地名：清河县\n会议： 全县妇女儿童工作会议\n成绩：\n  - 新建儿童之家12个：覆盖全部乡镇\n",
                       encoding="utf-8")  # fmt: skip
    result = run(*DRAFT, "--library", str(mini_library), "-a", str(answers))
    assert result.exit_code == 0, result.stderr
    assert "在全县妇女儿童工作会议上的讲话" in result.stdout
    assert "新建儿童之家12个：覆盖全部乡镇" in result.stdout.replace(":", "：")


def test_ingest_lists_ten_notes_under_a_document_and_counts_the_rest() -> None:
    """20 MB of one speech pasted 10,000 times printed 10,000 lines of 原文第…行是同一篇在网页上的另一份; a doubt is
    always shown (the last line of the report refers to it)."""
    from drafter.cli.ingest import _notes

    copies = [
        f"原文第{20 * n + 1}–{20 * n + 19}行是同一篇在网页上的另一份（重复贴出或只有开头的预览），只导入一次"
        for n in range(1, 41)
    ]
    lines = _notes(
        [*copies, "结构存疑：宣布“三点”，正文找到四个部分（第 9 行起），请核对。", "与 甲-01 近似"]
    )
    assert len(lines) == 12, lines
    assert lines[-1] == "    ……另有 30 条注意没有列出（加 --json 可看全部）"
    assert any("结构存疑" in line for line in lines) and not any("甲-01" in line for line in lines)
