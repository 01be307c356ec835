"""Shapes the wild21 work set (40 real pages read at first sight, issue #13) showed ingest and check.
Fixtures are our own writing, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import INGEST, general_holding, ingest
from archive_fixtures import fragments as _fragments
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text
from drafter.ingest import ingest_paths


def test_another_person_reporting_for_the_town_is_not_the_speakers_level() -> None:
    # a city official at a town's liaison meeting: 刚才，某书记代表镇委、镇政府通报了… was taken as the speaker's own
    # bodies, the speech became a town's, and 市直 a level-mix error
    assert _found(_read("liaison-town-secretary-reports-correct.txt"), rule="level-mix") == []
    # the speaker's own 我代表镇委、镇政府 still makes it a town's speech, where 市直 is another level's word
    assert _found(_read("liaison-town-secretary-reports-flawed.txt"), rule="level-mix") == [("level-mix", "市直")]



def test_a_school_calling_itself_by_its_short_name_stays_out_of_general_fragments(tmp_path: Path) -> None:
    # 三中学子就是要… and a line the page ends at 三中 (its 必胜！ on the next line): the school's own short name was
    # left in non-specific fragments
    frags = _fragments(tmp_path, "school-short-name-students-line-end.txt")
    assert general_holding(frags, "三中") == []
    assert any(not f["specific"] for f in frags)  # the general ones are still there


def test_aspects_of_questions_announced_for_discussion(tmp_path: Path) -> None:
    # 就三个方面的问题与大家共同探讨 (a 座谈会 speech): the count of its points (was no count: only 就三个方面与大家…)
    (doc,) = ingest(tmp_path, "seminar-aspects-of-questions-to-discuss.txt")
    assert (doc["kind"], doc["announced_count"], len(doc["points"])) == ("speech", 3, 3)


def test_a_writing_sites_hotline_profile_and_column_over_a_report(tmp_path: Path) -> None:
    # 24小时求稿热线:139… 陈老师 / 本站站长、…专家...[详细] / 工作总结/工作汇报 over …工作总结: the site's lines took the
    # title's place among the first lines, and the report was read as other with no points
    (doc,) = ingest(tmp_path, "report-writing-site-hotline-profile-column.txt")
    assert (doc["kind"], doc["title"]) == ("report", "2026年县文化旅游局工作总结")
    assert [len(p["subpoints"]) for p in doc["points"]] == [1, 2]


def test_an_account_pasted_as_one_line_keeps_its_title_points_and_sub_points(tmp_path: Path) -> None:
    # 县…过去三年及2026年工作总结一、过去三年工作回顾1.景区建设实现新突破。…2.公共文化服务呈现新亮点。…二、…: the
    # title ran into 一、 (was other, no points) and 2. after a full stop stayed inside 1. (one sub-point)
    (doc,) = ingest(tmp_path, "report-title-run-into-heading-and-arabic-subs.txt")
    assert (doc["kind"], doc["title"]) == ("report", "县文化旅游局过去三年及2026年工作总结")
    assert [(p["heading"], len(p["subpoints"])) for p in doc["points"]] == [("过去三年工作回顾", 2), ("2026年工作打算", 2)]


def test_a_meeting_and_genre_title_run_into_todays_opening(tmp_path: Path) -> None:
    # 全镇教师节表彰大会讲话稿今天我们欢聚在一起，… (no 在…上, no 称谓, one line): the title went unseen and the speech was
    # read as other; the 一是…二是… of its look back at the year are no points
    (doc,) = ingest(tmp_path, "meeting-genre-title-run-into-today.txt")
    assert (doc["kind"], doc["title"], doc["points"]) == ("speech", "全镇教师节表彰大会讲话稿", [])


def test_a_collection_pages_introduction_of_its_pieces_is_no_document(tmp_path: Path) -> None:
    # …往往为新学期定下基调…。本文将就…的写法以及几篇范例进行探讨。 between the collection's title and 第1篇: the site's
    # introduction made a document of its own (other) and the piece under it a second one
    report = ingest_paths([INGEST / "collection-intro-this-article-discusses.txt"], library=tmp_path / "lib",
                          corpus=tmp_path / "corpus", dry_run=True).as_dict()  # fmt: skip
    assert [d["kind"] for d in report["documents"]] == ["speech"]
    assert any(r["text"].endswith("进行探讨。") for r in report["files"][0]["removed"])


def _warned(text: str, **kw: str) -> list[str]:
    """The messages of the foreign-place warnings check gives on `text`."""
    return [f.message for f in check_text(text, **kw).findings if f.rule == "foreign-place" and f.severity == "warning"]


def test_the_new_place_a_town_calls_everyone_to_build_is_its_own() -> None:
    # 春风又绿青禾大地 … 携手建新宜兴！: a county's bare name as the new place to build, in a town that calls itself
    # 青禾: it was not found at all, with or without --place. The gazetteer holds no towns, so 宜兴 might be the county
    # the town is in: a warning that says the town's own name, never an error
    correct = _read("town-new-place-flourish-correct.txt")
    assert _warned(correct) == _warned(correct, place="青禾镇") == []
    assert _found(correct, rule="foreign-place") == []
    flawed = _read("town-new-place-flourish-flawed.txt")
    assert _found(flawed, rule="foreign-place") == _found(flawed, rule="foreign-place", place="青禾镇") == []
    assert ["“青禾”" in m and "“宜兴”" in m for m in _warned(flawed)] == [True]
    assert ["“青禾”" in m for m in _warned(flawed, place="青禾镇")] == [True]
    # a province's or a region's flourish (江苏大地, 三湘大地), or a city's speech, tells no town's name
    for land in ("江苏", "三湘"):
        assert ["青禾" in m or land in m for m in _warned(flawed.replace("青禾大地", f"{land}大地"))] == [False]
    city = flawed.replace("全镇", "全市").replace("镇党委、镇政府", "市委、市政府")
    assert ["宜兴" in m and "青禾" not in m for m in _warned(city)] == [True]


def test_a_mask_spaced_off_by_a_pdf_is_still_a_placeholder() -> None:
    # 以及 X 省委、X 市委和 X 区党工委 / X 同志已 (text taken out of a PDF puts a space after a Latin X): not found
    # before; X 光机 and 5G stay quiet
    assert _found(_read("pdf-spaced-mask-correct.txt"), rule="placeholder") == []
    assert _found(_read("pdf-spaced-mask-flawed.txt"), rule="placeholder") == [("placeholder", "X")] * 4


def test_the_superiors_meetings_heard_first_are_not_this_meeting(tmp_path: Path) -> None:
    # 在全县森林防火工作会议上 / 刚才，省、市分别召开了全省、全市森林防火工作电视电话会议: the city's meeting was taken
    # for the speech's own and became {{ meeting }} (another county's speech would have heard its own meeting there)
    frags = {f["id"].rsplit(".", 1)[1]: f for f in _fragments(tmp_path, "county-superiors-video-meeting-first.txt")}
    assert "电视电话会议" in frags["acknowledgement"]["text"]
    assert "{{ meeting }}" not in frags["acknowledgement"]["text"]


def test_a_column_label_doubled_before_a_lecture_title(tmp_path: Path) -> None:
    # 专题党课讲稿 专题党课讲稿:从红色家书里汲取信仰力量: the page's label said twice stayed in the title (and the title fragment)
    (doc,) = ingest(tmp_path, "party-lecture-label-doubled-in-title.txt")
    assert doc["title"] == "专题党课讲稿：从红色家书里汲取信仰力量"
    assert (doc["kind"], len(doc["points"])) == ("speech", 2)


def test_a_river_the_opening_names_binds_it_to_the_places_on_it(tmp_path: Path) -> None:
    # 在淮河主汛期即将到来…之际 (a 防汛 opening): reused as it was for a county in the hills (was non-specific);
    # 长江后浪推前浪 is a saying, and its point stays general
    frags = {f["id"].rsplit(".", 1)[1]: f for f in _fragments(tmp_path, "flood-opening-names-its-river.txt")}
    assert frags["opening"]["specific"]
    assert not frags["point-2"]["specific"] and "长江后浪" in frags["point-2"]["text"]
