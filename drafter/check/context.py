"""The place and level a speech is checked against: given by the user, or inferred per speech.

Inferred from 全县 in the title, a template's placeholder place (在XX县…), the speaker's office (县人大主任…在),
a place name in the title, counts of 我县/全县 in the text, and the most frequent place of that level. The
gazetteer is loaded only when a place is looked up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.check.census import answering_below, group_title_level, visitor_from_above
from drafter.check.outline import Speech
from drafter.placewords import SLOGAN_WORDS, is_word_place
from drafter.records import Record, replace
from drafter.structure import Block
from drafter.text import count_han, level_of_place, most_common

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any


class SpeechContext(Record, frozen=False):
    """The place and level a part of the text is checked against (a mutable record: drafter/records.py)."""

    __slots__ = ("level", "place", "places", "reasons", "also_own", "held", "page_title", "guests", "town")
    level: str | None
    place: str | None
    places: tuple[Any, ...]  # gazetteer Places the name may denote
    reasons: dict[str, str]
    # Levels whose own words (我市) are the speaker's all the same: a 街道's people call their city 我市,
    # a 市委常委 at a 区 meeting speaks for the city.
    also_own: frozenset[str]
    # ××县人大 in a template whose only own word is one 我市: the level and words of the body named with a placeholder
    # place (the template's own place, hidden), which leave the level uncertain (check_level_clash warns on 我市).
    held: tuple[str, str] | None
    # 全区信访工作会议上的讲话篇一 over a speech whose own meeting is 全省工会信访工作座谈会: a site's title, set aside for
    # the level (read from the text) and not checked for level words.
    page_title: str
    # 兴海县 of a title 青海省兴海县政协委员培训班开班典礼致辞 when the speaker represents 睢宁县委、县政府: the guests'
    # place (codes), named elsewhere in the text as theirs; and the addressee's a salutation names (广东省归国华侨联合会：
    # over 吉林省侨联's 贺电).
    guests: frozenset[str]
    # 周集镇 given with --place, or named after its county in the title (霍邱县周集镇2025年度…总结): the own town, which
    # the gazetteer does not hold (the place above is then its county).
    town: str | None

    def __init__(self, level: str | None = None, place: str | None = None, places: tuple[Any, ...] = (),
                 reasons: dict[str, str] | None = None, also_own: frozenset[str] = frozenset(),
                 held: tuple[str, str] | None = None, page_title: str = "", guests: frozenset[str] = frozenset(),
                 town: str | None = None) -> None:  # fmt: skip
        self.level = level
        self.place = place
        self.places = places
        self.reasons = {} if reasons is None else reasons  # a new dict for each (field(default_factory=dict))
        self.also_own = also_own
        self.held = held
        self.page_title = page_title
        self.guests = guests
        self.town = town


# Kinds whose own words are not those of their tier (全州 in an 自治州, 全旗, 全盟, 全街道): the level a
# speech is checked at may be one of these as well as 省/市/县/区/乡/镇.
FINE_KINDS = {"自治州": "州", "盟": "盟", "旗": "旗", "自治旗": "旗", "街道": "街道"}
# (健全乡村、健全镇村 are no 全乡, 全镇; 召开全县村“两委”换届选举工作会 is the county's villages: 全县;
# 健全县乡村三级物流体系 in a 自治区's speech is no 全县 either: a word ending in 健/完/齐/安 runs into it, areas25)
OWN_WORD = re.compile(r"(?P<kind>我|(?<![健完齐安])全)(?P<lv>街道|[省市县区乡镇州旗盟])(?![域场份级县])(?!(?<=[乡镇])村)")
UPPER_OK_AFTER = re.compile(r"^(?:[^，。；！？]{0,6}(?:前列|第[一二三四五六七八九十]|领先|排名|前茅|首位|之首|范围|平均|率先))")


# 县委、县政府今晚专题召开… / 经县委、县政府研究，今天在这里召开…: the bodies that convene this very meeting are
# ours. (市委、市政府今天召开了全市…会议 reports a superior's meeting, 省委、省政府召开这次会议，非常及时 a city's
# comment on the province's: neither is counted.)
_OWN_CONVENER = re.compile(
    r"(?<![省市县区乡镇])(?P<lv>[省市县区乡镇])委[、]?(?P=lv)(?:人民)?政府"
    r"[^。；！？]{0,16}?(?:今天|今晚|今日|在这里|专题)[^。；！？]{0,8}?召开(?!了)"
    # 市政府召开这次全市…会议 / 这次经济工作会议，是县委、政府认真研究决定召开的: this very meeting's conveners
    r"|(?<![省市县区乡镇各])(?P<one>[省市县区乡镇])(?:委|(?:人民)?政府)(?:[、和](?:(?P=one))?(?:人民)?政府)?"
    r"(?:[^。；！？]{0,6}?召开(?:这次|本次|今天的))"
    r"|(?:这次|本次|今天的|今天这次)[^。；！？]{0,16}?会[议]?[，,]?(?:是|由)(?P<by>[省市县区乡镇])委[、和]?(?:(?P=by))?(?:人民)?政府"
    r"[^。；！？]{0,10}?(?:决定|研究)[^。；！？]{0,4}?召开"
)


def relayed(before: str, lv: str) -> bool:
    """The clause before 全X relays what X's leader said or wrote (传达了…市长致全市…)."""
    clause = re.split(r"[，。；：！？,;:]", before)[-1]
    return bool(re.search(r"传达|转达", clause) and re.search(rf"(?<![我全各]){lv}(?:长|委书记)", clause))


def _count_own_words(text: str) -> Counter[str]:
    """我X counts three, 全X one (全省第三, 全市前列 name a superior's ranking, not the speaker)."""
    counts: Counter[str] = Counter()
    for m in OWN_WORD.finditer(text):
        after = text[m.end() : m.end() + 6]
        if after[:1] in "（(" or (m.group("kind") == "全" and UPPER_OK_AFTER.match(after)):
            continue
        if m.group("kind") == "全" and relayed(text[max(0, m.start() - 30) : m.start()], m.group("lv")):
            continue  # 传达了市长致全市…会议的一封信: the city's leader says 全市, relayed at our meeting
        if m.group("kind") == "全" and text[max(0, m.start() - 1) : m.start()] in ("被", "在", "向") and _SPREAD.match(after):
            continue  # 防控经验被全市推广 in a county report (level52): the superior spreads the own place's way
        counts[m.group("lv")] += 3 if m.group("kind") == "我" else 1
    for m in _MASKED_OWN.finditer(text):
        counts[m.group("lv")] += 3  # **县大力推进作风建设 / **县正处于…: the page hid the own name, said as 我县 is
    for m in _OUR_AREA.finditer(text):
        counts[m.group("lv")] += 3  # 为我们县域发展提供了根本遵循: our county's land, as 我县 is
    return counts


_SPREAD = re.compile(r"(?:复制|交流)?推广|推介|交流")


# 为我们县域发展提供了遵循 (#13, batch 64's planted f07, where 全市 planted in the meeting's name was the only other
# level word): the speaker's own county (or city) as a territory. OWN_WORD leaves 全县域 out of the level words checked.
_OUR_AREA = re.compile(r"(?:我们|咱们|我)(?P<lv>[市县区])域")


# **县正处于… / ××县大力推进…: the own place with its name masked by the page, the subject of a sentence (not
# **县委 / ××县长 / **县、**县, a list of a city's counties)
_MASKED_OWN = re.compile(
    # (与XX县正在推进的…战略高度契合: after 与 / 和 / 同 as well, the subject of what the own place is doing)
    r"(?:^|(?<=[。！？，,；：:\n与和同]))(?:[xX×＊*#＃]{2,4}|某某)(?P<lv>[省市县区镇乡])"
    r"(?=(?:正|大力|始终|坚持|将|已|已经|全面|扎实|积极|深入|持续|在|上下|人民|经济|各级)[\u4e00-\u9fff])"
)


# 今天…召开这次全县环保工作会议 / 我们今天召开全县…大会: this very meeting, named with its scope. (今天上午又召开全市…,
# 刚才市里召开了全市… report another meeting, not counted.)
_OWN_MEETING = re.compile(
    r"(?:(?:今天|今日|这次|本次|我们)[^。；！？]{0,20}?召开(?:这次|本次|今天的)?|召开(?:这次|本次|今天的))"
    r"全(?P<lv>[省市县区乡镇])[^。；！？，,]{0,16}?(?:会议|大会|会)"
)
_OTHER_MEETING = re.compile(r"又|刚刚|刚才|日前|近日|前不久|已经|召开了")


# 今天，我们在这里隆重召开*镇**年…表彰大会 / 我们召开柳泉镇经济工作会议 (selfcheck53: a cut town's page with one 我镇
# turned to 我县 was read 层级不确定): this very meeting named with the town's masked or written name is the town's as
# surely as one named 全镇….
_OWN_MEETING_TOWN = re.compile(
    r"(?:(?:今天|今日|这次|本次|我们)[^。；！？]{0,20}?召开(?:这次|本次|今天的)?|召开(?:这次|本次|今天的))"
    r"(?:[xX×＊*#＃]{1,4}|某{1,2}|(?P<name>(?![各全本我该这此])[^\W\d_a-zA-Z乡镇村的和与及在是为县市区省]{2,3}?))(?P<lv>[乡镇])"
    r"(?![长村党政委人级干直机])(?:[\dxX×＊*]{2,4}年度?)?[^。；！？，,]{0,16}?(?:会议|大会|会)"
)


def _count_own_meetings(text: str) -> Counter[str]:
    """This very meeting named with its scope (今天召开这次全县…会议) counts three, as 我X does."""
    counts = Counter({m.group("lv"): 3 for m in _OWN_MEETING.finditer(text) if not _OTHER_MEETING.search(m.group(0))})
    if "召开" in text:
        from drafter.check.places import town_name_at

        for m in _OWN_MEETING_TOWN.finditer(text):
            if not _OTHER_MEETING.search(m.group(0)) and (m.group("name") is None or town_name_at(text, m.start("name"))):
                counts[m.group("lv")] = 3
    return counts


# 今天召开区委…会议 (#13, batch 65's planted f02, where 全市 was planted in the task of a
# district's meeting): this very meeting named by the committee that holds it is the speaker's level as surely as one
# named with its scope (全区…会议). (召开了市委…会议, 刚才… report another meeting, not counted.)
_OWN_BODY_MEETING = re.compile(
    r"(?:(?:今天|今日|这次|本次|我们)[^。；！？]{0,20}?召开(?:这次|本次|今天的)?|召开(?:这次|本次|今天的))"
    r"(?:中共)?(?<![省市县区乡镇])(?P<lv>[省市县区乡镇])(?:党)?委(?![员])[^。；！？，,]{0,24}?(?:会议|大会)"
)


def _count_body_meetings(text: str) -> Counter[str]:
    """This very meeting named by its committee (今天召开区委…会议) counts three, as 我X does."""
    return Counter({m.group("lv"): 3 for m in _OWN_BODY_MEETING.finditer(text) if not _OTHER_MEETING.search(m.group(0))})


# 下面，我就搞好全市村“两委”换届选举工作讲三点意见: the speech's own subject, named with its scope where the count
# is announced, is the speaker's level as surely as the meeting's name.
_OWN_TOPIC = re.compile(
    r"(?:下面|现在|这里)[，,]?\s*我(?:再|想)?就(?:如何|进一步)?(?:搞好|做好|抓好|推进|开展|推动|加强)?"
    r"全(?P<lv>[省市县区乡镇])[^。；！？，,]{0,24}?工作(?:讲|谈|提|强调|说)"
)


def _count_own_topics(text: str) -> Counter[str]:
    return Counter({m.group("lv"): 3 for m in _OWN_TOPIC.finditer(text)})


def _without_named_scopes(text: str) -> str:
    """The text with the 全X of the meeting's name and the speech's subject blanked: counted there, not again as words."""
    spans = [m.start("lv") - 1 for rx in (_OWN_MEETING, _OWN_TOPIC) for m in rx.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for at in spans:
        chars[at] = "\u3000"
    return "".join(chars)


def _count_conveners(text: str) -> Counter[str]:
    """The bodies that convene this meeting count three, as 我X does."""
    found = Counter(m.group("lv") or m.group("one") or m.group("by") for m in _OWN_CONVENER.finditer(text))
    return Counter({lv: 3 * n for lv, n in found.items()})


# 我代表县委、县政府 / 代表县委、县人大、县政府、县政协 / 受县政府委托: the bodies the speaker speaks for
# (all of one level: 代表市委、县政府 is a slip, counted for neither).
# 我代表团省委常委会 / 我代表团县委: the Youth League's committee of a level is that level's body as its 委 is (a 团省委
# speaks of 全省共青团工作); 县纪委 too.
_REPRESENTS = re.compile(r"(?:代表|受)(?P<bodies>(?:[、，和及]?团?[省市县区乡镇](?:纪委|委|人大(?:常委会)?|(?:人民)?政府|政协))+)")
_BODY_LEVEL = re.compile(r"(?P<lv>[省市县区乡镇])(?:纪委|委|人大|人民政府|政府|政协)")


# 我代表某某县委、县政府 / 代表如东县委、县政府: the pair named with its place (or the page's 某某) before it;
# 我谨代表中共江苏省委、江苏省人民政府: the formal names in full, the place said twice (a page flattened from PDF may
# break the line inside 中共).
_REPRESENTS_NAMED = re.compile(
    r"代表(?:中\s?共)?(?:某某|[XＸx×*＊]{1,4}|(?P<name>[\u4e00-\u9fff]{2,3}?))(?P<lv>[省市县区乡镇])委[、和及]"
    # 代表清浦区委、区人大、区政府、区政协: the four bodies in their order, 人大 between 委 and 政府
    r"(?:(?:(?P=name))?(?P=lv)人大(?:常委会)?[、和及])?(?:(?P=name))?(?P=lv)(?:人民)?政府"
)


# 我代表麻屯镇党委政府向…致以问候 / 代表镇党委、镇政府: a town's committee is its 党委, and the pair is often written
# without a stop between.
_REPRESENTS_TOWN = re.compile(
    r"代表(?:中\s?共)?(?:某某|[XＸx×*＊]{1,4}|[\u4e00-\u9fff]{2,3}?)?(?P<lv>[乡镇])党委[、和及]?(?:[\u4e00-\u9fff]{0,3}?[乡镇])?(?:人民)?政府"
)


# 刚才，某书记代表镇委、镇政府通报了… / 某某同志代表县政府作了报告: another person speaks for those bodies, not the
# speaker (a city official at a town's meeting hears the town's secretary report for the town).
_OTHER_SUBJECT = re.compile(r"同志|书记|[省市县区乡镇局部校院行]长|主任|主席")


def _said_by_another(text: str, start: int) -> bool:
    """Whether the clause before 代表 at `start` names someone else (a 同志, a 书记, a 镇长) and not 我."""
    clause = re.split(r"[，,。；;：:！!？?\n]", text[max(0, start - 24) : start])[-1]
    return "我" not in clause and _OTHER_SUBJECT.search(clause) is not None


# 让我代表党工委，向… / 我代表街道办事处: the speaker speaks for a 街道's bodies (a 镇 has a 党委 and a 政府, no 党工委 or 办事处;
# a 开发区's 党工委 goes with its 管委会).
_STREET_BODIES = re.compile(r"我代表(?:[\u4e00-\u9fff]{0,4}?街道)?(?:党工委|办事处)")


def _street_speaker(text: str) -> str:
    """The words by which the speaker speaks for a 街道 (我代表党工委, with 办事处 named in the text), or ''."""
    if "办事处" not in text or "管委会" in text:
        return ""
    m = next((m for m in _STREET_BODIES.finditer(text) if not _said_by_another(text, m.start())), None)
    return m.group(0) if m else ""


def _count_represented(text: str) -> Counter[str]:
    """The level the speaker speaks for (代表县委、县政府) counts three, as 我X does."""
    counts: Counter[str] = Counter()
    for m in _REPRESENTS.finditer(text):
        if _said_by_another(text, m.start()):
            continue
        levels = {b.group("lv") for b in _BODY_LEVEL.finditer(m.group("bodies"))}
        if len(levels) == 1:
            counts[levels.pop()] += 3
    for pattern in (_REPRESENTS_NAMED, _REPRESENTS_TOWN):
        for m in pattern.finditer(text):
            if not _said_by_another(text, m.start()):
                counts[m.group("lv")] += 3
    return counts


def _reporting_below(ctx: SpeechContext, title: str, text: str) -> None:
    """A speaker who reports at a superior's meeting (全市……会议, 我代表某某县委、县政府，就我县……作一汇报) speaks
    for the county: the county's words are the speech's own, and the city's (我市, the meeting's) are his as well."""
    scope = re.search(r"全(街道|[省市县区乡镇州旗盟])", title)
    meeting = ctx.level
    if not scope or meeting is None or meeting != scope.group(1) or _level_from_office(title):
        return
    represented = _count_represented(text)
    own = {m.group("lv") for m in OWN_WORD.finditer(text) if m.group("kind") == "我"}
    lower = [lv for lv in represented if lv in own and lv in _ORDER and meeting in _ORDER
             and _ORDER.index(lv) > _ORDER.index(meeting)]  # fmt: skip
    if len(represented) == 1 and lower:
        ctx.level = lower[0]
        ctx.also_own = frozenset({meeting})
        ctx.reasons["level"] = (f"讲话人代表{ctx.level}委、{ctx.level}政府在{scope.group(0)}的会议上汇报（正文“我{ctx.level}”），"
                                f"按{ctx.level}级检查；“我{meeting}”是其所在的一级，不算层级错误")


# 各乡镇、各部门要… / 对各乡镇进行督查: the subordinates a speaker addresses say the level above them (a county's,
# or a district's or banner's when the speech says so); 各县（市、区）, 各县区: a city's. Counted once each, as 我X.
_SUBORDINATES = (
    (re.compile(r"各乡镇|各乡[（(]镇[)）]|各镇[（(]乡[)）]|各镇[（(]街道?[)）]"), ("县", "区", "旗", "市")),
    (re.compile(r"各县[（(][市区][^）)]{0,4}[)）]|各县(?:市)?区|各区县|各县市"), ("市", "州", "盟", "省")),
    # 各村要… in a speech that names no 乡镇 (#13, level52: a town's speech with one 全县 planted beside two 全镇 was in
    # doubt): the villages a speaker tells what to do are a town's; a county names its towns with them (各乡镇、各村)
    (_VILLAGES_TOLD := re.compile(r"各(?:行政)?村(?:[（(]社区[)）]|、各?社区|居)?(?:都|也)?(?:要|务必|必须)"), ("镇", "乡")),
)
_COUNTY_TOWNS = re.compile(r"乡镇|各乡|各镇|[乡镇]（[镇乡街]")
# 县委组织大家到…考察 / 县委、县政府将对…进行督查: the speaker's own bodies act in the speech.
# (Found from 委, the rarer character, then checked backwards: a scan from every level character is slow.)
_OWN_ACTOR = re.compile(r"委(?:、(?P<gov>[省市县区乡镇])(?:人民)?政府)?(?:将|组织(?:大家|我们|全(?P<all>[省市县区乡镇])))")
# 区委书记, 区直机关, 省长: which of the levels 各乡镇 may belong to the page is about (a tie-break only). (州委, 团州委:
# 各县（市） under a 自治州, whose speaker's one slip 我代表市委 tied the own words 全州 and took the level to 市)
_BODY_MENTION = re.compile(r"(?<![省市县区乡镇各])(?P<lv>[省市县区乡镇旗州盟])(?:委|直|人民政府|政府|人大|政协|长)")


def _count_actors(text: str) -> dict[str, str]:
    """Own bodies acting in the speech (县委将…, 县委组织大家…): level → the words, first of each level."""
    found: dict[str, str] = {}
    for m in _OWN_ACTOR.finditer(text):
        at = m.start()
        lv = text[at - 1] if at else ""
        before = text[at - 2] if at > 1 else ""
        same = {m.group("gov") or lv, m.group("all") or lv} == {lv}  # 县委、县政府将; not 市委、县政府将
        if lv and lv in "省市县区乡镇" and (not before or before not in "省市县区乡镇各") and same:
            found.setdefault(lv, lv + m.group(0))
    return found


# 县委、县政府把这项工作列为… / 县直各有关部门 / 县委农办要…: the own bodies named in running text. Each mention counts
# one, as 全X does (a pair 县委、县政府 is one mention); 各县区委 and 县委书记 (a city may address its counties'
# bodies and leaders), 团县委 (the Youth League's) and the bodies already counted three (代表县委、县政府, 县委、县政府今天召开…) are left out.
_BODY_WORD = re.compile(
    r"(?<![省市县区乡镇州旗盟各团])(?P<lv>[省市县区乡镇州旗盟])(?:委|(?:人民)?政府|人大|政协|直)"
    r"(?![书常副委])(?:[、和及](?P=lv)(?:委|(?:人民)?政府|人大|政协)(?![书常副委]))*"
)


def _count_bodies(text: str, said: Counter[str]) -> Counter[str]:
    """Own-level bodies named in running text: one for each mention not counted three already, and only for the
    lowest level the speech's own words name (`said`). A town's speech names its county's bodies often (贯彻县委
    决策部署, 按照县委要求): they never make the level, they only confirm the level the own words give."""
    if not said:
        return Counter()
    lowest = max(said, key=lambda lv: _ORDER.index(lv) if lv in _ORDER else -1)
    taken = [m.span() for pattern in (_REPRESENTS, _OWN_CONVENER) for m in pattern.finditer(text)]
    taken += [(m.start() - 1, m.end()) for m in _OWN_ACTOR.finditer(text)]
    return Counter(
        m.group("lv") for m in _BODY_WORD.finditer(text)
        if m.group("lv") == lowest and not any(s <= m.start() < e for s, e in taken)
    )  # fmt: skip


# 按照县委的统一要求和镇党委的具体安排 / 各村、社区及镇直单位 (#13, batch 51): a town's own committee named bare (a county
# names its towns' as 各乡镇党委, or a town by name), its own units (镇直) and the villages and communities under it. Each
# counts one, and the villages only beside the committee or the units; a county's 镇党委书记要… (the towns' secretaries
# it addresses) is not counted.
_TOWN_OWN_BODY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[和及与、的对在由]))(?P<lv>[乡镇])(?:党委(?!书记|副书记|委员|班子)|直)")
_TOWN_BELOW = re.compile(r"各(?:行政)?村[、（(和]社区|各村居")


def _count_town_own(text: str) -> Counter[str]:
    found = Counter(m.group("lv") for m in _TOWN_OWN_BODY.finditer(text))
    if len(found) != 1:
        return Counter()  # 乡党委 and 镇党委 both: a county's page on its towns
    if _TOWN_BELOW.search(text):
        found[next(iter(found))] += 1
    return found


def _count_below(text: str, favour: Counter[str]) -> dict[str, str]:
    """The level of each kind of subordinate addressed (各乡镇 → 县), with the word: whichever of the levels
    it may belong to the speech's own words favour, then its bodies named (区委书记, 区直), then the first."""
    found: dict[str, str] = {}
    bodies: Counter[str] | None = None
    for pattern, levels in _SUBORDINATES:
        if pattern is _VILLAGES_TOLD and _COUNTY_TOWNS.search(text):
            continue
        if m := pattern.search(text):
            bodies = bodies if bodies is not None else Counter(b.group("lv") for b in _BODY_MENTION.finditer(text))
            found[m.group(0)] = max(levels, key=lambda lv: (favour[lv], bodies[lv], lv == levels[0]))
    return found


# ××县人大是…, 某县委…: a body named with a placeholder place is the template's own (its place hidden).
_HELD_BODY = re.compile(r"(?:[xX×＊*]{2,4}|某某?)(?P<lv>[市县区])(?:人大|委|人民政府|政府|政协)")
_HELD_CLASHES = frozenset({frozenset({"市", "县"}), frozenset({"县", "区"})})


def _held_clash(text: str, counts: Counter[str], words: Counter[str]) -> tuple[str, str] | None:
    """The level is decided by a single 我X alone and a placeholder-named body says a clashing level (××县人大)."""
    if counts != words or len(words) != 1 or sum(words.values()) != 3:
        return None
    (said,) = words
    held = {m.group("lv"): m.group(0) for m in _HELD_BODY.finditer(text)}
    if len(held) != 1:
        return None
    ((lv, example),) = held.items()
    return (lv, example) if frozenset({lv, said}) in _HELD_CLASHES else None


def _certain(ranked: list[tuple[str, int]], text: str, represented: Counter[str]) -> bool:
    """The level is certain when its words clearly outnumber the next level's, or outnumber them at all when the speaker
    speaks for that level's bodies (and 省 only with 我省, or when the speaker speaks for the province's bodies:
    我谨代表中共江苏省委、江苏省人民政府)."""
    (top, n), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    if top == "省" and "我省" not in text and not represented["省"]:
        return False
    # 我谨代表清浦区委、区人大、区政府、区政协 and one 我县 besides: the bodies the speaker speaks for tip the balance
    # against a level of the same tier or below (a county's speaker may say 我市 of the city he is in: still in doubt)
    below = len(ranked) < 2 or _TIER.get(ranked[1][0], 9) >= _TIER.get(top, 9)
    return n >= 3 and (n >= 2 * second or (represented[top] > 0 and n > second and below))


_TIER = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "乡": 3, "镇": 3, "街道": 3}


# 在响岩镇2026年经济工作会议上的讲话 / 响岩镇党委书记在…: a town (the gazetteer holds none) named as the meeting's or the
# speaker's at the title's head.
_TITLE_TOWN = re.compile(
    r"^(?:[^在]{0,20}?在)?(?P<town>(?![各全本我该])[^\W\d_a-zA-Z乡镇村的和与及在是为县市区省]{2,3}?[镇乡])"
    r"(?=(?:\d{4}年度?)?[^，。；！？]{0,24}?(?:会议|大会|会|仪式|典礼)上|党委书记|党委|镇长|乡长|人民政府|政府)"
)


# 大栗港镇举办农村人居环境整治…启动仪式 / 红岩镇坚决打好人居环境整治战 (selfcheck53, a town's news page cut short): a
# headline whose subject is a town, the town at work — the page is the town's, its own leaders speak in it.
_HEADLINE_TOWN = re.compile(
    # (汉寿县洲口镇：镇村两级齐动员…: the county, then the town and a colon, as a county's site heads its towns' news)
    r"^\s*(?:[\u4e00-\u9fff]{1,4}?[县区市])?(?P<town>(?![各全本我该])[^\W\d_a-zA-Z乡镇村的和与及在是为县市区省]{2,3}?[镇乡])"
    r"(?=召开|举办|举行|开展|启动|部署|组织|推进|坚决|全力|扎实|多措并举|打好|掀起|全面|\s*[:：])"
)
_TOWN_LEADER = re.compile(r"(?<![县市区])(?:[镇乡]党委(?:副)?书记|[镇乡]长|[镇乡]党委、[镇乡]?政府|我[镇乡])")


def headline_town(text: str, title: str = "") -> str | None:
    """The town a news headline names at work: the title, or else a short line without a sentence among the page's
    first lines (a stored news page's headline under the site's menu)."""
    heads = [title] if title else [ln.strip() for ln in text.splitlines()[:10] if 0 < len(ln.strip()) <= 40][:6]
    m = next((h for line in heads if (h := _HEADLINE_TOWN.match(line)) and not re.search(r"[。！？；]", line)), None)
    if m is None or m.group("town")[1:] in ("城镇", "村镇", "乡镇", "小镇"):
        return None
    return m.group("town")


def _titled_town(title: str, counts: Counter[str], text: str = "") -> str | None:
    """The town a title names as the meeting's or the speaker's, when the text's own-level words do not outnumber its
    (tied at most): a town's speech that names its county as often as itself; or the town a news headline names at
    work, when the page's own leaders speak (镇党委书记, 镇长) whatever the county's words it relays."""
    m = _TITLE_TOWN.match(title or "")
    if m is None or m.group("town")[1:] in ("城镇", "村镇", "乡镇", "小镇"):
        town = headline_town(text, title)
        if town is None:
            return None
        leaders = [x.group(0) for x in _TOWN_LEADER.finditer(text)]
        if any(town[-1] in x for x in leaders) or (counts[town[-1]] and counts[town[-1]] >= max(counts.values())):
            return town
        return None
    town = m.group("town")
    return town if counts[town[-1]] and counts[town[-1]] >= max(counts.values()) else None


def speech_contexts(
    text: str, lines: Sequence[str], speeches: Sequence[Speech], place: str | None, level: str | None
) -> tuple[SpeechContext, list[SpeechContext], dict[str, Any]]:
    """The place/level of the whole text and of each speech in it, and how they were found."""
    if place:
        ctx = _given_context(place, level)
        if not ctx.places and ctx.level in _TOWN_LEVELS:
            ctx.town = place if place.endswith(("镇", "乡")) else None
            if not _county_written(ctx, place, text):  # 莱州市沙河镇: within the county its name starts with
                _county_of_town(ctx, text, f"“{place}”不在行政区划库中")  # 九资河镇: checked within the county the text names
        _as_of_former_name(ctx, text, level)
        contexts = [replace(ctx, reasons=dict(ctx.reasons)) for _ in speeches]
        for i, (speech, given) in enumerate(zip(speeches, contexts, strict=True)):
            if not level and (town := _given_place_town(given, _head_titles(speech.blocks))):
                given.level, given.reasons["level"] = town.group("lv"), f"标题中的“{town.group(0)}”（{place}所辖的乡镇）"
                if i == 0:
                    ctx.level, ctx.reasons = given.level, dict(given.reasons)
            _speaker_words(given, _speaker_office(_title_of(speech.blocks)))
            given.guests = _title_guests(given, _title_of(speech.blocks)) | _addressees(given, speech.blocks)
        return ctx, contexts, ctx.reasons
    whole = _infer_context(text, _title_of(speeches[0].blocks) if speeches else "", level=level)
    _with_former_names(whole)
    contexts = []
    for speech in speeches:
        # a speech that is the whole file is read as the whole was (the same text: `_infer_context` reads it once)
        part = text if (speech.first, speech.last) == (1, len(lines)) else "\n".join(lines[speech.first - 1 : speech.last])
        ctx = _infer_context(part, _title_of(speech.blocks), fallback=whole, level=level)
        _with_former_names(ctx)
        ctx.guests |= _addressees(ctx, speech.blocks)
        contexts.append(ctx)
    inferred: dict[str, Any] = dict(whole.reasons)
    bodies = [(s, c) for s, c in zip(speeches, contexts, strict=True) if count_han(_body(s)) > 200]
    if len(bodies) > 1:
        inferred["speeches"] = [
            {"line": s.first, "place": c.place, "level": c.level, "reason": c.reasons} for s, c in bodies
        ]
    return whole, contexts, inferred


def _with_former_names(ctx: SpeechContext) -> None:
    """The place's other names are its own too: 奉化区's former name 奉化市, and for a speech found to be 奉化市's
    (a former name), the place it is now. The reason says so (…，2016年起为浙江省宁波市奉化区)."""
    if not ctx.places:
        return
    from drafter.gazetteer import former_note, load_gazetteer

    gz = load_gazetteer()
    more = [gz.current(p) if p.former_year is not None else f for p in ctx.places
            for f in ([gz.current(p)] if p.former_year is not None else gz.former_names(p))]  # fmt: skip
    known = {p.code for p in ctx.places}
    ctx.places = (*ctx.places, *(p for p in dict.fromkeys(more) if p.code not in known))
    was = next((p for p in ctx.places if p.former_year is not None and p.name == ctx.place), None)
    if was is not None and "place" in ctx.reasons:
        ctx.reasons["place"] += f"；“{was.name}”是旧名，{former_note(was, gz.current(was))}，按讲话当时的{was.kind}检查"


def _as_of_former_name(ctx: SpeechContext, text: str, level: str | None) -> None:
    """--place 奉化区 for a speech of 奉化市 (before 2016): the text names the place by its former name and speaks
    with that name's own words (我市、全市), so it is checked as a speech of that time (a note, not an error)."""
    from drafter.gazetteer import former_note, load_gazetteer

    # --place 邵东 (邵东市, and 邵东县 until 2019) names the former place as well: the text's words decide between them
    # even where the text never names itself (#13, batch 62's planted f05: 全县 ×3 read as a 市 speech's slips)
    given = {p.code for p in ctx.places}
    _with_former_names(ctx)
    if level or not ctx.places:
        return
    gz = load_gazetteer()
    words = _count_own_words(text)
    for was in (p for p in ctx.places if p.former_year is not None):
        named = was.name in text or (len(was.short) >= 2 and was.short != was.name and was.short in text)
        if not (named or was.code in given) or was.level == ctx.level:
            continue
        if words.get(was.level, 0) > words.get(ctx.level or "", 0):
            ctx.level = was.level
            said = "正文用的是旧名" if named else "指明的地名也是旧名"
            joint = "和" if named else "，正文用"
            ctx.reasons["level"] = (f"{said}“{was.name}”（{former_note(was, gz.current(was))}）{joint}"
                                    f"“我{was.level}/全{was.level}”，按讲话当时的{was.kind}检查")  # fmt: skip
            return


def _body(speech: Speech) -> str:
    return "".join(b.text for b in speech.blocks)


# 县长在全县……会议上的讲话 under a web page's own lines (笔杆子素材库 首页): the title all the same.
_TITLE_LINE = re.compile(
    r"^[^。！？：:；，,]{4,60}(?:讲话|致辞|致词|讲话稿|发言|发言稿|工作报告|主持词|主持辞|开幕词|闭幕词)(?:[（(][^）)]{1,10}[)）])?$"
)


# 在全县……座谈会上的讲话同志们：上午，…: a paste that runs the title, the 称谓 and the text into one line.
_INLINE_TITLE = re.compile(
    # 2026年干部在全区……推进会讲话稿同志们：… (a lead before 在, no 上的)
    r"^(?P<title>[^。！？：:；，,在]{0,12}在[^。！？：:；，,]{4,60}?(?:上的|会|会议)(?:讲话稿|讲话|致辞|发言稿|发言))"
    r"(?=[^。！？：:]{0,16}(?:同志|领导|来宾|代表|朋友|老师|同学)[^。！？：:]{0,12}[：:])"
)


# 第1页共21页县长在…会议上的讲话文章标题:县长在…会议上的讲话一、…: a document-sharing page's label names the title, in
# a first line that runs the page counter, the title, the label and the text together.
_LABELLED_TITLE = re.compile(r"文章标题[：:]\s*(?P<title>[^。！？：:；，,]{4,60}?(?:讲话稿|讲话|致辞|发言稿|发言|工作报告|总结))")


# 学习啦>实用范文>致辞讲话>会议发言稿>: a site's breadcrumb on the first line, not the speech's title.
_BREADCRUMB = re.compile(r"[>›»＞]")


def _title_of(blocks: Sequence[Block]) -> str:
    found = next((b.text for b in blocks if b.kind == "title" or (b.markdown and b.kind != "heading")), "")
    if found and not _BREADCRUMB.search(found):
        return found
    head = [b for b in blocks[:4] if b.kind == "paragraph"]
    found = next((b.text for b in head if _TITLE_LINE.match(b.text)), "")
    # 县农业农村局2025年工作总结 over the report: a department's report titled in a line of its own
    found = found or next((b.text for b in head[:1] if len(b.text) <= 40 and _DEPARTMENT_TITLE.match(b.text) and not re.search(r"[。！？，,；]", b.text)), "")
    inline = next((m for b in head[:1] if (m := _INLINE_TITLE.match(b.text) or _LABELLED_TITLE.search(b.text[:200]))), None)
    return found or (inline.group("title") if inline else "")


# 2011年上半年宁国市某乡党委、政府工作总结 / 在青禾县××镇…会议上的讲话 checked with --place 宁国市: the place given, then a
# town of it whose committee, government, report or speech this is (a town's name, or one masked 某乡, ××镇).
_TOWN_OF_GIVEN = re.compile(
    # (not 小城镇建设, 特色小镇, 重点镇, 中心镇, 建制镇: kinds of town a county's own meeting is about)
    r"(?:某{1,2}|[xX×＊*]{1,3}|(?![各全本我该]|小城|特色|重点|中心|建制)[^\W\d_a-zA-Z乡镇村的和与及在是为县市区省]{2,3}?)(?P<lv>乡|镇|街道)"
    r"(?=党委|党工委|人民政府|政府|办事处|\d{4}|[\u4e00-\u9fff]{0,10}?(?:工作|总结|报告|讲话|致辞|发言))"
)


def _head_titles(blocks: Sequence[Block]) -> list[str]:
    """The title, or else the short lines without a sentence that open the speech (11年上半年…工作总结 is no title to
    `_title_of`, a page's title line all the same)."""
    title = _title_of(blocks)
    if title:
        return [title]
    return [b.text for b in blocks[:3] if b.kind in ("title", "paragraph") and len(b.text) <= 40 and not re.search(r"[。！？；]", b.text)]


def _given_place_town(ctx: SpeechContext, titles: Sequence[str]) -> re.Match[str] | None:
    """A town of the given county (or county-level city, or district) named right after it in the title."""
    if not ctx.place or ctx.level not in ("县", "市", "区", "旗") or not ctx.places:
        return None
    if not all(p.level in ("县", "区", "旗") or getattr(p, "kind", "") == "县级市" for p in ctx.places):
        return None
    for title in titles:
        at = title.find(ctx.place)
        if at >= 0 and (town := _TOWN_OF_GIVEN.match(title, at + len(ctx.place))):
            return town
    return None


def _given_context(place: str | None, level: str | None) -> SpeechContext:
    from drafter.gazetteer import load_gazetteer

    places: tuple[Any, ...] = ()
    reasons: dict[str, str] = {}
    if place:
        places = tuple(load_gazetteer().lookup(place))
        if not places:
            reasons["place"] = f"“{place}”不在行政区划库中，未检查外地地名"
        elif len({p.code for p in places}) > 1:
            reasons["place"] = f"“{place}”有 {len(places)} 处同名地方，均视为本地"
    if not level and place:
        level = places[0].level if places else _tier_of(place)
        reasons["level"] = f"由地名“{place}”得出" if level else f"无法由“{place}”得出层级，未检查层级用语"
    elif level and places:
        level = _own_tier(place or "", level)
    fine = _fine_kind(place, places)
    if fine and level in (None, _FINE_TIER[fine]):
        level = fine  # 达拉特旗: checked with 旗's own words (全旗, 我旗), not a 县's
    name = places[0].name if len(places) == 1 else place
    return SpeechContext(level, name, places, reasons)


def _tier_of(place: str) -> str | None:
    """The tier a place the gazetteer lacks speaks at, as drafting resolves it (城关街道: 区, whose words 全街道 are)."""
    from drafter.places import resolve_place

    info = resolve_place(place)
    return info.kind.tier if info is not None else level_of_place(place)


def _own_tier(place: str, level: str) -> str:
    """The tier a place speaks at when the user names its rank: 海安市 at 县 level is a 县级市 (全市, 市委)."""
    from drafter.places import resolve_place

    info = resolve_place(place, level)
    return info.kind.tier if info is not None else level


_FINE_TIER = {"州": "市", "盟": "市", "旗": "县", "街道": "区"}
# Every level a speech may be checked at, from the top (a tie in inferring goes to the lower one).
_ORDER = ("省", "盟", "州", "市", "旗", "县", "区", "街道", "乡", "镇")


def _fine_kind(place: str | None, places: Sequence[Any]) -> str | None:
    """州/盟/旗/街道 when the place is one (from the gazetteer's kind, else the name's suffix)."""
    kinds = {FINE_KINDS.get(getattr(p, "kind", "")) for p in places}
    if len(kinds) == 1 and None not in kinds:
        return kinds.pop()
    return "街道" if place and place.endswith("街道") else None


# 刚才，秦都区、渭城区和市城建局主要负责同志分别作了很好的发言: the units that spoke at the meeting, named
_UNITS_SPOKE = re.compile(
    r"刚才[^。！？]{0,80}?[，,、]\s*(?P<units>[\u4e00-\u9fff]{2,6}[县区市](?:[、和及][\u4e00-\u9fff]{2,8}?)+?)"
    r"(?:的)?(?:主要)?(?:负责同志|负责人|同志)[^。！？]{0,6}?(?:分别)?(?:作了|做了)[^。！？]{0,8}?(?:发言|汇报|表态)"
)


def _units_heard(text: str) -> tuple[Any, str] | None:
    """Two or more counties or districts of one city that spoke at the meeting (刚才，A区、B区…分别作了发言): the
    meeting is their city's, and so is the speech (the place and the level with it)."""
    from drafter.gazetteer import load_gazetteer

    m = _UNITS_SPOKE.search(text)
    if not m:
        return None
    gz = load_gazetteer()
    named = [p for p, _s, _e in gz.find_places(m.group("units")) if p.level in ("县", "区")]
    parents = {up[0].code: up[0] for p in named if (up := gz.ancestors(p))}
    if len({p.code for p in named}) < 2 or len(parents) != 1:
        return None
    (parent,) = parents.values()
    return parent, "、".join(dict.fromkeys(p.name for p in named))


def _infer_context(
    text: str, title: str, fallback: SpeechContext | None = None, level: str | None = None
) -> SpeechContext:
    """Place and level of one text; a given `level` is kept and only the place is inferred."""
    key = (text, title, level)
    if _OWN_READING[0] != key:  # a file that is one speech is read as the whole and as its speech: read once (#18)
        _OWN_READING[:] = [key, _own_reading(text, title, level)]
    own, counts, text = _OWN_READING[1]
    ctx = replace(own, reasons=dict(own.reasons))
    # A speech's own words, even too few to be sure, outrank the file's level when they disagree.
    contradicts = bool(counts) and fallback is not None and most_common(counts, 1)[0][0] != fallback.level
    if fallback and not ctx.level and not contradicts:
        ctx.level, ctx.reasons["level"] = fallback.level, "沿用全文推断"
    # (a zone the gazetteer lacks, 潍坊滨海区 read from a news lead above the speech, is carried over as a place too)
    if fallback and not ctx.places and not ctx.place and fallback.level == ctx.level and (fallback.places or fallback.place):
        ctx.place, ctx.places, ctx.reasons["place"] = fallback.place, fallback.places, "沿用全文推断"
        ctx.town = ctx.town or fallback.town
    _speaker_words(ctx, _speaker_office(title))
    _town_of_a_city(ctx, text)
    visitor_from_above(ctx, text)  # 我带市直有关部门负责同志来宁都调研 (census33)
    if not level:
        _visiting_office(ctx, title, text)
    if ctx.page_title:
        ctx.reasons["level"] = ctx.reasons.get("level", "") + f"；不按{ctx.page_title}"
        ctx.page_title = title
    if not ctx.level:
        ctx.reasons.setdefault("level", "无法推断层级（可用 --level 指定），未检查层级用语")
    if not ctx.places:
        ctx.reasons.setdefault("place", "无法推断地名（可用 --place 指定），未检查外地地名")
    return ctx


# 在市委、市政府的坚强领导下，镇党委、镇政府… / 贯彻落实全市经济工作会议精神 in a town's speech that never names a county
# (#13, level52: a town of a county-level city, whose 我市 check called an error): the town's superior is the city, and
# the town says 我市 of the city it is in, as a 街道 does. A town that names its county (县委, 全县) says 我县 of it.
_CITY_ABOVE_TOWN = re.compile(r"在市委[^。；！？;!?]{0,12}领导下|全市[^。；！？，,;!?]{0,12}会议精神|(?<![省县区])市委[、和]市(?:人民)?政府")
_COUNTY_NAMED = re.compile(r"(?<![市省])县委|县(?:人民)?政府|全县|县里|县直|我县")


def _town_of_a_city(ctx: SpeechContext, text: str) -> None:
    if ctx.level not in ("乡", "镇") or "市" in ctx.also_own:
        return
    if _CITY_ABOVE_TOWN.search(text) and not _COUNTY_NAMED.search(text):
        ctx.also_own = ctx.also_own | {"市"}
        ctx.reasons["level"] = ctx.reasons.get("level", "") + "；讲话只称市委、市政府为上级（县级市的乡镇），“我市”是其所在的市，不算层级错误"


# The last text read by `_own_reading`, (text, title, level), and what it read: the whole of a file and its one
# speech are the same text, title and level, and `_infer_context` takes each its own copy.
_OWN_READING: list[Any] = [None, None]


def _own_reading(text: str, title: str, level: str | None) -> tuple[SpeechContext, Counter[str], str]:
    """What `_infer_context` reads of a text before it looks at the whole file's reading (`fallback`): the context,
    the level words counted, and the text as read (a site's title taken out)."""
    ctx = SpeechContext(level=level)
    _infer_from_title(ctx, title)
    group_title_level(ctx, title or text.lstrip().split("\n", 1)[0])  # 县妇联2026年上半年工作总结 (census33)
    if not ctx.places:
        _infer_from_congress_line(ctx, text)
    if not ctx.places:
        _infer_from_speaker_line(ctx, text)
    _speaker_against_title(ctx, text, level)
    if not level:
        answering_below(ctx, title, text)  # 在全县…会上的表态发言 by a town: 我镇 is the speaker's (census33)
        if not ctx.places and ctx.reasons.get("level", "").startswith("发言人的"):
            _infer_from_speaker_line(ctx, text)  # 海曙区区长 under 在全市…会上的表态发言: the speaker's district
        _meeting_against_title(ctx, text.replace(title, "") if title else text, title)
        if ctx.page_title:
            text = text.replace(title, "")  # the site's title says nothing of the speaker's level
    if not ctx.places and not ctx.level:
        _infer_from_head_titles(ctx, text, title)
    if not level:
        _reporting_below(ctx, title, text)
    if not ctx.level and (street := _street_speaker(text)):
        ctx.level, ctx.reasons["level"] = "街道", f"讲话人“{street}”（正文提到办事处：乡镇没有党工委和办事处）"
    words = _count_own_words(_without_named_scopes(text)) if not ctx.level else Counter()
    conveners = _count_conveners(text) if not ctx.level else Counter()
    represented = _count_represented(text) if not ctx.level else Counter()
    meetings = _count_own_meetings(text) if not ctx.level else Counter()
    held_by = _count_body_meetings(text) if not ctx.level else Counter()
    topics = _count_own_topics(text) if not ctx.level else Counter()
    actors = _count_actors(text) if not ctx.level else {}
    acting = Counter({lv: 3 for lv in actors})  # each counts three, as 我X does
    below = _count_below(text, words + acting + conveners + represented + meetings) if not ctx.level else {}
    counts = words + conveners + represented + meetings + held_by + topics + acting + Counter({lv: 3 for lv in below.values()})
    town = _count_town_own(text) if not ctx.level else Counter()
    counts += town
    bodies = _count_bodies(text, counts) if not ctx.level else Counter()
    counts += bodies
    heard = _units_heard(text) if not ctx.level else None  # 刚才，秦都区、渭城区…分别作了发言: their city's meeting
    if heard:
        counts[heard[0].level] += 3
    if counts:
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -_ORDER.index(kv[0])))
        shown = "、".join(
            [f"我/全{lv}×{n}" for lv, n in most_common(words, 3)]
            + [f"召开本次会议的{lv}委、{lv}政府" for lv in conveners]
            + [f"讲话人代表的{lv}级机关" for lv in represented]
            + [f"本次会议“召开……全{lv}……会议”" for lv in meetings]
            + [f"本次会议“召开{lv}委……会议”" for lv in held_by]
            + [f"讲话的题目“就……全{lv}……工作讲……”" for lv in topics]
            + [f"讲话人的{lv}级机关“{said}……”" for lv, said in actors.items()]
            + [f"称呼的下级“{word}”（{lv}级）" for word, lv in below.items()]
            + [f"{lv}委等{lv}级机关×{n}" for lv, n in most_common(bodies, 2)]
            + [f"{lv}党委、{lv}直等本级机关×{n}" for lv, n in town.items()]
            + ([f"在会上发言的下级“{heard[1]}”（{heard[0].name}所辖）"] if heard else [])
        )
        held = _held_clash(text, counts, words)
        if held:
            ctx.held = held
            ctx.reasons["level"] = f"层级不确定（{shown}，另有隐去地名的{held[0]}级机关“{held[1]}”），未检查层级用语（可用 --level 指定）"
        elif _certain(ranked, text, represented):
            ctx.level = ranked[0][0]
            ctx.reasons["level"] = f"正文用语：{shown}"
        elif town_titled := _titled_town(title, counts, text):
            # 在响岩镇经济工作会议上的讲话 with 全镇 once or twice and 全县 as often (a town quoting its county): the
            # town the title names holds the meeting, and its words are not outnumbered (place52)
            ctx.level, ctx.town = town_titled[-1], town_titled
            ctx.reasons["level"] = f"标题中的“{town_titled}”（正文用语：{shown}）"
        else:
            ctx.reasons["level"] = f"层级不确定（{shown}），未检查层级用语（可用 --level 指定）"
    if heard and not ctx.places and ctx.level == heard[0].level:
        ctx.place, ctx.places = heard[0].name, (heard[0],)
        ctx.reasons["place"] = f"在会上发言的下级“{heard[1]}”同属{heard[0].name}"
    if not ctx.places and ctx.level in (None, "区") and not level:
        _infer_zone(ctx, text)  # 在潍坊滨海区召开的…，滨海区党工委书记: a zone the gazetteer lacks, checked as --place would
    if ctx.place:
        pass
    elif not ctx.places and ctx.level:
        _infer_place_from_text(ctx, text)
    elif not ctx.places and not ctx.level and not level and sum(counts.values()) <= 1:
        _infer_place_named_most(ctx, text)  # no level words (one 全X at most): the place named most; not against them
    if not ctx.places and not ctx.level and not level:
        _infer_place_from_named_bodies(ctx, text)  # level in doubt (a city's inspector at a county's meeting)
    if not ctx.places and not ctx.place and ctx.level in (None, "县", "区", "旗"):
        _infer_bare_county(ctx, text)  # 为枣强的发展…枣强人民 (check48): a county named bare again and again
    return ctx, counts, text


# 枣强经济持续向好…为枣强的发展贡献力量 (check48; a real 团代会 speech in fp47's set has this shape): a county's page names
# its own county by its bare short name (枣强 again and again), which the gazetteer matches only with its suffix (枣强县). A
# county-level short name said before its people, its growth or its bodies three times or more, clearly more often than
# any other, and no everyday word (和平, 东方), is the speech's own place: another county said as ours is then checked.
_BARE_COUNTY_AT = re.compile(
    r"(?<![\u4e00-\u9fff])(?=([\u4e00-\u9fff]{2})(?:人民|的发展|经济|发展|大地|儿女|共青团|青年|县委|县政府|县人大|县政协|各级|上下))"
    r"|(?<=[\u4e00-\u9fff])(?=([\u4e00-\u9fff]{2})(?:人民|的发展|经济社会|大地|儿女|共青团))"
)


_AWAY_WORDS = r"(?:赴|到|去|前往|学习|借鉴|参观|考察|对口|援建|结对)"
_AWAY_AFTER = r"(?:会议|精神|经验|做法|模式|考察|之行|调研|学习|挂职|起义|会师)"


def _infer_bare_county(ctx: SpeechContext, text: str) -> None:
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    seen = {m.group(1) or m.group(2) for m in _BARE_COUNTY_AT.finditer(text)}
    candidates = []
    for short in seen:
        if is_word_place(short) or re.search(rf"{_AWAY_WORDS}{short}|{short}{_AWAY_AFTER}", text):
            continue  # 赴安吉考察…安吉的做法, 传承古田会议精神…古田人民: a place visited, learnt from or of history
        places = [p for p in gz.lookup(short) if p.short == short and not p.former_year
                  and (p.level in ("县", "区", "旗") or p.kind == "县级市")]  # fmt: skip
        if len(places) == 1 and (ctx.level is None or level_of_place(places[0].name) in (ctx.level, None)
                                 or places[0].level == ctx.level):
            candidates.append((text.count(short), places[0]))
    candidates.sort(key=lambda c: -c[0])
    if not candidates or candidates[0][0] < 3 or (len(candidates) > 1 and candidates[0][0] < 2 * candidates[1][0]):
        return
    n, place = candidates[0]
    ctx.place, ctx.places = place.name, (place,)
    if ctx.level is None:
        ctx.level = place.level if place.level != "市" else "市"
        ctx.reasons["level"] = f"由推断的地名“{place.name}”得出"
    ctx.reasons["place"] = f"正文反复提到的“{place.short}”（{n} 次，即{place.name}）"


# 市长视察森林防火工作时的讲话 over 全县林区火情多发的教训…全县森林覆盖率还低于全市平均水平 (#13, batch 60 p23; our
# fixture's words): the title's office is a superior's on a visit (视察, 调研, 检查…), and the speech is said to the place visited, in its
# words. When the text's own words are all of the level below the office's, that level is the speech's, and the
# office's is the speaker's own as well (as with 我带市直有关部门来…调研: census33's visitor_from_above).
_VISIT = re.compile(r"(?:视察|调研|检查|考察|督导|督查|察看|查看|慰问)")
_LEVEL_BELOW = {"省": "市", "市": "县区", "县": "乡镇", "区": "镇乡街道"}


def _visiting_office(ctx: SpeechContext, title: str, text: str) -> None:
    office = _speaker_office(title) if title else None
    level = ctx.level
    if office is None or level is None or level != office.group("lv") or not ctx.reasons.get("level", "").startswith("标题"):
        return
    visit = _VISIT.search(title, office.end())
    if visit is None:
        return
    words = _count_own_words(text.replace(title, ""))
    below = [(lv, n) for lv, n in words.items() if lv in _LEVEL_BELOW.get(level, "")]
    if len(below) != 1 or below[0][1] < 2 or words.get(level, 0) >= below[0][1] or f"我{level}" in text:
        return
    visited = below[0][0]
    ctx.also_own = ctx.also_own | {level}
    ctx.reasons["level"] = f"正文用语：全/我{visited}×{below[0][1]}（标题中的“{office.group(0)}”是来{visit.group(0)}的上级）"
    ctx.level = visited


def _title_guests(ctx: SpeechContext, title: str) -> frozenset[str]:
    """--place 睢宁县 over a title 青海省兴海县政协委员培训班开班典礼致辞: the places the title names that are neither
    the given place's nor its superiors' nor within it are the guests' or the meeting's (see `SpeechContext.guests`)."""
    if not ctx.places or not title:
        return frozenset()
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    named = [p for p, _s, _e in gz.find_places(title)]
    return frozenset(p.code for p in named if not any(gz.is_within(p, o) or gz.is_within(o, gz.current(p)) for o in ctx.places))


# 广东省归国华侨联合会：欣闻… opening a 贺电 of 吉林省侨联 / 尊敬的青海省兴海县政协委员们：: the body or the people a letter
# or a speech is addressed to, named before the colon of its salutation (a body's name, or people)
_SALUTATION = re.compile(
    r"^\s*(?:尊敬的|亲爱的)?(?P<who>[^。！？；，,：:\s]{4,40}?(?:会|委|局|厅|部|办|院|校|政府|公司|集团|单位|们|同志|同胞|朋友))\s*[：:]"
)


def _addressees(ctx: SpeechContext, blocks: Sequence[Block]) -> frozenset[str]:
    """The places a salutation among a speech's first lines names that are neither the speech's place, nor above it,
    nor within it: the addressee's (a letter to 广东省侨联 from 吉林省侨联 speaks of 广东省's development as theirs)."""
    if not ctx.places:
        return frozenset()
    who = [m.group("who") for b in blocks[:4] if (m := _SALUTATION.match(b.text))]
    if not who:
        return frozenset()
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    named = [p for w in who for p, _s, _e in gz.find_places(w)]
    return frozenset(p.code for p in named if not any(gz.is_within(p, o) or gz.is_within(o, gz.current(p)) for o in ctx.places))


# 全区信访工作会议上的讲话篇一 / …讲话(热门22篇) / …讲话范文: a collection site's title for one of its pieces
_SITE_TITLE = re.compile(r"篇[一二三四五六七八九十\d]{1,3}$|范文|[（(][^）)]{0,4}\d{1,3}篇[)）]")


def _meeting_against_title(ctx: SpeechContext, body: str, title: str) -> None:
    """全区信访工作会议上的讲话篇一 over 今天，我们召开全省工会信访工作座谈会…全省各级工会: a collection site's title
    over another level's speech. When the speaker names this very meeting at another level, speaks as that level
    throughout and never says the title's own words (全区, 我区), the title's bare 全X is set aside: the level is read from
    the text, as for an untitled speech."""
    said = ctx.reasons.get("level", "")
    if ctx.places or not ctx.level or not said.startswith(f"标题中的“全{ctx.level}"):
        return
    if re.search(rf"[我全]{ctx.level}", body):
        return
    if not _SITE_TITLE.search(title):
        return  # 在全县工作会议上的讲话 over 今天，我们召开全市教育工作会议: the speech's own title, the meeting's name a slip
    meetings = [m for m in _OWN_MEETING.finditer(body) if not _OTHER_MEETING.search(m.group(0)) and m.group("lv") != ctx.level]
    if len({m.group("lv") for m in meetings}) != 1:
        return
    lv = meetings[0].group("lv")
    if len(re.findall(rf"[我全]{lv}|{lv}委|{lv}政府", body)) < 4:
        return  # the whole speech speaks as that level, not only the meeting's name
    ctx.page_title = f"{said}（正文的本次会议是“{meetings[0].group(0)}”，正文没有说“全{ctx.level}”“我{ctx.level}”：标题是网页的）"
    ctx.level = None
    del ctx.reasons["level"]


def _speaker_against_title(ctx: SpeechContext, text: str, level: str | None) -> None:
    """青海省兴海县政协委员培训班开班典礼致辞 over 我代表睢宁县委、县政府…: the title names the guests (the class
    from 兴海), the bodies the speaker represents name the speaker's own place, which wins."""
    if not ctx.places or not ctx.reasons.get("place", "").startswith("标题"):
        return
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    for m in _REPRESENTS_NAMED.finditer(text):
        if not m.group("name") or _said_by_another(text, m.start()):
            continue
        said = f"{m.group('name')}{m.group('lv')}"
        found = [p for p in gz.lookup(said) if p.level == m.group("lv")]
        if len(found) != 1 or any(gz.is_within(found[0], p) or gz.is_within(p, found[0]) for p in ctx.places):
            continue
        titled = ctx.place
        ctx.guests = frozenset(p.code for p in ctx.places)
        ctx.place, ctx.places = found[0].name, (found[0],)
        ctx.reasons["place"] = f"讲话人代表的“{m.group(0)}”（标题中的“{titled}”是来宾或会议对象的地方）"
        if not level:
            ctx.level = found[0].level
            ctx.reasons["level"] = f"讲话人代表的“{m.group(0)}”"
        return


_PLACEHOLDER_PLACE = re.compile(r"(?:[xX×＊*]{1,4}|某{1,3})(街道|[省市县区乡镇州旗盟])(?![委长])")


# The speaker's office before 在 (县人大主任…在, 省委常委、市委书记…在: the last office is the speaker's
# own; 副县长关于…的讲话 with no 在) or the meeting's own body after it (在县十六届人大…, 在市委…全会上).
_TITLE_OFFICE = re.compile(
    # 乡镇长, 乡镇党委书记: the township tier, 乡 or 镇 unsaid (the text's own words decide)
    r"(?<![全我各乡])副?(?!乡镇)(?P<lv>[省市县区乡镇]|街道)(?:委(?:副)?书记|委常委|(?<=[乡镇])党委(?:副)?书记|(?:常务)?副?[省市县区乡镇]?长|人大(?:常委会)?(?:党组)?(?:副)?主任|"
    r"政协(?:副)?主席|政府(?:副)?[省市县区乡镇]长|党工委(?:副)?书记|(?:办事处|办)(?:副)?主任)"
)
_OFFICE_OPENS = re.compile(r"^(?:\d{4}\s*年度?)?" + _TITLE_OFFICE.pattern)
_OFFICE_TALKS = re.compile(_TITLE_OFFICE.pattern + r"(?:同志)?的?(?:讲话|致辞|发言)(?:稿|提纲)?(?:[（(][^）)]{1,10}[)）])?$")
_TITLE_BODY = re.compile(
    # (在县政府第一次全体会议上: the government's own session, 政府 without 人民 as often as with it)
    r"^在(?P<lv>[省市县区乡镇])(?:第?[一二三四五六七八九十\d]+届|委(?:[一二三四五六七八九十]+届)?|人大|政协|人民政府|政府(?=[^，。]{0,12}?(?:全体|常务|会议))"
    # 在区安全生产工作推进会…上的讲话 / 在县经济工作会议上: the level's own meeting, named with the bare level (not 区域,
    # 市场, 市民, 县域, 乡村, 乡镇, 镇村 …, words that start with the level's character; nor 在市区民生十件实事…推进会议上:
    # 市区 is the city and its district together, whose district speaks of 我区 and 区民政局 — its text says the level)
    r"|(?![域场民容政貌井村镇情况属内外里])(?!(?<=市)区)[\u4e00-\u9fff]{2,24}?(?:会议|大会|推进会|座谈会|动员会|部署会|调度会|现场会|会)(?:暨[^上]{2,20})?上的)"
)


# 在 2026 年街道党工委扩大会议上的讲话: a 街道's meeting named with no place before it.
# 在城关街道2027年工作务虚会上: a named 街道 the gazetteer does not hold (it holds no streets), its own meeting.
_STREET_MEETING = re.compile(r"在\s*(?:\d{4}\s*年度?)?\s*(?:[\u4e00-\u9fff]{2,4}?(?<![全各我本])(?=街道))?(?P<lv>街道)")


def _speaker_office(title: str) -> re.Match[str] | None:
    """The speaker's own office: the last one before 在 (or before 关于 when the title has no 在)."""
    speaker, at, _ = title.partition("在")
    if not at:
        speaker, about, _ = title.partition("关于")
        if not about:
            # 区长领导干部大会上的讲话 / 经济社会发展务虚会区长讲话: no 在; the office opens the title or speaks last
            return _OFFICE_OPENS.match(title) or _OFFICE_TALKS.search(title)
    offices = list(_TITLE_OFFICE.finditer(speaker))
    return offices[-1] if offices else None


def _level_from_office(title: str) -> re.Match[str] | None:
    _, at, meeting = title.partition("在")
    return _speaker_office(title) or (_TITLE_BODY.match(at + meeting) if at else None)


# 县农业农村局2025年工作总结 / 2025年市教育局工作要点: the title opens with a department of one level, named with the
# bare level (not 市场监管局, 区域…, 县域…: words that start with the level's character; not 市政局, a bureau of
# 市政 that a 区 or 县 has too, though 市政府办公室 is the city's)
# 县政府常务会议上的讲话 / 县委全会上的讲话 (check48, the shape of a planter 48 copy): the title names a meeting the own
# government or committee holds, the speaker's own level (not 在市政府全体会议上的表态发言: a lower speaker's pledge there)
_OWN_BODY_MEETING_TITLE = re.compile(
    r"^(?:\d{4}\s*年度?)?(?P<lv>[省市县区])(?:委|政府)(?:[\u4e00-\u9fff]{0,8}?)(?:常务会议?|全体会议?|讲评会|工作会议?|全会)"
    r"(?!.*(?:表态|发言|汇报|述职))"
)
_DEPARTMENT_TITLE = re.compile(
    r"^(?:\d{4}\s*年度?)?(?P<lv>[省市县区])(?![场域民容貌情内外级直属])(?!政(?!府))[\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|中心)(?:党组|党委)?"
    r"(?:关于)?(?:\d{4}\s*年度?)?[\u4e00-\u9fff]{0,12}?(?:总结|报告|计划|要点|汇报|述职)"
)


# 霍邱县周集镇2025年度政务公开工作总结: a county, then the town in it whose report this is.
# (not 各乡镇…, 美丽乡村建设…: no town named)
_TOWN_AFTER = re.compile(r"(?P<town>(?![各全本我该])[^\W\d_a-zA-Z乡镇村的和与及在是为县市区省]{2,3}?[镇乡])(?!村)(?:人民政府|政府|党委)?(?=\d{4}|关于|[“（(【]|[\u4e00-\u9fff]{0,6}(?:工作|总结|报告|讲话))")
# 临渭区解放街道办召开…: a place, then the 街道 in it whose meeting this is.
_STREET_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?街道(?:办事处|办|党工委)?")


# 县区委书记在全县（区）教育大会上的讲话: a template titled for two levels at once; the text says which. (全市县（市、区）
# 委书记…会议 is a city's meeting of its counties: 全市 still says the level.)
_TWO_LEVEL_TITLE = re.compile(r"全[县市区镇乡][（(][县市区镇乡、]{1,5}[)）]|^[县市]区委书记")


def _finest_of_chain(title: str, found: list[tuple[Any, int, int]]) -> list[tuple[Any, int, int]]:
    """在江苏省南通市…, 在福建省南靖县…, 在福建省南靖首届兰花节…: a place written right after the place above it (its
    full name, or its short name that only a place inside the one before can mean) is the title's place; the province
    or city before it only says where it lies. `found` from the first match on, the chain's last link first."""
    if not found:
        return found
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    start = found[0][1]
    link = [f for f in found if f[1] == start]
    rest = found[len(link) :]
    while rest and rest[0][1] == link[0][2]:
        nxt = [f for f in rest if f[1] == rest[0][1]]
        if not all(any(gz.is_within(f[0], p) for p, _s, _e in link) for f in nxt):
            break
        link, rest = nxt, rest[len(nxt) :]
    end = link[0][2]
    if link[0][0].level in ("省", "市"):
        for n in (3, 2):  # 南靖 after 福建省: a county's short name, found only as a place inside the province
            inside = [p for p in gz.lookup(title[end : end + n]) if any(gz.is_within(p, q) and p.code != q.code for q, _s, _e in link)]
            if len(inside) == 1 and not any(s < end + n for _p, s, _e in rest):
                return [(inside[0], end, end + n), *rest]
    return [*link, *rest]


def _infer_from_title(ctx: SpeechContext, title: str) -> None:
    if not title or _TWO_LEVEL_TITLE.search(title):
        return
    # 全县, or a template's placeholder place (在XX县…会议上, 在**市…, 在某某镇…), or the speaker's office
    m = re.search(r"全(街道|[省市县区乡镇州旗盟])", title) or _PLACEHOLDER_PLACE.search(title) or _level_from_office(title)
    m = m or _STREET_MEETING.match(title)  # 在 2026 年街道党工委扩大会议上: the street's own meeting
    m = m or _DEPARTMENT_TITLE.match(title)  # 县农业农村局2025年工作总结: a department of the county reports
    m = m or _OWN_BODY_MEETING_TITLE.match(title)  # 县政府常务会议上的讲话: the own government's meeting (check48)
    if m and not ctx.level:
        ctx.level = m.group("lv") if "lv" in m.groupdict() else m.group(1)
        ctx.reasons["level"] = f"标题中的“{m.group(0)}”"
    from drafter.gazetteer import load_gazetteer

    found = _finest_of_chain(title, load_gazetteer().find_places(title)) or _title_short_name(title, ctx.level)
    if found and _FINE_TIER.get(ctx.level or "", ctx.level) in (None, found[0][0].level):
        place, start, end = found[0]
        ctx.place, ctx.places = place.name, tuple(p for p, s, _ in found if s == start)
        ctx.reasons["place"] = f"标题中的“{title[start:end]}”"
        street = _STREET_AFTER.match(title, end)
        town = _TOWN_AFTER.match(title, end) if place.level == "县" else None
        if street and ctx.level in (None, place.level):
            ctx.level = "街道"  # the street's meeting: its district (the place) and city are its superiors
            ctx.reasons["level"] = f"标题中的“{title[start : street.end()]}”"
        elif town and ctx.level in (None, place.level):
            ctx.level, ctx.town = town.group("town")[-1], town.group("town")  # the town's report: its county is above it
            ctx.reasons["level"] = f"标题中的“{title[start : town.end('town')]}”"
            ctx.reasons["place"] = f"标题中的“{title[start : town.end('town')]}”（乡镇不在行政区划库中，按{place.name}所辖范围检查外地地名）"
        if not ctx.level:
            ctx.level = _fine_kind(place.name, ctx.places) or place.level
            ctx.reasons["level"] = f"标题中的地名“{place.name}”"


# 在高港工程建设推进会上的讲话 / 泗阳县委书记…在泗阳2026年…大会上: the meeting's place said by its bare short name right
# after 在 at the title's head (the gazetteer matches a county's short name only with its suffix).
_TITLE_SHORT = re.compile(r"^[^在]{0,16}?在(?P<name>[\u4e00-\u9fff]{2})(?![镇乡村街路河湖山桥园社])(?=(?:\d{4}年度?)?[\u4e00-\u9fff]{2,24}?(?:会议|大会|会)上)")


def _title_short_name(title: str, level: str | None) -> list[tuple[Any, int, int]]:
    """The county-level place (or city) a title names by its bare short name at the meeting's head, when the short
    name is no everyday word and names one place only of the title's level (or of a county-level one)."""
    m = _TITLE_SHORT.match(title)
    if m is None or is_word_place(m.group("name")):
        return []
    from drafter.gazetteer import load_gazetteer

    tier = _FINE_TIER.get(level or "", level)
    places = [p for p in load_gazetteer().lookup(m.group("name")) if p.short == m.group("name")
              and p.level in ("市", "县", "区") and tier in (None, p.level) and p.former_year is None]  # fmt: skip
    return [(places[0], m.start("name"), m.end("name"))] if len(places) == 1 else []


# ——2020年1月19日在海门市第十七届人民代表大会第四次会议上: a report's subtitle names the congress it is made to, and
# so its place (the 南通 its text names more often is the city above it).
_CONGRESS_LINE = re.compile(
    r"在(?P<place>[\u4e00-\u9fff]{2,10}?)第?[一二三四五六七八九十\d]{1,3}届(?:人民代表大会|人大|政协|党代会|代表大会)"
)


def _head_lines(text: str) -> list[str]:
    """The lines under a title that may name its place: the first five non-empty ones of the first eight."""
    return [ln.strip() for ln in text.splitlines()[:8] if ln.strip()][:5]


def _take_head_place(ctx: SpeechContext, found: Sequence[tuple[Any, int, int]], reason: str) -> None:
    """The place a head line names (`found`: gazetteer matches), unless the level already known is another's."""
    if found and not (ctx.level and _FINE_TIER.get(ctx.level, ctx.level) != found[0][0].level):
        ctx.place, ctx.places = found[0][0].name, tuple(p for p, _s, _e in found)
        ctx.reasons["place"] = reason


def _infer_from_congress_line(ctx: SpeechContext, text: str) -> None:
    from drafter.gazetteer import load_gazetteer

    for line in _head_lines(text):
        m = _CONGRESS_LINE.search(line)
        if not m or len(line) > 60:
            continue
        found = [(p, s, e) for p, s, e in load_gazetteer().find_places(m.group("place")) if s == 0 and e == len(m.group("place"))]
        _take_head_place(ctx, found, f"副标题中的“{m.group(0)}”")
        return


# 长沙市第十五中学党委书记某某某 / 如东县人民医院院长 某某 / 山西省副省长 某某 (batch 60's f10: 省长 was not read): the
# speaker's line under the title, opening with the place of the unit the speaker heads. A line, not a sentence (no 。，：).
_SPEAKER_LINE = re.compile(
    r"^[\u4e00-\u9fff]{2,24}?(?:党委|党组|党总支)?(?:副)?(?:书记|校长|院长|局长|主任|董事长|总经理|主席|部长|省长|州长|县长|市长|区长|镇长|乡长)"
    r"\s*[\u4e00-\u9fff·]{0,4}$"
)


def _infer_from_speaker_line(ctx: SpeechContext, text: str) -> None:
    from drafter.gazetteer import load_gazetteer

    for line in _head_lines(text):
        if len(line) > 32 or not _SPEAKER_LINE.match(line):
            continue
        found = [f for f in load_gazetteer().find_places(line)[:1] if f[1] == 0]
        _take_head_place(ctx, found, f"讲话人一行中的“{line[: found[0][2]]}”" if found else "")
        return


def _infer_from_head_titles(ctx: SpeechContext, text: str, title: str) -> None:
    """医院年终总结会讲话 / 篇一：… / 滑县新区医院年终总结暨表彰大会讲话稿: a site's collection names the speech again
    under its own title; a place in that second title line is the speech's, as the title's would be."""
    for line in [ln.strip() for ln in text.splitlines()[:6] if ln.strip()][:4]:
        if line == title or not _TITLE_LINE.match(line):
            continue
        head = SpeechContext()
        _infer_from_title(head, line)
        if head.places:
            ctx.place, ctx.places, ctx.level, ctx.town = head.place, head.places, head.level, head.town
            ctx.reasons.update(head.reasons)
            return


# The superiors a 街道 speaks for as its own (我区, 我市; 我县 in a county seat's street), by the meeting's level.
_STREET_SUPERIORS = {"街道": frozenset("区市县"), "区": frozenset("市"), "市": frozenset("区")}


def _speaker_words(ctx: SpeechContext, office: re.Match[str] | None) -> None:
    """A speaker whose office is not the meeting's level speaks that office's own words: a 街道 party
    secretary at a 全区 meeting calls the city 我市; a 市委常委 at a 区 or 街道 meeting speaks for the city."""
    speaker = office.group("lv") if office else ("街道" if ctx.level == "街道" else None)
    level = ctx.level
    if not speaker or not level:
        return
    if speaker == "街道":
        also = _STREET_SUPERIORS.get(level, frozenset())
    elif speaker != level and speaker in _ORDER and level in _ORDER and _ORDER.index(speaker) < _ORDER.index(level):
        also = frozenset({speaker})
    else:
        return
    if also:
        ctx.also_own = also
        words = "、".join(f"我{lv}" for lv in _ORDER if lv in also)
        who = "街道干部" if speaker == "街道" else f"{speaker}级干部"
        ctx.reasons["level"] = ctx.reasons.get("level", "") + f"；讲话人是{who}，“{words}”是其所在或所任的一级，不算层级错误"


# XX县委、县政府 / ××市委和市政府: the speech's own committee and government with the place masked, as a web page masks it.
# The own place is hidden, so a real place of that level the text names is no own place to infer: it is another place's
# name (left from its speech), or the own one the masking missed — check_own_slogans says which it may be.
MASKED_OWN_PAIR = re.compile(r"(?<![A-Za-z0-9])[xX×＊*]{1,4}(?P<lv>[市县区旗])(?=委[、，,和及]\s*(?P=lv)?(?:人民)?政府)")


def _infer_place_from_text(ctx: SpeechContext, text: str) -> None:
    from drafter.gazetteer import load_gazetteer

    if any(m.group("lv") == ctx.level for m in MASKED_OWN_PAIR.finditer(text)):
        return

    # (the gazetteer holds no 乡 or 镇: a town's own name cannot be found there, only the county it names)
    if ctx.level not in ("乡", "镇") and not _infer_place_from_full_names(ctx, text, load_gazetteer()):
        _infer_place_from_bare_names(ctx, text, load_gazetteer())
    if not ctx.places and ctx.level not in ("乡", "镇") and "全" in text:
        _infer_from_scope_ladder(ctx, text, load_gazetteer())
    if not ctx.places and ctx.level in _TOWN_LEVELS:
        _county_of_town(ctx, text, "乡镇（街道）的名称不在行政区划库中")


# 有一些工作在全石首、全荆州、乃至全省都有一定的影响 (#13, batch 52 p04): the scopes the speaker's work is known in,
# from its own up — the first the own place, the next its city.
_SCOPE_LADDER = re.compile(
    r"全(?P<own>[\u4e00-\u9fff]{2,3}?)[、，,]\s*全(?P<up>[\u4e00-\u9fff]{2,3}?)[、，,]?\s*(?:乃至|甚至|以至|和|及|直至)?全(?:省|国)"
)


def _infer_from_scope_ladder(ctx: SpeechContext, text: str, gz: Any) -> None:
    tier = _FINE_TIER.get(ctx.level or "", ctx.level)
    for m in _SCOPE_LADDER.finditer(text):
        own, up = m.group("own"), m.group("up")
        if is_word_place(own) or is_word_place(up):
            continue
        places = [
            p for p in gz.lookup(own)
            if own in (p.short, p.name) and (not tier or p.level == tier or (tier == "县" and p.kind == "县级市") or (tier == "市" and p.kind == "县级市"))
            and any(up in (a.short, a.name) for a in gz.ancestors(p)[:1])
        ]  # fmt: skip
        if len(places) == 1:
            ctx.place, ctx.places = places[0].name, (places[0],)
            ctx.reasons["place"] = f"正文中由本地往上说的范围“{m.group(0)}”（{places[0].name}）"
            return


_TOWN_LEVELS = frozenset({"乡", "镇", "街道"})
_BELOW_PROVINCE = frozenset({"市", "州", "盟", "县", "区", "旗"})


# 驶往广州的 / 开往重庆 / 飞往杭州: a journey's end. 在广州卖过…，在重庆… / 在杭州，我们推介了…: the places a city went
# to promote itself, named one after another (a place after 在 whose clause goes on to another 在 and place).
_TRAVELLED_TO = re.compile(r"(?:驶往|开往|飞往|通往|前往|直达|赴|到访)$")
_ONE_OF_PLACES_GONE = re.compile(
    r"[^。！？]{0,24}?(?:卖过|推介|宣传|展销|招商|路演|办过|举办过)[^。！？]{0,30}?[，,；;]\s*在[\u4e00-\u9fff]{2,4}[，,]?[^。！？]{0,6}?(?:卖过|推介|宣传|展销|招商|路演|办过|举办过)"
)


# 相聚在成都市诗词楹联学会这个大家庭里 / 如皋市老年书画研究会全体会员: a society of the place whose members are the
# audience (not 泉州市水利水电协会行业信息, the site a national speech was copied from).
_SOCIETY = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:学会|协会|研究会|联合会|联谊会)(?=这个大家庭|大家庭|的?全体会员|的?广大会员|成立[一二三四五六七八九十\d]+)"
)


# 我局…拟定了《丽水市莲都区城市市容管理办法（试行）》初稿: a rule the speaker's own office drafts is its place's (the
# district after its city too: the city is then left out as its superior).
_OWN_DRAFT = re.compile(r"(?:拟定|起草|草拟|制定|修订)了?《(?:[\u4e00-\u9fff]{2,6}?[省市州盟])?$")


# 滨海区党工委 / 高新区管委会: the body that runs a development zone (a 区 the gazetteer does not hold)
_ZONE_BODY = r"(?:党工委|管委会|管理委员会)"


def _infer_zone(ctx: SpeechContext, text: str) -> None:
    """在潍坊滨海区召开的…会议上，…滨海区党工委书记…: a 区 named right after its city's name that is none of the city's
    districts, whose own 党工委 or 管委会 the text names, is a development zone of that city and the speech's own place
    (checked as `--place 潍坊滨海区` would be: a 区, its real sibling districts said as ours are warned)."""
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    for city, start, end in gz.find_places(text):
        zone = re.match(r"(?:市)?(?P<stem>[\u4e00-\u9fff]{2})区", text[end : end + 4])
        if city.level != "市" or zone is None:
            continue
        stem = zone.group("stem")
        if any(p.short == stem or p.name.startswith(stem) for p in gz.children_of_code(city.code)):
            continue  # 潍坊寒亭区: a district the gazetteer holds; 滨海 alone is another place's name, said as the zone's
        if re.search(stem + "区" + _ZONE_BODY, text):
            ctx.place, ctx.places, ctx.level = text[start : end + zone.end()], (), "区"
            ctx.reasons["place"] = f"正文中的“{ctx.place}”（{city.name}的开发区，正文提到“{stem}区”的党工委或管委会），不在行政区划库中，未检查外地地名"
            ctx.reasons["level"] = f"由地名“{ctx.place}”得出"
            return


def _infer_place_named_most(ctx: SpeechContext, text: str) -> None:
    """A short page with no level words (a 市长's welcome, a 简报): the place it names clearly most often, leaving out
    those that are only its superiors (太仓市 twice with 苏州市 and 江苏 once), is its own, and its level with it; so
    another city named once as ours (佛山 on a page of 广州 eleven times) is still checked."""
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    counts: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    by_code: dict[str, Any] = {}
    for found, start, end in gz.find_places(text):
        if found.level in _BELOW_PROVINCE and not is_street(text, end):
            by_code[found.code] = found
            if _TRAVELLED_TO.search(text, max(0, start - 4), start) or _ONE_OF_PLACES_GONE.match(text, end):
                continue  # 驶往广州的高铁 / 在广州卖过…，在重庆卖过…: somewhere the speaker went, not home
            # 扬州市委: the own bodies weigh double, and so does the society the speaker's audience belongs to
            # (我们有缘相聚在成都市诗词楹联学会这个大家庭里; not 感谢上海市书法家协会, another city's)
            own = _OWN_BODY.match(text, end) or _OWN_DRAFT.search(text, max(0, start - 12), start) or (_SOCIETY.match(text, end) and not _AWAY_BEFORE.search(text, max(0, start - 4), start)
                                                 and not re.search(r"感谢|感激|祝贺", text[max(0, start - 10) : start]))
            counts[found.code] += 2 if own else 1
            mentions[found.code] += 1
    # its superiors left out (太仓市 twice, 苏州市 once), unless named clearly more often than the place inside them
    # (白城市农业农村局 four times, 白城市洮北区 once in its address: 白城市 is the own place)
    above = {up.code for named in by_code.values() for up in gz.ancestors(named) if counts[up.code] < 2 * max(counts[named.code], 1)}
    top = [(code, n) for code, n in counts.most_common() if code not in above][:2]
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return
    place = by_code[top[0][0]]
    ctx.place, ctx.places = place.name, (place,)
    fine = _fine_kind(place.name, (place,))
    ctx.level = fine if fine and place.level == _FINE_TIER[fine] else place.level
    ctx.reasons["place"] = f"正文中最常出现的地名“{place.name}”（{mentions[place.code]} 次，不算它的上级）"
    ctx.reasons["level"] = f"由推断的地名“{place.name}”得出"


def _infer_place_from_named_bodies(ctx: SpeechContext, text: str) -> None:
    """参加了铜鼓县委常委班子专题民主生活会 / 铜鼓县委常委班子的民主生活会: a place whose bodies the text names twice or more,
    clearly more often than any other's, is the place the speech is about, even when its level words leave the level in
    doubt (a city's inspector speaks to a county's committee); only the place is set, and foreign places are checked."""
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    bodies: Counter[str] = Counter()
    by_code: dict[str, Any] = {}
    said: dict[str, str] = {}
    for found, start, end in gz.find_places(text):
        body = _OWN_BODY.match(text, end)
        if found.level in _BELOW_PROVINCE and body and not _VISITED_BEFORE.search(text, max(0, start - 4), start):
            bodies[found.code] += 1
            by_code[found.code] = found
            said.setdefault(found.code, text[start : body.end()])
    top = most_common(bodies, 2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return
    place = by_code[top[0][0]]
    ctx.place, ctx.places = place.name, (place,)
    ctx.reasons["place"] = f"正文中最常带着机关出现的地名“{place.name}”（{top[0][1]} 次，如“{said[place.code]}”）"


def _county_of_town_name(place: str) -> Any:
    """The county-level place a town's written name starts with (莱州市 of 莱州市沙河镇; 东莞市 of 东莞市虎门镇, a city
    without counties), else None."""
    from drafter.gazetteer import load_gazetteer
    from drafter.places import written_superior

    above = written_superior(load_gazetteer(), place)
    if above is None or _TIER.get(above.level, 9) not in (1, 2):
        return None
    return above


def _county_written(ctx: SpeechContext, place: str, text: str = "") -> bool:
    """A town the gazetteer does not know, checked within the county its name starts with."""
    above = _county_of_town_name(place)
    if above is None or _short_name_guess(place, above, text):
        return False
    ctx.place, ctx.places = above.name, (above,)
    ctx.reasons["place"] = f"“{place}”不在行政区划库中，按其所属的“{above.name}”所辖范围检查外地地名"
    return True


# 南湖街道 (#13, batch 56 p36: a community of 深圳's 罗湖区): a town or 街道 whose name is a county's short name and its
# own suffix only (南湖 of 南湖区, 嘉兴市) may lie anywhere — many towns bear a county's name. Its county is a guess the
# text must bear out: the county or a place above it named apart from the town's own name; else the county the text
# names is looked for, and with none, foreign places are not checked. 莱州市沙河镇 (the county written in full) is no guess.
def _short_name_guess(place: str, above: Any, text: str) -> bool:
    from drafter.gazetteer import load_gazetteer

    if place.startswith(above.name) or not text:
        return False
    gz = load_gazetteer()
    others = text.replace(place, "")
    ups = (above, *gz.ancestors(above))
    names = {p.name for p in ups} | {short for p in ups if (short := _short_of(p.name))}
    return not any(name in others for name in names)


_LEVEL_SUFFIX = re.compile(r"(?:自治县|自治州|自治区|地区|新区|矿区|林区|特区|省|市|县|区|州|盟|旗)$")


def _short_of(name: str) -> str:
    short = _LEVEL_SUFFIX.sub("", name)
    return short if len(short) >= 2 else ""


def _county_of_town(ctx: SpeechContext, text: str, why: str) -> None:
    """A town's speech (towns are not in the gazetteer) checked within the county it names clearly most often
    (罗田县 twice, 英山县 once: the county is 罗田县, and 英山县 is another county's name)."""
    from drafter.gazetteer import load_gazetteer

    town = SpeechContext(level="县")
    if _infer_place_from_full_names(town, text, load_gazetteer()):
        ctx.place, ctx.places = town.place, town.places
        ctx.reasons["place"] = f"{why}，按正文中最常出现的县级地名“{town.place}”所辖范围检查外地地名"


def _infer_place_from_full_names(ctx: SpeechContext, text: str, gz: Any) -> bool:
    counts: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    by_name: dict[str, Any] = {}
    for place, start, end in gz.find_places(text):
        if is_street(text, end):
            continue
        if place.level == _FINE_TIER.get(ctx.level or "", ctx.level) or (ctx.level == "县" and place.kind == "县级市"):
            # 如东县委、县政府 / 中共如东县委: the speaker's own bodies name the place as surely as two mentions; so does
            # the year's plan read out at the meeting (宣读了《2008年如东县防汛工作方案》).
            own = _OWN_BODY.match(text, end) or (_YEAR_BEFORE.search(text, max(0, start - 6), start) and _PLAN_AFTER.match(text, end))
            counts[place.code] += 2 if own else 1
            mentions[place.code] += 1
            by_name[place.code] = place
    for code, place in by_name.items():
        # 景县经济总量… found, 为实现景县在全市率先发展 / 把景县放到全省 not (a two-character name after a word is left to
        # chance by the gazetteer): once found at a boundary, the same name elsewhere, not run into 县城/县域, is it too
        if len(place.name) == 2 and place.name.endswith("县") and len(gz.lookup(place.name)) == 1:
            more = len(re.findall(rf"{place.name}(?![城域委级直长])", text)) - mentions[code]
            counts[code] += max(more, 0)
            mentions[code] += max(more, 0)
    top = most_common(counts, 2)
    # Only a clear favourite: a county speech may cite one neighbour's experience once.
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        code = top[0][0]
        place = by_name[code]
        ctx.place, ctx.places = place.name, (place,)
        ctx.reasons["place"] = f"正文中最常出现的{ctx.level}级地名“{place.name}”（{mentions[code]} 次）"
        return True
    return False


# 建设魅力舒城 / 打响山水桐庐品牌 / 魅力婺源、生态舒城: a brand word and a two-character name (the gazetteer matches a
# county's short name only with its suffix, 桐庐县). Not 新县城, 城区: a name run into a word for a town or area.
_BRANDED_NAME = re.compile(rf"(?=(?P<brand>{SLOGAN_WORDS})(?P<name>[\u4e00-\u9fff]{{2}})(?![城区县市镇乡村]))")
_BUILD_VERB = re.compile(
    r"(?:建设|打造|争创|创建|共建|建成|推进|迈向|谱写|再造|奋力|加快|打响|擦亮|构建)(?:更高水平的|新时代|更加)?"
    r"(?:[\u4e00-\u9fff、]{1,8}的)?$"  # 建设开放活力美丽的幸福龙岗: the slogan's other words before it
    r"|构建(?:[\u4e00-\u9fff]{2}、){1,4}$"  # 构建繁荣、文明、和谐江宁: the slogan's words listed before the last one
)
# A slogan named without a verb ends at a stop, a list's 、 or the word it qualifies (山水桐庐品牌, 生态安吉建设).
_SLOGAN_END = re.compile(r"[、，,。；！？”\"’」』）)：:]|品牌|建设|名片|$")


_STRATEGY_VERBS = "兴富强立治稳"


def slogan_shorts(gz: Any, line: str) -> list[tuple[int, int, list[Any]]]:
    """(start, end, places) of each county-level place named bare in a slogan: after a verb that builds it (建设魅力
    舒城), ended as a slogan is (山水桐庐品牌), or listed after one (魅力婺源、生态舒城)."""
    hits: list[tuple[int, int, list[Any]]] = []
    for m in _BRANDED_NAME.finditer(line):
        start, end = m.start("name"), m.end("name")
        built = _BUILD_VERB.search(line, max(0, m.start() - 10), m.start())
        listed = bool(hits) and m.start() == hits[-1][1] + 1 and line[hits[-1][1]] == "、"
        if not (built or listed or _SLOGAN_END.match(line, end)):
            continue
        name = m.group("name")
        if name[0] in _STRATEGY_VERBS and name[1] in "县市区":
            continue  # 工业立县、生态兴县、旅游富县: a strategy that builds the county up, no 兴县 or 富县 named
        places = [p for p in gz.lookup(name) if p.short == name and p.level in ("县", "区", "市")]
        if places and not is_word_place(name) and not (hits and start < hits[-1][1]):
            hits.append((start, end, places))
    return hits


# 舒城人民 / 我们舒城 / 走进舒城、留在舒城: the own county called by its bare short name. A name in a trip or a
# partnership (赴婺源学习考察, 与桐庐合作) is somewhere else's and not counted.
_OWN_NAME_AFTER = re.compile(
    r"(?=(?P<name>[\u4e00-\u9fff]{2})(?:人民|大地|儿女))|我们(?P<we>[\u4e00-\u9fff]{2})"
    # 关系到彭州能否…，关系到彭州形象 / 仙桃的未来 / 泗阳经济社会: the speech's stake named with the bare name
    # 也是黎平发展史上极不平凡的一年 / 黎平发展负重前行: the own place's development (not 安吉发展经验, a model learnt from)
    r"|关系到(?P<stake>[\u4e00-\u9fff]{2})|(?=(?P<own>[\u4e00-\u9fff]{2})(?:形象|的未来|的兴衰|经济社会|改革发展|上下|发展(?!经验|模式|做法|的经验)))"
)
_AWAY_BEFORE = re.compile(r"(?:赴|(?<![系达受得感看想做遇提涉直认意听见])到|去|往|学习|借鉴|考察|参观|与|同|向|对口)$")
# 赴安吉考察, 学习借鉴安吉经验: a place the speech visits or learns from is never its own, however often it is named
# (a report of a study trip says 安吉的做法, 安吉人民 again and again). 来到舒城 may be the host's welcome: not here.
_VISITED_BEFORE = re.compile(r"(?:赴|前往|学习|借鉴|考察|参观|对口|帮扶|援建|结对)$")
# 古田会议精神, 古田会议, 安吉经验: a place the whole country learns from or a chapter of history (古田人民 said of it too).
_ELSEWHERE_NAME_AFTER = re.compile(r"会议|精神|整风|时期|起义|会师|革命|战役|经验|做法|模式")


def _infer_place_from_bare_names(ctx: SpeechContext, text: str, gz: Any) -> None:
    """The county (or city, district) of the speech's level whose bare short name the speech uses as its own, in
    a slogan or as 舒城人民, when it names it clearly more often than any other (not on trips: 赴婺源考察)."""
    tier = _FINE_TIER.get(ctx.level or "", ctx.level)
    named: dict[str, Any] = {}
    for line in text.splitlines():
        for start, end, places in slogan_shorts(gz, line) if re.search(SLOGAN_WORDS, line) else ():
            named.setdefault(line[start:end], places)
    for m in _OWN_NAME_AFTER.finditer(text):
        name = m.group("name") or m.group("we") or m.group("stake") or m.group("own")
        # named at least twice to count (below): a name said once is never looked up (the gazetteer loads lazily)
        if name not in named and text.count(name) >= 2 and not is_word_place(name):
            named[name] = [p for p in gz.lookup(name) if p.short == name]
    ours = {name: [p for p in places if p.level == tier or (tier == "县" and p.kind == "县级市")] for name, places in named.items()}
    counts: Counter[str] = Counter()
    for name, places in ours.items():
        at = _positions(text, name)
        elsewhere = any(
            _VISITED_BEFORE.search(text, max(0, k - 4), k) or _ELSEWHERE_NAME_AFTER.match(text, k + len(name)) for k in at
        )
        if len(places) == 1 and not elsewhere:
            counts[name] = sum(not _AWAY_BEFORE.search(text, max(0, k - 4), k) for k in at)
    top = most_common(counts, 2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        name, n = top[0]
        place = ours[name][0]
        ctx.place, ctx.places = place.name, (place,)
        ctx.reasons["place"] = f"正文中本地的简称“{name}”（{place.name}，{n} 次，如“{_example(text, name)}”）"


def _positions(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(name), text)]


def _example(text: str, name: str) -> str:
    """The first slogan the bare name is used in (魅力舒城), else its first use (舒城人民), for the reason shown."""
    branded = re.search(rf"(?:{SLOGAN_WORDS}){re.escape(name)}", text)
    if branded:
        return branded.group(0)
    k = text.find(name)
    return text[k : k + len(name) + 2]


# 西南京路社区, 北京东路, 上海大道, 中山街: a street named after a place (not 街道, a unit; not 街头, the place's streets).
_STREET = re.compile(r"[东西南北中]?(?:路(?![子径线])|大道|大街|街(?![道头])|巷|胡同)")


def is_street(text: str, end: int) -> bool:
    """Whether the place name ending at `end` is the first part of a street's name."""
    return _STREET.match(text, end) is not None


# (铜鼓县委常委班子 / 县委常委会 are the committee too; 县委常委、副县长 is a person's office)
# 《2008年某县防汛工作方案》: a plan of the year, named with the place it is the plan of (the 《 may be lost in a copy).
_YEAR_BEFORE = re.compile(r"(?:《|\d{4}年度?|年度?)$")
_PLAN_AFTER = re.compile(r"[^《》。；！？，,\n]{0,16}?(?:方案|预案|规划|计划|要点)》")
_OWN_BODY = re.compile(r"[省市县区旗]?(?:委(?:常委(?:班子|会))?|人民政府|政府|人大常委会|政协)(?![组宣统办书常副纪机主秘])")

