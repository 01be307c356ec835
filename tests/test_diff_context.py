"""drafter diff: sentences retrieval misses are found in the sources of their neighbours."""

from __future__ import annotations

from drafter.diff import SourceDoc, Status, diff_text
from drafter.diff.fingerprint import grams

# Two sources sharing their salutation; the passage below is copied from the first.
SOURCE_A = """同志们：

一要强化组织领导。各乡镇、各部门要把妇女儿童工作摆上重要议事日程，主要负责同志亲自抓、负总责。二要强化资金保障。要把妇女儿童事业发展经费列入财政预算，并随着经济发展逐步增加。三要强化宣传引导。要充分利用广播、电视、网络等媒体，大力宣传男女平等基本国策和儿童优先原则。
"""
SOURCE_B = """同志们：

维护妇女儿童合法权益，是贯彻落实男女平等基本国策的必然要求。各级要把维权工作摆上重要议事日程，纳入经济社会发展总体规划。要建立健全妇女儿童维权工作机制，形成齐抓共管的工作格局。
"""
HEADING, EDITED = "三要强化宣传引导。", "三要强化舆论引导。"


def _sources() -> list[SourceDoc]:
    return [SourceDoc("speech-a", SOURCE_A), SourceDoc("speech-b", SOURCE_B)]


def _sentence(report, text: str):
    return next(s for s in report.sentences if s.text == text)


def test_a_short_edited_heading_sharing_no_five_characters_is_found_beside_its_neighbours() -> None:
    # 宣传 → 舆论 in the middle of a nine-character heading leaves no run of five
    # characters in common: the fingerprint index alone cannot find it (it was
    # reported as new writing before), its copied neighbours say where it came from.
    assert not grams(EDITED) & grams(HEADING)
    report = diff_text(SOURCE_A.replace(HEADING, EDITED), _sources())
    found = _sentence(report, EDITED)
    assert found.status == Status.EDITED
    assert found.source is not None and found.source.id == "speech-a"
    assert found.source.text == HEADING
    assert [(e.source, e.draft) for e in found.edits] == [("宣传", "舆论")]


def test_a_sentence_written_anew_between_copied_ones_stays_new() -> None:
    fresh = "今年的重点是把各项任务分解到季度，逐月调度，年底考核兑现。"
    report = diff_text(SOURCE_A.replace(HEADING, fresh), _sources())
    assert _sentence(report, fresh).status == Status.NEW


def test_a_lone_edited_sentence_without_copied_neighbours_is_not_guessed() -> None:
    # Nothing around it was copied, so nothing says where it might come from.
    report = diff_text(f"今天的会议很重要。{EDITED}大家要认真抓好落实。", _sources())
    assert _sentence(report, EDITED).status == Status.NEW
