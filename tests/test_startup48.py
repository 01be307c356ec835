"""startup48 (#18): the kept-regex file stays bounded however many speeches are checked, and the place scan reads its
prefixes from the gazetteer's cache file as it built them.

Every command reads the whole kept-regex file at its start; patterns a command builds from a speech's own text (a
place's name, a phrase it repeats) were kept for ever, so the file grew with every new speech checked (465 KB-3 MB
seen) and every start with it. A user would notice a cache folder that only grows and commands that slowly get slower.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = """
import re, sys
from drafter import regexcache
regexcache._MAX_AGE = int(sys.argv[1])
regexcache._MAX_ENTRIES = int(sys.argv[2])
assert regexcache.install()
re.compile("shared(a|b)+c")  # what every run uses (a rule's pattern)
for word in sys.argv[3:]:
    re.compile(re.escape(word) + "[县市]")  # what a speech's own text makes (a place's name)
"""

READ = """
import _sre, zlib
from drafter import regexcache
from drafter.cachefile import cache_folder, stamped_entries
stamp = regexcache._stamp(_sre)
file = cache_folder() / f"regex-{zlib.crc32(stamp.encode()):08x}.pickle"
print(" ".join(sorted(pattern for pattern, _ in regexcache.entries_of(stamped_entries(file, stamp)))))
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path / "cache"), "DRAFTER_HOME": str(tmp_path / "home")}


def _run(env: dict[str, str], age: int, cap: int, *words: str) -> None:
    subprocess.run([sys.executable, "-c", RUN, str(age), str(cap), *words], env=env, check=True)


def _kept(env: dict[str, str], everything: bool = False) -> list[str]:
    """The patterns of the file: the tests' own (or `everything`, with those drafter's modules compile on import)."""
    out = subprocess.run([sys.executable, "-c", READ], env=env, capture_output=True, text=True, check=True)
    return [p for p in out.stdout.split() if everything or p.startswith("shared") or p.endswith("[县市]")]


def test_a_pattern_no_run_used_for_long_is_dropped_and_one_in_use_stays(env):
    _run(env, 1, 100, "甲乙")
    _run(env, 1, 100, "丙丁")
    assert _kept(env) == ["shared(a|b)+c", "丙丁[县市]", "甲乙[县市]"]
    _run(env, 1, 100, "戊己")  # two saves since 甲乙 was last used: dropped; the shared pattern is used by each run
    assert _kept(env) == ["shared(a|b)+c", "丙丁[县市]", "戊己[县市]"]


def test_the_file_keeps_at_most_its_cap_and_keeps_what_was_used_last(env):
    _run(env, 100, 3, "甲乙", "丙丁")
    _run(env, 100, 3, "戊己", "庚辛")  # the second run used three of these and drafter's own: the first run's two go
    assert len(_kept(env, everything=True)) == 3
    assert not {"甲乙[县市]", "丙丁[县市]"} & set(_kept(env))


def test_the_place_scan_finds_the_same_names_from_a_built_and_a_cached_gazetteer():
    import pickle

    from drafter.gazetteer import _build_gazetteer, _scan

    built = _build_gazetteer()
    cached = pickle.loads(pickle.dumps(built))  # what the cache file holds: the prefixes as two texts
    assert cached._prefixes == built._prefixes
    text = "清河县、邢台市和广安区，推广安装，马鞍山市和县，内蒙古自治区鄂尔多斯市鄂托克旗，江门，赴广安"
    found = _scan(text, cached._prefixes, cached._starts)
    assert found == _scan(text, built._prefixes, built._starts)
    assert (0, "清河县") in found and (4, "邢台市") in found
