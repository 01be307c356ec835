"""Ingest on the kinds and document boundaries batch 37 showed (issue #13). Our own fixtures, reproducing the shapes
only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest, shape


def test_a_study_sessions_news_opening_on_its_purpose_and_date_is_news(tmp_path: Path) -> None:
    # 为进一步激发…,3月9日,…“晨光读书会”首期开讲并在热烈的讨论中落幕。 / 一是定学习主题… / 二是… / 三是…: a news item on a
    # study session, its lead the purpose then the date and the event (开讲, 落幕, no 召开); the three features were read
    # as a speech's points
    (doc,) = ingest(tmp_path, "news-study-session-purpose-dated-lead-opens.txt")
    assert shape(doc) == ("news", None, [])


def test_a_bloggers_essay_on_a_meeting_he_chaired_is_other(tmp_path: Path) -> None:
    # 博客广场拍客广场… / 【原创】同样开座谈会,为何收获两样?(图) / 3月1日上午,我受主任委托,主持…: a blogger's reflection,
    # first person, no 称谓; read as news (and as a speech on the real page)
    (doc,) = ingest(tmp_path, "other-blog-essay-on-chairing-a-talk-meeting.txt")
    assert doc["kind"] == "other"


def test_a_towns_plan_handed_to_the_district_is_a_report_with_its_parts(tmp_path: Path) -> None:
    # 根据区委、区政府工作部署,现向区委、区政府报告我镇2027年度工作计划。 / 一、… (一)(二)(三) / 二、… (一) (cut), no
    # title: read as other, nothing drawn
    (doc,) = ingest(tmp_path, "report-town-plan-handed-to-district.txt")
    assert shape(doc) == ("report", None, [3, 1])


def test_a_county_survey_on_a_template_site_is_a_report(tmp_path: Path) -> None:
    # 调研报告模板免费下载(精选15篇) / 浏览 / 3861 / … / 2019云溪县产业调研报告 / XX年,…开展调查研究… / …现将调研情况综合
    # 如下: / 一、云溪县竹产业发展历史 (cut): the survey's title below the site's counters, out of the first lines; read as news
    (doc,) = ingest(tmp_path, "report-county-survey-on-template-site.txt")
    assert shape(doc) == ("report", None, [0])


def test_a_news_item_counting_the_reports_a_body_wrote_is_news(tmp_path: Path) -> None:
    # 今年以来,云溪县政协…开展多项专题调研… / 多篇调研报告相继出炉。该县政协…形成《…》两篇调研报告…: the run-in heading
    # 多篇调研报告 was taken for a report's title
    (doc,) = ingest(tmp_path, "news-cppcc-survey-results-reports-counted.txt")
    assert shape(doc) == ("news", None, [])


def test_a_signed_thank_you_letter_in_traditional_characters_is_a_letter(tmp_path: Path) -> None:
    # 尊敬的評(píng)委們: / 欣聞…我謹代表…表示…感謝。 / …順頌藝安。 / 某公司董事長某某 / 2025年9月12日: the closing formula, the
    # signer and the date make it a letter; read as a speech (its 称谓, 我谨, 我们, 大家)
    (doc,) = ingest(tmp_path, "letter-traditional-thanks-to-judges-signed.txt")
    assert (doc["kind"], doc["genre"]) == ("other", "书信")


def test_a_collections_blurb_over_a_piece_numbered_in_brackets_opens_no_document(tmp_path: Path) -> None:
    # 期刊大全 杂志订阅… / 新任科长述职报告精品(五篇) / 序论:…为您带来了五篇…范文… / 新任科长述职报告 / 篇(1) / 各位领导、
    # 同志们:: the site's menu and blurb were kept as a document of their own (篇(1) was not seen as the first piece)
    docs = ingest(tmp_path, "report-collection-piece-number-in-brackets.txt")
    assert [shape(d) for d in docs] == [("report", None, [1])]


def test_a_summary_under_its_own_contents_counts_the_parts_the_contents_list(tmp_path: Path) -> None:
    # 一、… (一)(二)(三) 二、… 三、… 四、… (一)(二)(三) / XX区XX镇2026年工作总结及2027年工作计划 / 2026年,… / 一、… (一) (二)…
    # (cut): the page's contents over the title; read as other, nothing drawn. A clerk counts the parts the contents list.
    (doc,) = ingest(tmp_path, "report-town-summary-contents-over-title-cut.txt")
    assert doc["title"] == "XX区XX镇2026年工作总结及2027年工作计划"
    assert shape(doc) == ("report", None, [3, 0, 0, 3])


def test_a_summarys_dashed_highlights_are_not_the_sub_points_of_its_first_part(tmp_path: Path) -> None:
    # 一、xxxx年工作总结 / ——经济发展稳中有进。… / ——… / ——… / 一年来,主要做了以下工作: / (一)…: the three dashed highlights
    # were counted as the part's sub-points and the (一) under them went uncounted
    (doc,) = ingest(tmp_path, "report-town-summary-dashed-highlights-then-work-done.txt")
    assert shape(doc) == ("report", None, [1])


def test_review_remarks_led_in_by_a_colon_count_first_next_third_as_points(tmp_path: Path) -> None:
    # …那就给大家简单点评几句: / 首先,这是一次成功的活动。… / 其次,… / 第三,…: no count announced (几句 is modesty), but the
    # speaker leads into three remarks in order; no point was read
    (doc,) = ingest(tmp_path, "speech-review-remarks-first-then-next-third.txt")
    assert shape(doc) == ("speech", None, [0, 0, 0])
    # …组织部安排了部分同志在青训营跟班…: the body's own training camp, by its short name, kept out of the library
    frags = fragments(tmp_path / "f", "speech-review-remarks-first-then-next-third.txt")
    assert general_holding(frags, "青训营") == []
