"""Benchmark start-up: whole commands against `python -c pass`, measured in one run, in a plain install.

Run by hand:  python bench/bench_startup.py [--runs 15] [--against DIR] [--venv DIR] [--resident]

What a user has is `pip install .` (README), not the editable install of a dev venv: an editable
install adds a `__editable__.drafter-*.pth` whose finder is imported at EVERY interpreter start
(`python -c pass` costs about twice as much there), which flattered every ratio measured in it.
So the bench copies the checkout (without .git, .venv and build leftovers), installs it with pip
into a fresh venv in a temporary folder (dependencies from pip's usual index and cache), and runs
the commands from that venv: `drafter …` is the console script pip wrote, `python -c pass` that
venv's interpreter. `--venv DIR` uses an existing venv instead (refused when drafter, or anything
else, is installed editable there: the message says how to make a plain one).

The run's folder is bench/out/startup-*/ (removed at the end), not the system temp folder: drafter
does not cache libraries found under the temp folder (throw-away copies), so a venv there would read
the shipped library cold on every run, which no user sees. Folders are the user's defaults: no
DRAFTER_CACHE_DIR, DRAFTER_HOME or DRAFTER_CONFIG, but XDG_CACHE_HOME, XDG_DATA_HOME and
XDG_CONFIG_HOME pointing into the run's folder (so finding them costs what it costs a user).

Each round runs every command once, in turn (so a noisy neighbour slows all of them alike);
reports the median CPU time (user + system) and wall time of each in ms, and the ratio of CPU
times to a bare interpreter start (CPU time stays put when other work shares the machine;
wall time does not). Caches (gazetteer lexicon, Jinja bytecode, parsed library, compiled regular
expressions) are warmed by one untimed round first, as after any first use. `--against DIR`
installs another checkout into a second plain venv, with caches of its own, and runs its commands
in the same rounds, for a before/after in one run (its `python -c pass` too: same interpreter, so it
should agree). check and fragments search are also run with DRAFTER_NO_FAST=1 (through typer),
which shows what the fast path saves.

`--resident` also starts `drafter resident start` for this checkout's venv and runs draft, check and fragments
search through it in the same rounds (every other command sets DRAFTER_NO_RESIDENT=1). Their CPU time is the
client's (the console script that hands the command over, RUSAGE_CHILDREN as for the others) plus all that the
resident spent meanwhile: its own CPU (accepting, checking the code on disk, forking) and its children's (the
forked command, or its worker's: a process that runs commands in turn and is not reaped after each, which reports
its own CPU to the resident once the command's output is flushed, and which the resident adds to its children's
until the worker is reaped), read from the resident's counters before and after each command (asked on its socket,
waiting until the command's child is reaped or the worker has reported). Nothing the command costs is left out. With `--against`, the other checkout's
resident (if it has one) runs the same commands in the same rounds: a before/after through the resident.

`--varied` also drafts a NEW speech in each round (screen / --json / -o, in process and, with `--resident`, through
it): a clerk's next draft is another meeting, place or seed, which a worker's kept answers have not seen, while the
commands above draft the same speech every round (the best case of every cache). The drafts come from a fixed list
(`VARIED`, seeds from `VARIED_SEED`), each command and round its own, the same in both checkouts, so runs compare.
The three commands thus differ by their drafts as well as by their output: in a worker running the same new drafts
(startup45, load ~12), -o cost ~3 ms CPU more than the screen (its draft, record, outputs journal and history written,
~2 ms of it Python), while the meetings the -o slot draws (乡村振兴, 防汛 …) cost ~2 ms more to draft than the screen's.

`--pip VERSION` installs that pip into each fresh venv before drafter: the console script `drafter` is written by
the pip that installs it, and pip < 25.0 (what `python -m venv` bundles with Python 3.11–3.12) writes one that
imports `re` before drafter's first line (~5 ms, half a `python -c pass`); pip ≥ 25.0, uv and pipx's recent pips
do not. Since perf40 drafter installs its own command outside Windows (bin/drafter, no wrapper): `--pip` only
changes what an `--against` checkout from before it measures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEECH = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n"
DRAFT = ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]
# --varied: a new draft each round, never one drafted before in that run (another seed; place and meeting in turn).
VARIED = [("清河县", "全县安全生产工作会议"), ("南通市", "全市妇女儿童工作会议"), ("江阴市", "全市乡村振兴工作推进会"),
          ("城关镇", "全镇防汛工作会议"), ("故城县", "全县党风廉政建设工作会议"), ("鼓楼区", "全区优化营商环境工作会议"),
          ("连庄镇", "全镇安全生产工作会议"), ("清河县", "全县防汛工作会议"), ("南通市", "全市乡村振兴工作推进会"),
          ("江阴市", "全市优化营商环境工作会议"), ("故城县", "全县妇女儿童工作会议")]  # fmt: skip
VARIED_SEED = 1000
CHECKOUT = Path(__file__).resolve().parent.parent

# Commands measured a second time through typer (DRAFTER_NO_FAST=1): the fast path's share.
TYPER_TOO = ("drafter check", "drafter fragments search")
# Left out of the copy pip installs from: they are not part of the package and some are large.
_LEFTOVERS = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
                                    ".hypothesis", "*.drafter-index.sqlite")


def not_copied(folder: str, names: list[str]) -> set[str]:
    """What the copy leaves out: build leftovers, and bench/out (where this run's own folder is)."""
    skipped = set(_LEFTOVERS(folder, names))
    return skipped | {"out"} if Path(folder).name == "bench" else skipped

EDITABLE_CHECK = """
import json, pathlib, site, sys
from importlib import metadata
problems = []
try:
    url = metadata.distribution("drafter").read_text("direct_url.json") or "{}"
    if json.loads(url).get("dir_info", {}).get("editable"):
        problems.append("drafter is installed editable (pip install -e)")
except metadata.PackageNotFoundError:
    problems.append("drafter is not installed in this venv")
for folder in site.getsitepackages():
    problems += [f"{p.name} runs at every interpreter start" for p in pathlib.Path(folder).glob("__editable__*.pth")]
print("\\n".join(problems))
"""


def plain_venv(checkout: Path, folder: Path, pip: str | None = None) -> Path:
    """A fresh venv in `folder` with `checkout` installed as a user installs it (`pip install .`), by the venv's own
    pip or, given `pip`, by that version of pip (which writes the console script)."""
    source = folder / "source"
    shutil.copytree(checkout, source, ignore=not_copied)
    subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], check=True)
    if pip:
        subprocess.run([str(folder / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", f"pip=={pip}"],
                       check=True, capture_output=True)  # fmt: skip
    print(f"installing {checkout} into {folder / 'venv'} (pip install, not editable) …", file=sys.stderr, flush=True)
    pip = subprocess.run([str(folder / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", str(source)],
                         capture_output=True, text=True)  # fmt: skip
    if pip.returncode:
        sys.exit(f"pip install {checkout} failed:\n{pip.stdout}{pip.stderr}")
    return folder / "venv"


def refuse_editable(venv: Path) -> None:
    """Exit with a clear message when `venv` would not measure what a user has."""
    python = venv / "bin" / "python"
    if not python.exists():
        sys.exit(f"{venv} has no bin/python: not a venv")
    if venv.resolve().is_relative_to(Path(tempfile.gettempdir()).resolve()):
        sys.exit(f"{venv} is under the temp folder, where drafter does not cache its library: make the venv elsewhere")
    problems = subprocess.run([str(python), "-c", EDITABLE_CHECK], capture_output=True, text=True, check=True).stdout
    if problems.strip():
        sys.exit(f"{venv} does not measure a user's install:\n  {problems.strip()}\n"
                 "Make a plain one:  python3 -m venv /tmp/plain && /tmp/plain/bin/pip install .   (from the checkout)\n"
                 "or run the bench without --venv: it installs the checkout into a temporary venv itself.")  # fmt: skip


def user_env(folder: Path) -> dict[str, str]:
    """A user's environment: drafter's folders by the XDG defaults, inside `folder`."""
    env = {**os.environ, **{f"XDG_{kind}_HOME": str(folder / kind.lower()) for kind in ("CACHE", "DATA", "CONFIG")}}
    for name in ("DRAFTER_HOME", "DRAFTER_CACHE_DIR", "DRAFTER_CONFIG", "DRAFTER_NO_CACHE", "DRAFTER_NO_FAST",
                 "PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"):  # fmt: skip
        env.pop(name, None)  # an installed drafter has its .pyc files; nothing else on sys.path
    return env


def commands(venv: Path, speech: Path, out: Path, varied: bool = False) -> dict[str, list[str]]:
    """Each command's argv (a `--varied` draft's, VARIED_DRAFTS, is made anew each round: `varied_argv`)."""
    python, drafter = str(venv / "bin" / "python"), [str(venv / "bin" / "drafter")]
    return {
        "python -c pass": [python, "-c", "pass"],
        "import typer (floor of any typer CLI)": [python, "-c", "import typer"],
        "drafter --help": [*drafter, "--help"],
        "drafter draft (to screen)": [*drafter, *DRAFT],
        "drafter draft --json": [*drafter, *DRAFT, "--json"],
        "drafter draft -o x.md": [*drafter, *DRAFT, "--force", "-o", str(out)],
        "drafter check": [*drafter, "check", str(speech)],
        "drafter fragments search": [*drafter, "fragments", "search", "责任感"],
        **({name: [*drafter, "draft"] for name in VARIED_DRAFTS} if varied else {}),
    }


VARIED_DRAFTS = {"drafter draft, new each round (to screen)": [], "drafter draft --json, new each round": ["--json"],
                 "drafter draft -o x.md, new each round": ["--force", "-o"]}  # fmt: skip
RESIDENT_TOO = ("drafter draft (to screen)", "drafter draft --json", "drafter draft -o x.md", "drafter check",
                "drafter fragments search", *VARIED_DRAFTS)  # fmt: skip


def varied_argv(drafter: list[str], name: str, resident: bool, round_: int, out: Path) -> list[str]:
    """The `--varied` draft `name` runs in `round_`: each command (in process or through the resident) and round has
    its own seed and, in turn, place and meeting, so no draft of the run repeats one before it."""
    which = list(VARIED_DRAFTS).index(name) + (len(VARIED_DRAFTS) if resident else 0)
    number = round_ * 2 * len(VARIED_DRAFTS) + which
    place, meeting = VARIED[number % len(VARIED)]
    extra = [*VARIED_DRAFTS[name], str(out)] if "-o" in VARIED_DRAFTS[name] else VARIED_DRAFTS[name]
    return [*drafter, "draft", "--no-input", "--seed", str(VARIED_SEED + number), "--set", f"place={place}",
            "--set", f"meeting={meeting}", *extra]  # fmt: skip


def start_resident(venv: Path, env: dict[str, str]) -> str:
    """Start the resident of `venv` and return its socket (it exits after 10 idle minutes if the bench dies)."""
    drafter = str(venv / "bin" / "drafter")
    subprocess.run([drafter, "resident", "start", "--idle", "10"], env=env, check=True, capture_output=True)
    out = subprocess.run([drafter, "resident", "status", "--json"], env=env, check=True, capture_output=True)
    return str(json.loads(out.stdout)["socket"])


def _has_resident(venv: Path) -> bool:
    """Whether the drafter installed in `venv` has a resident (`drafter resident`: main since startup17)."""
    probe = "import importlib.util, sys; sys.exit(importlib.util.find_spec('drafter.cli.resident_server') is None)"
    return subprocess.run([str(venv / "bin" / "python"), "-c", probe], capture_output=True).returncode == 0


def resident_cpu(path: str) -> float:
    """CPU seconds the resident and its reaped children have used, once no command of it is running."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(30)
        sock.connect(path)
        data = json.dumps({"op": "status", "wait": True, "protocol": 1}).encode()
        sock.sendall(len(data).to_bytes(4, "big") + data)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    status = json.loads(reply[5:])
    return float(status["cpu_self"]) + float(status["cpu_children"])


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (microsecond resolution)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


DRAFT_PARTS = """
import os, tempfile, time
os.environ["DRAFTER_HOME"] = tempfile.mkdtemp(prefix="drafter-bench-home-")  # no user workspace
t = time.process_time()
try:  # the kept compiled code, as the CLI installs it (checkouts before startup3 have none)
    from drafter import execcache, regexcache
    regexcache.install(), execcache.install()
except ImportError:
    pass
from drafter import drafting
imported = time.process_time() - t
options = {"measure": False} if "measure" in drafting.DraftRequest.__dataclass_fields__ else {}
if "history" in drafting.DraftRequest.__dataclass_fields__:
    options["history"] = False
request = drafting.DraftRequest(sets=("place=清河县", "meeting=全县妇女儿童工作会议"), seed=1, **options)
t = time.process_time()
result = drafting.make_draft(request)
made = time.process_time() - t
t = time.process_time()
drafting.measure_originality(result.draft)
measured = time.process_time() - t
print(f"{imported * 1000:.1f} {made * 1000:.1f} {measured * 1000:.1f}")
"""


def draft_parts(venv: Path, env: dict[str, str], label: str, cwd: str) -> None:
    """In a fresh process, where `draft` spends: importing the drafting code, drafting, measuring originality.

    The core called directly (no CLI), with the kept compiled code the CLI installs (in the import's figure).
    """
    rows = []
    for _ in range(5):
        out = subprocess.run([str(venv / "bin" / "python"), "-c", DRAFT_PARTS], capture_output=True, text=True,
                             check=True, env=env, cwd=cwd).stdout  # fmt: skip
        rows.append([float(x) for x in out.split()])
    imported, made, measured = (statistics.median(column) for column in zip(*rows, strict=True))
    print(f"draft core in one process{label} (CPU ms, median of 5): import drafter.drafting {imported:.1f}; "
          f"make_draft without the originality measure {made:.1f}; measure_originality {measured:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another drafter checkout, installed plainly and measured in the same rounds")
    parser.add_argument("--venv", type=Path, help="an existing venv with drafter installed plainly (pip install .), instead of a fresh one")
    parser.add_argument("--resident", action="store_true", help="also run draft, check and search through `drafter resident`"
                        " (and through the --against checkout's resident, when it has one)")
    parser.add_argument("--varied", action="store_true", help="also draft a new speech each round (another seed, place"
                        " and meeting from a fixed list), beside the same draft repeated")
    parser.add_argument("--pip", metavar="VERSION", help="install this pip into each fresh venv first (e.g. 26.3): pip >= 25.0"
                        " writes console scripts that do not import re; default: the pip `python -m venv` bundles")
    args = parser.parse_args()
    out = CHECKOUT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="startup-", dir=out) as tmp:
        venv = args.venv.resolve() if args.venv else plain_venv(CHECKOUT, Path(tmp, "this"), args.pip)
        refuse_editable(venv)
        speech = Path(tmp, "讲话.md")
        speech.write_text(SPEECH, encoding="utf-8")
        env = user_env(Path(tmp, "user"))
        runtime = Path(tempfile.mkdtemp(prefix="s-"))  # short: a socket's path is at most 107 bytes
        env["XDG_RUNTIME_DIR"] = str(runtime)
        resident = {**env}
        env = {**env, "DRAFTER_NO_RESIDENT": "1"}
        runs = [(name, argv, env) for name, argv in commands(venv, speech, Path(tmp, "draft.md"), args.varied).items()]
        if args.resident:
            runs += [(f"{name} (resident)", argv, resident)
                     for name, argv in commands(venv, speech, Path(tmp, "draft.md"), args.varied).items() if name in RESIDENT_TOO]
        runs += [(f"{name} (DRAFTER_NO_FAST=1)", argv, {**env, "DRAFTER_NO_FAST": "1"})
                 for name, argv in commands(venv, speech, Path(tmp, "draft.md"), args.varied).items() if name in TYPER_TOO]
        other_venv = None
        other_resident: dict[str, str] = {}
        if args.against:
            other_venv = plain_venv(args.against.resolve(), Path(tmp, "other"), args.pip)
            other_resident = {**user_env(Path(tmp, "other-user")), "XDG_RUNTIME_DIR": str(runtime)}
            other = {**other_resident, "DRAFTER_NO_RESIDENT": "1"}
            runs += [(f"  {name} [{args.against.name}]", argv, other)
                     for name, argv in commands(other_venv, speech, Path(tmp, "other.md"), args.varied).items()
                     if "drafter" in name or name == "python -c pass"]  # fmt: skip
            if args.resident and _has_resident(other_venv):  # the same commands through the other checkout's resident
                runs += [(f"  {name} (resident) [{args.against.name}]", argv, other_resident)
                         for name, argv in commands(other_venv, speech, Path(tmp, "other.md"), args.varied).items()
                         if name in RESIDENT_TOO]  # fmt: skip
            else:
                other_resident = {}
        walls: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        sockets: dict[int, tuple[Path, str]] = {}  # id of a resident's environment -> (its venv, its socket)
        if args.resident:
            sockets[id(resident)] = (venv, start_resident(venv, resident))
            if other_resident and other_venv is not None:
                sockets[id(other_resident)] = (other_venv, start_resident(other_venv, other_resident))
        for round_ in range(args.runs + 1):
            for name, argv, run_env in runs:
                path = sockets[id(run_env)][1] if id(run_env) in sockets else ""
                held = resident_cpu(path) if path else 0.0
                base = name.strip().removesuffix(f" [{args.against.name}]" if args.against else "").removesuffix(" (resident)")
                if base in VARIED_DRAFTS:
                    target = Path(tmp, "other.md" if args.against and name.endswith(f"[{args.against.name}]") else "draft.md")
                    argv = varied_argv(argv[:1], base, bool(path), round_, target)
                before, start = _children_cpu(), time.perf_counter()
                subprocess.run(argv, capture_output=True, env=run_env, cwd=tmp)
                wall, cpu = time.perf_counter() - start, _children_cpu() - before
                if path:
                    cpu += resident_cpu(path) - held
                if round_:  # round 0 warms the caches
                    walls[name].append(wall)
                    cpus[name].append(cpu)
        for key, (its_venv, _) in sockets.items():
            its_env = resident if key == id(resident) else other_resident
            subprocess.run([str(its_venv / "bin" / "drafter"), "resident", "stop"], env=its_env, capture_output=True)
        shutil.rmtree(runtime, ignore_errors=True)
        print(f"installed plainly: {venv}" + (f"; against {args.against} in {other_venv}" if other_venv else ""))
        report(cpus, walls, args.runs)
        draft_parts(venv, env, "", tmp)
        if other_venv:
            draft_parts(other_venv, other, f" [{args.against.name}]", tmp)


def report(cpus: dict[str, list[float]], walls: dict[str, list[float]], runs: int) -> None:
    base = statistics.median(cpus["python -c pass"])
    print(f"runs: {runs} (medians, interleaved); load average {os.getloadavg()[0]:.1f}")
    print(f"{'command':52s} {'cpu ms':>7} {'wall ms':>8}  cpu / python -c pass")
    for name in cpus:
        cpu, wall = statistics.median(cpus[name]), statistics.median(walls[name])
        print(f"{name:52s} {cpu * 1000:7.1f} {wall * 1000:8.1f}  {cpu / base:4.1f}x")


if __name__ == "__main__":
    main()
