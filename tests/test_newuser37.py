"""Session 37's new user: a plain `pip install`, every command, then the wrong input and hostile files of a busy office.

Each test here failed before its fix (branch newuser37).
"""

from __future__ import annotations

from pathlib import Path

import pytest


def test_a_misspelt_answer_name_in_a_file_is_named_with_its_line_when_its_answer_is_missing(tmp_path: Path) -> None:
    """`meting: 全县安全生产工作会议` in a file said only 缺少以下变量的值：meeting, as if the line were not there."""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text("place: 清河县\nmeting: 全县安全生产工作会议\n", encoding="utf-8")
    text = refused(run("draft", "--no-input", "--no-history", "-a", str(answers)), 2, "缺少以下答案", "meeting")
    assert f"{answers} 第 2 行写的“meting”不是答案名称，是不是“meeting”？" in text, text


@pytest.mark.parametrize(("given", "near"), [("会义", "会议"), ("plase", "place")])
def test_a_misspelt_set_name_is_named_when_its_answer_is_missing(given: str, near: str) -> None:
    from tests.cli_runner import refused, run

    other = "place=清河县" if near == "会议" else "meeting=全县安全生产工作会议"
    result = run("draft", "--no-input", "--no-history", "--set", other, "--set", f"{given}=x")
    # (since user52 a --set name nothing uses is refused before the missing answers are listed)
    refused(result, 2, f"不认识答案名称“{given}”（是不是“{near}”？）", "没有起草")


@pytest.mark.parametrize("deep", ["tasks: " + "[" * 1000 + "]" * 1000, "x:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 1200))])
def test_an_answers_file_nested_past_the_parser_s_own_limit_says_it_is_nested_too_deep(tmp_path: Path, deep: str) -> None:
    """A thousand brackets stopped libyaml itself, and was said as 写法不符合 YAML 格式 with 检查该行的缩进."""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text(f"place: 清河县\nmeeting: 全县安全生产工作会议\n{deep}\n", encoding="utf-8")
    text = refused(run("draft", "--no-input", "--no-history", "-a", str(answers)), 2, "嵌套超过 64 层", str(answers))
    assert "写法不符合" not in text, text


def test_one_salutation_for_two_kinds_of_meeting_is_no_duplicate_to_merge(tmp_path: Path) -> None:
    """A new user's `fragments lint` warned of the shipped 同志们、朋友们： (座谈会, 欢送会) and said to `dedupe --apply`,
    which keeps one fragment's tags: the other meeting would have lost its salutation."""
    from drafter.curate import similar
    from drafter.model import Fragment, Role, Source
    from tests.cli_runner import run

    frags = [Fragment(f"salutation.{kind}", Role.SALUTATION, "同志们、朋友们：", tags=(kind, "通用"), source=Source("s"))
             for kind in ("座谈会", "欢送会")]  # fmt: skip
    assert similar.near_duplicate_groups(frags, 90) == []
    same = [*frags, Fragment("salutation.again", Role.SALUTATION, "同志们、朋友们：", tags=("通用", "座谈会"), source=Source("s"))]
    assert [g.keep.id for g in similar.near_duplicate_groups(same, 90)] == ["salutation.座谈会"]
    result = run("fragments", "lint", "--library", "自带")
    assert result.exit_code == 0 and "近似重复" not in result.stdout, result.stdout


def test_fragments_edit_of_a_shipped_fragment_is_refused_before_the_editor_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`fragments edit salutation.comrades` opened the editor on the installed library and refused the edit once made."""
    import sys

    from drafter.curate import yamltext
    from tests.cli_runner import refused, run

    library = tmp_path / "自带"
    library.mkdir()
    (library / "frame.yaml").write_text(
        "- id: salutation.comrades\n  role: salutation\n  tags: [通用]\n  text: 同志们：\n"
        "  source: {authored: drafter 编写组, written: 2026-12}\n", encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(yamltext, "is_shipped_package", lambda path: Path(path).is_relative_to(library))
    opened = tmp_path / "opened"
    editor = tmp_path / "editor.py"
    editor.write_text(f"import pathlib\npathlib.Path({str(opened)!r}).write_text('yes')\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    refused(run("fragments", "edit", "salutation.comrades", "--library", str(library)), 1, "自带片段库随 drafter 安装，不能修改")
    assert not opened.exists()


def _drafted(folder: Path) -> Path:
    from tests.cli_runner import run

    speech = folder / "讲话.md"
    result = run("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县",
                 "--set", "meeting=全县安全生产工作会议", "-o", str(speech))  # fmt: skip
    assert result.exit_code == 0, result.output
    return speech


def test_update_of_the_record_itself_names_the_speech_to_update(tmp_path: Path) -> None:
    """`update 讲话.answers.yaml --points 4` said 找不到这份讲话稿的起草记录（讲话.answers.answers.yaml）."""
    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    record = tmp_path / "讲话.answers.yaml"
    text = refused(run("update", str(record), "--points", "4"), 2, "这是起草记录，不是讲话稿", f"drafter update {speech} …")
    assert "answers.answers" not in text


def test_update_of_a_missing_file_with_nothing_to_change_says_the_file_is_missing(tmp_path: Path) -> None:
    """`update 讲化.md` (misspelt, no option) said only 没有要改的内容."""
    from tests.cli_runner import refused, run

    _drafted(tmp_path)
    text = refused(run("update", str(tmp_path / "讲化.md")), 2, "讲话稿文件不存在")
    assert "没有要改的内容" not in text
    assert "没有要改的内容" in refused(run("update", str(tmp_path / "讲话.md")), 2)


def test_diff_against_sources_none_of_which_can_be_read_is_refused_not_all_new(tmp_path: Path) -> None:
    """`diff 讲话.md --against 讲话.md.bak` (or a binary .txt) said 复用 0.0%, every sentence 新写, exit 0."""
    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    backup = tmp_path / "讲话.md.orig"  # (a .bak is read as the file it backs up since newuser39)
    backup.write_bytes(speech.read_bytes())
    binary = tmp_path / "旧稿.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    for source in (backup, binary):
        text = refused(run("diff", str(speech), "--against", str(source)), 1, "来源都无法读取，没有可以对比的讲话稿", str(source))
        assert "复用" not in text
    readable = tmp_path / "旧稿" / "去年.md"
    readable.parent.mkdir()
    readable.write_bytes(speech.read_bytes())
    (readable.parent / "坏的.txt").write_bytes(binary.read_bytes())
    result = run("diff", str(speech), "--against", str(readable.parent))
    assert result.exit_code == 0 and "来源无法读取，已跳过" in result.output and "复用 " in result.output, result.output


def test_fragments_add_with_an_authored_source_stores_it_as_authored(tmp_path: Path) -> None:
    """`--source '{authored: 本单位, written: 2026-12}'` was stored as a speech id of that name, which lint then missed."""
    from tests.cli_runner import refused, run

    library = tmp_path / "库"
    library.mkdir()
    result = run("fragments", "add", "--library", str(library), "--id", "closing.own", "--role", "closing",
                 "--tag", "通用", "--text", "同志们，让我们加油干！", "--where", "结尾",
                 "--source", "{authored: 本单位, written: 2026-12}")  # fmt: skip
    assert result.exit_code == 0, result.output
    stored = (library / "closing.yaml").read_text(encoding="utf-8")
    assert "source: {authored: 本单位, written: 2026-12, where: 结尾}" in stored, stored
    shown = run("fragments", "show", "closing.own", "--library", str(library))
    assert "自行编写（本单位，2026-12）" in shown.output, shown.output
    refused(run("fragments", "add", "--library", str(library), "--id", "closing.b", "--role", "closing",
                "--text", "同志们！", "--source", "{authored: [本单位"), 2, "--source 的写法有误", "{authored: 本单位")  # fmt: skip
    text = refused(run("fragments", "add", "--library", str(library), "--id", "closing.c", "--role", "closing",
                       "--text", "同志们！"), 2, "还需要 --source")  # fmt: skip
    assert "{authored: 本单位, written: 2026-12}" in text


@pytest.mark.parametrize(("given", "points", "minutes"), [("points=四", 4, None), ("讲几点=4点", 4, None),
                                                         ("minutes=15分钟", None, 15), ("时长=十五", None, 15)])  # fmt: skip
def test_a_number_written_as_a_clerk_writes_it_is_taken(given: str, points: int | None, minutes: int | None) -> None:
    """`--set points=四` and `--set minutes=15分钟` were refused: 应是整数，而不是“四”."""
    from drafter.text import count_han
    from tests.cli_runner import run

    result = run("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县",
                 "--set", "meeting=全县安全生产工作会议", "--set", given)  # fmt: skip
    assert result.exit_code == 0, result.output
    if points:
        assert "我讲四点意见" in result.stdout and "## 四、" in result.stdout and "## 五、" not in result.stdout
    if minutes:
        assert 2700 <= count_han(result.stdout) <= 3300, count_han(result.stdout)


def test_a_number_that_is_none_says_how_to_write_it() -> None:
    from tests.cli_runner import refused, run

    refused(run("draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议",
                "--set", "points=3.5"), 2, "应是整数，而不是“3.5”", "写数字，如 4")  # fmt: skip


def test_update_takes_a_chinese_number_of_points(tmp_path: Path) -> None:
    from tests.cli_runner import run

    speech = _drafted(tmp_path)
    result = run("update", str(speech), "--set", "points=四")
    assert result.exit_code == 0, result.output
    assert "## 四、" in speech.read_text(encoding="utf-8")


def test_check_of_a_whole_archive_in_one_file_is_refused_at_once(tmp_path: Path) -> None:
    """A 10 MB text (a speech pasted 800 times) was checked for 76 seconds, on the web page as in the terminal."""
    import time

    from tests.cli_runner import refused, run

    archive = tmp_path / "合集.md"
    archive.write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n" + "今天，我们召开全县安全生产工作会议。\n" * 60_000, encoding="utf-8")
    started = time.monotonic()
    refused(run("check", str(archive)), 1, "文字过长", "上限 100 万字", "合集.md")
    assert time.monotonic() - started < 10


def test_draft_with_a_tag_no_fragment_carries_is_refused_with_the_near_ones() -> None:
    """`draft --tag 表彰x` drafted as if no tag were given, without a word."""
    from tests.cli_runner import refused, run

    base = ("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议")
    refused(run(*base, "--tag", "表彰x"), 2, "片段库中没有片段带标签“表彰x”", "表彰")
    assert run(*base, "--tag", "表彰").exit_code == 0


@pytest.mark.parametrize("command", [("draft", "--no-input", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议"),
                                     ("check", "讲话.md")])  # fmt: skip
def test_a_rate_out_of_range_is_named_back(command: tuple[str, ...]) -> None:
    """`--rate 500` said only --rate 应在 180–240 之间, not what it counts nor what was given."""
    from tests.cli_runner import refused, run

    refused(run(*command, "--rate", "500"), 2, "--rate（每分钟讲多少字）应在 180–240 之间，而不是 500")


def test_templates_given_as_a_file_is_said_to_be_a_file(tmp_path: Path) -> None:
    """`--templates 模板.yaml` (a file) said 模板目录不存在, though the file was there."""
    from tests.cli_runner import refused, run

    one = tmp_path / "模板.yaml"
    one.write_text("name: x\n", encoding="utf-8")
    text = refused(run("draft", "--no-input", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议",
                       "--templates", str(one)), 1, "这是一个文件，不是模板文件夹", str(one))  # fmt: skip
    assert "不存在" not in text


@pytest.mark.parametrize(("content", "dash"), [("清河县 全县安全生产工作会议\n", False), ("- place: 清河县\n", True)])
def test_an_answers_file_of_plain_words_is_told_how_to_write_a_line(tmp_path: Path, content: str, dash: bool) -> None:
    """`清河县 全县安全生产工作会议` said 答案文件顶层应是 名称: 值 的映射 and 行首不要写“- ”, though no line had a dash."""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text(content, encoding="utf-8")
    text = refused(run("draft", "--no-input", "-a", str(answers)), 2, "答案文件应一行写一项“名称: 值”", "地名: 清河县")
    assert ("行首不要写“- ”" in text) == dash and "顶层" not in text, text


def test_dedupe_of_fragments_one_wrote_oneself_keeps_who_wrote_the_merged_one(tmp_path: Path) -> None:
    """Merging an authored fragment wrote `also_from: [{speech: '', id: …}]`: who wrote it, and when, was lost."""
    from tests.cli_runner import run

    library = tmp_path / "库"
    library.mkdir()
    (library / "closing.yaml").write_text(
        "- id: closing.a1\n  role: closing\n  tags: [通用]\n  text: 同志们，让我们团结一心、真抓实干，把各项工作做得更好！\n"
        "  source: {authored: 本单位, written: 2026-12}\n\n"
        "- id: closing.a2\n  role: closing\n  tags: [通用]\n  text: 同志们，让我们团结一心、真抓实干，把各项工作做得更好吧！\n"
        "  source: {authored: 办公室, written: 2026-11}\n", encoding="utf-8")  # fmt: skip
    assert run("fragments", "dedupe", "--apply", "--library", str(library)).exit_code == 0
    text = (library / "closing.yaml").read_text(encoding="utf-8")
    assert "- {authored: 办公室, written: 2026-11, id: closing.a2}" in text and "speech: ''" not in text, text
    lint = run("fragments", "lint", "--library", str(library))
    assert lint.exit_code == 0 and "0 个错误，0 个警告" in lint.output, lint.output


def test_a_record_whose_fragment_is_gone_names_the_record_and_how_to_draft_again(tmp_path: Path) -> None:
    """A fragment deleted or merged away since the draft: replay and update said only 片段库中没有 id 为 … 的片段."""
    import re

    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    record = tmp_path / "讲话.answers.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(re.sub(r"- id: closing\.\S+", "- id: closing.merged-away", text, count=1), encoding="utf-8")
    said = ("起草记录用到的片段 closing.merged-away 已不在片段库中", f"drafter draft --no-input --answers {record} -o 新文件名")
    refused(run("draft", "--replay", str(record), "-o", str(tmp_path / "重现.md")), 1, *said)
    refused(run("update", str(speech), "--points", "4"), 1, *said)
    again = run("draft", "--no-input", "--no-history", "--answers", str(record), "-o", str(tmp_path / "新稿.md"))
    assert again.exit_code == 0, again.output


def test_answers_pasted_with_zero_width_characters_are_drafted_without_them() -> None:
    """`清河县\\u200b` (copied from a chat) was no place: 无法从地名“清河县​”推出, the name looking right on screen."""
    from tests.cli_runner import run

    result = run("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县\u200b",
                 "--set", "meeting=全县安全\u200d生产工作会议", "--set", 'achievements=["排查隐患\ufeff3200处"]')  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "按 清河县（县，上级 邢台市）" in result.stderr and "排查隐患3200处" in result.stdout
    assert not any(c in result.stdout for c in "\u200b\u200d\ufeff")


def test_answers_typed_in_traditional_characters_are_drafted_in_simplified() -> None:
    """`place=清河縣 meeting=全縣安全生產工作會議` said 无法从地名“清河縣”推出 and stopped."""
    from tests.cli_runner import run

    result = run("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河縣",
                 "--set", "meeting=全縣安全生產工作會議", "--set", "speaker=縣長 張三")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "答案里有繁体字，已按简体起草：清河县、全县安全生产工作会议" in result.stderr
    assert result.stdout.startswith("# 在全县安全生产工作会议上的讲话") and "（县长 张三）" in result.stdout
    kept = run("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=乾县", "--set", "meeting=全县安全生产工作会议")
    assert kept.exit_code == 0 and "乾县（县，上级 咸阳市）" in kept.stderr and "繁体" not in kept.stderr, kept.output


def test_an_output_name_without_a_suffix_says_so_with_an_example(tmp_path: Path) -> None:
    """`-o 讲话` said 不支持的输出格式 （无扩展名）."""
    from tests.cli_runner import refused, run

    text = refused(run("draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议",
                       "-o", str(tmp_path / "讲话")), 1, "输出文件名没有扩展名", "如 讲话.docx")  # fmt: skip
    assert "（无扩展名）" not in text


def test_fragments_add_with_a_misspelt_role_offers_the_near_one(tmp_path: Path) -> None:
    """`--role opning` listed every role, the one meant among them."""
    from tests.cli_runner import refused, run

    library = tmp_path / "库"
    library.mkdir()
    refused(run("fragments", "add", "--library", str(library), "--id", "opening.mine", "--role", "opning",
                "--text", "今天开会。", "--source", "{authored: 本单位, written: 2026-12}"),
            1, "未知的 role “opning”（是不是 opening？）")  # fmt: skip
