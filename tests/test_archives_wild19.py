"""Shapes met at first sight on the wild19 work set (issue #13): a speech's announced count, points and sub-points,
and the names that must not leak into non-specific fragments. Our own fixtures."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments as _fragments
from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_words_announced_then_first_word_lead_the_points(tmp_path: Path) -> None:
    # 我想说三个词——三个意思 announces three; 第一个词，“担当”。 leads a point, and the bare 第一，/第二，
    # paragraphs under it are its sub-points (was: no count, the two 第一，/第二， read as the only points)
    (doc,) = ingest(tmp_path, "words-announced-first-word-points.txt")
    assert _shape(doc) == ("speech", 3, [2, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["“担当”", "“创新”", "“奉献”"]


def test_a_guest_named_in_the_salutation_is_a_person(tmp_path: Path) -> None:
    # 尊敬的饶书记、各位领导： — 饶 also begins words, but after 尊敬的 it is a surname (was a non-specific salutation)
    frags = {f["role"]: f for f in _fragments(tmp_path, "salutation-honoured-guest-surname.txt")}
    assert "饶书记" in frags["salutation"]["text"] and frags["salutation"]["specific"]
    assert not frags["closing"]["specific"]


def test_a_surname_right_after_an_organ_is_a_person(tmp_path: Path) -> None:
    # 县教体局于局长通报了…: 于 begins 由于/对于, but right after 局 (委/办/院/校) it is a surname (was non-specific)
    frags = {f["role"]: f for f in _fragments(tmp_path, "organ-then-surname-yu-title.txt")}
    assert "于局长" in frags["acknowledgement"]["text"] and frags["acknowledgement"]["specific"]
    assert not frags["transition"]["specific"] and not frags["closing"]["specific"]


def test_a_bare_place_name_after_de_makes_its_fragment_specific(tmp_path: Path) -> None:
    # 作为中心城区的越秀，… / 越秀的明天… in a speech that never names its place in full: the short name alone, after
    # 的 or opening a clause before it (both were non-specific)
    frags = {f["role"]: f for f in _fragments(tmp_path, "bare-own-district-after-de-once.txt")}
    assert "越秀" in frags["opening"]["text"] and frags["opening"]["specific"]
    assert "越秀" in frags["closing"]["text"] and frags["closing"]["specific"]
    assert not frags["acknowledgement"]["specific"] and not frags["transition"]["specific"]


def test_everyday_words_after_de_are_no_place_names() -> None:
    # 尊敬的来宾 / 人民群众的安居乐业: 来宾市 and 安居区 exist, but these are words (drafter/data/word-places.yaml)
    from drafter.ingest.elsewhere import places_after_de
    from drafter.ingest.params import _gazetteer

    lookup = _gazetteer().lookup
    assert places_after_de("向尊敬的来宾表示欢迎，保障人民群众的安居乐业", lookup) == []
    assert places_after_de("学习全国闻名的义乌，走出一条新路", lookup) == ["义乌"]


def test_a_preview_cut_mid_word_with_the_title_run_in_is_no_second_speech(tmp_path: Path) -> None:
    # 【范文精选】<title> 同志们：今天…必须下大气力加【范文精选】<title> then the full speech: one document, the full one
    # (was two: the preview, with no points, and the speech)
    (doc,) = ingest(tmp_path, "preview-cut-title-run-in-then-full.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])
    assert any("只有开头的预览" in w for w in doc["warnings"])


def test_a_sharing_sites_disclaimer_is_debris_and_the_title_glued_to_it_no_second_document(tmp_path: Path) -> None:
    # 本站所有内容均由合作方或网友上传，本站不对文档的完整性…付费前请自行鉴别…点击这里二次下载, then
    # 1-<title>同志们：… — was an 'other' document holding the disclaimer and the speech split off it
    (doc,) = ingest(tmp_path, "docshare-disclaimer-glued-title.txt")
    assert _shape(doc) == ("speech", 2, [0, 0])
    assert doc["title"] == "镇长在全镇2026年防汛工作会议上的讲话"


def test_a_verb_before_town_cadres_is_no_towns_name(tmp_path: Path) -> None:
    # 实行镇干部包村 / 抽调镇干部: was read as the town 实行镇, and the point became {{ place }}干部包村 (the verb lost)
    (doc,) = ingest(tmp_path, "town-cadres-after-verb-no-town.txt")
    assert (doc["place"], doc["level"]) == ("", "镇")
    frags = {f["id"].rsplit(".", 1)[1]: f for f in _fragments(tmp_path / "w", "town-cadres-after-verb-no-town.txt")}
    assert frags["point-2"]["text"].startswith("实行镇干部包村")


def test_arabic_items_glued_to_a_heading_in_a_one_line_paste_are_its_sub_points(tmp_path: Path) -> None:
    # …二、突出重点，扎实开展隐患排查整治1、抓好道路交通安全。…2、…3、… — the 1、 was read into the heading and
    # the three items were lost (sub-points [2, 0, 0])
    (doc,) = ingest(tmp_path, "one-line-heading-glued-arabic-items.txt")
    assert _shape(doc) == ("speech", 3, [2, 3, 0])
    assert doc["points"][1]["heading"] == "突出重点，扎实开展隐患排查整治"


def test_words_announced_and_led_in_a_one_line_paste(tmp_path: Path) -> None:
    # 老师们：…我想说三个词：担当、创新、奉献。第一个词，担当。…第二个词，创新。… all on one line: was no count, no points
    (doc,) = ingest(tmp_path, "one-line-words-announced-first-word.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["担当", "创新", "奉献"]
