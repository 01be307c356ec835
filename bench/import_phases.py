"""Where a command's start-up instructions go, module by module: each import's own share, and the rest.

Run by hand:  python bench/import_phases.py --venv DIR -- check 讲话.md
              python bench/import_phases.py --venv DIR --wrap drafter.check -- check 讲话.md   (and its rules)

Each module's import is counted apart under valgrind's callgrind (--dump-before=getppid): a
meta-path finder in the driver (this file, with --inner) calls os.getppid() when an import
starts, when the module's code starts running and when it ends, so each part is one module's
finding/loading or its own code (the modules it imports are parts of their own). Instructions
outside any import are "(command)"; after main returns, "(exit)". The driver adds ~5 M of its
own, spread over the imports. Modules drafter.cli.deferred defers are left to it (not wrapped):
a deferred module that runs is counted in the part that used it. DIR is a plain install (pip
install ., see bench_startup.py); user folders are those of the environment (set XDG_CACHE_HOME …
to a folder of your own), warmed by two runs first. Needs valgrind.

`--wrap MODULE` (repeatable) also counts each call of a function of MODULE's namespace apart (its own functions and
those it imported by name, called through it): `--wrap drafter.check` splits check_text into speech_contexts,
check_lines, check_own_slogans …, `--wrap drafter.check.lines` the line rules. A function called many times is many
parts (a dump each, so a slower run); each part is the function's own, without what the wrapped functions and
modules it calls count.
"""

from __future__ import annotations

import os  # the driver imports nothing else before the command: the interpreter's start is its own part
import sys

_NOT_WRAPPED = ("inspect", "ntpath", "ipaddress", "copy", "urllib.parse")  # drafter.cli.deferred.DEFERRED


def inner(argv: list[str], wrapped: list[str]) -> None:
    """The driver callgrind runs: the command, with a getppid() call (and a label) at each import boundary, and at
    each call of a function of a `wrapped` module's namespace (its own and those it imported by name)."""
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
                    if name in wrapped:
                        wrap_functions(module)

            spec.loader = Loader()
            return spec

    def wrap_functions(module: object) -> None:
        """Each plain function in `module`'s namespace counted apart when called through it (`--wrap`)."""
        for attr, function in list(vars(module).items()):
            if type(function) is not type(wrap_functions) or attr.startswith("__"):
                continue

            def run(*args: object, _f: object = function, _label: str = f"{attr}()", **kwargs: object) -> object:
                mark(stack[-1])
                stack.append(_label)
                try:
                    return _f(*args, **kwargs)  # type: ignore[operator]
                finally:
                    mark(_label)
                    stack.pop()

            setattr(module, attr, run)

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
    parser.add_argument("--wrap", action="append", default=[], metavar="MODULE",
                        help="count each call of MODULE's functions apart (e.g. drafter.check: check_text's rules)")
    parser.add_argument("args", nargs="+", help="the command's arguments (check 讲话.md)")
    args = parser.parse_args()
    from draft_phases import callgrind_parts  # bench/ is the script's folder

    wrapped = [arg for module in args.wrap for arg in ("--wrap", module)]
    stderr, counts = callgrind_parts(__file__, args.venv, args.args, wrapped)
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
        ends = sys.argv.index("--")
        inner(sys.argv[ends + 1 :], [sys.argv[i + 1] for i in range(ends) if sys.argv[i] == "--wrap"])
    else:
        main()
