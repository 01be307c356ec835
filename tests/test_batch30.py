"""Ingest on the shapes batches 30 and 31's first-sight misses showed (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest
from archive_fixtures import shape as _shape


def test_a_letter_in_parts_each_headed_by_its_readers_is_a_letter(tmp_path: Path) -> None:
    # 尊敬的老师们、家长朋友们，亲爱的同学们： / 大家好！ / … / 致老师 / … / 致同学 / … / 致家长 / … / the school, the date:
    # one letter written to three readers in turn; read as a speech whose points were 致老师 and 致家长
    (doc,) = ingest(tmp_path, "letter-school-sections-to-teachers-pupils-parents.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "书信", [])


def test_a_report_whose_characters_are_kangxi_radicals_is_read_as_written(tmp_path: Path) -> None:
    # ⼀、基本情况 / ⼆、存在的主要问题 / 留守⼉童…⼤家…: a PDF's text layer gives look-alike radicals for common characters;
    # its headings were no 一、 to ingest, so no point was read, and the stored text kept the look-alikes
    (doc,) = ingest(tmp_path, "report-pdf-kangxi-radicals-for-characters.txt")
    assert _shape(doc) == ("report", None, [0, 0])
    assert [p["heading"] for p in doc["points"]] == ["基本情况", "存在的主要问题"]
    assert any("部首" in w for w in doc["warnings"])


def test_a_collection_piece_numbered_after_report_is_a_report(tmp_path: Path) -> None:
    # …调研报告（精选3篇） / blurb / 农村养老服务调研报告1 / 为了解…我们…走访调研 / 一、…: the piece's title (its number right after
    # 报告) was not read as a title, and the survey was kept out as other
    (doc,) = ingest(tmp_path, "report-collection-piece-survey-numbered.txt")
    assert _shape(doc) == ("report", None, [0, 0, 3])
    assert doc["title"] == "农村养老服务调研报告1"


def test_a_school_named_before_its_grade_stays_in_specific_fragments(tmp_path: Path) -> None:
    # 我受邀来到青松高级中学… / 我代表青松高级中学家长委员会…: the school's own name (高级 is its grade, not its name) went into
    # the opening and a point as general text
    frags = fragments(tmp_path, "leak-parent-speech-school-named-before-grade.txt")
    assert general_holding(frags, "青松高级中学") == []


def test_a_clerks_site_name_run_into_a_sentence_is_an_advert(tmp_path: Path) -> None:
    # 主要任务就是进一步分析研究我老秘网县第一季度经济工作中…: a site for clerks planted its name inside the opening
    frags = fragments(tmp_path, "leak-clerk-site-name-run-into-sentence.txt")
    assert general_holding(frags, "老秘网") == []


def test_a_letter_a_page_prints_in_full_under_its_news_lead_is_a_letter(tmp_path: Path) -> None:
    # headline / date and source / 10月12日，…向我院发来贺信… / 贺信全文如下： / 某某师范学院： / … / signature: the page gives
    # the letter, its dated lead says only who sent it; read as news
    (doc,) = ingest(tmp_path, "letter-congratulation-printed-in-full-under-news-lead.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "书信", [])


def test_an_alumnus_greeting_the_school_on_its_anniversary_is_a_letter(tmp_path: Path) -> None:
    # 篇二： / 尊敬的母校各位领导、全体老师： / …共庆母校六十华诞，在此谨致以我最诚挚的问候与祝贺！ / 离开母校已经十多年了…:
    # greetings sent for the anniversary by one who is not there; read as a speech (篇一, 值此…之际, was a letter)
    docs = ingest(tmp_path, "letter-collection-alumnus-anniversary-greeting.txt")
    assert [(d["kind"], d["genre"]) for d in docs] == [("other", "书信"), ("other", "书信")]


def test_a_notice_printing_rules_under_the_disclosure_table_is_one_document_kept_out(tmp_path: Path) -> None:
    # 索引号… / 废止时间: … 名称: 某县人民政府关于印发《…工作规则》的通知 / the title / 各乡、镇人民政府…： / … / the rules,
    # 第一章 总则 一、…制定本规则: the table's last row was joined to the title, so the notice was not seen and it was news
    docs = ingest(tmp_path, "other-notice-printing-rules-under-disclosure-table.txt")
    assert [(d["kind"], d["points"]) for d in docs] == [("other", [])]


def test_a_plans_clause_numbered_by_chapter_is_no_title(tmp_path: Path) -> None:
    # …关于印发某县森林火灾应急预案（试行）的通知 / … / 3.1 信息监测 / 3.2 信息报告 / …: 信息报告 ends in 报告 and was taken
    # for the title of a second document
    docs = ingest(tmp_path, "other-notice-printing-plan-decimal-clauses.txt")
    assert [(d["kind"], d["points"]) for d in docs] == [("other", [])]


def test_photo_captions_between_a_news_items_paragraphs_start_no_document(tmp_path: Path) -> None:
    # … / 部分代表发言 / 某董事长讲话 / 最后，某董事长作了题为…的总结讲话。…: the captions (讲话, 发言) were taken for a title and
    # the rest of the item for a speech
    docs = ingest(tmp_path, "news-company-photo-captions-between-paragraphs.txt")
    assert [d["kind"] for d in docs] == ["news"]


def test_a_one_line_body_with_a_heading_set_off_by_a_space_gives_its_subpoints(tmp_path: Path) -> None:
    # …一、当前人居环境整治面临的问题 （一）生活垃圾收运不及时 随着…。 （二）…: a document site's one-line body; the space
    # between the heading and （一） hid the sub-points
    (doc,) = ingest(tmp_path, "report-one-line-heading-space-then-subpoints.txt")
    assert _shape(doc) == ("report", None, [2])
    assert doc["points"][0]["heading"] == "当前人居环境整治面临的问题"


def test_series_items_run_on_in_the_paragraph_of_the_item_before_are_subpoints(tmp_path: Path) -> None:
    # PDF lines: …运转高效。一是会务保障规范化。… / 二是日常协调常态化。…30条。三是信息报送及时化。…: the lines joined into the
    # paragraph that 二是 opens, with 三是 run on after a stop; 三是 was read as 二是's text
    (doc,) = ingest(tmp_path, "report-pdf-lines-series-items-run-on.txt")
    assert _shape(doc) == ("report", None, [3, 0])
    assert doc["points"][0]["subpoints"] == ["会务保障规范化。", "日常协调常态化。", "信息报送及时化。"]


def test_a_subpoint_mark_that_lost_its_opening_bracket_is_counted(tmp_path: Path) -> None:
    # 二、精心策划，活动丰富。 / … / (一)在村委会门口… / 二)出了一期安全生产黑板报…: the copy lost the second mark's opening
    # bracket; 二) was read as the text of (一)
    (doc,) = ingest(tmp_path, "report-subpoint-mark-lost-opening-bracket.txt")
    assert _shape(doc) == ("report", None, [0, 2])


def test_a_page_that_starts_at_a_later_part_under_its_bracketed_headline_gives_that_part(tmp_path: Path) -> None:
    # 【…总结|…半年总结】(三)安全生产工作中的薄弱环节 / 上半年我村…: a split summary's third page, its headline run into the
    # part's heading; the heading was not set apart, a (三) with no 一、 over it led nothing, and a part ending in 薄弱环节 was
    # taken for a step of a show's running order (颁奖环节)
    (doc,) = ingest(tmp_path, "report-page-from-later-part-bracketed-headline.txt")
    assert _shape(doc) == ("report", None, [3])
    assert doc["points"][0]["heading"] == "安全生产工作中的薄弱环节"


def test_the_saying_the_speaker_names_as_his_own_leads_its_point(tmp_path: Path) -> None:
    # …我想对家长朋友们讲三句话： / 第一句话，是… / 我想说的第二句话，是… / 我要说的第三句话，是…: only 第一句话 was a lead,
    # the other two sayings were read as the first's text
    (doc,) = ingest(tmp_path, "points-the-second-saying-i-want-to-say.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])


def test_a_copy_that_opens_at_a_later_heading_with_what_is_to_be_done_is_a_speechs_part(tmp_path: Path) -> None:
    # 三、扎实做好今年各项工作 / …首先要看清形势… / 一是…今年要召开…要…要… / 二是…还将召开…必须…: the meetings to come (召开)
    # made it news, and the 一是, 二是 under the heading were read as the points
    (doc,) = ingest(tmp_path, "speech-excerpt-from-later-heading-directives.txt")
    assert _shape(doc) == ("speech", None, [2])
    assert doc["points"][0]["heading"] == "扎实做好今年各项工作"


def test_an_offices_year_told_of_itself_with_its_results_in_parts_is_a_report(tmp_path: Path) -> None:
    # 篇一 / 2025年我县农业农村工作在县委、县政府的领导下，…取得了明显成效，主要体现在四个方面： / 一、…工作情况 / (一)…: the
    # office's account of its year (no 正确领导下, no title) was kept out as other, and the parts it announces were no count
    (doc,) = ingest(tmp_path, "report-office-year-results-shown-in-parts.txt")
    assert _shape(doc) == ("report", 4, [1])
