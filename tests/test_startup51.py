"""#18 (startup51): what a warm `draft` and `check` cost, bounded by counts that do not move with the machine's load.

Session 49 made `check` of the README's draft ~500× `python -c pass` and a plain draft ~350× (voice.py read jieba's
whole ~5 MB dictionary for every bare two-character name it met) and the whole suite passed: no test bounded what a
command costs. Speed is measured in bench/ (bench_startup.py, startup_instructions.py), never timed here; this file
bounds what is deterministic for the same input and warm caches instead, in a process of its own (the CLI as a user
runs it): the Python and builtin function calls (sys.setprofile), the files opened and the bytes read (an audit hook,
/proc/self/io's rchar), and the peak memory (VmHWM). Each bound is about 2.5× what main needs today (startup51),
so that a change of the drafts or rules never trips it but a regression of the kind above does: session 49's code
(c7070f5a) read 34 dictionaries (180 MB) in one warm check of the README's draft, and 170 (880 MB) in one warm draft.
A bound that fails after an intended change: measure with bench/startup_instructions.py first, then move it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
README_DRAFT = ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议"]

# Counted in the command's process (argv after -c: the command's own), written to COUNTS_OUT at exit: atexit runs
# before fast.leave's os._exit, and this handler, registered first, runs last.
_COUNTED = """
import atexit, os, sys
out = os.environ.pop("COUNTS_OUT")
calls, opened = [0], []

def hook(event, args):
    if event == "open" and args and args[0] is not None:
        opened.append(os.fsdecode(args[0]) if not isinstance(args[0], int) else str(args[0]))

def profile(frame, event, arg):
    if event == "call" or event == "c_call":
        calls[0] += 1

def save():
    sys.setprofile(None)
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            read = int(dict(line.split(": ") for line in io.read().splitlines() if line)["rchar"])
        # the peak of this process's own memory since its exec (ru_maxrss would count the forked test worker's pages)
        with open("/proc/self/status", encoding="ascii") as status:
            peak = int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration, ValueError):
        read = peak = -1
    import json
    counts = {"calls": calls[0], "opened": opened, "read": read, "peak_kb": peak}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(counts, handle)

atexit.register(save)
sys.addaudithook(hook)
sys.argv = ["drafter", *sys.argv[1:]]
sys.setprofile(profile)
from drafter.cli import script
script()
"""


def _env(cache: Path, home: Path) -> tuple[list[str], dict[str, str]]:
    """The interpreter as an installed drafter starts (no editable install's finder at start: `-S`, the checkout and
    site-packages on the path), a cache folder of its own, one hash seed (a set's order is the same in every run)."""
    paths = [str(CHECKOUT), *dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))]
    env = {k: v for k, v in os.environ.items()
           if k not in ("DRAFTER_NO_CACHE", "DRAFTER_NO_FAST", "DRAFTER_CACHE_DIR", "PYTHONDONTWRITEBYTECODE")}  # fmt: skip
    env.update({"PYTHONPATH": os.pathsep.join(paths), "DRAFTER_CACHE_DIR": str(cache), "DRAFTER_HOME": str(home),
                "DRAFTER_NO_RESIDENT": "1", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})  # fmt: skip
    return [sys.executable, "-S"], env


def _run(argv: list[str], cache: Path, home: Path, counts: Path | None = None) -> tuple[str, dict]:
    python, env = _env(cache, home)
    if counts is None:
        run = subprocess.run([*python, "-m", "drafter", *argv], capture_output=True, text=True, env=env)
    else:
        env["COUNTS_OUT"] = str(counts)
        run = subprocess.run([*python, "-c", _COUNTED, *argv], capture_output=True, text=True, env=env)
    assert run.returncode in (0, 3), run.stderr[-3000:]  # 3: check found something
    return run.stdout, json.loads(counts.read_text(encoding="utf-8")) if counts else {}


@pytest.fixture(scope="module")
def counted(tmp_path_factory: pytest.TempPathFactory, _parsed_library: Path) -> dict[str, dict]:
    """The README's quick-start draft and a `check` of it, each counted in its second run (the first fills the caches
    a user's first run fills: the library's parse is seeded, the rest is built). The first draft is written with -o,
    as the README does, so that the check reads a speech with its record beside it (startup52)."""
    folder = tmp_path_factory.mktemp("startup51")
    cache, home = folder / "cache", folder / "home"
    shutil.copytree(_parsed_library, cache)
    speech = folder / "讲话稿.md"
    _run([*README_DRAFT, "-o", str(speech)], cache, home)
    first = speech.read_text(encoding="utf-8")
    assert (folder / "讲话稿.answers.yaml").is_file()
    again, draft = _run(README_DRAFT, cache, home, folder / "draft.json")
    assert again == first and len(first) > 4000  # the README's draft, ~4.5k characters
    _run(["check", str(speech), "--json"], cache, home)
    out, check = _run(["check", str(speech), "--json"], cache, home, folder / "check.json")
    assert json.loads(out)["han_chars"] > 3000
    return {"draft": draft, "check": check}


# Today (startup51, main at 2642c8da, Python 3.11): the counted draft makes ~349 k calls, opens ~377 files (~300 of
# them modules), reads ~12.5 MB and peaks at ~51 MB; the counted check of its text ~65 k calls, 81 files, ~4.5 MB, ~19 MB.
# startup52 (records, not dataclasses; the record beside the speech read once per content): the draft ~341 k calls, 379
# files, ~12.5 MB, ~51 MB; the check, now with the draft's record beside it, ~60 k calls, 84 files, ~3.9 MB, ~19 MB.
BOUNDS = {
    "draft": {"calls": 850_000, "opened": 950, "read": 30_000_000, "peak_kb": 130_000},
    "check": {"calls": 150_000, "opened": 200, "read": 10_000_000, "peak_kb": 50_000},
}


def _dictionaries(opened: list[str]) -> list[str]:
    """jieba's dictionary files among the files opened (dict.txt, and its big or small variants)."""
    return [p for p in opened if "jieba" in p and Path(p).name.startswith("dict.txt")]


def _corpus(opened: list[str]) -> list[str]:
    """The shipped corpus' speeches among the files opened (a warm command reads their index, never them)."""
    return [p for p in opened if Path(p).parent.name == "corpus"]


@pytest.mark.parametrize("command", ["draft", "check"])
def test_a_warm_command_never_reads_the_dictionary_or_the_corpus(counted: dict[str, dict], command: str) -> None:
    opened = counted[command]["opened"]
    assert not _dictionaries(opened), f"{command} opened jieba's dictionary {len(_dictionaries(opened))} times"
    assert not _corpus(opened), f"{command} read the corpus: {_corpus(opened)[:5]}"


def _modules_run(opened: list[str]) -> set[str]:
    """The modules whose code ran, by the files opened: `name` of each name.cpython-*.pyc (or name.py), `yaml` for
    PyYAML's package, drafter's own by their dotted name (drafter.check for drafter/check/__init__)."""
    ran = set()
    for path in opened:
        file = Path(path)
        if file.suffix not in (".py", ".pyc"):
            continue
        stem = file.name.split(".")[0]
        folder = (file.parent.parent if file.parent.name == "__pycache__" else file.parent).parts
        if "drafter" in folder:
            package = folder[len(folder) - folder[::-1].index("drafter") - 1 :]
            ran.add(".".join(package if stem == "__init__" else (*package, stem)))
        else:
            ran.add("yaml" if "yaml" in folder else stem)
    return ran


def test_a_warm_check_of_a_drafted_speech_makes_no_dataclass_and_reads_no_yaml(counted: dict[str, dict]) -> None:
    # startup52: each dataclass cost ~0.6–1.3 M instructions to make (the 14 of a check ~11 M of its ~155 M), importing
    # dataclasses and reading its kept code ~3 M more; drafter.places imported typing (~10 M) for a speech naming a
    # place; and the draft's record beside the speech was read whole on every check (drafter.answers, PyYAML,
    # drafter.model: ~35 M) for its place and level. `python -c pass` is ~38 M.
    ran = _modules_run(counted["check"]["opened"])
    assert "drafter.check" in ran and "drafter.places" in ran  # the check ran, and read the own place's words
    assert not ran & {"dataclasses", "typing", "yaml", "inspect", "drafter.answers", "drafter.model", "drafter.execcache"}


@pytest.mark.parametrize("command", ["draft", "check"])
@pytest.mark.parametrize("what", ["calls", "opened", "read", "peak_kb"])
def test_a_warm_command_costs_what_it_costs_today_within_headroom(counted: dict[str, dict], command: str, what: str
                                                                  ) -> None:  # fmt: skip
    found = counted[command][what]
    if what in ("read", "peak_kb") and found < 0:
        pytest.skip("no /proc/self/io or /proc/self/status here")
    amount = len(found) if what == "opened" else found
    assert amount > 0
    assert amount <= BOUNDS[command][what], (
        f"a warm `drafter {command}` of the README's draft: {what} {amount} > {BOUNDS[command][what]} "
        "(≈2.5× startup51's figure): measure it with bench/startup_instructions.py and find what grew"
    )


# ---------------------------------------------------------------- the answers a check learnt, saved after it all

SPLIT = "# 在全县城市工作会议上的讲话\n\n同志们：\n\n今天召开全县城市工作会议。我们要建设新兴城市，学习海滨城区的做法。\n"


def test_answers_asked_after_the_line_rules_are_saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # 兴城市 and 滨城区 read across two common words (places.py `_split_by_words`, asked after check_lines through
    # lines._recall) were learnt and dropped: save_answers ran before the place rules, so every check asked again.
    from drafter.cachefile import read_cached
    from drafter.check import check_text, lines

    check_text(SPLIT.replace("新兴城市", "城市"))  # the gazetteer and tables, read once in this process (warm)
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))  # an answers file of its own, empty
    saved = [list(kept) for kept in (lines._ANSWERS, lines._UNSAVED)]
    try:
        lines._ANSWERS.clear()
        lines._UNSAVED.clear()
        report = check_text(SPLIT, place="清河县")
        assert not [f for f in report.findings if f.rule == "foreign-place"]
        _, key = lines._lexicon_files()
        answers = read_cached("lexicon-answers", lines._answers_key(key), valid=lambda v: isinstance(v, dict)) or {}
        assert answers.get("split-name 新兴|城市") is True and answers.get("split-name 海滨|城区") is True
    finally:  # this worker's answers as they were
        lines._ANSWERS[:], lines._UNSAVED[:] = saved
