"""Where a command's start-up instructions go, module by module: each import's own share, and the rest.

Run by hand:  python bench/import_phases.py --venv DIR -- check 讲话.md

Each module's import is counted apart under valgrind's callgrind (--dump-before=getppid): a
meta-path finder in the driver (this file, with --inner) calls os.getppid() when an import
starts, when the module's code starts running and when it ends, so each part is one module's
finding/loading or its own code (the modules it imports are parts of their own). Instructions
outside any import are "(command)"; after main returns, "(exit)". The driver adds ~5 M of its
own, spread over the imports. Modules drafter.cli.deferred defers are left to it (not wrapped):
a deferred module that runs is counted in the part that used it. DIR is a plain install (pip
install ., see bench_startup.py); user folders are those of the environment (set XDG_CACHE_HOME …
to a folder of your own), warmed by two runs first. Needs valgrind.
"""

from __future__ import annotations

import os  # the driver imports nothing else before the command: the interpreter's start is its own part
import sys

_NOT_WRAPPED = ("inspect", "ntpath", "ipaddress", "copy", "urllib.parse")  # drafter.cli.deferred.DEFERRED


def inner(argv: list[str]) -> None:
    """The driver callgrind runs: the command, with a getppid() call (and a label) at each import boundary."""
    labels: list[str] = []
    stack = ["(command)"]

    def mark(label: str) -> None:
        labels.append(label)
        os.getppid()

    class Finder:
        def find_spec(self, name: str, path: object = None, target: object = None) -> object:
            if name in _NOT_WRAPPED:
                return None
            mark(stack[-1])  # the part so far belongs to the module (or command) running
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                if finder is self or find is None:
                    continue
                spec = find(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            loader = spec.loader
            if loader is None or not hasattr(loader, "exec_module"):
                return spec

            class Loader:
                def __getattr__(self, attr: str) -> object:
                    return getattr(loader, attr)

                def create_module(self, spec: object) -> object:
                    return loader.create_module(spec)

                def exec_module(self, module: object) -> None:
                    mark(name)  # finding and loading its code
                    stack.append(name)
                    try:
                        loader.exec_module(module)
                    finally:
                        mark(name)
                        stack.pop()

            spec.loader = Loader()
            return spec

    mark("(interpreter start)")
    sys.meta_path.insert(0, Finder())
    sys.argv = ["drafter", *argv]
    from drafter.cli import main

    try:
        main()
    finally:
        mark("(command)")
        print("\n".join(f"@@{label}" for label in labels), file=sys.stderr)


def main() -> None:
    import argparse
    import collections
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="+", help="the command's arguments (check 讲话.md)")
    args = parser.parse_args()
    from draft_phases import callgrind_parts  # bench/ is the script's folder

    stderr, counts = callgrind_parts(__file__, args.venv, args.args)
    labels = [line[2:] for line in stderr.splitlines() if line.startswith("@@")]
    shares: collections.Counter[str] = collections.Counter()
    for label, n in zip(labels, counts, strict=False):
        shares[label] += n
    shares["(exit)"] += sum(counts[len(labels) :])
    total = sum(counts)
    print(f"drafter {' '.join(args.args)}: {total / 1e6:.1f} M instructions ({len(counts)} parts)")
    for label, n in shares.most_common(args.top):
        print(f"{n / 1e6:8.2f} M  {n / total:5.1%}  {label}")


if __name__ == "__main__":
    if "--inner" in sys.argv:  # nothing imported yet beyond os and sys
        inner(sys.argv[sys.argv.index("--") + 1 :])
    else:
        main()
