"""split51 (issue #13): every document on a page found, and why its points are read wrong.

The sealed sets' missing documents were, more than any other shape, news items run together: a page of one-paragraph
briefs (简报, 工作动态) where an item opens on its purpose or occasion before its day (为…，3月13日，… / 在…之际，3月14日，…),
or stands under another one-paragraph brief, or names its event after the verb that holds it (召开…调度会， / 举办…招聘会，).
split50's next-item decision wanted the day first, two paragraphs above and a meeting named from a short list. Now the
purpose or occasion clause may come before the day, one whole brief above is enough (unless the lead goes on with the
brief's story: its days, or the same body), and the event may be any …会 held, a drill, a lecture, an operation.

bench/archive_eval.py also says why a document's points are wrong (`points_shape`): wanted and got, the marks before
the headings drafter took, the lists the document holds and which of them is as long as the points wanted. No shape
carries a character of the page. Every page here is our own writing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from doubt_harness import load_archive_eval

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "split51"


def _read(name: str) -> list[Any]:
    from drafter.ingest.pipeline import analyse_text

    text = (FIXTURES / name).read_text(encoding="utf-8")
    return list(analyse_text(text, name, Path(name).stem).documents)


def test_a_page_of_one_paragraph_briefs_is_one_news_item_a_paragraph() -> None:
    # under the bulletin's header: a dated brief, a purpose-led one, an occasion-led one, a dated one
    docs = _read("briefs-purpose-lead.txt")
    assert [d.kind for d in docs] == ["news"] * 4
    assert [d.lines for d in docs] == [(2, 2), (3, 3), (4, 4), (5, 5)]
    # no header; the third names its event after the verb (举办春季招聘会，), no meeting word
    docs = _read("briefs-no-header.txt")
    assert [d.kind for d in docs] == ["news"] * 3
    assert [d.lines for d in docs] == [(1, 1), (2, 2), (3, 3)]


def test_a_lead_naming_its_body_before_its_day_or_under_a_cut_or_a_caption_is_the_next_item() -> None:
    # 县妇联近日在…举办…: the body, then its day, then the event, under a one-paragraph brief; read as news on its own
    docs = _read("briefs-body-then-day.txt")
    assert [(d.kind, d.lines) for d in docs] == [("news", (1, 1)), ("news", (2, 2))]
    # …严管野外用火，确保 (a line of thirty-odd characters the site cut) | 10月29日上午，…召开…
    docs = _read("news-under-short-cut-line.txt")
    assert [(d.kind, d.lines) for d in docs] == [("news", (1, 4)), ("news", (5, 6))]
    # …颗粒归仓。 | 会议现场 (a caption) | 【县融媒体中心】3月6日，…召开…
    docs = _read("news-tagged-under-caption.txt")
    assert [d.kind for d in docs] == ["news", "news"] and docs[1].lines[0] == 5


def test_a_speech_recalling_a_meeting_under_its_heading_stays_whole() -> None:
    docs = _read("speech-subhead-then-day.txt")
    assert [d.kind for d in docs] == ["speech"]
    assert docs[0].outline is not None and len(docs[0].outline.points) == 2


def test_a_story_whose_second_paragraph_opens_on_a_day_stays_one_item() -> None:
    # the day falls within the days the lead spans, and the same body acts: the visit's second day, one story
    docs = _read("story-lead-then-day.txt")
    assert [(d.kind, d.lines) for d in docs] == [("news", (1, 3))]
    docs = _read("story-two-days.txt")
    assert [(d.kind, d.lines) for d in docs] == [("news", (1, 3))]


def test_the_lead_may_say_its_purpose_or_occasion_before_its_day() -> None:
    from drafter.ingest.nextitem import next_item_score
    from drafter.ingest.para import Para

    above = [
        Para("3月5日，县政府召开秋粮收储工作推进会，研究部署秋粮收储工作，副县长出席会议并讲话。", 1, 1),
        Para("会议要求，各乡镇要压实责任，确保应收尽收、颗粒归仓，切实维护种粮农民利益。", 2, 2),
    ]
    purpose = Para("为提升基层应急处置能力，3月6日，县应急管理局举办全县基层应急管理业务培训班，各乡镇分管负责同志参加培训。", 3, 3)
    occasion = Para("在植树节到来之际，3月12日，县直机关工委组织干部职工开展义务植树活动，县领导参加活动。", 3, 3)
    held_after = Para("3月6日，县人社局在县人力资源市场举办春季招聘会，八十余家企业进场招聘，提供岗位一千余个。", 3, 3)
    for para in (purpose, occasion, held_after):
        assert next_item_score(above, para) >= 3, para.text
    # a body named before the verb is no event (县总工会举办… names the union, not a meeting), and a purpose clause
    # with no day after it is no lead
    assert next_item_score(above, Para("为做好秋粮收储工作，各乡镇要落实责任，加强统筹调度，确保任务按时完成。", 3, 3)) == -1


def test_an_occasion_led_brief_on_its_own_is_news() -> None:
    from drafter.ingest.para import Para
    from drafter.ingest.split import classify_kind

    text = (FIXTURES / "briefs-purpose-lead.txt").read_text(encoding="utf-8").splitlines()[3]
    assert classify_kind([Para(text, 1, 1)]) == "news"


# ---- bench/archive_eval.py: why the points are wrong, told without the text



AE = load_archive_eval()

PAGE = [
    "在全县秋粮收储工作会议上的讲话",
    "同志们：",
    "今天召开会议，部署秋粮收储工作。下面，我讲三点意见。",
    "一、提高认识",
    "秋粮收储关系群众切身利益。一是抓宣传。二是抓落实。",
    "二、压实责任",
    "各乡镇要守土尽责，确保颗粒归仓。",
    "三、强化保障",
    "各部门要密切配合。谢谢大家！",
]


def test_a_wrong_points_reading_says_which_series_was_taken_and_which_was_wanted() -> None:
    entry = {"kind": "speech", "count": 3, "points": 3, "subpoints": [2, 0, 0], "lines": [1, 9]}
    doc = {
        "kind": "speech", "announced_count": None, "lines": [1, 9],
        "points": [{"heading": "抓宣传", "subpoints": []}, {"heading": "抓落实", "subpoints": []}],
    }  # fmt: skip
    shape = AE.points_shape(entry, doc, PAGE)
    assert shape.startswith("points|speech/speech|want:3|got:2|fewer|announced:3/None|subs:sum2/0|")
    assert "|taken:一是@run-inx2|" in shape  # drafter took the run-in 一是 series
    assert "|series:一、3@line+一是2@run-in|" in shape
    assert "|want-is:一、3@line|got-is:一是2@run-in|" in shape
    assert not re.search(r"[\u4e00-\u9fff]", shape.replace("一、", "").replace("一是", "")), shape


def test_a_point_whose_heading_the_page_does_not_hold_is_said_unknown() -> None:
    entry = {"kind": "report", "count": None, "points": 0, "subpoints": [], "lines": [1, 9]}
    doc = {"kind": "report", "announced_count": None, "lines": [1, 9], "points": [{"heading": "不在页面上的标题", "subpoints": []}]}
    shape = AE.points_shape(entry, doc, PAGE)
    assert "|more|" in shape and "|taken:?x1|" in shape and "|want-is:none|" in shape


def test_a_news_item_read_into_the_one_above_says_how_the_decision_weighed_it() -> None:
    page = [
        "县政府召开秋粮收储工作推进会",
        "3月5日，县政府召开秋粮收储工作推进会，研究部署秋粮收储工作，副县长出席会议并讲话。",
        "会议要求，各乡镇要压实责任，确保应收尽收、颗粒归仓，切实维护种粮农民利益。",
        "3月6日，县委书记到城关镇走访调研，详细了解秋粮收购进度和粮库仓容情况，看望一线工作人员。",
        "他强调，要统筹发展和安全，确保秋粮收储工作平稳有序。",
    ]
    entries = [{"kind": "news", "title": page[0], "lines": [1, 3]}, {"kind": "news", "title": "", "lines": [4, 5]}]
    docs = [{"kind": "news", "title": page[0], "lines": [1, 5], "points": [], "fragment_file": {}}]
    pairs = AE.align(entries, docs)
    signs = AE.item_signs(entries[1], 1, page, docs, pairs)
    # a lead, but no event held in its first clause (a visit): the decision never weighed the rest
    assert signs.startswith("signs|want:news|at:news-lead|lead1,held0,named0,ended1,sofar1,told1,")
    assert signs.endswith("split0,paras:3")
    assert not re.search(r"[\u4e00-\u9fff]", signs)
    # a document read on its own has no signs
    assert AE.item_signs(entries[0], 0, page, docs, pairs) == ""
