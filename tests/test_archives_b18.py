"""Leaks met on batch 18 (issue #13): people, farms and bare places that must not reach a non-specific fragment.
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, ingest
from archive_fixtures import shape as _shape

from drafter.ingest.entities import entity_reasons


def _fragments(tmp_path: Path, name: str) -> dict[str, dict]:
    """The fragments ingest writes for the one document of fixtures/ingest/NAME, by role (points by id)."""
    return {(f["role"] if f["role"] != "point" else f["id"].rsplit(".", 1)[1]): f for f in fragments(tmp_path, name)}


def test_a_group_leader_by_surname_is_a_person(tmp_path: Path) -> None:
    # 尊敬的周组长，同志们： / 督导组周组长代表督导组作了动员讲话: 组长 is a title like 局长 (both were non-specific)
    frags = _fragments(tmp_path, "leak-group-leader-salutation.txt")
    assert "周组长" in frags["salutation"]["text"] and frags["salutation"]["specific"]
    assert "周组长" in frags["acknowledgement"]["text"] and frags["acknowledgement"]["specific"]
    assert not frags["transition"]["specific"] and not frags["closing"]["specific"]


def test_a_group_leader_as_an_office_is_no_person() -> None:
    # the office named in general: who heads a group, a party group, the leaders of small groups
    for text in ("由县长任组长，分管副县长任副组长", "党组组长要履行第一责任", "各村民小组长要逐户宣传", "纪检组组长列席会议"):
        assert entity_reasons(text) == [], text


def test_a_colleague_by_surname_and_tongzhi_is_a_person(tmp_path: Path) -> None:
    # 刚才，张同志对…作了具体安排 (was a non-specific acknowledgement); 任何同志, 老同志 stay words
    frags = _fragments(tmp_path, "leak-surname-comrade-given-name-chair.txt")
    assert "张同志" in frags["acknowledgement"]["text"] and frags["acknowledgement"]["specific"]
    assert entity_reasons("任何同志都不能搞特殊，老同志和年轻同志要互帮互学") == []


def test_a_given_name_before_chair_who_spoke_is_a_person(tmp_path: Path) -> None:
    # 刚才春林主席在讲话中已作了深入阐述: 在讲话中 tells a colleague who spoke, like 作了 (was a non-specific point)
    frags = _fragments(tmp_path, "leak-surname-comrade-given-name-chair.txt")
    assert "春林主席" in frags["point-1"]["text"] and frags["point-1"]["specific"]
    assert not frags["point-2"]["specific"] and not frags["closing"]["specific"]


def test_a_farm_by_its_name_is_a_local_unit(tmp_path: Path) -> None:
    # 与各位老同志欢聚青禾农场 (was a non-specific opening); 家庭农场, 国有林场 are kinds, not names
    frags = _fragments(tmp_path, "leak-named-farm-and-like-place.txt")
    assert "青禾农场" in frags["opening"]["text"] and frags["opening"]["specific"]
    assert not frags["point-1"]["specific"] and not frags["closing"]["specific"]
    assert entity_reasons("培育家庭农场，改革国有林场，发展休闲农场") == []


def test_a_place_held_up_as_an_instance_is_a_place(tmp_path: Path) -> None:
    # 特别是像林口这样的重点林区县: a county's bare short name after 像 (was a non-specific point)
    frags = _fragments(tmp_path, "leak-named-farm-and-like-place.txt")
    assert "林口" in frags["point-2"]["text"] and frags["point-2"]["specific"]
    from drafter.ingest.elsewhere import places_after_de
    from drafter.ingest.params import _gazetteer

    assert places_after_de("像今天这样，像往年一样", _gazetteer().lookup) == []



def test_a_survey_title_run_into_its_text_is_a_report(tmp_path: Path) -> None:
    # 关于…的调研报告近年来，… on one line, then 以下是这次的调研报告：一、…。二、…: the title split off, a report, and
    # its parts read after the turn (was: no title, kind other, no points)
    (doc,) = ingest(tmp_path, "survey-title-run-in-turn-to-parts.txt")
    assert doc["title"] == "关于城郊乡村特色产业发展情况的调研报告"
    assert _shape(doc) == ("report", None, [0, 0, 0])
    assert [p["heading"] for p in doc["points"]][1] == "存在的主要问题"


def test_a_pledge_turns_to_its_first_point_on_the_same_line(tmp_path: Path) -> None:
    # 在此，我代表局党组郑重表态：一、自觉接受监督。… on a page cut after the first point (was: no point)
    (doc,) = ingest(tmp_path, "pledge-run-in-first-point-cut.txt")
    assert _shape(doc) == ("speech", None, [0])
    assert doc["points"][0]["heading"] == "自觉接受监督"


def test_a_pledge_from_three_aspects_announces_three(tmp_path: Path) -> None:
    # 下面，我代表镇党委、镇政府，从三个方面作表态发言 (was: no count announced)
    (doc,) = ingest(tmp_path, "pledge-from-count-aspects.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])


def test_a_monthly_brief_summary_is_a_report(tmp_path: Path) -> None:
    # 县农业农村局3月份工作小结 over 一、…完成情况 / 二、下一步工作打算: a 小结 is a 总结's short form (was other, no points)
    (doc,) = ingest(tmp_path, "monthly-work-brief-summary.txt")
    assert _shape(doc) == ("report", None, [3, 2])


def test_a_flat_government_report_turns_to_its_first_part(tmp_path: Path) -> None:
    # …向大会报告工作，请予审议。并请其他列席人员提出宝贵意见。一、过去一年工作回顾… pasted as one line and cut
    # after its first part: the request to the 列席 is the turn to 一、 (was: no point)
    (doc,) = ingest(tmp_path, "gov-report-flat-turn-after-review.txt")
    assert doc["kind"] == "report" and len(doc["points"]) == 1
    assert doc["points"][0]["heading"].startswith("过去一年工作回顾")
