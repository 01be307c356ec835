"""split50 (issue #13): the figures say what a missed document and a wrong kind look like, without their text.

Sealed sets may be measured by their figures only. Until now those said how many documents went missing or were read
in the wrong kind, never what the page looked like there, so each fix was fitted to one opened page. bench/archive_eval.py
now tells each miss by its shape (`miss_shapes`): for a missing document, the line where it should begin (a title with
the kind its genre word names, a salutation, a date or byline, a news lead, a sentence; its length; how it ends), the
line above it, the cues under it, and what drafter read there instead; for a wrong kind, the kinds wanted and got and
the cues in the document's lines. No shape carries a character of the page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from doubt_harness import load_archive_eval

ROOT = Path(__file__).resolve().parents[1]



AE = load_archive_eval()

# our own page: a speech, then a 通知 the page joined under it (what a collector would list as two documents)
PAGE = [
    "在全县秋粮收储工作会议上的讲话",
    "同志们：",
    "今天召开会议，主要任务是部署秋粮收储工作。下面，我讲两点意见。",
    "一、提高认识",
    "秋粮收储关系群众切身利益，我们要高度重视。",
    "二、压实责任",
    "各乡镇要守土尽责，确保颗粒归仓。谢谢大家！",
    "",
    "关于做好秋粮收储工作的通知",
    "各乡镇人民政府，县直各单位：",
    "现将有关事项通知如下。",
]


def test_a_line_is_told_by_its_shape_not_its_text() -> None:
    assert AE.line_shape("") == "blank"
    assert AE.line_shape("在全县秋粮收储工作会议上的讲话") == "title:speech/len15/open"
    assert AE.line_shape("关于做好秋粮收储工作的通知") == "title:notice/len15/open"
    assert AE.line_shape("秋粮收储工作情况") == "titlelike/len15/open"
    assert AE.line_shape("同志们：") == "salutation/len15/colon"
    assert AE.line_shape("2026年3月5日") == "date/len15/open"
    assert AE.line_shape("来源：县政府办  发布时间：某日").startswith("byline/")
    assert AE.line_shape("本报讯 日前，全县秋粮收储工作会议召开，会议对下一阶段工作作出部署。").startswith("news-lead/")
    assert AE.line_shape("各乡镇要守土尽责，确保颗粒归仓。谢谢大家！").startswith("closing/")
    assert AE.line_shape("秋粮收储关系群众切身利益，我们要高度重视。") == "sentence/len30/stop"


def test_a_line_that_may_be_a_news_lead_says_how_it_opens() -> None:
    assert AE.lead_detail("3月6日上午，县应急管理局召开全县安全生产工作会议。") == "day:md+held"
    assert AE.lead_detail("本报讯（记者 某某）2026年4月2日，县妇联举行主题活动。") == "tag+credit+day:ymd+held"
    assert AE.lead_detail("会上，与会同志作了交流发言。") == "day:none+back"


def _doc(kind: str, title: str, lines: list[int]) -> dict[str, Any]:
    return {"kind": kind, "title": title, "lines": lines, "points": [], "fragment_file": {}}


def test_a_missing_document_says_where_drafter_read_its_head() -> None:
    entries = [
        {"kind": "speech", "title": "在全县秋粮收储工作会议上的讲话", "lines": [1, 7]},
        {"kind": "other", "title": "关于做好秋粮收储工作的通知", "lines": [9, 11]},
    ]
    docs = [_doc("speech", "在全县秋粮收储工作会议上的讲话", [1, 11])]
    pairs = AE.align(entries, docs)
    assert pairs == [(0, 0), (1, None)]
    shape = AE.miss_shape(entries[1], 1, PAGE, docs, pairs, {"removed": []})
    assert shape == (
        "missing|want:other|at:title:notice/len15/open|above:closing/len30/excl+gap"
        "|under:none|read:prev-entry-doc:speech:unparted"
    )
    # without "lines", the title found in the page anchors it just the same
    shape2 = AE.miss_shape({**entries[1], "lines": None}, 1, PAGE, docs, pairs, {"removed": []})
    assert shape2 == shape
    # a document read on its own but matched to no entry, and a head drafter took out
    extra = [docs[0] | {"lines": [1, 7]}, _doc("other", "", [9, 11])]
    assert AE.miss_shape(entries[1], 1, PAGE, extra, [(0, 0), (1, None)], {}).endswith("read:extra-doc@start:other:title")
    removed = AE.miss_shape(entries[1], 1, PAGE, [docs[0] | {"lines": [1, 7]}], pairs, {"removed": [{"line": 9}]})
    assert removed.endswith("read:removed")
    # no title and no lines: nothing to anchor on, said so
    assert AE.miss_shape({"kind": "news", "title": ""}, 1, PAGE, docs, pairs, {}) == "missing|want:news|no-anchor"


def test_a_wrong_kind_says_the_cues_it_had() -> None:
    entry = {"kind": "speech", "title": "在全县秋粮收储工作会议上的讲话", "lines": [1, 7]}
    shape = AE.kind_shape(entry, _doc("news", "", [1, 7]), PAGE)
    assert shape.startswith("kind|want:speech|got:news|title:speech,1st:high,comrades,salutation,")
    assert "end-closing" in shape and "numbered" in shape and shape.endswith("chars120")
    notice = AE.kind_shape(
        {"kind": "other", "title": "关于做好秋粮收储工作的通知", "lines": [9, 11]}, _doc("report", "", [9, 11]), PAGE
    )
    assert notice == "kind|want:other|got:report|title:notice,1st:none,notice,chars60"


def test_no_shape_carries_a_character_of_the_page() -> None:
    entries = [{"kind": "speech", "title": PAGE[0], "lines": [1, 7]}, {"kind": "other", "title": PAGE[8]}]
    docs = [_doc("speech", PAGE[0], [1, 11])]
    shapes = [
        AE.miss_shape(entries[1], 1, PAGE, docs, AE.align(entries, docs), {}),
        AE.kind_shape(entries[0], _doc("news", "", [1, 7]), PAGE),
    ]
    for shape in shapes:
        assert not re.search(r"[\u4e00-\u9fff]", shape), shape


# ---- ingest: the page's next news item (drafter/ingest/nextitem.py)

FIXTURES = ROOT / "tests" / "fixtures" / "split50"


def _read(name: str) -> list[Any]:
    from drafter.ingest.pipeline import analyse_text

    text = (FIXTURES / name).read_text(encoding="utf-8")
    return list(analyse_text(text, name, Path(name).stem).documents)


def test_a_dated_lead_after_a_finished_item_is_the_next_news_item() -> None:
    # ended on a stop; on a reporter's credit line; cut mid-sentence by the site
    for name, second in (
        ("news-two-items-stop.txt", 5),
        ("news-two-items-credit.txt", 4),
        ("news-two-items-cut.txt", 3),
    ):
        docs = _read(name)
        assert [d.kind for d in docs] == ["news", "news"], name
        assert docs[0].lines[1] < second and docs[1].lines[0] <= second <= docs[1].lines[1], (name, docs[1].lines)


def test_a_story_told_over_two_days_and_a_speech_recalling_a_meeting_stay_whole() -> None:
    story = _read("news-one-story-two-days.txt")
    assert [d.kind for d in story] == ["news"]
    speech = _read("speech-recalls-meeting.txt")
    assert [d.kind for d in speech] == ["speech"]
    assert speech[0].outline is not None and len(speech[0].outline.points) == 2


def test_the_lead_must_tell_an_event_held_and_not_refer_back() -> None:
    from drafter.ingest.nextitem import next_item_score
    from drafter.ingest.para import Para

    above = [
        Para("3月5日，县政府召开秋粮收储工作推进会，副县长出席会议并讲话。", 1, 1),
        Para("会议要求，各乡镇要压实责任，确保应收尽收、颗粒归仓，切实维护种粮农民利益。", 2, 2),
    ]
    assert next_item_score(above, Para("3月6日，县应急管理局召开全县安全生产工作会议，部署下一阶段工作。", 3, 3)) >= 3
    assert next_item_score(above, Para("3月6日，会上还通报了各乡镇秋粮收储工作进展情况，并召开了分组座谈。", 3, 3)) == -1
    assert next_item_score(above, Para("3月6日，气温明显回升，各地秋粮收购进度加快，市场价格总体平稳。", 3, 3)) == -1


def test_a_news_lead_under_a_line_the_site_cut_is_not_joined_to_it() -> None:
    # …切实保障种粮农民 | 9月22日上午10时，县市场监管局召开…: the site cut the first item; the next line is the next item
    docs = _read("news-lead-under-cut-line.txt")
    assert [d.kind for d in docs] == ["news", "news"]
    assert docs[1].lines[0] == 3
    # …专题学习会议于 | 9月22日上午，在…召开: a sentence wrapped before its day goes on, one item
    wrapped = _read("news-wrapped-before-day.txt")
    assert [d.kind for d in wrapped] == ["news"]
    assert "会议于9月22日上午" in wrapped[0].body


def test_the_report_of_a_meeting_saved_under_its_speech_is_the_next_item() -> None:
    # the speech's title names the meeting the news item reports: that is no sign of one story
    docs = _read("speech-then-news.txt")
    assert [d.kind for d in docs] == ["speech", "news"]
    assert docs[1].lines[0] == 8
    assert docs[0].outline is not None and len(docs[0].outline.points) == 2
