"""Kinds of work (topics) as data: which words name a topic, and which tag its fragments carry.

The table is `drafter/data/topics.yaml`; adding a topic touches no Python.
A meeting name or work name is matched longest word first, and a matched word
occupies its characters, so 全县警示教育大会 is 党风廉政 (警示教育) and not 教育.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import LibraryError
from drafter.files import load_data_table

GENERAL_TAG = "通用"
_TABLE = Path(__file__).resolve().parent / "data" / "topics.yaml"
# Meeting and work names whose answers each memo keeps: a resident serving many offices meets ever new names, and an
# unbounded cache grew with every one (#18); a day's drafts (a few names each) fit in this many.
NAMES_KEPT = 1024
_KEYS = {"tag", "name", "slug", "words", "marks", "narrower", "staffed", "unstaffed", "inward", "purpose", "overlay", "joint", "body",
         "own_length", "own_views", "hearers"}
_NARROWER_KEYS = {
    "tag", "words", "apart_from", "apart_say", "apart_keep_before", "not_called", "whole", "only_named", "alone", "not_said",
    "group", "own_views", "body", "own_length", "hearers",
}


@dataclass(frozen=True, slots=True)
class NarrowRule:
    """What a narrower work changes in a meeting (topics.yaml, under `narrower`)."""

    tag: str
    apart_from: tuple[str, ...] = ()  # words naming the topic without this work (防汛 is not 抗旱)
    say: tuple[tuple[str, str], ...] = ()  # how our text names the topic then (防汛抗旱 → 防汛) …
    keep_before: tuple[str, ...] = ()  # … unless one of these follows (防汛抗旱指挥部)
    not_called: tuple[str, ...] = ()  # names of the broad work a meeting on this one does not use (禁毒: 平安建设)
    whole: bool = False  # text about the whole work that a meeting naming this leans to (事故警示): no part of it
    only_named: bool = False  # text only a meeting naming this may say (事故警示大会: the warning conference's opening)
    alone: bool = False  # a work of its own: a long speech on it borrows none of the topic's other areas (人居环境)
    own_views: bool = False  # its 认识 and 保障 are its own: never the whole topic's (民营经济 of 经济工作)
    own_length: bool = False  # `alone` and long on its own text only: past it, the length it forms, never general tasks
    not_said: tuple[str, ...] = ()  # what no text at a meeting on this part says (妇联: 成员单位, 规划后半程 — the 妇儿工委's)
    group: bool = False  # several distinct areas share the tag to be kept apart (审计项目): not one part of the work
    body: bool = False  # a body's own part of the work (科协 of 科技创新): as a topic's `body`, when a meeting names it
    hearers: str = ""  # the units a meeting on it tells to act (医德医风: 各医疗卫生机构), not the level's towns (draft42)


@dataclass(frozen=True, slots=True)
class Topic:
    """One kind of work: its fragment tag, the words that name it, narrower tags within it."""

    tag: str
    name: str
    slug: str
    words: tuple[str, ...]
    marks: tuple[str, ...]
    narrower: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rules: tuple[NarrowRule, ...] = ()  # only for narrower works whose entry says more than its words
    staffed: tuple[str, ...] = ()  # levels with the work's own staff (审计: 省 市 县 区); empty: every level
    unstaffed: tuple[str, ...] = ()  # words naming the whole of a work no staff does (经济工作: the economy)
    inward: bool = False  # a work inside the Party and government (机构编制, 保密): no 社会各界 stand behind it
    purpose: tuple[str, ...] = ()  # words saying what a meeting does (警示教育): this work only when none is named before
    overlay: bool = False  # a work done inside any 系统 (党风廉政): the work named before it (教育系统, 教育局) says who meets
    joint: tuple[str, ...] = ()  # works one meeting holds with this one (草原防火: 森林防火): text tagged with both speaks of both
    body: bool = False  # a body's own work (人大, 政协, 群团): no 乡镇 or 部门 answers for it
    own_length: bool = False  # long on its own text only (机关党建): past it, the length it forms, never general tasks
    # … at these levels only (`own_length: [乡, 镇, 街道]`): a town's 经济工作 meeting of 30 minutes took six general
    # task sections (向改革要动力, 聚焦重点难点 …) after its own; a county's has text enough (reader52b)
    own_length_at: tuple[str, ...] = ()
    own_views: bool = False  # … and its 认识 its own too (外事, 文联): no general 认识 section gathered (draft39)
    hearers: str = ""  # the units its meeting tells to act ({below}、{depts}和各学校), as a rule's `hearers` (draft42)

    @property
    def tags(self) -> frozenset[str]:
        """The tag and every narrower tag: a fragment carrying any of them is about this topic."""
        return frozenset({self.tag, *(tag for tag, _ in self.narrower)})


@functools.cache
def load_topics(path: Path = _TABLE) -> tuple[Topic, ...]:
    """Read the topic table (cached).

    Raises:
        LibraryError: the table is missing or malformed (a packaging bug).
    """
    try:
        data = load_data_table(path)
        return tuple(_topic(row) for row in data["topics"])
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise LibraryError(f"主题表无法读取：{exc}", path=path, hint="重新安装 drafter。") from exc


def _topic(row: dict[str, Any]) -> Topic:
    unknown = set(row) - _KEYS
    if unknown:
        raise ValueError(f"主题 {row.get('tag')} 有未知的键 {sorted(unknown)}")
    entries = row.get("narrower") or ()
    rules = tuple(_rule(n) for n in entries if set(n) - {"tag", "words"})
    return Topic(
        tag=str(row["tag"]),
        name=str(row["name"]),
        slug=str(row["slug"]),
        words=tuple(str(w) for w in row["words"]),
        marks=tuple(str(w) for w in row["marks"]),
        narrower=tuple((str(n["tag"]), tuple(str(w) for w in n["words"])) for n in entries),
        rules=rules,
        staffed=tuple(str(level) for level in row.get("staffed") or ()),
        unstaffed=tuple(str(w) for w in row.get("unstaffed") or ()),
        inward=bool(row.get("inward")),
        purpose=tuple(str(w) for w in row.get("purpose") or ()),
        overlay=bool(row.get("overlay")),
        joint=tuple(str(w) for w in row.get("joint") or ()),
        body=bool(row.get("body")),
        own_length=row.get("own_length") is True,
        own_length_at=tuple(str(v) for v in row["own_length"]) if isinstance(row.get("own_length"), list) else (),
        own_views=bool(row.get("own_views")),
        hearers=str(row.get("hearers") or ""),
    )


@functools.cache
def joint_works() -> tuple[frozenset[str], ...]:
    """Pairs of works one meeting holds together (森林草原防灭火: 森林防火 and 草原防火, topics.yaml `joint`): a fragment
    tagged with both speaks of both, so only a meeting on both says it, and such a meeting says it first."""
    return tuple(frozenset({t.tag, other}) for t in load_topics() for other in t.joint)


def _rule(entry: dict[str, Any]) -> NarrowRule:
    unknown = set(entry) - _NARROWER_KEYS
    if unknown:
        raise ValueError(f"更窄的工作 {entry.get('tag')} 有未知的键 {sorted(unknown)}")

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w) for w in entry.get(key) or ())

    return NarrowRule(
        tag=str(entry["tag"]),
        apart_from=words("apart_from"),
        say=tuple((str(old), str(new)) for old, new in (entry.get("apart_say") or {}).items()),
        keep_before=words("apart_keep_before"),
        not_called=words("not_called"),
        whole=bool(entry.get("whole")),
        only_named=bool(entry.get("only_named")),
        alone=bool(entry.get("alone")),
        not_said=words("not_said"),
        group=bool(entry.get("group")),
        own_views=bool(entry.get("own_views")),
        body=bool(entry.get("body")),
        own_length=bool(entry.get("own_length")),
        hearers=str(entry.get("hearers") or ""),
    )


@functools.cache
def topic_tags() -> frozenset[str]:
    """Every tag that names a topic (canonical and narrower; cached: selection asks per fragment)."""
    return frozenset(tag for topic in load_topics() for tag in topic.tags)


def topic_of_tag(tag: str) -> Topic | None:
    """The topic a fragment tag belongs to (维权 → 妇女儿童), or None."""
    return _topics_by_tag().get(tag)


@functools.cache
def _topics_by_tag() -> dict[str, Topic]:
    """Each tag's topic: the first in the table that carries it (cached: selection asks for every tag of every
    candidate fragment, and walking the table built each topic's tag set anew, a sixth of a plan, #18)."""
    by_tag: dict[str, Topic] = {}
    for topic in load_topics():
        for tag in topic.tags:
            by_tag.setdefault(tag, topic)
    return by_tag


def find_topics(*names: str) -> list[Topic]:
    """Topics named in a meeting or work name, in the order they appear (the main work last).

    >>> [t.tag for t in find_topics("全县警示教育大会")]
    ['党风廉政']
    """
    return list(_found_topics(names))


@functools.lru_cache(maxsize=NAMES_KEPT)
def _found_topics(names: tuple[str, ...]) -> tuple[Topic, ...]:
    """`find_topics`, kept per names: a length search asks it of the same meeting and work ~20,000 times a 30-minute
    draft (`_meeting_works`, `meeting_topic_tags`), each time building a dict of the whole table (#18)."""
    found: dict[str, int] = {}
    for name in names:
        for topic, _word, position in _matches(name):
            found[topic.tag] = max(found.get(topic.tag, -1), position)
    by_tag = _topics_by_own_tag()
    return tuple(by_tag[tag] for tag, _ in sorted(found.items(), key=lambda kv: kv[1]))


@functools.cache
def _topics_by_own_tag() -> dict[str, Topic]:
    """Each topic by its own tag (the last of the table that has it)."""
    return {t.tag: t for t in load_topics()}


# The unit a 巡察组 inspected, in a feedback meeting's name as offices write it: 市委第三巡察组巡察市交通运输局党组情况反馈会,
# 县委巡察组对县水利局党组开展巡察情况反馈会议. The meeting is the 巡察's feedback, not one on 交通运输 or 水利 (lead35:
# it was drafted as a 工作会议 on "第三巡察组巡察市交通运输局党组情况反馈会工作", half on roads, thanking 纪检监察干部).
# A 市委巡察组 inspects a county's 县委 too (市委第三巡察组巡察清河县委情况反馈会, works37: drafted as a 巡察工作 meeting).
_INSPECTED_UNIT = re.compile(
    r"(?<=巡察)组?(?:巡察|对)(?:[^，。、]{2,30}?(?:党组|党委|党总支|党支部|党工委|领导班子)|[^，。、]{0,30}?[县市区旗]委)(?:开展巡察)?"
    r"(?=(?:巡察)?(?:情况|意见)?(?:集中)?反馈(?:会|会议|大会|意见会)$)"
)


def without_inspected_unit(name: str) -> str:
    """A 巡察 feedback meeting's name without the unit inspected (县委巡察组巡察县教育局党组情况反馈会 → 县委巡察情况反馈会);
    any other name as it is."""
    return _INSPECTED_UNIT.sub("", name) if "巡察" in name and "反馈" in name else name


@functools.lru_cache(maxsize=NAMES_KEPT)
def _matches(name: str) -> tuple[tuple[Topic, str, int], ...]:
    """(topic, word, end position) for each word of the table found in `name`, longest words first.

    A word several rows list (森林草原防灭火: 森林防火 and 草原防火) names each of them. Kept per name,
    as the table's words are (`_words`): selection asks about the same meeting and work names ~100
    times a draft, each a scan of ~300 words.
    """
    name = without_inspected_unit(name)
    found = tuple(_scan(name))
    return tuple(m for m in found if not _yields(m, found, name))


# What stands between a system's work and an overlay work after it: 教育系统党风廉政, 教育局2026年党风廉政, 卫健委党风廉政.
_WHO_MEETS = re.compile(r"(?:系统|局|委员会|委|办公室|办|部门)?(?:[0-9０-９]{4}年度?)?")
# An organ's name before another work: 县应急管理局2026年安全生产工作会议 is the bureau's 安全生产 meeting, not one on 应急管理;
# a joint bureau's other work and the scope after the year too: 县教育和体育局2026年全县教育工作会议 is on 教育 (it drew a
# 体育 opening, 体育彩票公益金 and 体育部门要发挥牵头作用, lead35), 县教育和体育局全县体育工作会议 on 体育.
_ORGAN = re.compile(
    r"(?:和[\u4e00-\u9fff]{1,8}?)?(?:局|委员会|委|办公室|办|厅)(?:[0-9０-９]{4}年度?)?(?:全(?:省|市|县|区|镇|乡|旗|州|盟|街道))?"
)


def _yields(match: tuple[Topic, str, int], found: Iterable[tuple[Topic, str, int]], name: str) -> bool:
    """True when `match` is a purpose word (警示教育) that a work named before it takes over, or a work that only
    says who meets (教育 in 教育系统党风廉政建设工作会议, 县教育局…党风廉政…: an integrity meeting, no 双减 in it), as
    does any organ's work before another work (应急管理 in 县应急管理局2026年安全生产工作会议: no 防汛 in it) or before
    another word of its own work (应急管理 in 县应急管理局2026年防汛工作会议: no 抗旱 in it).

    全市安全生产警示教育大会 draws lessons from accidents: it is a 安全生产 meeting, not an integrity one.
    A 系统 in between names who attends (全县教育系统警示教育大会 is the education staff's integrity meeting).
    """
    topic, word, end = match
    if any(
        (_WHO_MEETS if other.overlay else _ORGAN).fullmatch(name[end : stop - len(w)])
        if other.tag != topic.tag
        # the same work's other word after an organ: 县应急管理局2026年防汛工作会议 is on 防汛, not on the whole of
        # 防汛抗旱 that 应急管理 would name (its drought area and 防汛抗旱 wording stay out; review21)
        else w != word and _ORGAN.fullmatch(name[end : stop - len(w)]) is not None
        for other, w, stop in found
        if stop - len(w) >= end
    ):
        return True
    if word not in topic.purpose:
        # 年轻干部 before 警示教育 says who attends (全县年轻干部警示教育会议 is an integrity meeting for them), as 系统 does
        return word in _attendees() and any(w in other.purpose and stop - len(w) >= end for other, w, stop in found)
    start = end - len(word)
    return any(
        other.tag != topic.tag and stop <= start and "系统" not in name[stop:start] and w not in _attendees()
        for other, w, stop in found
    )


@functools.cache
def _attendees() -> frozenset[str]:
    """The words that name people a meeting is held for (年轻干部, 选调生): kinds.yaml's audiences, read once."""
    from drafter.meeting import load_meeting_table

    return frozenset(w for audience in load_meeting_table().audiences.values() for w in audience.words)


def _scan(name: str) -> Iterable[tuple[Topic, str, int]]:
    taken = [False] * len(name)
    claimed: set[tuple[str, int]] = set()
    words, by_first = _words(), _words_by_first()
    # Only the words that begin with a character of the name can be in it: those, in the table's order (longest
    # first), where finding each of ~1,500 words was ~0.3 ms a name, ~3 names a new draft (#18).
    for word, topic in (words[n] for n in sorted({n for c in {"", *name} for n in by_first.get(c, ())})):
        start = name.find(word)
        while start != -1:
            span = range(start, start + len(word))
            if (word, start) in claimed or not any(taken[i] for i in span):
                for i in span:
                    taken[i] = True
                claimed.add((word, start))
                yield topic, word, start + len(word)
            start = name.find(word, start + 1)


@functools.cache
def _words() -> tuple[tuple[str, Topic], ...]:
    pairs = [(w, t) for t in load_topics() for w in t.words]
    pairs += [(w, t) for t in load_topics() for _, words in t.narrower for w in words]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@functools.cache
def _words_by_first() -> dict[str, tuple[int, ...]]:
    """Where in `_words` the words beginning with each character are (an empty word, found in any name, under "")."""
    index: dict[str, list[int]] = {}
    for n, (word, _) in enumerate(_words()):
        index.setdefault(word[:1], []).append(n)
    return {c: tuple(found) for c, found in index.items()}


def is_work_word(name: str) -> bool:
    """True when `name` (安全生产, 防汛, 经济工作) is exactly one of the table's words for a work, and nothing more."""
    words = _word_set()
    return name in words or name.removesuffix("工作") in words


@functools.cache
def _word_set() -> frozenset[str]:
    """The table's words for works and their parts (a set of ~3,000 was built on every call, twice a draft: #18)."""
    return frozenset(w for w, _ in _words())


def narrower_tags(*names: str) -> set[str]:
    """Narrower tags (维权) whose words name a meeting or work on their own.

    A word inside a longer word of the table does not count: 防汛抗旱 is the whole
    topic, so a 防汛抗旱 meeting is not an 抗旱 meeting.
    """
    return set(_narrower_found(names))


@functools.lru_cache(maxsize=NAMES_KEPT)
def _narrower_found(names: tuple[str, ...]) -> tuple[str, ...]:
    """`narrower_tags`' tags in the order it adds them (the same set, built anew for each caller), kept per names: a
    30-minute draft asks it of the same meeting and work ~30,000 times (#18)."""
    return tuple(
        tag
        for name in names
        for topic, word, _ in _matches(name)
        for tag, words in topic.narrower
        if word in words
    )


@functools.lru_cache(maxsize=NAMES_KEPT)
def joined_whole_works(meeting: str) -> frozenset[str]:
    """The works a meeting joined by 暨 names whole in one of its names and by a narrower part in another: 国防动员暨征兵
    (reader53: every section was 征兵, and 国防动员 itself — 民兵, 潜力, 国防教育 — not a word). Empty for other names."""
    if "暨" not in meeting:
        return frozenset()
    whole: set[str] = set()
    parted: set[str] = set()
    for name in meeting.split("暨"):
        for topic, word, _ in _matches(name):
            if any(word in words for _, words in topic.narrower):
                parted.add(topic.tag)
            else:
                whole.add(topic.tag)
    return frozenset(whole & parted)


@functools.lru_cache(maxsize=NAMES_KEPT)
def is_inward(*names: str) -> bool:
    """True when every work a meeting names is done inside the Party and government (机构编制: no 各界朋友 to thank)."""
    topics = find_topics(*names)
    return bool(topics) and all(t.inward for t in topics)


@functools.lru_cache(maxsize=NAMES_KEPT)
def is_body_work(*names: str) -> bool:
    """True when every work a meeting names is a body's own (人大, 政协, 群团), or the meeting names a body's own part of
    its work (科协 of 科技创新): not one the 乡镇 and 部门 answer for."""
    topics = find_topics(*names)
    if not topics:
        return False
    if all(t.body for t in topics):
        return True
    # 县科协第九次代表大会: 科协 is the body's own part of 科技创新 (review35b)
    return bool({r.tag for t in topics for r in t.rules if r.body} & narrower_tags(*names))


@functools.lru_cache(maxsize=NAMES_KEPT)
def work_hearers(*names: str) -> str:
    """Whom a meeting on its work tells to act where general text says the level's towns and departments
    ({below}、{depts}): the `hearers` of a part it names (医德医风: 各医疗卫生机构), else of its one work (教育:
    {below}、{depts}和各学校), else "". A 全县医德医风建设工作会议 told 各乡镇（街道） to put 医德医风 on their agenda (draft42)."""
    named = narrower_tags(*names)
    topics = find_topics(*names)
    part = next((r.hearers for t in topics for r in t.rules if r.hearers and r.tag in named), "")
    return part or (topics[0].hearers if len(topics) == 1 else "")


@functools.lru_cache(maxsize=NAMES_KEPT)
def lacks_staff(level: str | None, *names: str) -> bool:
    """True when a meeting's work has no staff of its own at `level` (a 镇 has no 审计工作战线).

    Nor at any level when the meeting names the whole of a work (经济工作 is the economy: no 经济工作战线).
    """
    if any(word in topic.unstaffed for name in names for topic, word, _ in _matches(name)):
        return True
    return bool(level) and any(t.staffed and level not in t.staffed for t in find_topics(*names))


def part_tags(*names: str) -> frozenset[str]:
    """Every narrower tag of the topics a meeting names (征兵, 双拥, 国防教育 for a 国防动员 meeting).

    Not a `whole` one: 事故警示 marks text a plain 安全生产 meeting may open on too.
    """
    wholes = whole_tags()
    return frozenset(tag for topic in find_topics(*names) for tag, _ in topic.narrower if tag not in wholes)


def own_parts(*names: str) -> frozenset[str]:
    """The parts of a work a meeting is named for (`narrower_tags`), but not a `whole` or `only_named` one: a
    安全生产警示教育大会 is on the whole of 安全生产 (its 事故警示 text opens it, its 事故警示大会 frame is its own), and its
    task point gathers the work's areas (it spoke of 智慧监管 alone, review22)."""
    parts = frozenset(narrower_tags(*names)) - whole_tags() - _frame_tags()
    # … nor one whose whole work a name joined by 暨 names too (国防动员暨征兵: on the whole work, its part first, reader53)
    joined = frozenset().union(*(joined_whole_works(n) for n in names)) if parts else frozenset()
    return frozenset(t for t in parts if (topic := topic_of_tag(t)) is None or topic.tag not in joined) if joined else parts


def kept_parts(*names: str) -> frozenset[str]:
    """`own_parts`, and a `whole` part the meeting is named for that is `alone` too (养老 of 民政): a long 养老服务推进会
    gathers its own areas and general ones, never 社会救助 or 民政工作's 认识 sections (review33b)."""
    return own_parts(*names) | (frozenset(narrower_tags(*names)) & whole_tags() & alone_tags())


@functools.cache
def whole_tags() -> frozenset[str]:
    """Narrower tags marked `whole`: text about the whole of its work (事故警示, 隐患治理), no part of it."""
    return frozenset(rule.tag for topic in load_topics() for rule in topic.rules if rule.whole)


@functools.cache
def group_tags() -> frozenset[str]:
    """Narrower tags marked `group` (审计项目): a tag several distinct areas share so that a meeting can keep them all
    out (an 审计整改 meeting says no audit projects), not one part of the work a point says once."""
    return frozenset(rule.tag for topic in load_topics() for rule in topic.rules if rule.group)


@functools.cache
def alone_tags() -> frozenset[str]:
    """Narrower tags marked `alone` (人居环境): a work of its own within the topic, whose meeting the topic's other
    areas do not fit (农民增收 at a 人居环境整治推进会)."""
    return frozenset(rule.tag for topic in load_topics() for rule in topic.rules if rule.alone)


@functools.cache
def own_length_tags() -> frozenset[str]:
    """Narrower tags marked `own_length` (保交房, 县中): a speech on one, however long, deploys no general task area
    (聚焦重点难点, 向改革要动力); past its own text it says the length it can form (review35)."""
    return frozenset(rule.tag for topic in load_topics() for rule in topic.rules if rule.own_length)


def own_length_topic(meeting: str, work: str, level: str | None) -> str:
    """The tag of the one work a meeting is named for when that work is `own_length` at this level (its `staffed`
    levels, or any) and no part of it is named (市直机关党建工作会议): its speech deploys no general task area however
    long (review36), else "". A 全镇气象工作会议 has no text of its own to be long on: it takes general points."""
    topics = find_topics(meeting, work)
    if len(topics) != 1 or narrower_tags(meeting, work):
        return ""
    if not topics[0].own_length:
        return topics[0].tag if level is not None and level in topics[0].own_length_at else ""
    staffed = topics[0].staffed
    return topics[0].tag if not staffed or level in staffed else ""


def says_own_views(tag: str) -> bool:
    """Whether the whole work `tag` (an `own_length` topic) says only its own 认识 too (`own_views`: 外事, 机要, 文联).
    A work `own_length` at some levels only (`own_length_at`: 经济工作 at a 乡、镇 or 街道) is asked only there, and says
    only its own there: a town's 30-minute economy speech, its general tasks gone, filled its 认识 with 紧跟政策方向、
    回应群众关切 and 这是…的政治责任 (reader52b)."""
    return any(t.tag == tag and (t.own_views or bool(t.own_length_at)) for t in load_topics())


@functools.lru_cache(maxsize=NAMES_KEPT)
def own_views_parts(*names: str) -> frozenset[str]:
    """The parts a meeting is named for whose 认识 and 保障 are their own (`own_views`: 民营经济, 县域经济 of 经济工作): the
    whole work's views (始终扭住经济建设这个中心, 加强党对经济工作的领导) speak of the economy, not of them (review34a)."""
    named = narrower_tags(*names)
    return frozenset(rule.tag for topic in load_topics() for rule in topic.rules if rule.own_views and rule.tag in named)


@functools.cache
def _frame_tags() -> frozenset[str]:
    """Narrower tags marked `only_named`: a named meeting's own frame (事故警示大会), no part of its work. Read once:
    `own_parts` is asked ~170 times a draft."""
    return frozenset(rule.tag for topic in load_topics() for rule in topic.rules if rule.only_named)


@functools.lru_cache(maxsize=NAMES_KEPT)
def named_parts(*names: str) -> frozenset[str]:
    """Narrower tags whose words a meeting's name says, even inside the topic's own word (抗旱 in 防汛抗旱).

    Unlike `narrower_tags`, this does not make the meeting one on that part: a 防汛抗旱 meeting is on the
    whole work, but a speech to it that never speaks of drought leaves out half of its name.
    """
    parts = part_tags(*names)
    return frozenset(
        tag
        for topic in find_topics(*names)
        for tag, words in topic.narrower
        if tag in parts and any(word in name for word in words for name in names)
    )


@functools.lru_cache(maxsize=NAMES_KEPT)
def ruled_out_tags(*names: str) -> frozenset[str]:
    """Narrower tags a meeting's own words leave out: a 防汛 meeting draws no 抗旱 text.

    Only when every word naming that topic is one the table lists as apart from
    the narrower work, and the narrower work is not named too (防汛抗旱, 三防 keep it).
    An `only_named` tag is left out of every meeting on its topic that does not name it.
    """
    words: dict[str, set[str]] = {}
    for name in names:
        for topic, word, _ in _matches(name):
            words.setdefault(topic.tag, set()).add(word)
    named = narrower_tags(*names)
    return frozenset(
        rule.tag
        for topic in load_topics()
        for rule in topic.rules
        if rule.tag not in named
        and topic.tag in words
        and (rule.only_named or (rule.apart_from and words[topic.tag] <= set(rule.apart_from)))
    )


@functools.lru_cache(maxsize=NAMES_KEPT)
def names_not_used(meeting: str) -> frozenset[str]:
    """Names of a broad work a meeting on a narrower one does not call its work (禁毒 → 平安建设)."""
    named = narrower_tags(meeting)
    return frozenset(w for t in load_topics() for rule in t.rules if rule.tag in named for w in rule.not_called)


@functools.lru_cache(maxsize=NAMES_KEPT)
def words_not_said(*names: str) -> frozenset[str]:
    """What no fragment of a meeting on a narrower part may say (a 妇联执委会: 成员单位, 后半程 — the 妇儿工委's business)."""
    named = narrower_tags(*names)
    return frozenset(w for t in load_topics() for rule in t.rules if rule.tag in named for w in rule.not_said)


@functools.lru_cache(maxsize=NAMES_KEPT)
def apart_wording(meeting: str, work: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """How our text names the work in a meeting that leaves a narrower work out (防汛抗旱 → 防汛 at a 防汛 meeting).

    (pattern, replacement) pairs; empty for most meetings. Applied to fragment text only, never to the user's
    own words (上级精神 may name the 省防汛抗旱工作会议 itself).
    """
    ruled_out = ruled_out_tags(meeting, work)
    return tuple(
        (re.compile(re.escape(old) + _not_before(rule.keep_before)), new)
        for topic in load_topics()
        for rule in topic.rules
        if rule.tag in ruled_out
        for old, new in rule.say
    )


def _not_before(words: tuple[str, ...]) -> str:
    return f"(?!{'|'.join(map(re.escape, words))})" if words else ""


def meeting_topic_tags(*names: str) -> set[str]:
    """The topic tags a meeting accepts: 通用, every topic it names, and the narrower tags named."""
    return {GENERAL_TAG, *(t.tag for t in find_topics(*names)), *narrower_tags(*names)}
