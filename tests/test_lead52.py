"""What the lead read in session 52's drafts and mended (tests cheap: one fragment rendered over seeds, no draft)."""

from __future__ import annotations

import pytest

from drafter.library import load_library

SHIPPED = load_library()
CITY_WORDS = ("城区易涝点", "城市排涝", "城区积水", "城市内涝")


def _renderings(fragment_id: str, level: str, place: str, seeds: int = 12) -> str:
    """Every kept text of a fragment as a speech of `level` renders it, over seeds (each choice of alternatives)."""
    from drafter.library.alternatives import Chooser, choosing
    from drafter.render.sandbox import helpers, render_text

    fragment = SHIPPED.get(fragment_id)
    answers = {"level": level, "place": place, "meeting": f"全{level}防汛工作会议", "work": "防汛工作"}
    ctx = {**answers, **helpers(answers, 3, 2), "lacks": frozenset(), "left_out": frozenset(), "season": ""}
    texts = [fragment.text, *(fragment.subpoints[i].text for i in fragment.subpoints_for(level))]
    out = []
    for seed in range(seeds):
        with choosing(Chooser(seed)):
            out += [render_text(t, ctx, fragment) for t in texts]
    return "".join(out)


# 大河乡 全乡防汛工作会议 (seed 1): a township was told to name those responsible for 城区易涝点, to detail its 城市排涝 plan
# and to drill how 城区积水 is pumped away — a 乡 or 镇 has low-lying fields and villages, not a city's streets.
@pytest.mark.parametrize(("level", "place"), [("乡", "大河乡"), ("镇", "油坊镇")])
def test_a_township_prepares_for_floods_without_a_citys_waterlogging(level, place):
    text = _renderings("point.flood.task.preparation", level, place)
    assert not [w for w in CITY_WORDS if w in text]
    assert "低洼" in text


@pytest.mark.parametrize(("level", "place"), [("县", "望江县"), ("街道", "城关街道")])
def test_a_county_or_street_still_speaks_of_its_urban_waterlogging(level, place):
    text = _renderings("point.flood.task.preparation", level, place)
    assert "城市排涝" in text and "低洼地排涝" not in text
