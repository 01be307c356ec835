"""Session 36's new user: a plain `pip install`, every command, then the wrong input and hostile files of a busy office.

Each test here failed before its fix (branch newuser36).
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("place: [清河县]", "“地名”只能写一项文字，而这里写成了列表"),
        ("speaker: {name: 张三}", "“讲话人”只能写一项文字，而这里写成了“名称: 值”的表"),
        ("date: [2026]", "“讲话日期”只能写一项文字"),
        ("awards: [是]", "“会上是否表彰先进”只能写一项文字"),
        ("points: [3]", "“讲几点意见”只能写一个整数"),
    ],
)
def test_an_answers_file_list_where_one_text_is_wanted_is_said_at_its_line(
    tmp_path: Path, line: str, said: str
) -> None:
    """`speaker: [县长 张三]` put （['县长 张三']） under the title; `place: [清河县]` said 无法从地名“['清河县']”推出."""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text(f"meeting: 全县安全生产工作会议\nplace: 清河县\n{line}\n".replace("place: 清河县\nplace", "place"),
                       encoding="utf-8")  # fmt: skip
    text = refused(run("draft", "--no-input", "--no-history", "-a", str(answers)), 2, said)
    assert "答案.yaml:" in text and "[" not in text.split("处理办法")[0].split(said)[1], text


def test_a_set_answer_given_as_a_json_list_where_one_text_is_wanted_is_refused() -> None:
    """`--set speaker='["县长 张三"]'` drafted a speech whose byline read （['县长 张三']）."""
    from tests.cli_runner import refused, run

    result = run("draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议",
                 "--set", 'speaker=["县长 张三"]')  # fmt: skip
    text = refused(result, 2, "“讲话人”只能写一项文字", "--set speaker=县长 张三")
    assert "['" not in result.stdout + text


def test_serve_with_a_library_that_does_not_exist_is_refused_before_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve --library 片段库拼错` started, and every page of 片段库 then said the folder did not exist."""
    import uvicorn

    from tests.cli_runner import refused, run

    def started(*args: object, **kwargs: object) -> None:
        raise SystemExit("服务已启动")

    monkeypatch.setattr(uvicorn, "run", started)
    text = refused(
        run("serve", "--library", str(tmp_path / "没有这个库"), "--port", "1"),
        1,
        "片段库目录不存在",
    )
    assert "没有这个库" in text


@pytest.mark.parametrize(
    ("host", "said"),
    [("nosuch.invalid", "找不到名为“nosuch.invalid”的地址"), ("192.0.2.1", "本机没有这个地址")],
)
def test_serve_on_a_host_that_is_not_this_computer_says_so_not_to_change_the_port(
    host: str, said: str
) -> None:
    """A host name that does not resolve said 系统错误, and both it and a foreign address said 端口可能已被占用."""
    from tests.cli_runner import refused, run

    text = refused(
        run("serve", "--host", host, "--token", "清河口令2026", "--port", "8765"), 2, said, "--host 0.0.0.0"
    )
    assert "端口可能已被占用" not in text and "系统错误" not in text


def _fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "echo 'Warning: failed to launch javaldx - java may not function correctly'; kill -9 $$",
            "中途被终止，SIGKILL",
        ),
        ("exit 77", "出错退出，退出码 77"),
    ],
)
def test_a_libreoffice_killed_or_failing_is_said_with_the_pdf_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, said: str
) -> None:
    """LibreOffice killed mid-conversion said “没有生成 PDF：speech.pdf（Warning: failed to launch javaldx …）”:
    a file of drafter's temporary folder and LibreOffice's English, not the user's file nor what happened."""
    from drafter.export import pdf
    from tests.cli_runner import refused, run

    monkeypatch.setattr(pdf, "find_soffice", lambda: _fake_soffice(tmp_path, body))
    speech = tmp_path / "讲话.md"
    speech.write_text(
        "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天召开会议。\n", encoding="utf-8"
    )
    out = tmp_path / "讲话.pdf"
    text = refused(run("export", str(speech), "-o", str(out)), 1, "讲话.pdf", "没有生成 PDF", said)
    assert "speech.pdf" not in text and "Warning" not in text and "javaldx" not in text
    assert not out.exists()


def test_a_draft_to_pdf_without_libreoffice_is_refused_before_drafting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`draft -o 讲话.pdf` with no LibreOffice drafted the speech, then said LibreOffice was missing: the draft
    was lost (README: an -o that cannot be written is said before drafting)."""
    from drafter.export import pdf
    from tests.cli_runner import refused, run

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    out = tmp_path / "讲话.pdf"
    result = run("draft", "--no-input", "--no-history", "--set", "place=清河县",
                 "--set", "meeting=全县安全生产工作会议", "-o", str(out))  # fmt: skip
    refused(result, 1, "讲话.pdf", "需要 LibreOffice")
    assert (
        "原创度" not in result.output and "按 清河县" not in result.output
    )  # nothing drafted first
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fid", ["../../evil", "a/b", ".hidden"])
def test_fragments_add_of_an_id_that_reads_as_a_path_is_refused(tmp_path: Path, fid: str) -> None:
    """`fragments add --id ../../evil` was added: the web page refuses every address with “..” (and an id with “/”
    is no page of it), so the fragment could be neither shown nor edited there."""
    from tests.cli_runner import refused, run

    library = tmp_path / "lib"
    library.mkdir()
    mine = library / "mine.yaml"
    mine.write_text(
        "- id: mine.one\n  role: closing\n  text: 同志们，让我们携手奋进。\n"
        "  source: {authored: 本单位, written: 2026-12}\n",
        encoding="utf-8",
    )
    before = mine.read_bytes()
    result = run("fragments", "add", "--library", str(library), "--id", fid, "--role", "closing",
                 "--text", "同志们，让我们一起努力奋斗。", "--source", "本单位")  # fmt: skip
    refused(result, 2, f"id “{fid}”不能含有斜杠")
    assert mine.read_bytes() == before and sorted(p.name for p in library.iterdir()) == [
        "mine.yaml"
    ]


def test_fragments_add_of_a_dotted_id_is_added_as_before(tmp_path: Path) -> None:
    from tests.cli_runner import run

    library = tmp_path / "lib"
    library.mkdir()
    result = run("fragments", "add", "--library", str(library), "--id", "closing.mine-1", "--role", "closing",
                 "--text", "同志们，让我们一起努力奋斗。", "--source", "本单位")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "closing.mine-1" in "".join(
        p.read_text(encoding="utf-8") for p in library.glob("*.yaml")
    )


@pytest.mark.parametrize(
    "meeting",
    [
        "2026年全县十五五开局之年经济工作会议",
        "全县2026年“十五五”开局之年经济工作会议",
        "“十五五”开局之年全县经济工作会议",
    ],
)
def test_the_plan_s_first_year_with_a_year_or_before_the_scope_is_no_part_of_the_work(
    meeting: str,
) -> None:
    """全市“十五五”开局之年经济工作会议 was read right (lead35), but with a year said too the work was
    十五五开局之年经济工作 (确保十五五开局之年经济工作的各项措施落到实处), and before the scope it was 全县经济工作."""
    from drafter.meeting import parse_meeting

    parsed = parse_meeting(meeting, "清河县")
    assert parsed.work == "经济工作", parsed
    assert parsed.year == "2026", parsed


@pytest.mark.parametrize(
    ("meeting", "work"),
    [
        ("县应急管理局、县消防救援大队2026年全县消防安全工作会议", "消防安全工作"),
        ("县农业农村局、县水利局全县防汛抗旱工作会议", "防汛抗旱工作"),
        ("县委组织部、县人社局全县人才工作会议", "人才工作"),
        ("县委、县政府全县经济工作会议", "经济工作"),
    ],
)
def test_units_that_call_a_meeting_together_are_no_part_of_its_work(
    meeting: str, work: str
) -> None:
    """Two bureaus calling one meeting: the work was 、县消防救援大队2026年全县消防安全工作 (said in the headings:
    确保、县水利局全县防汛抗旱工作…); the callers' scope before the meeting's made it 全县经济工作."""
    from drafter.meeting import parse_meeting

    assert parse_meeting(meeting, "清河县").work == work


def test_check_level_jiedao_says_to_give_the_place_instead(tmp_path: Path) -> None:
    """`check --level 街道` (a level `meetings` and `works` take) said only 层级应为 省、市、县、区、乡、镇 之一,
    with nothing on how to check a 街道's speech (its --place does)."""
    from tests.cli_runner import refused, run

    speech = tmp_path / "讲话.md"
    speech.write_text(
        "# 在全街道安全生产工作会议上的讲话\n\n同志们：\n\n今天召开会议。\n", encoding="utf-8"
    )
    refused(run("check", str(speech), "--level", "街道"), 2, "未知的层级“街道”", "--place 城关街道")
    assert run("check", str(speech), "--place", "城关街道").exit_code == 0


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        ("tasks: &a [*a]", "第 1 条又写成了列表或表"),
        ("tasks:\n  - 开展隐患排查\n  - [甲, 乙]", "第 2 条又写成了列表或表"),
    ],
)
def test_a_list_answer_holding_a_list_is_refused_not_written_as_brackets(
    tmp_path: Path, lines: str, said: str
) -> None:
    """`tasks: &a [*a]` (a list holding itself) drafted 今年还有一项工作要专门强调，就是[[...]]。"""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text(f"place: 清河县\nmeeting: 全县安全生产工作会议\n{lines}\n", encoding="utf-8")
    result = run("draft", "--no-input", "--no-history", "-a", str(answers))
    refused(result, 2, "答案.yaml:3", said)
    assert "[[" not in result.stdout


def test_a_mapping_holding_itself_is_not_said_to_have_a_tab(tmp_path: Path) -> None:
    """`place: &p {a: *p}`: PyYAML's “unconstructable recursive node” holds “tab”, so it said 用了制表符（Tab）."""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text("place: &p {a: *p}\nmeeting: 全县安全生产工作会议\n", encoding="utf-8")
    text = refused(
        run("draft", "--no-input", "--no-history", "-a", str(answers)),
        2,
        "答案.yaml:1",
        "引用了它自己",
    )
    assert "制表符" not in text and "Tab" not in text


def test_a_long_title_is_broken_without_trying_every_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """`export` of a speech whose title is 120 characters never ended: every way to cut 40 words into 5 lines was
    scored one by one (a 100-character title took 8 s, a 120-character one over a minute)."""
    import itertools

    from drafter.export import title

    real = itertools.combinations

    def counted(pool, r):  # type: ignore[no-untyped-def]
        for n, cut in enumerate(real(pool, r)):
            assert n < 100_000, "every split of the title tried one by one"
            yield cut

    monkeypatch.setattr(itertools, "combinations", counted)
    heading = "在" + ("全县安全生产工作" * 20)[:150] + "会议上的讲话"
    lines = title.break_title(heading, 26)
    assert "".join(lines) == heading
    assert all(len(line) <= 26 for line in lines) and len(lines) <= 9
    # a title of a few words is still cut the exact way (the trapezoid, 暨 opening the second line)
    short = title.break_title("在全县安全生产工作会议暨安全生产月活动启动仪式上的讲话", 26)
    assert short == ["在全县安全生产工作会议", "暨安全生产月活动启动仪式上的讲话"]


def test_a_negative_seed_is_refused_before_a_record_replay_would_refuse_is_written(
    tmp_path: Path,
) -> None:
    """`draft --seed -1 -o 讲话.md` wrote a record that `--replay` and `update` then refused as broken
    (起草记录中 seed 应是非负整数 … 改坏了可以删去它)."""
    from tests.cli_runner import refused, run

    out = tmp_path / "讲话.md"
    result = run("draft", "--no-input", "--no-history", "--set", "place=清河县",
                 "--set", "meeting=全县安全生产工作会议", "--seed", "-1", "-o", str(out))  # fmt: skip
    refused(result, 2, "--seed 应是不小于 0 的整数")
    assert list(tmp_path.iterdir()) == []


def test_diff_max_source_share_given_as_draft_s_percentage_says_how_to_write_it(
    tmp_path: Path,
) -> None:
    """`draft --max-source-share 30` is a percentage; `diff --max-source-share 30` said only 应在 0 到 1 之间."""
    from tests.cli_runner import refused, run

    speech = tmp_path / "讲话.md"
    speech.write_text(
        "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天召开会议。\n", encoding="utf-8"
    )
    refused(run("diff", str(speech), "--max-source-share", "30"), 2, "30% 写作 0.3")


def test_a_doc_whose_libreoffice_was_killed_is_not_said_to_be_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice killed while converting a .doc: `check` said the file 可能已损坏，或不是 Word/WPS 文档."""
    import os

    from tests.cli_runner import refused, run

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_soffice(bin_dir, "kill -9 $$")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    doc = tmp_path / "旧讲话.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    text = refused(run("check", str(doc)), 1, "旧讲话.doc", "中途被终止", "SIGKILL", "再运行一次")
    assert "已损坏" not in text


def test_update_of_a_deleted_draft_whose_record_remains_says_how_to_write_it_again(
    tmp_path: Path,
) -> None:
    """The draft deleted (or moved), its record beside: `update` said only 讲话稿文件不存在，检查路径."""
    from tests.cli_runner import refused, run

    out = tmp_path / "讲话.md"
    drafted = run("draft", "--no-input", "--no-history", "--set", "place=清河县",
                  "--set", "meeting=全县安全生产工作会议", "-o", str(out))  # fmt: skip
    assert drafted.exit_code == 0, drafted.output
    out.unlink()
    text = refused(
        run("update", str(out), "--points", "4"), 2, "讲话稿文件不存在", "drafter draft --replay"
    )
    assert "讲话.answers.yaml" in text
    again = run("draft", "--replay", str(tmp_path / "讲话.answers.yaml"), "-o", str(out))
    assert again.exit_code == 0 and out.is_file(), again.output


@pytest.mark.parametrize(
    ("shell", "code", "said"), [("bash", 0, "已为 bash 安装命令补全"), ("tcsh", 1, "只支持")]
)
def test_install_completion_is_said_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str, code: int, said: str
) -> None:
    """`drafter --install-completion` said “bash completion installed in … Completion will take effect once you
    restart the terminal” (Typer's English), and “Shell tcsh is not supported.”"""
    from typer import completion

    from tests.cli_runner import run

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(completion, "_get_shell_name", lambda: shell)
    result = run("--install-completion")
    assert result.exit_code == code, result.output
    assert (
        said in result.output
        and "installed" not in result.output
        and "not supported" not in result.output
    )


def test_a_file_name_too_long_for_its_temporary_is_refused_before_drafting(tmp_path: Path) -> None:
    """`-o` with an 80-character name (243 bytes, a name the disk takes): the draft was made, then its temporary
    (.<name>.<pid>.<random>.tmp) did not fit and it said “.：无法在该目录写文件（文件名太长）…检查目录权限”."""
    from tests.cli_runner import refused, run

    out = tmp_path / ("讲" * 80 + ".md")
    result = run("draft", "--no-input", "--no-history", "--set", "place=清河县",
                 "--set", "meeting=全县安全生产工作会议", "-o", str(out))  # fmt: skip
    text = refused(result, 1, "文件名太长", "用短一些的文件名")
    assert "原创度" not in result.output and "检查目录权限" not in text
    assert list(tmp_path.iterdir()) == []


def test_a_meeting_name_pasted_across_two_lines_is_joined_not_split_in_the_title() -> None:
    """A name copied where it wrapped: the title read “# 在全县安全生产” and the body began “工作会议上的讲话”."""
    from tests.cli_runner import run

    result = run("draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县",
                 "--set", "meeting=全县安全生产\n工作会议")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "# 在全县安全生产工作会议上的讲话"


def test_a_place_holding_a_terminal_colour_code_is_refused_not_said_missing() -> None:
    """清\\x1b[31m河县 (copied from a coloured terminal) was said to be missing from the gazetteer as “清河县”."""
    from tests.cli_runner import refused, run

    result = run("draft", "--no-input", "--no-history", "--set", "place=清\x1b[31m河县",
                 "--set", "meeting=全县安全生产工作会议")  # fmt: skip
    refused(result, 2, "“地名”里有看不见的控制字符")


def test_fragments_add_missing_written_says_how_to_write_source(tmp_path: Path) -> None:
    """`source: {authored: 本单位}` was told 缺少必填的键 written and nothing more: no 处理办法."""
    from typer.testing import CliRunner

    from drafter.cli import app

    library = tmp_path / "lib"
    library.mkdir()
    snippet = "- id: mine.one\n  role: closing\n  text: 同志们，让我们携手奋进。\n  source: {authored: 本单位}\n"
    result = CliRunner().invoke(app, ["fragments", "add", "--library", str(library)], input=snippet)
    assert result.exit_code == 1, result.output
    assert "缺少必填的键 written" in result.stderr
    assert "处理办法：补上这一项，如 source: {authored: 本单位, written: 2026-12}" in result.stderr
