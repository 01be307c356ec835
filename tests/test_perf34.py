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
