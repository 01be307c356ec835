"""Where `drafter draft` spends its instructions, phase by phase (interpreter, imports, library, selection …).

Run by hand:  python bench/draft_phases.py --venv DIR [-- draft arguments]
              python bench/draft_phases.py --venv DIR --floor   (what a draft cannot skip, see `floor`)

Instruction counts are steady where CPU time is not (other work on the machine blurs time,
not instructions), so each phase is counted under valgrind's callgrind: the draft runs in a
driver (this file, with --inner) that calls os.getppid() at each phase boundary, and callgrind
(--dump-before=getppid) writes one part per phase. The draft's imports are made up front, one
group at a time, so they are phases of their own; the steps of drafting.make_draft and
write_draft are wrapped where drafting calls them. DIR is a venv with drafter installed plainly
(pip install ., see bench_startup.py); the user folders are those of the environment (set
XDG_CACHE_HOME … to a folder of the run's own), warmed by two runs first. Needs valgrind.
"""

from __future__ import annotations

import os  # the driver (--inner) imports nothing else before the draft: its start is the interpreter's alone
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

DEFAULT = ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议"]
STEPS = ("open_library", "open_templates", "_ask_setting", "resolve_answers", "_steer", "plan_draft",
         "plan_variables", "render_plan", "measure_originality", "self_check", "check_draft_output",
         "dump_record", "remember_output")  # fmt: skip


def floor(mark: Callable[[str], None]) -> None:
    """What no draft can skip: the interpreter, the stdlib basics with drafter's regex/exec caches, reading the
    library from its cache (`--floor`). Not jinja2: a draft whose texts are all plain renders them without it (#18)."""
    import gc

    gc.set_threshold(200_000, 30, 30)  # as drafter.cli.main
    from drafter.cli.deferred import defer

    defer()  # as drafter.cli.main
    from drafter import execcache, regexcache

    regexcache.install(), execcache.install()
    mark("stdlib basics (re, dataclasses) + regex/exec caches")
    from drafter.library.load import load_library

    load_library()
    mark("read the library (its modules, the cache file, hashing the fragment files)")


def inner(argv: list[str]) -> None:
    """The driver callgrind runs: the draft, with a getppid() call (and a label) at each phase boundary."""
    labels: list[str] = []

    def mark(label: str) -> None:
        labels.append(label)
        os.getppid()

    mark("interpreter start")
    if argv == ["--floor"]:
        floor(mark)
        print("\n".join(labels), file=sys.stderr, flush=True)
        os._exit(0)  # as the CLI leaves: no teardown
    import gc

    gc.set_threshold(200_000, 30, 30)  # as drafter.cli.main
    from drafter.cli.deferred import defer

    defer()  # as drafter.cli.main: inspect, ntpath, ipaddress run only if used (counting them here overstated the floor)
    from drafter import execcache, regexcache

    regexcache.install(), execcache.install()
    mark("stdlib basics (re, dataclasses) + regex/exec caches")
    from drafter.cli import draft, fast, output  # noqa: F401

    mark("import the CLI (fast path, output, draft)")
    from drafter import drafting

    mark("import drafter.drafting (rapidfuzz, render …)")
    import drafter.diff.assemble  # noqa: F401

    mark("import drafter.diff (the originality measure)")
    import drafter.check  # noqa: F401

    mark("import drafter.check (the self-check)")
    if "-o" in argv or "--output" in argv:
        import yaml  # noqa: F401

        mark("import yaml (the record)")
        import drafter.export  # noqa: F401

        mark("import drafter.export")

    modules: list[object] = [drafting]
    if "-o" in argv or "--output" in argv:
        from drafter import outputs  # write_draft imports two of its steps from here when it writes

        modules.append(outputs)
        mark("import drafter.outputs")

    def wrap(name: str) -> None:
        module = next(m for m in modules if hasattr(m, name))
        function = getattr(module, name)

        def run(*args: object, **kwargs: object) -> object:
            mark(f"(between) before {name}")
            try:
                return function(*args, **kwargs)
            finally:
                mark(name)

        setattr(module, name, run)

    for name in STEPS:
        if any(hasattr(m, name) for m in modules):
            wrap(name)
    sys.argv = ["drafter", *argv]
    import atexit

    from drafter.cli import script

    def done() -> None:  # the first exit handler (registered last): a draft leaves by os._exit after the handlers
        mark("the rest (printing, history, exit)")
        print("\n".join(labels), file=sys.stderr, flush=True)

    atexit.register(done)
    script()  # as the console script: a draft leaves by os._exit once the exit handlers ran


def main() -> None:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true",
                        help="count only what a draft cannot skip (interpreter, stdlib, reading the library)")
    parser.add_argument("args", nargs="*", help="draft arguments (default: a 清河县 安全生产 draft to screen)")
    args = parser.parse_args()
    argv = ["--floor"] if args.floor else args.args or DEFAULT
    stderr, counts = callgrind_parts(__file__, args.venv, argv)
    labels = [line for line in stderr.splitlines() if not line.startswith("==") and line.strip()]
    labels = labels[labels.index("interpreter start"):] if "interpreter start" in labels else labels
    total = sum(counts)
    print(f"{'the floor' if args.floor else 'drafter ' + ' '.join(argv)}: {total / 1e6:.1f} M instructions")
    if len(counts) == len(labels) + 1:  # the part after the last mark: atexit handlers, finalisation
        labels.append("interpreter exit (atexit, finalisation)")
    for label, n in zip(labels, counts, strict=False):
        if n >= 500_000 or not label.startswith("(between)"):
            print(f"{n / 1e6:8.1f} M  {n / total:5.1%}  {label}")


def callgrind_parts(driver: str, venv: Path, argv: list[str], options: tuple[str, ...] | list[str] = ()) -> tuple[str, list[int]]:
    """Run `driver --inner -- argv` in the venv twice to warm its caches, then once under callgrind dumping a part
    at each getppid(): the driver's stderr (its labels) and each part's instruction count, in order. Shared with
    import_phases.py."""
    import glob
    import subprocess
    import tempfile
    from pathlib import Path

    python = str(venv / "bin" / "python")
    inner_cmd = [python, driver, "--venv", str(venv), "--inner", *options, "--", *argv]
    env = {**os.environ, "DRAFTER_NO_RESIDENT": "1"}  # counted here: the warm-up starts no resident that would run it
    for _ in range(2):  # warm every cache
        subprocess.run(inner_cmd, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "cg")
        run = subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}",
                              *inner_cmd], capture_output=True, text=True, env=env)  # fmt: skip
        parts = sorted(glob.glob(f"{out}.*"), key=lambda p: int(p.rsplit(".", 1)[1])) + [str(out)]
        return run.stderr, [_total(Path(p).read_text(errors="replace")) for p in parts]


def _total(part: str) -> int:
    """The instruction count of one callgrind part file."""
    for line in part.splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    if "--inner" in sys.argv:  # nothing imported yet beyond os and sys: the interpreter's start is measured alone
        inner(sys.argv[sys.argv.index("--") + 1 :])
    else:
        main()
