"""Drafts read as a 县/区/镇 clerk would, session 34: a place's own 森林防火, 地质灾害 and 农业 speech — a central
district's 森林防火 says no 林区 or 护林员, a 地质灾害 meeting is not a 防汛 one, and 高标准农田建设 has its own
areas (review34b)."""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_text as _draft

# What a central district has none of: forest land, rangers, checkpoints into the hills, forest farmers, villages.
_WOODLAND = re.compile(
    r"林区|进山入林|(?<!纳)入林|护林员|林农|封山|林场|村干部|农事|乡村治理|村庄|森林资源"
)


@pytest.mark.parametrize("place", ["鼓楼区", "静安区", "越秀区"])
@pytest.mark.parametrize("seed", range(1, 7))
def test_a_central_district_forest_fire_speech_speaks_of_its_hills_and_green_land(
    place: str, seed: int
) -> None:
    # Read: 鼓楼区's 全区森林防火工作会议 (seed 1, 15 minutes) after review33's 城区 point: 入林路口设立防火检查站,
    # 村干部、护林员、网格员上门宣传, 林区内有智力障碍……的人员, 发挥护林员巡护作用, 民兵、护林员、林场职工组建半专业
    # 扑火队, 林区开发利用, 农村青壮年外出务工, 减轻林农……的损失 — a district of 山体公园、城市绿地 and 街道社区.
    for minutes in (None, 20):
        text = _draft(place, "全区森林防火工作会议", seed, minutes)
        assert not _WOODLAND.search(text), _WOODLAND.search(text)


def test_a_mountain_county_forest_fire_speech_keeps_its_rangers_and_checkpoints() -> None:
    # The same clauses for a county with forest: 护林员 and 入林 are its own.
    texts = "".join(
        _draft("黄山区", "全区森林防火工作会议", seed, 20, features="山区") for seed in range(1, 4)
    )
    assert "护林员" in texts and "入林" in texts


@pytest.mark.parametrize(
    ("place", "feature"), [("巫山县", "山区"), ("清河县", "平原"), ("鼓楼区", "城区")]
)
@pytest.mark.parametrize("seed", range(1, 5))
def test_a_geohazard_meeting_is_not_a_flood_meeting(place: str, feature: str, seed: int) -> None:
    # Read: 巫山县's 全县地质灾害防治工作会议 (seed 2, 13 minutes) opened on 落实市委、市政府防汛工作部署，分析当前汛期
    # 形势……打好防汛这场硬仗 and closed its points on 压实防汛责任; at 20 minutes 清河县 (平原) heard 中小河流和水库的
    # 水位雨量 and 基层防汛责任人; and a mountain county's 地面塌陷 point began 没有高山陡坡，不等于没有地质灾害.
    meeting = f"全{place[-1]}地质灾害防治工作会议"
    for minutes in (None, 20):
        text = _draft(place, meeting, seed, minutes, features=feature)
        assert "防汛" not in text and "水库" not in text
        head = text.split("## 一、")[0]
        assert "汛期" not in head  # no date, no flood season: the opening says no 汛期
        assert "地质灾害" in text.split("## ")[1].splitlines()[0]  # the 认识 point is on 地质灾害
        if feature == "山区":
            assert "没有高山陡坡" not in text
        else:
            assert not re.search("滑坡|泥石流|切坡建房", text)


def test_a_geohazard_meeting_in_the_flood_season_says_so() -> None:
    text = _draft("巫山县", "全县地质灾害防治工作会议", 1, features="山区", date="2026年7月10日")
    assert "汛期" in text.split("## 一、")[0]


# What a 高标准农田建设 meeting borrowed from 粮食生产 and 乡村振兴's 保障.
_BORROWED_GRAIN = re.compile(r"单产|播种面积|种业振兴|生猪产能|菜篮子|涉农督查|乡村振兴实绩考核")


@pytest.mark.parametrize(
    ("place", "minutes"), [("清河县", None), ("清河县", 20), ("南通市", 15), ("柳镇", None)]
)
@pytest.mark.parametrize("seed", range(1, 4))
def test_a_farmland_construction_meeting_speaks_of_building_and_keeping_the_fields(
    place: str, minutes: int | None, seed: int
) -> None:
    # Read: 清河县's 全县高标准农田建设推进会 (seed 1, 10 minutes): its task point was 坚决端牢饭碗，把粮食生产抓紧抓实
    # (稳面积、提单产、生猪产能、菜篮子) and its 保障 乡村振兴's 实绩考核 and 基层减负 — nothing on 建设质量, 资金, 验收 or 管护.
    text = _draft(place, f"全{place[-1]}高标准农田建设推进会", seed, minutes)
    assert not _BORROWED_GRAIN.search(text), _BORROWED_GRAIN.search(text)
    for area in ("质量", "管护", "农民"):
        assert area in text
    if place != "柳镇":
        assert "验收" in text and "资金" in text
    else:  # a town serves the county's project: no department of its own handles the funds
        assert "财政管资金" not in text


@pytest.mark.parametrize("minutes", [None, 20])
@pytest.mark.parametrize("seed", range(1, 4))
def test_a_farming_season_meeting_speaks_of_the_season_and_grain_only(
    minutes: int | None, seed: int
) -> None:
    # Read: 清河县's 全县春耕生产工作会议 (seed 3) gathered 春耕备耕 with 让特色产业成为农民增收的坚实支撑 and 推进县域
    # 城乡融合发展 into its task point; its 全县秋冬种工作会议 was no 乡村振兴 meeting at all (客观看待工作中的不足,
    # 坚持以人民为中心 — not a word of sowing).
    spring = _draft("清河县", "全县春耕生产工作会议", seed, minutes)
    assert not re.search("特色产业|城乡融合|集体经济|和美乡村", spring)
    autumn = _draft("清河县", "全县秋冬种工作会议", seed, minutes)
    assert "播种" in autumn and "秸秆" in autumn


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_flood_and_typhoon_meeting_prepares_for_no_great_drought(seed: int) -> None:
    # Read: 象山县's 全县防汛防台工作会议 (沿海, seed 5, 10 minutes): 立足于防大汛、抗大旱、抢大险、救大灾 at a meeting that
    # speaks of no drought (防台 leaves 抗旱 out since review33); a 防汛抗旱 meeting keeps the four.
    text = _draft("象山县", "全县防汛防台工作会议", seed, 10, features="沿海")
    assert "抗大旱" not in text


@pytest.mark.parametrize("place", ["静安区", "鼓楼区"])
@pytest.mark.parametrize("seed", range(1, 9))
def test_a_central_district_work_safety_speech_has_no_villages(place: str, seed: int) -> None:
    # Read: 静安区's 全区安全生产工作会议 (seed 2, 15 minutes): 筑牢城乡建设安全防线, 对农村自建房施工，要落实各街道的巡查
    # 责任; seed 3 and 8 had a whole sub-point 把安全防线延伸到村组和城郊 (农村集体聚餐、农村家庭作坊、农用机械).
    for minutes in (None, 20):
        text = _draft(place, "全区安全生产工作会议", seed, minutes)
        assert not re.search("农村|城乡|村组|村（社区）", text), re.search(
            "农村|城乡|村组|村（社区）", text
        )


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_straw_burning_meeting_speaks_of_straw_not_rivers_or_ozone(seed: int) -> None:
    # Read: 清河县's 全县秸秆禁烧工作会议 (seed 3) opened on 目的是把河湖长制的责任链条拧紧 (the 河湖长制 opening was tagged
    # 生态环境 too) and its 认识 and 保障 were the whole of 生态环境保护 (细颗粒物、臭氧, "两高"项目, 公路运输, 生态环境保护
    # 委员会): its own opening, 认识 (the harm, the resource) and 保障 (责任到田, 利用的政策, 督查).
    for minutes in (None, 20):
        text = _draft("清河县", "全县秸秆禁烧工作会议", seed, minutes)
        assert not re.search("河湖|河长|臭氧|两高|公路运输|生态环境保护委员会", text)
        assert "秸秆" in text.split("## ")[1].splitlines()[0] or "焚烧" in text.split("## ")[1]


@pytest.mark.parametrize(("place", "minutes"), [("清河县", None), ("清河县", 15), ("柳镇", None)])
@pytest.mark.parametrize("seed", range(1, 4))
def test_an_animal_epidemic_meeting_speaks_of_vaccination_and_outbreaks(
    place: str, minutes: int | None, seed: int
) -> None:
    # Read: 清河县's 全县动物防疫工作会议 (seed 2): no work at all — 今天召开的全县动物防疫工作会议，开得很好, then 守住底线、
    # 服务群众 and 以制度建设为抓手 with not a word of 免疫, 监测 or 疫情.
    text = _draft(place, f"全{place[-1]}动物防疫工作会议", seed, minutes)
    for word in ("免疫", "监测", "疫情", "养殖"):
        assert word in text
    assert "开得很好" not in text


def test_a_town_geohazard_speech_hands_no_county_department_its_duties() -> None:
    # Read: 城关镇's 全镇地质灾害防治工作会议 (山区, seed 4): 自然资源部门要牵头……应急管理、住房城乡建设、交通运输……等部门
    # 要各管一块 — a town has none of these departments; it works with them.
    texts = "".join(
        _draft("城关镇", "全镇地质灾害防治工作会议", seed, features="山区") for seed in range(1, 6)
    )
    assert "自然资源部门要牵头" not in texts and "住房城乡建设、交通运输" not in texts
