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
