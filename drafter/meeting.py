"""Read a meeting name the way a writer does: scope, year, session, work, kind and convenor.

全县2026年党风廉政建设工作会议 → scope 全县, year 2026, work 党风廉政建设工作,
kind 工作会议, convenor 纪委 (the speaker speaks for 县委). Kinds, convenors and
the works that decide a convenor are data: `drafter/data/kinds.yaml`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import LibraryError
from drafter.files import load_data_table
from drafter.places import PlaceKind, load_kinds

KINDS_FILE = Path(__file__).parent / "data" / "kinds.yaml"
DEFAULT_KIND = "工作会议"
_FEEDBACK = "feedback"  # the 巡察反馈会's template
_PLEDGE = "巡察反馈表态"  # the inspected 县委's own 表态 at a 市委巡察组's feedback (works37)
DEFAULT_BODY = "领导小组"
DEFAULT_CONVENOR = "党委和政府"
DEPARTMENT_CONVENOR = "部门"  # a department's own meeting (县教育局2026年全县教育工作会议)
DEFAULT_HONOREES = "先进集体和先进个人"
TRAINEES_WORK = "各项工作"  # a class named for trainees no work of the table names (新任科级干部培训班)


@dataclass(frozen=True, slots=True)
class MeetingKind:
    """A kind of meeting (推进会) and the template its speech uses."""

    name: str
    template: str
    suffixes: tuple[str, ...]
    convenor: str = ""
    # 常委会, 常务, 党组: what is left of a name (县委常委会会议) that makes a meeting this kind: a standing body's sitting
    standing: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # the level tags holding such meetings (人大常委会: 省 市 县 区); empty: every level
    elsewhere: str = ""  # what the other levels have instead, as a writer says it (乡、镇设人大主席团……)
    # 人民代表大会 → 人大工作: a kind held by one of several bodies (a 闭幕会 of the 人代会 or the 政协全会), the work its
    # name's body says, longest word first
    bodies: tuple[tuple[str, str], ...] = ()
    members_only: bool = False  # only the body's members in the hall (人大常委会会议): no general point to 各部门
    not_tags: tuple[str, ...] = ()  # text such a meeting never says (电视电话会议: 长远, the long view of a work meeting)
    no_tasks: str = ""  # why such a meeting deploys none of the user's tasks (开班式: 对学员讲学习), said to the user
    # 欢送: a name that starts so and ends in a plain 大会/会议/会 is this kind (欢送新兵大会 was drafted as a 工作会议 on
    # 欢送新兵工作, review33b)
    leads: tuple[str, ...] = ()
    # 征兵: a part of a work a meeting of this kind may name (欢送新兵大会) whose own text of the kind it then says alone
    # (the send-off's words to recruits, not to graduates or cadres, review33d)
    parts: tuple[str, ...] = ()
    # 表态发言: the genre word the kind's own title fragments end in instead of 讲话 (在…反馈会上的表态发言)
    title: str = ""


@dataclass(frozen=True, slots=True)
class Convenor:
    """Who convenes a meeting, and so whom the speaker represents (`host`: a level-word key)."""

    name: str
    host: str
    prefixes: tuple[str, ...] = ()
    works: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Audience:
    """Who sits in the hall when it is not the government's own departments (企业家)."""

    name: str
    words: tuple[str, ...]
    work: str = ""  # the work a meeting named only for its audience is about (民营经济工作)
    # Guests the meeting asks for advice (企业家): a 座谈会's text for 各界 (成果同享，惠及在座各位) is spoken to them too,
    # never to those the meeting cares for (老党员, 年轻干部, 老同志; review33b).
    guests: bool = False
    # 座谈会: the kinds at which the name's word says who sits in the hall (a 退役军人座谈会 is held with veterans, a 退役军人
    # 事务工作会议 with the cadres who serve them); empty: any kind (review34c).
    kinds: tuple[str, ...] = ()


# The audience of an ordinary meeting: the cadres of this level (what most fragments address).
CADRES = "干部"


@dataclass(frozen=True, slots=True)
class Festival:
    """A festival a meeting is held for (教师节): whom the speech greets, whom it honours, which work."""

    name: str  # as a speech says it: “五四”青年节
    people: str  # 广大教师和教育工作者
    honorees: str = ""
    work: str = ""


@dataclass(frozen=True, slots=True)
class Season:
    """A time of year some text is only for (岁末年初): the words of a meeting name, or the months of its date, that say it."""

    words: tuple[str, ...]
    months: tuple[int, ...]
    excludes: tuple[str, ...] = ()  # 汛前: tags of text that is not said in this time (汛后: the flood season is over)


@dataclass(frozen=True, slots=True)
class MeetingTable:
    """The meeting kinds, convenors, honorees, audiences and festivals of data/kinds.yaml, read once."""

    kinds: dict[str, MeetingKind]
    convenors: dict[str, Convenor]
    honorees: dict[str, str]
    honoree_endings: tuple[str, ...] = ()
    audiences: dict[str, Audience] = field(default_factory=dict)
    festivals: dict[str, Festival] = field(default_factory=dict)  # key: the word looked for in a name
    time_prefixes: tuple[str, ...] = ()  # 节前, 冬春: a time before the work, not part of its name
    aim_suffixes: tuple[str, ...] = ()  # 高质量发展: an aim after the work (教育高质量发展 → 教育工作)
    committees: dict[str, str] = field(default_factory=dict)  # 安委会 → 安全生产: a body's short name → its work
    seasons: dict[str, Season] = field(default_factory=dict)  # 岁末年初: when a fragment tagged so may be said
    gatherings: dict[str, str] = field(default_factory=dict)  # 三级干部 → 经济社会发展工作; 领导干部 → "" (no work said)
    periods: tuple[str, ...] = ()  # 年中, 上半年: a part of the year before the work, not part of its name
    period_work: str = ""  # what a meeting named only by a part of the year (年中工作推进会) is about
    organs: dict[str, str] = field(default_factory=dict)  # 教育局 → 教育工作: an organ a name starts with → its work
    purposes: dict[str, str] = field(default_factory=dict)  # 警示教育 → 党风廉政建设工作: what a meeting does, not its work
    committee_levels: dict[str, CommitteeLevels] = field(default_factory=dict)  # 住房公积金 → where its 管委会 sits
    outside: tuple[Outside, ...] = ()  # 开学典礼, 职代会: meetings whose speech is not one a Party or government meeting hears
    lay_trainees: tuple[str, ...] = ()  # 志愿者, 社会体育指导员: a class of people who are not cadres
    departments: dict[str, str] = field(default_factory=dict)  # 局 → 局领导班子: whom a bureau's own meeting speaks for
    trainees: dict[str, str] = field(default_factory=dict)  # 党组织书记 → 基层党建工作: a class named for its trainees
    time_words: tuple[str, ...] = ()  # 国庆, 中秋, 汛期: times that, joined (国庆中秋期间, 五一节前), come before a work
    department_rooms: dict[str, str] = field(default_factory=dict)  # 教育局 → 局机关和各学校: who sits in its hall
    village_trainees: tuple[str, ...] = ()  # 村党组织书记: a class of village cadres
    not_for_villages: tuple[str, ...] = ()  # 城市单位, 两新: tags of areas no village cadre deploys
    trainer_tags: tuple[str, ...] = ()  # 干部培训: tags of text on running training, said to its organisers, not its trainees
    members: dict[str, str] = field(default_factory=dict)  # 科协 → 广大科技工作者: whom a body's congress speaks for
    attendees: tuple[str, ...] = ()  # 校长, 院长: the heads of units a meeting may be named for (全县中小学校长会议)
    honoured_at_large: tuple[str, ...] = ()  # 劳模, 三八红旗手: honoured from every walk of life, not from one work
    # 三八红旗手 → {honorees: 三八红旗手（集体）, they: 她们}: how a speech says whom a name honours (draft38)
    honoree_words: dict[str, dict[str, str]] = field(default_factory=dict)
    educator_trainees: tuple[str, ...] = ()  # 校长, 教师: a class of school heads or teachers, not of cadres who deploy


@dataclass(frozen=True, slots=True)
class Outside:
    """A meeting drafter does not write for (a school's 开学典礼, a hospital's 职代会): what it is and what to do."""

    pattern: re.Pattern[str]
    what: str
    hint: str


@dataclass(frozen=True, slots=True)
class CommitteeLevels:
    """Where a deciding committee sits: 住房公积金管理委员会 in a 市, a 县 has only the fund's branch."""

    body: str  # 住房公积金管理委员会
    ranks: tuple[str, ...]  # 省, 地: the administrative ranks (levels.yaml `rank`) it is set up at
    at: str  # those places as a writer says them: 直辖市和设区的市
    below: str  # what the other levels have instead


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting name, read."""

    name: str
    scope: str  # 全县, 县委, 清河县 … as written; empty when the name has none
    year: str  # 2026 or empty
    session: str  # 第三次 or empty
    work: str  # 安全生产工作
    kind: MeetingKind
    convenor: Convenor
    honorees: str = ""  # 表彰大会: who is honoured (优秀教师)
    audience: str = ""  # 企业家 when the name says who sits in the hall; empty: this level's cadres
    festival: Festival | None = None  # 庆祝教师节暨…: the festival the meeting is held for
    body: str = DEFAULT_BODY  # a body's meeting: who meets, as the speech says it (安委会, 防汛抗旱指挥部)
    organ: str = ""  # the organ a name starts with (应急管理局 of 县应急管理局2026年安全生产工作会议)


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


@functools.lru_cache(maxsize=1)
def load_meeting_table() -> MeetingTable:
    """Meeting kinds, convenors and honoree words (cached).

    Raises:
        LibraryError: the table is not well formed.
    """
    try:
        data = load_data_table(KINDS_FILE)
        kinds = {
            str(k): MeetingKind(
                str(k), str(v["template"]), _strings(v["suffixes"]), str(v.get("convenor") or ""),
                _strings(v.get("standing")), _strings(v.get("levels")), str(v.get("elsewhere") or ""),
                tuple(sorted(((str(b), str(w)) for b, w in (v.get("bodies") or {}).items()), key=lambda p: -len(p[0]))),
                bool(v.get("members_only")), _strings(v.get("not_tags")), str(v.get("no_tasks") or ""),
                _strings(v.get("leads")), _strings(v.get("parts")), str(v.get("title") or ""),
            )
            for k, v in data["kinds"].items()
        }
        convenors = {
            str(k): Convenor(
                str(k), str(v["host"]), _strings(v.get("prefixes")), _strings(v.get("works"))
            )
            for k, v in data["convenors"].items()
        }
        honorees = {str(k): str(v) for k, v in (data.get("honorees") or {}).items()}
        endings = _strings(data.get("honoree_endings"))
        audiences = {
            str(k): Audience(
                str(k), _strings(v["words"]), str(v.get("work") or ""), bool(v.get("guests")), _strings(v.get("kinds"))
            )
            for k, v in (data.get("audiences") or {}).items()
        }
        prefixes = tuple(sorted(_strings(data.get("time_prefixes")), key=len, reverse=True))
        festivals = {
            str(k): Festival(str(v["name"]), str(v["people"]), str(v.get("honorees") or ""), str(v.get("work") or ""))
            for k, v in (data.get("festivals") or {}).items()
        }
        committee_levels = {
            str(k): CommitteeLevels(str(v["body"]), _strings(v["ranks"]), str(v["at"]), str(v["below"]))
            for k, v in (data.get("committee_levels") or {}).items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise LibraryError(f"会议种类表格式错误：{exc}", path=KINDS_FILE) from exc
    if DEFAULT_KIND not in kinds or DEFAULT_CONVENOR not in convenors:
        raise LibraryError(f"会议种类表缺少“{DEFAULT_KIND}”或“{DEFAULT_CONVENOR}”", path=KINDS_FILE)
    aims = tuple(_strings(data.get("aim_suffixes")))
    committees = {str(k): str(v) for k, v in (data.get("committees") or {}).items()}
    seasons = {
        str(k): Season(_strings(v["words"]), tuple(int(m) for m in v.get("months") or ()), _strings(v.get("excludes")))
        for k, v in (data.get("seasons") or {}).items()
    }
    gatherings = {str(k): str(v or "") for k, v in (data.get("gatherings") or {}).items()}
    periods = tuple(sorted(_strings(data.get("periods")), key=len, reverse=True))
    organs = {str(k): str(v) for k, v in (data.get("organs") or {}).items()}
    departments = {str(k): str(v["speaks_for"] if isinstance(v, dict) else v) for k, v in (data.get("departments") or {}).items()}
    rooms = {str(k): str(v.get("room") or "") for k, v in (data.get("departments") or {}).items() if isinstance(v, dict)}
    purposes = {str(k): str(v) for k, v in (data.get("purposes") or {}).items()}
    try:
        outside = tuple(Outside(re.compile(str(v["pattern"])), str(v["what"]), str(v["hint"])) for v in data.get("outside") or ())
    except (re.error, KeyError, TypeError) as exc:
        raise LibraryError(f"会议种类表格式错误：{exc}", path=KINDS_FILE) from exc
    return MeetingTable(
        kinds, convenors, honorees, endings, audiences, festivals, prefixes, aims, committees, seasons, gatherings,
        periods, str(data.get("period_work") or ""), organs, purposes, committee_levels, outside,
        _strings(data.get("lay_trainees")), departments, {str(k): str(v) for k, v in (data.get("trainees") or {}).items()},
        time_words=_strings(data.get("time_words")), department_rooms=rooms,
        village_trainees=_strings((data.get("village_trainees") or {}).get("words")),
        not_for_villages=_strings((data.get("village_trainees") or {}).get("not_tags")),
        trainer_tags=_strings(data.get("trainer_tags")),
        members={str(k): str(v) for k, v in (data.get("members") or {}).items()},
        attendees=tuple(sorted(_strings(data.get("attendees")), key=len, reverse=True)),
        honoured_at_large=_strings(data.get("honoured_at_large")),
        honoree_words={str(k): {str(a): str(b) for a, b in v.items()} for k, v in (data.get("honoree_words") or {}).items()},
        educator_trainees=_strings(data.get("educator_trainees")),
    )  # fmt: skip


def department_of(organ: str) -> str:
    """Whom the speaker at a department's own meeting speaks for (教育局 → 局领导班子), by the organ's longest
    ending; empty for a 群团 or a 人大 (团县委, 妇联), a sector (教育系统) or no organ."""
    return _by_ending(load_meeting_table().departments, organ)


# 县教育局局长 王强 / 教育局党组书记、局长: a speaker who heads a department of this level speaks for it, whatever the
# meeting's name (全县教育系统秋季开学工作会议 may be held by the bureau or by the county; its speaker says which).
_HEAD = re.compile(r"(?:党组|党委)?(?:副?书记|成员)|副?(?:局长|主任)")


def speaker_department(speaker: str, level_word: str) -> str:
    """The department (an organ of `organs` with a `departments` ending) a speaker heads, or "": its name must be
    followed by a head's title and stand first, or after this level's word (县教育局局长 in a county's speech)."""
    if not speaker:
        return ""  # most drafts name no speaker: nothing to look up
    organs = load_meeting_table().organs
    for key in sorted(organs, key=len, reverse=True):
        at = speaker.find(key)
        if at < 0 or not department_of(key) or not _HEAD.match(speaker, at + len(key)):
            continue
        if speaker[:at].strip() in ("", level_word):
            return key
    return ""


def department_room(organ: str) -> str:
    """Whom a department's own meeting speaks to (教育局 → 局机关和各学校), by the organ's longest ending; empty
    for no department."""
    return _by_ending(load_meeting_table().department_rooms, organ)


def _by_ending(table: Mapping[str, str], organ: str) -> str:
    key = next((k for k in sorted(table, key=len, reverse=True) if organ and organ.endswith(k)), None)
    return table[key] if key else ""


def not_for_trainees(name: str) -> frozenset[str]:
    """The tags of areas a training class's trainees do not deploy: no class hears how to run training (干部培训: said
    to the 组织部门, review28); a class of village cadres (村党组织书记) hears no city or 机关、国企 党建 (城市单位) and no
    “两新” either (review27)."""
    table = load_meeting_table()
    village = table.not_for_villages if any(w in name for w in table.village_trainees) else ()
    return frozenset((*table.trainer_tags, *village))


def trains_lay_people(name: str) -> bool:
    """Whether a training class's name says its trainees are not cadres (志愿者, 社会体育指导员, 网格员): its speech
    then asks no 党员干部 to keep the 中央八项规定 or show a 干部形象."""
    return any(word in name for word in load_meeting_table().lay_trainees)


def trains_educators(name: str) -> bool:
    """Whether a training class's name says its trainees are school heads or teachers (中小学校长培训班): they hear what
    is asked of educators, not of cadres (同群众打交道, 练好写材料的功夫, 依法用权)."""
    return any(word in name for word in load_meeting_table().educator_trainees)


def outside_meeting(name: str) -> Outside | None:
    """The kind of meeting drafter does not write for that `name` is (学校开学典礼, 医院职代会), or None. The unit a 巡察
    inspected is no part of it: 县委巡察组巡察县人民医院党委情况反馈会 is the 巡察's feedback, not a hospital's own meeting."""
    from drafter.topics import without_inspected_unit

    plain = without_inspected_unit(name.strip())
    return next((o for o in load_meeting_table().outside if o.pattern.search(plain)), None)


@functools.lru_cache(maxsize=1)
def season_tags() -> frozenset[str]:
    """The tags that say a text is for a time of year (岁末年初), not what work it is about (cached: asked per fragment)."""
    return frozenset(load_meeting_table().seasons)


def season_excluded_tags() -> frozenset[str]:
    """Tags of text some time of year leaves out (汛前, left out 汛后): no work's tags either."""
    return frozenset(t for season in load_meeting_table().seasons.values() for t in season.excludes)


def kind_excluded_tags() -> frozenset[str]:
    """Tags of text some kind of meeting never says (长远 at a 电视电话会议, kinds.yaml `not_tags`): no work's tags."""
    return frozenset(t for kind in load_meeting_table().kinds.values() for t in kind.not_tags)


def excluded_in(held_in: set[str]) -> frozenset[str]:
    """The tags of text a meeting held in `held_in` (its seasons) does not say: 汛前 at a 防汛 总结会."""
    seasons = load_meeting_table().seasons
    return frozenset(t for name in held_in if name in seasons for t in seasons[name].excludes)


_MONTH = re.compile(r"(?:^|年)\s*(\d{1,2})\s*月")


def seasons_of(meeting: str, date: str = "") -> set[str]:
    """The times of year a meeting is held in, as its name (岁末年初安全生产) or its date (2026年12月28日) says."""
    table = load_meeting_table()
    kept = _SEASONS.get((meeting, date))
    if kept is not None and kept[0] is table:
        return set(kept[1])
    month = _MONTH.search(date)
    held = {
        tag
        for tag, season in table.seasons.items()
        if any(w in meeting for w in season.words) or (month and int(month.group(1)) in season.months)
    }
    if is_congress(meeting) and CONGRESS in table.seasons:
        held.add(CONGRESS)  # 县文联代表大会: a congress, though no 第几次 says it
    if len(_SEASONS) >= 512:
        _SEASONS.clear()
    _SEASONS[(meeting, date)] = (table, frozenset(held))
    return held


# The seasons of each meeting name and date met, with the table they were read in: a draft asks ~12 times, each a
# scan of every season's words (#18). A new set each time (callers may change theirs).
_SEASONS: dict[tuple[str, str], tuple[MeetingTable, frozenset[str]]] = {}


# The occasion of a congress (kinds.yaml `seasons`): 团代会, 妇代会, 县科协第九次代表大会, 中共清河县第十五次代表大会.
CONGRESS = "代表大会"
# A name that is a congress itself, not a meeting about one (…代表大会筹备工作会议) nor a sitting of the 人代会 (…人民代表大会
# 第五次会议, a 闭幕会) nor a 人大常委会's.
_CONGRESS_NAME = re.compile(r"(?:代表大会|团代会|妇代会|工代会|侨代会)$")


def is_congress(meeting: str) -> bool:
    """True when a meeting is a congress of delegates (县科协第九次代表大会, 共青团清河县第十六次代表大会): its speech
    greets 各位代表 and opens and closes as a congress's does."""
    return bool(_CONGRESS_NAME.search(meeting.strip()))


# 代表大会代表的人（kinds.yaml `members`）：县科协第九次代表大会的讲话向“全县广大科技工作者”致以问候。
def members_of(organ: str) -> str:
    """Whom a body's congress speaks for (科协 → 广大科技工作者), by the organ its name starts with; "" when not known."""
    return load_meeting_table().members.get(organ, "")


def kind_names() -> tuple[str, ...]:
    return tuple(load_meeting_table().kinds)


def find_meeting_kind(name: str) -> MeetingKind | None:
    """A kind by its name (推进会) or one of its suffixes (现场推进会)."""
    table = load_meeting_table()
    if name in table.kinds:
        return table.kinds[name]
    return next((k for k in table.kinds.values() if name in k.suffixes), None)


# ------------------------------------------------------------------ scope words


@functools.lru_cache(maxsize=1)
def _scope_words() -> tuple[tuple[str, str], ...]:
    """(word, what it is) for 全县, 县委, 县政府 … of every kind, longest first."""
    pairs: set[tuple[str, str]] = set()
    for kind in load_kinds().values():
        w = kind.words
        pairs |= {(w.scope, "scope"), (w.party, "party"), (w.government, "government")}
        pairs |= {(w.leadership, "leadership"), (w.lv + "人民政府", "government")}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@functools.lru_cache(maxsize=1)
def _scope_roles() -> dict[str, str]:
    """What each scope word is (县委 → party), looked up by word."""
    return dict(_scope_words())


def scope_fits(scope: str, kind: PlaceKind, place: str = "") -> bool:
    """True when a meeting's scope word belongs to this kind of place (全县 for a 县)."""
    if not scope:
        return True
    w = kind.words
    own = {w.scope, w.party, w.government, w.leadership, w.lv + "人民政府"}
    if place and scope.startswith(place) and scope != place:  # 清河县委: the place's own body
        return any(scope == place + b and (_level_word(place) + b) in own for b in _PLACE_BODIES)
    return scope in own or (bool(place) and (scope == place or place.startswith(scope) or _zone_short_of(scope, place)))


def _zone_short_of(scope: str, place: str) -> bool:
    """Whether `scope` is a zone's short name for the zone `place` (开发区, 经开区 for 清河县经济开发区; `_zone_scope`)."""
    if scope not in _ZONE_SHORT or not is_zone(place):
        return False
    return place.endswith(scope) or scope in ("开发区", "园区") or (scope, "经济" in place, "高新" in place) in (
        ("经开区", True, False), ("高新区", False, True))


_YEAR = re.compile(r"^(?P<year>\d{4}|[〇○零一二三四五六七八九]{4})年度?")
# “十五五”开局之年 names a year as 2026年 does: 全市“十五五”开局之年经济工作会议 drafted a work "“十五五”开局之年经济工作"
# (确保“十五五”开局之年经济工作的各项措施落到实处, lead35); the plan's first year is the only one a name says this way.
_PLAN_YEAR = re.compile(r'^[“"]?十五五[”"]?(?:规划)?(?:开局之年|开局年|首年|起步之年)')
# The first year of the current five-year plan (十五五: 2026–2030). A text that says 开局起步 or 开好局、起好步 says it only
# in a meeting of this year (`plan_start`); from the next year on it says the plan is being carried out.
PLAN_FIRST_YEAR = 2026
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_NUMBER = "[一二三四五六七八九十\\d]+"
# 第三次, 第十五届; 十五届二次 (团县委十五届二次全体会议)
_SESSION = re.compile(rf"^(?:第{_NUMBER}(?:次|届)|{_NUMBER}届(?:{_NUMBER}次)?)")
# A party committee's plenary session (县委全体会议, 区委十三届六次全体会议, 中共清河县委员会第十五届第五次全体会议): the
# 全会, read as 县委全会 is — a meeting whose name says who meets, not the work — and never a 领导小组's 全体会议 of 成员单位
# (reader51: 区委全体会议 was drafted as a leading group's, 听取各项工作进展情况汇报……各成员单位认真履职).
_PARTY_PLENUM = re.compile(
    rf"(?:委员会)?(?:第?{_NUMBER}[届次])*(?:全体(?:（扩大）|\(扩大\))?会议|全会|（扩大）会议|扩大会议)"
)
_PLACE_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|自治旗|特别行政区|省|市|州|地区|盟|县|旗|区|乡|镇|街道)"
)


def _take_scope(name: str, place: str) -> tuple[str, str]:
    for word, _what in _scope_words():
        if name.startswith(word):
            return word, name[len(word) :]
    bare = _bare_level_scope(name, place)
    if bare:
        return bare
    if place and name.startswith(place):
        return _with_body(place, name[len(place) :])
    zone = _zone_scope(name, place)
    if zone:
        return zone, name[len(zone) :]
    m = _PLACE_PREFIX.match(name)
    if m and len(name) > m.end() + 2 and (_looks_like_place(m.group(0)) or is_zone(m.group(0))):
        return _with_body(m.group(0), name[m.end() :])
    return "", name


# A zone's clerk names its meeting by the zone's short name (开发区2026年项目建设总结会, 高新区安全生产工作会议): that is its
# scope, as 全区 is. Read as the work's first words, the draft said 开发区2026年项目建设工作 throughout (reader52).
_ZONE_SHORT = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区", "产业园区", "开发区", "高新区", "经开区", "园区")
# … but 开发区建设, 园区改革 name a work of the zone (经济工作's 开发区, 园区建设)
_ZONE_WORK = ("建设", "改革", "体制", "扩区", "调区", "整合")


def _zone_scope(name: str, place: str) -> str:
    """The zone's short name a meeting of a zone (`place`) begins with, or ""."""
    if not place or not is_zone(place):
        return ""
    word = next((w for w in _ZONE_SHORT if name.startswith(w)), "")
    rest = name[len(word) :]
    return word if word and len(rest) > 2 and not rest.startswith(_ZONE_WORK) else ""


def is_zone(word: str) -> bool:
    """True when a name is a 开发区, 高新区 or 工业园区 (levels.yaml: a kind the gazetteer never lists): the meeting's scope,
    not the first words of its work (南通经济技术开发区招商引资推进会 is on 招商引资, review30b)."""
    from drafter.places import kind_of_suffix

    kind = kind_of_suffix(word)
    return kind is not None and not kind.gazetteer and kind.rank == "县"


# 县安全生产工作会议, 街道党建引领基层治理工作推进会: the place's own level word alone is its scope (全县, 全街道), as
# 全县 is; but not where the level word begins a word of the work: 市场监管, 县域经济, 区域协调, 乡村振兴, 镇村, 县直机关.
_NOT_SCOPE_AFTER = frozenset("域场民容政貌井村镇情况属内外里直级长城志")


def _bare_level_scope(name: str, place: str) -> tuple[str, str] | None:
    if not place:
        return None
    lv = _level_word(place)
    rest = name[len(lv) :]
    if not name.startswith(lv) or len(rest) < 4 or rest[0] in _NOT_SCOPE_AFTER:
        return None
    scope = "全" + lv
    if _scope_roles().get(scope) != "scope" or rest.startswith(_PLACE_BODIES) or _take_organ(name, place)[2]:
        return None  # 市应急管理局2026年全市安全生产工作会议: the level word begins the organ's name (市应急管理局)
    return scope, rest


# A place's own bodies said right after its name (清河县委, 葛仙庄镇党委); 委员会 is a committee's name, not 县委.
_PLACE_BODIES = ("人民政府", "党工委", "党委", "政府", "委")


def _with_body(place: str, rest: str) -> tuple[str, str]:
    """清河县委常委会会议, 葛仙庄镇党委会议: the place's own body is the scope (县委, 镇党委), not a work's first word."""
    body = next((b for b in _PLACE_BODIES if rest.startswith(b) and not rest.startswith(b + "员")
                 and (_level_word(place) + b) in _scope_roles()), "")
    return place + body, rest[len(body) :]


# The upper Party committees whose 巡察组 inspect a county's or a district's 县委 (区委): 市委, 州委, 盟委, 地委.
_UPPER_PARTY = ("市委", "州委", "盟委", "地委")


def _inspected_here(name: str, scope: str, place: str) -> bool:
    """True when a 巡察 feedback meeting's name says an upper committee's 巡察组 inspected this place's own committee
    (市委第三巡察组巡察清河县委情况反馈会 at 清河县; 市委巡察组对县委开展巡察情况反馈会议)."""
    level = _level_word(place)
    if not _upper_party(scope, place, level):
        return False
    own = f"{level}委"
    unit = re.search(r"巡察组?(?:巡察|对)(.{1,30}?)(?:开展巡察)?(?:巡察)?(?:情况|意见)?(?:集中)?反馈", name)
    if unit is None:
        return False
    said = unit.group(1)  # 县委, 清河县委, 鼓楼区委 (南京市鼓楼区 without its city)
    if said == own:
        return level != "市"  # 市委巡察组巡察市委 at 江阴市: which 市委 is which, the name does not say
    return said.endswith(own) and place.endswith(said[:-1])


def _upper_party(scope: str, place: str, level: str) -> bool:
    """Whether a meeting's scope is the Party committee above a county's (区's, 县级市's) own: 市委, or the upper city's
    name with it (邢台市委 at 清河县, 无锡市委 at 江阴市 — whose own committee is a 市委 too, draft40)."""
    if level in ("县", "区", "旗") and scope in _UPPER_PARTY:
        return True
    if level not in ("县", "区", "旗", "市") or not scope.endswith(_UPPER_PARTY) or not place:
        return False
    from drafter.places import resolve_place

    try:
        info = resolve_place(place, None, None)
    except LibraryError:
        return False
    if info is None or info.kind.rank != "县" or not info.superior:
        return False  # 南通市 (a 地级市): no 市委巡察组 inspects its 市委
    return scope == f"{info.superior}委" or scope in _UPPER_PARTY


def _level_word(place: str) -> str:
    """The level word a place's name ends with, as its bodies are named: 县 (清河县委), 街道 (城关街道党工委)."""
    return "街道" if place.endswith("街道") else place[-1:]


_ORGAN_LEAD = re.compile(rf"^全?(?:街道|[省市县区乡镇旗州])?(?:第?{_NUMBER}[届次])*")  # 街道纪工委全体会议 (review36)
_CONGRESS_SESSION = re.compile(rf"(?:第{_NUMBER}次|{_NUMBER}届{_NUMBER}次)(?=代表大会$)")


# Two or more units joining to call a meeting, before its own name (its scope or year): 县应急管理局、县消防救援大队2026年…
# (newuser36: the work was 、县消防救援大队2026年全县消防安全工作, said in every heading).
_UNIT = r"[省市县区乡镇旗州]?[^、，,。\s全\d“”]{1,14}?(?:局|委员会|委|部|办公室|办|大队|支队|中队|中心|总队)"
_JOINT_UNITS = re.compile(rf"^{_UNIT}(?:[、和与及]{_UNIT})+(?=全[省市县区乡镇旗州]|\d{{4}}年|二〇)")


def _take_organ(rest: str, place: str) -> tuple[str, str, str]:
    """(the organ's work, the rest, the organ) when a name starts with an organ of this level: 县教育局2026年工作会议 → 教育工作.

    The organ's level word, term (十八届) and, after it, the place (共青团清河县), year and session go with it. A sector
    (教育系统) stays in the rest when a work follows it: 教育系统党风廉政建设工作 is that sector's.
    """
    organs = load_meeting_table().organs
    rest = _CONGRESS_SESSION.sub("", rest)  # 县妇女第十五次代表大会: the session sits inside the organ's name
    joint = _JOINT_UNITS.match(rest)
    if joint:  # 县应急管理局、县消防救援大队2026年全县消防安全工作会议: who call it jointly are no part of the work
        units = re.split(r"[、和与及]", joint.group(0))
        keys = sorted(organs, key=len, reverse=True)
        key = next((k for unit in units for k in keys if unit.endswith(k)), None)
        after = _strip(_SESSION, _strip(_YEAR, rest[joint.end() :])[1])[1]
        return (organs[key] if key else ""), after, units[0]
    lead = _ORGAN_LEAD.match(rest)
    for start in sorted({0, lead.end() if lead else 0}, reverse=True):
        key = next((k for k in sorted(organs, key=len, reverse=True) if rest.startswith(k, start)), None)
        if key is None:
            continue
        after = rest[start + len(key) :]
        if place and after.startswith(place):
            after = after[len(place) :]
        after = _strip(_SESSION, _strip(_YEAR, after)[1])[1]
        if key.endswith("系统") and _names_a_work(_take_kind(after)[1]):
            return "", key + after, ""  # 教育系统2026年秋季开学…: the sector stays, its year goes (review30b)
        return organs[key], after, key
    return "", rest, ""


def _looks_like_place(word: str) -> bool:
    from drafter.gazetteer import lookup  # only for names that start with something place-like

    return bool(lookup(word))


def _strip(pattern: re.Pattern[str], text: str) -> tuple[str, str]:
    m = pattern.match(text)
    return (m.group(0), text[m.end() :]) if m else ("", text)


def spoken_name(name: str, place: str = "") -> str:
    """The meeting as its speaker names it in the hall: a bureau's 县教育和体育局2026年全县教育工作会议 is 这次全县教育
    工作会议 (lead35: the opening said 这次县教育和体育局2026年全县教育工作会议); the title keeps the name as given.
    Only an organ's meeting whose name goes on with its scope (全县、全市 …) is said from the scope on; any other name
    is said as it is."""
    meeting = parse_meeting(name, place)
    if not meeting.organ or not meeting.scope.startswith("全"):  # 共青团清河县委员会…: the place is the organ's
        return name
    at = name.find(meeting.scope, name.find(meeting.organ) + len(meeting.organ))
    return name[at:] if at > 0 and names_a_kind(name[at:]) else name


def names_a_kind(name: str) -> bool:
    """True when a meeting name ends as a meeting's does (…会议, …推进会, …培训班), whatever its work."""
    from drafter.topics import without_inspected_unit

    table = load_meeting_table()
    name = without_inspected_unit(name.strip())  # 县委巡察组巡察县教育局党组情况反馈会 (lead35)
    return any(name.endswith(s) for k in table.kinds.values() for s in k.suffixes)


def is_vague(name: str) -> bool:
    """True when a meeting name says neither what kind of meeting it is nor which work (开会, 清河县)."""
    from drafter.topics import find_topics

    if _bare_kind(name) and not find_topics(name):  # 会议, 推进会: drafted as “在会议上的讲话” on 各项工作 (newuser31)
        return True
    if names_a_kind(name):  # 全县领导干部大会: a kind, but who gathers is no work
        return parse_meeting(name).work == "" and not find_topics(name)
    # 县纪委十五届五次全会: the organ names the work (纪委 → 纪检监察工作) where no word of the name does
    return not find_topics(name) and not find_topics(parse_meeting(name).work)


def _bare_kind(name: str) -> bool:
    """The name is a kind's word and nothing else: no scope, no work, no convenor (会议, 大会, 推进会)."""
    bare = name.strip()
    return any(bare == suffix for kind in load_meeting_table().kinds.values() for suffix in kind.suffixes)


# The plain endings after which a kind's lead word (欢送) decides the kind: 欢送新兵大会, 欢送援疆干部会议.
_PLAIN_ENDINGS = ("大会", "会议", "会")


def _take_kind(rest: str) -> tuple[MeetingKind, str]:
    table = load_meeting_table()
    for kind in table.kinds.values():
        lead = next((w for w in kind.leads if rest.startswith(w)), "")
        end = next((e for e in _PLAIN_ENDINGS if rest.endswith(e)), "") if lead else ""
        if end and len(rest) > len(lead) + len(end):
            return kind, rest[len(lead) : -len(end)]
    pairs = [(s, k) for k in table.kinds.values() for s in k.suffixes]
    for suffix, kind in sorted(pairs, key=lambda p: -len(p[0])):
        if rest.endswith(suffix):
            return kind, rest[: -len(suffix)]
    return table.kinds[DEFAULT_KIND], rest


# A numeral festival (五一, 三八) is not one inside a number (第五十一次, 二〇三八年).
_NOT_AFTER_NUMERAL = "(?<![第〇零一二三四五六七八九十百千0-9])"


def find_festival(name: str) -> Festival | None:
    """The festival a meeting name says it is held for (庆祝第四十个教师节暨… → 教师节), if any."""
    festivals = load_meeting_table().festivals
    for key in sorted(festivals, key=len, reverse=True):
        if re.search(_NOT_AFTER_NUMERAL + re.escape(key), name):
            return festivals[key]
    return None


# 庆祝…节暨 / 纪念…暨: the occasion before 暨 is not what the meeting is about.
_OCCASION = re.compile(r"^.*暨")
_OCCASION_WORDS = ("庆祝", "纪念", "周年", "启动仪式", "开班", "揭牌")
_FESTIVAL_WORDS = re.compile(
    r"^(?:庆祝|纪念)?(?:第[^个节]{1,4}个)?(?:[^节]*?节(?:前后|期间|前|后)?|[“\"]?七一[”\"]?|[^暨]*?(?:建党|党成立)[^暨]*?周年"
    r"|[“\"]?五四[”\"]?运动(?:[^暨]*?周年)?)"  # 纪念五四运动青年座谈会: 青年工作, not 纪念五四运动青年工作 (review33b)
)


def _work_name(
    core: str, kind: MeetingKind, festival: Festival | None = None, organ_work: str = "", dated: bool = False
) -> tuple[str, str]:
    """(work, honorees) from what is left of the name once scope, organ, year, session and kind are gone.

    `organ_work` is the work of the organ the name started with (县教育局 → 教育工作): the work when the rest names none.
    `dated`: the name said a year (全镇2026年工作总结会), so a bare 工作 is that year's whole work.
    """
    core = _committee_work(core, kind)
    core = core.removesuffix("联席").removesuffix("暨")
    # …暨优秀教师表彰大会: what follows 暨 says whom the meeting honours; elsewhere 暨 may join two works
    joined = core.split("暨", 1)[0] if kind.name == "表彰大会" and "暨" in core else ""
    core = _OCCASION.sub("", core) if kind.name == "表彰大会" else _joined_works(core)
    if festival and find_festival(core):
        core = _FESTIVAL_WORDS.sub("", core)  # 教师节表彰大会: the festival is no work; 重阳节敬老 → 敬老
    timed, core = core, _drop_time_prefix(core)
    purpose = next((p for p in sorted(load_meeting_table().purposes, key=len, reverse=True) if core.endswith(p)), "")
    if purpose:  # 党风廉政建设警示教育 → 党风廉政建设; 领导干部警示教育 names no work: the purpose's own
        core = core.removesuffix(purpose)
        held_for = _audience(core, core)  # 年轻干部警示教育: those it is held for name no work either
        if not _names_a_work(core) or core.endswith("系统") or (held_for is not None and core in held_for.words):
            return load_meeting_table().purposes[purpose], ""
    if organ_work and not _names_a_work(core) and kind.name != "表彰大会":  # 县教育局年中工作会议, 团县委全体会议
        return organ_work, ""
    if (core in ("", "工作") and timed not in ("", "工作")) or (dated and core == "工作"):  # 年中工作推进会, 2026年工作总结会
        return load_meeting_table().period_work or "各项工作", ""
    festival_honorees = festival.honorees if festival else ""
    festival_work = festival.work if festival else ""
    if kind.name == "表彰大会":
        named = core.removesuffix("工作")
        table = load_meeting_table()
        # 优秀教师表彰大会 honours people; 全县教育工作表彰大会 names a work, not whom it honours.
        people = not core.endswith("工作") and named.endswith(table.honoree_endings)
        honorees = named if people else festival_honorees or DEFAULT_HONOREES
        work = next((w for k, w in table.honorees.items() if k in core), "")
        if not work:
            work = core if core.endswith("工作") else _honoured_work(named) or festival_work or organ_work or "各项工作"
        return _work_before_honours(joined) or work, honorees
    # A class named for its trainees before who gathers: 党员干部培训班 trains 党员干部 (基层党建), where 党员干部大会
    # names no work (review28: the class was refused as 看不出是哪项工作).
    if kind.template in ("training", "graduation", "farewell") and core and not core.endswith("工作"):
        return _trainees_work(core), ""
    if kind.template == "appraisal" and core:  # 乡镇党委书记抓基层党建工作 (述职评议会): the work they answer for
        core = _REPORTERS.sub("", core)
        if not core.endswith("工作"):  # 村党组织书记述职评议会: who report, as a class's trainees say it
            return _trainees_work(core), ""
    seated = next((w for k, w in load_meeting_table().trainees.items() if core.endswith(k)), "")
    if kind.template == "symposium" and seated not in ("", TRAINEES_WORK) and not core.endswith("工作"):
        return festival_work or seated, ""  # 社区工作者座谈会: 社会工作, not 社区工作者工作 (review33b)
    if core.endswith("代表") and len(core) > len("代表") and not core.endswith(_BODY_DELEGATES):
        # 教师代表座谈会, 退役军人代表座谈会: who sit at it, not a work of 代表 (it read as 人大: 人大代表票决制 at a 教师节
        # 座谈会, review33b); the festival's work first (教师节 → 教育工作)
        return festival_work or _trainees_work(core.removesuffix("代表")), ""
    attended = _attended_work(core)
    if attended:  # 全县中小学校长会议, 全市公立医院院长会议: who attends, not 中小学校长工作 (review30b)
        return organ_work or attended, ""
    bare = core.strip("“”\"")  # 全县“三级干部”大会
    if bare in _gatherings():  # 三级干部大会: the year's whole work; 领导干部大会: not said ("")
        return _gatherings()[bare], ""
    if not core:
        if kind.name == "务虚会" and not festival_work:
            # 省委务虚会, 县政府务虚会: the year's whole work, as a 年中工作推进会 (lead40: a 省委务虚会 spoke of 各项工作,
            # 把它同中心工作一起研究, 推动各项工作行稳致远)
            return load_meeting_table().period_work or "各项工作", ""
        return festival_work or "各项工作", ""
    if festival_work and not _names_a_work(core):  # 八一军政座谈会: 双拥工作, not 军政工作
        return festival_work, ""
    if core.endswith("运动") and len(core) > 4:  # 爱国卫生运动 → 爱国卫生工作, not 爱国卫生运动工作
        core = core.removesuffix("运动")
    if core.endswith("活动") and len(core) > 4:  # 安全生产月活动 (its 启动仪式): the campaign, not 安全生产月活动工作
        return core, ""
    return (core if core.endswith("工作") else core + "工作"), ""


def _attended_work(core: str) -> str:
    """The work of a meeting named for the heads of some units who attend it (kinds.yaml `attendees`: 中小学校长 →
    教育工作, 公立医院院长 → 卫生健康工作), else "" (the name is no such meeting, or its units name no work)."""
    from drafter.topics import find_topics

    head = next((w for w in load_meeting_table().attendees if core.endswith(w) and len(core) > len(w)), "")
    topics = find_topics(core[: -len(head)]) if head else []
    return topics[-1].name.split("（")[0] + "工作" if topics else ""


# Delegates of a body, whose meeting is that body's work (人大代表座谈会), unlike 教师代表.
_BODY_DELEGATES = ("人大代表", "党代表", "政协委员代表", "妇女代表", "团代表", "工会会员代表")


# Who report before the work they answer for (述职评议会): 乡镇党委书记抓基层党建工作 → 基层党建工作.
_REPORTERS = re.compile(r"^.*?(?:书记|负责人|一把手|领导干部|班子)抓")


# Trainees named by who they are (乡村振兴干部, 食品安全监管人员, 社区工作者): what comes before is the work.
_TRAINEE_PEOPLE = re.compile("(?:干部|工作者|人员|骨干)$")


def _trainees_work(core: str) -> str:
    """The work of a training class named for its trainees (review20: not 村党组织书记工作任务这么重, 社区工作者工作):
    the table's (党组织书记 → 基层党建工作, 教师 → 教育工作), else the work before the people (乡村振兴干部 → 乡村振兴工作),
    else the name's own work (安全生产监管执法 → …工作), else 各项工作 (新任科级干部)."""
    trainees = load_meeting_table().trainees
    named = next((w for k, w in trainees.items() if k in core), "")
    if named:
        return named
    stem = _TRAINEE_PEOPLE.sub("", core)
    if stem != core:
        return (stem if stem.endswith("工作") else stem + "工作") if stem and _names_a_work(stem) else TRAINEES_WORK
    return core + "工作" if _names_a_work(core) else TRAINEES_WORK


# Words that start whom a commendation honours (就业创业先进集体和先进个人, 就业工作先进集体).
_HONOUR_WORDS = re.compile("先进|优秀|模范|标兵|示范|突出贡献")


def _joined_meeting_kind(core: str, kind: MeetingKind) -> MeetingKind:
    """The kind of a commendation joined to a work's meeting (全县教育工作会议暨教师节表彰大会, 工会工作暨劳模表彰大会): that
    meeting's (a 工作会议 with a commendation in it), else `kind`. Drafted as a 表彰大会 its speech was all 学习先进 and 希望,
    and the year's 教育工作 got a word at most (commend37)."""
    if kind.name != "表彰大会" or "暨" not in core:
        return kind
    left = core.split("暨", 1)[0]
    if not _work_before_honours(left):
        return kind
    return _take_kind(left)[0] if names_a_kind(left) else load_meeting_table().kinds[DEFAULT_KIND]


def _work_before_honours(joined: str) -> str:
    """The work a commendation is joined to (工会工作暨劳模表彰大会 → 工会工作, not 劳模工作: review36c), else ""."""
    if names_a_kind(joined):  # 教育工作会议暨教师节表彰大会: the meeting's own kind (工作会议) is no part of the work
        joined = _take_kind(joined)[1].removesuffix("工作") + "工作"
    if not joined.endswith("工作") or find_festival(joined) or any(w in joined for w in _OCCASION_WORDS):
        return ""
    return joined if _names_a_work(joined) else ""


def _honoured_work(named: str) -> str:
    """The work before whom a commendation honours, when it is one of our topics: 就业创业先进集体 → 就业创业工作."""
    work = _HONOUR_WORDS.split(named, maxsplit=1)[0].removesuffix("工作")
    return work + "工作" if len(work) >= 2 and _names_a_work(work + "工作") else ""


def _joined_works(core: str) -> str:
    """Two works joined by 暨 are both the meeting's (安全生产暨森林防火 → 安全生产和森林防火).

    What stands before 暨 is dropped when it is an occasion (庆祝教师节暨…, 纪念…周年暨…), names no work,
    or names the same work as what follows (安全生产工作会议暨安委会全体会议); what follows is dropped
    when it names no work (经济工作暨三级干部大会 is about 经济工作).
    """
    if "暨" not in core:
        return core
    left, right = core.split("暨", 1)
    right = _joined_works(_without_scope(right))
    if names_a_kind(left):
        left = _take_kind(left)[1]
    from drafter.topics import find_topics

    left_topics, right_topics = find_topics(left), find_topics(right)
    if not left_topics or find_festival(left) or any(w in left for w in _OCCASION_WORDS):
        return right
    if not right_topics or right in _gatherings():
        return left
    if {t.tag for t in right_topics} <= {t.tag for t in left_topics}:
        return left
    return f"{left.removesuffix('工作')}和{right}"


def _without_scope(part: str) -> str:
    """A joined meeting's name without its own scope word: 镇党委扩大会议暨全镇经济工作会议 is on 经济工作, not 全镇经济工作
    (reader50: 我镇全镇经济工作取得了新的成效)."""
    scope = next((w for w in sorted(_scope_roles(), key=len, reverse=True)
                  if part.startswith(w) and _scope_roles()[w] == "scope" and len(part) > len(w) + 1), "")
    return part[len(scope) :]


def _gatherings() -> dict[str, str]:
    """Meetings named by who gathers (三级干部 → the work they hear about; 领导干部 → "": the name says none)."""
    return load_meeting_table().gatherings


# 第一次 / 2026年第二次 / 2026年 before 全体会议: which sitting, not part of the work (县安委会2026年全体会议 was on
# 安委会2026年工作, review30b).
_SITTING = re.compile(r"(?:[0-9]{4}年度?)?(?:第[一二三四五六七八九十0-9]{1,3}次)?$")
_LEVEL_CHARS = "省市县区乡镇"
# Words that start with a level character and are no level (市场监管, 乡村振兴, 县域经济).
_NOT_A_LEVEL = ("市场", "市容", "市政", "市民", "市县", "区域", "区划", "县域", "县城", "乡村", "乡镇", "乡风",
                "乡贤", "镇村", "镇街", "省级", "市级", "县级", "区级", "省直", "市直", "县直", "区直")  # fmt: skip


def _own_body(core: str, kind: MeetingKind) -> str:
    """What is left of a body's meeting name without its sitting and level: 县安委会第一次 → 安委会."""
    core = _SITTING.sub("", re.sub(r"[（(]扩大[）)]$", "", core.strip()))
    if kind.convenor and core[:1] in _LEVEL_CHARS and core[:2] not in _NOT_A_LEVEL and len(core) > 2:
        core = core[1:]  # 县安委会, 县食品安全: the speaker's own body, named with its level
    return core


def _body_name(core: str, kind: MeetingKind) -> str:
    """Who meets at a body's meeting, as its speech says it: 安委会, 安全生产委员会, 防汛抗旱指挥部, else 领导小组."""
    if kind.convenor != "领导小组":
        return DEFAULT_BODY
    body = _own_body(core, kind)
    if body in load_meeting_table().committees:
        return body
    if body.endswith(("委员会", "指挥部")) and len(body) > 4:
        return body
    return DEFAULT_BODY  # 领导小组, 联席会议 and names that do not say the body


def _names_a_work(core: str) -> bool:
    """True when what is left of a festival meeting's name names a work of our topics (重阳节敬老 does not)."""
    from drafter.topics import find_topics

    return bool(find_topics(core))


def _committee_work(core: str, kind: MeetingKind) -> str:
    """The work a body's meeting is about: 县安委会第一次 → 安全生产, 县食品安全委员会 → 食品安全."""
    core = _own_body(core, kind)
    bodies = load_meeting_table().committees
    if core in bodies:
        return bodies[core]
    for suffix in ("领导小组", "委员会", "指挥部"):
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            return core.removesuffix(suffix).strip()
    return core


_CAMPAIGNS = ("行动", "攻坚战", "百日攻坚", "会战")


@functools.lru_cache(maxsize=1)
def _times_before_work() -> re.Pattern[str]:
    """One or more times joined (国庆中秋, 元旦、春节), each may say 节, then 前/期间/前后/后: 国庆中秋期间, 五一节前."""
    words = "|".join(re.escape(w) for w in sorted(load_meeting_table().time_words, key=len, reverse=True))
    if not words:
        return re.compile(r"(?!)")
    one = rf"(?:{words})节?"
    return re.compile(rf"{one}(?:[、和与暨及]?{one})*(?:前后|期间|以来|前|后)?")


def _drop_time_prefix(core: str) -> str:
    """节前安全生产 → 安全生产: a time the meeting is held for is no part of the work's name.

    An aim after the work goes too: 教育高质量发展 → 教育.
    """
    table = load_meeting_table()
    plain = core.replace("“", "").replace("”", "")  # “两节”期间 is 两节期间
    timed = _times_before_work().match(plain)  # 国庆中秋期间, 五一节前, 春节前后, 汛期
    # A campaign's name keeps its season (夏季治安打击整治行动 is that campaign's name, not a summer's 治安).
    joined = timed.end() if timed and not plain.endswith(_CAMPAIGNS) else 0
    cut = max([len(p) for p in table.time_prefixes if plain.startswith(p)] + [joined])
    if cut and len(plain) > cut + 1:
        core = plain[cut:]
    period = next((p for p in table.periods if core.startswith(p) and len(core) > len(p)), "")
    core = core[len(period) :]  # 上半年经济运行, 年中工作
    for aim in table.aim_suffixes:
        if core.endswith(aim) and len(core) > len(aim) + 1:
            # 推动高质量发展 is the aim itself, 推动经济高质量发展 the economy's (reader49: 全市推动高质量发展动员大会 was on
            # 推动工作 and said 推动推动工作): the verb before the work is no part of its name
            rest = _AIM_VERB.sub("", core[: -len(aim)])
            return rest if len(rest) > 1 else aim
    return core


# The verbs a meeting's name may put before a work and its aim (推动经济高质量发展, 奋力推进教育高质量发展).
_AIM_VERB = re.compile("^(?:奋力|全力|着力|扎实|加快|坚定不移地?|持续|全面)?(?:推动|推进|促进|实现)")


def _convenor(kind: MeetingKind, scope_role: str, work: str) -> Convenor:
    table = load_meeting_table()
    if kind.convenor:
        return table.convenors[kind.convenor]
    for convenor in table.convenors.values():
        if scope_role and scope_role in convenor.prefixes:
            return convenor
    for convenor in table.convenors.values():
        if any(w in work for w in convenor.works):
            return convenor
    return table.convenors[DEFAULT_CONVENOR]


def _scope_role(scope: str) -> str:
    words = _scope_roles()
    if scope not in words:  # 清河县委: the role of 县委
        bodies = (_level_word(scope[: -len(b)]) + b for b in _PLACE_BODIES if scope.endswith(b))
        scope = next((body for body in bodies if body in words), scope)
    return words.get(scope, "")


# A sitting of the 人大常委会 (县人大常委会第三十次会议): the kind of its own, not a 人大工作 meeting the 县委 holds.
_NPC_WORK, _NPC_SESSION = "人大工作", "人大常委会会议"
# A sitting of the 政协常委会 (县政协常委会第十次会议, 政协清河县委员会常务委员会第十次会议): the 主席 closes it.
_CPPCC_WORK, _CPPCC_SESSION = "政协工作", "政协常委会会议"
# 政协清河县委员会常务委员会…: a name read without its place keeps 清河县委员会 here, and 第十届委员会 may stand there too.
_CPPCC_SITTING = re.compile(
    r"^(?:[^常]{0,10}?委员会)?(?:第?[一二三四五六七八九十]+届(?:委员会)?)?(?:常委会|常务委员会)"
    r"(?:第[一二三四五六七八九十百零0-9]+次)?(?:（扩大）|\(扩大\))?(?:全体)?会议$"
)


# A plenary of a committee that decides (县委编委会全体会议: 机构编制 matters; 市住房公积金管委会全体会议: the fund's),
# not a 领导小组 of 成员单位. Its speech calls it by the name's short form.
_COMMITTEE_SESSION = "编委会、管委会会议"
_DECIDING_COMMITTEE = re.compile("编委|机构编制委员会|公积金管委会|公积金管理委员会")


def parse_meeting(name: str, place: str = "") -> Meeting:
    """Read a meeting name (全县乡村振兴工作推进会) into scope, year, session, work, kind, convenor."""
    return _parse_meeting(name, place)


# A draft reads its meeting's name about a dozen times (answers, questions, planning, notes): read once. The reading
# depends only on the name, the place and the shipped tables (kinds.yaml, topics.yaml, the gazetteer), which a
# process reads once too; a Meeting is frozen.
@functools.lru_cache(maxsize=64)
def _parse_meeting(name: str, place: str) -> Meeting:
    from drafter.topics import without_inspected_unit

    name = name.strip()
    # 县委巡察组巡察县教育局党组情况反馈会: the 巡察's feedback meeting, whatever unit it inspected (lead35)
    year, rest = _strip(_YEAR, without_inspected_unit(name))  # 2027年全县经济工作会议: the year may come before the scope …
    rest = rest.removeprefix("中国共产党").removeprefix("中共")  # 中共清河县纪律检查委员会第三次全体会议: the party's full name
    session, rest = _strip(_SESSION, rest)
    if _PLAN_YEAR.match(rest):  # “十五五”开局之年全县经济工作会议: before the scope too (its work was 全县经济工作)
        year, rest = year or str(PLAN_FIRST_YEAR), _strip(_PLAN_YEAR, rest)[1]
    scope, rest = _take_scope(rest, place)
    organ_work, rest, organ = _take_organ(rest, place)
    if not year:  # … or after it (全县2027年经济工作会议)
        year, rest = _strip(_YEAR, rest)
    if _PLAN_YEAR.match(rest):  # 全市“十五五”开局之年经济工作会议: the year 2026, not a part of the work
        # with a year said too (2026年全县十五五开局之年…) still no part of the work (newuser36: 确保十五五开局之年经济工作…)
        year, rest = year or str(PLAN_FIRST_YEAR), _strip(_PLAN_YEAR, rest)[1]
    if not session:
        session, rest = _strip(_SESSION, rest)
    # (中共清河县委员会…: the party's full name says whose 委员会; 清河县委员会全体会议 alone may be any committee's)
    party = name.startswith(("中共", "中国共产党")) or _YEAR.sub("", name).startswith(("中共", "中国共产党"))
    if _PARTY_PLENUM.fullmatch(rest) and (_scope_role(scope) == "party" or (party and rest.startswith("委员会"))):
        rest = "全会"  # 县委全体会议, 区委十三届六次全体会议: the 全会 of the party committee, no 领导小组 (reader52)
    if organ and not scope:  # 市教育局2026年全市教育工作会议: the scope after the organ and year is no part of the work
        scope, rest = _take_scope(rest, place)
    elif scope and rest.startswith("全"):
        # 县委、县政府全县经济工作会议, 县委组织部、县人社局全县人才工作会议 (newuser36): the callers' scope first,
        # then the meeting's; neither is the work's
        rest = _take_scope(rest, place)[1]
    sitting = organ_work == _CPPCC_WORK and _CPPCC_SITTING.match(rest) is not None
    if sitting:
        rest = "会议"  # 常委会第十次会议: the committee's sitting on its own agenda, no work named
    kind, core = _take_kind(rest)
    if sitting:
        kind = load_meeting_table().kinds.get(_CPPCC_SESSION, kind)
    if rest == "会议" and _scope_role(scope) == "party":
        core = "党委会"  # 镇党委会议, 街道党工委会议: the 党委's own sitting (a 镇 has no 常委会), not a meeting on 各项工作
    # 县委常委会会议, 县政府常务会议, 局党组会议: a standing body's sitting that takes up one work, not a work meeting;
    # 县教育局党组巡察反馈会 is the 党组's 巡察 feedback, not a sitting on 教育工作 (review36b)
    if kind.template != _FEEDBACK:
        kind = next((k for k in load_meeting_table().kinds.values() if core in k.standing), kind)
    elif _inspected_here(name, scope, place):
        # 市委第三巡察组巡察清河县委情况反馈会 at 清河县: the county's 县委 was inspected; its 书记 pledges 整改 to the 市委's
        # 巡察组, not hands problems to an inspected unit (works37)
        kind = load_meeting_table().kinds.get(_PLEDGE, kind)
    if organ_work == _NPC_WORK and rest == "会议" and "常委会" in name:  # 县人大常委会第三十次会议: a sitting
        kind = load_meeting_table().kinds.get(_NPC_SESSION, kind)
    deciding = _DECIDING_COMMITTEE.search(name) if kind.template == "leading-group" else None
    if organ_work and kind.template == "leading-group":  # 团县委全体会议: the organ's own plenary, not a 领导小组's
        kind = load_meeting_table().kinds[DEFAULT_KIND]
    festival = find_festival(name)
    work, honorees = _work_name(core, kind, festival, organ_work, dated=bool(year))
    kind = _joined_meeting_kind(core, kind)
    held_by = next((w for b, w in kind.bodies if b in name), "")
    if held_by:  # 县十八届人大五次会议闭幕会: the 人代会's closing, not a meeting on 人大五次会议工作
        work = held_by
    if deciding:  # 县委编委会全体会议, 市住房公积金管委会全体会议: a committee that decides, no 领导小组 (its work read as one's)
        kind = load_meeting_table().kinds.get(_COMMITTEE_SESSION, kind)
    audience = _audience(core, name, kind.name)
    if audience and audience.work and work.removesuffix("工作").removesuffix("代表") in audience.words:
        work = audience.work  # 民营企业家座谈会 is about 民营经济工作, not about "民营企业家工作"
    convenor = _convenor(kind, _scope_role(scope), work)
    if department_of(organ) and (not kind.convenor or kind.template == _FEEDBACK):
        # 县应急管理局2026年安全生产工作会议: the bureau's own meeting; its head speaks for the bureau, not for 县委、县政府;
        # 县卫健委党委巡察反馈会: the 巡察 of the bureau's own Party body, which speaks (review36b)
        convenor = load_meeting_table().convenors.get(DEPARTMENT_CONVENOR, convenor)
    full = rest.endswith(("委员会全体会议", "委员会全体（扩大）会议"))  # the kind's suffix took 委员会 with it
    body = _body_name(core.rsplit("暨", 1)[-1] + ("委员会" if full else ""), kind)  # …工作会议暨县安委会全体会议
    if deciding:
        body = "管委会" if "公积金" in deciding.group(0) else "编委会"
    return Meeting(
        name, scope, year[:4].translate(_YEAR_DIGITS), session, work, kind, convenor, honorees, audience.name if audience else "", festival, body,
        organ,
    )  # fmt: skip


def audience_names() -> tuple[str, ...]:
    """The audiences of the table (企业家 …) and 干部, this level's own cadres."""
    return (*load_meeting_table().audiences, CADRES)


def guest_audiences() -> frozenset[str]:
    """The audiences the table marks as guests asked for advice (企业家)."""
    return frozenset(name for name, a in load_meeting_table().audiences.items() if a.guests)


# Words after an audience's word that make a meeting about a work done for them (年轻干部工作会议, 离退休干部党建工作会议,
# 退役军人事务座谈会: the cadres who serve them are in the hall).
_ABOUT_THEM = ("工作", "党建", "事务")


def _audience(core: str, name: str, kind: str = "") -> Audience | None:
    """The audience a meeting's name (`core`: without scope and kind) says sits in the hall, longest word first (one
    the table holds for some kinds only, when the meeting is one of them)."""
    audiences = [a for a in load_meeting_table().audiences.values() if not a.kinds or kind in a.kinds]
    pairs = [(w, a) for a in audiences for w in a.words]
    # 年轻干部工作会议 (离退休干部党建工作会议) is about that work, held for those who do it: the young cadres are not
    # in the hall. 年轻干部警示教育会议 is held for them, but it is a warning-education speech (以案为鉴), not a talk
    # with them (作为过来人，我和大家交流三点体会 over points on 四风).
    held = tuple(load_meeting_table().purposes)
    return next((a for w, a in sorted(pairs, key=lambda p: -len(p[0]))
                 if w in core and not any(w + s in name for s in _ABOUT_THEM) and not any(w + p in name for p in held)), None)  # fmt: skip


def convenor_named(name: str) -> Convenor | None:
    return load_meeting_table().convenors.get(name)
