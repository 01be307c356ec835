"""What the lead read in session 52's drafts and mended (tests cheap: one fragment rendered over seeds, no draft)."""

from __future__ import annotations

import pytest

from tests.work_drafts import fragment_renderings

CITY_WORDS = ("城区易涝点", "城市排涝", "城区积水", "城市内涝")


def _preparation(level: str, place: str) -> str:
    return "".join(fragment_renderings("point.flood.task.preparation", level, place, "防汛工作", seeds=12))


# 大河乡 全乡防汛工作会议 (seed 1): a township was told to name those responsible for 城区易涝点, to detail its 城市排涝 plan
# and to drill how 城区积水 is pumped away — a 乡 or 镇 has low-lying fields and villages, not a city's streets.
@pytest.mark.parametrize(("level", "place"), [("乡", "大河乡"), ("镇", "油坊镇")])
def test_a_township_prepares_for_floods_without_a_citys_waterlogging(level, place):
    text = _preparation(level, place)
    assert not [w for w in CITY_WORDS if w in text]
    assert "低洼" in text


@pytest.mark.parametrize(("level", "place"), [("县", "望江县"), ("街道", "城关街道")])
def test_a_county_or_street_still_speaks_of_its_urban_waterlogging(level, place):
    text = _preparation(level, place)
    assert "城市排涝" in text and "低洼地排涝" not in text
