"""perf40 (#18): the `drafter` command imports nothing before handing over, and kept patterns skip re's `_compile`.

Two cuts, each checked against what it replaced: bin/drafter (setup.py installs it outside Windows in place of the
wrapper pip < 25.0 writes, which imports `re` first) must run `drafter.cli.script` exactly as that wrapper did, and
a pattern drafter.regexcache builds from its kept code must be the Pattern re compiles, for every way of asking
(re.compile, re.search with a string, flags as RegexFlag or int), while what it does not serve — Pattern objects,
DEBUG, TEMPLATE, bad arguments — still gets re's own answer, warnings and errors included.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
COMMAND = REPO / "bin" / "drafter"

# bin/drafter run as a script by a bare interpreter (-S: no site, so no editable install's finder, which imports
# modules of its own), with a stand-in drafter.cli whose script() says which modules the command had imported.
_STAND_IN = """
import sys, types
command = sys.argv[1]
sys.argv[:] = [command, *sys.argv[2:]]
seen = {}
def script():
    seen["modules"] = sorted(m for m in ("re", "enum", "functools", "collections") if m in sys.modules)
    seen["argv"] = list(sys.argv)
    return 7
package = types.ModuleType("drafter"); package.__path__ = []
cli = types.ModuleType("drafter.cli"); cli.script = script
sys.modules.update({"drafter": package, "drafter.cli": cli})
try:
    with open(command, encoding="utf-8") as handle:
        exec(compile(handle.read(), command, "exec"), {"__name__": "__main__"})
except SystemExit as exc:
    seen["code"] = exc.code
sys.stdout.write(repr(seen))
"""


def test_the_drafter_command_hands_over_before_importing_re():
    """What pip < 25.0's wrapper cost every command (~23 M instructions of a 38 M interpreter start): gone, with the
    argv and exit code handed through untouched."""
    out = subprocess.run([sys.executable, "-S", "-c", _STAND_IN, str(COMMAND), "check", "讲话.md", "--json"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    seen = eval(out.stdout)  # noqa: S307 - our own repr of lists and an int
    assert seen == {"modules": [], "argv": [str(COMMAND), "check", "讲话.md", "--json"], "code": 7}


def test_the_drafter_command_runs_drafter(tmp_path):
    """The file itself, as pip installs it: a Python script that runs drafter's CLI (help, a check's exit code)."""
    assert COMMAND.read_text(encoding="utf-8").startswith("#!/usr/bin/env python3\n")
    assert os.access(COMMAND, os.X_OK)
    env = {**os.environ, "PYTHONPATH": str(REPO), "DRAFTER_NO_RESIDENT": "1", "DRAFTER_CACHE_DIR": str(tmp_path / "c"),
           "DRAFTER_HOME": str(tmp_path / "home")}  # fmt: skip
    speech = tmp_path / "讲话.md"
    speech.write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n",
                      encoding="utf-8")  # fmt: skip
    ours = subprocess.run([sys.executable, str(COMMAND), "check", str(speech), "--json"], capture_output=True,
                          text=True, env=env, cwd=tmp_path)  # fmt: skip
    module = subprocess.run([sys.executable, "-m", "drafter", "check", str(speech), "--json"], capture_output=True,
                            text=True, env=env, cwd=tmp_path)  # fmt: skip
    assert ours.returncode == module.returncode and not ours.stderr, ours.stderr
    assert json.loads(ours.stdout) == json.loads(module.stdout)
    assert "用法" in subprocess.run([sys.executable, str(COMMAND), "--help"], capture_output=True, text=True, env=env).stdout


def test_setup_installs_the_command_outside_windows_and_the_entry_point_on_it():
    setup = (REPO / "setup.py").read_text(encoding="utf-8")
    assert '"scripts": ["bin/drafter"]' in setup and '"drafter = drafter.cli:script"' in setup
    assert "bin/drafter" in (REPO / "MANIFEST.in").read_text(encoding="utf-8")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "[project.scripts]" not in pyproject and 'dynamic = ["scripts"]' in pyproject


# Patterns as drafter's modules write them: groups, named groups, lookarounds, classes, Chinese text, flags.
PATTERNS = [
    (r"(?P<lv>[省市县区乡镇])委[、]?(?P=lv)(?:人民)?政府", 0),
    (r"(?<![全我各乡])副?(?!乡镇)(?P<lv>[省市县区乡镇]|街道)(?:委(?:副)?书记|委常委)", 0),
    (r"^\s*(?:(?P<d>\d{1,2})(?:、|[.．](?!\d))|(?P<c>[一二三四五六七八九十]+)、)", "M"),
    (r"safety|SAFETY\s+first", "I"),
    (r"(\d{4})年\s*(\d{1,2})月", "M|S"),
    (r"[，。；！？]", "U"),
    (r"(a)(b)?(?(2)c|d)", 0),
    (r"同志们[：:]", "A"),
]
TEXTS = ["县委、县政府召开会议，县委县政府提出要求。", "副县长、县委副书记、乡镇党委书记出席。", "一、提高认识\n2．压实责任\n（三）抓好落实",
         "Safety first, SAFETY  FIRST", "2026年 12月，2025年3月", "同志们：今天开会。", "abc abd ad ac"]  # fmt: skip

_PATTERNS_RUN = """
import json, re, sys, warnings
from drafter import regexcache
installed = regexcache.install()
patterns, texts = json.loads(sys.argv[1]), json.loads(sys.argv[2])
def flags_of(spec, as_int):
    value = 0
    for name in str(spec).split("|"):
        value |= getattr(re, name) if name != "0" else 0
    return int(value) if as_int else (re.RegexFlag(value) if value else 0)
out = {"installed": installed, "wrapped": re._compile.__module__ == "drafter.regexcache", "patterns": []}
for pattern, spec in patterns:
    for as_int in (False, True):
        flags = flags_of(spec, as_int)
        p = re.compile(pattern, flags)
        assert re.compile(pattern, flags) is p
        found = [[m.span(), m.groups(), m.groupdict()] for t in texts for m in p.finditer(t)]
        searched = [bool(re.search(pattern, t, flags)) for t in texts]
        out["patterns"].append([p.pattern, int(p.flags), p.groups, dict(p.groupindex), found, searched])
out["built"] = len(regexcache._built)
# what the cache does not keep gets re's own answers
p = re.compile("x+")
out["same_object"] = re.compile(p) is p
for bad in ([1], None, 3):
    try:
        re.compile(bad)
    except TypeError as exc:
        out.setdefault("errors", []).append(str(exc))
try:
    re.compile(p, re.I)
except ValueError as exc:
    out["pattern_with_flags"] = str(exc)
out["bytes"] = re.compile(rb"a(b)", re.I).match(b"AB").groups() == (b"B",)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.compile("tt", re.TEMPLATE)
out["template_warns"] = any(issubclass(w.category, DeprecationWarning) for w in caught)
print(json.dumps(out, ensure_ascii=False))
"""


def _patterns_run(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", _PATTERNS_RUN, json.dumps(PATTERNS), json.dumps(TEXTS)],
                          capture_output=True, text=True, env=env, check=True)  # fmt: skip
    return json.loads(done.stdout)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path / "cache"), "DRAFTER_HOME": str(tmp_path / "home")}


def test_kept_patterns_are_the_patterns_re_compiles_however_asked(env):
    plain = _patterns_run({**env, "DRAFTER_NO_CACHE": "1"})  # re alone: no cache folder, nothing installed
    first = _patterns_run(env)  # compiles and keeps them
    kept = _patterns_run(env)  # builds them from the kept code, past re._compile
    assert (plain["installed"], first["installed"], kept["installed"]) == (False, True, True)
    assert not plain["wrapped"] and kept["wrapped"]
    assert first["built"] == kept["built"] == len(PATTERNS)  # int and RegexFlag flags: one entry each
    for run in (first, kept):
        assert run["patterns"] == plain["patterns"]
        for key in ("same_object", "errors", "pattern_with_flags", "bytes", "template_warns"):
            assert run[key] == plain[key], key
    assert plain["same_object"] and plain["bytes"] and plain["template_warns"] and len(plain["errors"]) == 3


_CHECK_IMPORT = """
import re
from drafter import regexcache
regexcache.install()
before = set(re._cache)
import drafter.check, drafter.check.places, drafter.check.lines
print(len(regexcache._built), len(set(re._cache) - before), len(regexcache._used))
"""


def test_a_check_builds_its_patterns_from_the_cache_once_it_is_warm(env, tmp_path):
    """The check's ~480 module-level patterns: after one run every one comes from the kept code, none through
    re's `_compile` (which put each into re's own cache)."""
    speech = tmp_path / "讲话.md"
    speech.write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "drafter", "check", str(speech)], capture_output=True, env={**env, "DRAFTER_NO_RESIDENT": "1"})
    built, through_re, kept = map(int, subprocess.run([sys.executable, "-c", _CHECK_IMPORT], capture_output=True,
                                                      text=True, env=env, check=True).stdout.split())  # fmt: skip
    assert built > 300 and through_re == 0 and kept == built, (built, through_re, kept)
