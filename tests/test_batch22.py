"""Kinds, structure and check on the shapes the sealed batch 22 showed after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_university_named_after_its_city_and_a_programme_about_another_county_are_elsewhere() -> None:
    # 被南京大学录取 in a school's speech and 观看了关于兰考县委班子专题民主生活会的专题节目 in a 点评: the place names a
    # university and the subject of a programme watched, not a place of the speech (were foreign-place errors)
    for name in ("school-graduates-university", "life-meeting-watched-programme"):
        correct = _read(f"{name}-correct.txt")
        assert _found(correct, rule="foreign-place", place="清河县") == []
        assert _found(correct, severity="warning", rule="foreign-place", place="清河县") != []
        # the same text with another county said as ours is still an error
        assert _found(_read(f"{name}-flawed.txt"), rule="foreign-place", place="清河县") == [("foreign-place", "沭阳县")]


def test_a_salutation_with_a_qualified_word_said_twice_is_an_error() -> None:
    # 尊敬的各位领导、青年朋友们： on two lines in a row: 青年朋友们 was no salutation word, so the repeated line went unseen
    assert _found(_read("youth-day-salutation-twice-correct.txt"), rule="salutation") == []
    flawed = _read("youth-day-salutation-twice-flawed.txt")
    assert _found(flawed, rule="salutation") == [("salutation", "尊敬的各位领导、青年朋友们：")]


def test_reports_told_by_a_run_in_title_a_work_huibao_title_or_a_notice_they_answer(tmp_path: Path) -> None:
    # …教职工代表大会工作报告 总述 本报告… and a PDF's …情况汇 报 尊敬的检查组各位领导： (the title run into the first
    # line), …工作队第三季度工作汇报, and an untitled 根据…《…考评工作的通知》要求，…逐项梳理了各项任务完成情况: all
    # read as speeches (or other), their parts cut into fragments
    expected = {
        "report-title-run-into-first-line.txt": [3, 3],
        "report-pdf-run-title-briefing.txt": [],
        "report-village-team-work-huibao.txt": [3],
        "report-untitled-answer-to-notice.txt": [0, 1],
    }
    for k, (name, subs) in enumerate(expected.items()):
        (doc,) = ingest(tmp_path / str(k), name)
        assert _shape(doc) == ("report", None, subs), name


def test_a_proposal_letter_under_a_news_sites_headline_is_a_letter(tmp_path: Path) -> None:
    # @全县党员干部，这封倡议书请查收！ / date / 转自：… over 关于…的倡议书 and 现倡议如下：一、…二、…: a speech with two points
    (doc,) = ingest(tmp_path, "letter-proposal-under-news-headline.txt")
    assert _shape(doc) == ("other", None, [])
    assert doc["fragments"] == {}


def test_a_list_after_a_colon_inside_a_run_in_item_is_the_items_own(tmp_path: Path) -> None:
    # 一是工业…。正在洽谈的项目有两个：一是…；二是…。…二是农业…: the inner pair made the paragraph's 二是 a repeat
    # (a numbering error in check) and left the point with no sub-points in ingest
    (doc,) = ingest(tmp_path, "report-inner-list-after-colon.txt")
    assert _shape(doc) == ("report", None, [3])
    assert doc["points"][0]["subpoints"][1].startswith("农业产业初具规模")
    assert _found(_read("report-inner-list-after-colon-correct.txt"), rule="numbering") == []
    # the paragraph's own 二是 said twice is still an error
    assert _found(_read("report-inner-list-after-colon-flawed.txt"), rule="numbering") == [("numbering", "二是")]


def test_a_part_heading_run_onto_the_end_of_the_paragraph_before_starts_the_part() -> None:
    # …等内容。 二、主要工作和体会 at the end of the last 3. paragraph, then 1.…: the 1. was "after 3." (an error)
    assert _found(_read("report-part-heading-run-on-correct.txt"), rule="numbering") == []
    assert _found(_read("report-part-heading-run-on-flawed.txt"), rule="numbering") == [("numbering", "三、")]


def test_dated_links_under_related_news_and_a_sites_footer_with_the_title_are_no_documents(tmp_path: Path) -> None:
    # 相关新闻 over - 2026-02-27清河：… headlines (no article under them), and 某某文库 + the speech's title as the page's
    # last line: each was read as a second document (other)
    (news,) = ingest(tmp_path / "a", "news-dated-related-links.txt")
    assert news["kind"] == "news"
    (speech,) = ingest(tmp_path / "b", "speech-site-footer-title-again.txt")
    assert _shape(speech) == ("speech", 3, [])


def test_a_collections_contents_under_a_titled_contents_line_are_no_part_of_the_first_speech(tmp_path: Path) -> None:
    # 中学开学典礼上的讲话目录 over 1.扬帆起航正当时 2 … 12.… 42 (titles with page numbers): only a bare 目录 line opened
    # the contents, so the list stayed in the first speech and gave it its title (2.在新学年开学典礼上的讲话)
    (doc,) = ingest(tmp_path, "collection-contents-titled-list.txt")
    assert _shape(doc) == ("speech", None, [])
    assert doc["title"] == "扬帆起航正当时" and doc["lines"][0] == 29


def test_districts_of_one_city_that_spoke_at_the_meeting_make_the_speech_that_citys() -> None:
    # 刚才，…相山区、杜集区和市住建局主要负责同志分别作了很好的发言: both districts are 淮北市's, so the meeting is the
    # city's; with one 全市 and one planted 全县 the level was a tie and the 全县 went unfound
    assert _found(_read("city-units-spoke-correct.txt")) == []
    assert _found(_read("city-units-spoke-flawed.txt")) == [("level-mix", "全县")]


def test_new_year_words_published_by_bureau_heads_are_a_letter_not_news(tmp_path: Path) -> None:
    # …局长2027年新年寄语 on a news site, opening on the date of the meeting they follow (1月3日，…会议召开): read as news
    (doc,) = ingest(tmp_path, "letter-new-year-words-of-bureau-heads.txt")
    assert _shape(doc) == ("other", None, [])
