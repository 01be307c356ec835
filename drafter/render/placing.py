"""Where the user's targets and tasks go: the 任务 point whose subject they are about.

The rule (documented for users in the README):

- Each target or task item is compared with every 任务 point of the draft, and
  with each section of a point that gathers several (（一） （二） …). The
  item's own words are what count: level words (全县, 我市), the names of the
  meeting's work (妇女儿童; the topic's words in topics.yaml: 草原火灾), a short list of generic words (工作, 确保, 以上,
  安全 …) and the verbs a task starts with (开展, 抓好, 整治 …; both in
  drafter/data/placing.yaml) are taken out first.
- An item character "matches" when it lies in a run of two or more
  characters of the item that the point's subject also contains. Nouns that
  name no subject alone but make one with the word before them (安全, 管理 …:
  饮水安全, 食品安全; `compounds` in placing.yaml) stay in the item: they count
  only inside a run that also holds two characters of the item's own words,
  so 确保农村饮水安全 finds the 饮水安全 section and a bare 安全 finds nothing. The subject
  is the point's heading, tags, intro and sub-point headings; in the
  sub-point texts and the ending only runs of five or more characters count
  (高标准农田 does; a 儿童之家 mentioned in passing as a venue does not make a
  family-education point about 儿童之家).
- The point with the highest score of at least `MIN_SCORE` matched
  characters takes the item (the earlier point on a tie). An item that
  matches no point goes into a closing paragraph of its own after the last
  任务 point, never into an unrelated point. Plans (规划 titles) name the
  whole work: they always go there too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.files import load_data_table
from drafter.model import Fragment
from drafter.text import is_han
from drafter.topics import find_topics, narrower_tags

PLACING_FILE = Path(__file__).parent.parent / "data" / "placing.yaml"
MATCHED_FACTS = ("targets", "tasks")
MIN_SCORE = 4
BODY_RUN = 5  # in the sub-point texts only a run this long counts: a word in passing is no subject
LONG_RUN = 3  # a point matches an item only with one run this long (not two common words apart)
VERBATIM_RUN = 6  # the user's wording said by a point word for word, generic words and all (扩大有效投资)
_JINJA = re.compile(r"\{[{%#].*?[}%#]\}")


@dataclass(frozen=True, slots=True)
class Spot:
    """A place for facts: a top-level point, and the part of it (0: the point, 1…: its sections)."""

    point: int
    part: int = 0


def _longest_first(word: str) -> tuple[int, str]:
    """Longest words first, and words of one length in a fixed order: sorted from a set by length alone, they came
    in the set's order, which changes with each run's string hashing, so the pattern joined from them was new in
    every run (missed by the regex cache, which then rewrote its file at every exit) and equal-length words that
    overlap were blanked in a different order."""
    return -len(word), word


@functools.lru_cache(maxsize=1)
def generic_words() -> tuple[str, ...]:
    """Words of an item that say nothing of its subject (longest first)."""
    data = load_data_table(PLACING_FILE)
    words = [str(w) for w in data["generic"]]
    return tuple(sorted(set(words), key=_longest_first))


@functools.lru_cache(maxsize=1)
def task_verbs() -> tuple[str, ...]:
    """Verbs a task may start with (开展…): the speech then says 要开展…, not 要着力推进开展…."""
    data = load_data_table(PLACING_FILE)
    return tuple(str(w) for w in data["verbs"])


@functools.lru_cache(maxsize=1)
def _leads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_data_table(PLACING_FILE)
    return tuple(str(w) for w in data["leads"]), tuple(str(w) for w in data["adverbs"])


def verb_led(item: str) -> bool:
    """Whether a task says its own verb first: a verb (开展…), a preposition before one (围绕…开展), or an adverb right
    before one (严厉打击…, 集中整治…; not 集中供暖改造). The speech then says 要围绕…, not 要着力推进围绕…."""
    leads, adverbs = _leads()
    verbs = task_verbs()
    if item.startswith(verbs) or item.startswith(leads):
        return True
    adverb = next((a for a in adverbs if item.startswith(a)), "")
    return bool(adverb) and item[len(adverb) :].startswith(verbs)


@functools.lru_cache(maxsize=1)
def _recognition_headings() -> re.Pattern[str]:
    data = load_data_table(PLACING_FILE)
    return re.compile("|".join(map(re.escape, sorted({str(w) for w in data["recognition_headings"]}, key=_longest_first))))


def opens_with_facts(fragment: Fragment) -> bool:
    """Whether 成绩 and 问题 may open this point: its heading (any phrasing) speaks of 形势, 成绩, 问题, 认识 ….

    Under 深刻汲取事故教训 a paragraph on the year's results reads as if it were the lesson.
    """
    return bool(_recognition_headings().search(fragment.heading or ""))


# Quotation marks inside a term (涉诈“两卡”, “清四乱”) do not end it: placing reads the term without them.
_QUOTES = str.maketrans("", "", "“”‘’\"'")


def _plain(text: str) -> str:
    return _JINJA.sub("、", text).translate(_QUOTES)


def subject_of(fragment: Fragment) -> tuple[str, str]:
    """What a point is about (heading, tags, intro, sub-point headings) and the rest of its text."""
    subject = _SUBJECTS.get(fragment)  # a fragment equal in every field (an edited one is another key)
    if subject is None:
        if len(_SUBJECTS) >= _SUBJECTS_MAX:
            _SUBJECTS.clear()
        subject = _SUBJECTS[fragment] = _subject_of(fragment)
    return subject


# subject_of by fragment: a 20-minute plan asks it ~16,000 times (perf38), each a join and a regex over the whole point.
_SUBJECTS: dict[Fragment, tuple[str, str]] = {}
_SUBJECTS_MAX = 2048


def _subject_of(fragment: Fragment) -> tuple[str, str]:
    head = [fragment.heading or "", *fragment.tags, fragment.text or ""]
    body = [fragment.ending or ""]
    for sub in fragment.subpoints:
        head.append(sub.heading or "")
        body.append(sub.text or "")
    return _plain("\n".join(head)), _plain("\n".join(body))


@functools.lru_cache(maxsize=1)
def compound_words() -> tuple[str, ...]:
    """Generic nouns kept in an item: they count only beside the item's own words (饮水安全)."""
    data = load_data_table(PLACING_FILE)
    return tuple(sorted({str(w) for w in data.get("compounds") or ()}, key=_longest_first))


def own_words(item: str, drop: Iterable[str]) -> str:
    """The item with generic words and task verbs blanked out (compound nouns and `drop` words kept).

    The `drop` words (level words, the work's name) stay where they are, like compound nouns: they
    count only beside the item's own words (校园食品安全 finds the campus point of a food-safety
    speech; a bare 食品安全, which every point of that speech says, finds nothing).
    """
    drops = tuple(sorted({w for w in drop if w}, key=_longest_first))
    key = (item, drops)
    own = _OWN_WORDS.get(key)
    if own is None:
        if len(_OWN_WORDS) >= _OWN_WORDS_MAX:
            _OWN_WORDS.clear()
        own = _OWN_WORDS[key] = _own_words(item.translate(_QUOTES), drops)
    return own


# own_words by (item, drop words): a 20-minute plan weighs each item against every candidate point again and again
# (~44,000 calls in 60 sweep drafts, 9 s for one town's 20-minute 表彰大会, perf38); the result depends on nothing else
# but the shipped placing table, read once per process (`generic_words`).
_OWN_WORDS: dict[tuple[str, tuple[str, ...]], str] = {}
_OWN_WORDS_MAX = 4096


@functools.lru_cache(maxsize=1)
def _blanked_words() -> tuple[str, ...]:
    """The generic words and task verbs `own_words` blanks, longest first (compound nouns kept): sorted once, not for
    every item (perf38: ~230 words sorted at each of ~44,000 calls)."""
    keep = set(compound_words())
    return tuple(w for w in sorted({*generic_words(), *task_verbs()}, key=_longest_first) if w and w not in keep)


def _own_words(item: str, drops: tuple[str, ...]) -> str:
    parts = re.split("(" + "|".join(map(re.escape, drops)) + ")", item) if drops else [item]
    for word in _blanked_words():
        parts = [p if p in drops else p.replace(word, "、") for p in parts]
    return "".join(parts)


@functools.lru_cache(maxsize=1)
def modifier_words() -> tuple[str, ...]:
    """Words that qualify the next one (普通高中): weak like compound nouns, never a subject alone."""
    data = load_data_table(PLACING_FILE)
    return tuple(sorted({str(w) for w in data.get("modifiers") or ()}, key=_longest_first))


def _weak(item: str, drop: Iterable[str] = ()) -> frozenset[int]:
    """Positions of the compound nouns, modifiers and `drop` words in an item (see `compound_words`)."""
    weak: set[int] = set()
    for word in (*compound_words(), *modifier_words(), *(w for w in drop if w)):
        start = item.find(word)
        while start != -1:
            weak.update(range(start, start + len(word)))
            start = item.find(word, start + 1)
    return frozenset(weak)


def coverage(item: str, text: str, min_run: int = 2, drop: Iterable[str] = ()) -> int:
    """How many Han characters of `item` lie in a run of ≥`min_run` characters that `text` also contains.

    A run counts only when two of its characters are the item's own (not a compound noun's).
    """
    covered: set[int] = set()
    weak = _weak(item, drop)
    longest = 0
    for start, end in _runs(item, text):
        if end - start >= min_run and sum(i not in weak for i in range(start, end)) >= 2:
            covered.update(range(start, end))
            longest = max(longest, end - start)
    # Two-character words met apart (基层 here, 队伍 there) say nothing of a subject: one run of three or more must.
    return len(covered) if longest >= LONG_RUN else 0


def score(item: str, fragment: Fragment, drop: Iterable[str] = (), said: str = "") -> int:
    """How well a point's subject matches an item (already stripped by `own_words`).

    `said` is the item as the user wrote it: a point that says it word for word (`VERBATIM_RUN` characters or more:
    扩大有效投资, 重大项目建设) is about it, even when every word of it is generic or the work's own.
    """
    head, body = subject_of(fragment)
    verbatim = _longest_run(said, head + "\n" + body)
    return max(
        coverage(item, head, drop=drop),
        coverage(item, head + "\n" + body, BODY_RUN, drop),
        verbatim if verbatim >= VERBATIM_RUN else 0,
        headed(said, fragment, drop),
        MIN_SCORE if not _parts_named(said, tuple(drop)).isdisjoint(fragment.tags) else 0,
    )


def shared_words(item: str, fragment: Fragment, drop: Iterable[str] = ()) -> int:
    """How many two-character words of an item's own (stripped by `own_words`) a point says anywhere: what breaks a
    tie between two points of one score. Of two 养老 areas (each scoring by the part the item names), 新建村级互助养老
    服务点 goes to the one that says 互帮互助 (农村养老), not to 居家社区养老 (review30a)."""
    weak = _weak(item, drop)
    pairs = {item[i : i + 2] for i in range(len(item) - 1)
             if is_han(item[i]) and is_han(item[i + 1]) and not {i, i + 1} & weak}  # fmt: skip
    text = "\n".join(subject_of(fragment))
    return sum(p in text for p in pairs)


@functools.lru_cache(maxsize=256)
def _parts_named(said: str, drop: tuple[str, ...] = ()) -> frozenset[str]:
    """The parts of a work an item names by their own words (低保 of 救助, 殡葬): a point tagged with one is about the
    item, although placing leaves the work's words out of the item (every point of a 民政 speech shares them). Just
    enough to place it: a point that says more of the item's own words is nearer. Read: 做好低保动态管理 was said after
    all the points of a 街道's 民政 speech whose 三、把好入户核查、评议公示、资金发放三道关 is all on 低保 (救助).

    Not by the work's own name (`drop`): at a 就业工作推进会 every task point is tagged 就业, and 城镇新增就业3000人 (a
    target of the whole work) went to whichever area came first, 以政策和环境引才留才 (reader53)."""
    return frozenset(narrower_tags(_without(drop, said))) if said else frozenset()


_ALT_SPLIT = re.compile(r"\{%.*?%\}")


def _core(said: str, drop: Iterable[str]) -> str:
    """What a task does once its leading verbs are off (加快推进项目开工 → 项目开工, 强化要素保障 → 要素保障), or "" when
    that is not four Han characters, or is the work's own name (项目建设 at a 项目建设 meeting names every point)."""
    core = said.translate(_QUOTES)
    verbs = sorted(task_verbs(), key=_longest_first)
    while (verb := next((v for v in verbs if core.startswith(v) and len(core) - len(v) >= 4), None)) is not None:
        core = core[len(verb) :]
    if len(core) < 4 or not all(map(is_han, core)) or any(core in w or w in core for w in drop if len(w) >= 4):
        return ""
    return core


def headed(said: str, fragment: Fragment, drop: Iterable[str] = ()) -> int:
    """A task all of whose words are generic verbs and nouns (加快推进项目开工, 强化要素保障: nothing of it is left once
    they are off) still names its subject by those words together: a heading (the point's or a sub-point's, in one of its
    phrasings) that says every two-character word of it is about it (推动项目早开工早见效; 把要素保障做足做实). Returns how
    many characters of the whole task (its verbs too) that heading's phrasings say (at least four), else 0: of two
    headings that say 项目 and 开工, the one whose other phrasings say 加快推进 (在建项目要加快推进) is nearer the task than
    one whose other phrasing is on 竣工投产."""
    core = _core(said, drop)
    if not core:
        return 0
    words = {core[i : i + 2] for i in range(0, len(core) - 1, 2)} | {core[-2:]}
    best = 0
    for heading in (fragment.heading or "", *(sub.heading or "" for sub in fragment.subpoints)):
        phrasings = _ALT_SPLIT.split(heading)
        if any(all(w in phrasing for w in words) for phrasing in phrasings):
            best = max(best, sum(is_han(c) and c in heading for c in said))
    return best


def _longest_run(item: str, text: str) -> int:
    """The longest run of Han characters of `item` that `text` also contains."""
    return max((end - start for start, end in _runs(item.translate(_QUOTES), text)), default=0)


def _runs(item: str, text: str) -> Iterator[tuple[int, int]]:
    """From each position of `item`, the longest run of Han characters that `text` also contains (start, end)."""
    for start in range(len(item)):
        end = start
        while end < len(item) and is_han(item[end]) and item[start : end + 1] in text:
            end += 1
        yield start, end


def place_items(
    items: Sequence[str], spots: Mapping[Spot, Fragment], drop: Iterable[str]
) -> dict[Spot | None, list[str]]:
    """Each item's spot (None: no point is about it), in the order given."""
    drop = tuple(drop)
    placed: dict[Spot | None, list[str]] = {}
    for item in items:
        own = own_words(item, drop)
        best: Spot | None = None
        best_score = (MIN_SCORE - 1, 0)
        for spot, fragment in spots.items():
            value = score(own, fragment, drop, item)
            if value < MIN_SCORE:
                continue
            ranked = (value, shared_words(own, fragment, drop))  # a tie goes to the point that says more of the item
            if ranked > best_score:
                best, best_score = spot, ranked
        placed.setdefault(best, []).append(item)
    return placed


def nearest_spot(item: str, spots: Mapping[Spot, Fragment], drop: Iterable[str]) -> Spot | None:
    """The spot whose subject shares most of an item's own words (a run of two characters counts, one of three
    must be among them), the last on a tie; None when none shares `MIN_SCORE` characters (学生 alone is no subject)."""
    drop = tuple(drop)
    own = own_words(item, drop)
    ranked = [(coverage(own, "\n".join(subject_of(f)), 2, drop), n) for n, f in enumerate(spots.values())]
    value, best = max(ranked, default=(0, 0))
    return list(spots)[best] if value >= MIN_SCORE else None


def nearness(item: str, fragment: Fragment, drop: Sequence[str]) -> int:
    """How many characters of an item's own words a point's subject shares, as `nearest_spot` counts (0 below
    `MIN_SCORE`)."""
    value = coverage(own_words(item, drop), "\n".join(subject_of(fragment)), 2, drop)
    return value if value >= MIN_SCORE else 0


def only_near(item: str, spots: Mapping[Spot, Fragment], drop: Iterable[str]) -> Spot | None:
    """The one spot that shares a two-character word of an item's own with it when no other point does (防溺水 and a
    sub-point on 防范溺水 in the holidays), or None: a weaker sign than `nearest_spot`, trusted only when unique."""
    drop = tuple(drop)
    own = own_words(item, drop)
    weak = _weak(own, drop)
    pairs = {own[i : i + 2] for i in range(len(own) - 1) if is_han(own[i]) and is_han(own[i + 1]) and not {i, i + 1} & weak}
    near = [spot for spot, f in spots.items() if any(p in _without(drop, "\n".join(subject_of(f))) for p in pairs)]
    return near[0] if len(near) == 1 else None  # one spot: two areas of one gathered point are two places


def touches(item: str, spots: Mapping[Spot, Fragment], point: int, drop: Iterable[str], meeting: str) -> bool:
    """Whether a point's subject (heading, intro, sub-point headings) shares a two-character word of the item's own,
    the work's words included (全民健身中心 and 健身场地设施) but not the meeting's name, which every point shares
    (退役军人 at a 退役军人事务 meeting): too weak to place an item, enough to let the last point take one no point is
    about."""
    drop = tuple(drop)
    own = own_words(item, drop)
    weak = _weak(own)  # 普通, 安全 …: no word of a subject alone
    pairs = {own[i : i + 2] for i in range(len(own) - 1) if is_han(own[i]) and is_han(own[i + 1]) and not {i, i + 1} <= weak}
    pairs = {p for p in pairs if p not in meeting}
    subject = "\n".join(subject_of(f)[0] for spot, f in spots.items() if spot.point == point)
    return any(p in _without(drop, subject) for p in pairs)


def _without(drop: Iterable[str], text: str) -> str:
    """A point's text with the work's names blanked: 振兴 inside 乡村振兴 names the work, no subject of a point."""
    for word in sorted({w for w in drop if w}, key=_longest_first):
        text = text.replace(word, "、")
    return text


def names_only_the_work(item: str, drop: Iterable[str]) -> bool:
    """True when an item says nothing but the work's name and generic words (加强食品安全 at a 食品安全 meeting):
    it is the whole speech's subject, no sub-point of one of its points."""
    own = own_words(item, drop)
    for word in sorted({w for w in drop if w}, key=_longest_first):
        own = own.replace(word, "、")
    return sum(map(is_han, own)) < 2


def item_scores(items: Sequence[str], fragment: Fragment, drop: Iterable[str]) -> dict[int, int]:
    """The user's items (their indexes) a point is about, with how well it fits each (≥ `MIN_SCORE`)."""
    drop = tuple(drop)
    scores = {i: score(own_words(item, drop), fragment, drop, item) for i, item in enumerate(items)}
    # Ranked as placing ranks them: a tie goes to the point that says more of the item's words (`shared_words`), so that
    # of the 文物 areas (each scoring by the part the item names) 开展文物建筑消防隐患排查 draws 文物安全's.
    return {i: v * 100 + shared_words(own_words(items[i], drop), fragment, drop) for i, v in scores.items() if v >= MIN_SCORE}


def words_to_drop(ctx: Mapping[str, Any]) -> list[str]:
    """Level words and the names of the meeting's work (草原防火, 草原火灾 …): every point shares them."""
    meeting, work = str(ctx.get("meeting") or ""), str(ctx.get("work") or "")
    words = [work.removesuffix("工作"), str(ctx.get("scope") or ""), str(ctx.get("we") or "")]
    topics = find_topics(meeting, work)
    # The words of a part the meeting is not named for stay in an item: 农产品加工 names the 产业 area of a 乡村振兴
    # speech as 人居环境 names 和美乡村's, and a 乡村振兴 task 发展特色种植和农产品加工, left with 特色种植, found
    # no area and was said as a bare （四） under 和美乡村 (review31). The parts a meeting is named for every point shares.
    named = narrower_tags(meeting, work)
    parts = {w for topic in topics for tag, ws in topic.narrower if tag not in named for w in ws}
    words += [w for topic in topics for w in topic.words if w not in parts]
    return [w for w in words if len(w) >= 2 and all(is_han(c) for c in w)]


# A word of the work's table this long names one of its areas (和美乡村, 粮食生产, 第一书记) unless the meeting's name says it.
_AREA_WORD = 4


def area_words(item: str, meeting: str, work: str) -> tuple[str, ...]:
    """The words of the meeting's work table (four characters or more, not in the meeting's name) an item says:
    和美乡村 of 实施和美乡村示范村建设. Placing leaves them out of an item (most are shared by every point: 乡村振兴)."""
    words = {w for t in find_topics(meeting, work) for w in t.words}
    return tuple(
        sorted(
            w
            for w in words
            if len(w) >= _AREA_WORD and w in item and w not in meeting and w not in work
        )
    )


def area_worded(item: str, spots: Mapping[Spot, Fragment], meeting: str, work: str) -> Spot | None:
    """The one spot whose heading, intro or sub-point headings say an `area_words` word of the item: 实施和美乡村示范村
    建设 and the 和美乡村 area, not the 农民增收 one that says 示范 in passing (review31). None when no spot or more than
    one says it."""
    said = area_words(item, meeting, work)
    named = (
        [spot for spot, f in spots.items() if any(w in subject_of(f)[0] for w in said)]
        if said
        else []
    )
    return named[0] if len(named) == 1 else None
