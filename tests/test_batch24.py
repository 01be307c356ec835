"""Ingest and check on the shapes the sealed batch 24 showed after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments as _fragments
from archive_fixtures import general_holding as _general_holding
from archive_fixtures import ingest
from archive_fixtures import shape as _shape
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_news_items_line_saying_who_gave_the_work_report_is_no_report_title(tmp_path: Path) -> None:
    # 院党委书记、院长某某作医院工作报告 between the paragraphs of a hospital meeting's news: who gave the report, told in
    # the third person (it ends in 工作报告, so it was read as a report's title and the rest of the item as that report)
    (doc,) = ingest(tmp_path, "news-caption-line-gives-a-report.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_slogan_headline_joined_with_the_title_and_speaker_is_the_reports_front_matter(tmp_path: Path) -> None:
    # 立足新起点 展现新作为 推动…高质量发展 以…迎接… (a headline of phrases set off by spaces, longer than a line of front
    # matter was allowed to be), joined with …工作报告县城管局党组书记、局长 某某 and the date: it was read as running text,
    # so 同志们：今天，我们召开… under it started a second document and the header became one of its own
    (doc,) = ingest(tmp_path, "report-slogan-headline-over-joined-title.txt")
    assert doc["kind"] == "report" and doc["lines"][0] == 1 and len(doc["points"]) == 3


def test_a_work_report_announcing_its_parts_to_the_meeting_gives_the_count(tmp_path: Path) -> None:
    # 下面，从三个方面向大会报告工作。: the report's own announcement (从…方面 then 向大会, not 向大家, then 报告工作)
    (doc,) = ingest(tmp_path, "report-slogan-headline-over-joined-title.txt")
    assert _shape(doc) == ("report", 3, [2, 0, 2])


def test_an_attachment_label_with_nothing_under_it_is_no_document(tmp_path: Path) -> None:
    # 附件： as the page's last line, the attachment not copied: it became a document of its own (kind other)
    (doc,) = ingest(tmp_path, "news-empty-attachment-label-at-the-end.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_sites_preview_with_the_title_run_into_the_opening_is_no_second_speech(tmp_path: Path) -> None:
    # 文章導讀 / …的致辭尊敬的各位老師、親愛的同學們：大家上午好！…在今後的學。 (the page's preview: title, 称谓 and
    # opening on one line, cut and closed with a stop) then the speech itself, cut off by the page a line later: one
    # speech, not two (the label over the preview hid its title, and the full text was not twice the preview's length)
    (doc,) = ingest(tmp_path, "speech-guide-preview-title-run-into-opening.txt")
    assert doc["kind"] == "speech" and doc["lines"][0] == 4 and doc["announced_count"] == 3


def test_a_letter_pages_abstract_under_the_title_said_again_is_no_document(tmp_path: Path) -> None:
    # 共建文明小区倡议书 / 作者… / one paragraph of sentences taken from the letter (the site's abstract) / the title
    # again / 亲爱的居民朋友们： / the letter: the abstract under the page header became a document of its own
    (doc,) = ingest(tmp_path, "letter-page-abstract-under-repeated-title.txt")
    assert doc["kind"] == "other" and doc["lines"][0] == 9


def test_the_first_of_the_announced_keywords_is_a_point(tmp_path: Path) -> None:
    # 我想送给大家三個關鍵詞 / 第一個關鍵詞：成長。…: the keyword is the point's lead, as 第一个词 is (no point was read)
    (doc,) = ingest(tmp_path, "speech-guide-preview-title-run-into-opening.txt")
    assert _shape(doc) == ("speech", 3, [0])


def test_a_library_catalogue_record_over_the_text_is_no_document(tmp_path: Path) -> None:
    # 知识类型: / 内容出处: / 唯一号: / 分类号: / 页码: / 摘要: 本文记述了…的讲话。… (longer than a wrapper line may be) /
    # 关键词: over the speech it catalogues: the record became a document of its own, the speech lost its title
    (doc,) = ingest(tmp_path, "speech-library-catalogue-record-over-text.txt")
    assert doc["kind"] == "speech" and doc["title"] == "在清河县首届桃花节开幕式招待会上的讲话"


def test_a_verb_said_twice_to_try_it_is_no_doubled_word() -> None:
    # 可以进来看看，參考參考！ (a site's line over a traditional-character speech) and 到兄弟学校去走一走，比较比较: a verb
    # said twice on purpose (ABAB, as 研究研究 and 商量商量 are), not a word typed twice; 建设建设 still is
    assert _found(_read("verb-said-twice-to-try-it.txt"), rule="repeated-char") == []
    assert _found("同志们：\n我们要加快建设建设美丽乡村。", rule="repeated-char") == [("repeated-char", "建设建设")]


def test_a_towns_speech_may_say_its_city_has_had_no_great_flood_for_years() -> None:
    # 我镇防汛工作还存在不少薄弱环节，主要是我市多年来未发生大的洪涝灾害: the floods of the city the town is in, said of
    # that city (as 我市降雨偏多 may be in a 区's speech); 我市 said of the work is still a slip of level
    text = _read("town-flood-history-of-its-city.txt")
    assert _found(text, rule="level-mix") == []
    assert _found(text.replace("我市多年来未发生大的洪涝灾害", "我市经济发展任务很重"), rule="level-mix") == [("level-mix", "我市")]


def test_paragraphs_opening_with_ordinals_run_into_one_line_are_numbered_as_a_series() -> None:
    # …我再强调几点。 第一，要… 。 第三，要…: a page ran the paragraphs into one line (a space where each break was), and
    # the skipped 第二 went unseen (only 第一， opening a line was read as a series)
    text = _read("ordinals-run-into-one-line.txt")
    assert _found(text, rule="numbering") == []
    flawed = text.replace("。 第二，要狠抓", "。 第三，要狠抓").replace("。 第三，要强化", "。 第四，要强化")
    assert _found(flawed, rule="numbering") == [("numbering", "第三，")]


def test_the_county_wide_village_committees_meeting_in_a_city_speech_is_a_level_slip() -> None:
    # 今天我們在這裡召開全縣村「兩委」換屆選舉工作動員暨培訓會 in a 市's speech: 全县 before 村 was never read as a level
    # word (the 村 after it was left out for 健全乡村); only 乡村 and 镇村 are compounds
    assert _found(_read("village-committees-scope-trad-correct.txt"), rule="level-mix", place="清河市") == []
    assert _found(_read("village-committees-scope-trad-flawed.txt"), rule="level-mix", place="清河市") == [("level-mix", "全縣")]
    assert _found("在全县乡村振兴工作会议上的讲话\n同志们：\n要健全乡村治理体系，健全镇村两级服务网络。", rule="level-mix") == []


def test_a_county_name_that_is_also_a_word_said_twice_as_the_own_stake_stays_out_of_general_fragments(
    tmp_path: Path,
) -> None:
    # 振兴商城教育是建设锦绣商城的长远之策 in a 县长's address that never says 商城县: 商城 (also a mall) said twice, both
    # times as the speaker's own stake, is the county; it went into a non-specific fragment
    frags = _fragments(tmp_path, "speech-teachers-day-bare-county-name-a-word.txt")
    assert frags and _general_holding(frags, "商城") == []


def test_an_untitled_debrief_with_its_duty_and_problem_parts_is_a_report(tmp_path: Path) -> None:
    # 一、履行基层党建第一责任人职责情况 / 一是…四是 / 二、存在的主要问题和原因分析 / 一是… (the page lost the title and
    # stops there): a 述职报告's parts, read as other with no points before
    (doc,) = ingest(tmp_path, "report-debrief-untitled-duty-and-problem-parts.txt")
    assert _shape(doc) == ("report", None, [4, 1])


def test_three_things_announced_by_zanmen_give_the_count(tmp_path: Path) -> None:
    # 今天咱们不绕弯子、不搞虚的，就讲三件事：为什么必须抓、重点抓什么、怎么抓到位。: 咱们 (the speaker with his audience)
    # announces as 我 does; no count was read
    (doc,) = ingest(tmp_path, "speech-zanmen-announces-three-things.md")
    assert _shape(doc) == ("speech", 3, [1])


def test_a_page_that_starts_inside_a_contents_list_keeps_the_report_under_it(tmp_path: Path) -> None:
    # 2.县民政局2027年上半年工作总结和下半年工作安排12 / 3.…19 / …: the end of a contents list (entries with their page
    # numbers, its 目录 heading cut off above) over a half-year summary; read as other, no points. Under the opening,
    # 一、2027年上半年工作总结 is the first part's heading, not the title
    (doc,) = ingest(tmp_path, "report-page-starts-in-a-contents-list.txt")
    assert _shape(doc) == ("report", None, [2]) and doc["lines"][0] == 5 and doc["title"] == ""
