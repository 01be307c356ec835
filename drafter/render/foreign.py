"""Frame text bound to another meeting: a work it names, or a count of points it fixes.

A title, opening or announcement (transition) is said of this meeting. Text in a
user's library (imported, written by hand, or shared by someone else) may still
name the work of the speech it came from (在全县招商引资工作会议上的讲话, 总结前一阶段
招商引资工作) or fix the number of points it announces (以下两个方面): drawn for another
meeting or another plan it makes a draft whose own self-check finds an error.
These tests look at the literal text only: what a variable ({{ meeting }},
{{ count }}) says is always this meeting's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set

from drafter.library import fragment_texts
from drafter.model import Fragment, Role
from drafter.text import THINGS_COUNT, count_value
from drafter.topics import find_topics

# Roles said of this meeting as a whole: a work or a count they name must be this meeting's.
NAMING_ROLES = frozenset({Role.TITLE, Role.OPENING, Role.TRANSITION})
# Roles that may announce the points (下面，我讲三点意见 / 今天主要讲两个方面).
COUNTING_ROLES = frozenset({Role.OPENING, Role.ACKNOWLEDGEMENT, Role.TRANSITION})

_VARIABLE = re.compile(r"\{\{.*?\}\}")
_BLOCK = re.compile(r"\{%.*?%\}")
# 全县招商引资工作会议 / {{ scope }}招商引资推进会: the subject of a meeting the text names
_MEETING = re.compile(
    r"(?:全[省市县区乡镇旗]|□)([\u4e00-\u9fff]{2,16}?)(?:工作)?(?:电视电话会议|视频会议|会议|大会|推进会|座谈会|动员会|调度会)"
)
# 专门召开这次全体会议 / 把思想和行动统一到…会议: no work's name, the meeting itself
_NOT_SUBJECT = re.compile(
    r"召开|[这此本每]次|今天|专门|全体|一次|[的把以要在对将向]|决定|安排|统一|关键|精神"
)
# 总结前一阶段招商引资工作 / 抓好安全生产工作: a work named as such
_WORK = re.compile(r"([\u4e00-\u9fff]{2,10})工作")
_HAN = "一二两三四五六七八九十"
# 以下两个方面 / 讲三点意见 / 从四个方面 / 谈两点体会: a number of points, not a variable
_COUNT = re.compile(
    rf"(?:以下|下面|讲|谈|提|说|从|就|强调|交流|这)([{_HAN}]{{1,2}}|\d{{1,2}})(?:个方面|方面|点|个问题|条|项|件事|句话)"
)


def _literal(text: str) -> str:
    """The text without its variables (□ where one stood) and block tags (every alternative kept)."""
    return _BLOCK.sub("", _VARIABLE.sub("□", text))


@functools.cache
def named_subjects(fragment: Fragment) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(topic tags of the meetings named, unknown meeting subjects, topic tags of the works named) in its literal text."""
    meetings: set[str] = set()
    unknown: set[str] = set()
    works: set[str] = set()
    for text in fragment_texts(fragment):
        plain = _literal(text)
        for m in _MEETING.finditer(plain):
            subject = m.group(1).removesuffix("工作")
            if _NOT_SUBJECT.search(subject):
                continue
            found = find_topics(subject)
            if found:
                meetings.update(t.tag for t in found)
            else:
                unknown.add(subject)
        for m in _WORK.finditer(plain):
            works.update(t.tag for t in find_topics(m.group(1)))
    return frozenset(meetings), frozenset(unknown), frozenset(works)


def names_other_work(
    fragment: Fragment, topics: Set[str], meeting: str, work: str, own: Set[str] = frozenset(), genre: str = ""
) -> bool:
    """True when a title, opening or transition names a work or meeting that is not this meeting's.

    `own` are the fragment's topic tags. A fragment about a work (tagged 防汛抗旱) is drawn only for a meeting on it
    and may speak of a neighbouring work (防汛抗旱和应急处置工作); it may name a meeting only of the works it is about.
    A general fragment (no topic tag: most imported ones, and anything hand-written untagged) names no work but the
    meeting's. A title names nothing but this meeting, whatever its tags. `genre` is the word the meeting's kind
    titles its drafts with (表态发言, kinds.yaml `title`), given only for a fragment of that kind.
    """
    if fragment.role not in NAMING_ROLES:
        return False
    if fragment.role == Role.TITLE and not _titles_this_meeting(fragment, meeting, genre):
        return True
    meetings, unknown, works = named_subjects(fragment)
    if any(s not in meeting and s not in work for s in unknown):
        return True
    allowed = set(topics) if fragment.role == Role.TITLE else set(topics) | set(own)
    if meetings - allowed:
        return True
    return bool(works - allowed) and (fragment.role == Role.TITLE or not own)


# 在{{ meeting }}上的讲话 / 在全县防汛工作会议上的讲话: a title of the draft's genre, naming the meeting only
_TITLE_FORM = re.compile(r"^在(?P<occasion>.+?)上的(?:[\u4e00-\u9fff]{0,4}?)(?:讲话|致辞)$")


@functools.cache
def _title_form(genre: str) -> re.Pattern[str]:
    """The title form of the draft's genre: 在…上的讲话, or 在…上的<genre> for a kind's own title (表态发言)."""
    if not genre:
        return _TITLE_FORM
    return re.compile(rf"^在(?P<occasion>.+?)上的(?:{re.escape(genre)}|(?:[\u4e00-\u9fff]{{0,4}}?)(?:讲话|致辞))$")


def _titles_this_meeting(fragment: Fragment, meeting: str, genre: str = "") -> bool:
    """True when a title says 在<this meeting>上的讲话: by {{ meeting }}, or by an occasion the meeting's name holds.

    The shipped library titles every draft 在{{ meeting }}上的讲话. A title in a user's library is often another
    speech's: another occasion (镇党委书记在新春团拜会上的致辞), a speaker (县长在…), another genre (…上的主持词,
    表态发言, 讲话（录音整理稿）): the draft is none of these.
    """
    m = _title_form(genre).match(_literal(fragment.text).strip())
    if m is None:
        return False
    occasion = m.group("occasion")
    if occasion == "□":
        return "{{ meeting }}" in fragment.text
    occasion = re.sub(r"^全[省市县区乡镇旗]", "", occasion.replace("□", ""))
    return bool(occasion) and occasion in meeting


@functools.cache
def fixed_counts(fragment: Fragment) -> frozenset[int]:
    """The numbers of points a frame fragment announces in its own words (以下两个方面: {2}); empty when none."""
    if fragment.role not in COUNTING_ROLES:
        return frozenset()
    if fragment.role == Role.TRANSITION:  # 重点要抓好四个到位： / 我讲三层意思: its things are the points that follow
        found = (
            count_value(m.group(1))
            for t in fragment_texts(fragment)
            for m in THINGS_COUNT.finditer(_literal(t))
        )
        return frozenset(n for n in found if n >= 2)
    found = (
        count_value(m.group(1)) for t in fragment_texts(fragment) for m in _COUNT.finditer(_literal(t))
    )
    return frozenset(n for n in found if n >= 2)  # 这一点 / 讲一点体会: no announcement of points


def counts_otherwise(fragment: Fragment, count: int) -> bool:
    """True when a frame fragment announces a number of points other than `count`."""
    return any(n != count for n in fixed_counts(fragment))
