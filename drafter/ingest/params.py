"""Turn a source speech's text into reusable fragment text.

The speaker's own level words become renderer helpers ({{ we }}, {{ scope }},
{{ leadership }} …; the level above {{ upper.leadership }} …), the speaker's
place becomes {{ place }}, the meeting {{ meeting }}, the reporter
{{ reporter }}. What is bound to the source — other places, people, figures,
dates, meeting ordinals, plan titles, place-bound slogans — cannot be made
generic and makes the fragment `specific`, with the reasons listed.

Place names come from the gazetteer (drafter.gazetteer, imported lazily); a
small built-in list of provinces and a suffix rule stand in when it is absent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from drafter.ingest.bigregions import great_region_names
from drafter.ingest.ceremony import ceremony_names
from drafter.ingest.elsewhere import (
    foreign_reasons,
    foreign_text,
    places_after_de,
    places_by_context,
    region_names,
)
from drafter.ingest.entities import (
    document_people,
    entity_reasons,
    institution_stems,
    own_short_names,
    school_short_names,
    spoken_own_names,
    town_names,
)
from drafter.ingest.locality import locality_reasons
from drafter.ingest.national import is_national_title, national_reasons
from drafter.ingest.oldnames import old_name_reasons, own_town_stems
from drafter.ingest.ownbodies import recurring_own_names, spoken_people
from drafter.ingest.ownoffice import own_office_names
from drafter.ingest.ownstake import own_stake_reasons
from drafter.ingest.speakingbody import speaking_bodies
from drafter.ingest.traces import trace_reasons
from drafter.ingest.visible import drop_invisible, hides_nothing, visible_form
from drafter.places import tier_words
from drafter.placewords import SLOGAN_WORDS, is_word_place
from drafter.text import LEVELS, UPPER_LEVEL, level_of_place


@dataclass(frozen=True, slots=True)
class Scope:
    """Who speaks: level, own place (full name, '' if unknown), every place mentioned."""

    level: str | None
    place: str
    places: tuple[str, ...]
    scanned: bool = False  # `places` holds every place of the speech: no need to scan again
    kind: str = ""  # 旗/州/盟/街道 when the speaker's own words are that kind's (全旗, 我州), not the tier's
    towns: tuple[str, ...] = ()  # short names of the towns the speech names with 镇/乡/街道 (龙华 for 龙华镇)
    own_names: tuple[str, ...] = ()  # short names the speaker's school or company goes by (黄师, 北理工)
    plain: bool = False  # the speech hides nothing from a reader (see drafter.ingest.visible): no text needs a second look
    people: tuple[str, ...] = ()  # full names the whole text gives with an office (总经理朱宝林), found bare anywhere
    national: bool = False  # a national meeting's own speech (全国政协…闭幕会): its 全国 is its scope (see ingest.national)

    @property
    def words_level(self) -> str | None:
        """The level whose words the speech uses: its kind (旗) if it has one, else its tier (县)."""
        return self.kind or self.level

    def places_in(self, text: str) -> list[str]:
        """Place names in `text`: a substring test when the whole speech was scanned."""
        if self.scanned:
            return [name for name in self.places if name in text]
        return find_place_names(text)


@dataclass(frozen=True, slots=True)
class Param:
    """Parameterised text, why it must stay specific (empty if generic), variables used."""

    text: str
    reasons: tuple[str, ...]
    variables: tuple[str, ...]


# ---------------------------------------------------------------- places

_PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
    "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)  # fmt: skip
# Provinces whose full name does not end in 省 (municipalities, autonomous regions, SARs).
_NOT_SHENG = {"北京", "天津", "上海", "重庆", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"}
_REGIONS = ("珠三角", "长三角", "京津冀", "粤港澳", "成渝", "长株潭", "黄河三角洲", "环渤海", "北部湾", "中原经济区")
_NOT_NAME = set("全我本各城该地省市县区这那其所每此乡镇州")
_SUFFIX_PLACE = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|(?<=^)|(?<=[是在和与及对从到为向的由]))([\u4e00-\u9fff]{2})(市|县|区|州)")
_PROVINCE_RE = re.compile("(" + "|".join(sorted(_PROVINCES, key=len, reverse=True)) + r")(省|市|自治区)?")


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    try:
        from drafter import gazetteer  # written by the check helper; optional until it lands
    except ImportError:
        return None
    return gazetteer


def find_place_names(text: str) -> list[str]:
    """Every place name mentioned in `text` as written (江门市, 广东, 长沙), in order."""
    gz = _gazetteer()
    if gz is not None and hasattr(gz, "find_places"):
        try:
            found = [item for item in gz.find_places(text) if not _street_after(item, text)]
            return [n for n in (_surface(item, text) for item in found) if n]
        except Exception:  # noqa: BLE001 - an optional helper must never break ingest
            pass
    return _fallback_places(text)


# 沿淮海南路和北京南路两条轴线: a street named after a place (海南 inside 淮海南路), not a place the speech names.
_STREET = re.compile(r"[东西南北中]?(?:路(?![子径线])|大道|大街|街(?![道头])|巷|胡同)")


def _street_after(item: Any, text: str) -> bool:
    end = item[2] if isinstance(item, tuple | list) and len(item) >= 3 and isinstance(item[2], int) else None
    return end is not None and _STREET.match(text, end) is not None


def _surface(item: Any, text: str) -> str:
    """The written form of one gazetteer match, whatever shape the helper returns."""
    if isinstance(item, str):
        return item
    if isinstance(item, tuple | list) and item:
        if len(item) >= 3 and isinstance(item[1], int) and isinstance(item[2], int):
            return text[item[1] : item[2]]
        return _surface(item[0], text)
    for attr in ("text", "surface", "matched", "match", "name"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value:
            return value
    start, end = getattr(item, "start", None), getattr(item, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        return text[start:end]
    return ""


def _fallback_places(text: str) -> list[str]:
    found = [(m.start(), m.group(0)) for m in _PROVINCE_RE.finditer(text)]
    for m in _SUFFIX_PLACE.finditer(text):
        if not set(m.group(1)) & _NOT_NAME:
            found.append((m.start(1), m.group(1) + m.group(2)))
    found += [(m.start(), m.group(0)) for m in re.finditer("|".join(_REGIONS), text)]
    return [name for _, name in sorted(found)]


def full_name(name: str, level: str | None = None) -> str:
    """江门 → 江门市 when the gazetteer knows it (preferring `level`); names with a suffix stay."""
    if level_of_place(name):
        return name
    gz = _gazetteer()
    if gz is not None and hasattr(gz, "lookup"):
        try:
            found = list(gz.lookup(name) or ())
        except Exception:  # noqa: BLE001
            found = []
        found.sort(key=lambda p: getattr(p, "level", None) != level)
        full = getattr(found[0], "name", None) if found else None
        if isinstance(full, str) and full:
            return full
    return name + "省" if name in _PROVINCES and name not in _NOT_SHENG else name


# ---------------------------------------------------------------- scope


_RANKING = re.compile(r"全[省市县区](?=[^，。；！？]{0,6}(?:前列|第[一二三四五六七八九十\d]|领先|排名|前茅|首位|之首|平均))")


_OWN_OFFICE_BYLINE = re.compile(r"^([省市县区乡镇])(?:长|委书记|委副书记)")
_OWN_OFFICE_TITLE = re.compile(
    r"^(?:\d{4}年度?)?([省市县区乡镇])(?:委|政府|人大|政协|纪委|[\u4e00-\u9fff]{1,5}?(?:局|办公室|中心))"
    # 青禾镇2026年工作综述 / 青禾镇人民政府2026年工作总结: a town's own account of its year, under its name
    r"|^[\u4e00-\u9fff]{2,4}?([乡镇])(?:党委|人民政府|政府)?(?=\d{4}\s*年[^。！？，]{0,12}(?:工作|总结|综述|报告))"
)


# A title naming the street's own meeting (在 [年份] [XX]街道…): no 全街道 is needed to know who speaks.
_STREET_MEETING = re.compile(r"在\s*(?:\d{4}\s*年度?)?\s*(?:[xX×＊*]{1,4}|某{1,3})?街道(?!办事处主任)")


# A news lead's convener: 西张村镇召开…, 枣园街道召开会议…, 大黄集镇党委举行… (a town or a street, by its name;
# …推进会在青禾镇召开 names the venue of a county's meeting, not its convener).
_TOWN_CONVENES = re.compile(r"(?<![全我各本该在于])((?:(?![市区县省州旗盟在于])[\u4e00-\u9fff]){2,4}?)(镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处|党政)?(?:召开|举行|举办|组织召开)")


def detect_scope(text: str, meeting: str = "", title: str = "", byline: str = "") -> Scope:
    """Level from the speaker's own level words; place from the names of that level."""
    scores: Counter[str] = Counter()
    ranked = _RANKING.sub("", text)  # 全省第三, 走在全市前列: a superior's ranking, not the speaker's scope
    for lv in LEVELS:
        words = tier_words()[lv]
        scores[lv] = 3 * text.count(words.we) + 3 * text.count(words.leadership) + ranked.count(words.scope)
    if scores["省"] and "我省" not in text and max(scores[lv] for lv in LEVELS if lv != "省"):
        scores["省"] = 0  # a city or county speech cites 全省, 省委、省政府 often; only 我省 makes it a province's
    named = re.search(r"全([省市县区乡镇])", title) or re.search(r"全([省市县区乡镇])", meeting)
    named = named or re.search(r"(?:[xX×＊*]{1,4}|某{1,3})([省市县区乡镇])(?![委长])", title)  # 在XX县…会议上
    named = named or _OWN_OFFICE_TITLE.match(title)  # 县住建局年终工作推进会上的讲话: the speaker's own office
    named = named or _OWN_OFFICE_BYLINE.match(byline.strip())  # 县长 ***（20**年6月8日）under the title
    if named:  # 在全县……会议上: the meeting's own scope outweighs the superiors' 全市 in the text
        scores[next(g for g in named.groups() if g)] += 6
    convener = _TOWN_CONVENES.search(text[:150])
    if convener and convener.group(2) in scores:  # 1月7日，西张村镇召开…: the town that holds the meeting
        scores[convener.group(2)] += 6
    level = scores.most_common(1)[0][0] if scores and scores.most_common(1)[0][1] else None
    kind = _fine_kind(text, ranked, max(scores.values(), default=0))
    if not kind and (convener and convener.group(2) == "街道" or _STREET_MEETING.match(title) or _STREET_MEETING.match("在" + meeting)):
        kind = "街道"  # 在2026年街道党工委扩大会议上, 在XX街道…务虚会上: the street's own meeting, whatever 全区 it cites
    if kind:
        level = FINE_TIERS[kind]
    mentions = find_place_names(text)
    names = list(dict.fromkeys(mentions))
    full = {n: full_name(n, level) for n in names}
    place = ""
    in_meeting = [full_name(n) for n in find_place_names(meeting)] if meeting else []
    town = convener.group(1) + convener.group(2) if convener else ""
    if town and town in meeting and convener and convener.group(2) in ("镇", "乡"):
        place, level = town, convener.group(2)  # 菏泽市牡丹区大黄集镇召开…: the town, not the city it is in, met
    elif in_meeting:
        place = in_meeting[0]
        level = level_of_place(place) or level
    elif level:
        own = Counter(full[n] for n in mentions if level_of_place(full[n]) == level)
        place = own.most_common(1)[0][0] if own else _bare_own_place(text, level) or _title_place(title, level) or _title_place(meeting, level)
    own_towns, own_bodies = recurring_own_names(text)  # 东西垴村 … 支持东西垴建设, 安运人 … 安运的发展 (leak50)
    towns = tuple(dict.fromkeys([*town_names(text), *spoken_own_names(text), *own_town_stems(text), *own_towns]))
    if level in ("乡", "镇") and not place:  # the gazetteer has no towns: 青禾镇 said in the speech itself
        place = next((stem + level for stem in towns if stem + level in text), "")
    plain = hides_nothing(text)
    own_names = tuple(dict.fromkeys([*own_short_names(text), *school_short_names(text), *institution_stems(text)]))
    own_names += tuple(n for n in own_office_names(title, text) if n not in own_names)  # 市经信局 of 经济和信息化局局长
    own_names += tuple(n for n in ceremony_names(text) if n not in own_names)  # 茶城 of 举行某某茶城开业庆典 (split42)
    own_names += tuple(n for n in own_bodies if n not in own_names and n not in towns)
    people = tuple(dict.fromkeys([*document_people(text), *spoken_people(text)]))  # 代表刘某发表…, 叫某某 (leak50)
    national = is_national_title(title or meeting)
    return Scope(level, place, tuple(names), True, kind, towns, own_names, plain, people, national)


# Kinds with words of their own (全旗, 我州, 盟委、行署, 全街道), and the tier they are counted in.
FINE_TIERS = {"旗": "县", "州": "市", "盟": "市", "街道": "区"}


def _fine_kind(text: str, ranked: str, best: int) -> str:
    """旗/州/盟/街道 when the speaker's words are that kind's and outnumber every tier's ('' if not)."""
    scores = {}
    for name in FINE_TIERS:
        words = fine_words(name)
        scores[name] = 3 * text.count(words.we) + 3 * text.count(words.leadership) + ranked.count(words.scope)
    name, score = max(scores.items(), key=lambda kv: kv[1])
    return name if score and score >= best else ""


@lru_cache(maxsize=8)
def fine_words(name: str) -> Any:
    """The words of a kind with its own (旗 → 全旗, 我旗, 旗委、旗政府)."""
    from drafter.places import find_kind

    kind = find_kind(name)
    assert kind is not None, name
    return kind.words


def _fine_upper_words(name: str) -> Any:
    from drafter.places import find_kind, load_kinds

    kind = find_kind(name)
    assert kind is not None, name
    upper = load_kinds().get(kind.upper)
    return upper.words if upper else None


# Before a place's short name: a word break or a word that takes a place (到彭州, 把彭州, 彭州的).
# 四个阜城, 建成阜城的…, 打造阜城: a slogan's or a goal's place stands after 个/成/造/设 too.
# 凝结了平江几代人的心血, 向平江人民交待: after 了/向/给/从/使 too.
_PLACE_BEFORE = set("到在赴把让为将与和对于是、，。；：“”（ 我个成造设了向给从使")


# The own stake said so that even a name that is also a word (商城, a mall) is the place: 振兴商城教育, 建设锦绣商城
# (a name the gazetteer's word list holds counts only these; the name stands on its own there, whatever is before it).
_STRONG_OWN = r"(?:振兴|发展|繁荣)@(?:教育|经济|文化|旅游|农业|工业|事业)|(?:锦绣|美丽|幸福)@|@(?:经济社会|人民(?!政府|代表|法院|检察院|银行|医院))"
# The short name (written @) in the speaker's own stake: 推动灵璧发展, 为灵璧人民谋利益, 建设美丽灵璧,
# 关心支持临泉建设发展, 临泉经济社会发展.
_OWN_USES = re.compile(
    r"(?:推动|推进|促进|加快|建设|振兴|发展|繁荣)@(?:的)?(?:发展|建设|振兴)|@(?:经济社会|建设发展|的未来|形象|大地|儿女)"
    r"|@人民(?!政府|代表|法院|检察院|银行|医院)|(?:美丽|幸福|平安|和谐|新)@"
    # 为化州的科学发展贡献力量 / 推进化州新一轮发展: the short name before the kind of growth the speaker wants for it
    r"|@(?:的)?(?:科学|高质量|新一轮|跨越式?|转型)发展"
    r"|" + _STRONG_OWN
)


_STRONG_OWN_USES = re.compile(_STRONG_OWN)


def _bare_own_place(text: str, level: str) -> str:
    """The speaker's place named only by its short form (关系到彭州的未来 …, never 彭州市): '' if none.

    A two-character name said three times or more (twice when both times as the own stake: 沭阳经济社会发展),
    that the gazetteer knows as one place of the speech's level, and that mostly stands on its own (乡村振兴 is
    not 振兴区).
    """
    gz = _gazetteer()
    if gz is None or not hasattr(gz, "lookup"):
        return ""
    counts = Counter(run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]{2,}", text) for i in range(len(run) - 1))
    for name, n in counts.most_common():
        if n < 2:
            break
        uses = _STRONG_OWN_USES if is_word_place(name) else _OWN_USES
        if n == 2 and len(uses.findall(text.replace(name, "@"))) < 2:
            continue  # said twice: only when both times as the speaker's own (推动灵璧发展、为灵璧人民; 临泉经济社会发展)
        found = {p.code: p for p in _lookup(gz, name) if p.level == level or getattr(p, "kind", "") == "县级市"}
        if len(found) != 1 or any(name + suffix in text for suffix in "省市县区"):
            continue
        starts = [m.start() for m in re.finditer(name, text)]
        # (建设锦绣商城, 振兴商城教育: the name in the speaker's own stake stands on its own, whatever is before it)
        own = [bool(uses.search(text[max(0, i - 4) : i + 8].replace(name, "@"))) for i in starts]  # (…@新一轮发展)
        free = sum(i == 0 or text[i - 1] in _PLACE_BEFORE or not "\u4e00" <= text[i - 1] <= "\u9fff" or own[k] for k, i in enumerate(starts))
        if free * 2 >= len(starts):
            return str(next(iter(found.values())).name)
    return ""


_AT_HEAD = re.compile(r"^(?:在|关于)?([\u4e00-\u9fff]{2,3})")


def _title_place(meeting: str, level: str) -> str:
    """The own place when the meeting's name opens with its short form (平江森林防火紧急会议 → 平江县): '' if not.

    Only a name the gazetteer knows as exactly one place of the speech's level, and not an everyday word."""
    head = _AT_HEAD.match(meeting)
    gz = _gazetteer() if head and not head.group(1).startswith("全") else None
    if gz is None or not hasattr(gz, "lookup"):
        return ""
    for stem in (head.group(1)[:2], head.group(1)):  # type: ignore[union-attr]
        found = {p.code: p for p in _lookup(gz, stem) if p.level == level and getattr(p, "short", "") == stem}
        if len(found) == 1 and not is_word_place(stem) and stem + level[0] not in meeting:
            return str(next(iter(found.values())).name)
    return ""


def _lookup(gz: Any, name: str) -> list[Any]:
    try:
        return list(gz.lookup(name) or ())
    except Exception:  # noqa: BLE001 - an optional helper must never break ingest
        return []


# ---------------------------------------------------------------- specifics

_PERSON_STOP = (
    "各位", "广大", "全体", "有关", "其他", "老", "女", "青年", "基层", "很多", "许多", "这些", "那些", "领导", "各级",
    "机关", "党员", "位", "个", "名", "的", "和", "是", "们", "好", "负责", "主要", "分管", "相关", "责",
    "与会", "在座", "到会", "参会", "全", "先进", "优秀", "退休", "困难", "一线",  # 与会同志, 在座同志: a group, not a name
    "部分", "少数", "个别", "多数",  # 部分同志对工作重视不够
)  # fmt: skip
_PERSON = re.compile(r"([\u4e00-\u9fff]{2,3})同志(?!们)")
_TITLE_NAME = re.compile(
    r"(?:省长|市长|县长|区长|书记|主任|秘书长|部长|局长|主席|委员)([\u4e00-\u9fff]{2,3})(?=[，、。在出指强表代接希主]|$)"
    r"|(?:^|[，。、：；])([\u4e00-\u9fff]{2,3})(?:省长|市长|县长|区长|书记|主任)(?=指出|强调|在|表示|说|要求)"
)
# 区委书记在…, 总书记指出，…, 副省长分别在会上…: words after or before an office, not names.
_NOT_NAMES = frozenset(("指出", "强调", "分别", "要求", "表示", "亲自", "带头", "主持", "出席", "一行", "等人", "讲话", "同志"))
# 分管副县长要靠前指挥: words after an office that begin with these are what the office does, not a name.
_NOT_NAME_FIRST = frozenset("要是在和与的也都就还把对将带亲等们抓为及并又来去到从向被让使以按应必须更再已正")
_NAME_PREFIX = re.compile(r"^(?:刚才|从|由|请|和|与|及|向|对|是|在|经|让)")
_PLACEHOLDER = re.compile(r"[Xx×]{2,}|某某|【待补】")
_FIGURE = re.compile(r"\d+(?:\.\d+)?[%％]?|[%％]")
_DATE = re.compile(r"\d{1,4}年|[〇零○一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?|\d{1,2}月\d{0,2}日?|(?:今年|去年|明年)(?=\d|[一二三四五六七八九十]+月|颁布|出台|召开)")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+(?:次|届)|[“\"]?十[一二三四五六七八九]五[”\"]?")
_BOOK = re.compile(r"《([^》]{1,60})》")
_PLAN_WORDS = re.compile(r"规划|纲要|方案|计划|意见|决定|办法|规定|实施细则")
_QUOTE = re.compile(r"“([^”]{2,30})”")
_SLOGAN = re.compile(
    r"(?:实施|建设|打造|争创|创建|加快建设)[^，。、；！？“”]{0,8}"
    r"(?:国家战略|典范城市|侨乡|强省|强市|强县|示范区|先行区|名城|之都|经济区)"
    r"|[“\"][^”\"]*(?:强省|强市|强县|侨乡)[^”\"]*[”\"]"
)


# 市委、市政府“一主导三带动六突破”的思路 / “一核两翼三区” / “两轴一环”: a local strategy named by its counts, each a
# number word and what it counts — bound to the place that coined it. The nation's own (三严三实, 两学一做, 两不愁三保障…)
# and the distributive 一X一Y (一村一品, 一户一策) are general text.
_NUMBER_WORD = "一二两三四五六七八九十百千"
_NUMBERED_SLOGAN = re.compile(rf"“((?:[{_NUMBER_WORD}]+[^{_NUMBER_WORD}“”\s，,、。；！？]{{1,4}}){{2,6}})”")
_NUMBERED_SEGMENT = re.compile(rf"[{_NUMBER_WORD}]+[^{_NUMBER_WORD}]+")
_NATIONAL_SLOGANS = frozenset((
    "三严三实", "两学一做", "一岗双责", "五位一体", "四位一体", "三重一大", "一带一路", "两不愁三保障", "三会一课", "四下基层",
    "一国两制", "六稳六保", "三去一降一补", "一懂两爱", "四议两公开", "两个一百年", "一票否决", "两优一先",
))  # fmt: skip


# “一核两翼”发展布局 / “两轴一带”空间格局: four characters are a local plan's shape when a plan's word follows (not an idiom)
_PLAN_SHAPE = re.compile(r"^(?:的)?(?:发展|产业|空间|城市|总体|战略)?(?:战略|布局|格局|思路|工程|体系|定位|架构|规划)")


# 引深四五战略 / 推进“三五”战略 / 实施一三五工程: number words alone before 战略 or 工程, a county's own strategy (not the
# nation's 十四五, its 十 before; not 五个一工程, a count of things)
_BARE_NUMBERED_STRATEGY = re.compile(r"(?<![十第\d])[“\"]?([一二两三四五六七八九]{2,3})[”\"]?(?:战略|工程)")


def _numbered_slogans(text: str) -> list[str]:
    found = [m.group(0) for m in _BARE_NUMBERED_STRATEGY.finditer(text)]
    for m in _NUMBERED_SLOGAN.finditer(text) if "”" in text else ():
        q = m.group(1)
        segments = _NUMBERED_SEGMENT.findall(q)
        if q in _NATIONAL_SLOGANS or all(s[0] == "一" for s in segments):
            continue
        if len(segments) >= 3 or len(q) >= 5 or _PLAN_SHAPE.match(text[m.end() : m.end() + 8]):
            found.append(f"“{q}”")
    return found


# 富民兴婺 / 科教兴皖 / 工业强皖: a slogan's head (富民, 科教, 工业 …) and its verb (兴, 强, 立 …) before ONE character that
# is no trade or kind of place (县, 国, 企, 旅, 安 …) name a county or province by its one-character short name — the
# slogan is that place's, though the speech may name the place nowhere else.
_ONE_CHAR_SLOGAN = re.compile(
    r"(?:富民|科教|工业|产业|生态|旅游|开放|文化|人才|科技|商贸|农业|实业|民营|项目|招商|创新|教育|交通|城建|依法)"
    r"(?:兴|强|立|活|富|美|稳|振)"
    r"(?:[^县市区镇乡村省国企校院园城业农家邦军医教警林牧渔工商民人旅文体卫育安社街户场港厂矿网链群\s，,、。；;：:！？“”\"]"
    r")(?=[、，,。；;！？”\"]|作出|建设|战略|的|而|新)"
)


# 建设平安桐庐、法治桐庐 / 美丽江苏 / 山水淳安: a brand word before the short name of a real place is a local slogan.
_BRANDED = re.compile(rf"(?:{SLOGAN_WORDS})([\u4e00-\u9fff]{{2}})(?=[、，。；！？”\"和与建品])")
# Place names that are also everyday words (幸福长寿, 平安和谐, 绿色通道) are never a slogan's place (drafter.placewords).


def _branded_places(text: str) -> list[str]:
    gz = _gazetteer() if _BRANDED.search(text) else None
    if gz is None or not hasattr(gz, "lookup"):
        return []
    return [
        m.group(0) for m in _BRANDED.finditer(text)
        if not is_word_place(m.group(1)) and any(getattr(p, "short", "") == m.group(1) for p in _lookup(gz, m.group(1)))
    ]  # fmt: skip


# 加快建设“海安之城” / 把“江海之城”的特色彰显出来 / 打造宜兴之城: a city's brand, its epithet in quotes or a real
# place's short name before 之城 (之都, 之乡, 之窗): bound to that city, whether or not the speech names itself.
_BRAND_QUOTED = re.compile(r"“([^“”]{0,12}(?:之城|之都|之乡|之窗|明珠)[^“”]{0,6})”")
_BRAND_TAIL = re.compile(r"之城|之都|之乡|之窗")


def _city_brands(text: str) -> list[str]:
    found = [f"“{q}”" for q in _BRAND_QUOTED.findall(text)]
    gz = _gazetteer() if _BRAND_TAIL.search(text) else None
    if gz is None or not hasattr(gz, "lookup"):
        return found
    for m in _BRAND_TAIL.finditer(text):
        for size in (3, 2):
            name = text[max(0, m.start() - size) : m.start()]
            if len(name) == size and not is_word_place(name) and any(getattr(p, "short", "") == name for p in _lookup(gz, name)):
                if not any(name + m.group(0) in quoted for quoted in found):  # “海安之城” said once
                    found.append(name + m.group(0))
                break
    return found


def specific_reasons(text: str, scope: Scope, reporter: str = "") -> list[str]:
    """Why `text` is bound to its source (empty when it can be reused anywhere)."""
    reasons: list[str] = []

    def add(kind: str, found: list[str]) -> None:
        for item in dict.fromkeys(found):
            reasons.append(f"{kind}（{item}）")

    add("人名", [p for p in _persons(text) if p != reporter])
    add("人名", [
        n for a, b in _TITLE_NAME.findall(text)
        if not (n := a or b).endswith(("委", "党")) and n not in _NOT_NAMES and n[0] not in _NOT_NAME_FIRST
    ])  # fmt: skip
    add("占位符", _PLACEHOLDER.findall(text))
    add("讲话的单位", speaking_bodies(text))  # 中国工程院代表科技界在…上致辞 (batch 56)
    reasons += trace_reasons(text)
    reasons += locality_reasons(text)
    reasons += own_stake_reasons(text, getattr(_gazetteer(), "lookup", None))
    add("日期", _DATE.findall(text))
    add("数字", _FIGURE.findall(_DATE.sub("", text)))
    add("届次", _ORDINAL.findall(text))
    add("规划名称", [f"《{b}》" for b in _BOOK.findall(text) if _PLAN_WORDS.search(b) or scope.places_in(b)])
    add("地方口号", [q for q in _QUOTE.findall(text) if scope.places_in(q)] + _SLOGAN.findall(text) + _branded_places(text)
        + _city_brands(text) + _numbered_slogans(text) + _ONE_CHAR_SLOGAN.findall(text))
    own = {scope.place, scope.place[:-1]} if scope.place else set()
    add("地名", [n for n in scope.places_in(text) if n not in own and full_name(n, scope.level) != scope.place])
    reasons += _places_in_passing(text, own)
    reasons += old_name_reasons(text)  # “六县建设”, 龙泉乡、白马乡 (batch 55: old county and town pages)
    return list(dict.fromkeys(reasons))


def _places_in_passing(text: str, own: set[str]) -> list[str]:
    """Regions, foreign countries, English text, and places named bare on a trip or after 我们 (see
    drafter.ingest.elsewhere); the own place's short name stays (it becomes {{ place }} or is found elsewhere)."""
    found = [f"地名（{n}）" for n in region_names(text)]
    found += [f"地名（{n}）" for n in great_region_names(text)]  # 中南各省, 西北五省区 (batch 56)
    gz = _gazetteer()
    if gz is not None and hasattr(gz, "lookup"):
        visited, spoken = places_by_context(text, gz.lookup)
        found += [f"地名（{n}）" for n in visited if n not in own]
        found += [f"本地地名简称（{n}）" for n in spoken if n not in own]
        found += [f"地名（{n}）" for n in places_after_de(text, gz.lookup) if n not in own and n not in visited]
    return found + foreign_reasons(text) + foreign_text(text)


def _persons(text: str) -> list[str]:
    names = []
    for m in _PERSON.finditer(text):
        name = _NAME_PREFIX.sub("", m.group(1)).removesuffix("等")  # 秋实等同志
        if 2 <= len(name) <= 3 and not any(name.startswith(s) or name.endswith(s) for s in _PERSON_STOP):
            names.append(name)
    return names


# ---------------------------------------------------------------- replacing


# Short forms of the level below (各乡镇 for 各乡镇（街道）); the full form is LevelWords.below.
_BELOW_VARIANTS = {
    "旗": ("各苏木镇", "各苏木乡镇", "各苏木（乡镇）", "各苏木、乡镇"),
    "州": ("各县市", "各县（市）"),
    "盟": ("各旗县市", "各旗县（市）", "各旗县"),
    "街道": ("各社区居委会",),
    "省": ("各市州", "各市（州）", "各地市"),
    "市": ("各县市区", "各县（市）、区", "各县区", "各区县", "各县（区）"),
    "县": ("各乡镇", "各乡（镇）", "各乡镇街道", "各乡镇、街道"),
    "区": ("各街道", "各街镇", "各镇街"),
    "乡": ("各村居", "各村（居）"),
    "镇": ("各村居", "各村（居）"),
}


def _level_rules(level: str) -> list[tuple[str, str]]:
    """(literal, Jinja) pairs for a speech of `level` (a tier, or 旗/州/盟/街道), longest literals first."""
    if level in FINE_TIERS:
        return _fine_rules(level)
    own = tier_words()[level]
    lv = level
    rules = [
        (own.leadership, "{{ leadership }}"), (f"{lv}委{lv}政府", "{{ leadership }}"),
        (f"{lv}直各部门", "{{ own_depts }}"), (f"{lv}直有关部门", "{{ own_depts }}"),
        (f"{lv}直各单位", "{{ own_depts }}"), (own.wcwc, "{{ wcwc }}"), (own.below, "{{ below }}"),
        *((variant, "{{ below }}") for variant in _BELOW_VARIANTS.get(lv, ())),
        (own.scope, "{{ scope }}"), (own.we, "{{ we }}"), (f"本{lv}", "本{{ lv }}"),
        (own.party, "{{ party }}"), (own.government, "{{ government }}"), (f"{lv}直", "{{ lv }}直"),
    ]  # fmt: skip
    upper = UPPER_LEVEL[level]
    if upper:
        up = tier_words()[upper]
        rules = [
            (f"{upper}、{lv}", "{{ upper.lv }}、{{ lv }}"), (up.leadership, "{{ upper.leadership }}"),
            (f"{upper}委{upper}政府", "{{ upper.leadership }}"), *rules,
            (up.scope, "{{ upper.scope }}"), (up.party, "{{ upper.party }}"),
            (up.government, "{{ upper.government }}"),
        ]  # fmt: skip
    return rules


def _fine_rules(kind: str) -> list[tuple[str, str]]:
    own, up = fine_words(kind), _fine_upper_words(kind)
    lv = own.lv
    rules = [
        (own.leadership, "{{ leadership }}"), (f"{lv}委{lv}政府", "{{ leadership }}"),
        (own.own_depts, "{{ own_depts }}"), (f"{lv}直各部门", "{{ own_depts }}"), (f"{lv}直有关部门", "{{ own_depts }}"),
        (f"{lv}直各单位", "{{ own_depts }}"), (own.wcwc, "{{ wcwc }}"), (own.below, "{{ below }}"),
        *((variant, "{{ below }}") for variant in _BELOW_VARIANTS.get(kind, ())),
        (own.scope, "{{ scope }}"), (own.we, "{{ we }}"),
        (own.party, "{{ party }}"), (own.government, "{{ government }}"),
    ]  # fmt: skip
    if len(lv) == 1:
        rules += [(f"本{lv}", "本{{ lv }}"), (f"{lv}直", "{{ lv }}直")]
    if up is not None:
        rules = [(up.leadership, "{{ upper.leadership }}"), *rules, (up.scope, "{{ upper.scope }}"),
                 (up.party, "{{ upper.party }}"), (up.government, "{{ upper.government }}")]  # fmt: skip
    return rules


_ORGS = "妇联|总工会|教育局|卫生局|民政局|公安局|司法局|人社局|财政局|团委|法院|检察院|人大|政协|妇儿工委|卫健委|文明办"


@lru_cache(maxsize=16)
def _level_pattern(level: str) -> tuple[re.Pattern[str], dict[str, str]]:
    rules = dict(_level_rules(level))
    alternatives = sorted(rules, key=len, reverse=True)
    org = rf"{level}(?=(?:{_ORGS}))"
    pattern = re.compile("|".join([*map(re.escape, alternatives), org]))
    return pattern, {**rules, "__org__": "{{ lv }}"}


def replace_level_words(text: str, level: str | None) -> str:
    """Own and superior level words → renderer helpers (全县 → {{ scope }})."""
    if not level:
        return text
    pattern, rules = _level_pattern(level)
    return pattern.sub(lambda m: rules.get(m.group(0), rules["__org__"]), text)


def leftover_level_words(text: str, level: str | None) -> list[str]:
    """Own-level words still written literally in `text` (none after a good replacement), and any level's
    我县/我乡/我街道 (a speech read at the wrong level, or at none, leaves them)."""
    plain = re.sub(r"\{\{.*?\}\}", "", text)
    others = list(dict.fromkeys(_SPEAKER_WE.findall(plain)))  # 我乡 in a speech read as a 县's: a level word all the same
    if not level:
        return others
    own = fine_words(level) if level in FINE_TIERS else tier_words()[level]
    return list(dict.fromkeys([w for w in (own.leadership, own.scope, own.we, own.own_depts, own.wcwc) if w in plain] + others))


# 我县, 我乡, 我街道: a speaker's own level said of itself (我省, 我国 are every lower level's words too).
_SPEAKER_WE = re.compile(r"我(?:县|市|区|乡|镇|旗|州|盟|街道)(?![长委])")


def parameterise(text: str, scope: Scope, *, meeting: str = "", reporter: str = "", topic: str = "") -> Param:
    """Make `text` reusable; see the module docstring.

    `topic` is the subject of a meeting the renderer has no topic tag for
    (安全生产): "安全生产工作" becomes {{ work }}, and text still about the
    subject is specific, so it never lands in a speech on another subject.
    """
    if not text:
        return Param("", (), ())
    if not scope.plain:
        text = drop_invisible(text)
    reasons = specific_reasons(text if scope.plain else visible_form(text), scope, reporter)
    out = text.replace("{", "｛").replace("}", "｝")
    used: list[str] = []
    if meeting and meeting in out:
        out = out.replace(meeting, "{{ meeting }}")
        used.append("meeting")
    if reporter:
        new = re.sub(rf"{re.escape(reporter)}(?=同志)", "{{ reporter }}", out)
        if new != out:
            out = new
            used.append("reporter")
    out = _replace_place(out, scope, used)
    out = replace_level_words(out, scope.words_level)
    seen = out if scope.plain else visible_form(out)  # what a reader sees: 林\u200b市長 is 林市长
    reasons += [r for r in entity_reasons(seen, scope.place, scope.towns, scope.own_names, scope.people) if r not in reasons]
    if topic:
        out = _replace_topic(out, topic, used, reasons)
    reasons += _regional_words(out, scope.kind)
    reasons += national_reasons(out, scope.national)
    leftovers = leftover_level_words(out, scope.words_level)
    if leftovers:
        reasons.append(f"层级词未能替换（{'、'.join(leftovers)}）")
    return Param(out, tuple(reasons), tuple(dict.fromkeys(used)))


# 嘎查, 苏木: Inner Mongolia's village and township words; 全区 in a 旗 or 盟 speech: the autonomous region.
_PASTORAL = re.compile(r"嘎查|苏木")
_REGION = re.compile(r"[全我]区|自治区")


def _regional_words(text: str, kind: str) -> list[str]:
    if kind not in ("旗", "盟") and "嘎查" not in text and "苏木" not in text:
        return []
    plain = re.sub(r"\{\{.*?\}\}", "", text)
    found = [f"内蒙古旗、盟的用语（{w}）" for w in dict.fromkeys(_PASTORAL.findall(plain))]
    if kind in ("旗", "盟"):
        found += [f"自治区的用语（{w}）" for w in dict.fromkeys(_REGION.findall(plain))]
    return found


def _replace_topic(text: str, topic: str, used: list[str], reasons: list[str]) -> str:
    phrase = topic if topic.endswith("工作") else topic + "工作"
    if phrase in text:
        text = text.replace(phrase, "{{ work }}")
        used.append("work")
    core = topic.removesuffix("工作")[-4:]
    if core and core in re.sub(r"\{\{.*?\}\}", "", text):
        reasons.append(f"主题（{topic}）")
    return text


def _replace_place(text: str, scope: Scope, used: list[str]) -> str:
    place = scope.place
    if not place or place not in text:
        return text
    if len(place) > 1:  # 江门市委 → 市委 (then {{ party }}): the level words carry it
        text = re.sub(rf"{re.escape(place[:-1])}(?={re.escape(place[-1])}(?:委|政府))", "", text)
    if place in text:
        text = text.replace(place, "{{ place }}")
        used.append("place")
    return text


_REPORTER = re.compile(r"(?:刚才|刚刚)[，,]?(?:从|听了)?([\u4e00-\u9fff]{2,3})同志(?:作了|的报告|所作|代表)")


def find_reporter(text: str) -> str:
    """The name of whoever gave the work report (刚才，佳林同志作了……), '' if none."""
    m = _REPORTER.search(text)
    return m.group(1) if m else ""
