"""Ingest reads a document's kind from the frame its genre always has, not from one page's spelling (issue #13).

Our own fixtures, reproducing the shapes only: each frame in two or three variants a next batch may bring (another
genre word, 繁体, the title not on line 1, no title at all).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import INGEST, fragments, ingest, shape

from drafter.ingest import ingest_paths


@pytest.mark.parametrize(
    "name",
    [
        # 全镇在外务工创业的乡亲们： / …真诚地邀请你们回到家乡… / 中共某某镇委员会　某某镇人民政府 / 2026年1月20日: no title,
        # no festival greeting, no 倡议: the addressee at the top and the organs' signature and date at the end
        "kind29-letter-untitled-to-workers-away-signed.txt",
        # 首頁 > 業主之聲 / 發布時間… / 表揚信 / 尊敬的青禾物業公司領導： / …特此致信… / 翠園小區全體業主 / date: 繁体, a 表扬信
        "kind29-letter-traditional-praise-under-site-header.txt",
        # 青川大学： / 欣闻贵校…谨向贵校全体师生员工致以热烈的祝贺！ / …: the copy cut before its signature, the readers 贵校
        "kind29-letter-congratulation-cut-short-to-you.txt",
        # 某某中心小学 / 家校共育 / …安全承诺书 / 各位家长： / 一、… 三、… / signed: a 承诺书, its title on the third line
        "kind29-letter-commitment-title-not-first-line.txt",
    ],
)
def test_a_letter_is_read_by_its_addressee_and_signature_whatever_its_title(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "书信"


@pytest.mark.parametrize(
    "name",
    [
        # …镇长办公会议定事项 / 会议认为，… / 会议决定： / 一、… 三、… / 会议要求，…: the meeting the subject of its conclusions
        "kind29-minutes-meeting-as-subject-untitled.txt",
        # 第十二屆第三次委員會議 / 會議認為… 會議同意… 會議強調… 會議號召…: 繁体, a resolution with no 决议 in its title
        "kind29-minutes-traditional-resolutions-no-title.txt",
    ],
)
def test_the_meeting_as_the_subject_of_its_decisions_makes_minutes_not_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "会议纪要"


def test_attendance_fields_make_minutes_without_a_clerk_line(tmp_path: Path) -> None:
    # 时间：… / 地点：… / 主持：… / 出席：… / 列席：… / 缺席：无 / 一、传达学习… : the fields only minutes keep (who came), no 记录人
    (doc,) = ingest(tmp_path, "kind29-minutes-attendance-fields-no-clerk-line.txt")
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "会议记录"


@pytest.mark.parametrize(
    "name",
    [
        # 关于开展…隐患排查的通知 / 各村（社区）… / 现将有关事项通知如下： / 一、… / 特此通知。: no 关于召开, no meeting called
        "kind29-notice-formula-no-meeting-title.txt",
        # 首頁 > 通知公告 / 某某縣教育局 / 關於做好…的通知 / …現就…通知如下： / 請各校認真遵照執行。: 繁体, the title on line 3
        "kind29-notice-traditional-formula-title-under-header.txt",
    ],
)
def test_a_notice_is_read_by_its_formula(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "通知"


@pytest.mark.parametrize(
    "name",
    [
        # …“清河行动”推进安排 / 一、指导思想 二、工作目标 三、主要任务 四、实施步骤 五、保障措施: a plan called 安排, not 方案
        "kind29-plan-parts-title-without-fangan.txt",
        # 為紮實做好…，特制定本方案。 / 一、指導思想 … 五、保障措施: 繁体, no title line at all
        "kind29-plan-traditional-parts-no-title.txt",
    ],
)
def test_a_plan_is_read_by_its_parts_not_as_a_report(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "工作方案"


@pytest.mark.parametrize(
    "name",
    [
        # 某社区召开首场“邻里议事会” / …由…主持。大家… / 王某某指出：我们… / 最后，王某某要求…: 大家 and 我们 are the ones told of
        "kind29-news-held-headline-everyone-said.txt",
        # 青禾縣政協十屆三次會議閉幕 / …大家… / 他指出：我們… / 委員某某說：“我…”: 繁体, a headline telling the session closed
        "kind29-news-traditional-closing-headline-quotes.txt",
        # 節後上班第一天，某醫院即召開…擴大會議… / 院長某某主持會議。…依次發言… / 最後某某強調：我們要…: no date, no headline
        "kind29-news-traditional-meeting-held-lead-we-reported.txt",
    ],
)
def test_a_meeting_told_as_held_with_its_speakers_in_the_third_person_is_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])


def test_readers_comments_under_a_speech_are_no_part_of_its_closing(tmp_path: Path) -> None:
    # …为建设美丽青石作出新的贡献！ / 网友评论 / 青禾网友 2026-03-02 09:15 / 讲得实在，接地气，点赞！ / …: the heading and the time
    # stamps went, the readers' words stayed and closed the speech
    frags = fragments(tmp_path, "kind29-extent-speech-then-reader-comments.txt")
    assert frags
    assert not [f["id"] for f in frags if "点赞" in str(f) or "挖树坑" in str(f)]


def test_neighbour_links_and_footer_under_news_are_no_part_of_it(tmp_path: Path) -> None:
    # …保障农资供应和质量安全。 / 上一篇 青石镇开展消防安全检查 / 下一篇 … / 主办单位 青石镇人民政府 技术支持 青禾网络
    (tmp_path / "lib").mkdir()
    report = ingest_paths([INGEST / "kind29-extent-news-then-site-menu-lines.txt"], library=tmp_path / "lib", corpus=tmp_path / "corpus")
    (doc,) = report.as_dict()["documents"]
    assert shape(doc) == ("news", None, [])
    body = Path(doc["corpus_file"]["path"]).read_text(encoding="utf-8")
    assert "质量安全" in body
    assert "上一篇" not in body and "技术支持" not in body


def test_a_signed_letter_on_a_county_page_with_a_links_label_under_it_is_a_letter(tmp_path: Path) -> None:
    # 首页 > 信息公开 / 来源：…　发布时间：… / the untitled letter, signed and dated / 相关链接 (its links gone): the label, last on
    # the page, hid the signature block from the letter's frame
    text = (INGEST / "kind29-letter-untitled-to-workers-away-signed.txt").read_text(encoding="utf-8")
    page = "首页 > 信息公开 > 通知公告\n来源：镇党政办　　发布时间：2026-01-20 09:30　　浏览次数：326\n" + text + "\n相关链接\n"
    path = tmp_path / "letter-on-county-page.txt"
    path.write_text(page, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    (doc,) = ingest_paths([path], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True).as_dict()["documents"]
    assert (doc["kind"], doc["genre"]) == ("other", "书信")


@pytest.mark.parametrize(
    "name",
    [
        # …确保全镇安全生产形势持续稳定！ / 相关文章 / 在全县…会议上的讲话 / …: the titles were a second document ("other")
        "kind29-extent-speech-then-related-titles.txt",
        # …持续稳定！ / 您可能还喜欢 / · 2026-03-01 在全县…的讲话 / … / 热门标签：…: the box's label and the tags closed the speech
        "kind29-extent-speech-then-maybe-you-like-and-tags.txt",
    ],
)
def test_a_related_articles_box_under_a_speech_is_no_document_and_no_closing(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", 2, [0, 0])
    frags = fragments(tmp_path / "f", name)
    assert not [f["id"] for f in frags if "喜欢" in str(f) or "标签" in str(f) or "相关文章" in str(f)]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 在这里，我想同各位聊聊几点： / 一、… 三、…: the speaker counts what he says with a verb no list holds (聊聊)
        ("kind29-count-voiced-colon-chat-few.txt", ("speech", "几", [0, 0, 0])),
        # 我願意把自己這幾年的體會概括成四個“一”： / 一、一顆為民的初心 …: 繁体, the count a slogan's, 概括成 not 概括为
        ("kind29-count-traditional-slogan-count-colon.txt", ("speech", 4, [0, 0, 0, 0])),
        # 同志们： / …我想，要当好这个家，必须把握好三个关系： / 一、把握好…的关系: no title, the count said as what to hold to
        ("kind29-count-three-relations-untitled.txt", ("speech", 3, [0, 0, 0])),
    ],
)
def test_a_count_in_the_speakers_voice_ending_on_a_colon_announces_the_points(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
