"""Every command as a new user runs it, wrong input too (branch userwalk2).

Found by walking the README from a non-editable install in an empty folder: tasks listed with
semicolons (one task), a pasted page as the meeting's name (a speech of hundreds of minutes, exit 0),
an -o that cannot be written (refused only after the draft was made, or a traceback for -o ""),
and the year's results opening a point about something else (一、深刻汲取事故教训). Each wrong
input ends in a Chinese message naming the file and what to do, a non-zero exit, no traceback and
nothing written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from drafter.cli import app
from tests.cli_runner import refused, run, runner

DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]
SETTING = ["--set", "place=清河县", "--set", "meeting=全县安全生产工作会议"]
DRAFTED = "原创度"  # said once a draft is made: a wrong -o must be refused before it


# ---------------------------------------------------------------- lists written with semicolons


def test_tasks_listed_with_semicolons_are_separate_tasks() -> None:
    """`--set tasks=甲；乙;丙` was one task: 今年要开展隐患排查；加强执法检查；强化宣传教育。"""
    result = run(
        *DRAFT, *SETTING, "--json",
        "--set", "tasks=开展隐患排查；加强执法检查;强化宣传教育",
        "--set", "成绩=排查整改隐患3200余处；其中重大隐患46处|事故起数同比下降12%",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    answers = json.loads(result.stdout)["answers"]
    assert answers["tasks"] == ["开展隐患排查", "加强执法检查", "强化宣传教育"]
    # …；其中… goes on with the item before it: one achievement, as a clerk reads it
    assert answers["achievements"] == ["排查整改隐患3200余处；其中重大隐患46处", "事故起数同比下降12%"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("甲项工作；乙项工作；", ["甲项工作", "乙项工作"]),
        ("新建高标准农田5万亩；力争达到6万亩\n粮食总产稳定", ["新建高标准农田5万亩；力争达到6万亩", "粮食总产稳定"]),
        ("全省安全生产电视电话会议精神; 省委常委会会议精神", ["全省安全生产电视电话会议精神", "省委常委会会议精神"]),
        ("收入增长6.5%；同比提高1个百分点", ["收入增长6.5%；同比提高1个百分点"]),
    ],
)
def test_a_list_answer_splits_on_semicolons_but_keeps_a_clause_that_goes_on(text: str, items: list[str]) -> None:
    from drafter.render.values import split_list_text

    assert split_list_text(text) == items


def test_an_answers_file_lists_tasks_with_semicolons_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("答案.yaml").write_text("地名: 清河县\n会议: 全县安全生产工作会议\n任务: 开展隐患排查；加强执法检查\n", "utf-8")
    result = run(*DRAFT, "--answers", "答案.yaml", "-o", "讲话.md")
    assert result.exit_code == 0, result.stderr
    text = Path("讲话.md").read_text("utf-8")
    assert "开展隐患排查；加强执法检查" not in text
    assert "开展隐患排查" in text and "加强执法检查" in text


# ---------------------------------------------------------------- absurd answers


def test_a_pasted_page_as_the_meeting_name_is_refused_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 6,000-character meeting name gave a 545-minute speech and exit 0."""
    monkeypatch.chdir(tmp_path)
    result = run(*DRAFT, "--set", "place=清河县", "--set", "meeting=" + "全县安全生产" * 1000 + "工作会议", "-o", "讲话.md")
    refused(result, 2, "会议名称太长", "6004 字", "最多 80 字")
    assert DRAFTED not in result.stderr and list(tmp_path.iterdir()) == []


def test_a_long_name_in_an_answers_file_names_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("答案.yaml").write_text("地名: 清河县\n会议: 全县安全生产工作会议\n讲话人: " + "县长" * 200 + "\n", "utf-8")
    result = run(*DRAFT, "--answers", "答案.yaml", "-o", "讲话.md")
    refused(result, 2, "答案.yaml:3：", "讲话人太长")
    assert not Path("讲话.md").exists()


def test_a_task_as_long_as_a_page_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*DRAFT, *SETTING, "--set", "tasks=开展排查|" + "加强执法" * 300, "-o", "讲话.md")
    refused(result, 2, "第 2 条太长", "分成几条")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- an -o that cannot be written, said first


@pytest.mark.parametrize(
    ("output", "said"),
    [
        ("没有的文件夹/讲话.md", "目标目录不存在"),
        ("讲话.doc", "不支持的输出格式 .doc"),
        ("", "输出文件名是空的"),  # was a ValueError traceback, then 这是一个文件夹 naming “.” (newuser38)
        ("已有文件.md/讲话.md", "不是目录"),
    ],
)
def test_a_bad_output_is_refused_before_drafting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, said: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("已有文件.md").write_text("别人的稿子\n", "utf-8")
    result = run(*DRAFT, *SETTING, "-o", output)
    assert result.exit_code in (1, 2)
    refused(result, result.exit_code, said)
    assert DRAFTED not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["已有文件.md"]
    assert Path("已有文件.md").read_text("utf-8") == "别人的稿子\n"


def test_a_folder_that_cannot_be_written_is_refused_before_drafting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder (a shared drive, another user's folder) was found out only when writing."""
    monkeypatch.chdir(tmp_path)
    locked = tmp_path / "只读"
    locked.mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p).resolve() != locked.resolve() and real(p, mode, **kw))
    result = run(*DRAFT, *SETTING, "-o", "只读/讲话.md")
    refused(result, 1, "没有在这个目录写文件的权限", "只读")
    assert DRAFTED not in result.stderr and list(locked.iterdir()) == []


def test_diff_html_into_the_current_folder_says_it_is_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--html ""` said 写入失败（文件正被占用）; `--html 讲话稿/` is a folder."""
    monkeypatch.chdir(tmp_path)
    Path("讲话.md").write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天我们召开会议。\n", "utf-8")
    refused(run("diff", "讲话.md", "--html", ""), 2, "输出文件名是空的")
    Path("讲话稿").mkdir()
    refused(run("diff", "讲话.md", "--html", "讲话稿"), 2, "这是一个文件夹")  # as draft -o 讲话稿/ says it


def test_audit_output_in_a_missing_folder_is_refused_before_the_audit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("旧讲话").mkdir()
    result = run("audit", "旧讲话", "--format", "html", "-o", "没有的文件夹/审查.html")
    refused(result, 1, "目标目录不存在")
    assert "不足两篇" not in result.stderr  # not read: the -o was wrong before the archive mattered


# ---------------------------------------------------------------- where the year's results are said


def _draft(*pick: str) -> str:
    result = run(
        *DRAFT, *SETTING, *pick,
        "--set", "成绩=全县生产安全事故起数同比下降12%；排查整改隐患3200余处",
        "--set", "问题=部分企业主体责任落实不到位",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_results_do_not_open_a_point_about_lessons_from_accidents() -> None:
    """一、深刻汲取事故教训 opened with 过去一年，我县安全生产工作取得了新的成效…: the year's
    results read as the lesson. They now come after the opening, just before 我讲三点意见."""
    text = _draft("--pick", "point.safety.know.lessons")
    results = text.index("取得了新的成效")
    first_point = text.index("\n## 一、")
    assert results < first_point
    paragraph = text[text.rindex("\n\n", 0, results) : first_point]
    assert "部分企业主体责任落实不到位" in paragraph and "讲三点意见" in paragraph


def test_results_still_open_a_point_about_the_situation() -> None:
    text = _draft("--pick", "point.safety.know.situation")
    first_point = text.index("\n## 一、")
    assert first_point < text.index("取得了新的成效")
    assert text.index("讲三点意见") < first_point


# ---------------------------------------------------------------- Ctrl+C as drafter starts


def test_ctrl_c_as_drafter_starts_says_cancelled(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """Ctrl+C in the first few hundredths of a second (while main() set itself up) printed a
    KeyboardInterrupt traceback and exit 1, found by signalling a real `drafter draft` at 10 ms steps."""
    import sys

    from drafter.cli import deferred, main

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(deferred, "defer", interrupted)
    monkeypatch.setattr(sys, "argv", ["drafter", "check", "讲话.md"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 130
    assert "已取消" in capsys.readouterr().err


# ---------------------------------------------------------------- a fragment in GBK


SNIPPET = "id: opening.mine\nrole: opening\ntags: [通用]\ntext: 今天，我们召开{{ meeting }}。\nvariables: {meeting: }\nsource: {speech: s-01}\n"


@pytest.fixture
def own_library(tmp_path: Path) -> Path:
    lib = tmp_path / "库"
    lib.mkdir()
    (lib / "openings.yaml").write_text("- " + SNIPPET.replace("\n", "\n  ").rstrip() + "\n", "utf-8")
    return lib


@pytest.mark.parametrize("data", [("- " + SNIPPET.replace("opening.mine", "opening.gbk")).encode("gbk"), bytes(range(256))])
def test_a_fragment_piped_in_gbk_or_binary_is_refused_in_chinese(own_library: Path, data: bytes) -> None:
    """`iconv -t gbk 片段.yaml | drafter fragments add` ended in a UnicodeEncodeError traceback from YAML."""
    before = (own_library / "openings.yaml").read_bytes()
    result = runner.invoke(app, ["fragments", "add", "--library", str(own_library)], input=data)
    refused(result, 2, "<标准输入>", "不是 UTF-8", "存成 UTF-8")
    assert (own_library / "openings.yaml").read_bytes() == before


def test_an_editor_that_saves_gbk_is_said_and_the_text_kept(own_library: Path, tmp_path: Path) -> None:
    """An editor saving in GBK (Notepad's ANSI) gave a UnicodeDecodeError traceback and lost the edit."""
    import sys

    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_bytes(p.read_text(encoding='utf-8').replace('今天', '今日').encode('gbk'))\n",
        "utf-8",
    )
    before = (own_library / "openings.yaml").read_bytes()
    result = runner.invoke(
        app, ["fragments", "edit", "opening.mine", "--no-input", "--library", str(own_library)],
        env={"EDITOR": f"{sys.executable} {script}", "VISUAL": ""},
    )  # fmt: skip
    refused(result, 1, "不是 UTF-8", "没有保存")
    kept = Path(result.stderr.split("--from ")[1].split(" ")[0].rstrip("。\n"))
    assert "今日".encode("gbk") in kept.read_bytes()
    assert (own_library / "openings.yaml").read_bytes() == before


def test_check_refuses_a_pasted_page_as_the_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`check --place <5,000 characters>` checked and printed the whole text twice in its summary."""
    monkeypatch.chdir(tmp_path)
    Path("讲话.md").write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天我们召开会议。\n", "utf-8")
    result = run("check", "讲话.md", "--place", "清河县" * 2000)
    refused(result, 2, "--place 太长", "最多 80 字")
    assert len(result.output) < 300


# ---------------------------------------------------------------- 讲话.md and 讲话.docx share one record


@pytest.fixture
def drafted_md(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    assert run(*DRAFT, *SETTING, "-o", "讲话.md").exit_code == 0
    assert run("export", "讲话.md", "-o", "讲话.docx").exit_code == 0
    return tmp_path / "讲话.md"


def test_update_of_an_exported_copy_does_not_take_the_drafts_record(drafted_md: Path) -> None:
    """`export 讲话.md -o 讲话.docx` then `update 讲话.docx` used 讲话.md's record and rewrote it as
    讲话.docx's: the next `update 讲话.md` merged against a text 讲话.md never held."""
    record = drafted_md.with_name("讲话.answers.yaml")
    kept = record.read_bytes()
    result = run("update", "讲话.docx", "--points", "4")
    refused(result, 2, "是 讲话.md 的", "drafter update 讲话.md", "drafter export 讲话.md -o 讲话.docx")
    assert record.read_bytes() == kept and not Path("讲话.docx.bak").exists()


def test_a_draft_in_another_format_does_not_overwrite_the_first_ones_record(drafted_md: Path) -> None:
    record = drafted_md.with_name("讲话.answers.yaml")
    kept = record.read_bytes()
    result = run(*DRAFT, *SETTING, "-o", "讲话.txt")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "是 讲话.md 的" in result.stderr and "--force" in result.stderr and DRAFTED not in result.stderr
    assert record.read_bytes() == kept and not Path("讲话.txt").exists()


def test_a_missing_option_is_named_plainly(tmp_path: Path) -> None:
    """It said 缺少选项 --output' / '-o。 (Click's quotes cut in half)."""
    result = run("export", str(tmp_path / "讲话.md"))
    assert result.exit_code == 2
    assert "缺少选项 --output（-o）。" in result.stderr


@pytest.mark.parametrize("option", ["--replay", "--answers"])
def test_the_speech_given_for_its_record_is_said_so(drafted_md: Path, option: str) -> None:
    """`draft --replay 讲话.md` said 讲话.md:11：YAML 格式错误：文件中有多余的内容."""
    result = run("draft", "--no-input", option, "讲话.md")
    refused(result, 2, "这是讲话稿，不是答案文件或起草记录", "讲话.answers.yaml")
    assert "YAML" not in result.stderr


def test_an_empty_search_is_said_to_be_empty() -> None:
    """`fragments search ""` said 找到 0 个片段 with exit 0, as if the library held nothing."""
    refused(run("fragments", "search", "  "), 2, "搜索词是空的", "fragments list")
