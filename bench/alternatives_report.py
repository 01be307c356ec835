"""How much of the library can be said in more than one way, and which alternatives are too alike.

Run by hand (never by pytest):

    .venv/bin/python bench/alternatives_report.py                  # every shipped fragment file
    .venv/bin/python bench/alternatives_report.py fragments/topics/work-safety.yaml

Per file: fragments, sentences (of the first phrasing), sentences inside an
{% alt %} block, and blocks whose alternatives `drafter diff` would still call the
same sentence (verbatim, edited or recombined): those do not make two drafts differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.library import fragment_texts, load_library  # noqa: E402
from drafter.library.alternatives import first_alternatives, split_alternatives  # noqa: E402
from drafter.text import split_sentences  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from alt_similarity import too_alike  # noqa: E402


def report(path: Path) -> tuple[int, int, int, list[str]]:
    library = load_library(path)
    sentences = inside = 0
    alike: list[str] = []
    for frag in library.fragments:
        for text in fragment_texts(frag):
            first = first_alternatives(text)
            sentences += len(split_sentences(first))
            for block in split_alternatives(text):
                inside += len(split_sentences(block[0])) or 1
                alike += [f"{frag.id}: {a[:30]}… ≈ {b[:30]}…" for a, b in too_alike(block)]
    return len(library.fragments), sentences, inside, alike


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "fragments").rglob("*.yaml"))
    for path in paths:
        if "ingested" in path.parts:
            continue
        n, sentences, inside, alike = report(path)
        share = inside / sentences if sentences else 0.0
        print(f"{path.relative_to(ROOT) if path.is_absolute() else path}: {n} fragments, {sentences} sentences, "
              f"{inside} in alternatives ({share:.0%}), {len(alike)} too alike")
        for line in alike:
            print("   ", line)


if __name__ == "__main__":
    main()
