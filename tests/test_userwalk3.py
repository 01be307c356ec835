"""Every command as a new user and as an attacker runs it (branch userwalk3).

Found by walking the README from a non-editable install in an empty folder, then with hostile input:
no command listed the meeting kinds and works drafter knows (they were only in README and docs/works.md);
a 镇人大常委会会议 was drafted with no word that a town has no such standing committee; an answers file
saved by Notepad as “Unicode” (UTF-16 with a BOM, which YAML allows) was refused as not UTF-8, and a GBK
one was told to “check that the file exists”; and a writer killed outright (kill -9) in the middle of an
ingest or a library write left hidden `.讲话.md.xxxx.tmp` files that nothing ever removed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import refused, run

# ---------------------------------------------------------------- drafter meetings / drafter works


def test_meetings_lists_every_kind_the_drafting_tells_apart_with_its_levels_and_what_its_speech_does() -> None:
    from drafter.meeting import load_meeting_table

    result = run("meetings", "--json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    kinds = load_meeting_table().kinds
    assert [m["name"] for m in listed] == list(kinds)  # the table the drafting reads, in its order
    by_name = {m["name"]: m for m in listed}
    assert by_name["推进会"]["description"].startswith("推进会上的讲话")  # the template's own line
    assert "现场会" in by_name["推进会"]["endings"]
    assert by_name["工作会议"]["levels"] == ["省", "市", "县", "区", "乡", "镇", "街道"]
    assert by_name["人大常委会会议"]["levels"] == ["省", "市", "县", "区"]
    assert by_name["座谈会"]["points"] == {"default": 3, "min": 2, "max": 4}
    text = run("meetings").stdout
    assert "人大常委会会议  [省、市、县、区；" in text and "推进会  [各级；" in text
    assert f"共 {len(kinds)} 种会议" in text


def test_works_lists_every_work_of_the_topic_table_with_levels_words_and_parts() -> None:
    from drafter.topics import load_topics

    result = run("works", "--json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [w["work"] for w in listed] == [t.tag for t in load_topics()]
    by_tag = {w["work"]: w for w in listed}
    assert by_tag["国资国企"]["levels"] == ["省", "市", "县", "区"]  # only county and above have material
    assert by_tag["安全生产"]["levels"][-3:] == ["乡", "镇", "街道"]
    assert "消防" in by_tag["安全生产"]["parts"] and "事故警示大会" not in by_tag["安全生产"]["parts"]
    assert "安委会" in by_tag["安全生产"]["words"]
    assert by_tag["森林防火"]["file"] == "fragments/topics/forest-fire.yaml"
    text = run("works").stdout
    assert "国资国企  [省、市、县、区]" in text and "安全生产  [各级]" in text


def test_a_level_keeps_what_is_held_or_written_there_and_a_wrong_level_is_refused() -> None:
    town_meetings = run("meetings", "--level", "镇").stdout
    assert "推进会" in town_meetings and "人大常委会会议" not in town_meetings
    town_works = run("works", "--level", "镇", "--json").stdout
    assert "国资国企" not in {w["work"] for w in json.loads(town_works)}
    refused(run("works", "--level", "乡镇"), 2, "不认识层级“乡镇”", "省、市、县、区、乡、镇、街道")
    refused(run("meetings", "--level", "县级市"), 2, "县级市、市辖区写 县 或 区")


def test_listing_imports_neither_the_drafting_nor_the_command_line_framework() -> None:
    """#18: a listing is start-up sensitive; it reads two tables (and the templates), nothing more."""
    code = (
        "import sys\nfrom drafter.cli import fast\n"
        "for argv in (['works'], ['meetings']):\n"
        "    try:\n        fast.run(argv)\n    except SystemExit:\n        pass\n"
        "print(' '.join(sys.modules), file=sys.stderr)"
    )
    subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=600, check=True)  # fills the caches
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=True)
    loaded = set(out.stderr.split())
    assert {"drafter.cli.works", "drafter.cli.meetings", "drafter.catalog"} <= loaded
    heavy = {"typer", "click", "jinja2", "drafter.drafting", "drafter.render", "drafter.library.load", "rapidfuzz"}
    assert loaded.isdisjoint(heavy), loaded & heavy
    assert "国资国企" in out.stdout and "人大常委会会议" in out.stdout


def test_the_level_tags_of_the_listing_are_the_fragments_level_tags() -> None:
    from drafter.catalog import LEVELS
    from drafter.model import LEVEL_TAGS

    assert LEVELS == LEVEL_TAGS


def test_a_town_standing_committee_meeting_is_drafted_with_a_note_to_check_the_place() -> None:
    result = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", "place=葛仙庄镇",
                 "--set", "meeting=镇人大常委会第三次会议")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "人大常委会会议只在省、市、县、区一级召开（乡、镇设人大主席团" in result.stderr
    assert "drafter meetings" in result.stderr


# ---------------------------------------------------------------- answers saved by Notepad


ANSWERS = "place: 清河县\nmeeting: 全县安全生产工作会议\nplans: 十五五安全生产规划\n"


def test_an_answers_file_saved_as_unicode_by_notepad_is_read() -> None:
    from drafter.library.yamlio import decode_yaml

    for encoding in ("utf-16", "utf-16-be", "utf-8-sig"):
        data = ANSWERS.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        assert decode_yaml(data) == ANSWERS


def test_a_gbk_answers_file_is_named_with_its_line_and_how_to_resave_it(tmp_path: Path) -> None:
    answers = tmp_path / "答案.yaml"
    answers.write_bytes(("# 清河县的安全生产会议\n" + ANSWERS).encode("gbk"))
    text = refused(run("draft", "--no-input", "--answers", str(answers)), 2, "答案.yaml:1", "GBK", "另存为", "UTF-8")
    assert "是否存在" not in text


def test_an_answers_file_of_utf16_drafts_as_its_utf8_twin_would(tmp_path: Path) -> None:
    unicode, plain = tmp_path / "u16.yaml", tmp_path / "u8.yaml"
    unicode.write_bytes(ANSWERS.encode("utf-16"))
    plain.write_bytes(ANSWERS.encode("utf-8"))
    args = ("draft", "--no-input", "--seed", "2", "--no-history", "--answers")
    first, second = run(*args, str(unicode)), run(*args, str(plain))
    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout


# ---------------------------------------------------------------- kill -9 in the middle of a write


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporaries_left_by_a_killed_writer_are_removed_by_the_next_write(tmp_path: Path) -> None:
    from drafter.files import write_text_atomic

    dead = tmp_path / f".s01-01.md.{_dead_pid()}.k3jx9a_q.tmp"  # kill -9 during an ingest's write
    live = tmp_path / f".s02-01.md.{os.getppid()}.abcdefgh.tmp"  # another writer, still at work
    theirs = tmp_path / ".notes.tmp"  # not a temporary of drafter's
    for leftover in (dead, live, theirs):
        leftover.write_text("半截", encoding="utf-8")
    write_text_atomic(tmp_path / "s03-01.md", "全文")
    assert not dead.exists() and live.exists() and theirs.exists()
    assert (tmp_path / "s03-01.md").read_text(encoding="utf-8") == "全文"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == sorted([live.name, theirs.name])


@pytest.mark.parametrize("when", [2, 6])
def test_an_ingest_killed_outright_leaves_nothing_half_written_and_a_rerun_completes_it(tmp_path: Path, when: int) -> None:
    """kill -9 once `when` files are on disk (no signal handler runs); the rerun's result is a clean run's."""
    import signal
    import time

    speeches = tmp_path / "旧讲话"
    speeches.mkdir()
    for n in range(8):
        (speeches / f"讲话{n}.md").write_text(
            f"# 在全县第{n}次工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县第{n}次工作会议。下面，我讲两点意见。\n\n"
            f"## 一、提高认识\n\n要把第{n}项工作摆在突出位置，认真研究部署。\n\n## 二、狠抓落实\n\n要把第{n}项任务落到实处。\n\n"
            "同志们，让我们共同努力！\n",
            encoding="utf-8",
        )
    env = {**os.environ, "DRAFTER_HOME": str(tmp_path / "ws"), "DRAFTER_NO_FAST": "1"}
    drafter = [sys.executable, "-m", "drafter", "ingest", str(speeches)]
    ws = tmp_path / "ws"
    child = subprocess.Popen(drafter, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while child.poll() is None and time.monotonic() < deadline:
        if sum(1 for p in ws.rglob("*") if p.is_file()) >= when:
            child.send_signal(signal.SIGKILL)
            break
        time.sleep(0.001)
    child.wait(timeout=300)
    rerun = subprocess.run(drafter, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert not [p for p in ws.rglob("*") if p.name.endswith(".tmp")]
    corpus = sorted((ws / "corpus").glob("*.md"))
    assert len(corpus) == 8
    assert all(p.read_text(encoding="utf-8").rstrip().endswith("同志们，让我们共同努力！") for p in corpus)
    lint = subprocess.run([*drafter[:3], "fragments", "lint"], env=env, capture_output=True, text=True, timeout=600)
    assert "[YAML 格式]" not in lint.stdout and "[片段格式]" not in lint.stdout


# ---------------------------------------------------------------- a shared fragment that loops or grows


def _library_with(tmp_path: Path, text: str) -> Path:
    library = tmp_path / "共享片段库"
    library.mkdir()
    (library / "shared.yaml").write_text(
        "- id: opening.shared\n  role: opening\n  tags: [通用]\n"
        "  variables: {tasks: {prompt: 任务, type: list}}\n"
        f"  text: \"{text}今天我们开会。\"\n  source: {{authored: 外单位, written: 2026-12}}\n",
        encoding="utf-8",
    )
    return library


def test_loops_that_would_run_for_minutes_are_refused_before_anything_runs(tmp_path: Path) -> None:
    """Three loops nested over 50 tasks, forty times over: 5 million steps that write nothing (a draft of minutes)."""
    nest = "{% for a in tasks %}{% for b in tasks %}{% for c in tasks %}{% if a %}{% endif %}{% endfor %}{% endfor %}{% endfor %}"
    library = _library_with(tmp_path, nest * 40)
    result = run("fragments", "lint", "--library", str(library))
    assert result.exit_code == 3
    assert "shared.yaml:1" in result.stdout and "循环总共可能执行超过 300000 次" in result.stdout
    refused(run("draft", "--no-input", "--library", str(library), "--set", "place=清河县",
                "--set", "meeting=全县安全生产工作会议"), 1, "循环总共可能执行超过")  # fmt: skip


def test_two_loops_over_the_users_lists_are_still_a_fragment() -> None:
    from drafter.errors import FragmentFormatError
    from drafter.library import check_safe
    from drafter.library.jinja import parse_jinja

    text = "{% for a in tasks %}{% for b in targets %}{{ a }}{{ b }}{% endfor %}{% endfor %}"
    check_safe(parse_jinja(text, {}), {})
    with pytest.raises(FragmentFormatError, match="循环总共可能执行超过"):
        check_safe(parse_jinja("{% for a in tasks|join %}{% for b in tasks|join %}{% endfor %}{% endfor %}", {}), {})


@pytest.mark.parametrize("piece", ["{{ a }}", "{{ a|trim }}"])  # the plain renderer's text, and Jinja's
def test_a_text_whose_output_grows_past_the_limit_stops_there_not_after_hundreds_of_megabytes(piece: str) -> None:
    import tracemalloc

    from drafter.errors import RenderError
    from drafter.render.sandbox import render_text

    tracemalloc.start()
    try:
        with pytest.raises(RenderError, match="输出超过 2000000 字"):
            render_text(piece * 2000, {"a": "任" * 20_000})  # 40 million characters, 160 MB, if it ran to its end
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, peak


def test_a_shared_template_whose_skeleton_loops_for_minutes_is_refused_at_load(tmp_path: Path) -> None:
    """A skeleton of the plain shape is read without Jinja: the plain reader counts loop steps as Jinja's check does."""
    shipped = Path(__file__).resolve().parents[1] / "templates" / "summary.yaml"
    folder = tmp_path / "模板"
    folder.mkdir()
    nest = "{% for a in points %}{% for b in points %}{% for c in points %}{% endfor %}{% endfor %}{% endfor %}"
    text = shipped.read_text(encoding="utf-8").replace("  # {{ title }}\n", f"  # {{{{ title }}}}{nest * 20}\n", 1)
    assert nest in text
    (folder / "summary.yaml").write_text(text, encoding="utf-8")
    refused(run("templates", "list", "--templates", str(folder)), 1, "summary.yaml:", "循环总共可能执行超过 300000 次")
