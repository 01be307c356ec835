"""Ingest and check on the shapes the sealed batch 26 showed after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments as _fragments
from archive_fixtures import general_holding as _general_holding
from archive_fixtures import ingest
from archive_fixtures import shape as _shape
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.ingest.entities import entity_reasons


def test_a_bank_president_called_by_his_given_name_stays_out_of_general_fragments(tmp_path: Path) -> None:
    # …，振东行长作了重要讲话 / 振东行长的重要讲话: a colleague by given name and 行长 (only 书记/县长/局长… were known)
    frags = _fragments(tmp_path, "speech-closing-remarks-president-by-given-name.txt")
    assert frags and _general_holding(frags, "振东") == []


def test_a_person_named_as_elected_binds_the_text_to_him() -> None:
    # 热烈祝贺陈立恒再次当选青松村党委书记！: a full name before 当选 is a person (a news title read into a point)
    assert entity_reasons("热烈祝贺陈立恒再次当选青松村党委书记！")
    assert not entity_reasons("新一届党委班子全票当选，大家表示祝贺。")


def test_a_companys_bare_name_said_of_its_own_people_stays_out_of_general_fragments(tmp_path: Path) -> None:
    # 为恒晟喝彩, 恒晟人, 恒晟儿女, 恒晟员工: the company's own name, said bare in a 致辞 to its staff
    frags = _fragments(tmp_path, "speech-company-festival-own-bare-name.txt")
    assert frags and _general_holding(frags, "恒晟") == []


def test_a_towns_name_ending_in_shi_before_its_own_organ_stays_out_of_general_fragments(tmp_path: Path) -> None:
    # 我代表岚市镇党委、政府… / 为岚市的发展: a town whose name ends in 市 (沙市镇, 官市镇) was no town's name
    frags = _fragments(tmp_path, "speech-town-school-anniversary-town-name-ends-in-shi.txt")
    assert frags and _general_holding(frags, "岚市") == []


def test_a_list_under_a_host_scripts_agenda_item_numbers_from_one_again() -> None:
    # 下面我宣读几点要求：1、2、 … 大会第三项：由…工作人员述职。 / 1、…述职。2、…: the agenda item's own list of who
    # reports in turn; its 1、 was taken for a disorder after the 要求's 2、
    text = _read("host-script-agenda-item-own-list.txt")
    assert _found(text, rule="numbering") == []
    assert _found(text.replace("2、社区居委会委员述职", "3、社区居委会委员述职", 1), rule="numbering")


def test_an_untitled_disclosure_annual_report_saying_what_it_is_is_a_report(tmp_path: Path) -> None:
    # 本年度报告根据《中华人民共和国政府信息公开条例》…制作 with no title over it: read as other (or news)
    (doc,) = ingest(tmp_path, "report-disclosure-annual-says-this-report.txt")
    assert doc["kind"] == "report" and len(doc["points"]) == 2


def test_a_disclosure_annual_report_cut_to_its_first_part_is_a_report(tmp_path: Path) -> None:
    # 一、总体情况 / 2025年，县林业局…认真贯彻落实《中华人民共和国政府信息公开条例》…: the office's account of its year's
    # disclosure work, the page's title lost; read as other
    (doc,) = ingest(tmp_path, "report-disclosure-annual-under-its-first-part.txt")
    assert doc["kind"] == "report" and len(doc["points"]) == 2


def test_an_address_said_to_those_gathered_with_it_is_a_speech_not_a_letter(tmp_path: Path) -> None:
    # 以下是署长今日出席新春酒会的致辞： / 各位来宾、各位朋友： / 今天我…出席…酒会，与大家聚首一堂…: said to people present
    # (聚首一堂 was not known as a gathering), the page's skip link standing where the title is; read as a letter (other)
    (doc,) = ingest(tmp_path, "speech-reception-address-under-skip-link.txt")
    assert doc["kind"] == "speech"


def test_a_sites_skip_link_is_no_title(tmp_path: Path) -> None:
    # 跳至主要内容 (a screen reader's skip link on a line of its own) was read as the address's title
    (doc,) = ingest(tmp_path, "speech-reception-address-under-skip-link.txt")
    assert doc["title"] == "署长新春酒会致辞（附图）"


def test_a_studys_thoughts_and_suggestions_are_a_report(tmp_path: Path) -> None:
    # 关于完善…的思考及建议 / …的模式选择与政策建议: a study's findings and proposals; read as other, no points
    (doc,) = ingest(tmp_path, "report-study-thoughts-and-suggestions.txt")
    assert _shape(doc) == ("report", None, [2, 2])
