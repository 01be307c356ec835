"""perf34 (#18): a new draft written with -o through the resident — the same files, cheaper to write.

Behaviour only (timing lives in bench/): the record's YAML is what yaml.safe_dump writes however often a value is
met again; outputs.json's journal keeps what drafter wrote, survives a writer killed mid-line, and never lets an
edited draft be overwritten; the cache folder follows the environment of each command.
"""

from __future__ import annotations

import pytest

yaml = pytest.importorskip("yaml")


def _safe_dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def test_a_record_is_the_yaml_safe_dump_writes_when_its_values_come_again() -> None:
    """The resolver's answers are kept per value: a string that reads as another type (true, 1, null, a date)
    is still quoted the second and third time it is written, a plain one still plain."""
    from drafter.answers import record_yaml

    tricky = ["true", "True", "yes", "no", "on", "1", "0x1f", "1.5", "1e3", ".inf", "null", "~", "", "2026-12-05",
              "12:30", "0o17", "-", "!", "&a", "*b", "- x", "a: b", "# c", "=", "<<", "清河县", "全县安全生产工作会议"]  # fmt: skip
    for _ in range(3):
        for value in tricky:
            data = {"drafter": "0.2.0", "seed": 7, "options": {"rate": 200, "max_source_share": 0.3, "avoid": []},
                    "answers": {"place": value, "list": [value, "甲"]}, "fragments": [{"id": value, "role": "opening"}],
                    "output": {"file": "讲话.md", "sha256": value}, "text": f"{value}\n同志们：\n"}  # fmt: skip
            assert record_yaml(data) == _safe_dump(data), value


def test_an_atomic_write_still_refuses_what_it_refused_and_keeps_the_file_mode(tmp_path) -> None:
    """One stat of the file and one of its folder say what five said: a folder, a read-only file, a missing folder,
    a file where a folder should be are refused in the same words; a rewritten file keeps its mode, a new one 644."""
    from drafter.errors import DrafterError
    from drafter.files import check_writable, write_text_atomic

    with pytest.raises(DrafterError, match="这是一个文件夹"):
        write_text_atomic(tmp_path, "x")
    with pytest.raises(DrafterError, match="目标目录不存在"):
        write_text_atomic(tmp_path / "没有" / "讲话.md", "x")
    (tmp_path / "文件").write_text("x", encoding="utf-8")
    with pytest.raises(DrafterError, match="不是目录"):
        check_writable(tmp_path / "文件" / "讲话.md")
    locked = tmp_path / "只读.md"
    locked.write_text("原文", encoding="utf-8")
    locked.chmod(0o444)
    # the mode bit is read, not the kernel's answer: root is refused too
    with pytest.raises(DrafterError, match="只读"):
        write_text_atomic(locked, "新")
    assert locked.read_text(encoding="utf-8") == "原文"
    private = tmp_path / "私人.md"
    private.write_text("旧", encoding="utf-8")
    private.chmod(0o600)
    write_text_atomic(private, "新")
    assert private.read_text(encoding="utf-8") == "新" and private.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "新.md"
    write_text_atomic(fresh, "新")
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_what_drafter_wrote_is_known_from_the_journal_and_after_a_merge(tmp_path, monkeypatch) -> None:
    """Each file written is one line of outputs.log: still known after the journal is merged into outputs.json, an
    edited file is not drafter's any more, and a line cut short by a killed writer costs only that line."""
    import json

    from drafter import outputs

    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    files = [tmp_path / f"稿{n}.md" for n in range(12)]
    for n, path in enumerate(files[:6]):
        path.write_text(f"第{n}稿", encoding="utf-8")
        outputs.remember_output(path)
    lines = [line for line in outputs.journal_file().read_text(encoding="utf-8").splitlines() if line]
    assert not outputs.state_file().exists() and len(lines) == 6
    assert all(outputs.was_written_by_drafter(p) for p in files[:6])
    with outputs.journal_file().open("a", encoding="utf-8") as journal:
        journal.write('\n["' + str(files[0].resolve()) + '", "0123')  # killed mid-line, after writing 稿0
    files[1].write_text("改过的第1稿", encoding="utf-8")  # edited by hand since
    monkeypatch.setattr(outputs, "_JOURNAL_MAX", 600)  # merge once the journal passes 600 bytes
    for n, path in enumerate(files[6:], start=6):
        path.write_text(f"第{n}稿", encoding="utf-8")
        outputs.remember_output(path)
    state = json.loads(outputs.state_file().read_text(encoding="utf-8"))
    assert str(files[0].resolve()) in state and outputs.journal_file().stat().st_size < 600
    assert outputs.was_written_by_drafter(files[0]), "the cut line took nothing from the line before it"
    assert not outputs.was_written_by_drafter(files[1])
    assert all(outputs.was_written_by_drafter(p) for p in [files[0], *files[2:]])
    with pytest.raises(outputs.OverwriteError, match="被改过"):
        outputs.check_output(files[1])
    outputs.check_output(files[2])  # unchanged since drafter wrote it: may be replaced


_KILLED_WRITER = """
import sys
from pathlib import Path
from drafter import history, outputs
outputs._JOURNAL_MAX = 2000  # merge often
folder = Path(sys.argv[1])
answers = {"place": "清河县", "meeting": "全县安全生产工作会议"}
n = 0
while True:
    n += 1
    path = folder / f"稿{n % 50}.md"
    path.write_text(f"第{n}稿", encoding="utf-8")
    outputs.remember_output(path)
    history.remember(answers, "同志们：" + "字" * (n % 997) + "完")
    if n == 20:
        print("writing", flush=True)
"""


@pytest.mark.parametrize("delay", [0.05, 0.13, 0.31])
def test_a_writer_killed_at_any_moment_leaves_the_state_and_the_history_whole(tmp_path, delay) -> None:
    """kill -9 while files are being noted and the history kept: outputs.json is the old or the whole new file (or
    none yet), its journal reads but for one last line, and the history's entry is one whole draft."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    from drafter import history, outputs

    env = {**os.environ, "DRAFTER_HOME": str(tmp_path / "home")}
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(tmp_path)], env=env,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    old = os.environ.get("DRAFTER_HOME")
    os.environ["DRAFTER_HOME"] = env["DRAFTER_HOME"]
    try:
        state = outputs.state_file()
        if state.exists():
            assert isinstance(json.loads(state.read_text(encoding="utf-8")), dict)
        lines = [ln for ln in outputs.journal_file().read_text(encoding="utf-8").split("\n") if ln]
        for line in lines[:-1]:
            assert len(json.loads(line)) == 2
        known = outputs._load()
        assert len(known) >= 20 and all(len(v) == 64 for v in known.values())
        texts = history.history_texts({"place": "清河县", "meeting": "全县安全生产工作会议", "date": "2000年1月1日"})
        assert len(texts) == 1 and texts[0].startswith("同志们：") and texts[0].endswith("完")
    finally:
        if old is None:
            del os.environ["DRAFTER_HOME"]
        else:
            os.environ["DRAFTER_HOME"] = old


def test_the_cache_folder_follows_each_commands_environment(tmp_path, monkeypatch) -> None:
    """Kept for the environment it was found in: another DRAFTER_CACHE_DIR, XDG_CACHE_HOME or HOME (the resident's
    worker sets each command's) or DRAFTER_NO_CACHE is another answer at once."""
    from drafter.cachefile import cache_folder

    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "一"))
    assert cache_folder() == tmp_path / "一" and cache_folder() == tmp_path / "一"
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "二"))
    assert cache_folder() == tmp_path / "二"
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    assert cache_folder() is None
    monkeypatch.delenv("DRAFTER_NO_CACHE")
    monkeypatch.delenv("DRAFTER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "drafter"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "家"))
    assert cache_folder() == tmp_path / "家" / ".cache" / "drafter"


def test_a_meetings_seasons_are_the_same_however_often_asked_and_a_caller_cannot_change_them() -> None:
    from drafter.meeting import seasons_of

    first = seasons_of("全县岁末年初安全生产工作会议")
    assert first and seasons_of("全县岁末年初安全生产工作会议") == first
    first.add("夏季")
    assert "夏季" not in seasons_of("全县岁末年初安全生产工作会议")
    assert seasons_of("全县防汛工作会议", "2026年6月1日") != seasons_of("全县防汛工作会议", "2026年12月1日")


def test_stale_cache_versions_go_when_a_version_is_written_and_a_rewrite_looks_once_an_hour(tmp_path, monkeypatch) -> None:
    """A new version of a cache looks for stale ones at once; the same file written again (the check's learnt answers,
    after most new drafts of a long run) looks once an hour, not with a listing of the whole folder each time."""
    import os
    import time

    from drafter import cachefile

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cachefile, "_PRUNED", {})
    folder = tmp_path / "cache"
    folder.mkdir()

    def stale(name: str) -> None:
        (folder / name).write_bytes(b"x")
        os.utime(folder / name, (time.time() - 3 * 86400,) * 2)

    stale("answers-old1.pickle")
    cachefile.write_cached("answers", "k1", {"a": 1})
    assert not (folder / "answers-old1.pickle").exists()  # the first write of the process looks
    stale("answers-old2.pickle")
    cachefile.write_cached("answers", "k1", {"a": 2})
    assert (folder / "answers-old2.pickle").exists()  # the same file again: not within the hour
    assert cachefile.read_cached("answers", "k1") == {"a": 2}
    later = time.monotonic() + cachefile._PRUNE_EVERY + 1
    monkeypatch.setattr(cachefile.time, "monotonic", lambda: later)
    cachefile.write_cached("answers", "k1", {"a": 3})
    assert not (folder / "answers-old2.pickle").exists()  # an hour later it looks again
    stale("answers-old3.pickle")
    cachefile.write_cached("answers", "k2", {"a": 4})
    assert not (folder / "answers-old3.pickle").exists() and (folder / "answers-k1.pickle").exists()  # a new version
