"""Ingest on the shapes batch 32's misses showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest, shape


def test_a_communitys_call_to_its_residents_is_a_letter(tmp_path: Path) -> None:
    # 某某社区全体居民朋友们： / …为此，我们向社区全体居民发出倡议： / 1、请大家… / 2、… / 3、希望大家… / the 社区党支部: an
    # 倡议书 with no title line; read as a speech of three points
    (doc,) = ingest(tmp_path, "leak-proposal-community-named-in-salutation.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "书信", [])


def test_a_community_named_in_the_salutation_stays_in_specific_fragments(tmp_path: Path) -> None:
    # 青槐雅居社区全体居民朋友们：: the 称谓 names the speaker's own community; the salutation went out as general text
    frags = fragments(tmp_path, "leak-community-speech-named-in-salutation.txt")
    assert general_holding(frags, "青槐雅居社区") == []


def test_a_quoted_local_campaign_stays_in_specific_fragments(tmp_path: Path) -> None:
    # 县委、县政府紧紧围绕“四城同创”目标，…: the county's own campaign, by its counted name, went into a general point
    frags = fragments(tmp_path, "leak-county-speech-quoted-local-campaign.txt")
    assert general_holding(frags, "四城同创") == []


def test_campus_sights_named_in_a_list_stay_in_specific_fragments(tmp_path: Path) -> None:
    # 在望月桥上、图书馆前、清荷湖畔合影留念: the campus's own bridge and lake went into the opening as general text
    frags = fragments(tmp_path, "leak-graduation-speech-campus-landmarks.txt")
    assert general_holding(frags, "望月桥") == []
    assert general_holding(frags, "清荷湖") == []


def test_a_page_on_how_to_make_a_pledge_speech_is_kept_out(tmp_path: Path) -> None:
    # 如何作一个简洁有力、让人信服的表态发言？… / 起草会议表态发言之前，先要想清楚…: a page telling how the genre is written
    # (its 召开 the meetings such speeches are given at); read as news
    (doc,) = ingest(tmp_path, "writing-guide-how-to-make-a-pledge-speech.txt")
    assert (doc["kind"], doc["points"]) == ("other", [])


def test_an_inaugural_speech_announcing_its_points_by_a_quoted_slogan_gives_them(tmp_path: Path) -> None:
    # …我唯一的选择就是倾注全部的热情与心血，努力做到“三个一”： / 一是一心一意为民。… / 二是一丝不苟干事。… / 三是一清二白
    # 做官。…: the count named by the slogan, and leads whose words start with 一; read no count and no point
    (doc,) = ingest(tmp_path, "speech-inaugural-three-ones-announced-in-quotes.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["一心一意为民", "一丝不苟干事", "一清二白做官"]


def test_a_research_report_is_a_report(tmp_path: Path) -> None:
    # 村级集体经济发展路径研究报告 / …已成为当前需要研究解决的重要课题。 / 一、…困难 / 二、…路径 / 三、几点建议: a study's
    # findings under its title, like a 调研报告; kept out as other
    (doc,) = ingest(tmp_path, "report-research-titled-research-report.txt")
    assert shape(doc) == ("report", None, [3, 0, 0])
    assert doc["title"] == "村级集体经济发展路径研究报告"


def test_a_series_under_the_last_part_before_the_copys_cut_stub_gives_its_subpoints(tmp_path: Path) -> None:
    # …研究报告   导语   一、乡镇工作面临的困难   …最难办的事有三件:一是…。二是…。三是…。   乡 — a page whose paragraphs ran
    # together on one line, cut one character into the next paragraph: that stub made the series an inner list, read [0]
    (doc,) = ingest(tmp_path, "report-research-page-run-together-cut-after-first-part.txt")
    assert shape(doc) == ("report", None, [3])
