"""Letters, pages and reports as the sealed batch 21 showed them after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments as _fragments
from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_a_new_year_greeting_and_a_telegram_are_letters_not_speeches(tmp_path: Path) -> None:
    # 清河县2027年新春贺词 under a site's 时间/字数 lines, and 贺 电 under a news headline and its date line: both were
    # read as speeches, their thanks and wishes cut into fragments
    (greeting,) = ingest(tmp_path, "letter-new-year-greeting-county.txt")
    assert _shape(greeting) == ("other", None, [])
    (telegram,) = ingest(tmp_path / "b", "letter-telegram-under-news-headline.txt")
    assert _shape(telegram) == ("other", None, [])
    assert greeting["fragments"] == {} and telegram["fragments"] == {}


def test_a_news_sites_clock_hotline_and_position_line_are_not_the_title(tmp_path: Path) -> None:
    # 2026/12/28 上午9:27:28 星期一 was taken as the title, 您当前的位置 : … -> 正文 was kept: the 新春贺信 under them is a letter
    (doc,) = ingest(tmp_path, "letter-news-site-clock-and-hotline.txt")
    assert doc["kind"] == "other" and "星期" not in doc["title"] and "9:27" not in doc["title"]


def test_a_collection_of_year_summaries_labelled_jingxuan_is_a_report(tmp_path: Path) -> None:
    # …工作总结及工作计划精选(范文四篇) over 第一篇:…工作总结及…工作初步思路 (was a speech)
    (doc,) = ingest(tmp_path, "report-collection-title-jingxuan-fanwen.txt")
    assert _shape(doc) == ("report", None, [2])


def test_a_review_series_after_summing_up_sentences_gives_the_points_sub_points(tmp_path: Path) -> None:
    # 一、2026年工作回顾 / an opening paragraph / 一年来，…迎难而上。…一是激发主体活力，推动城乡共兴。…二是…三是…:
    # the three fields of the year's work were no sub-points at all
    (doc,) = ingest(tmp_path, "report-review-series-in-later-paragraph.txt")
    assert _shape(doc) == ("report", None, [3])
    assert doc["points"][0]["subpoints"][0].startswith("激发主体活力")


def test_a_hospitals_own_name_and_short_name_are_specific_and_its_new_year_words_a_speech(tmp_path: Path) -> None:
    # 清河中心医院 after a comma and 清医附院 (the hospital's short name) went into non-specific fragments; a 院长's
    # 新年致辞 said to the staff gathered (大家上午好！, as on batch 21's page) is a speech — the greeting rule: sent to
    # the staff with no one gathered it is a letter (test_kinds27), as a 市长's 新春致辞 to the public is
    (doc,) = ingest(tmp_path, "hospital-new-year-own-names.txt")
    assert doc["kind"] == "speech"
    general = [f["text"] for f in _fragments(tmp_path, "hospital-new-year-own-names.txt") if not f["specific"]]
    assert general and not any("中心医院" in t or "附院" in t for t in general)


def test_four_words_announced_with_an_adjective_are_the_count(tmp_path: Path) -> None:
    # 讲四个实实在在的词：… (no count read before)
    (doc,) = ingest(tmp_path, "speech-four-words-announced.txt")
    assert _shape(doc) == ("speech", 4, [0, 0, 0, 0])


def test_a_rally_speech_saved_as_one_line_of_html_with_an_exclaimed_salutation(tmp_path: Path) -> None:
    # <p>共青团员们、青年朋友们、同志们！</p><p>…提几点希望。</p><p>第一，…</p>: read as other before
    (doc,) = ingest(tmp_path, "html-one-line-rally-exclaimed-salutation.txt")
    assert _shape(doc) == ("speech", "几", [0, 0])


def test_paragraphs_a_page_joined_with_double_spaces_are_paragraphs(tmp_path: Path) -> None:
    # …下面,我讲两点意见。  一、…可喜可贺  近年来,…振奋!  一是…: the 一是 where the copy stops was lost in the heading's text
    (doc,) = ingest(tmp_path, "speech-paragraphs-joined-by-spaces.txt")
    assert _shape(doc) == ("speech", 2, [1])


def test_a_news_page_with_its_pictures_file_names_and_captions_is_one_item(tmp_path: Path) -> None:
    # 联谊会3.png then 第八届会长在全体会员大会上致辞 (a caption read as a speech's title: a second document before)
    docs = ingest(tmp_path, "news-photos-file-names-and-captions.txt")
    assert [d["kind"] for d in docs] == ["news"]


def test_news_according_to_a_site_under_its_welcome_banner(tmp_path: Path) -> None:
    # 某某吧欢迎您！ over 据清河县政府网消息，近日，… (read as other before)
    (doc,) = ingest(tmp_path, "news-according-to-site-and-welcome-banner.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_half_year_report_run_on_one_line_with_angle_bracket_marks(tmp_path: Path) -> None:
    # 第1页共9页…上半年工作总结和下半年工作安排2026年上半年,在…领导下,… 一、…〈一〉…〈二〉…: the title ran into the
    # opening (read as other), and 〈一〉 is a converter's （一）
    (doc,) = ingest(tmp_path, "report-half-year-run-on-angle-marks.txt")
    assert _shape(doc) == ("report", None, [2])
    assert doc["title"] == "交通局上半年工作总结和下半年工作安排"


def test_the_next_item_a_document_site_glued_after_a_comma_is_a_sub_point(tmp_path: Path) -> None:
    # 一、上半年主要工作 / 1、…一种有益尝试，2、全面启动…的征集工作。根据…: the site dropped the stop before 2、, and the
    # second item was read as the first one's text (one sub-point instead of two)
    (doc,) = ingest(tmp_path, "report-next-item-glued-after-comma.txt")
    assert _shape(doc) == ("report", None, [2])
    assert doc["points"][0]["subpoints"][1].startswith("全面启动交通发展史料的征集工作")


def test_a_collections_contents_entry_that_lost_its_dot_is_still_contents(tmp_path: Path) -> None:
    # 目录 / 1.…计划 3 / … / 10企业…工作计划 58 / 11.…: the entry without its dot ended the contents, and the entries after
    # it became a document of their own (other) before the first report
    docs = ingest(tmp_path, "report-collection-contents-entry-without-dot.txt")
    assert [(d["kind"], d["title"]) for d in docs] == [("report", "开发区2026年工作总结和2027年工作计划")]
    assert _shape(docs[0]) == ("report", None, [0])


def test_tasks_led_by_first_then_second_then_meanwhile_are_the_points(tmp_path: Path) -> None:
    # 首先，我要感谢… (thanks in the opening) / 首先，我们要… / 其次，我们要… / 同时，我们要… / 最后，我们要…, no count
    # announced and nothing numbered: no points were read before
    (doc,) = ingest(tmp_path, "speech-tasks-led-by-first-then-second.txt")
    assert _shape(doc) == ("speech", None, [0, 0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == [
        "我们要在医院管理上创先争优", "我们要以患者为中心，提供更优质的医疗服务", "我们要加强医院文化建设", "我们要抓好安全生产",
    ]


def test_a_reason_listed_after_a_colon_inside_a_word_point_run_into_the_opening_is_its_sub_point(tmp_path: Path) -> None:
    # 各位老师，大家上午好！…我想说四个词…：有幸、有缘、有感、有言。第一个词，有幸，…基于以下三个方面的原因：第一，…
    # all on one line, the copy stopping inside 第一: the 第一 after the colon was not read as the point's sub-point
    (doc,) = ingest(tmp_path, "speech-word-points-reasons-after-colon.txt")
    assert _shape(doc) == ("speech", 4, [1])
    assert doc["points"][0]["subpoints"][0].startswith("这些年区里一直重视教育")


def test_greetings_sent_to_natives_away_with_no_title_are_a_letter(tmp_path: Path) -> None:
    # 尊敬的各位老乡： / …把…祝福，送给远在他乡的各位清河老乡！ with no title and no meeting: a 慰问信 (read as a speech, its
    # greetings cut into fragments)
    (doc,) = ingest(tmp_path, "letter-to-natives-away-no-title.txt")
    assert _shape(doc) == ("other", None, []) and doc["fragments"] == {}


def test_points_led_by_first_point_of_opinion_on_one_line(tmp_path: Path) -> None:
    # …我讲几点意见，供大家参考。第一点意见：…。第二点意见：… pasted as one line: no points were read before
    (doc,) = ingest(tmp_path, "speech-point-opinion-ordinals-one-line.txt")
    assert _shape(doc) == ("speech", "几", [0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["要把握好形势", "要抓好重点工作", "要加强队伍建设"]


def test_a_heading_between_single_spaces_in_a_one_line_report_is_a_point(tmp_path: Path) -> None:
    # …生活明显改善的五年。 一、结构调整步伐加快,综合实力逐渐增强 全县上下…: a document site turned the report's line
    # breaks into single spaces, and the copy stops before 二、 (no point was read before)
    (doc,) = ingest(tmp_path, "report-one-line-heading-between-spaces.txt")
    assert _shape(doc) == ("report", None, [0])
    assert doc["points"][0]["heading"] == "结构调整步伐加快，综合实力逐渐增强"


def test_a_how_to_article_with_a_sample_proposal_is_an_article_and_a_letter(tmp_path: Path) -> None:
    # 一、倡议书的基本格式 1. 标题 … 二、倡议书范文 / 关于节约用水，共建节水社区的倡议书 / 亲爱的居民朋友们： / 一、…: one
    # "speech" with six points before (the article's parts and the letter's items mixed, the 称谓 a divider)
    docs = ingest(tmp_path, "howto-proposal-with-sample-letter.md")
    assert [_shape(d) for d in docs] == [("other", None, []), ("other", None, [])]
    assert docs[1]["lines"][0] == 13  # the letter from its own title


def test_a_one_line_plan_with_bracketed_parts_and_no_top_heading(tmp_path: Path) -> None:
    # …确保各项工作开好局、起好步。(一)坚持…聚力增效。一是…二是…三是…。(二)坚持…: parts numbered （一） with no 一、 over
    # them, pasted as one line (no point was read before)
    (doc,) = ingest(tmp_path, "plan-one-line-bracketed-parts.txt")
    assert _shape(doc) == ("report", None, [3, 0])


def test_a_page_number_glued_between_a_heading_and_its_first_item_goes(tmp_path: Path) -> None:
    # 一、坚持…聚力增效2一是抓好…。二是…三是…: the page's 2 hid the 一是, so the heading ran on to the first stop and the
    # series had no first item (no sub-points before)
    (doc,) = ingest(tmp_path, "plan-page-number-before-first-item.txt")
    assert _shape(doc) == ("report", None, [3, 0])
    assert doc["points"][0]["heading"] == "坚持以党建为统领，为基层治理聚力增效"
