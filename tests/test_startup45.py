"""A draft written with -o writes its record without PyYAML (#18, startup45), byte for byte as yaml.safe_dump writes it.

What a user notices: the record beside a draft is the file it always was (it replays to the same draft, `update`
reads it), and a first `drafter draft -o` no longer pays for importing PyYAML (~1× `python -c pass`).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys

import yaml

from drafter import answers
from drafter.answers import record_yaml


def _safe_dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def test_a_text_of_several_lines_is_written_as_yaml_safe_dump_writes_it(monkeypatch) -> None:
    """Texts of many lines as a draft's are (long paragraphs, blank lines, headings with a space, quotes, spaces
    past column 100 that PyYAML folds, leading and trailing breaks), and some the emitters write otherwise (a tab, a
    space before a break, a line separator), under keys plain or quoted."""
    written = 0
    quoted = answers._single_quoted_pair

    def counted(key: object, value: object) -> str | None:
        nonlocal written
        out = quoted(key, value)
        written += out is not None
        return out

    monkeypatch.setattr(answers, "_single_quoted_pair", counted)
    rng = random.Random(45)
    pieces = ["同志们：", "我们", "要", "高质量发展", "，", "。", "、", "“十五五”", "《规划》", "（一）", "## 一、", "# ",
              "a", "b", " ", " ", "  ", "'", "''", "\n", "\n", "\n\n", "\n\n\n", "12", "true", "：", "#", "- ", "x y",
              "…", "　", "\xa0"]  # fmt: skip
    rare = ["\t", "\x85", "😀", "\ufeff", " \n", "\n "]  # (a line separator: see the report of startup45)
    keys = ["text", "正文", "true", "a b", "2026-12", "k"]
    for round_ in range(3000):
        size = rng.choice([3, 20, 80, 200, 600])
        chosen = [rng.choice(pieces) for _ in range(size)]
        if rng.random() < 0.3:  # long lines of words and spaces: folded past column 100
            chosen += [rng.choice(["甲乙", "ab", "丙"]) + " " for _ in range(rng.randint(40, 90))]
        if rng.random() < 0.1:
            chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(rare))
        text = "".join(chosen)
        data = {"drafter": "0.2.0", "seed": round_, rng.choice(keys): text}
        assert record_yaml(data) == _safe_dump(data), data
    assert written > 400  # the direct way was taken often enough to have been tested (the others: the dumper)


def test_a_plain_scalar_is_quoted_exactly_where_pyyaml_reads_it_as_another_type() -> None:
    """`_implicit_type` (PyYAML's implicit resolvers, without importing PyYAML) against PyYAML's resolver."""
    resolver = yaml.resolver.Resolver()
    rng = random.Random(4545)
    alphabet = "0123456789_.-:+eExXbBoOyYnNtTfFaAlLsSuUrR ~=<清"
    samples = ["yes", "Yes", "YES", "no", "No", "on", "Off", "true", "False", "null", "Null", "NULL", "~", "", "0",
               "00", "07", "08", "0b101", "0x1F", "0x", "1_000", "1.5", "1.", "1e3", "1.5e+3", "1.5e3", "12:30",
               "1:20.5", "2026-12-05", "2026-1-5 1:02:03", "2026-12", "<<", "=", ".5", ".inf", ".NaN", "-1", "+1",
               "清河县", "drafter 编写组", "opening.women-children", "3fa.1", "y", "n", "nO"]  # fmt: skip
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in samples:
        tag = resolver.resolve(yaml.ScalarNode, text, (True, False))
        assert answers._implicit_type(text) == (tag != "tag:yaml.org,2002:str"), (text, tag)


def test_a_draft_written_with_o_loads_no_yaml(tmp_path, monkeypatch, seed_library_cache) -> None:
    """A first draft written to a new file, then again over it with --force, in a fresh interpreter: its record is
    written without PyYAML, and reads back (with PyYAML) as the draft it was written beside."""
    from tests.test_startup import _LOADED_BY_MAIN, _bare

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    seed_library_cache()
    argv = ["draft", "--no-input", "--seed", "3", "--set", "place=城关镇", "--set", "meeting=全镇防汛工作会议"]
    python, env = _bare(dict(os.environ))
    for _ in range(2):  # the first drafts fill the caches (tables, templates and the CLI spec, read from YAML once)
        subprocess.run([*python, "-c", _LOADED_BY_MAIN, *argv], capture_output=True, text=True, env=env, check=True)
    written = tmp_path / "讲话.md"
    for extra in (["-o", str(written)], ["--force", "-o", str(written)]):
        out = subprocess.run([*python, "-c", _LOADED_BY_MAIN, *argv, *extra], capture_output=True, text=True, env=env)
        assert out.returncode == 0 and "已写入" in out.stderr, out.stderr
        loaded = set(out.stderr.splitlines()[-1].split())
        assert "drafter.outputs" in loaded and "yaml" not in loaded, extra
        record = yaml.safe_load((tmp_path / "讲话.answers.yaml").read_text(encoding="utf-8"))
        assert record["text"] == written.read_text(encoding="utf-8")
        assert record["answers"]["place"] == "城关镇" and record["seed"] == 3
    assert sys.modules.get("yaml") is not None  # (this process reads records with PyYAML, as `update` does)
