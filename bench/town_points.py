"""How many points of its own topic a town (镇), a street (街道) and a county can use, per stage.

Counts what selection offers a 工作会议 of each topic before any point is chosen
(`drafter.render.candidates`: level, kind and topic filters), so a cell below
three or four says where two neighbouring towns must share points.

    python bench/town_points.py            # table of own-topic points per stage
    python bench/town_points.py --markdown # the same as a Markdown table for notes
"""

from __future__ import annotations

import argparse

from drafter.library import load_library, load_templates
from drafter.model import Role
from drafter.render import candidates, resolve_answers
from drafter.render.select import fragment_topics
from drafter.topics import load_topics

PLACES = {"镇": ("葛仙庄镇", "全镇"), "街道": ("城关街道", "全街道"), "县": ("清河县", "全县")}
STAGES = ("认识", "任务", "保障")


def count_points(library, template, topic, place: str, scope: str) -> dict[str, int]:
    """Own-topic points per stage that selection offers this place's 工作会议 on the topic."""
    work = topic.words[0]
    meeting = f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议"
    answers = resolve_answers({"place": place, "meeting": meeting})
    counts = {}
    for stage in STAGES:
        pool = candidates(library, Role.POINT, template, answers, stage=stage)
        counts[stage] = sum(topic.tag in fragment_topics(f) for f in pool)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    library, template = load_library(), load_templates()["work-meeting"]
    head = ["topic"] + [f"{lv} {s}" for lv in PLACES for s in STAGES]
    rows = []
    for topic in load_topics():
        cells = [topic.tag]
        for place, scope in PLACES.values():
            cells += [str(n) for n in count_points(library, template, topic, place, scope).values()]
        rows.append(cells)
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        for r in [head, *rows]:
            print("\t".join(r))


if __name__ == "__main__":
    main()
