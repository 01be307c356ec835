"""Ingest generalised from batch 52's misses and leak (issue #13): each class of shape in two or three spellings of our
own writing (tests/fixtures/ingest/ingest52-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    "name",
    [
        # 夏季防溺水倡议书【一】 / … / 夏季防溺水倡议书【二】 / 全镇广大青少年朋友们： / one sentence, cut (was: one letter)
        "ingest52-bracket-piece-pledge.txt",
        # 春節慰問信（一） / … / 春節慰問信（二）, traditional characters (was: the same)
        "ingest52-bracket-piece-traditional.txt",
        # 致全市市民的一封信(1) / … / 致全市市民的一封信(2), halfwidth punctuation (was: the same)
        "ingest52-bracket-piece-halfwidth.txt",
    ],
)
def test_a_collections_piece_number_in_brackets_on_the_title_line_opens_the_next_letter(
    tmp_path: Path, name: str
) -> None:
    docs = ingest(tmp_path, name)
    assert len(docs) == 2
    first, second = docs
    assert (
        first["kind"] == second["kind"] == "other" and first["genre"] == second["genre"] == "书信"
    )
    assert second["points"] == [] and second["lines"][0] == first["lines"][1] + 1, (
        "the numbered title opens the second"
    )


def test_a_single_speech_whose_title_ends_in_a_bracketed_one_stays_one_speech(
    tmp_path: Path,
) -> None:
    # 在全县安全生产工作会议上的讲话（一）: no （二） follows, so the number divides nothing
    (doc,) = ingest(tmp_path, "ingest52-bracket-piece-guard.txt")
    assert (doc["kind"], doc["announced_count"], [len(p["subpoints"]) for p in doc["points"]]) == (
        "speech",
        2,
        [0, 0],
    )


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 表态发言 run on in one line: …根据会议安排，我在此作表态发言，请予指正。一、端正态度主动接受评议开展…。二...
        # (was: no points)
        ("ingest52-runon-turn-pledge.txt", ("speech", None, [0, 0])),
        # a doc site's chunks 1、2、3、: …向大会作报告,请予审议。一、过去五年的工作过去的五年,… cut (was: no points)
        ("ingest52-runon-turn-report.txt", ("report", None, [0])),
        # …向大會作工作報告，請予審議。一、五年來的主要工作五年來，…, traditional, cut (was: no points)
        ("ingest52-runon-turn-traditional.txt", ("report", None, [0])),
    ],
)
def test_the_first_point_run_on_after_the_speakers_hand_over_is_read(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_a_point_cut_at_its_number_is_counted_but_writes_no_fragment(tmp_path: Path) -> None:
    frags = fragments(tmp_path, "ingest52-runon-turn-pledge.txt")
    points = [f for f in frags if f["role"] == "point"]
    assert len(points) == 1 and "端正态度" in points[0]["heading"]


@pytest.mark.parametrize(
    ("name", "subpoints"),
    [
        # a 范文 page's summary with *-masked names: 今年以来，*镇在*县委…领导下，… / 一、近期工作进展 / （一）…*月*日，*镇召开…
        # (was: news, no points)
        ("ingest52-progress-first-masked.txt", [3]),
        # 今年以來，＊＊村… / 一、前期工作進展, traditional characters (was: the same)
        ("ingest52-progress-first-traditional.txt", [2]),
        # 一年来,XX街道… / 一、主要工作进展 / (一)…街道召开专题会议…, halfwidth punctuation (was: the same)
        ("ingest52-progress-first-halfwidth.txt", [2]),
    ],
)
def test_an_untitled_account_whose_first_part_is_the_periods_progress_is_a_report(
    tmp_path: Path, name: str, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, subpoints)


@pytest.mark.parametrize(
    ("name", "own"),
    [
        # 县住房和城乡建设局局长…的表态发言 / 这次县人大常委会将县住建局列为工作评议对象 (was: a reusable point naming 住建局)
        ("ingest52-own-office-pledge.txt", "住建局"),
        # 市人力資源和社會保障局黨組書記…/ 市政協把市人社局確定為…, traditional characters (was: the same)
        ("ingest52-own-office-traditional.txt", "人社局"),
        # 区发展和改革委员会主任… / 区人大常委会将区发改委纳入…, halfwidth punctuation (was: the same)
        ("ingest52-own-office-halfwidth.txt", "发改委"),
    ],
)
def test_the_department_its_head_speaks_for_never_stays_in_a_reusable_fragment(
    tmp_path: Path, name: str, own: str
) -> None:
    frags = fragments(tmp_path, name)
    assert general_holding(frags, own) == []


def test_a_department_a_county_leader_directs_stays_reusable(tmp_path: Path) -> None:
    # 在全县城乡建设工作会议上的讲话 / 县住建局要牵头做好项目调度: the speaker heads no department; 住建局 is every county's
    frags = fragments(tmp_path, "ingest52-own-office-guard.txt")
    assert general_holding(frags, "住建局")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 某某县青石镇 (the office on its own line) / a site's search box / 致全镇农户的一封信 / 发布日期… (was: no title)
        ("ingest52-letter-title-office.txt", "致全镇农户的一封信"),
        # 某某縣人民政府 / 春節慰問信, traditional characters (was: the same)
        ("ingest52-letter-title-traditional.txt", "春节慰问信"),
        # 关于文明祭扫的倡议书 / 广大市民朋友们:, halfwidth punctuation (was: the same)
        ("ingest52-letter-title-halfwidth.txt", "关于文明祭扫的倡议书"),
    ],
)
def test_a_letter_keeps_its_own_title_line(tmp_path: Path, name: str, title: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["title"]) == ("other", "书信", title)


def test_a_letter_with_no_title_line_is_given_none(tmp_path: Path) -> None:
    # 广大市民朋友们： first: the 称谓 is no title, nor is the signing office
    (doc,) = ingest(tmp_path, "ingest52-letter-title-guard.txt")
    assert (doc["genre"], doc["title"]) == ("书信", "")
