"""Shapes the wild24 work set (40 real pages read at first sight, issue #13: speeches naming many other places,
figures and superiors) showed ingest and check. Fixtures are our own writing, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import yaml
from archive_fixtures import fragments, general_holding, ingest, shape
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_a_count_said_in_quotation_marks_is_announced(tmp_path: Path) -> None:
    # 出发之前，我想讲“三句话”，与同志们共勉 (a rally's speech): the quoted count was no announcement (was None)
    (doc,) = ingest(tmp_path, "quoted-count-three-sentences.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])


def test_a_bracketed_headline_run_into_a_reports_opening(tmp_path: Path) -> None:
    # 【赴外地学习考察情况报告】为学习…现将有关情况报告如下：一、… — the page's headline in brackets, glued to the
    # opening: the report was read as other with no title and no points
    (doc,) = ingest(tmp_path, "report-bracketed-headline-run-in.txt")
    assert (doc["kind"], doc["title"]) == ("report", "赴外地学习考察情况报告")
    assert [len(p["subpoints"]) for p in doc["points"]] == [0, 2, 0]


def test_a_letter_under_a_how_to_headline_is_no_speech(tmp_path: Path) -> None:
    # 如何写感谢信?这封县委县政府的感谢信值得学习 over the letter itself: read as a speech (to be cut into fragments)
    (doc,) = ingest(tmp_path, "letter-how-to-headline.txt")
    assert doc["kind"] == "other"
    assert doc["points"] == []


def test_a_collection_pages_introduction_is_no_document(tmp_path: Path) -> None:
    # …讲话稿怎么写?…一起来看看…精选3篇,欢迎查阅! over the first piece: the site's line became a document of its own
    docs = ingest(tmp_path, "collection-intro-welcome-to-read.txt")
    assert [shape(d) for d in docs] == [("speech", 2, [0, 0])]


def test_a_provinces_old_name_rising_stays_out_of_general_fragments(tmp_path: Path) -> None:
    # 在加快中原崛起的…实践中建功立业 (a province's 劳模 speech): the province's old name went into a general fragment
    frags = fragments(tmp_path, "province-region-old-name-rising.txt")
    assert general_holding(frags, "中原") == []
    assert any(not f["specific"] for f in frags)  # the general ones are still there


def test_a_partner_that_gives_and_firms_named_after_places_are_no_errors() -> None:
    # a 东西部协作 speech: 北仑区累计投入帮扶资金…, 离不开北仑区委、区政府的鼎力支持 (the partner giving), 引进落地…的宁德
    # 新材料生产项目, 青岛啤酒、云南白药等企业 (firms named after their home) were foreign-place errors
    correct = _read("partner-giver-and-firms-correct.txt")
    assert _found(correct, rule="foreign-place") == _found(correct, rule="foreign-place", place="汪清县") == []
    assert len(_found(correct, severity="warning", rule="foreign-place", place="汪清县")) == 6  # still said, as elsewhere
    # no partnership in the speech: 北仑区累计投入产业资金… is said as the speaker's own doing
    flawed = _read("partner-giver-and-firms-flawed.txt")
    assert _found(flawed, rule="foreign-place", place="汪清县") == [("foreign-place", "北仑区")]


def test_a_neighbour_named_in_the_years_own_history() -> None:
    # 也是榕江发展史上极不平凡…的一年 in 黎平县's report: the neighbour's name in the speaker's own history (was unseen)
    assert _found(_read("own-history-year-neighbour-flawed.txt"), rule="foreign-place", place="黎平县") == [("foreign-place", "榕江")]
    assert _found(_read("own-history-year-neighbour-correct.txt"), rule="foreign-place", place="黎平县") == []


def test_a_speaker_for_the_provinces_bodies_names_the_province() -> None:
    # 我谨代表中共江苏省委、江苏省人民政府 (a 乡贤 congress, no 我省): the level stayed uncertain, no place was inferred
    # and 共话浙江发展 went unchecked
    assert _found(_read("province-speaks-for-its-bodies-flawed.txt"), rule="foreign-place") == [("foreign-place", "浙江")]
    assert _found(_read("province-speaks-for-its-bodies-correct.txt")) == []


def test_a_conjunction_between_levels_is_no_county() -> None:
    # 坚决贯彻中央、省市和县委重大决策部署 (a county's report): 和县 (安徽) was inferred as the place, and 广州 a foreign-place
    # error
    text = _read("levels-joined-by-and-no-county.txt")
    assert _found(text, rule="foreign-place") == []
    assert check_text(text).place != "和县"


def test_a_preview_cut_with_a_full_stop_above_the_title(tmp_path: Path) -> None:
    # 借鉴…步伐——…发言摘要今年以来，…大家都很有收获。我。 (a site's preview: title, subtitle and opening run together,
    # cut one word into the next sentence and closed with 。) over the title: the title and the preview went into the
    # opening and the speech had no title
    (doc,) = ingest(tmp_path, "preview-above-title-cut-with-stop.txt")
    assert (doc["title"], *shape(doc)) == ("借鉴先进经验加快追赶步伐", "speech", 2, [0, 0])


def test_a_name_masked_with_a_star_a_cross_or_dots_stays_in_specific_fragments(tmp_path: Path) -> None:
    # 对☆县充满深情 (the star was stripped as an emoji, leaving 对县充满深情), 推动×高质量发展, 为实现....经济社会全面振兴:
    # a site's masks for the own place went into general fragments
    frags = fragments(tmp_path, "masked-names-star-cross-dots.txt")
    general = [yaml.safe_dump(f, allow_unicode=True) for f in frags if not f["specific"]]
    assert [t for t in general if any(m in t for m in ("☆", "×", "。。。", "对县", "，县是"))] == []
    assert any("☆县" in yaml.safe_dump(f, allow_unicode=True) for f in frags)  # kept, in a specific fragment


def test_dots_and_stars_where_a_name_belongs_are_placeholders() -> None:
    # 常务副市长...同志宣读表彰决定, 市长....同志讲话 (a 主持词), 对☆县充满深情: names a page left blank were not reported
    # The dots mask three names the same way: a page that masks on purpose, warned since check52; the stars are errors.
    text = _read("masked-names-dots-and-stars-flawed.txt")
    assert _found(text, rule="placeholder") == [("placeholder", "☆")] * 2
    warned = _found(text, severity="warning", rule="placeholder")
    assert warned == [("placeholder", "...")] * 2 + [("placeholder", "....")]
    # an ellipsis (一是...二是..., ……同志们) and a star standing alone are no blanks
    assert _found(_read("masked-names-dots-and-stars-correct.txt"), rule="placeholder") == []


def test_a_strategy_that_builds_the_county_up_names_no_county() -> None:
    # 工业立县、生态兴县、旅游富县 (a county's report): 生态兴县 was read as a slogan naming 兴县 (山西), 旅游富县 as 富县 (陕西)
    text = _read("strategy-slogans-county-verbs-correct.txt")
    assert _found(text, severity="warning", rule="foreign-place") == _found(text, rule="foreign-place") == []


def test_a_dated_disaster_elsewhere_told_as_a_lesson() -> None:
    # 2021年郑州“7·20”特大暴雨灾害教训极其深刻 in a county's 防汛 speech: a foreign-place error (the place is where the
    # disaster struck, as 汶川地震 is)
    assert _found(_read("dated-disaster-elsewhere-correct.txt"), rule="foreign-place", place="合水县") == []
    flawed = _found(_read("dated-disaster-elsewhere-flawed.txt"), rule="foreign-place", place="合水县")
    assert flawed == [("foreign-place", "郑州")]


def test_a_superiors_quoted_words_to_its_own_subordinates() -> None:
    # 市委书记…强调：“全市上下要…。各县区要比学赶超…” quoted in a county speech: 各县区 was a level-mix error
    assert _found(_read("superior-quoted-subordinates-correct.txt"), rule="level-mix") == []
    # said by the speaker himself, it still is one
    assert _found(_read("superior-quoted-subordinates-flawed.txt"), rule="level-mix") == [("level-mix", "各县区")]


def test_a_report_title_set_out_one_character_at_a_time(tmp_path: Path) -> None:
    # 政 府 工 作 报 告 over the report: dropped as a column of keywords, the ——date line taken for the title
    (doc,) = ingest(tmp_path, "report-spaced-genre-title.txt")
    assert (doc["kind"], doc["title"], [p["heading"] for p in doc["points"]]) == (
        "report", "政府工作报告", ["2025年工作回顾", "2026年工作安排"]
    )


def test_a_speakers_name_and_a_colon_before_the_title(tmp_path: Path) -> None:
    # 周明远：在全县结对帮扶工作座谈会上的讲话 (a page's headline): no title, the headline went into the opening
    (doc,) = ingest(tmp_path, "speaker-name-colon-title.txt")
    assert (doc["title"], *shape(doc)) == ("在全县结对帮扶工作座谈会上的讲话", "speech", 2, [0, 0])
    frags = fragments(tmp_path, "speaker-name-colon-title.txt")
    assert general_holding(frags, "周明远") == []
