"""The last leaks of issue #13 (leak50): a speech that names no place still names its own body, village and people.

The held-out speeches that leaked (session 49's shapes) were all speeches where ingest found no place: two- and
three-character names the gazetteer does not know (a firm's or a bank's short name, a village without its 村) and
four-character bodies (X公司), in the middle of a sentence. Fixtures of our own writing (tests/fixtures/leak50/, invented
names) hold each such name; none may reach a fragment not tagged `specific`, while the points that name nobody stay
reusable. The rules are tried one by one as well, so that each can fail on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding

from drafter.ingest.entities import entity_reasons
from drafter.ingest.ownbodies import everyday_word, recurring_own_names, spoken_people

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "leak50"


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("firm-names.txt", "澄岚"),  # 一代又一代澄岚人 … 澄岚的发展: the firm's short name, its people and its growth
        ("firm-names.txt", "邬思远"),  # 代表邬思远发表获奖感言: a name after 代表, before what the person does
        ("firm-names.txt", "晟澜公司"),  # 祝福晟澜公司: a firm of two characters no dictionary holds
        ("village-names.txt", "苇塘垴"),  # 苇塘垴村 … 支持苇塘垴建设: the village, with and without its 村
        ("village-names.txt", "覃思远"),  # 优秀党员有：邬明川、覃思远、柯秋禾: a list of names joined by 、
        ("school-names.txt", "青麓湾"),  # 作为青麓湾人 … 青麓湾这张教育名片: the speaker's own people named once
        ("school-names.txt", "溪湾外国语学校"),  # 我们的溪湾外国语学校: the own school by its name
        ("school-names.txt", "柯园长"),  # a head of a kindergarten by surname and office
        ("school-names.txt", "岚塘籍"),  # 岚塘籍乡友: where people are from
        ("school-names.txt", "覃悦"),  # 有一个叫覃悦: a name after 叫
    ],
)
def test_no_own_name_reaches_a_general_fragment(tmp_path: Path, name: str, word: str) -> None:
    frags = fragments(tmp_path, name, FIXTURES)
    assert any(word in str(f) for f in frags), word  # the fixture still says it
    assert general_holding(frags, word) == []


def test_the_points_that_name_nobody_stay_reusable(tmp_path: Path) -> None:
    for name in ("firm-names.txt", "village-names.txt", "school-names.txt"):
        frags = fragments(tmp_path / name, name, FIXTURES)
        points = [f["id"] for f in frags if ".point-" in f["id"]]
        general = [i for i in points if i in {f["id"] for f in frags if not f["specific"]}]
        assert len(points) == 3 and general == points, (name, points, general)


def test_a_name_said_twice_where_names_stand_is_the_speech_own() -> None:
    assert recurring_own_names("一代又一代澄岚人埋头苦干，澄岚的发展离不开大家。") == ((), ("澄岚",))
    assert recurring_own_names("特别是澜行成立以来，大家投入到澜行改革中。") == ((), ("澜行",))
    assert recurring_own_names("苇塘垴村文化广场落成了，感谢支持苇塘垴建设的朋友，苇塘垴村党支部") == (("苇塘垴",), ())
    assert recurring_own_names("作为青麓湾人，我们倍感自豪。青麓湾这张名片越擦越亮。") == ((), ("青麓湾",))
    # once is not enough where it stands once: 澄岚人 said a single time may be a guest's people
    assert recurring_own_names("欢迎澄岚人来做客。") == ((), ())
    # a body every county has, but the speech speaks as it: 我们人民医院 … 人民医院的发展
    assert recurring_own_names("我们人民医院走过了七十年。人民医院的发展离不开大家。") == ((), ("人民医院",))
    assert recurring_own_names("要加强与上级医院的合作，上级医院的发展。文体中心的建设，文体中心的建设。") == ((), ())


def test_everyday_words_where_names_stand_are_no_names() -> None:
    text = (
        "我们以热烈的掌声欢迎各位。残疾人事业的发展离不开大家，残疾人事业要发展。全院干部职工、全院干部职工要团结。"
        "建设社会主义新农村，新农村建设。要坚守立德树人的初心，落实立德树人。我们众志成城，我们众志成城。"
        "老人的生活，老人的健康。经济的发展，经济的发展。"
    )
    assert recurring_own_names(text) == ((), ())
    assert everyday_word("发展") and everyday_word("阳光") and not everyday_word("澄岚")


def test_people_where_names_stand_in_a_host_script() -> None:
    assert spoken_people("有请“年度标兵”代表邬思远发表获奖感言。") == ("邬思远",)
    assert spoken_people("毕业生里有一个叫覃悦，如今已是老师。") == ("覃悦",)
    assert spoken_people("受表彰的优秀党员有：邬明川、覃思远、柯秋禾，请大家鼓掌。") == ("邬明川", "覃思远", "柯秋禾")
    # a body or a word after 代表, or a list of words, is nobody
    assert spoken_people("请代表学校发言，代表项目部发言，代表全体员工致辞。") == ()
    assert spoken_people("要做到：高效、便捷、安全，规范、有序、文明。") == ()


def test_bodies_titles_and_native_places_in_one_fragment() -> None:
    assert entity_reasons("最后，祝福晟澜公司事业兴旺！") == ["本地单位（晟澜公司）"]
    assert entity_reasons("当然是我们的溪湾外国语学校！") == ["本地单位（溪湾外国语学校）"]
    assert entity_reasons("刚才，柯园长代表兄弟学校致辞。") == ["人名（柯园长）"]
    assert entity_reasons("我们客居的岚塘籍乡友欢聚于此。") == ["籍贯地名（岚塘籍）"]
    assert entity_reasons("率先完成了澄溪公路建设苇溪垴段的征迁。") == ["本地地名（苇溪垴段）"]
    assert entity_reasons("为建设富裕、和谐的新岚塘建功立业。") == ["本地地名（新岚塘）"]
    assert entity_reasons("为新时代建功立业，在公路建设的关键阶段。") == []
    # kinds of bodies, and the nation, are nobody's own
    for text in ("要发挥商业银行的作用。", "各分公司要抓好落实。", "我们的学校越办越好。", "中国籍员工", "我们迎来了学校运动会。"):
        assert entity_reasons(text) == [], text
