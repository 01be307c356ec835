"""Measure `drafter check` on the census of our own speeches (tests/fixtures/check/census33-*, issue #13).

Run by hand:  python bench/check_census.py [--spec census33-plants.json] [--misses]

The spec (JSON, beside the fixtures) names each correct text with its place (null when the text names none
or masks it), the rules whose errors are real there (a masked 某某某 signature), and its plants: one
copy-paste slip each, as `old` → `new` replaced once in a copy of the text, with the rule that should
report it (`a|b` when either rule is a fair report) and a phrase on the flagged line or in the finding
(empty: any finding of that rule that the correct text does not have). Each plant is checked in its own
copy, without and with `--place` (the same run when the place is null).

False errors are error findings on the correct texts (rules not in real_errors), per 10,000 non-space
characters; found is the planted slips reported, as bench/archive_eval.py counts them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from drafter.check import check_text

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "check"


def _key(f: Any) -> tuple[str, str]:
    return (f.rule, f.text)


def _finds(
    findings: list[Any], before: set[tuple[str, str]], plant: dict[str, str], lines: list[str]
) -> bool:
    codes = plant["code"].split("|")
    phrase = plant.get("phrase") or ""
    for f in findings:
        if f.rule not in codes or f.severity.value == "info":
            continue
        if not phrase:
            if _key(f) not in before:
                return True
            continue
        line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
        if phrase in line or (f.text and (f.text in phrase or phrase in f.text)):
            return True
    return False


def measure(spec: dict[str, Any], folder: Path = FIXTURES) -> dict[str, Any]:
    out: dict[str, Any] = {
        "texts": 0, "chars": 0, "false": {"bare": 0, "place": 0}, "plants": 0,
        "found": {"bare": 0, "place": 0}, "misses": [],
    }  # fmt: skip
    for name, item in spec.items():
        text = (folder / name).read_text(encoding="utf-8")
        place = item.get("place")
        real = set(item.get("real_errors") or [])
        out["texts"] += 1
        out["chars"] += len(re.sub(r"\s", "", text))
        runs = [("bare", None), ("place", place)]
        for label, p in runs:
            report = check_text(text, place=p)
            false = [
                f for f in report.findings if f.severity.value == "error" and f.rule not in real
            ]
            out["false"][label] += len(false)
            out["misses"] += [f"- {name}{' --place ' + p if p else ''}: false {f.rule} line {f.line} «{f.text}»"
                              for f in false]  # fmt: skip
            before = {_key(f) for f in report.findings}
            for plant in item["plants"]:
                if label == "bare":
                    out["plants"] += 1
                flawed = text.replace(plant["old"], plant["new"], 1)
                findings = list(check_text(flawed, place=p).findings)
                if _finds(findings, before, plant, flawed.splitlines()):
                    out["found"][label] += 1
                else:
                    out["misses"].append(f"- {name}{' --place ' + p if p else ''}: missed {plant['code']} "
                                         f"«{plant['old']}» → «{plant['new']}»")  # fmt: skip
    chars = out["chars"] or 1
    out["per_10k"] = {k: round(v * 10000 / chars, 2) for k, v in out["false"].items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--spec", default="census33-plants.json", help="spec file name under tests/fixtures/check"
    )
    ap.add_argument("--misses", action="store_true", help="list every false error and missed slip")
    args = ap.parse_args(argv)
    spec = json.loads((FIXTURES / args.spec).read_text(encoding="utf-8"))
    r = measure(spec)
    print(f"{r['texts']} texts, {r['chars']} chars; false errors bare {r['false']['bare']} "
          f"({r['per_10k']['bare']} per 10,000), --place {r['false']['place']} ({r['per_10k']['place']} per 10,000); "
          f"slips found bare {r['found']['bare']}/{r['plants']}, --place {r['found']['place']}/{r['plants']}")  # fmt: skip
    if args.misses:
        print("\n".join(r["misses"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
