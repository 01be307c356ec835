"""drafter update: new answers re-render the draft, the writer's hand edits survive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter.cli import app
from drafter.merge import CONFLICT_START
from drafter.text import count_word, parse_cn_number

runner = CliRunner()
DRAFT = ("draft", "--no-input", "--seed", "3", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议")
EDIT = "特别是要把全县老旧小区燃气管道改造列入年度民生实事。"


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def headings(text: str) -> list[int]:
    return [parse_cn_number(n) for n in re.findall(r"^## ([一二三四五六七八九十]+)、", text, flags=re.M)]


def first_section_of_point(text: str, number: str) -> str:
    """The first （一） paragraph after heading `number`、."""
    after = text.split(f"## {number}、", 1)[1]
    return next(p for p in after.split("\n\n") if p.startswith("（一）"))


@pytest.fixture
def drafted(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    result = run(*DRAFT, "-o", "稿.md")
    assert result.exit_code == 0, result.stderr
    return tmp_path / "稿.md"


def hand_edit(path: Path, number: str = "二") -> str:
    text = path.read_text(encoding="utf-8")
    section = first_section_of_point(text, number)
    path.write_text(text.replace(section, section + EDIT), encoding="utf-8")
    return section


def test_a_fourth_point_keeps_the_hand_edit_and_renumbers(drafted: Path) -> None:
    hand_edit(drafted, "一")  # 二 gathers three areas by default: four points draw them again, one a point
    result = run("update", "稿.md", "--points", "4")
    assert result.exit_code == 0, result.stderr
    text = drafted.read_text(encoding="utf-8")
    assert text.count(EDIT) == 1
    assert headings(text) == [1, 2, 3, 4]
    assert f"{count_word(4)}点意见" in text
    assert (drafted.parent / "稿.md.bak").read_text(encoding="utf-8").count(EDIT) == 1


def test_another_place_changes_every_level_word_and_relevels_the_edit(drafted: Path) -> None:
    hand_edit(drafted)
    result = run("update", "稿.md", "--set", "place=南通市", "--set", "meeting=全市安全生产工作会议")
    assert result.exit_code == 0, result.stderr
    text = drafted.read_text(encoding="utf-8")
    assert EDIT.replace("全县", "全市") in text
    assert not re.search(r"全县|我县|县委|县直|县政府", text)
    check = run("check", "稿.md", "--place", "南通市")
    assert "层级用语" not in check.stdout


def test_a_clashing_edit_is_marked_listed_and_exits_3(drafted: Path) -> None:
    text = drafted.read_text(encoding="utf-8")
    transition = re.search(r"[^。！：\n]*我讲三点意见[。：]", text)[0]
    drafted.write_text(text.replace(transition, "下面，结合我县实际，我讲三点意见。"), encoding="utf-8")
    result = run("update", "稿.md", "--points", "4")
    assert result.exit_code == 3
    assert "冲突 1" in result.stderr
    merged = drafted.read_text(encoding="utf-8")
    assert CONFLICT_START in merged and "结合我县实际" in merged and "四点意见" in merged
    assert "修改冲突" in run("check", "稿.md").stdout


def test_dry_run_shows_a_diff_and_writes_nothing(drafted: Path) -> None:
    before = drafted.read_text(encoding="utf-8")
    result = run("update", "稿.md", "--points", "4", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.startswith("---") and "+## 四、" in result.stdout
    assert drafted.read_text(encoding="utf-8") == before


def test_a_file_without_record_explains_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "旧稿.md").write_text("# 讲话\n\n同志们：\n", encoding="utf-8")
    result = run("update", "旧稿.md", "--points", "4")
    assert result.exit_code == 2
    assert "起草记录" in result.stderr and "drafter draft -o" in result.stderr


def test_swap_changes_only_that_part(drafted: Path) -> None:
    hand_edit(drafted)
    before = drafted.read_text(encoding="utf-8")
    result = run("update", "稿.md", "--swap", "三")
    assert result.exit_code == 0, result.stderr
    after = drafted.read_text(encoding="utf-8")
    assert after.count(EDIT) == 1
    assert after.split("## 三、")[0] == before.split("## 三、")[0]
    assert after.split("## 三、")[1] != before.split("## 三、")[1]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_txt_and_docx_drafts_are_read_back_and_rewritten(tmp_path: Path, monkeypatch, suffix: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(*DRAFT, "-o", f"稿{suffix}").exit_code == 0
    result = run("update", f"稿{suffix}", "--points", "4")
    assert result.exit_code == 0, result.stderr
    from drafter.reader import read_document

    assert "四点意见" in read_document(tmp_path / f"稿{suffix}")


def test_replay_applies_set_and_refuses_what_it_cannot_honour(drafted: Path) -> None:
    result = run("draft", "--replay", "稿.answers.yaml", "--set", "place=南通市", "--set", "meeting=全市安全生产工作会议")
    assert result.exit_code == 0, result.stderr
    assert "我市" in result.stdout or "全市" in result.stdout
    assert "我县" not in result.stdout
    refused = run("draft", "--replay", "稿.answers.yaml", "--points", "5")
    assert refused.exit_code == 2 and "drafter update" in refused.stderr


@settings(max_examples=4, deadline=None)
@given(seed=st.integers(0, 50))
def test_without_hand_edits_update_gives_the_draft_itself(tmp_path_factory, seed: int) -> None:
    import os

    folder = tmp_path_factory.mktemp("u")
    os.chdir(folder)
    base = ("draft", "--no-input", "--seed", str(seed), "--set", "place=清河县", "--set", "meeting=全县教育工作会议")
    assert run(*base, "-o", "稿.md").exit_code == 0
    assert run("update", "稿.md", "--set", "place=南通市", "--set", "meeting=全市教育工作会议").exit_code == 0
    fresh = run("draft", "--replay", "稿.answers.yaml")
    assert (folder / "稿.md").read_text(encoding="utf-8") == fresh.stdout


@pytest.mark.hostile
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("seed: 3", "seed: abc"), ("seed: 3", "seed: -1"), ("rate: 200", "rate: fast"),
        ("rate: 200", "rate: 100000"), ("answers:", "answers: [1, 2]\nold_answers:"),
        ("  points: 3", "  points: 99"), ("options:", "options: 5\nold_options:"),
        ("fragments:", "fragments: 某某\nold_fragments:"),
    ],
)
def test_a_hand_edited_record_gives_a_message_not_a_traceback(drafted: Path, old: str, new: str) -> None:
    record = drafted.parent / "稿.answers.yaml"
    text = record.read_text(encoding="utf-8")
    if old == "  points: 3":
        text = text.replace("answers:\n", "answers:\n  points: 3\n", 1)
    assert old in text, old
    record.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = runner.invoke(app, ["draft", "--replay", str(record)])
    assert result.exit_code == 2, result.output
    assert "稿.answers.yaml" in result.stderr and "起草记录" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.hostile
def test_a_record_naming_missing_subpoints_or_an_edited_fragment_says_so(drafted: Path, tmp_path: Path) -> None:
    import shutil

    from drafter.library import default_library_dir

    record = drafted.parent / "稿.answers.yaml"
    text = record.read_text(encoding="utf-8")
    bad = re.sub(r"subpoints:\n(  - \d+\n)+|subpoints: \[[\d, ]*\]", "subpoints: [99]\n", text, count=1)
    record.write_text(bad, encoding="utf-8")
    result = runner.invoke(app, ["draft", "--replay", str(record)])
    assert result.exit_code == 2 and "分论点" in result.stderr
    record.write_text(text, encoding="utf-8")
    lib = tmp_path / "lib"
    shutil.copytree(default_library_dir(), lib)
    point_id = re.search(r"- id: (point\.\S+)", text)[1]
    for path in lib.rglob("*.yaml"):
        body = path.read_text(encoding="utf-8")
        if f"id: {point_id}\n" in body:
            head, _, rest = body.partition(f"id: {point_id}\n")
            path.write_text(head + f"id: {point_id}\n" + rest.replace("要", "须", 1), encoding="utf-8")
    result = runner.invoke(app, ["draft", "--replay", str(record), "--library", str(lib)])
    assert result.exit_code == 0
    assert f"片段 {point_id} 在这份记录之后被修改过" in result.stderr


def test_output_writes_a_second_draft_and_leaves_the_first_and_its_record(drafted: Path) -> None:
    hand_edit(drafted, "一")
    first, record = drafted.read_bytes(), (drafted.parent / "稿.answers.yaml").read_bytes()
    result = run("update", "稿.md", "--points", "4", "-o", "稿-二稿.md")
    assert result.exit_code == 0, result.stderr
    assert drafted.read_bytes() == first and (drafted.parent / "稿.answers.yaml").read_bytes() == record
    assert not (drafted.parent / "稿.md.bak").exists()
    second = (drafted.parent / "稿-二稿.md").read_text(encoding="utf-8")
    assert second.count(EDIT) == 1 and headings(second) == [1, 2, 3, 4]
    again = run("update", "稿-二稿.md", "--points", "3")  # the 二稿 has its own record: it can be updated in turn
    assert again.exit_code == 0, again.stderr
    assert headings((drafted.parent / "稿-二稿.md").read_text(encoding="utf-8")) == [1, 2, 3]


def test_output_refuses_an_edited_file_and_a_bad_name_before_any_work(drafted: Path) -> None:
    assert run("update", "稿.md", "--points", "4", "-o", "二稿.md").exit_code == 0
    second = drafted.parent / "二稿.md"
    second.write_text(second.read_text(encoding="utf-8") + "\n领导亲笔加的一段。\n", encoding="utf-8")
    refused = run("update", "稿.md", "--points", "5", "-o", "二稿.md")
    assert refused.exit_code != 0 and "被改过" in refused.stderr and "--force" in refused.stderr
    assert "领导亲笔加的一段" in second.read_text(encoding="utf-8")
    wrong = run("update", "稿.md", "--points", "5", "-o", "三稿.wps")
    assert wrong.exit_code != 0 and "不支持的输出格式" in wrong.stderr and "Traceback" not in wrong.stderr
    assert run("update", "稿.md", "--points", "5", "-o", "二稿.md", "--force").exit_code == 0
