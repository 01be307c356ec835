"""A resident serving many offices keeps its memory bounded, and a new draft is the same (#18, perf36).

A resident's worker answers draft after draft: memos keyed by a meeting's name (drafter.topics) grew with every new
name, and memos keyed by a fragment with every edit of a user's library. They are now bounded; what a user notices is
that nothing else changes: the same draft, the same findings, and a slip put into a library is found at once.
"""

from __future__ import annotations

import functools
import inspect
import re
import tracemalloc
from pathlib import Path

import pytest
from test_perf35 import _edit, _findings

from drafter import topics

WORKS = ["安全生产", "防汛抗旱", "乡村振兴", "优化营商环境", "妇女儿童", "党风廉政建设", "森林防火", "民营经济", "审计整改",
         "禁毒", "教育", "征兵"]  # fmt: skip


def _names(start: int, stop: int) -> list[tuple[str, str]]:
    """(meeting, work) pairs an office might name, each meeting another (a number in the name, as 第12次 says)."""
    return [(f"县第{n}次{WORKS[n % len(WORKS)]}工作会议", f"{WORKS[n % len(WORKS)]}工作") for n in range(start, stop)]


def _answer(meeting: str, work: str) -> None:
    """What planning asks of a meeting's name (each a memo of drafter.topics)."""
    topics.find_topics(meeting, work)
    topics.named_parts(meeting, work)
    topics.ruled_out_tags(meeting, work)
    topics.own_views_parts(meeting, work)
    topics.is_inward(meeting, work)
    topics.is_body_work(meeting, work)
    topics.lacks_staff("县", meeting, work)
    topics.names_not_used(meeting)
    topics.words_not_said(meeting, work)
    topics.apart_wording(meeting, work)
    topics.meeting_topic_tags(meeting, work)


def _memos_of(module: object) -> dict[str, functools._lru_cache_wrapper]:  # type: ignore[type-arg]
    return {name: value for name, value in vars(module).items() if hasattr(value, "cache_info")}


def test_every_memo_of_a_meetings_name_is_bounded() -> None:
    for name, memo in _memos_of(topics).items():
        takes = inspect.signature(memo).parameters
        if takes and not all(p.default is not inspect.Parameter.empty for p in takes.values()):
            assert memo.cache_info().maxsize is not None, f"topics.{name} grows with every name it is asked"


def test_ten_thousand_meeting_names_keep_the_memory_bounded() -> None:
    for meeting, work in _names(0, 300):  # the tables read, the patterns compiled
        _answer(meeting, work)
    tracemalloc.start()
    try:
        for meeting, work in _names(300, 2_500):
            _answer(meeting, work)
        after_some = tracemalloc.get_traced_memory()[0]
        for meeting, work in _names(2_500, 10_300):
            _answer(meeting, work)
        after_many = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # 7,800 more names hold no more memory than the memos already held at 2,200 (each memo full at 1,024)
    assert after_many - after_some < 256 * 1024, (after_some, after_many)
    for name, memo in _memos_of(topics).items():
        info = memo.cache_info()
        assert info.maxsize is None or info.currsize <= info.maxsize, name
    assert topics.ruled_out_tags.cache_info().currsize == topics.NAMES_KEPT  # full, and still answering
    assert topics.ruled_out_tags("县第1次防汛工作会议", "防汛工作") == topics.ruled_out_tags.__wrapped__(
        "县第1次防汛工作会议", "防汛工作"
    )


def test_memos_of_fragments_emptied_when_full_change_no_draft(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from drafter import drafting, limits
    from drafter.render import repeat, select

    def draft(seed: int) -> tuple[str, list[tuple[str, str]]]:
        request = drafting.DraftRequest(sets=("place=清河县", "meeting=全县安全生产工作会议"), seed=seed, history=False)
        made = drafting.make_draft(request)
        return made.draft.text, [(f.rule, f.text) for f in made.findings]

    before = [draft(seed) for seed in (3, 4)]
    assert select.fragment_topics.cache_info().currsize > 20
    monkeypatch.setattr(limits, "FRAGMENTS_KEPT", 20)  # a resident past a few libraries' worth of edits
    select.forget_old_fragments()
    assert select.fragment_topics.cache_info().currsize == 0
    assert repeat.sentences_of.cache_info().currsize <= 20
    assert [draft(seed) for seed in (3, 4)] == before


STAKES = ["召开这次沙河防汛抗旱工作会议", "实现沭阳高质量发展", "省民政厅对天门的关心支持", "团结依靠启东百万人民",
          "没有我们滕州完不成的任务", "今年也是盱眙冲刺“百强县”的关键之年", "吴中作为中心城区，人流将汇集", "紧密结合垫江实际",
          "携手建新沭阳！", "让高邮的营商环境焕然一新", "我在监利卫生系统工作四年多", "以服务纳雍跨越发展为中心",
          "奋力谱写小康壶关建设新篇章", "向多年来关心、支持临桂经济社会发展的各界人士表示敬意", "也是作为主城区的海陵服务中心城市的职责"]  # fmt: skip


def test_a_line_scanned_with_the_alternatives_it_can_meet_finds_every_bare_stake_the_whole_pattern_finds() -> None:
    from drafter.check import places

    joined = re.compile("|".join(source for _, source, _ in places._STAKE_ALTERNATIVES))

    def whole(line: str) -> list[tuple[int, str]]:
        return [(m.start(), m.lastgroup or "") for m in joined.finditer(line)]

    def gated(line: str) -> list[tuple[int, str]]:  # (perf39: each alternative tried where its words put it)
        return [(m.start(), m.lastgroup or "") for _, m in places._stake_matches(line)]

    lines = [*STAKES, "，".join(STAKES), "同志们：今天召开全县安全生产工作会议，主要任务是实现全县高质量发展。"]
    for line in lines:
        assert whole(line) and gated(line) == whole(line), line


def test_another_countys_bare_name_said_as_ours_is_still_found() -> None:
    from drafter.check import check_text

    text = "同志们：\n\n今天召开这次沭阳安全生产工作会议，就是要实现沭阳高质量发展，关系到沭阳的未来。\n"
    found = [(f.rule, f.text) for f in check_text(text, place="清河县").findings if f.rule == "foreign-place"]
    assert found.count(("foreign-place", "沭阳")) >= 2, found




@pytest.mark.parametrize(
    ("old", "new", "rule", "said"),
    [
        ("{{ own_depts }}", "市直各部门", "level-mix", "市直"),  # a level word of another level in a county's draft
        ("{{ scope }}", "{{ scope }}的的", "repeated-char", "的的"),  # a doubled character
        ("{{ grassroots }}", "XX{{ grassroots }}", "placeholder", "XX"),  # a placeholder left in
    ],
)
def test_a_slip_in_the_users_edited_library_is_found_by_the_next_draft_with_the_memos_swept(
    user_library: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, rule: str, said: str
) -> None:
    from drafter import limits

    before = _findings(user_library)
    assert not [f for f in before if f[0] == rule]
    monkeypatch.setattr(limits, "FRAGMENTS_KEPT", 100)  # each edit's fragments push the memos past their bound
    _edit(user_library, old, new)
    after = _findings(user_library)
    assert any(r == rule and said in text for r, text in after), after
    _edit(user_library, new, old)
    assert _findings(user_library) == before  # and gone once the fragment is put back
