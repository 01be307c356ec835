"""Start-up in instructions: `drafter check`, `fragments search` and `draft` against `python -c pass`, under callgrind.

Run by hand:  python bench/startup_instructions.py --venv DIR [--venv OTHER] [--text FILE …] [--only check3 search]

Instruction counts do not move with the machine's load, where CPU time does (#18 is judged in ratios to `python -c
pass`, measured in one run). Each DIR is a plain install (`pip install .`, see bench_startup.py; not under the temp
folder, where drafter keeps no library cache) with user folders of its own (XDG_* under bench/out/instructions-*/, kept
between runs); each command runs twice to warm every cache, then once under `valgrind --tool=callgrind`. Commands:
`python -c pass`, `check` of bench_startup's three-line speech, `check` of each --text (with and without --place
清河县 for the first), `fragments search 责任感`, and bench_startup's draft. Several venvs are measured in one run (a
before and after). Needs valgrind; a draft under callgrind takes a minute or two.

The figures of startup49 (#18) came from this: the README's quick-start draft (4.5k characters) and a 21k file as the
texts (`drafter draft --no-input --seed 1 --set place=清河县 --set meeting=全县安全生产工作会议 -o 讲话稿.md`).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_startup import DRAFT, SPEECH  # noqa: E402 - bench/ is this script's folder

OUT = Path(__file__).parent / "out"


def commands(venv: Path, speech: Path, texts: list[Path]) -> dict[str, list[str]]:
    python, drafter = str(venv / "bin" / "python"), str(venv / "bin" / "drafter")
    runs = {"python -c pass": [python, "-c", "pass"], "check (3 lines)": [drafter, "check", str(speech)]}
    for i, text in enumerate(texts):
        runs[f"check {text.name}"] = [drafter, "check", str(text)]
        if i == 0:
            runs[f"check {text.name} --place"] = [drafter, "check", str(text), "--place", "清河县"]
    runs["fragments search"] = [drafter, "fragments", "search", "责任感"]
    runs["draft"] = [drafter, *DRAFT]
    return runs


def instructions(argv: list[str], env: dict[str, str]) -> int:
    for _ in range(2):  # warm every cache
        subprocess.run(argv, capture_output=True, env=env)
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv], capture_output=True,
                         text=True, env=env)  # fmt: skip
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        sys.exit(f"callgrind gave no count for {argv}:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", type=Path, action="append", required=True, help="a plain install (repeatable)")
    parser.add_argument("--text", type=Path, action="append", default=[], help="a speech to check as well")
    parser.add_argument("--only", nargs="*", help="only the commands whose name holds one of these words")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    speech = OUT / "instructions-speech.md"
    speech.write_text(SPEECH, encoding="utf-8")
    table: dict[str, dict[str, int]] = {}
    for venv in args.venv:
        # one folder per venv PATH: two venvs of one name (…/base/venv, …/new/venv) shared one, each run then meeting
        # the other's regex and code caches (another stamp or key: rewritten every run, a colder start measured)
        folder = OUT / f"instructions-{venv.resolve().name}-{zlib.crc32(str(venv.resolve()).encode()):08x}"
        env = {**os.environ, "DRAFTER_NO_RESIDENT": "1",
               **{f"XDG_{kind}_HOME": str(folder / kind.lower()) for kind in ("CACHE", "DATA", "CONFIG")}}  # fmt: skip
        for name in ("DRAFTER_HOME", "DRAFTER_CACHE_DIR", "DRAFTER_NO_CACHE", "DRAFTER_NO_FAST", "PYTHONPATH"):
            env.pop(name, None)
        for name, argv in commands(venv, speech, [t.resolve() for t in args.text]).items():
            if args.only and name != "python -c pass" and not any(word in name for word in args.only):
                continue
            table.setdefault(name, {})[str(venv)] = instructions(argv, env)
            print(f"{venv}: {name} {table[name][str(venv)] / 1e6:.1f} M", file=sys.stderr, flush=True)
    print(f"{'command':32s}" + "".join(f"{str(v)[-28:]:>30s}" for v in args.venv))
    for name, counts in table.items():
        cells = []
        for venv in args.venv:
            n, base = counts.get(str(venv)), table["python -c pass"][str(venv)]
            cells.append(f"{n / 1e6:9.1f} M {n / base:5.2f}x" if n else "")
        print(f"{name:32s}" + "".join(f"{c:>30s}" for c in cells))


if __name__ == "__main__":
    main()
