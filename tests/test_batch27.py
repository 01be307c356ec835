"""Ingest on the shapes batch 27's first-sight misses showed (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape

from drafter.ingest.entities import entity_reasons


def test_a_full_name_right_after_its_office_is_a_person() -> None:
    # …第一课由董事长郑立群亲自讲授 / 公司董事长郑立群及管理团队出席: a news item names the boss after his office; the
    # paragraph went into a general fragment with the name in it
    assert "人名（郑立群）" in entity_reasons("“开学第一课”由董事长郑立群亲自讲授，课题为“企业文化与发展”。")
    assert "人名（郑立群）" in entity_reasons("公司董事长郑立群及管理团队出席本次开班仪式。")
    assert not entity_reasons("局长曾经在会上讲过，校长陈述了理由。")


def test_a_dated_visit_whose_secretary_is_told_stressing_we_is_news(tmp_path: Path) -> None:
    # 1月8日上午，…书记韩立舟在…陪同下，来到… / 韩立舟书记强调，…我们要…: the 我们 are the secretary's, told without
    # quotation marks by the one who reports the visit; read as his speech
    (doc,) = ingest(tmp_path, "news-dated-visit-secretary-stressed-we.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_firms_news_telling_what_mr_boss_encouraged_is_news(tmp_path: Path) -> None:
    # 春风拂新柳… (a verse for a lead, no date first) / 郑总勉励大家… / 他寄语学员…: the boss's words told twice in
    # the third person; read as a speech
    (doc,) = ingest(tmp_path, "news-firm-training-class-mr-boss-encouraged.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_doc_sites_preview_box_is_the_pages_not_a_document(tmp_path: Path) -> None:
    # 资源预览内容 / 第1页 / 共3页 … / 亲，该文档总共3页全部预览完了，如果喜欢就下载吧！ / 资源描述 / the speech: the box's
    # head and end were left as a document of their own before the speech
    (doc,) = ingest(tmp_path, "speech-under-preview-box-liked-download.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])
    assert doc["title"] == "在全镇秋冬季森林防火工作会议上的讲话"


def test_a_collection_pages_blurb_before_its_first_piece_is_no_document(tmp_path: Path) -> None:
    # …致辞大全(8篇) / 写好一篇致辞，…下面这些范文可供大家参考… / …致辞篇一 / the speech: the site's blurb was read as a
    # document of its own before the first piece
    (doc,) = ingest(tmp_path, "speech-collection-blurb-before-first-piece.txt")
    assert _shape(doc) == ("speech", None, [])
    assert doc["title"] == "社区重阳节敬老活动致辞"


def test_a_headline_calling_its_readers_over_a_dash_subtitle_is_one_news_item(tmp_path: Path) -> None:
    # 同学们：再出发！ / ——学院举行2026届毕业典礼 / 6月20日上午，… / 她说，三年前我们…: the headline was split into a
    # 称谓 and a document of its own, and the item under the subtitle read as a speech
    (doc,) = ingest(tmp_path, "news-headline-calls-readers-subtitle-dated.txt")
    assert _shape(doc) == ("news", None, [])


def test_an_article_on_how_to_write_a_genre_with_a_writing_guide_label_is_other(tmp_path: Path) -> None:
    # 会议主持词是…的讲话稿。…凡是召开正式会议… / 写作指导： / （一）开头部分 / 一是宣布会议召开…: the article's 召开 and
    # 出席 (what a 主持词 says) were weighed as a news item's
    (doc,) = ingest(tmp_path, "other-writing-guide-labelled-guide.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "写作指导", [])


def test_a_show_script_with_stage_directions_is_no_speech(tmp_path: Path) -> None:
    # 【会议操作】 / 1、主持人出场： / a、乐队伴奏结束后…需要拉幕人员配合，需要舞台灯光配合。 / 男1：… 女1：…: several hosts'
    # lines under a running order, read as a speech with the stage direction for its point
    (doc,) = ingest(tmp_path, "other-show-script-stage-directions.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "演出串词", [])


def _letter(doc: dict[str, object]) -> tuple[object, ...]:
    return doc["kind"], doc["genre"], doc["points"]


def test_a_letter_titled_genre_first_then_to_whom_is_a_letter(tmp_path: Path) -> None:
    # 贺信-致某市围棋协会 / …特发此贺信… / 某市围棋协会 / 2026年1月2日: the genre before the dash; read as a speech whose
    # points were the signature and the date
    (doc,) = ingest(tmp_path, "letter-genre-first-dash-to-association.txt")
    assert _letter(doc) == ("other", "书信", [])


def test_words_to_farmers_at_home_said_at_no_meeting_are_a_letter(tmp_path: Path) -> None:
    # 农民朋友们： / 眼下正是春耕…希望广大农民朋友…: a public addressed where it works, no 今天, no 会议, no 在座
    (doc,) = ingest(tmp_path, "letter-to-farmers-at-home-no-meeting.txt")
    assert _letter(doc) == ("other", "书信", [])


def test_a_proposal_titled_as_a_model_text_is_a_letter(tmp_path: Path) -> None:
    # 创建绿色校园倡议书范本: the site's 范本 after the genre hid it; its 一、二、三、 were read as a speech's points
    (doc,) = ingest(tmp_path, "letter-proposal-model-text-title.txt")
    assert _letter(doc) == ("other", "书信", [])


def test_an_office_saying_it_reports_to_its_leaders_is_a_report(tmp_path: Path) -> None:
    # …讲话稿 (the site's label) / 尊敬的各位领导： / 我代表县安全生产委员会办公室做工作汇报：: read as a speech
    (doc,) = ingest(tmp_path, "report-office-says-it-reports-to-leaders.txt")
    assert _shape(doc) == ("report", None, [0, 0, 0])


def test_the_years_review_given_to_the_deputies_is_a_report(tmp_path: Path) -> None:
    # 尊敬的各位代表、同志们： / …共同回顾和总结2025年全镇的工作… / 一、2025年工作回顾 / （一）…（二）: a 镇's report to
    # its congress, read as a speech
    (doc,) = ingest(tmp_path, "report-to-deputies-year-review-first.txt")
    assert _shape(doc) == ("report", None, [2])


def test_an_office_account_opening_at_its_basic_facts_is_a_report(tmp_path: Path) -> None:
    # 一、基本情况 / 2025年，本局全年共完成…: the title lost, the office's own account; its 会上…通报 read as news
    (doc,) = ingest(tmp_path, "report-office-account-from-basic-facts.txt")
    assert _shape(doc) == ("report", None, [1])


def test_a_report_whose_title_twice_runs_into_its_parts_in_one_paragraph(tmp_path: Path) -> None:
    # …工作总结暨2026年工作打算（said twice）一、2025年工作总结（一）…。（二）…（四）…: a sharing page's one-paragraph
    # body; its title was not split off, so no part (or one with the sub-points in its heading) was read
    (doc,) = ingest(tmp_path, "report-title-twice-parts-run-in-one-paragraph.txt")
    assert _shape(doc) == ("report", None, [4])
    assert doc["title"] == "县统计局2025年工作总结暨2026年工作打算"
