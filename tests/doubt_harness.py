"""The harness of the doubt tests (test_doubt38, test_doubt39): a fixture of our own writing read by `drafter ingest` in
three spellings, and the doubt a clerk sees under the document."""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import opencc
from cli_runner import run

_S2T = opencc.OpenCC("s2t")
_HALF = str.maketrans("，：；！？（）", ",:;!?()")
# simplified; traditional (OpenCC); halfwidth punctuation (，：；！？（） as ,:;!?(), as many saved pages have it)
SCRIPTS = ["简", "繁", "半角"]


def spelled(text: str, script: str) -> str:
    if script == "繁":
        return _S2T.convert(text)
    if script == "半角":
        return text.translate(_HALF)
    return text


def copy(fixtures: Path, tmp_path: Path, name: str, script: str) -> Path:
    """The fixture `name`, written into tmp_path in `script`."""
    path = tmp_path / name
    path.write_text(spelled((fixtures / name).read_text(encoding="utf-8"), script), encoding="utf-8")
    return path


def ingest(fixtures: Path, tmp_path: Path, name: str, script: str, *more: str) -> str:
    """What `drafter ingest --dry-run` prints for the fixture (it must succeed)."""
    result = run("ingest", str(copy(fixtures, tmp_path, name, script)), "--dry-run", *more)
    assert result.exit_code == 0, result.output
    return result.stdout


def assert_doubted(out: str, signal: str, note: str, mark: str, script: str) -> None:
    """The fixture `<signal>-raise` is doubted with `note` (in simplified; in another spelling a doubt with `mark` naming
    the same lines: a quoted heading keeps the page's spelling) and listed at the end of the report."""
    said = [
        line.strip().removeprefix("注意：") for line in out.splitlines() if line.strip().startswith("注意：结构存疑：")
    ]
    if script == "简":
        assert note in said, out
    else:
        doubt = next((line for line in said if mark in line), "")
        assert doubt and re.findall(r"第 \d+ 行", doubt) == re.findall(r"第 \d+ 行", note), out
    assert f"1 篇结构存疑，入库前请核对：{signal}-raise-01" in out


def ingest_into(fixtures: Path, tmp_path: Path, name: str) -> tuple[list[Path], str]:
    """Ingest the fixture into a library and corpus under tmp_path: the fragment files written, and the front matter of
    the document's record (`<name without .txt>-01.md`)."""
    result = run(
        "ingest", str(copy(fixtures, tmp_path, name, "简")),
        "--library", str(tmp_path / "lib"), "--corpus", str(tmp_path / "corpus"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    record = (tmp_path / "corpus" / f"{name.removesuffix('.txt')}-01.md").read_text(encoding="utf-8")
    return list((tmp_path / "lib").rglob("*.yaml")), record.split("---\n")[1]


@lru_cache(maxsize=1)
def load_archive_eval() -> ModuleType:
    """bench/archive_eval.py, loaded as a module (it is a script, not a package module), once per worker: every test file
    that reads its figures shares it (registered, as its dataclasses need)."""
    spec = importlib.util.spec_from_file_location("archive_eval", Path(__file__).parents[1] / "bench" / "archive_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
