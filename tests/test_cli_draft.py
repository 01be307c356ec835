"""`drafter draft` end to end through the CLI (exit codes, stderr, files)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from drafter.cli import app

runner = CliRunner()
BASE = ["draft", "--no-input", "--seed", "3"]


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_draft_to_stdout(mini_library):
    result = run(*BASE, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# 在全县妇女儿童工作会议上的讲话")
    assert "下面，我讲三点意见。" in result.stdout


def test_no_input_lists_every_missing_variable(mini_library):
    result = run(*BASE, "--library", str(mini_library))
    assert result.exit_code == 2
    assert "place" in result.stderr and "meeting" in result.stderr
    assert "缺少以下答案" in result.stderr
    assert "Traceback" not in result.output


def test_no_input_lists_fragment_variables(mini_library):
    result = run(
        *BASE, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议",
        "--pick", "ack.reporter",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "reporter" in result.stderr and "作工作报告的同志" in result.stderr


def test_prompts_only_for_what_is_used(mini_library):
    # place, meeting, level, superior, work, kind (derived: Enter confirms), awards, speeches,
    # upper, achievements, problems, tasks (one per line, empty ends), speaker, date, targets, reporter
    answers = "清河县\n全县妇女儿童工作会议\n" + "\n" * 6 + "\n" * 4 + "\n\n\n王芳\n"
    result = run("draft", "--seed", "1", "--library", str(mini_library), "--pick", "ack.reporter", input=answers)
    assert result.exit_code == 0, result.output
    assert "王芳同志作了很好的工作报告" in result.stdout
    assert "作工作报告的同志" in result.stderr
    assert "规划名称" not in result.stderr  # no fragment used plans: not asked
    assert "一年来的主要成绩" in result.stderr and "今年的重点工作" in result.stderr  # facts are optional


def test_facts_asked_one_per_line_land_in_the_draft(mini_library):
    answers = (
        "清河县\n全县妇女儿童工作会议\n" + "\n" * 4 + "\n\n"  # place … kind, awards, speeches
        + "全市妇女儿童工作会议精神\n\n"  # upper
        "新建儿童之家20个\n妇女“两癌”检查覆盖面扩大\n\n"  # achievements
        "\n"  # problems
        "\n"  # tasks
        "\n\n\n王芳\n"
    )
    result = run("draft", "--seed", "1", "--library", str(mini_library), "--pick", "ack.reporter", input=answers)
    assert result.exit_code == 0, result.output
    assert "认真学习贯彻全市妇女儿童工作会议精神" in result.stdout
    assert "一是新建儿童之家20个；二是妇女“两癌”检查覆盖面扩大。" in result.stdout


def test_output_file_record_and_replay(mini_library, tmp_path):
    out = tmp_path / "讲话.md"
    args = ["--library", str(mini_library), "--set", "place=南通市", "--set", "meeting=全市妇女儿童工作会议"]
    first = run(*BASE, *args, "--set", 'targets=["全市新建儿童之家50个"]', "-o", str(out))
    assert first.exit_code == 0, first.output
    record = tmp_path / "讲话.answers.yaml"
    assert record.is_file()
    recorded = record.read_text(encoding="utf-8")
    assert "seed: 3" in recorded and "fragments:" in recorded and "speech: s-01" in recorded
    replay = run("draft", "--library", str(mini_library), "--replay", str(record))
    assert replay.exit_code == 0, replay.output
    assert replay.stdout == out.read_text(encoding="utf-8")


def test_answers_file_and_flag_precedence(mini_library, write):
    answers = write("a.yaml", "place: 南通市\nmeeting: 全市妇女儿童工作会议\n")
    result = run(*BASE, "--library", str(mini_library), "--answers", str(answers), "--set", "place=海门区")
    assert result.exit_code == 0, result.output
    assert "我区" in result.stdout and "我市" not in result.stdout


def test_txt_output_has_no_markdown(mini_library, tmp_path):
    out = tmp_path / "d.txt"
    result = run(*BASE, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("在全县妇女儿童工作会议上的讲话\n") and "#" not in text


def test_json_output(mini_library):
    result = run(*BASE, "--json", "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议")
    data = json.loads(result.stdout)
    assert data["points"] == 3 and data["text"].startswith("# ")
    assert {f["role"] for f in data["fragments"]} >= {"opening", "point", "closing"}


def test_bad_inputs_give_chinese_messages(mini_library, tmp_path):
    cases = [
        (["--set", "place"], 2, "名称=值"),
        (["--set", "place=清河县", "--set", "meeting=全县会议", "--template", "演讲"], 1, "没有名为“演讲”的模板"),
        (["--set", "place=清河县", "--set", "meeting=全县会议", "--points", "9"], 2, "要点数应在 2–6"),
        (["--set", "place=花果山", "--set", "meeting=全县会议"], 2, "level：层级"),
        (["--set", "place=清河县", "--set", "meeting=全县会议", "--pick", "nope"], 1, "没有 id 为 nope"),
        (["--set", "place=清河县", "--set", "meeting=全县会议", "-o", str(tmp_path / "no/such/dir.md")], 1, "目标目录不存在"),
        (["--set", "place=清河县", "--set", "meeting=全县会议", "-o", str(tmp_path / "x.odt")], 1, "不支持的输出格式"),
    ]
    for extra, code, message in cases:
        result = run(*BASE, "--library", str(mini_library), *extra)
        assert result.exit_code == code, (extra, result.output)
        assert message in result.stderr, (extra, result.stderr)
        assert "Traceback" not in result.output
    missing = run(*BASE, "--library", str(tmp_path / "nowhere"))
    assert missing.exit_code == 1 and "片段库目录不存在" in missing.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith("drafter ")
    help_text = run("draft", "--help").stdout
    assert "示例" in help_text and "--no-input" in help_text


def test_joint_meeting_gets_the_joint_template(mini_library):
    result = run(*BASE, "--json", "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女维权联席会议")
    assert json.loads(result.stdout)["template"] == "joint-meeting"


def test_unsafe_library_is_refused_from_the_cli(mini_library):
    evil = "- id: opening.evil\n  role: opening\n  text: \"{{ ''.__class__.__mro__[1].__subclasses__() }}\"\n  source: {speech: x}\n"
    (mini_library / "evil.yaml").write_text(evil, encoding="utf-8")
    result = run(*BASE, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议")
    assert result.exit_code == 1
    assert "evil.yaml:1" in result.stderr and "不安全" in result.stderr
    assert "Traceback" not in result.output and result.stdout == ""


def test_level_is_asked_when_the_place_does_not_tell(mini_library):
    # place, meeting, level, work, kind, awards, speeches, four optional facts, speaker, date, targets
    answers = "花果山\n全县妇女儿童工作会议\n县\n" + "\n" * 4 + "\n" * 4 + "\n\n\n"
    result = run("draft", "--seed", "1", "--library", str(mini_library), input=answers)
    assert result.exit_code == 0, result.output
    assert "层级" in result.stderr and "我县" in result.stdout


def test_awards_question_brings_in_the_praise(mini_library):
    base = ["draft", "--seed", "0", "--library", str(mini_library)]
    with_awards = run(*base, input="清河县\n全县妇女儿童工作会议\n\n\n\n\n是\n\n" + "\n" * 4 + "\n\n\n")
    assert with_awards.exit_code == 0, with_awards.output
    assert "会上是否表彰先进" in with_awards.stderr
    assert "向受到表彰的先进集体和先进个人表示热烈的祝贺" in with_awards.stdout
    flag = run(*BASE, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议",
               "--set", "awards=是", "--seed", "0")  # fmt: skip
    assert "表彰" in flag.stdout
    wrong = run(*BASE, "--library", str(mini_library), "--set", "place=清河县", "--set", "meeting=全县会议", "--set", "awards=也许")
    assert wrong.exit_code == 2 and "是、否" in wrong.stderr


def test_the_audience_is_reported():
    """全市民营企业家座谈会: drafter says it speaks to entrepreneurs (stderr) and reports it (--json)."""
    result = run(*BASE, "--json", "--set", "place=南通市", "--set", "meeting=全市民营企业家座谈会")
    data = json.loads(result.stdout)
    assert data["audience"] == "企业家" and data["work"] == "民营经济工作" and data["kind"] == "座谈会"
    assert "（听众：企业家）" in result.stderr
    assert data["text"].split("\n\n")[1] == "各位企业家朋友，同志们："


def test_a_meeting_name_that_names_no_work_is_asked_again(mini_library):
    """A clerk who typed the place again as the meeting was offered 清河县工作 as the work; now the name is asked again."""
    # place, meeting (wrong), level, superior, meeting again, work, kind, awards, speeches, facts, speaker, date, targets
    answers = "清河县\n清河县\n\n\n全县妇女儿童工作会议\n" + "\n" * 4 + "\n" * 4 + "\n\n\n"
    result = run("draft", "--seed", "1", "--library", str(mini_library), input=answers)
    assert result.exit_code == 0, result.output
    assert "会议名称“清河县”看不出是哪项工作的会议" in result.stderr and "清河县工作" not in result.stderr
    assert "\n# 在全县妇女儿童工作会议上的讲话\n" in result.stdout  # (the runner echoes the typed input)


def test_a_work_the_library_has_nothing_on_is_said_before_the_draft_is_handed_in():
    # 对台 has no material (外事 has since works37): every point is general wording, and the writer must be told so, with what to do.
    bare = run(*BASE, "--set", "place=清河县", "--set", "meeting=全县对台工作会议")
    assert bare.exit_code == 0, bare.output
    assert "片段库里没有“对台工作”的专门内容" in bare.stderr and "--set tasks=" in bare.stderr
    # A work the library knows, and a kind with points of its own, draw no such note.
    for meeting in ("全县安全生产工作会议", "全县见义勇为先进个人表彰大会"):
        known = run(*BASE, "--set", "place=清河县", "--set", f"meeting={meeting}")
        assert known.exit_code == 0, known.output
        assert "专门内容" not in known.stderr, meeting
