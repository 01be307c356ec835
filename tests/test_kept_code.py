"""Compiled code kept between CLI runs (regular expressions, dataclass methods): the same output, never trusted blindly."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SPEECH = (
    "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n\n"
    "一、提高认识\n\n要进一步提高思想认识，切实把安全生产摆在突出位置。\n"
)
DRAFT = ["draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drafter", *argv], capture_output=True, text=True, env=env, cwd=cwd)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path / "cache"), "DRAFTER_HOME": str(tmp_path / "home")}


def _regex_file(tmp_path: Path, kind: str = "regex") -> Path:
    files = list((tmp_path / "cache").glob(f"{kind}-*.pickle"))
    assert len(files) == 1
    return files[0]


GOLDEN = Path(__file__).parent / "golden" / "city" / "expected.md"


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory, _parsed_library: Path) -> Path:
    """A cache folder filled by a draft and a check of a golden draft, read by the two tests of what it keeps.

    Filled once for both (each filled its own: a draft with an empty cache parses the whole library). The draft
    is kept beside it (稿.md) as one of the texts the kept patterns are tried on: it is word for word the draft
    made without any cache (test_output_with_kept_patterns_is_word_for_word_the_output_without), which that
    test drew once more, with one more parse of the whole library.
    """
    folder = tmp_path_factory.mktemp("kept")
    shutil.copytree(_parsed_library, folder / "cache")  # the library's parse only, no code kept in it
    env = {**os.environ, "DRAFTER_CACHE_DIR": str(folder / "cache"), "DRAFTER_HOME": str(folder / "home")}
    draft = _run(DRAFT, env, folder)
    assert draft.returncode == 0 and "同志们" in draft.stdout
    (folder / "稿.md").write_text(draft.stdout, encoding="utf-8")
    assert _run(["check", str(GOLDEN)], env, folder).stdout  # check's own patterns too
    return folder


def test_output_with_kept_patterns_is_word_for_word_the_output_without(tmp_path, env, seed_library_cache):
    # The cache folder starts with the shipped library's parse and no kept code: the first draft kept what it
    # compiled all the same, without parsing the library again first (~2-5 CPU-s; a cold parse keeps no code).
    seed_library_cache(tmp_path / "cache")
    speech = tmp_path / "讲话.md"
    speech.write_text(SPEECH, encoding="utf-8")
    commands = [DRAFT, [*DRAFT, "--json"], ["check", str(speech)], ["check", str(speech), "--json"]]
    uncached = [_run(argv, {**env, "DRAFTER_NO_CACHE": "1"}, tmp_path) for argv in commands]
    for argv in commands:
        _run(argv, env, tmp_path)  # the first runs keep what they compiled
    kept = pickle.loads(_regex_file(tmp_path).read_bytes())["entries"]
    assert len(kept) > 50  # the drafting and check patterns, not a handful
    assert len(pickle.loads(_regex_file(tmp_path, "exec").read_bytes())["entries"]) > 100  # dataclass methods
    cached = [_run(argv, env, tmp_path) for argv in commands]
    for before, after in zip(uncached, cached, strict=True):
        assert (after.returncode, after.stdout, after.stderr) == (before.returncode, before.stdout, before.stderr)
    assert "同志们" in cached[0].stdout


def test_every_kept_pattern_builds_the_pattern_re_compiles(kept):
    import _sre

    draft = (kept / "稿.md").read_text(encoding="utf-8")
    texts = [draft, GOLDEN.read_text(encoding="utf-8"), SPEECH, "2026年1月1日，第十五个五年规划", "abc ABC 123 \t\n", ""]
    from drafter.regexcache import compile_arguments, entries_of

    entries = entries_of(pickle.loads(_regex_file(kept).read_bytes())["entries"])
    for (source, flags), kept in entries.items():
        ours, theirs = _sre.compile(source, *compile_arguments(kept)), re.compile(source, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
        for text in texts if isinstance(source, str) else [t.encode() for t in texts]:
            found = [(m.span(), m.groups()) for m in ours.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in theirs.finditer(text)], source


def test_every_kept_dataclass_method_is_the_code_exec_compiles(kept):
    import marshal

    from drafter.execcache import _number

    entries = [marshal.loads(entry) for entry in pickle.loads(_regex_file(kept, "exec").read_bytes())["entries"].values()]
    assert any("def __init__(" in source for source, _ in entries)
    for source, code in entries:
        assert code == compile(source, "<string>", "exec", dont_inherit=True)
    assert all(_number(source) == number
               for number, (source, _) in zip(pickle.loads(_regex_file(kept, "exec").read_bytes())["entries"], entries, strict=True))


@pytest.mark.parametrize("kind", ["regex", "exec"])
def test_a_damaged_file_is_ignored_and_written_afresh(tmp_path, env, kind):
    speech = tmp_path / "讲话.md"
    speech.write_text(SPEECH, encoding="utf-8")
    first = _run(["check", str(speech)], env, tmp_path)
    file = _regex_file(tmp_path, kind)
    file.write_bytes(b"\x80\x05not a pickle")
    again = _run(["check", str(speech)], env, tmp_path)
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, first.stderr)
    if kind == "exec":
        # A warm check makes no class and compiles nothing kept (startup52): the next command that does (the meetings'
        # table builds the kinds' records) finds the damaged file, ignores it and writes it afresh.
        assert _run(["meetings"], env, tmp_path).returncode == 0
    assert pickle.loads(file.read_bytes())["entries"]


DAMAGED_ENTRY = """
import marshal, pickle, sys, zlib
from dataclasses import dataclass
from drafter import execcache
from drafter.cachefile import cache_folder
stamp = execcache._stamp()
file = cache_folder() / f"exec-{zlib.crc32(stamp.encode()):08x}.pickle"
file.parent.mkdir(parents=True, exist_ok=True)
other = marshal.dumps(("y = 2\\n", compile("y = 2\\n", "<string>", "exec")))  # kept for another text
file.write_bytes(pickle.dumps({"stamp": stamp, "entries": {execcache._number("x = 1\\n"): b"\\xe3garbage",
                                                          execcache._number("z = 3\\n"): other}}))
assert execcache.install()
ns = {}
execcache._exec("x = 1\\n", ns)
execcache._exec("z = 3\\n", ns)
print(ns["x"], ns["z"], "y" in ns)
"""


def test_a_damaged_entry_is_compiled_afresh(tmp_path, env):
    out = subprocess.run([sys.executable, "-c", DAMAGED_ENTRY], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "1 3 False"


POISONED = """
import marshal, pickle, re, sys
from array import array
from drafter import regexcache
from drafter.cachefile import cache_folder
import _sre, zlib
stamp = regexcache._stamp(_sre)
file = cache_folder() / f"regex-{zlib.crc32(stamp.encode()):08x}.pickle"
file.parent.mkdir(parents=True, exist_ok=True)
words = regexcache._code_type(_sre)
bad = (0, array(words, [1, 2, 3, 999999]).tobytes(), 0, {}, ())  # code _sre refuses
wrong = (0, array(words, re._compiler._code(re._parser.parse("x", 0), 0)).tobytes(), 0, {}, ())
old = (0, [int(c) for c in re._compiler._code(re._parser.parse("q+", 0), 0)], 0, {}, ())  # another layout
odd = (0, b"\x01\x02\x03", 0, {}, ())  # not a whole number of code words
entries = {("a(b)c", 0): bad, ("garbage", "x"): wrong, ("q+", 0): old, ("(z)", 0): odd}
entries = {regexcache._number(key if key[1] != "x" else (key[0], 0)): marshal.dumps((key, kept)) for key, kept in entries.items()}
entries[regexcache._number(("w", 0))] = b"not a pickle"  # an entry's own pickle damaged
entries[regexcache._number(("v", 0))] = marshal.dumps((("u", 0), wrong))  # an entry kept for another pattern
file.write_bytes(pickle.dumps({"stamp": stamp, "entries": entries}))
assert regexcache.install()
m = re.compile("a(b)c").search("xxabcxx")
print(m.span(), m.groups(), re.compile("garbage").search("garbage").span(), re.compile("q+").search("aqqa").span(),
      re.compile("(z)").search("az").groups(), re.compile("w").search("aw").span(), re.compile("v").search("av").span())
"""


def test_an_entry_the_engine_refuses_is_compiled_afresh(tmp_path, env):
    out = subprocess.run([sys.executable, "-c", POISONED], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "(2, 5) ('b',) (0, 7) (1, 3) ('z',) (1, 2) (1, 2)"


def test_importing_drafter_as_a_library_leaves_re_alone(tmp_path, env):
    code = ("import re, dataclasses; from drafter import drafting, check\n"
            "print(re._compiler.compile.__module__, 'exec' in vars(dataclasses))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "re._compiler False"


def test_no_cache_folder_means_nothing_kept(tmp_path, env):
    code = "from drafter import execcache, regexcache; print(regexcache.install(), execcache.install())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**env, "DRAFTER_NO_CACHE": "1"}, check=True)
    assert out.stdout.strip() == "False False"
