"""Ingest on the shapes batch 28's first-sight misses showed (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_a_headline_over_who_attended_and_spoke_is_news(tmp_path: Path) -> None:
    # 全市农业农村工作会议召开 / 某某出席并讲话 / 2月20日上午，… / 某某指出，…我市…: the caption line was taken for the
    # speech's own title (it ends in 讲话) and the 我市 in the told words for the speaker's voice
    (doc,) = ingest(tmp_path, "news-meeting-held-subtitle-attended-and-spoke.txt")
    assert _shape(doc) == ("news", None, [])
    assert doc["title"] == "全市农业农村工作会议召开"


def test_a_dated_item_giving_speakers_words_in_turn_is_news(tmp_path: Path) -> None:
    # 5月9日 某村召开…动员会 / 在会上镇人大…副主席某某说：…我们… / 村党支部书记某某发言：… / 老党员某某说：…: the
    # 我们 are each speaker's, quoted in turn by the one who reports the meeting; read as one speech
    (doc,) = ingest(tmp_path, "news-village-meeting-speakers-in-turn.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_collection_pieces_summary_numbered_after_its_genre_is_a_report(tmp_path: Path) -> None:
    # 学校工作总结范文五篇 / blurb / 学校工作总结1 / 一、… 1、…8月20日…召开…: the piece's title (a number right after
    # 总结) was not read as a title, and the dates and 召开 in its items made it news
    (doc,) = ingest(tmp_path, "report-collection-piece-numbered-summary.txt")
    assert _shape(doc) == ("report", None, [3, 1])
    assert doc["title"] == "学校工作总结1"


def test_a_summary_titled_with_a_colon_and_its_theme_is_a_report(tmp_path: Path) -> None:
    # …2025年度工作总结暨2026年工作计划:守好… 当好…(over 40 characters) / 2025年,在…坚强领导下,…: the long title was
    # joined to the first paragraph as a line cut mid-sentence, and the text was read as neither speech nor report
    (doc,) = ingest(tmp_path, "report-summary-title-colon-theme.txt")
    assert _shape(doc) == ("report", None, [1])


def test_thoughts_given_to_the_audience_about_something_announce_their_count(tmp_path: Path) -> None:
    # 我想送给你们三个关于“方向”的思考： / 第一，… 第二，… 第三，…: the gift's count was not read (三句话 was)
    (doc,) = ingest(tmp_path, "announce-gift-of-thoughts-about.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])


def test_our_main_practice_named_by_a_quoted_count_announces_it(tmp_path: Path) -> None:
    # …我们的主要做法是“三个到位”。 / 一、宣传发动到位。…: the points named by a quoted slogan of their count, said of the
    # speaker's own work (概括为“三个…” was read, 做法是 not)
    (doc,) = ingest(tmp_path, "announce-main-practice-quoted-count.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])


def test_the_first_of_the_sayings_given_leads_a_point_where_the_copy_stops(tmp_path: Path) -> None:
    # …我还是想送给你们三句话，作为…礼物，也希望…。 / 第一句是“学会学习”，即…, cut in it: 第一句是 was no lead, and the
    # announcement does not end its paragraph, so nothing was read as a point
    (doc,) = ingest(tmp_path, "points-first-saying-where-copy-stops.txt")
    assert _shape(doc) == ("speech", 3, [0])


def test_an_ordinal_with_no_comma_after_the_announcement_leads_the_points(tmp_path: Path) -> None:
    # …谈一谈有关安全生产的几点意见： / 第一对安全工作一定要提高认识。 / 第二要… / 第三抓好…: no mark after 第一, so
    # no points were read
    (doc,) = ingest(tmp_path, "points-unmarked-ordinal-after-few-points.txt")
    assert _shape(doc) == ("speech", "几", [0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["对安全工作一定要提高认识", "要把责任落到实处", "抓好隐患排查整治"]


def test_a_series_restarting_at_1_with_dots_under_a_1_heading_is_its_sub_points(tmp_path: Path) -> None:
    # 1、加强排查整治，强化安全防范 / 1.开展防溺水宣传教育。… / 2.开展… / 2、健全安全制度… / 1.… 2.…: one arabic
    # level was read, each 1. 2. a point of its own
    (doc,) = ingest(tmp_path, "report-arabic-heading-restarts-with-dots.txt")
    assert _shape(doc) == ("report", None, [2, 2])
    assert [p["heading"] for p in doc["points"]] == ["加强排查整治，强化安全防范", "健全安全制度，压实安全责任"]


def test_a_doc_sites_chunks_with_the_title_run_into_the_first_point_give_its_points(tmp_path: Path) -> None:
    # 1、副县长在…会议上的讲话一、对…的基本评价近年来，…加强 / 2、…。二、正视问题，… / 3、…: the site's chunk labels are
    # taken out and the lines joined, leaving the title, 一、 and 二、 in one line; no point was read
    (doc,) = ingest(tmp_path, "speech-doc-site-chunks-title-run-into-first-point.txt")
    assert _shape(doc) == ("speech", None, [0, 0])
    assert doc["title"] == "副县长在全县道路交通安全工作会议上的讲话"
    assert doc["points"][0]["heading"] == "对近年来全县道路交通安全工作的基本评价"


def test_a_report_made_on_the_governments_behalf_asking_for_review_is_a_report(tmp_path: Path) -> None:
    # ——…在…人民代表大会常务委员会…会议上 / 某局局长 某某 / 主任、各位副主任，各位委员： / 我受县人民政府委托，向县人大
    # 常委会报告…审计情况，请审议。: the report's subject said after 报告 (作…报告 was read); read as other
    (doc,) = ingest(tmp_path, "report-entrusted-to-report-please-review.txt")
    assert _shape(doc) == ("report", None, [])


def test_two_leaders_joint_address_is_a_letter(tmp_path: Path) -> None:
    # 携手守护… / ——2026年世界环境日联合致词 / two leaders' lines / 我们谨代表县委、县政府，向…表示衷心感谢！: words
    # published over two names, said in no hall; read as a speech
    (doc,) = ingest(tmp_path, "letter-joint-address-two-leaders.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "书信", [])
