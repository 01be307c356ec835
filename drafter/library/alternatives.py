r"""Alternative phrasings inside a fragment: `{% alt %}甲{% or %}乙{% endalt %}`.

A fragment may say one thing in several ways; each draft says it one way. The
choice is made while rendering, by a `Chooser` set for the draft:

- replayed from the draft's record when it names one (`alts` of a fragment use);
- else away from what the user's earlier speeches said (`avoid`: the alternatives
  whose wording appears in them), when another alternative is left;
- else away from a clause this draft has already said (an alternative of another block
  or fragment: 要健全村民议事协商机制 in a 认识 sub-point and again in a task), when another is left;
- else by the draft's seed, per fragment and block, so that re-rendering the same
  text gives the same words and two seeds (two places) mostly differ.

A block is keyed by its fragment and `<hash of the text it is in>.<ordinal>`:
stable while the text is unchanged, whatever else the fragment holds. Blocks do
not nest. Without a chooser (length estimates, previews) the first alternative is
taken.

    >>> from drafter.render.sandbox import render_text
    >>> render_text("{% alt %}甲{% or %}乙{% endalt %}。", {})
    '甲。'
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)

__all__ = [
    "Chooser",
    "alternative_count",
    "choosing",
    "fixed_lead_said",
    "heard",
    "lead_in_said",
    "current_pick",
    "seeded_pick",
    "split_alternatives",
    "text_key",
    "without_alternatives",
]

MAX_ALTERNATIVES = 9


@functools.lru_cache(maxsize=8192)
def text_key(text: str) -> str:
    """The stable key of a fragment text (blocks are keyed `<text_key>.<ordinal>`); kept per text, as rendering asks
    it of every text it renders (~50 a draft, #18)."""
    return hashes.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


@dataclass(slots=True)
class Chooser:
    """The choices of one draft: replayed, steered away from past wording, else seeded.

    `replay` and `chosen` map fragment id → {block key → alternative index};
    `avoided(fragment_id, key, count)` tells which alternatives the user has said before.
    """

    seed: int
    replay: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    avoided: Callable[[str, str, int], set[int]] | None = None
    chosen: dict[str, dict[str, int]] = field(default_factory=dict)
    leads: dict[tuple[str, str], int] = field(default_factory=dict)  # (fragment, group) → first choice
    said: set[str] = field(default_factory=set)  # the longer clauses of the alternatives taken so far
    runs: set[str] = field(default_factory=set)  # their runs of `_RUN_HAN` characters, and those of the fixed text said
    spent: set[tuple[str, str]] = field(default_factory=set)  # (fragment, block) chosen afresh with every way said
    lead_forms: set[str] = field(default_factory=set)  # the lead-ins said, as a reader hears them (`lead_form`)

    def __post_init__(self) -> None:
        # A lead-in the record replays is heard before its point is rendered: a point drawn afresh before it (a swap)
        # keeps away from it, so that the untouched point keeps its words.
        for blocks in self.replay.values():
            for key, index in blocks.items():
                shared = LEAD_FAMILIES.get(key[key.rfind(".") :], ())
                if 0 <= index < len(shared):
                    self.hear(shared[index])

    def pick(self, fragment_id: str, key: str, count: int, group: str | None = None,
             options: tuple[str, ...] = ()) -> int:  # fmt: skip
        """The alternative of block `key`; blocks of one `group` (a point's sub-point headings)
        follow the group's first choice, so that a series keeps one form. `options`, the block's
        alternatives as written, lets a fresh choice keep away from clauses the draft has said."""
        done = self.chosen.get(fragment_id, {}).get(key)
        if done is not None and done < count:
            return done
        lead = self.leads.get((fragment_id, group)) if group else None
        recorded = self.replay.get(fragment_id, {}).get(key)
        if recorded is not None and 0 <= recorded < count:
            index = recorded
        elif lead is not None and lead < count:
            index = lead
        else:
            index = self._choose(fragment_id, key, count, options if len(options) == count else ())
        if len(options) == count:
            self.hear(options[index])
        if group and lead is None:
            self.leads[(fragment_id, group)] = index
        self.chosen.setdefault(fragment_id, {})[key] = index
        return index

    def _choose(self, fragment_id: str, key: str, count: int, texts: tuple[str, ...] = ()) -> int:
        """Away from what was said before, else by seed (stable for the same fragment and block)."""
        options = list(range(count))
        if self.avoided is not None:
            fresh = [i for i in options if i not in self.avoided(fragment_id, key, count)]
            options = fresh or options
        if texts and self.said:
            said, runs = self.said, self.runs  # (isdisjoint: no set made for each option, #18)
            unsaid = [i for i in options if _clauses(texts[i]).isdisjoint(said) and _runs(texts[i]).isdisjoint(runs)]
            if not unsaid:
                self.spent.add((fragment_id, key))
            options = unsaid or options
        return options[_draw(self.seed, fragment_id, key, len(options))]

    def hear(self, text: str) -> None:
        """`text` (an alternative taken, or fixed wording rendered) is said: a fresh choice keeps away from it."""
        self.said.update(_clauses(text))
        self.runs.update(_runs(text))


# How many texts' clauses and runs are kept: the alternatives and fixed wordings a long run (the resident's worker)
# meets, ~5,600 over bench_startup's varied drafts (~15 MB for both caches; the shipped library has ~41,000), where
# 4,096 had ~100 of them worked out again in each new draft (#18).
_KEPT_TEXTS = 16384
# A clause this long said twice in one draft is heard as a repeat (short ones — 要加强领导 — are common words).
_CLAUSE_HAN = 8
_EXPRESSION = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


# A lead-in a reader hears past its adverbs: 重点抓好以下某个方面 and 要着重做好以下某个方面 are one lead said twice.
_HEARD_PAST = re.compile(r"^要|着力|着重|重点|突出|扎实|主要|具体|切实|全力")
_LONG_RUN = re.compile(rf"[^，。；！？：,;!?:\n]{{{_CLAUSE_HAN},}}")


@functools.lru_cache(maxsize=_KEPT_TEXTS)
def _clauses(option: str) -> frozenset[str]:
    """The clauses of an alternative as written (an expression read as 某) long enough to be heard again, a lead-in
    (…以下某个方面) as a reader hears it: its adverbs left out, 做好 as 抓好."""
    plain = _EXPRESSION.sub("某", option) if "{" in option else option
    said = set()
    for clause in _LONG_RUN.findall(plain):
        if len(_NOT_HAN.sub("", clause)) >= _CLAUSE_HAN:
            clause = clause.strip()
            said.add(_HEARD_PAST.sub("", clause).replace("做好", "抓好") if "以下" in clause else clause)
    return frozenset(said)


def heard(text: str) -> None:
    """`text` (a lead-in written by the code: a gathered point's 要重点抓好以下三个方面：) is said in the draft being
    rendered: alternatives chosen afresh after it keep away from its clauses."""
    chooser = _CHOOSER.get()
    if chooser is not None:
        chooser.hear(text)


# … and a run this long said again inside another clause is heard too: 把生态优势转化为发展优势 in one point, 让生态资源
#转化为资产、生态优势转化为发展优势 in the next (review28b).
_RUN_HAN = 10


@functools.lru_cache(maxsize=_KEPT_TEXTS)
def _runs(option: str) -> frozenset[str]:
    """The runs of `_RUN_HAN` Chinese characters of the clauses of an alternative (an expression read as 某)."""
    plain = _EXPRESSION.sub("某", option) if "{" in option else option
    return frozenset(
        han[i : i + _RUN_HAN]
        for clause in _LONG_RUN.findall(plain)
        if len(han := _NOT_HAN.sub("", clause)) >= _RUN_HAN
        for i in range(len(han) - _RUN_HAN + 1)
    )


def _draw(seed: int, where: str, key: str, count: int) -> int:
    """A number below `count`, stable for the seed, the place drawn for and the key."""
    digest = hashes.blake2b(f"{seed}\0{where}\0{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


@dataclass(frozen=True, slots=True)
class _Scope:
    """The alt blocks of one text of one fragment: where their picks are recorded."""

    chooser: Chooser
    fragment_id: str
    key: str
    text: str
    group: str | None = None

    def pick(self, ordinal: int, count: int) -> int:
        blocks = _blocks(self.text)
        options = blocks[ordinal] if ordinal < len(blocks) else ()
        return self.chooser.pick(self.fragment_id, f"{self.key}.{ordinal}", count, self.group, options)


_CURRENT: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("drafter_alt", default=None)
_CHOOSER: contextvars.ContextVar[Chooser | None] = contextvars.ContextVar("drafter_chooser", default=None)


@contextlib.contextmanager
def choosing(chooser: Chooser | None) -> Iterator[None]:
    """Render with `chooser` deciding every alternative (None: always the first)."""
    token = _CHOOSER.set(chooser)
    try:
        yield
    finally:
        _CHOOSER.reset(token)


class text_scope:  # noqa: N801 - used as the context manager it was (a class: a length search enters ~600 a draft)
    """While rendering `text` of a fragment: its blocks are chosen by the current chooser
    (blocks of texts in one `group` of the fragment take the same alternative where they can)."""

    __slots__ = ("scope", "token")

    def __init__(self, fragment_id: str | None, text: str, group: str | None = None) -> None:
        chooser = _CHOOSER.get()
        self.scope = _Scope(chooser, fragment_id, text_key(text), text, group) if chooser and fragment_id else None

    def __enter__(self) -> None:
        self.token = _CURRENT.set(self.scope)

    def __exit__(self, *exc: object) -> None:
        _CURRENT.reset(self.token)


def current_pick(ordinal: int, count: int) -> int:
    """The alternative of the `ordinal`-th block (of `count` ways) of the text being rendered: by the chooser of
    `text_scope`, else the first. What `{% alt %}` does in Jinja (`altext.AltExtension`) and in `plain`."""
    scope = _CURRENT.get()
    return scope.pick(ordinal, count) if scope is not None else 0


def kept_choice(fragment_id: str, key: str, count: int, chosen: int) -> int:
    """A choice the code makes from the draft around a fragment (`chosen` of `count`: which heading a gathered point
    takes, given the headings before it), recorded as block `key` of `fragment_id` and replayed: an update that keeps
    the point keeps it, whatever the parts drawn again around it say (`update --swap 一` gave the kept 二、 the short
    form of its heading, the new 一、 having named the work, swap53). `key` has no dot (`Chooser.__post_init__`)."""
    chooser = _CHOOSER.get()
    if chooser is None:
        return chosen
    recorded = chooser.replay.get(fragment_id, {}).get(key)
    index = recorded if recorded is not None and 0 <= recorded < count else chosen
    chooser.chosen.setdefault(fragment_id, {})[key] = index
    return index


def seeded_pick(key: str, count: int) -> int:
    """Which of `count` ways to say a sentence the code writes itself (the frame of a user's fact): by the seed of
    the draft being rendered, so two places asking for the same meeting with the same answers do not share it
    word for word; the first way without a chooser (length estimates). Not recorded: the same seed and place
    (a replay) give the same way again."""
    chooser = _CHOOSER.get()
    if chooser is None or count <= 1:
        return 0
    return _draw(chooser.seed, "facts", key, count)


# ----- lead-ins written as fixed text ---------------------------------------------------------

# A point's text that ends on a fixed lead-in into its sub-points (要抓好以下三个方面：, written so in some 700 fragments)
# says it in one of these ways, chosen like an alternative of the fragment (block `<text key>.lead`, recorded and
# replayed) and kept away from the lead-ins the draft has said: two points of one draft no longer lead in alike.
# Each keeps the count and announces tasks (the checker counts them); the words differ past the adverbs a reader
# hears through (`_HEARD_PAST`), so no two are heard as one.
SHARED_LEADS = (
    "要抓好以下{{ sub_count }}个方面：",
    "要在以下{{ sub_count }}个方面下功夫：",
    "要从以下{{ sub_count }}个方面抓起：",
    "要在以下{{ sub_count }}个方面持续用力：",
    "具体要做好以下{{ sub_count }}件事：",
    "要统筹推进以下{{ sub_count }}项工作：",
    "要着重在以下{{ sub_count }}个方面发力：",
    "要扎实抓好以下{{ sub_count }}项任务：",
    "要集中精力办好以下{{ sub_count }}件事：",
    "要从以下{{ sub_count }}个方面入手：",
    # added at the end (a record names a way by its index): a 20-minute draft may lead in fourteen times, and once
    # the ten above were said the next repeated one (基层治理, 清河县, seed 1: 要扎实抓好以下三项任务： twice)
    "要重点推进以下{{ sub_count }}项工作：",
    "要下大力气做好以下{{ sub_count }}件事：",
    "要逐一落实好以下{{ sub_count }}项任务：",
    "要认真做好以下{{ sub_count }}项工作：",
    # … and a 30-minute one twenty times (住建, 南通市: the fourteen were all said)
    "要着力抓好以下{{ sub_count }}个环节：",
    "要在以下{{ sub_count }}个方面抓出成效：",
    "要把以下{{ sub_count }}项工作抓紧抓实：",
    "要紧紧围绕以下{{ sub_count }}个重点用力：",
    "要下功夫做好以下{{ sub_count }}个方面的工作：",
    "要牢牢抓住以下{{ sub_count }}个重点：",
)
# 要把握好以下三点： leads into what to keep in mind, not tasks: said in ways of its own.
HOLD_LEADS = (
    "要把握好以下{{ sub_count }}点：",
    "要注意把握以下{{ sub_count }}点：",
    "要坚持做到以下{{ sub_count }}点：",
    "要始终把握好以下{{ sub_count }}点：",
    "要在以下{{ sub_count }}点上把准方向：",
)
LEAD_FAMILIES = {".lead": SHARED_LEADS, ".hold": HOLD_LEADS}
_COUNT = "[一二三四五六七八九十两]{1,2}"
_ADVERB = "(?:重点|着力|着重|具体|扎实|突出|切实|统筹|全力|用心)"
# The whole clause: a time word at most before it (下一步要在以下三个方面用力：), not 我们会做好… nor 希望大家….
_FIXED_LEAD = re.compile(
    rf"(?:^|(?<=[。！？；，\n]))(?P<head>下一步|今年|当前|接下来)?"
    rf"(?P<lead>(?:要?{_ADVERB}?要?(?:抓好|做好|抓实|推进)以下(?P<n>{_COUNT})(?:个方面的工作|个方面|项工作|项任务|件事|点)"
    rf"|要?{_ADVERB}?在以下(?P<m>{_COUNT})个方面(?:下功夫|用力|持续用力|发力|持续发力)"
    rf"|要?从以下(?P<k>{_COUNT})个方面(?:抓起|入手|发力)"
    rf"|(?P<hold>(?:工作中|具体来说，)?要?(?:着重|注意|始终)?把握好?以下(?P<h>{_COUNT})点))：)$"
)
_FIXED_SOURCE = re.compile(r"以下\{\{ ?sub_count ?\}\}[^。！？；：，\n]{0,10}：\s*$")


def fixed_lead_said(source: str, rendered: str) -> str:
    """`rendered` (of fragment text `source`) with the fixed lead-in it ends on said in the shared way the chooser takes.

    Only a lead-in written as fixed text into `{{ sub_count }}` sub-points (one in an alternative block is chosen as
    such) and only while a chooser renders a fragment (previews and length estimates keep the words as written)."""
    scope = _CURRENT.get()
    if scope is None or not rendered.endswith("："):
        return rendered
    if _FIXED_SOURCE.search(without_alternatives(source)) or _lead_block_spent(scope, source):
        return _shared_lead(scope.chooser, scope.fragment_id, scope.key, rendered)
    scope.chooser.lead_forms.add(lead_form(rendered))  # chosen as an alternative: a later fixed one keeps away from it
    return rendered


# A lead-in of any wording: a short clause that ends the text and announces a count (要做到以下三点：).
_ANY_LEAD = re.compile(rf"(?:^|(?<=[。！？；，\n]))(?P<lead>[^。！？；：，\n]{{0,12}}以下(?P<n>{_COUNT})[^。！？；：，\n]{{0,10}})：$")


@functools.lru_cache(maxsize=4096)  # (a length search asks it of the same few shared ways at every lead-in it renders)
def lead_form(rendered: str) -> str:
    """The lead-in `rendered` ends on as a reader hears it: past its adverbs, 做好 as 抓好, any count (要着力做好以下三项工作
    and 要做好以下四项工作 are one lead-in said twice)."""
    match = _ANY_LEAD.search(rendered)
    if match is None:
        return ""
    heard = _HEARD_PAST.sub("", match["lead"]).replace("做好", "抓好")
    return re.sub(_COUNT, "N", heard)


def _lead_block_spent(scope: _Scope, source: str) -> bool:
    """A text that ends on a block of lead-ins only (重点抓好以下…个方面：, 要在以下…个方面持续用力：, 要把握好以下…点：), every
    one of them said before it in the draft: the lead-in is then said in a shared way (`SHARED_LEADS`), which is
    recorded (block `<text key>.lead`) and so replayed. Before, the block said one of its ways again (重点抓好以下四个方面：
    in two areas of one 经济工作 speech) and only the rewording after rendering, outside the record, saw it."""
    if not source.rstrip().endswith("endalt %}"):
        return False
    blocks = _blocks(source)
    if not blocks or not all(_FIXED_SOURCE.search(option) for option in blocks[-1]):
        return False
    recorded = scope.chooser.replay.get(scope.fragment_id, {})
    if any(scope.key + family in recorded for family in LEAD_FAMILIES):
        return True
    return (scope.fragment_id, f"{scope.key}.{len(blocks) - 1}") in scope.chooser.spent


def lead_in_said(fragment_id: str, key: str, rendered: str) -> str:
    """`rendered` (a lead-in the code writes: a gathered point's 要在以下四个方面下功夫：) said in the shared way the
    chooser takes, recorded as block `<key>.lead` of `fragment_id` and replayed like an alternative; a lead-in of
    another kind is heard. As written without a chooser (previews, length estimates).

    Before, such a lead-in was only heard, and one a section had already said (要在以下四个方面下功夫： in 二、's （四）,
    then as 三、's own) was reworded after rendering, outside the record.
    """
    chooser = _CHOOSER.get()
    if chooser is None or not rendered.endswith("："):
        if chooser is not None:
            chooser.hear(rendered)
        return rendered
    return _shared_lead(chooser, fragment_id, key, rendered)


def _shared_lead(chooser: Chooser, fragment_id: str, key: str, rendered: str) -> str:
    match = _FIXED_LEAD.search(rendered)
    if match is None:
        # a lead-in of its own kind (主要表现在以下三个方面：, 要做到以下三点：) is said as written the first time; said
        # again (read: 要做到以下三点： twice in a 政协 speech), it takes a shared way, recorded like the others
        form, other = lead_form(rendered), _ANY_LEAD.search(rendered)
        recorded = chooser.replay.get(fragment_id, {})
        again = form and form in chooser.lead_forms
        if other is None or not (again or any(key + family in recorded for family in LEAD_FAMILIES)):
            chooser.lead_forms.add(form)
            chooser.hear(rendered[rendered.rfind("，") + 1 :].split("。")[-1])
            return rendered
        count, family, start = other["n"], (".hold" if other["lead"].endswith("点") else ".lead"), other.start("lead")
    else:
        count = match["n"] or match["m"] or match["k"] or match["h"]
        family, start = (".hold" if match["hold"] else ".lead"), match.start("lead")
    shared = LEAD_FAMILIES[family]
    index = picked = chooser.pick(fragment_id, key + family, len(shared), None, shared)
    # not 具体来说，具体要做好… (review25): the next way that does not echo the words just before it
    before = rendered[max(0, start - 8) : start]
    # (its first words past 要: 要一项一项… after 帮扶要一起抓 is no echo); the way then said is heard, not only the one
    # picked: a later lead-in keeps away from it (要认真做好以下…项工作： twice in a 禁毒 speech)
    order = [i % len(shared) for i in range(index, index + len(shared))]
    fresh = [i for i in order if not _echoes(shared[i], before)]
    forms = _shared_forms(family, count)
    unsaid = [i for i in fresh if forms[i] not in chooser.lead_forms]
    index = (unsaid or fresh or [index])[0]
    if index != picked:
        chooser.hear(shared[index])
    lead = shared[index].replace("{{ sub_count }}", count)
    head = (match["head"] if match else "") or ""
    if (head or not rendered[:start].strip()) and lead.startswith("具体"):
        # 下一步具体要…: the time word is said enough; and 具体 after nothing at all opened a point bare (review30a)
        lead = lead.removeprefix("具体")
    sentence = rendered[max(rendered.rfind(stop, 0, start) for stop in "。！？：；\n") + 1 : start]
    if "要" in sentence and not head:
        # 要坚持以基层为重点…，下大力气做好以下四件事： (not …，要下大力气…); 要把…作为重点，具体做好… (not 具体要做好)
        lead = lead.replace("具体要", "具体").removeprefix("要")
    chooser.lead_forms.add(lead_form(lead))
    return rendered[:start] + lead


@functools.lru_cache(maxsize=256)
def _shared_forms(family: str, count: str) -> tuple[str, ...]:
    """`lead_form` of each shared way of `family` said with `count` (a length search asks them at every lead-in it
    renders, ci53a)."""
    return tuple(lead_form(way.replace("{{ sub_count }}", count)) for way in LEAD_FAMILIES[family])


def _echoes(lead: str, before: str) -> bool:
    return lead.removeprefix("要")[:2] in before


# ----- reading alternatives without rendering (lint, avoid, preview) ------------------------

_BLOCK = re.compile(r"\{%-?\s*alt\s*-?%\}(.*?)\{%-?\s*endalt\s*-?%\}", re.S)
_OR = re.compile(r"\{%-?\s*or\s*-?%\}")


def split_alternatives(text: str) -> list[list[str]]:
    """The alternatives of each block of `text`, in order (raw Jinja source of each)."""
    return [_OR.split(m.group(1)) for m in _BLOCK.finditer(text)]


@functools.lru_cache(maxsize=1024)
def _blocks(text: str) -> tuple[tuple[str, ...], ...]:
    """`split_alternatives`, kept per text for the chooser."""
    return tuple(tuple(block) for block in split_alternatives(text))


def alternative_count(text: str) -> int:
    """How many blocks with alternatives `text` holds."""
    return len(_BLOCK.findall(text))


@functools.lru_cache(maxsize=_KEPT_TEXTS)  # (rendering asks it of every fragment text it renders)
def without_alternatives(text: str) -> str:
    """`text` with its blocks left out: the wording every phrasing shares."""
    return _BLOCK.sub(" ", text)


def first_alternatives(text: str) -> str:
    """`text` with each block replaced by its first alternative (raw source)."""
    return _BLOCK.sub(lambda m: _OR.split(m.group(1))[0], text)


def first_sentences(text: str) -> int:
    """Sentences (。！？) a fragment's text says in its first phrasings; a lead-in ending on ： is none."""
    return len(re.findall("[。！？]", first_alternatives(text)))
