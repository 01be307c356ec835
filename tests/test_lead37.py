"""An economy meeting speaks of the land and the villages (lead37).

Read (望江县 全县经济工作会议, 20 and 30 minutes, seeds 1–6): projects, 招商, industry, consumption, towns and risks, and
not a word on grain, the villages or farmers' income, which every county's economy speech carries. Read (葛仙庄镇
全镇经济工作会议, 15 minutes, seed 1): its task point filled with 突出工作重点，推动经济工作取得新成效 and 守住底线、服务群众，
推动经济工作行稳致远, general sections with the work's name pasted in, and nothing on the fields or the villages' income.
"""

from __future__ import annotations

import re

import pytest

from tests.work_drafts import draft_text


def _point(text: str, first_words: str) -> str:
    """The text of the point whose heading starts with `first_words` after its number."""
    parts = re.split(r"^## ", text, flags=re.M)
    return next(p for p in parts[1:] if re.match(rf"[一二三四五六七]、{first_words}", p) or first_words in p.split("\n")[0])


@pytest.mark.parametrize(
    ("place", "minutes"), [("望江县", 20), ("望江县", 30), ("清河县", 20), ("南通市", 30)]
)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_county_or_city_economy_meeting_speaks_of_grain_and_farmers(place: str, minutes: int, seed: int) -> None:
    # (A city's 20-minute task point of two sections may leave 三农 to its 农村工作会议: 南通市, seed 3.)
    level = place[-1]
    text = draft_text(place, f"全{level}经济工作会议", seed, minutes=minutes)
    assert "粮食" in text and ("农民" in text or "脱贫" in text), text[:200]
    assert "分解到各乡镇（街道）" in text or "粮食安全党政同责" in text or "耕地" in text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("minutes", [10, 15])
def test_a_town_economy_meeting_has_no_pasted_general_section(seed: int, minutes: int) -> None:
    text = draft_text("葛仙庄镇", "全镇经济工作会议", seed, minutes=minutes)
    for pasted in ("推动经济工作取得新成效", "开创经济工作新局面", "推动经济工作行稳致远", "以更实举措抓好经济工作"):
        assert pasted not in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_town_economy_meeting_speaks_of_its_fields_or_its_villages_income(seed: int) -> None:
    text = draft_text("葛仙庄镇", "全镇经济工作会议", seed, minutes=15)
    assert "耕地" in text or "集体经济" in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_street_or_a_district_is_not_told_to_farm(seed: int) -> None:
    # A 街道 has no fields, and most districts few: neither is told to 分解粮食生产任务.
    for place, meeting in (("湖滨街道", "全街道经济工作会议"), ("南京市鼓楼区", "全区经济工作会议")):
        text = draft_text(place, meeting, seed, minutes=20)
        assert "粮食生产任务" not in text and "种粮任务" not in text


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_township_names_its_party_committee_and_its_discipline_committee(seed: int) -> None:
    # Read (大河乡 全乡党风廉政建设工作会议, 15 minutes, seed 4): 党委（党组）、书记、班子成员、纪委各担其责 and 党委（党组）要
    # 支持纪检监察机关履行监督责任: a 乡 has a 党委 and a 纪委, no 党组 and no 纪检监察机关 of its own.
    text = draft_text("大河乡", "全乡党风廉政建设工作会议", seed, minutes=20)
    assert "党委（党组）" not in text
    assert "支持纪检监察机关" not in text and "纪检监察机关要协助" not in text and "纪检监察机关要当好" not in text
    county = draft_text("望江县", "全县党风廉政建设工作会议", seed, minutes=20)
    assert "纪委" in county
