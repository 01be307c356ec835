"""Which fragments suit a draft, and one seeded choice of them (a Plan).

The meeting's own topic material comes first, for points and frame roles
alike; general (通用) material fills in; another topic's material never
suits. No two chosen fragments may repeat each other (see `repeat`).
"""

from __future__ import annotations

import contextlib
import functools
import random
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from drafter.errors import LibraryError, UsageError
from drafter.features import feature_tags, lacked_tags, place_features
from drafter.library import Library, fragment_texts, used_variables
from drafter.library.alternatives import first_sentences
from drafter.meeting import (
    CADRES,
    CONGRESS,
    TRAINEES_WORK,
    MeetingKind,
    audience_names,
    excluded_in,
    find_meeting_kind,
    guest_audiences,
    is_congress,
    kind_excluded_tags,
    not_for_trainees,
    season_excluded_tags,
    season_tags,
    seasons_of,
    trains_educators,
    trains_lay_people,
)
from drafter.meeting import kind_names as meeting_kind_names
from drafter.model import (
    APPRAISAL_TAG,
    CITY_UNITS_TAG,
    CORE_TAG,
    LEADERSHIP_TAG,
    LEVEL_TAGS,
    OPT_IN_TAGS,
    OVERVIEW_TAG,
    SPECIFIC_TAG,
    STAGES,
    Fragment,
    Role,
    Template,
    commands_level,
    suits_level,
)
from drafter.render.foreign import counts_otherwise, names_other_work
from drafter.render.ideas import idea_test, preferred
from drafter.render.repeat import mentions_awards, thanks, too_close
from drafter.render.steer import NO_STEER, Steer, _speeches
from drafter.render.values import by_department, level_tag, topics_of
from drafter.topics import (
    GENERAL_TAG,
    alone_tags,
    find_topics,
    group_tags,
    is_body_work,
    is_inward,
    joined_whole_works,
    joint_works,
    kept_parts,
    lacks_staff,
    names_not_used,
    narrower_tags,
    own_parts,
    own_views_parts,
    part_tags,
    ruled_out_tags,
    topic_of_tag,
    topic_tags,
    words_not_said,
)

FRAME_ROLES = (
    Role.TITLE,
    Role.SALUTATION,
    Role.OPENING,
    Role.ACKNOWLEDGEMENT,
    Role.TRANSITION,
    Role.CLOSING,
)

# Meeting kinds (工作会议, 推进会 …) as fragment tags: they say where a fragment fits, not its topic.
KIND_TAGS = meeting_kind_names()
# Audiences (企业家 …) as fragment tags: text spoken to them, used only when they sit in the hall.
AUDIENCE_TAGS = audience_names()
_AUDIENCE_SET = frozenset(AUDIENCE_TAGS)
# Level words that hand work to this level's own units: text that addresses cadres, not guests.
_CADRE_WORDS = ("below", "own_depts", "all_units", "all_places", "all_governments", "all_leaderships")


@dataclass(frozen=True, slots=True)
class PlannedPoint:
    """A top-level point of a plan: the fragment and the indices of sub-points kept.

    A long speech may gather further points of the same stage under one heading
    (`sections`): each then becomes a （一） section and its sub-points 1. 2. ….
    """

    fragment: Fragment
    keep: tuple[int, ...]
    sections: tuple[PlannedPoint, ...] = ()

    def parts(self) -> tuple[PlannedPoint, ...]:
        """The point itself (without sections) followed by its sections."""
        # (the constructor, not `replace`: planning asks ~1,000 times a draft, and replace reads the fields each time)
        return (PlannedPoint(self.fragment, self.keep), *self.sections) if self.sections else (self,)

    def fragments(self) -> list[Fragment]:
        return [p.fragment for p in self.parts()]


def planned(fragment: Fragment, answers: Mapping[str, Any]) -> PlannedPoint:
    """A point with every sub-point its level may give (a 镇 leaves out those tagged 省、市、县、区)."""
    return PlannedPoint(fragment, fragment.subpoints_for(level_tag(answers), _to_the_hall(answers), lacked_tags(answers)))


@dataclass(frozen=True, slots=True)
class Plan:
    """Which fragments a draft uses, before the user's remaining answers are known."""

    template: Template
    frame: Mapping[Role, Fragment]
    points: tuple[PlannedPoint, ...]
    seed: int
    steer: Steer = NO_STEER  # budget and past texts: also steer the alternative phrasings
    alts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # replayed choices

    def fragments(self) -> list[Fragment]:
        return [*self.frame.values(), *(f for p in self.points for f in p.fragments())]


def _fitting(answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]) -> Callable[[Fragment], bool]:
    """Whether a fragment may be drawn for these answers, as a test built once per look over the library.

    What depends on the answers alone (opt-ins, level, the meeting's seasons, staff, audience) is
    worked out here once, not again for each of the ~1,200 fragments a plan looks at.
    """
    blocked = frozenset(t for t in OPT_IN_TAGS if not _opted_in(t, answers, tags))
    awards = _opted_in("表彰", answers, tags)
    seasonal = season_tags()
    meeting = str(answers.get("meeting", ""))
    held_in = seasons_of(meeting, str(answers.get("date", "")))
    out_of_season = excluded_in(held_in)  # 汛前 at a meeting held after the flood season
    level = level_tag(answers)
    department = by_department(answers)
    to_hall = _to_the_hall(answers)
    congress = CONGRESS_TAG in held_in
    # a 妇联执委会: no 成员单位 or 规划后半程, the 妇儿工委's (topics.yaml `not_said`, review30b)
    unsaid = words_not_said(meeting, str(answers.get("work", "")))
    # 县科协第九次代表大会: greeted, opened and closed as a congress (各位代表), not as a meeting on 科技创新 (review30b)
    congress_frame = congress and is_congress(meeting)
    # 人大常委会会议: only the committee's members in the hall (kinds.yaml `members_only`, review30b)
    sitting = find_meeting_kind(str(answers.get("kind") or ""))
    members_only = sitting is not None and sitting.members_only
    kind_never = frozenset(sitting.not_tags) if sitting is not None else frozenset()  # kinds.yaml `not_tags`
    # 欢送新兵大会: the kind's text for the part its name says, not its text for graduates and cadres (kinds.yaml `parts`)
    kind_part = _kind_part(sitting, meeting, str(answers.get("work", "")))
    no_staff = lacks_staff(level, meeting, str(answers.get("work", "")))
    # a department's own meeting is its own cadres' (局机关和各学校): no 各界人士 in the hall to thank (review21)
    inward = is_inward(meeting, str(answers.get("work", ""))) or answers.get("kind") in _CADRES_ONLY or department
    audience = _audience(answers)
    appraised = _appraised(answers)
    troubled = _troubled(answers)
    # a class of village cadres (村党组织书记): no 机关、国企 or city 党建 area (review27)
    not_theirs = not_for_trainees(meeting) if answers.get("kind") in _TRAINING_KINDS else frozenset()
    # A class whose trainees do every kind of work (年轻干部, 新任科级干部: the table's 各项工作) is deployed no work's areas,
    # only what is spoken to them: a 年轻干部培训班 heard 持续整顿软弱涣散基层党组织 and 压实党建工作责任, the 基层党建 its
    # name's 年轻干部 reads as (review29a).
    at_large = answers.get("kind") in _TRAINING_KINDS and answers.get("work") == TRAINEES_WORK
    # A class of people who are not cadres (志愿者骨干, 网格员): none of the kind's text written for cadre trainees (党性锻炼,
    # 干部成长的规律, 依法用权: 程序……也是对干部的保护, review29a's new training points).
    # … nor a class of school heads or teachers (中小学校长培训班 heard 做群众工作, 练好写的功夫, reader48)
    educators = answers.get("kind") in _TRAINING_KINDS and trains_educators(meeting)
    lay = answers.get("kind") in _TRAINING_KINDS and (trains_lay_people(meeting) or educators)
    # A class hears what is said to trainees, not a general work section (以制度建设为抓手，推动各项工作常态长效; 各乡镇（街道）、
    # 县直各部门要坚持底线思维): a 30-minute 年轻干部培训班开班式 filled five of its sections so (review34c). Where the class's
    # own text runs out, fit says what length it can form.
    trainees = answers.get("kind") in _TRAINING_KINDS
    # A 座谈会 with people at the table (退役军人, 青年, 老同志, 新乡贤 …): every point is spoken to them, their own text or
    # the kind's (感谢、倾听、回应关切), never a work's area (褒扬纪念要……, 团组织要……) or a general point handed to this level's
    # departments (各县（市、区）、市直各部门要……) — a 退役军人座谈会 deployed five 退役军人事务 areas to the veterans (review34c).
    at_table = answers.get("kind") == SYMPOSIUM_KIND and audience != CADRES
    # … and a 座谈会 of cadres is greeted 同志们、朋友们 too: its last point answers what was said at the table, it does not
    # hold a work's 考核问责 sections (以严格考核和有力问责保障平安建设任务落地 and 用严督实考和严肃问责 told to 朋友们,
    # reader46, reader47).
    at_any_table = answers.get("kind") == SYMPOSIUM_KIND
    invited = audience in guest_audiences()
    work = str(answers.get("work", ""))
    suits_topic = _topic_test(answers, topics, tags)
    # 水库安全度汛, 山区旅游景点 for 鼓楼区: what the place has not (its features: drafter/features.py, review32)
    lacks = lacked_tags(answers)

    def fits(fragment: Fragment) -> bool:
        # The topic first: most of the library is about another work, and a meeting not met before asks this of all
        # ~2,000 fragments (#18: 5-15 ms, 2.5-3.5 ms so). Every test here is a pure function of the fragment and the
        # answers, so their order changes no answer.
        if not suits_topic(fragment):
            return False
        own = fragment.tags
        if SPECIFIC_TAG in own or not blocked.isdisjoint(own) or not kind_never.isdisjoint(own):
            return False
        if not lacks.isdisjoint(own):
            return False
        if kind_part and sitting is not None and sitting.name in own and kind_part.isdisjoint(own):
            return False  # 在新的岗位上成长成才, 带着本事回来 said to recruits (review33d)
        genre = sitting.title if sitting is not None and sitting.name in own else ""  # 表态发言: the kind's own title
        if names_other_work(fragment, topics, meeting, work, fragment_topics(fragment), genre):
            return False  # 在全县招商引资工作会议上的讲话 drawn for a 安全生产 meeting: a user's fragment, however tagged
        if not appraised and APPRAISAL_TAG in own:
            return False  # 取得了积极成效 with no 成绩 given: praise nobody told us
        if not troubled and PROBLEMS_TAG in own:
            return False  # 有的地方禁毒工作只挂在牌子上 with no 问题 given: faults nobody told us (draft40)
        if not awards and mentions_awards(fragment):
            return False  # praise of award winners left untagged: still only where awards were given
        seasons = seasonal.intersection(own)
        if seasons and not seasons & held_in:
            return False  # 对岁末年初……作出安排: only at a meeting held then
        if not out_of_season.isdisjoint(own):
            return False  # 把各项防御措施落在主汛期之前 at a 防汛 总结会, the season over (review30a)
        if level and not suits_level(fragment.levels, level):
            return False
        if not not_theirs.isdisjoint(own):
            return False
        if at_large and fragment.role == Role.POINT and audience not in own and fragment_topics(fragment):
            return False
        if lay and CADRE_TRAINEES_TAG in own:
            return False
        if EDUCATOR_TRAINEES_TAG in own and not educators:
            return False  # 来参加培训的都是学校的骨干: not to a 教育系统干部培训班
        if trainees and general_point(fragment):
            return False
        if at_table and fragment.role == Role.POINT and audience not in own and not _said_at_table(own, invited):
            return False  # 褒扬纪念要……, 团组织要……; 成果同享，惠及在座各位 only to guests asked for advice
        if at_any_table and fragment.role == Role.POINT and _holds_to_account(fragment.heading):
            return False
        if at_large and not _TRAINING_KINDS.isdisjoint(own) and "{{ work }}" in fragment.heading:
            return False  # 站在全局高度认识各项工作，把学习的目标定准: the kind's text for a class on one work
        if congress_frame and fragment.role in _CONGRESS_FRAME and CONGRESS_TAG not in own:
            return False  # 同志们：/ 召开这次县残联第六次代表大会，就是要把市委、市政府的部署要求传达好
        if unsaid and any(w in t for t in fragment_texts(fragment) for w in unsaid):
            return False
        if members_only and _general_to_cadres(fragment):
            return False  # 各县（市、区）、市直各部门要重点在以下三个方面用力, said to the 人大常委会's members
        if congress and any(_NOT_AT_CONGRESS.search(t) for t in fragment_texts(fragment)):
            return False  # 希望各成员单位……以规划的圆满收官: a 妇代会 is no 妇儿工委 meeting
        if to_hall and (LEADERSHIP_TAG in own or any(commands_level(t) for t in _own_texts(fragment))):
            return False  # 让党委在教育工作中总揽全局, 县委要定期研究财政运行: not the 教育局's own meeting to say
        if fragment.subpoints and len(fragment.subpoints_for(level, to_hall, lacks)) < min(2, len(fragment.subpoints)):
            return False  # its sub-points are for other levels: too little left to make a point
        if no_staff and _thanks_staff(fragment):
            return False  # 向全镇审计工作战线的同志们: a 镇 has no audit staff
        if inward and _thanks_public(fragment):
            return False  # 向大力支持这项工作的各界朋友: 机构编制 is no work the public takes part in
        if inward and fragment.role == Role.POINT and any(_SOCIETY.search(t) for t in fragment_texts(fragment)):
            return False  # 动员全社会共同关注、支持党风廉政建设工作 (review25)
        heard_by = _AUDIENCE_SET.intersection(own)
        return not heard_by or audience in heard_by  # spoken to entrepreneurs: only where they sit in the hall

    return fits


def _kind_part(sitting: MeetingKind | None, meeting: str, work: str) -> frozenset[str]:
    """The parts of its kind's table (`parts`: 征兵 for a 欢送会) a meeting's name says: its kind's text is theirs alone."""
    if sitting is None or not sitting.parts:
        return frozenset()
    return frozenset(sitting.parts) & frozenset(narrower_tags(meeting, work))


def _said_at_table(tags: Sequence[str], invited: bool) -> bool:
    """Whether a point not written for a 座谈会's audience is the kind's own, said to whoever sits at it (its 各界 text
    only to guests asked for advice: 企业家, 新乡贤)."""
    return SYMPOSIUM_KIND in tags and (invited or _GUESTS_TAG not in tags)


def general_point(fragment: Fragment) -> bool:
    """A point about no work, no kind and no audience of its own (抓实关键环节，以点带面推动各项工作整体提升)."""
    if fragment.role != Role.POINT or fragment_topics(fragment):
        return False
    return not any(t in KIND_TAGS or t in _AUDIENCE_SET for t in fragment.tags)


def _general_to_cadres(fragment: Fragment) -> bool:
    """A general point (no work, no kind of its own) that speaks to this level's units ({{ below }}、{{ own_depts }})."""
    if fragment.role != Role.POINT or fragment_topics(fragment) or any(t in KIND_TAGS for t in fragment.tags):
        return False
    return addresses_cadres(fragment)


def hands_down_work(fragment: Fragment) -> bool:
    """A general point (no work, no kind of its own) that hands the meeting's work to this level's units as theirs:
    {{ below }}、{{ own_depts }}要把{{ work }}摆上重要议事日程 … 纳入目标管理考核."""
    if fragment.role != Role.POINT or fragment_topics(fragment) or any(t in KIND_TAGS for t in fragment.tags):
        return False
    texts = fragment_texts(fragment)
    return addresses_cadres(fragment) and any("{{ work }}" in t for t in texts)


def _for_class(answers: Mapping[str, Any]) -> Callable[[Fragment], bool]:
    """For a class whose trainees do every kind of work and have text of their own (年轻干部): whether a point suits it
    — spoken to them, or handing no work to this level's units (各乡镇（街道）、县直各部门主要负责同志要对各项工作负总责) and
    not naming the work in its heading (站在全局高度认识各项工作，把学习的目标定准: written for a class on one work). A
    preference among the class's own and its trainees' text: a general point it never takes (`general_point`, review34c)."""
    audience = _audience(answers)
    if answers.get("kind") not in _TRAINING_KINDS or answers.get("work") != TRAINEES_WORK or audience == "干部":
        return lambda f: True
    return lambda f: audience in f.tags or not (addresses_cadres(f) or "{{ work }}" in f.heading)


def _own_texts(fragment: Fragment) -> tuple[str, ...]:
    """A fragment's texts outside its sub-points (those a department's meeting may leave out one by one)."""
    return (fragment.heading, fragment.text, fragment.ending)


def _appraised(answers: Mapping[str, Any]) -> bool:
    """True when the user gave achievements of their own (a 〔待补〕 gap is none)."""
    return _given(answers, "achievements")


def _given(answers: Mapping[str, Any], key: str) -> bool:
    """True when the user gave facts of their own under `key` (achievements, problems)."""
    items = answers.get(key)
    if isinstance(items, str):
        return bool(items.strip())
    return isinstance(items, (list, tuple)) and any(str(i).strip() for i in items)


def _troubled(answers: Mapping[str, Any]) -> bool:
    """True when the user gave problems of their own (`PROBLEMS_TAG` text may then be drawn)."""
    return _given(answers, "problems")


# Tag of text that states the place's own faults (有的地方禁毒工作只挂在牌子上, 短板依然明显, 一些单位…落实不到位): drawn
# only when the user gave problems, as `APPRAISAL_TAG` text only with achievements — else the speech blames its own
# towns and departments for what nobody told it (draft40: a 全镇党建工作会议 with no 问题 listed 有的基层党组织政治功能弱化).
PROBLEMS_TAG = "问题"


# A congress (团代会、妇代会、工代会: the `代表大会` occasion of drafter/data/kinds.yaml) is neither a 领导小组's meeting
# nor a plan's review: text that speaks to its 成员单位 or of a plan's 后半程 does not fit it.
CONGRESS_TAG = CONGRESS
# What a congress says as one: its salutation (各位代表), its opening (祝贺大会召开), what it says of the delegates (not
# 我代表县委、县政府 once more, after the opening's greeting) and its closing (预祝大会圆满成功).
_CONGRESS_FRAME = frozenset({Role.SALUTATION, Role.OPENING, Role.ACKNOWLEDGEMENT, Role.CLOSING})
_NOT_AT_CONGRESS = re.compile("成员单位|妇儿工委|后半程|规划实施|实施规划|规划目标|规划确定")


# Which fragments of a library fit the answers (`_fitting`), by key (see `_fits_key`): read once per process.
_KEPT_FITS: dict[str, frozenset[str]] = {}


def draw_seed(seed: int, answers: Mapping[str, Any]) -> int:
    """The number the draws of a draft start from: the user's seed mixed with the place.

    Two counties asking for the same meeting with the same --seed (the README's, a shared answers
    file) get different drafts; the same place and seed still get the same draft, and the record
    keeps the user's seed.
    """
    from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)

    key = f"{seed}\0{answers.get('place') or ''}".encode()
    return int.from_bytes(hashes.blake2b(key, digest_size=8).digest(), "big")


def _kept_fitting(
    library: Library, answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]
) -> Callable[[Fragment], bool]:
    """`_fitting`, answered from the ids of the fragments that fit, kept in the user's cache folder.

    Whether a fragment fits depends on its text and tags, a few answers and drafter's tables and
    code, never on the seed: the same place and meeting drafted again (another seed, --replay,
    update, the web page) asks it of the same ~1,200 fragments, ~60 M instructions a plan. So the
    ids that fit are kept in `fits-<key>.pickle`, keyed by the library's content and all the
    answer depends on (`_fits_key`); a library whose content is not known (a throw-away copy, a
    stack of several) is asked as before, and a damaged or foreign file is ignored.
    """
    key = _fits_key(library, answers, topics, tags)
    if key is None:
        return _fitting(answers, topics, tags)
    kept = _KEPT_FITS.get(key)
    if kept is None:
        from drafter.cachefile import read_cached, write_cached

        kept = read_cached("fits", key, valid=_fit_ids)
        if kept is None:
            fits = _fitting(answers, topics, tags)
            kept = frozenset(f.id for f in library.whole().fragments if fits(f))
            write_cached("fits", key, kept)
        if len(_KEPT_FITS) >= 64:  # a long run (serve) drafting for many meetings: memory stays bounded
            _KEPT_FITS.clear()
        _KEPT_FITS[key] = kept
    return lambda fragment: fragment.id in kept


def kept_fit_ids(library: Library, answers: Mapping[str, Any], tags: Sequence[str]) -> frozenset[str] | None:
    """The ids of the fragments that fit these answers, when they are kept (see `_kept_fitting`), else None.

    A draft asks before it reads the library's fragments: only the fragment files holding these are read.
    """
    key = _fits_key(library, answers, topics_of(answers), tags)
    if key is None:
        return None
    kept = _KEPT_FITS.get(key)
    if kept is None:
        from drafter.cachefile import read_cached

        kept = read_cached("fits", key, valid=_fit_ids)
    return kept


def _fit_ids(value: Any) -> bool:
    return type(value) is frozenset and all(type(v) is str for v in value)


# What decides whether a fragment fits, besides its own content: these answers, …
_FIT_ANSWERS = ("meeting", "work", "kind", "date", "audience", "level", "place_kind", "convenor", *OPT_IN_TAGS.values())


def _fits_key(library: Library, answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]) -> str | None:
    """The key of what `_fitting` answers for this library and these answers, or None when it cannot be known."""
    if not library.content or library.roots not in ((), (library.root,)):
        return None
    from drafter.files import cache_key

    asked = [repr(answers.get(name)) for name in _FIT_ANSWERS] + [repr(_appraised(answers)), repr(_troubled(answers))]
    # … and the place's features (鼓楼区 is a 城区: no 水库 text), or 江宁区 drafted after it read its ids (review33)
    asked.append(repr(sorted(place_features(answers))))
    parts = (library.content, _fits_code(), *asked, repr(sorted(topics)), repr(sorted(set(tags))))
    # A draft asks ~12 times with the same parts, each time hashing the library's content key (a few KB) anew (#18)
    key = _FIT_KEYS.get(parts)
    if key is None:
        if len(_FIT_KEYS) >= 256:
            _FIT_KEYS.clear()
        key = _FIT_KEYS[parts] = cache_key(*(part.encode() for part in parts))
    return key


_FIT_KEYS: dict[tuple[str, ...], str] = {}


@functools.cache
def _fits_code() -> str:
    """… and drafter's code and tables: the modules `_fitting` reads and every data table (hashed once a process)."""
    from drafter.files import cache_key

    package = Path(__file__).resolve().parent.parent
    files = [package / "render" / name for name in ("select.py", "repeat.py", "values.py", "foreign.py")]
    files += [package / name for name in ("topics.py", "meeting.py", "model.py", "places.py", "text.py", "features.py")]
    files += [package / "library" / "jinja.py", *sorted((package / "data").iterdir())]
    return cache_key(*(f.name.encode() + b"\0" + f.read_bytes() for f in files if f.is_file()))


# The work's own staff (奋战在{{ work }}一线, {{ work }}岗位上的同志们, {{ work }}战线).
_STAFF = re.compile(r"\{\{ work \}\}(?:一线|岗位|战线)")


# Meetings of this level's own units only: a 推进会 presses on the work with those who do it, a 电视电话会议 speaks to
# the halls below; neither thanks 各界人士 or 各界朋友, who are not in the room (review20).
_CADRES_ONLY = frozenset({"推进会", "调度会", "电视电话会议"})

# The public behind a work (社会各界的关心支持, 各界朋友, 各界人士).
_PUBLIC = re.compile(r"各界(?:朋友|人士|的关心)|社会各界")


# A point asking the whole society to back the work: not of a Party's or an office's own work (inward).
_SOCIETY = re.compile("全社会共同关注|引导社会各方面关心支持")


def _thanks_public(fragment: Fragment) -> bool:
    return fragment.role == Role.ACKNOWLEDGEMENT and any(_PUBLIC.search(text) for text in fragment_texts(fragment))


def _to_the_hall(answers: Mapping[str, Any]) -> bool:
    """Whether the speech leaves out what a 党委、政府 says of its own part (`LEADERSHIP_TAG`: 让党委在教育工作中总揽全局,
    区委、区政府要经常研究): a department's own meeting, and a training class, whose speech is said to its trainees (a
    10-minute 全区教育系统安全工作培训班开班式 told them 区委、区政府要经常研究、亲自推动, review31)."""
    return by_department(answers) or answers.get("kind") in _TRAINING_KINDS


def _thanks_staff(fragment: Fragment) -> bool:
    return any(_STAFF.search(text) for text in fragment_texts(fragment))


def _audience(answers: Mapping[str, Any]) -> str:
    """Who the speech is addressed to: 企业家 …, or 干部 (this level's own units, the usual)."""
    return str(answers.get("audience") or "干部")


def addresses_cadres(fragment: Fragment) -> bool:
    """True when a fragment hands work to this level's units ({{ below }}、{{ own_depts }} …)."""
    return bool(set(_CADRE_WORDS) & used_variables(fragment_texts(fragment)))


# The tag of a training kind's text written for cadre trainees (党性锻炼, 干部成长的规律): never at a class of lay people.
CADRE_TRAINEES_TAG = "干部学员"
# … and of its text written for school heads and teachers (办学治校, 教书育人): only at their class (kinds.yaml
# educator_trainees).
EDUCATOR_TRAINEES_TAG = "校长教师学员"

# Tags that say how or where a fragment is used, not what work it is about.
_STRUCTURAL_TAGS = frozenset(
    {*LEVEL_TAGS, *STAGES, *KIND_TAGS, *AUDIENCE_TAGS, *OPT_IN_TAGS, APPRAISAL_TAG, PROBLEMS_TAG, SPECIFIC_TAG, GENERAL_TAG, LEADERSHIP_TAG,
     CORE_TAG, OVERVIEW_TAG, CITY_UNITS_TAG, CADRE_TRAINEES_TAG, EDUCATOR_TRAINEES_TAG, "消息稿", "导入"}
)


# Unbounded, like repeat.thanks (a bounded cache writes to each entry it hits: a page copy in each child of the
# resident, which works these out for every fragment before it forks); the topic and meeting tables they read are
# read once per process. A new meeting asks them of every fragment (`fits`, #18).
@functools.cache
def fragment_topics(fragment: Fragment) -> frozenset[str]:
    """The topic tags of a fragment (every tag that is not structural); empty for general text."""
    if GENERAL_TAG in fragment.tags:
        return frozenset()
    # A place's feature tags (城区, 水库) say where text fits, like a season's: no work's (review32).
    return frozenset(
        {t for t in fragment.tags if t not in _STRUCTURAL_TAGS}
        - season_tags()
        - season_excluded_tags()
        - kind_excluded_tags()
        - feature_tags()
    )


def _topic_test(answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]) -> Callable[[Fragment], bool]:
    """A fragment about some work (森林防火, 妇女儿童 …) suits only a meeting on that work.

    Topics of the table (drafter/data/topics.yaml) match by the meeting's topic
    tags; a tag the table does not know (a user's own topic) matches when the
    meeting name contains it. General text (no topic, or 通用) suits any meeting.
    What depends on the answers alone is worked out once per look over the library (#18: ~1,500 fragments a new
    draft asks, each of which made the union of the meeting's topics and tags again).
    """
    meeting = str(answers.get("meeting", ""))
    ruled = ruled_out_tags(meeting, str(answers.get("work", "")))
    joint = tuple(pair for pair in joint_works() if not pair <= topics)
    wanted = frozenset(topics) | frozenset(tags)
    known = topic_tags()

    def suits(fragment: Fragment) -> bool:
        own = fragment_topics(fragment)
        if not own:
            return True
        if own & ruled:
            return False  # 抗旱 text in a meeting on 防汛 alone
        if joint:
            works = _works_of(fragment)
            if any(pair <= works for pair in joint):
                return False  # 林草一体 text (tagged 森林防火 and 草原防火) at a meeting on one of them
        if own & wanted:
            return True
        return any(t in meeting for t in own if t not in known)

    return suits


def _opted_in(tag: str, answers: Mapping[str, Any], tags: Sequence[str]) -> bool:
    return tag in tags or answers.get(OPT_IN_TAGS[tag]) == "是"


def _answerable(fragment: Fragment, answers: Mapping[str, Any]) -> bool:
    return all(
        v.name in answers or v.default is not None or not v.required for v in fragment.variables
    )


# Answers that only some fragments use: when the user gives one, prefer those fragments.
_SPECIFIC_ANSWERS = frozenset({"reporter", "plans"})


def _names_any(fragment: Fragment, words: frozenset[str]) -> bool:
    """True when a fragment's own text says one of `words` (a topic's name) literally."""
    return any(w in text for text in fragment_texts(fragment) for w in words)


def _names(fragment: Fragment) -> set[str]:
    return {v.name for v in fragment.variables} | used_variables(fragment_texts(fragment))


def _kind_fits(fragment: Fragment, template: Template) -> bool:
    """A fragment written for another kind of meeting (座谈会, 联席会议 …) never fits this one.

    工作会议 is the common kind: its fragments may stand in when a kind has none of its own.
    """
    kinds = {t for t in fragment.tags if t in KIND_TAGS}
    return not kinds or bool(kinds & set(template.tags)) or kinds == {"工作会议"}


def candidates(
    library: Library,
    role: Role,
    template: Template,
    answers: Mapping[str, Any],
    tags: Sequence[str] = (),
    *,
    stage: str | None = None,
    avoid: Sequence[Fragment] = (),
    steer: Steer = NO_STEER,
    within: Callable[[Fragment], bool] | None = None,
) -> list[Fragment]:
    """Fragments that suit this role (and stage), level, topic and template, best-suited first.

    `within` narrows the pool before anything costly is asked of it (a gathered area of the point's work).

    Points too close to one in `avoid` (a shared or near-identical sentence or
    heading) are left out; other roles avoid them when they can. Narrowing is
    soft: a preference (meeting kind, user tags, answerable variables, no
    repetition, thanks once, the meeting's own topic, authored text) applies
    only when some candidate meets it.
    """
    topics = topics_of(answers)
    pool = _suiting(library, role, stage, template, answers, topics, tags)
    if within is not None:
        pool = [f for f in pool if within(f)]
    if role == Role.ACKNOWLEDGEMENT:  # optional: never asks for a reporter (or other answer) nobody gave
        pool = [f for f in pool if _answerable(f, answers)]
    # Whether a fragment repeats one in `avoid` (`too_close`: fuzzy ratios over every sentence pair, ~0.25–0.9 ms a pair
    # never compared before) is asked only where the answer decides the result (#18): a point must never repeat
    # another's task, a hard filter; for the other roles it is one of the preferences. Both are kept as conditions
    # still to apply (`_Pending`): a preference narrows the pool when some fragment meets it and every pending
    # condition, and the conditions are applied at the end to what is left. The result is the pool the filter and the
    # narrowing in turn would give, without comparing fragments that an earlier preference leaves out anyway.
    # The preferences that read only the answers (`_static_preferences`) are asked once per fragment and draft, their
    # answers kept as bits (`_Masks`): a length search asks candidates ~250 times a draft, each of ~27 preferences over
    # the pool, and a preference that every fragment of the pool meets, or none, is passed over by its bit alone.
    apart = _Apart.of(avoid)
    pending = _Pending([apart] if role == Role.POINT else [])
    masks = _masks(role, template, answers, tags, topics, steer)
    entries = [(f, masks.of(f)) for f in pool]
    every, some = _and_or(entries)
    for at, pref in enumerate(masks.prefs):
        if pref is _APART:
            if role != Role.POINT and pending.any_meets(pool, apart):  # (a point's pool meets it already)
                pending.add(apart)
            continue
        if pref is _THANKED:
            if not any(thanks(f) for f in avoid):
                continue  # every fragment meets it
            narrowed = [e for e in entries if not e[1] & _THANKS_BIT]
        elif pref is _BUDGET:
            # (a fragment of no source speech is within every budget)
            narrowed = [e for e in entries if e[1] & _AUTHORED_BIT or steer.within_budget(e[0], avoid)]
        else:
            bit = 1 << at
            if every & bit or not some & bit:
                continue  # every fragment meets it, or none: the pool stays as it is
            narrowed = [e for e in entries if e[1] & bit]
        # (a preference every fragment meets leaves the pool as it is either way: its conditions are not asked, #18)
        if narrowed and len(narrowed) < len(entries) and pending.any_meets([e[0] for e in narrowed]):
            entries = narrowed
            pool = [e[0] for e in entries]
            every, some = _and_or(entries)
    return sorted(pending.meeting(pool), key=lambda f: f.id)


# Bits of a fragment's `_Masks` beside its preferences' (one each, by their place in `_static_preferences`' list).
_THANKS_BIT = 1 << 62  # it thanks (`repeat.thanks`)
_AUTHORED_BIT = 1 << 63  # no source speech provides it (`Steer.within_budget` holds whatever is chosen)


def _and_or(entries: Sequence[tuple[Fragment, int]]) -> tuple[int, int]:
    """The bits every entry holds, and those some entry holds."""
    every, some = -1, 0
    for _, mask in entries:
        every &= mask
        some |= mask
    return every, some


class _Masks:
    """Each fragment's answers to the preferences that read only the answers (`_static_preferences`), as bits: kept for
    one draft's plan (`preferences_kept`), worked out for a call of `candidates` alone outside one."""

    __slots__ = ("role", "template", "answers", "tags", "topics", "steer", "prefs", "tests", "known")

    def __init__(
        self, role: Role, template: Template, answers: Mapping[str, Any], tags: Sequence[str], topics: set[str],
        steer: Steer,
    ) -> None:
        self.role, self.template, self.answers, self.tags = role, template, dict(answers), tuple(tags)
        self.topics, self.steer = frozenset(topics), steer
        self.prefs = _static_preferences(role, template, answers, tags, topics, steer)
        assert len(self.prefs) < 62
        self.tests = [(1 << at, pref) for at, pref in enumerate(self.prefs) if not isinstance(pref, str)]
        self.known: dict[int, tuple[Fragment, int]] = {}  # (the fragment held: its id is no other's meanwhile)

    def of(self, fragment: Fragment) -> int:
        known = self.known.get(id(fragment))
        if known is not None and known[0] is fragment:
            return known[1]
        mask = 0
        for bit, pref in self.tests:
            if pref(fragment):
                mask |= bit
        if thanks(fragment):
            mask |= _THANKS_BIT
        if not _speeches(fragment):
            mask |= _AUTHORED_BIT
        self.known[id(fragment)] = (fragment, mask)
        return mask

    def serves(
        self, template: Template, answers: Mapping[str, Any], tags: Sequence[str], topics: set[str], steer: Steer
    ) -> bool:
        return (
            self.template is template and self.steer is steer and self.tags == tuple(tags)
            and self.topics == topics and self.answers == dict(answers)
        )  # fmt: skip


_KEPT_MASKS = threading.local()  # .kept: {role: [_Masks …], "fits": [… fit keys]} inside `preferences_kept`, else None


@contextlib.contextmanager
def preferences_kept() -> Iterator[None]:
    """Within it (one draft's plan), each fragment's answers to the preferences that read only the answers are kept
    (`_Masks`) and the fit key of the answers too. Nothing outside a plan keeps them: a test that patches a table the
    preferences read meets none kept from another draft."""
    before = getattr(_KEPT_MASKS, "kept", None)
    _KEPT_MASKS.kept = {}
    try:
        yield
    finally:
        _KEPT_MASKS.kept = before


def _masks(
    role: Role, template: Template, answers: Mapping[str, Any], tags: Sequence[str], topics: set[str], steer: Steer
) -> _Masks:
    kept: dict[Any, list[_Masks]] | None = getattr(_KEPT_MASKS, "kept", None)
    if kept is None:
        return _Masks(role, template, answers, tags, topics, steer)
    held = kept.setdefault(role, [])
    for masks in held:
        if masks.serves(template, answers, tags, topics, steer):
            return masks
    masks = _Masks(role, template, answers, tags, topics, steer)
    held.insert(0, masks)
    del held[8:]
    return masks


def _suiting(
    library: Library, role: Role, stage: str | None, template: Template, answers: Mapping[str, Any], topics: set[str],
    tags: Sequence[str],
) -> list[Fragment]:
    """The fragments of `role` (and `stage`) that fit the answers (`_kept_fitting`) and the template's kind of meeting,
    in library order. Kept per part of the library, fit key and template: a long run (the resident's worker) drafting
    for a meeting again with another seed asked every fragment of the role again, ~3,600 times a draft (#18)."""
    key = _plan_fits_key(library, answers, topics, tags)
    kept = None if key is None else (key, role, stage, id(library.fragments), id(template))
    known = _SUITING.get(kept) if kept is not None else None
    if known is not None and known[0] is library.fragments and known[1] is template:
        return list(known[2])
    fits = _kept_fitting(library, answers, topics, tags)
    pool = [f for f in library.of_role(role, stage) if fits(f) and _kind_fits(f, template)]
    if kept is not None:
        if len(_SUITING) >= 512:
            _SUITING.clear()
        _SUITING[kept] = (library.fragments, template, tuple(pool))  # both held: their ids are no other's meanwhile
    return pool


_SUITING: dict[tuple[Any, ...], tuple[tuple[Fragment, ...], Template, tuple[Fragment, ...]]] = {}


def _plan_fits_key(library: Library, answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]) -> str | None:
    """`_fits_key`, kept within one draft's plan (`preferences_kept`) for the library, answers, topics and tags it was
    worked out for: a length search asks it ~250 times a draft, each time writing out the answers and the place's
    features anew."""
    kept: dict[Any, Any] | None = getattr(_KEPT_MASKS, "kept", None)
    if kept is None:
        return _fits_key(library, answers, topics, tags)
    held = kept.setdefault("fits", [])
    for lib, given, tops, tagged, key in held:
        if lib is library and tagged == tuple(tags) and tops == topics and given == dict(answers):
            return key  # type: ignore[no-any-return]
    key = _fits_key(library, answers, topics, tags)
    held.insert(0, (library, dict(answers), frozenset(topics), tuple(tags), key))
    del held[8:]
    return key


class _Apart:
    """Whether a fragment repeats none of `avoid` (`too_close`), each fragment's answer worked out once.

    A length search asks candidates against a plan and then against the plan grown by one section, and goes back and
    forth between a few plans (a grow step tries each point in turn): `of` starts from the answers of the last
    `_RECENT` sets asked (`recent`). A fragment known apart from a set that holds none but `avoid`'s fragments is
    compared with the others (`bases`: each such set's answers and what `avoid` adds to it) only, and one known close
    to such a set stays close (whether it is close to any of a set of fragments is whether it is close to any of the
    one part or of the other); one known apart from a set holding every fragment of `avoid` (`supers`) is apart.
    """

    __slots__ = ("avoid", "ids", "known", "bases", "supers")

    def __init__(
        self,
        avoid: Sequence[Fragment],
        ids: frozenset[int] = frozenset(),
        bases: Sequence[list[Any]] = (),
        supers: Sequence[dict[int, tuple[Fragment, bool]]] = (),
    ) -> None:
        self.avoid, self.ids, self.bases, self.supers = avoid, ids, bases, supers
        self.known: dict[int, tuple[Fragment, bool]] = {}  # (the fragment held: its id is no other's meanwhile)

    @classmethod
    def of(cls, avoid: Sequence[Fragment]) -> _Apart:
        ids = frozenset(map(id, avoid))
        last: _Apart | None = getattr(_LAST_APART, "apart", None)
        if last is not None and last.ids == ids:
            return last  # the same fragments (each held by `last.avoid`: their ids are no other's)
        # (each set of `recent` holds its fragments, so an id of one is no other fragment's meanwhile; a test that
        # sets `apart` to None starts afresh)
        recent: tuple[_Apart, ...] = getattr(_LAST_APART, "recent", ())
        if last is None or not recent or recent[0] is not last:
            recent = (last,) if last is not None else ()
        same = next((a for a in recent if a.ids == ids), None)
        subsets = sorted((a for a in recent if a.ids < ids), key=lambda a: -len(a.ids))
        bases = [[a.known, a.ids, None] for a in subsets]  # (what `avoid` adds to each: listed when first asked)
        supers = [a.known for a in recent if ids < a.ids]
        apart = cls(avoid, ids, bases, supers)
        if same is not None:
            apart.known = same.known  # (the same fragments: the same answers)
        _LAST_APART.apart = apart
        _LAST_APART.recent = (apart, *(a for a in recent if a is not same))[:_RECENT]
        return apart

    def __call__(self, fragment: Fragment) -> bool:
        key = id(fragment)
        found = self.known.get(key)
        if found is not None and found[0] is fragment:
            return found[1]
        for known in self.supers:
            earlier = known.get(key)
            if earlier is not None and earlier[0] is fragment and earlier[1]:
                self.known[key] = (fragment, True)
                return True
        for base in self.bases:
            earlier = base[0].get(key)
            if earlier is not None and earlier[0] is fragment:
                if not earlier[1]:
                    answer = False
                    break
                extra = base[2]
                if extra is None:
                    ids = base[1]
                    extra = base[2] = [f for f in self.avoid if id(f) not in ids]
                answer = not any(too_close(fragment, other) for other in extra)
                break
        else:
            answer = not any(too_close(fragment, other) for other in self.avoid)
        self.known[key] = (fragment, answer)
        return answer


_RECENT = 8  # the sets of fragments `_Apart.of` starts from: the last few asked

_LAST_APART = threading.local()  # .apart: the `_Apart` this thread asked last; .recent: the last few, newest first


class _Pending:
    """Conditions that a pool of candidates is to meet, applied only where the answer decides something."""

    __slots__ = ("conditions",)

    def __init__(self, conditions: list[_Apart]) -> None:
        self.conditions = conditions

    def add(self, condition: _Apart) -> None:
        self.conditions.append(condition)

    def meets(self, fragment: Fragment) -> bool:
        return all(condition(fragment) for condition in self.conditions)

    def any_meets(self, pool: Sequence[Fragment], also: _Apart | None = None) -> bool:
        """Whether some fragment of `pool` meets every condition (and `also`)."""
        conditions = self.conditions if also is None else [*self.conditions, also]
        if len(conditions) != 1:
            return any(all(condition(f) for condition in conditions) for f in pool)
        apart = conditions[0]  # (one condition: its answers known read here, as `meeting` does)
        known = apart.known
        for f in pool:
            found = known.get(id(f))
            if found[1] if found is not None and found[0] is f else apart(f):
                return True
        return False

    def meeting(self, pool: Sequence[Fragment]) -> list[Fragment]:
        if len(self.conditions) != 1:
            return [f for f in pool if self.meets(f)] if self.conditions else list(pool)
        # one condition (a point's `apart`): its answers known read here, each pool's ~100 fragments asked ~250 times
        # a draft
        apart = self.conditions[0]
        known = apart.known
        kept = []
        for f in pool:
            found = known.get(id(f))
            if found[1] if found is not None and found[0] is f else apart(f):
                kept.append(f)
        return kept


def _preferences(
    role: Role,
    template: Template,
    answers: Mapping[str, Any],
    tags: Sequence[str],
    topics: set[str],
    avoid: Sequence[Fragment],
    steer: Steer,
    apart: Callable[[Fragment], bool],
) -> list[Callable[[Fragment], bool]]:
    """Soft preferences of `candidates`, most important first (`apart`: repeats none of `avoid`)."""
    thanked = any(thanks(f) for f in avoid)
    dynamic: dict[str, Callable[[Fragment], bool]] = {
        _APART: apart,
        _THANKED: lambda f: not (thanked and thanks(f)),
        _BUDGET: lambda f: steer.within_budget(f, avoid),
    }
    return [dynamic[p] if isinstance(p, str) else p for p in _static_preferences(role, template, answers, tags, topics, steer)]


# The preferences that read what is chosen so far (`avoid`), in `_static_preferences`' list: repeats none of it, thanks
# not again, keeps every source within its budget.
_APART, _THANKED, _BUDGET = "apart", "thanked", "budget"


def _static_preferences(
    role: Role,
    template: Template,
    answers: Mapping[str, Any],
    tags: Sequence[str],
    topics: set[str],
    steer: Steer,
) -> list[Callable[[Fragment], bool] | str]:
    """`_preferences` with those that read what is chosen so far named (`_APART`, `_THANKED`, `_BUDGET`): each other
    one answers a fragment alike for the whole draft."""
    given = set(answers) & _SPECIFIC_ANSWERS
    opted = {t for t in OPT_IN_TAGS if _opted_in(t, answers, tags)}
    own_topic = topics - {GENERAL_TAG}
    # the work a meeting names or the user gives (a 区委常委会会议 on 耕地保护 drew 乡村振兴's 人居环境 and 骨干队伍 points: its
    # narrower part was read from the meeting's name alone; lead40)
    narrow = narrower_tags(str(answers.get("meeting", "")), str(answers.get("work", "")))
    narrow_words = _part_words(frozenset(narrow))
    # The part's words a meeting is named by when it names the part by one narrower than the part's own name (医德医风
    # for 医务人员; a 妇女维权 or 宗教工作 meeting names the part itself: all its text is on it).
    named = str(answers.get("meeting", ""))
    meeting_words = frozenset(w for w in narrow_words if w in named) if not any(t in named for t in narrow) else frozenset()
    # A meeting on two works where only one names its narrower part (退役军人事务暨双拥): the other work's points
    # are as welcome as that part's.
    free_works = _meeting_works(answers) - {topic.tag for t in narrow if (topic := topic_of_tag(t)) is not None}
    # … and a meeting joining a work and its part (国防动员暨征兵): the whole work's points too (reader53).
    free_works |= joined_whole_works(str(answers.get("meeting", "")))
    season = seasons_of(str(answers.get("meeting", "")))
    featured = place_features(answers) if role == Role.POINT else frozenset()
    unnamed = names_not_used(str(answers.get("meeting", "")))
    audience = _audience(answers)
    guests = "" if audience == "干部" else audience
    joint = [pair for pair in joint_works() if pair <= topics]
    # 共青团工作, 政协工作: a body's own work, no 乡镇 or 部门 answers for it (review30b)
    body_work = is_body_work(str(answers.get("meeting", "")), str(answers.get("work", "")))
    # A meeting on a whole work opens and closes on the whole of it, not on one of its parts: a 全县市场监管工作会议
    # opened 主要任务是分析全县特种设备安全形势 and closed 特种设备安全连着千家万户 over a speech on 消费、质量、知识产权,
    # a 全县组织工作会议 closed on 干部教育培训 (reader47).
    meeting, work = str(answers.get("meeting", "")), str(answers.get("work", ""))
    whole_frame = role in (Role.OPENING, Role.CLOSING) and not narrow and not own_parts(meeting, work)
    parts_unnamed = part_tags(meeting, work) if whole_frame else frozenset()
    return [
        # Guests in the hall (企业家): text spoken to them, and no task handed to departments.
        lambda f: not guests or guests in f.tags,
        lambda f: not guests or not addresses_cadres(f),
        _for_class(answers),
        # A festival's salutation before a kind's own (老师们，同志们 at a 教师节座谈会, not 同志们、朋友们, review33b).
        lambda f: role != Role.SALUTATION or not season or bool(season & set(f.tags)),
        lambda f: (
            role.value not in template.own_roles
            or bool(set(f.tags) & set(template.tags))
            or (role == Role.POINT and bool(own_topic) and f.stage in template.topic_stages)
        ),
        lambda f: (
            any(t in template.tags for t in f.tags if t in KIND_TAGS)
            or not any(t in KIND_TAGS for t in f.tags)
        ),
        lambda f: all(t in f.tags for t in tags),
        lambda f: not opted or bool(opted & set(f.tags)),
        lambda f: _answerable(f, answers),
        _APART,
        _THANKED,
        # Thanks belong to the acknowledgement (which often has no other form): points leave them out.
        lambda f: role != Role.POINT or not thanks(f),
        lambda f: not narrow or bool(narrow & set(f.tags)) or bool(free_works & _works_of(f)),
        lambda f: not parts_unnamed.intersection(f.tags),
        # Where none is written for the part (项目建设 has few task areas), text that speaks of it before the rest of the
        # broader work: a 重点项目建设推进会 gathered 城市更新 and 新质生产力 (review29a). Not in 认识: the broader work's
        # recognition (统一战线是重要法宝, 形势) is the part's too, and a 宗教工作会议 left it for general tasks (fix29a).
        lambda f: (
            not narrow_words or f.stage == "认识" or bool(narrow & set(f.tags)) or bool(free_works & _works_of(f))
            or _names_any(f, narrow_words)
        ),
        # Among the part's text, what says the part's word the meeting itself is named by: a 医德医风建设工作会议 says
        # 加强医德医风建设 before the other 医务人员 point (基层医务人员素养).
        lambda f: not meeting_words or not narrow & set(f.tags) or _names_any(f, meeting_words),
        # A meeting named for a season (岁末年初安全生产, 元旦春节期间食品安全) says that season's text first.
        lambda f: not season or bool(season & set(f.tags)),
        # A place's own features (a central 城区): the task areas written for such a place first (城市内涝、地下空间 for
        # 鼓楼区's 防汛 meeting, which drew 救援力量 and had reservoirs and hills left out, review32).
        lambda f: not featured or f.stage != "任务" or bool(featured & set(f.tags)),
        # A 禁毒 meeting's 保障 point does not call its work 平安建设 (topics.yaml `not_called`).
        lambda f: not unnamed or not _names_any(f, unnamed),
        lambda f: not own_topic or bool(own_topic & fragment_topics(f)),
        # … and where a general one must do, not one handing the work to this level's units as theirs: a 团代会 heard
        # 各乡镇（街道）、县直各部门要把共青团工作放在心上……纳入目标管理考核……严肃追责问责 (review30b).
        lambda f: not body_work or not hands_down_work(f),
        # A 座谈会 listens: a general point handing the work to this level's units (各村（社区）、镇直各单位要把新乡贤工作
        # 摆上重要议事日程……纳入目标管理考核……严肃追责问责) only when nothing else fits (review31b).
        lambda f: answers.get("kind") != "座谈会" or not hands_down_work(f),
        # A meeting on joint works (森林草原防灭火) says first what speaks of both (林草一体).
        lambda f: not joint or any(pair <= _works_of(f) for pair in joint),
        # No source speech beyond its share of the draft, no long verbatim run (--max-source-share).
        _BUDGET,
        # Not what the user's earlier speeches for this meeting said (--avoid, history).
        steer.fresh,
        # Text written by us in current wording before text cut from older speeches.
        lambda f: f.source is not None and f.source.is_authored,
        lambda f: not given or bool(given & _names(f)),
    ]


@functools.cache
def _part_words(parts: frozenset[str]) -> frozenset[str]:
    """The words that name `parts` of a work in the topic table (项目建设: 项目建设, 重点项目, 重大项目 …)."""
    return frozenset(
        w for t in parts if (topic := topic_of_tag(t)) is not None for tag, words in topic.narrower if tag == t for w in words
    )


def forget_old_fragments() -> None:
    """Empty a memo keyed by fragments (or by a meeting's parts) once it holds more than a few libraries' worth.

    They stay unbounded functools caches between sweeps: an LRU moves the entry it hits, a page copy in each child of
    the resident (which works them out for the shipped library before it forks); but a resident whose users edit their
    libraries met a new Fragment for every edit and kept the old ones for ever (#18). Asked once a plan: a few
    `cache_info` calls. An emptied memo is worked out again as it was: no draft changes.
    """
    from drafter.limits import FRAGMENTS_KEPT
    from drafter.render import closeness, foreign, repeat, steer
    from drafter.topics import NAMES_KEPT

    memos = (fragment_topics, _works_of, steer._chars, steer._longest_run, repeat.sentences_of, repeat.headings_of,
             repeat._compared_sentences, repeat._compared_headings, repeat.mentions_awards, repeat.thanks,
             foreign.named_subjects, foreign.fixed_counts, closeness.content_key)  # fmt: skip
    for memo in memos:
        if memo.cache_info().currsize > FRAGMENTS_KEPT:
            memo.cache_clear()
    if _part_words.cache_info().currsize > NAMES_KEPT:
        _part_words.cache_clear()


def choose_plan(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    n_points: int,
    picked: list[Fragment],
    tags: Sequence[str],
    seed: int,
    steer: Steer = NO_STEER,
) -> Plan:
    forget_old_fragments()
    stages = point_stages(template, n_points)
    forced_points = [f for f in picked if f.role == Role.POINT]
    points = _choose_points(library, template, answers, rng, stages, forced_points, tags, steer)
    spread = _Spread.of(answers)
    # Points first: they have the fewest alternatives; the frame then avoids repeating them.
    frame: dict[Role, Fragment] = {}
    for role in FRAME_ROLES:
        if role != Role.TITLE and "{{ " + role.value + " }}" not in template.skeleton:
            continue  # a kind without this part (电视电话会议: no acknowledgement)
        forced = [f for f in picked if f.role == role]
        # 以下两个方面 over a plan of three points: a count in the fragment's own words must be the plan's (a hard
        # narrowing, before any preference: a user's own transitions are preferred, and may all fix a count)
        options = forced or candidates(
            library, role, template, answers, tags, avoid=[*points, *frame.values()], steer=steer,
            within=lambda f: not counts_otherwise(f, len(points)),
        )  # fmt: skip
        if not options and role == Role.ACKNOWLEDGEMENT:
            continue  # a speech may thank nobody: the transition follows the opening
        if not options:
            raise LibraryError(
                f"片段库中没有适合的“{role.value}”片段", path=library.root,
                hint="用 drafter fragments add 补充，或换用 --library。",
            )  # fmt: skip
        if not forced and role == Role.CLOSING and Role.OPENING in frame:
            options = spread.unlike(options, frame[Role.OPENING])  # first: a joined meeting's other work (review9)
        if not forced:
            options = new_ideas(library, options, [*points, *frame.values()])
        frame[role] = options[0] if forced else rng.choice(options)
    return Plan(template, frame, tuple(planned(p, answers) for p in points), seed, steer)


def grow_plan(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    plan: Plan,
    index: int,
    tags: Sequence[str] = (),
    named: frozenset[str] = frozenset(),
    lead: int = 0,
    same_work: bool = False,
    last: bool = False,
    general: bool = False,
    new_heading: bool = False,
    part_twice: bool = True,
    unparted: bool = False,
    memo: dict[tuple[int, bool, bool, bool], tuple[list[Fragment], bool]] | None = None,
) -> Plan | None:
    """Add one more point of the same stage as a section of point `index`; None when none is left.

    The new section repeats nothing already in the plan (points or frame) and
    never thanks: a section is optional, a second thanks is not. A part of the
    work in `named` (抗旱 of a 防汛抗旱 meeting) that the point does not speak of
    yet comes first. With `lead`, a point that speaks of none of the first `lead`
    areas of a work's file (a file lists the areas a writer covers first at its
    head: 粮食安全, 防返贫, 产业 for 乡村振兴) is given one of them. With
    `same_work`, a section is about the work the point is about, or none is added
    (a 镇 档案 meeting's task point gathers no general 人才 point), and of the part a
    meeting is named for (河湖长制 gathers no 蓝天), and within the source budget. The `last` section of a
    point that holds none of its work's areas tagged 主干 is one of them (产业 or 和美乡村 for 乡村振兴). With `general`,
    a section is about no one work (a general point). With `new_heading`, none is added when every option's heading
    says again what a heading of the plan says (rather than the least bad of them). Without `part_twice`, none is
    added when every option is about a part of the work the point is about already.

    `memo` (one per `plan`) keeps the point's options as far as the flags that narrow the pool say (`same_work`,
    `general`, `unparted`): fitting a length asks the same plan for a section of one point under other flags
    (`new_heading`, `part_twice`, `lead`) in turn, each of which drew the same candidates again.
    """
    key = (index, same_work, general, unparted)
    known = memo.get(key) if memo is not None else None
    if known is None:
        known = _grow_options(library, template, answers, plan, index, tags, same_work, general, unparted)
        if memo is not None:
            memo[key] = known
    options, from_kind = known
    if from_kind:
        # the part its name says (教师 of 教师节) before the work's main areas: it is all the work it hears of; nor is its
        # one area the work's 主干 (an 优秀教师表彰大会's hopes gathered 义务教育优质均衡 and its three sub-points, lead42)
        lead, last = 0, False
    grown = _grown(library, answers, rng, plan, index, list(options), named, lead, same_work, last, new_heading, part_twice)
    minutes = int(answers.get("minutes") or 0)
    if from_kind and grown is not None and minutes <= _BRIEF_AREA_MINUTES[-1]:
        return _briefly(grown, index, template, 0 if minutes <= _BRIEF_AREA_MINUTES[0] else 2)
    return grown


# A kind's own hopes point (表彰大会) says the one area of its work it gathers by its lead paragraph alone in a speech up
# to the first of these minutes (or of no set length), with two sub-points up to the second, whole when longer: a
# 20-minute one with the area brief filled five 认识 sections on 学习先进 and 荣誉 instead, and a 15-minute one said
# 以下N seven times where the kind's own sections had to make the length (lead44).
_BRIEF_AREA_MINUTES = (12, 15)


def _briefly(plan: Plan, index: int, template: Template, subs: int) -> Plan:
    """The plan with the work's area point `index` last gathered said briefly (`subs` sub-points, those the
    heading names first), where the point is a kind's own hopes: a 12-minute 乡村振兴 表彰大会 (泾县, seed 1) said
    推动农业发展全面绿色转型 in four long sub-points (农药瓶袋, 农膜, 碳汇) after 珍惜荣誉、保持本色, a third of the speech
    (lead44); with two, 粮食 in 600 characters of 单产提升 and 种业. What the work ahead asks is said after the hopes, in
    the area's own lead paragraph."""
    point = plan.points[index]
    if not point.sections or _of_kind(template)(point.sections[-1].fragment):
        return plan
    from drafter.render.fit import named_by_heading  # fit imports this module

    area = point.sections[-1]
    named = named_by_heading(area.fragment)
    # (an area whose lead is one sentence keeps two: 保护耕地要从“守得住”向“用得好、养得肥”延伸。 alone is no deployment)
    subs = subs if first_sentences(area.fragment.text) >= 2 else 2
    keep = tuple(sorted(sorted(area.keep, key=lambda i: (i not in named, i))[:subs]))
    point = replace(point, sections=(*point.sections[:-1], replace(area, keep=keep)))
    return replace(plan, points=(*plan.points[:index], point, *plan.points[index + 1 :]))


def _grow_options(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    plan: Plan,
    index: int,
    tags: Sequence[str],
    same_work: bool,
    general: bool,
    unparted: bool,
) -> tuple[list[Fragment], bool]:
    """The sections point `index` of `plan` may gather (`grow_plan`), before what `new_heading`, `part_twice`, `named`,
    `lead` and `last` ask; and whether the kind's own hopes point takes its work's one area first (no `lead` then)."""
    from_kind = False
    point = plan.points[index]
    within = _same_work(point.fragment, answers) if same_work else _about_no_work if general else None
    if unparted:  # the whole work's own areas, on none of its parts (矛盾纠纷 for a 信访 meeting, not 反诈)
        within = _on_no_part(point.fragment, answers)
    options: list[Fragment] = []
    # A kind's own 认识 point (领导小组: 盘清家底、把问题摆上桌面) gathers the work's own 认识 sections first: a
    # 食安委 meeting's 20-minute 认识 point held three kind sections and not a word on why food safety matters (review26).
    views = _views_of_work(point.fragment, template, answers) if within is None else None
    narrows: tuple[Callable[[Fragment], bool] | None, ...] = (views, None) if views is not None else (within,)
    if _own_stage(point.fragment, template):
        # … except where the kind speaks of the stage in its own words at every length (template `own_stages`): its own
        # sections first, then the work's that say where it stands or what it needs (准确研判灾害形势; 值班值守), never one
        # on why the work matters and no general one. A 30-minute 调度会's 认识 point gathered 提高政治站位，深刻认识做好
        # 安全生产工作的极端重要性 beside 把账算清、把问题摆透 (review29a).
        # Two of the work's at most: the kind's sections lead the point (摸清进度、看清形势 over four sections, two of them
        # the work's, was a heavy first point already).
        of_kind = _of_kind(template)
        borrowed = sum(not of_kind(f) for f in point.fragments())
        # A kind that speaks of its tasks in its own words too (表彰大会: 希望) borrows no view of its work: a 五四表彰大会's
        # 认识 point took 正视群团工作中的短板, shortcomings nobody gave, beside 学习先进 (commend37).
        viewless = point.fragment.stage == "认识" and "任务" in template.own_stages
        borrows = borrowed < template.own_borrows and not viewless
        narrows = (of_kind, _work_not_why(answers)) if borrows else (of_kind,)
        if borrows and same_work and "任务" in template.own_stages and point.fragment.stage == "任务":
            # … a kind whose 任务 point is its own hopes (表彰大会) gathers its work's one area first: what the work ahead
            # asks, briefly (教师队伍建设 at a 教师节 表彰大会, 群防群治 at a 见义勇为 one), said after the hopes (commend37)
            part = kept_parts(str(answers.get("meeting", "")), str(answers.get("work", "")))
            on_part = _both(_work_not_why(answers), (lambda f: bool(part & set(f.tags))) if part else None)
            narrows = (on_part, _work_not_why(answers), of_kind)
            from_kind = True
    if _TRAINING_KINDS & set(template.tags) & set(point.fragment.tags):
        # A class's own point (its 要求: 端正学风, 遵守纪律, 学用结合, 交流互鉴) gathers the class's own sections, not an area of
        # the work its trainees do: a 10-minute 村（社区）党组织书记培训班开班式 held 加强党员队伍建设 under 学用结合 (draft40).
        # Only when the class's own are spent does it take the work's, as before (a 社区工作者 class forms 15 minutes so).
        narrows = (_of_kind(template), *narrows)
    # (A kind speaking in its own words (调度会) borrows the work's sections on where it stands, not on why it matters:
    # a 全县重点项目调度会 gathers them as any other work's, review30a.)
    own_views = _both(
        None if _own_stage(point.fragment, template) else _part_views(point.fragment.stage, answers),
        _unsaid_across(plan, index),
    )
    for narrow in narrows:
        options = candidates(
            library, Role.POINT, template, answers, tags,
            stage=point.fragment.stage, avoid=plan.fragments(), steer=plan.steer, within=_both(narrow, own_views),
        )  # fmt: skip
        options = [f for f in options if not thanks(f)]
        if options:
            break
    heard_by = _AUDIENCE_SET.intersection(point.fragment.tags)
    if heard_by:  # a point spoken to entrepreneurs gathers sections spoken to them, not 城市更新 deployed to cadres (review25)
        # None left spoken to them: the point stops (统筹处理好经济工作中的重大关系 is a cadre's 认识, review26). A section
        # that names no unit is still a cadre's: 把园区这个主平台建强, 把就业摆在优先位置 and 大力提振消费 stood in the
        # entrepreneurs' 二、练好内功、做强企业 of a 20-minute 民营企业家座谈会 as if they ran them (review30a).
        # A training class's own sections are spoken to its trainees too (学风纪律, 学用结合: review29a), and a 座谈会's to
        # whoever sits at it (希望大家当好参谋: a 30-minute 民营企业家座谈会 needs them, review30a).
        spoken = [
            f for f in options
            if heard_by & set(f.tags) or (
                _ATTENDEES_KINDS & set(template.tags) & set(f.tags)
                and (_GUESTS_TAG not in f.tags or bool(heard_by & guest_audiences()))
            )
        ]  # fmt: skip
        # None left: a 任务 or 保障 point may still take a general section that hands this level's units nothing (a class
        # takes none: its own text spent, fit says the length it can form, review34c); never an area of the work.
        unaddressed = [f for f in options if not fragment_topics(f) and not addresses_cadres(f)]
        options = spoken or ([] if point.fragment.stage == "认识" else unaddressed)
    if same_work:  # a section is optional: none that lets one source speech take more of the draft than its budget
        chosen = plan.fragments()  # (once, not once an option: ~13,000 lists of a plan's fragments in 92 drafts)
        options = [f for f in options if plan.steer.within_budget(f, chosen)]
    return options, from_kind


# A meeting joining a work and its part (国防动员暨征兵): this many areas on the part before one on the whole work.
_JOINED_PART_FIRST = 2


def _grown(
    library: Library,
    answers: Mapping[str, Any],
    rng: random.Random,
    plan: Plan,
    index: int,
    options: list[Fragment],
    named: frozenset[str],
    lead: int,
    same_work: bool,
    last: bool,
    new_heading: bool,
    part_twice: bool,
) -> Plan | None:
    """`grow_plan` from the point's `options`: the plan with one of them as a further section, or None."""
    point = plan.points[index]
    if not options:
        return None
    # A part of a work the point speaks of already is its section again only with `part_twice`, a last resort: a 街道
    # 党建引领基层治理 point held （二）推动志愿服务规范化常态化 and （三）让志愿服务在社区里常态化 although a general
    # section would have done (lead28); a 民政 speech gathered two 养老 areas of three and no 救助 (review19); two 底线
    # areas (防返贫 and 涉农风险) in one point of three (review21). A 30-minute 文化旅游 speech needs a part twice. The
    # parts a meeting's name says (养老 and 银发经济 of a 银发经济发展推进会; 志愿服务 of a 志愿服务 meeting) are what all
    # its areas speak of.
    # So is a section whose heading's theme a section of the point has (改进工作作风 and 锤炼务实作风 in one 保障 point,
    # the work's own beside a general one, lead28).
    named_by_meeting = narrower_tags(str(answers.get("meeting", "")), str(answers.get("work", "")))
    parts_said = set().union(*(_parts_of(f) for f in point.fragments())).difference(named_by_meeting)
    themes_said = frozenset().union(*(heading_themes(f.heading) for f in point.fragments()))
    # A theme the point has said is never said again by another section (two sections on 信心 in one 认识 point of a
    # 20-minute 民营企业家座谈会, its other sections spent, review30a): the draft takes more points or another length.
    options = [f for f in options if themes_said.isdisjoint(heading_themes(f.heading))]
    # … nor by a general section where a sub-point of the point said it: a 30-minute 残疾人事业 speech's 保障 point, its
    # 基层 section saying 以好作风赢得残疾人信任, gathered 持续改进作风，以过硬作风保障工作落实 (thin46)
    # (… and a task point takes no section on a theme another task point's heading said: `_unsaid_across`.)
    subs_said = frozenset().union(*(_sub_themes(f) for f in point.fragments()))
    options = [f for f in options if not (_about_no_work(f) and not subs_said.isdisjoint(heading_themes(f.heading)))]
    # … and a general section on 责任 stands beside the work's own only when nothing else can be said (as a heading said
    # again, below): a 20-minute 开学 speech's 保障 point said 压实开学工作责任 and then 明确责任主体 (share45). Ruled out
    # at every pass, 机关事务, 气象, 医德医风, 县中, 保交房, 水库安全 and 供销社 speeches of 20–25 minutes no longer formed.
    # (Two of the work's own on 责任 stay: 党政领导责任 and 企业主体责任.) A point holding three of its work's own sections
    # has said enough to take none at all: a 25-minute 民营经济发展大会's 保障 point held 压实部门责任, 压紧压实民营经济
    # 发展工作的责任 and then 加强组织领导，压紧压实各方责任 as its fifth section (reader50); the draft grows elsewhere —
    # but not at the last resort (`part_twice`): a 20-minute 两委换届 speech no longer formed at all.
    own_parts = sum(not _about_no_work(f) for f in point.fragments())
    if (new_heading or (own_parts >= 3 and not part_twice)) and any(
        _RESPONSIBILITY in f.heading and not _about_no_work(f) for f in point.fragments()
    ):
        options = [f for f in options if not (_RESPONSIBILITY in f.heading and _about_no_work(f))]
    # An overview (总览) names the areas a section would say again, as a section or as the point grown (draft39).
    options = [f for f in options if OVERVIEW_TAG not in f.tags]
    if not options or OVERVIEW_TAG in point.fragment.tags:
        return None
    unspoken = [f for f in options if parts_said.isdisjoint(_parts_of(f))]
    if not unspoken and not part_twice:
        return None
    options = unspoken or options
    # A part the meeting names comes before the preference for new ideas: a drought area that shares 科学调度
    # with the reservoirs' is still the drought the meeting's name promised.
    unsaid = named.difference(*(f.tags for f in point.fragments()))
    options = [f for f in options if unsaid.intersection(f.tags)] or options
    # A meeting joining a work and its part (国防动员暨征兵) speaks of the part first, then of the whole work: two areas
    # on the part, then one of the work's own (民兵, 国防动员潜力, 双拥), not a fourth on 征兵 (reader53).
    if same_work and named_by_meeting and joined_whole_works(str(answers.get("meeting", ""))):
        on_part = [bool(named_by_meeting.intersection(f.tags)) for f in point.fragments()]
        if sum(on_part) < _JOINED_PART_FIRST or not all(on_part):
            options = [f for f in options if named_by_meeting.intersection(f.tags)] or options
        else:
            options = [f for f in options if not named_by_meeting.intersection(f.tags)] or options
    # The last section of a point that holds none of its work's 主干 areas is one of them, before the file's lead areas:
    # a 20-minute 全县经济工作会议 whose task point opened on 深化重点领域改革 was offered only 产业链招商 (a lead area, its
    # heading echoing another) and gathered nothing, leaving 三农 unsaid (draft38).
    core_due = last and same_work and not any(CORE_TAG in f.tags for f in point.fragments())
    if core_due and any(CORE_TAG in f.tags for f in options):
        lead = 0
    if lead:  # our own files list a work's main areas first; a corpus file lists points as its speeches ran
        authored = [f for f in [*options, *point.fragments()] if f.source is not None and f.source.is_authored]
        heads = heads_of_files(authored, lead)
        if heads.isdisjoint(point.fragments()):
            options = [f for f in options if f in heads] or options
    if same_work:
        # An area about a task of the user's that no area speaks of yet: 清理拖欠企业账款 drew no arrears area and
        # was said bare as （四） beside three areas; 病险水库除险加固 found no reservoirs area (review19).
        # The problems the user named too: 城区学位紧张 and 乡村教师流失 want an area that answers them (review19).
        asked = _UserTasks.of(answers, ("targets", "tasks", "problems"))
        options = asked.near_open(point.fragments(), options)
        if core_due:
            options = [f for f in options if CORE_TAG in f.tags] or options
    options = new_ideas(library, options, plan.fragments())
    # A section whose heading says another's again (（二）提高政治站位，切实增强做好信访工作的责任感和紧迫感 …
    # （四）肯定成绩，提高认识，增强做好信访工作的责任感和使命感, review25) comes only when nothing else can.
    headings = [f.heading for f in plan.fragments() if f.role == Role.POINT]
    fresh = [f for f in options if not any(_headings_echo(f.heading, h) for h in headings)]
    if not fresh and new_heading:
        return None  # another point may take a section that says something new
    options = fresh or options
    options = _Spread.of(answers).among(options, plan.fragments(), first=False)
    grown = replace(point, sections=(*point.sections, planned(rng.choice(options), answers)))
    return replace(plan, points=(*plan.points[:index], grown, *plan.points[index + 1 :]))


# The kinds of meeting whose own text is spoken to its trainees, not to cadres who deploy a work: a class opening and
# closing (培训班结业式 was drafted as a 工作会议 until review31b).
_TRAINING_KINDS = frozenset({"培训班开班式", "培训班结业式"})
# Kinds whose own text is spoken to whoever attends (trainees, the guests of a 座谈会): fit for a point heard by an audience.
_ATTENDEES_KINDS = frozenset({*_TRAINING_KINDS, "座谈会"})
# A 座谈会's text for guests asked for advice (成果同享，惠及在座各位): not for those it cares for (老党员, review33b).
_GUESTS_TAG = "各界"
SYMPOSIUM_KIND = "座谈会"


_RESPONSIBILITY = "责任"
# The themes of holding cadres to account, and the words of pressing a duty down (把民营经济发展工作的责任链条拧紧……
# 部署已经明确): not what a 座谈会 says to the people at its table.
_ACCOUNTING = frozenset({"考核", "问责", "督查", "督导"})
_PRESSING = ("压紧压实", "责任链条")


def _holds_to_account(heading: str) -> bool:
    """Whether a section's heading (any phrasing) holds cadres to account or presses a duty down on them."""
    return bool(_ACCOUNTING.intersection(heading_themes(heading))) or any(w in heading for w in _PRESSING)
# Themes a section's heading may be about whatever the work: two sections of one point on one of them say one thing
# twice (改进工作作风 … 锤炼务实作风; 严格考核问责 … 强化考核问责). 责任 is left out: 党政领导责任 and 企业主体责任 are
# two sections a writer gives. 信心: 把信心立起来 and 既看到困难，更看到机遇，进一步坚定信心 in one 认识 point (review30a).
_THEMES = ("作风", "考核", "督查", "督导", "问责", "队伍建设", "宣传", "资金", "信心")
# … and themes said in more than one word: 正视医德医风方面的突出问题 and 客观看待工作中的不足 in one 认识 point (review30a).
# 提高政治站位，深刻认识…的重要意义 after 深刻认识医德医风建设的重要意义 said why twice.
# 加快地下管网和城市基础设施更新，守牢城市安全运行底线 and 加强市政设施管护，守住城市运行的安全底线 in one task point of a
# 30-minute 城市更新推进会 said 地下管网 and 排水防涝 twice (review32b).
_THEME_WORDS = {
    "不足": ("不足", "短板", "突出问题", "薄弱环节"),
    "意义": ("重要意义", "重大意义", "重要性"),
    "城市运行": ("城市运行", "城市安全运行", "城市生命线"),
    # 回顾集中教育的做法，把管用的经验坚持下去 and then 认真总结经验体会，把好的做法坚持下去 in one 认识 point of a 全县学习
    # 教育总结会议 (reader47). Not 经验 alone: 枫桥经验, “千万工程”经验 and 经验教训 name other things.
    "经验": ("总结经验", "成功经验", "管用的经验", "宝贵经验", "好经验", "经验体会", "实践体会"),
    # a 10-minute 街道 党建引领基层治理 speech said 让志愿服务在社区里常态化 in one task point and 推动志愿服务规范化常态化
    # in the next (its two 志愿服务 areas, one for every level and one for 乡镇街道: lead28)
    "志愿服务": ("志愿服务", "志愿精神", "志愿力量"),
}


def _unsaid_across(plan: Plan, index: int) -> Callable[[Fragment], bool] | None:
    """For a task point, whether a section's heading says no theme of many words (`_THEME_WORDS`: 城市运行, 志愿服务) that
    another task point's heading said; None for any other point, or where none was said.

    A 30-minute 城市更新推进会 said 地下管网 in 二、（四）守牢城市安全运行底线 and again in 三、（二）守住城市运行的安全底线
    (thin46, once its plan needed more sections); a 10-minute 街道 党建引领基层治理 speech 志愿服务 in two task points
    (lead28). It narrows the pool the section is drawn from, not the draw: a 20-minute 镇 社会工作 speech of four points,
    its two task points 网格 and 志愿服务, was offered the one 志愿服务 area left and nothing else (the general task
    sections come only once the work's own are spent), and could not be formed (land47)."""
    if plan.points[index].fragment.stage != "任务":
        return None
    others = [f for i, p in enumerate(plan.points) if i != index and p.fragment.stage == "任务" for f in p.fragments()]
    across = frozenset().union(*(heading_themes(f.heading) for f in others)) & frozenset(_THEME_WORDS)
    return (lambda f: across.isdisjoint(heading_themes(f.heading))) if across else None


def _sub_themes(fragment: Fragment) -> frozenset[str]:
    """The `_THEMES` the headings of a fragment's sub-points may say."""
    return frozenset().union(*(heading_themes(s.heading) for s in fragment.subpoints))


@functools.lru_cache(maxsize=8192)
def heading_themes(heading: str) -> frozenset[str]:
    """The `_THEMES` a heading may say, in any of its phrasings (改进工作作风 or 走好群众路线: a section on 作风)."""
    themes = {t for t in _THEMES if t in heading}
    return frozenset(themes | {t for t, words in _THEME_WORDS.items() if any(w in heading for w in words)})


def _own_stage(point: Fragment, template: Template) -> bool:
    """Whether `point` is the kind's own point of a stage the kind speaks of in its own words (`own_stages`)."""
    return point.stage in template.own_stages and _of_kind(template)(point)


def _kind_lead(options: list[Fragment], template: Template) -> list[Fragment]:
    """The options that may open a stage the kind speaks of in its own words (`own_stages`): one that weighs the work
    done when 成绩 were given (肯定进展、正视差距; 成绩和不足), else the first its file lists: a 总结会 opens on its
    lessons and a 调度会 on where the work stands, not on 站在新的起点上 or 看清眼下的形势 (review29a)."""
    own = [f for f in options if _of_kind(template)(f)]
    weighed = [f for f in own if APPRAISAL_TAG in f.tags]
    return weighed or sorted(heads_of_files(own, 1), key=lambda f: f.id) or options


# A 认识 section on why a work matters (提高政治站位，深刻认识做好……的重要意义): not what a 调度会 or 总结会 says.
_WHY_IT_MATTERS = re.compile("政治站位|重要意义|重要性|极端重要|重要位置|突出位置|深刻认识")


def _work_not_why(answers: Mapping[str, Any]) -> Callable[[Fragment], bool]:
    """Whether a fragment is about the meeting's work and its heading does not say why the work matters."""
    own = topics_of(answers) - {GENERAL_TAG}
    return lambda f: bool(own & fragment_topics(f)) and not _WHY_IT_MATTERS.search(f.heading)


def _of_kind(template: Template) -> Callable[[Fragment], bool]:
    """Whether a fragment is written for the template's kind of meeting (tagged 调度会, 总结会 …)."""
    kinds = set(template.tags) & set(KIND_TAGS)
    return lambda f: bool(kinds.intersection(f.tags))


def _views_of_work(point: Fragment, template: Template, answers: Mapping[str, Any]) -> Callable[[Fragment], bool] | None:
    """For a 认识 point of the meeting kind's own (about no work), whether a fragment is about the meeting's work;
    None for any other point or a meeting on no work."""
    if point.stage != "认识" or not set(point.tags) & set(template.tags) & set(KIND_TAGS):
        return None
    own = topics_of(answers) - {GENERAL_TAG}
    return (lambda f: bool(own & fragment_topics(f))) if own else None


def _same_work(point: Fragment, answers: Mapping[str, Any]) -> Callable[[Fragment], bool] | None:
    """Whether a fragment is about the work `point` is about (or another the meeting names) and, for a meeting
    named for a part (河湖长制, 禁毒), about that part: no 蓝天 under 河湖长制. None for a point about no work."""
    works = _works_of(point) | _meeting_works(answers)
    if not works:  # a point about no work (a kind's, a general one) gathers the meeting's own work
        works = frozenset(t.tag for t in find_topics(str(answers.get("meeting", "")), str(answers.get("work", ""))))
    if not works:
        return None
    own = kept_parts(str(answers.get("meeting", "")), str(answers.get("work", "")))
    return lambda f: bool(works & _works_of(f)) and (not own or bool(own.intersection(f.tags)))


def _on_no_part(point: Fragment, answers: Mapping[str, Any]) -> Callable[[Fragment], bool]:
    """Whether a fragment is about the meeting's work and on none of its parts: what a meeting on one part (信访) may
    borrow of the whole work (平安建设's 矛盾纠纷化解) before another part's areas (反诈, review30a)."""
    works = _works_of(point) | frozenset(t.tag for t in find_topics(str(answers.get("meeting", "")), str(answers.get("work", ""))))
    return lambda f: bool(works & _works_of(f)) and not _parts_of(f)


def heads_of_files(fragments: Sequence[Fragment], n: int) -> set[Fragment]:
    """The first `n` of `fragments` in each library file they come from, in the file's order."""
    by_path: dict[str, list[Fragment]] = {}
    for f in fragments:
        by_path.setdefault(f.path, []).append(f)
    return {f for group in by_path.values() for f in sorted(group, key=lambda f: f.line)[:n]}


def new_ideas(library: Library, options: list[Fragment], chosen: Sequence[Fragment]) -> list[Fragment]:
    """`options` that make no point a chosen fragment already made (`ideas.says_again`), if any (else all)."""
    if not preferred():
        return options
    says_again = _plan_idea_test(library)
    fresh = [f for f in options if not says_again(f, chosen)]
    return fresh or options


def _plan_idea_test(library: Library) -> Callable[[Fragment, Sequence[Fragment]], bool]:
    """`idea_test` for `library`, kept within one draft's plan (`preferences_kept`): a length search asks `new_ideas`
    ~120 times a draft, and each `idea_test` looked up the cache folder again (six environment variables, ci53a)."""
    kept: dict[Any, Any] | None = getattr(_KEPT_MASKS, "kept", None)
    if kept is None:
        return idea_test(library)
    held = kept.get("ideas")
    if held is not None and held[0] is library:
        return held[1]  # type: ignore[no-any-return]
    test = idea_test(library)
    kept["ideas"] = (library, test)
    return test


def point_stages(template: Template, n: int) -> tuple[str, ...]:
    """The stages (认识、任务、保障) of a speech of `n` points under `template`."""
    return tuple(template.stages.get(n) or _default_stages(n))


def _default_stages(n: int) -> tuple[str, ...]:
    return ("认识", *(["任务"] * max(n - 2, 0)), "保障")[:n] if n >= 2 else ("任务",)


def _choose_points(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    stages: Sequence[str],
    forced: list[Fragment],
    tags: Sequence[str],
    steer: Steer,
) -> list[Fragment]:
    chosen: list[Fragment] = []
    forced_left = list(forced)
    # The problems the user named steer the task points too: a 优化营商环境大会 that said 涉企检查多头重复 drew
    # 民营经济促进法 as its one task point and never answered it (lead35); the sections a point grows already were.
    facts = _UserTasks.of(answers, ("targets", "tasks", "problems"))
    guards = _UserTasks.of(answers, ("tasks",))
    spread = _Spread.of(answers)
    for stage in stages:
        mine = next((f for f in forced_left if f.stage == stage), None)
        if mine is not None:
            forced_left.remove(mine)
            chosen.append(facts.take(mine))
            continue
        options = candidates(
            library, Role.POINT, template, answers, tags, stage=stage, avoid=[*chosen, *forced],
            steer=steer, within=_part_views(stage, answers),
        )
        if not options:
            raise LibraryError(
                f"片段库中适合本次会议的“{stage}”类要点不够（需要 {stages.count(stage)} 个，且彼此内容不重复）",
                path=library.root, hint="减少 --points，或在片段库中补充该类要点。",
            )  # fmt: skip
        if stage == "任务":
            # An overview only where `_core_due` would give it, before the user's tasks rank the options: its areas name
            # many tasks, and a 20-minute 防汛 speech whose tasks said 疏通城市排水管网 drew the overview beside gathered
            # points, up to seven of them (overview44).
            if not _overview_due(stages, [*chosen, *forced], _short(answers, template)):
                options = [f for f in options if OVERVIEW_TAG not in f.tags] or options
            options = facts.about(options)  # the user's tasks first, then no idea said twice
            own = _alone_part_own(options, answers)
            if own is not None and not own:  # its own areas all drawn: a general task point, not another part's
                own = candidates(
                    library, Role.POINT, template, answers, tags, stage=stage, avoid=[*chosen, *forced],
                    steer=steer, within=_about_no_work,
                )
            options = own or options
            options = _part_leads(options, chosen, answers)
            options = _core_due(
                options, stages, [*chosen, *forced], _short(answers, template),
                season=seasons_of(str(answers.get("meeting", ""))),
            )  # fmt: skip
            if not any(f.stage == "任务" for f in [*chosen, *forced]):
                options = _township_core(options)
        elif stage == "保障":
            # A task no 任务 point took that a 保障 point speaks of (强化要素保障: 把要素保障做足做实) brings that point, where
            # placing says it (`assemble._spoken_of`); targets are said after the points whatever 保障 point comes.
            taken = {facts.items[i] for i in facts.covered}
            guards.covered = {i for i, item in enumerate(guards.items) if item in taken}
            options = guards.about(options)
        first = stage not in {f.stage for f in chosen}
        if first and stage in template.own_stages:
            options = _kind_lead(options, template)
        elif stage in template.own_stages and not template.own_borrows:
            # A kind that borrows no section of its work takes none of its points either while one of its own is left: a
            # 20-minute 五四表彰大会's 希望 point held three of 共青团's task areas (青年创业就业, 团队衔接) (commend37)
            options = [f for f in options if _of_kind(template)(f)] or options
        options = spread.among(options, [*chosen, *forced], first=first)
        if stage == "任务" and first:
            options = _leading(options, answers)
        options = new_ideas(library, options, [*chosen, *forced])  # within the work's spread (review9)
        chosen.append(facts.take(rng.choice(options)))
    if forced_left:
        ids = "、".join(f.id for f in forced_left)
        raise UsageError(
            f"--pick 指定的要点 {ids} 与本次的要点结构（{'、'.join(stages)}）不符",
            hint="增加 --points 或换一个要点。",
        )
    return chosen


def _short(answers: Mapping[str, Any], template: Template) -> bool:
    """Whether the speech's points take no further sections: the user asked for ≤ 12 minutes, or gave no length and
    its kind gathers no areas into its task point at the default count (座谈会, or --points given). A speech of no
    given length whose task point gathers its work's areas keeps them: with an overview it came out half as long (a
    全县乡村振兴工作推进会 of 4,039 characters at 1,968, draft42).

    A kind that keeps its 认识 short (`brief_stages`: 电视电话会议) is never short so: its task point is the deployment it
    was called for, grown by an area where its 认识 runs over a third (plan._brief_views, fit._trim). With its work's
    overview, four areas of three sentences, a 森林防火 or 安全生产 视频会议's 认识 held 35–39% of the points (overview46)."""
    if template.brief_stages:
        return False
    minutes = answers.get("minutes")
    if minutes:
        return int(minutes) <= _OVERVIEW_MINUTES
    return answers.get("points") is not None or template.gather <= 1


# Up to this length a sole task point is an overview; longer, it gathers its work's areas as sections, 主干 last (draft38).
_OVERVIEW_MINUTES = 12


def _overview_due(stages: Sequence[str], chosen: Sequence[Fragment], short: bool) -> bool:
    """Whether the 任务 point to choose is a short speech's one task point: its work's overview where it has one."""
    return short and stages.count("任务") == 1 and not any(f.stage == "任务" for f in chosen)


def _core_due(
    options: list[Fragment], stages: Sequence[str], chosen: Sequence[Fragment], short: bool = False,
    season: AbstractSet[str] = frozenset(),
) -> list[Fragment]:
    """For the last of two or more 任务 points, when no task point chosen holds one of its work's areas tagged 主干, those
    among `options` (if any): as a gathered task point's last section is (`grow_plan`). A 乡's 经济工作会议 of four
    points deployed 招商 and 营商环境 and not a word on its fields or its villages' income (draft38).

    The sole 任务 point of a short speech is its work's overview (tagged 总览: its 主干 area among the others) where it
    has one: a 10-minute 全县经济工作会议 deployed 项目建设 alone and never spoke of 三农 (draft39). With two or more
    task points, or a longer speech whose task point gathers sections, the overview is none of them: it would say their
    areas again, or stand short among grown points."""
    slots = stages.count("任务")
    if _overview_due(stages, chosen, short):
        if options and season & set(options[0].tags) and OVERVIEW_TAG not in options[0].tags:
            # 岁末年初安全生产工作会议: the meeting named a time of year and its text for that time ranks first (candidates):
            # the short speech deploys what that time asks, not the work's year-round overview (lead45)
            return [f for f in options if OVERVIEW_TAG not in f.tags] or options
        return [f for f in options if OVERVIEW_TAG in f.tags] or options
    options = [f for f in options if OVERVIEW_TAG not in f.tags] or options
    if slots < 2 or sum(f.stage == "任务" for f in chosen) != slots - 1:
        return options
    if any(CORE_TAG in f.tags for f in chosen if f.stage == "任务"):
        return options
    return [f for f in options if CORE_TAG in f.tags] or options


# The levels whose own 主干 area (written for them alone) is their first task point (`_township_core`).
_TOWNSHIP_LEVELS = frozenset({"乡", "镇"})


def _township_core(options: list[Fragment]) -> list[Fragment]:
    """Those of `options` tagged 主干 and written for a 乡 or 镇 alone, if any (else `options`): a township's economy is its
    fields, its crops and its villages' income, and a 10-minute 全乡经济工作会议 whose one task point was 招商引资 said
    not a word of them (draft38). A county's 主干 area (三农 of its economy) is one area among its others."""
    own = [f for f in options if CORE_TAG in f.tags and f.levels and _TOWNSHIP_LEVELS.issuperset(f.levels)]
    return own or options


@dataclass(frozen=True, slots=True)
class _Spread:
    """Points of a meeting on a whole work (国防动员, 市场监管) spread over its parts (征兵, 双拥; 知识产权 …).

    A meeting that names none of its topic's narrower parts takes, for the first
    point of each stage, one about the work as a whole (a plain 国防动员 meeting's
    one task point is 民兵 or 潜力, not 征兵; a 市场监管 meeting does not open on
    知识产权); later points prefer a part no chosen point is about yet. Both are
    preferences: the user's tasks (already applied) and a topic with no core
    text keep what they have.
    """

    parts: frozenset[str] = frozenset()
    # A meeting on two works (安全生产暨森林防火, 耕地保护): a point about the one no chosen point is about yet comes
    # first, so that neither work goes without a point; the closing leans to the work the opening did not speak of.
    works: frozenset[str] = frozenset()

    @classmethod
    def of(cls, answers: Mapping[str, Any]) -> _Spread:
        meeting, work = str(answers.get("meeting", "")), str(answers.get("work", ""))
        works = _meeting_works(answers)
        if own_parts(meeting, work):
            return cls(works=works)  # a 征兵 meeting: its own part is what it is about
        return cls(part_tags(meeting, work), works)

    def unlike(self, options: list[Fragment], said: Fragment) -> list[Fragment]:
        """`options` about a work of the meeting that `said` is not about, if any (else all of them)."""
        other = [f for f in options if (self.works & _works_of(f)) - _works_of(said)]
        return other or options

    def among(self, options: list[Fragment], chosen: Sequence[Fragment], *, first: bool) -> list[Fragment]:
        left = self.works.difference(*(_works_of(f) for f in chosen))
        options = [f for f in options if left & _works_of(f)] or options
        if not self.parts or not any(f.source is not None and f.source.is_authored for f in options):
            return options  # points cut from speeches: their source budget (--max-source-share) decides
        used = {t for f in chosen for t in f.tags if t in self.parts}
        prefs: list[Callable[[Fragment], bool]] = [lambda f: not self.parts.intersection(f.tags)] if first else []
        prefs.append(lambda f: not used.intersection(f.tags))
        for pref in prefs:
            narrowed = [f for f in options if pref(f)]
            if narrowed:
                options = narrowed
        return options


def _leading(options: list[Fragment], answers: Mapping[str, Any]) -> list[Fragment]:
    """For a meeting on a whole work all of whose task areas are on a part (民政: 救助, 养老, 银发经济 …), the areas its
    file lists first among `options` (a writer's main ones), if any: a 10-minute 民政局 推进会's one task point was
    银发经济 alone (review26). Otherwise `options`."""
    if own_parts(str(answers.get("meeting", "")), str(answers.get("work", ""))) or not all(map(_parts_of, options)):
        return options
    heads = heads_of_files([f for f in options if f.source is not None and f.source.is_authored], _LEAD_AREAS)
    return [f for f in options if f in heads] or options


def _part_leads(options: list[Fragment], chosen: Sequence[Fragment], answers: Mapping[str, Any]) -> list[Fragment]:
    """For a meeting on a part that is a work of its own (`alone`: 防范化解重大风险, 宗教, 医德医风), the task areas its
    file lists first (its main fields: 经济金融、社会稳定、公共安全 for 重大风险) while one of them is left among `options`,
    at every 任务 point: with seven areas to draw from, a five-point 重大风险 speech spoke of 网络安全 and 民生 and not of
    债务 (review30a). Otherwise `options`."""
    part = _alone_part(answers)
    if not part:
        return options
    mine = [f for f in [*options, *chosen] if part & set(f.tags) and f.source is not None and f.source.is_authored]
    heads = heads_of_files([f for f in mine if f.stage == "任务"], _LEAD_AREAS)
    return [f for f in options if f in heads] or options


def _meeting_works(answers: Mapping[str, Any]) -> frozenset[str]:
    """The works a meeting on two or more works names (安全生产暨森林防火); empty for a meeting on one."""
    works = frozenset(t.tag for t in find_topics(str(answers.get("meeting", "")), str(answers.get("work", ""))))
    return works if len(works) > 1 else frozenset()


def _parts_of(fragment: Fragment) -> set[str]:
    """The parts of a work a fragment is about (养老, 救助, 抗旱): its topic tags that name no whole work.

    Not a `group` tag: the six audit areas tagged 审计项目 (budget, policy, livelihood …) are six parts, and a 20-minute
    审计工作会议 held one of them beside 审计整改 and filled its length with general 认识 sections (审计工作既是发展问题，
    也是民生问题, review32b).
    """
    groups = group_tags()
    return {
        t for t in fragment_topics(fragment) if ((topic := topic_of_tag(t)) is None or topic.tag != t) and t not in groups
    }


_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
_ECHO_RUN = 5
# A meeting on a whole work opens its tasks on one of the areas its work's file lists first (`_Spread.leading`).
_LEAD_AREAS = 3


@functools.lru_cache(maxsize=65536)
def _headings_echo(one: str, other: str) -> bool:
    """Two point headings (any phrasing) share a run of five characters outside their variables (的责任感和)."""
    b = _echo_text(other)
    return any(r in b for r in _echo_runs(one))


@functools.lru_cache(maxsize=8192)
def _echo_text(heading: str) -> str:
    """A heading with its variables as `|` (no run of words crosses one)."""
    return _JINJA.sub("|", heading)


@functools.lru_cache(maxsize=8192)
def _echo_runs(heading: str) -> frozenset[str]:
    """The runs of five characters of a heading that `_headings_echo` looks for in another: outside its variables and
    with no punctuation (worked out once a heading, not once a pair: a new draft asks ~200 new pairs, #18)."""
    a = _echo_text(heading)
    runs = {a[i : i + _ECHO_RUN] for i in range(len(a) - _ECHO_RUN + 1)}
    return frozenset(r for r in runs if "|" not in r and not any(c in r for c in "，、。；"))


# (a heading's phrasings are held against the other headings by these too: `assemble._heading_echoes`)
echo_runs, echo_text = _echo_runs, _echo_text


def _alone_part(answers: Mapping[str, Any]) -> frozenset[str]:
    """The `alone` parts a meeting is named for, `whole` ones too (`kept_parts`): 县中, 禁毒, 人居环境整治; empty for any
    other meeting."""
    return kept_parts(str(answers.get("meeting", "")), str(answers.get("work", ""))) & alone_tags()


def _alone_part_own(options: list[Fragment], answers: Mapping[str, Any]) -> list[Fragment] | None:
    """For a meeting on a part that is a work of its own (`alone`: 人居环境整治, 禁毒), the task points on that part or on
    no work (a 30-minute 人居环境整治 speech of four points drew 粮食安全 as a task point); None for any other meeting.
    A part that is `whole` as well (县中, 和美乡村, 养老: a work's meeting may draw it as its own) is alone too at a meeting
    named for it (`kept_parts`): a 15-minute 县中振兴推进会 drew 学前教育 and 教育数字化 as task points (lead34)."""
    part = _alone_part(answers)
    if not part:
        return None
    return [f for f in options if part.intersection(f.tags) or _about_no_work(f)]


def _part_views(stage: str | None, answers: Mapping[str, Any]) -> Callable[[Fragment], bool] | None:
    """For a 认识 or 保障 point of a meeting on a part whose views are its own (`own_views`: 民营经济, 县域经济), whether a
    fragment is on that part or not on its work at all (general text, another work the meeting names); None otherwise.
    A 民营经济发展大会 said 始终扭住经济建设这个中心 and 加强党对经济工作的领导, a 全县县域经济推进会 辩证看待经济形势
    (review34a). Applied before the preferences, which would leave only the whole work's views to choose from."""
    if stage not in ("认识", "保障"):
        return None
    # The meeting's name, not a work derived from it: a 全省民营企业座谈会 (work 民营经济工作) speaks to entrepreneurs in
    # their own 认识 and 保障 (把企业的发展放到全省发展的大盘子里来谋划, 守信践诺).
    parts = own_views_parts(str(answers.get("meeting", "")))
    if not parts:
        return None
    works = frozenset(topic.tag for t in parts if (topic := topic_of_tag(t)) is not None)
    return lambda f: bool(parts.intersection(f.tags)) or works.isdisjoint(_works_of(f))


def _both(
    one: Callable[[Fragment], bool] | None, other: Callable[[Fragment], bool] | None
) -> Callable[[Fragment], bool] | None:
    """A fragment meets both tests (a missing one is met by every fragment)."""
    if one is None or other is None:
        return one or other
    return lambda f: one(f) and other(f)


def _about_no_work(fragment: Fragment) -> bool:
    """A general fragment: about no work of the table (聚焦重点任务, 抓落实)."""
    return not _works_of(fragment)


@functools.cache  # (unbounded: see fragment_topics)
def _works_of(fragment: Fragment) -> frozenset[str]:
    """The works (topics of the table) a fragment is about: 维权 is 妇女儿童's."""
    return frozenset({topic.tag for t in fragment_topics(fragment) if (topic := topic_of_tag(t)) is not None})


@dataclass(slots=True)
class _UserTasks:
    """The user's targets and tasks while points are chosen: a 任务 point about them is preferred.

    A 县经济工作会议 whose user named 招引项目 and 开工建设 should deploy 项目 and 招商, not
    就业 with the items pasted after it. Among a stage's options, those that fit the most items
    not yet covered best (no other option fits them better) are kept, still chosen by seed among
    them. A chosen point covers only the items it fits best: an item it merely touches stays open
    for a later slot to bring the point that is about it. With no target or task, or no option
    about any, nothing changes.
    """

    items: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    meeting: str = ""
    work: str = ""
    covered: set[int] = field(default_factory=set)
    best: dict[int, int] = field(default_factory=dict)  # item → the best score among the last options

    @classmethod
    def of(cls, answers: Mapping[str, Any], keys: tuple[str, ...] = ("targets", "tasks")) -> _UserTasks:
        from drafter.render.facts import tidy_items

        items = tuple(i for key in keys for i in tidy_items(answers.get(key)))
        if not items:
            return cls()
        from drafter.render.placing import words_to_drop
        from drafter.render.values import level_context

        # The words placing drops too, so that the point chosen for an item is the one that takes it.
        ctx = {**level_context(answers), "meeting": answers.get("meeting"), "work": answers.get("work")}
        return cls(items, tuple(words_to_drop(ctx)), str(answers.get("meeting", "")), str(answers.get("work", "")))

    def _scores(self, fragment: Fragment) -> dict[int, int]:
        """The open items a point is about, with how well it fits each."""
        from drafter.render.placing import item_scores

        return {i: v for i, v in item_scores(self.items, fragment, self.drop).items() if i not in self.covered}

    def near_open(self, chosen: Sequence[Fragment], options: list[Fragment]) -> list[Fragment]:
        """The `options` nearer than every `chosen` point to the most items (as placing finds the point nearest an
        item: 病险水库除险加固 and a reservoirs area; 清理拖欠企业账款 and the arrears area, not 政务服务 that says
        账款 once), or all of them."""
        from drafter.render.placing import item_scores

        near = functools.partial(_near_item, drop=self.drop, meeting=self.meeting, work=self.work)
        best = [max((near(item, f) for f in chosen), default=0) for item in self.items]
        nearer = [[i for i, b in enumerate(best) if near(self.items[i], f) > b] for f in options]
        top = max(map(len, nearer), default=0)
        if not top:
            return options
        kept = [(f, n) for f, n in zip(options, nearer, strict=True) if len(n) == top]
        # … and of those, the ones placing would give those items to: 农产品 in passing (粮食和重要农产品) made 粮食安全,
        # 农业科技 and 涉农风险 as near 发展特色种植和农产品加工 as the 产业 area that deploys 农产品加工业 (review31).
        fits = [sum(item_scores([self.items[i] for i in n], f, self.drop).values()) for f, n in kept]
        return [f for (f, _), v in zip(kept, fits, strict=True) if v == max(fits)]

    def about(self, options: list[Fragment]) -> list[Fragment]:
        if not self.items or len(self.covered) == len(self.items):
            return options
        scores = [self._scores(f) for f in options]
        self.best = {}
        for fits in scores:
            for i, value in fits.items():
                self.best[i] = max(self.best.get(i, 0), value)
        counts = [sum(v >= self.best[i] for i, v in fits.items()) for fits in scores]
        top = max(counts, default=0)
        return [f for f, n in zip(options, counts, strict=True) if n == top] if top else options

    def take(self, fragment: Fragment) -> Fragment:
        if self.items and fragment.stage == "任务":
            self.covered |= {i for i, v in self._scores(fragment).items() if v >= self.best.get(i, 0)}
        return fragment


def _near_item(
    item: str, fragment: Fragment, drop: tuple[str, ...], meeting: str, work: str
) -> int:
    """How near a point is to an item (`placing.nearness`), or `MIN_SCORE` when its heading, intro or a sub-point heading
    says a word of the work's table the item says (和美乡村: `placing.area_words`)."""
    from drafter.render.placing import MIN_SCORE, area_words, nearness, subject_of

    value = nearness(item, fragment, drop)
    if value < MIN_SCORE and any(
        w in subject_of(fragment)[0] for w in area_words(item, meeting, work)
    ):
        return MIN_SCORE
    return value


def user_items(
    answers: Mapping[str, Any], keys: tuple[str, ...] = ("targets", "tasks")
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The user's items under `keys`, and the words placing leaves out of them (`placing.words_to_drop`)."""
    asked = _UserTasks.of(answers, keys)
    return asked.items, asked.drop


def open_items(plan: Plan, answers: Mapping[str, Any]) -> list[str]:
    """The user's targets and tasks that none of the plan's 任务 points (or their sections) is about, as placing finds
    them (`placing.place_items`)."""
    from drafter.render.placing import (
        MIN_SCORE,
        Spot,
        area_worded,
        coverage,
        own_words,
        place_items,
    )

    asked = _UserTasks.of(answers)
    if not asked.items:
        return []
    spots = {
        Spot(i, j): part.fragment
        for i, point in enumerate(plan.points) if point.fragment.stage == "任务"
        for j, part in enumerate(point.parts())
    }  # fmt: skip
    meeting, work = str(answers.get("meeting", "")), str(answers.get("work", ""))
    # … nor a 认识 or 保障 point whose heading says it, where placing says it (一、以新质生产力为引领… takes 加快培育新质
    # 生产力, review29b)
    headings = [_JINJA.sub("|", p.fragment.heading) for p in plan.points if p.fragment.stage != "任务"]
    return [item for item in place_items(asked.items, spots, asked.drop).get(None, ())
            if area_worded(item, spots, meeting, work) is None
            and not any(coverage(own_words(item, asked.drop), h, drop=asked.drop) >= MIN_SCORE for h in headings)]  # fmt: skip


def replay_plan(
    library: Library, template: Template, uses: Sequence[Mapping[str, Any]], seed: int
) -> Plan:
    """Rebuild the plan recorded in an answers file (fragment ids, kept sub-points, sections).

    Raises:
        LibraryError: a recorded fragment is no longer in the library.
    """
    frame: dict[Role, Fragment] = {}
    points: list[PlannedPoint] = []
    alts: dict[str, dict[str, int]] = {}
    for use in uses:
        frag = library.get(str(use["id"]))
        if use.get("alts"):
            alts[frag.id] = {str(k): int(v) for k, v in use["alts"].items()}
        if frag.role == Role.POINT:
            keep = tuple(int(i) for i in use.get("subpoints", range(len(frag.subpoints))))
            point = PlannedPoint(frag, keep)
            if use.get("section") and points:
                points[-1] = replace(points[-1], sections=(*points[-1].sections, point))
            else:
                points.append(point)
        else:
            frame[frag.role] = frag
    return Plan(template, frame, tuple(points), seed, alts=alts)
