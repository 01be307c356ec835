"""Drafts read as a 县/区 clerk would, session 33: a place's features and the season in 防汛, 森林防火, 地质灾害 and
台风 drafts — no countryside text for a central district, no 入汛前 at a meeting held in the flood season, 台风 for a
coastal place, and a 城区's own 森林防火 (review33)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.drafting import DraftRequest, make_draft


def _draft(
    place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object
) -> str:
    request = DraftRequest(
        answers={"place": place, "meeting": meeting, **answers},
        seed=seed,
        minutes=minutes,
        history=False,
    )
    return str(make_draft(request).draft.text)


def test_a_suburb_drafted_after_a_central_district_is_drafted_as_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read: 江宁区's 全区防汛工作会议 (20 minutes, seed 3) drafted right after 鼓楼区's said 水库 four times, drafted alone
    # twice: which fragments fit was kept by the meeting and level, not the place's features (鼓楼区 is a 城区).
    from drafter.render import select

    drafts = []
    for name, places in (("alone", ["江宁区"]), ("after", ["鼓楼区", "江宁区"])):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / name))
        monkeypatch.setattr(select, "_KEPT_FITS", {})
        drafts.append([_draft(p, "全区防汛工作会议", 3, 20) for p in places][-1])
    assert drafts[0] == drafts[1]


# Countryside text a central district has none of: livestock, fields, villages and their groups, remote hamlets.
_COUNTRYSIDE = re.compile(
    r"牲畜|畜禽|农田|乡里村里|村落|村庄|村组|乡镇村组|村里|走村入户|乡村两级|养殖|庄稼|村（社区）"
)


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_central_district_flood_teleconference_speaks_of_no_livestock_fields_or_drought(
    seed: int,
) -> None:
    # Read (鼓楼区 全区防汛工作电视电话会议, seeds 1-8, 10/20/30 minutes): 舍不得家里的房子和牲畜, 淹没农田厂房,
    # 因灾死亡的牲畜家禽, 乡里村里也要有一支自己的救援队, 偏远村落、养殖棚户, 预案细化到村组, and 在洪水和旱情面前
    # at a meeting on 防汛 alone; 静安区 (seed 5, 30 minutes, read in full) asked 村（社区）干部 to 巡查报告 — a 城区's
    # {{ grassroots }} is 社区.
    for minutes in (None, 30):
        text = _draft("鼓楼区", "全区防汛工作电视电话会议", seed, minutes)
        assert not _COUNTRYSIDE.search(text), _COUNTRYSIDE.search(text)
        assert not re.search("洪水和旱情|大旱灾|严重干旱|洪涝大旱|持续干旱", text)


def test_a_county_keeps_its_villages_and_a_flood_and_drought_meeting_its_drought() -> None:
    county = " ".join(_draft("清河县", "全县防汛抗旱工作会议", s, 30) for s in (1, 2, 3))
    assert _COUNTRYSIDE.search(county)
    assert re.search("旱情|干旱", county)


def test_a_coastal_county_and_a_typhoon_meeting_speak_of_typhoons_and_no_other_place_does() -> None:
    # Read: 象山县 全县防汛防台工作会议 and 全县防汛工作会议 (地方特点=沿海, 20 minutes, seed 1), 南通市 全市防台风工作会议
    # (seed 1): no word on 台风 anywhere in the library. Now a coastal place, or a meeting naming 台风, hears of
    # warnings, 渔船回港, 人员转移 and 沿海工地; a 防台风 meeting first, and no 抗旱 (防洪抗旱工程, 农村抗旱水源).
    coast = _draft("象山县", "全县防汛工作会议", 1, 20, features="沿海")
    assert "台风" in coast and "回港" in coast and re.search("渔船|船只", coast)
    typhoon = _draft("南通市", "全市防台风工作会议", 1)
    tasks = typhoon.split("\n## ")[2]
    assert tasks.startswith("二、") and "台风" in tasks.split("\n")[0]
    assert not re.search("防洪抗旱|农村抗旱|持续干旱", typhoon)
    for seed in (1, 2, 3):
        inland = _draft("清河县", "全县防汛工作会议", seed, 20)
        assert not re.search("台风|渔船|风暴潮", inland)


_BEFORE_SEASON = re.compile(
    r"入汛前|入汛之前|汛前(?!、汛中|查险|要亲自|亲自)|主汛期(?:到来)?之前|主汛期前|带入主汛期|进入主汛期"
)


@pytest.mark.parametrize("seed", [1, 3, 5])
def test_a_flood_meeting_in_july_or_with_no_date_says_no_before_the_season(seed: int) -> None:
    # Read (清河县 全县防汛工作会议, 20 minutes, seed 3, dated 2026年7月15日): 抢在入汛前把防御准备全部做到位,
    # 对汛前能完成整改的…决不能让隐患带入主汛期, 名单入汛前就张榜公布 — in July. Now a meeting held in the flood
    # season, or one whose date is not given, draws the wording that fits any time; one in April keeps 入汛前.
    for date in ("2026年7月15日", ""):
        text = _draft("清河县", "全县防汛工作会议", seed, 20, date=date)
        assert not _BEFORE_SEASON.search(text), _BEFORE_SEASON.search(text)
    april = " ".join(
        _draft("清河县", "全县防汛工作会议", s, 20, date="2026年4月10日") for s in (1, 3)
    )
    assert _BEFORE_SEASON.search(april)
    named = _draft("清河县", "全县汛前准备工作会议", seed, 20)
    assert _BEFORE_SEASON.search(named)


_WOODLAND = re.compile(r"林区|林农|村规民约|乡村治理|林火阻隔|防火道路|涉林输配电")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_central_district_forest_fire_meeting_speaks_of_its_hills_and_parks(seed: int) -> None:
    # Read (鼓楼区 全区森林防火工作会议, seeds 1-6; seed 2 in full): every point written for 林区 — 林火阻隔网, 涉林输配电
    # 线路, 村林接合部, 林区村要组建义务扑火队, 让全区林区长治久安. Now its first task area is the town's hills and parks
    # (祭扫用火, 烟花爆竹, 消防救援就近处置), the frame says 山林绿地 and 市民群众, and the user is told what is left.
    result = make_draft(
        DraftRequest(
            answers={"place": "鼓楼区", "meeting": "全区森林防火工作会议"}, seed=seed, history=False
        )
    )
    text = str(result.draft.text)
    tasks = text.split("\n## ")[2]
    assert re.search("山体|绿地|公园", tasks.split("\n\n")[2]), tasks[:200]
    assert "烟花爆竹" in text or "祭扫" in text
    frame = text.split("\n## ")[0] + text.split("\n\n")[-1]
    assert not _WOODLAND.search(frame), _WOODLAND.search(frame)
    assert any("中心城区没有成片林区" in note for note in result.notes)
    county = _draft("清河县", "全县森林防火工作会议", seed)
    assert "林区" in county and "公园绿地" not in county


def test_a_plain_county_geohazard_meeting_speaks_of_subsidence_and_collapse() -> None:
    # Read (清河县 地方特点=平原 全县地质灾害防治工作会议, seed 1): not one word on 地质灾害 — the hills' point is left
    # out on a plain, so it was a 防汛 speech. Now it speaks of 地面沉降, 采空区和岩溶塌陷, 道路塌陷; a 防汛 meeting does not.
    result = make_draft(
        DraftRequest(
            answers={"place": "清河县", "features": "平原", "meeting": "全县地质灾害防治工作会议"},
            seed=1,
            history=False,
        )
    )
    text = str(result.draft.text)
    assert "地面沉降" in text and "塌陷" in text
    assert not re.search("滑坡|泥石流|山洪", text)
    assert any("平原没有山区" in note for note in result.notes)
    flood = " ".join(
        _draft("清河县", "全县防汛抗旱工作会议", s, 30, features="平原") for s in (1, 2)
    )
    assert "地面沉降" not in flood


def test_a_central_district_autumn_safety_meeting_keeps_no_forest_or_straw() -> None:
    # Searched every topic file for countryside text: 秋冬季安全生产's 严防森林草原火灾 (巡山护林、进山路口) is now tagged
    # 林区, the 大气 point's 秸秆禁烧 sentence and 传统村落 in 文明 text are said only where there are villages.
    town = _draft("静安区", "全区秋冬季安全生产工作会议", 1, 20)
    assert not re.search("林区|秸秆|巡山|进山", town)
    county = _draft("清河县", "全县秋冬季安全生产工作会议", 1, 20)
    assert re.search("林区|秸秆|巡山|进山", county)
