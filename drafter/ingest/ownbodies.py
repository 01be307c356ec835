"""The names a speech gives its own body, village or people where no gazetteer and no suffix tells them (leak50).

A speech that names no place still names its own. A firm's chairman says 安运人的又一大进步 and 安运的发展大家有目共睹;
a bank's head says 合行成立以来 and 投入到合行改革中; a village head thanks all who 关心、支持东西垴建设 after naming
东西垴村; the speech of a chain's anniversary ends 祝福维东公司. A clerk of another county who draws any of these
fragments names a body he is not. Each such name is found by where it stands — as the own people (X人), the subject or
owner of what the speech is about (X的发展, X成立以来, 我们X, 祝福X), or before the kind of body or place it names (X公司,
X村) — and by its recurring in the speech: a name the speech uses twice in those places is the speech's own, and every
fragment that says it is `specific` (drafter.ingest.params adds these names to the document's own names and towns).

People are found the same way, where a name stands in a 主持词 or a speech: after 代表 before what the person does
(代表刘某发表获奖感言), after 叫 (一个叫某某), and in a list of three or more names joined by 、.

An everyday word is never such a name: jieba's dictionary holds it often used and not as a name (发展, 服务, 阳光);
names it holds as places or brands (中联, 龙华) stay names. A word it holds rarely and as a verb or a name (建始) is a name
when the speech says it over and over where names stand — and not as the work a meeting is on (信访工作; leak51).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_TAGS = frozenset(("ns", "nr", "nrt", "nz", "nt", "nrfg"))


@lru_cache(maxsize=1)
def dictionary_text() -> str:
    """jieba's dictionary as one text, a newline before its first line ("" without jieba): the one read of the file a
    process makes, for this module's words and for drafter.check.lines._entry's lines (leak52: each read it its own
    way, ~5 MB twice in a process that ingests and checks)."""
    from drafter.gazetteer import _jieba_dict

    path = _jieba_dict()
    if path is None:
        return ""
    with open(path, encoding="utf-8", errors="replace") as handle:
        return "\n" + handle.read()


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, tuple[int, str]]:
    """jieba's words of two to four characters with their frequency and part of speech (empty without jieba)."""
    words: dict[str, tuple[int, str]] = {}
    for line in dictionary_text().split("\n"):
        parts = line.split()
        if len(parts) == 3 and 2 <= len(parts[0]) <= 4 and parts[1].isdigit():
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


@lru_cache(maxsize=65536)
def _simplified(word: str) -> str:
    from drafter.text import t2s_converter

    converter = t2s_converter()
    return converter.convert(word) if converter is not None else word


def everyday_word(word: str) -> bool:
    """Whether `word` is an everyday word rather than a name: jieba holds it, used often and not as a place, person or
    brand (发展, 文体, 忠义), or so often that it is a word whatever jieba calls it (阳光, 师生); a traditional form is
    looked up as its simplified one (會議)."""
    freq, tag = _dictionary().get(_simplified(word), (0, ""))
    return freq > 300 or (freq > 30 and tag not in _NAME_TAGS)


def verb_or_modifier(word: str) -> bool:
    """Whether jieba holds `word` as a verb, an adjective, an adverb or a function word (迎来, 共同): no name."""
    tag = _dictionary().get(_simplified(word), (0, "x"))[1]
    return tag != "vn" and tag[:1] in ("v", "a", "d", "p", "c", "u", "r", "m", "q")  # (供销, 服务: a verbal noun names)


def _in_dictionary(word: str) -> bool:
    return _simplified(word) in _dictionary()


# What a name may not open with or hold: a pointer, a count, a function word (全镇, 这些, 我们, 的发展, 到大溪村).
_NOT_START = set("我你他她全本各该这那每此其广所老大贵上下都的和与及在是为了着从向对把被让到于以由后省市县区一二三四五六七八九十两几多少某诸")
_NOT_IN = set("的了着过和与及在是为个些们等或而并且也就还又再将要能会把被让给向对从以于全一乡镇县区省村撤她他它")
# a pointer before a word makes it a kind or a unit (全院干部, 各村, 本校): never a name
_POINTER = set("全各本该每这那此其")

# Kinds, not names, before 公司/学校/村… (分公司, 母校, 农村): what stands before a kind of body as a kind of its own
_NOT_NAMES = frozenset((
    "分公", "子公", "总公", "母公", "集团", "控股", "股份", "有限", "国有", "民营", "企业", "公司", "医院", "学校", "中学",
    "小学", "农村", "城市", "城镇", "社区", "街道", "老乡", "家乡", "故乡", "同乡", "中心", "示范", "重点", "先进", "优秀",
    "后进", "贫困", "文明", "和谐", "平安", "美丽", "幸福", "特色", "合作", "职工", "员工", "工人", "青年", "学生", "老师",
    "教师", "家长", "党员", "干部", "群众", "农民", "居民", "村民", "市民", "高一", "高二", "高三", "初一", "初二", "初三",
    "内司",
))  # fmt: skip

# 安运人, 中联人 (not 人民, 人员, 人才): the own people; 安运的发展, 合行成立以来, 东西垴建设: what the speech is about
_SELF_AFTER = (
    r"人(?![民员才口士们类生事群格性数次均身力气情文工家心物大])|精神|儿女|大地|员工|职工|师生|学子|大家庭"
    r"|的?(?:发展|明天|未来|历史|改革|建设|事业|品牌|形象|腾飞|振兴|辉煌|校园)|成立|创办|建院|建校|建厂"
)
# 我们安运, 祝福维东公司, 建设新吉昌, 作为嘉祥人: the own body after the speaker's own words
_OWNER_BEFORE = re.compile(r"我们|祝福|祝愿|热爱|作为|建设新|打造新|建新|振兴")
# 维东公司, 东西垴村: the name before the kind of body or place it is (not 镇长, 村委: an office, an organ)
_KIND = re.compile(r"(?:公司|集团|银行|大厦|商场|宾馆|酒店|医院|学校|中学|小学|幼儿园|(?P<place>镇|乡|村|社区|街道))(?![长委县市])")
_SELF = re.compile(rf"(?=(?:{_SELF_AFTER}))")


def _nameish(word: str) -> bool:
    """Whether `word` can be a name at all: Han characters, no pointer or function word, no kind, no everyday word."""
    if not _HAN.fullmatch(word) or word[0] in _NOT_START or set(word) & _NOT_IN or word in _NOT_NAMES:
        return False
    if everyday_word(word) or verb_or_modifier(word[:2]):
        return False  # (作为践行初心使命: a verb after 作为, no name)
    return len(word) == 2 or not (everyday_word(word[1:]) or _in_dictionary(word[1:]))  # 品有限, 谨代表: a word's tail


def _stands(text: str, start: int, end: int, after_owner: bool = False) -> bool:
    """Whether text[start:end] stands as a word of its own there: no word of the text runs across its first
    character (残疾人事业 is not 疾人, 全院干部 not 院干) nor, after the speaker's words, across its last (我们以热烈)."""
    word = text[start:end]
    if len(word) < 2:
        return False
    before = text[start - 1] if start > 0 else ""
    if before in _POINTER:
        return False
    if before and _HAN.fullmatch(before) and (everyday_word(before + word[0]) or _in_dictionary(before + word)):
        return False
    after = text[end : end + 2]
    if after[:1] and _HAN.fullmatch(after[:1]) and everyday_word(word[-1] + after[0]):
        return False  # 老人, 农村, 城镇: the last character begins the next word (or the kind itself)
    if after_owner and _in_dictionary(word + after):
        return False  # 我们众志成城
    if before and after[:1] and _in_dictionary(before + word[0]) and _in_dictionary(word[-1] + after[0]):
        return False  # 立德树人: two words meet inside it
    # 立德树人 is no 德树: a longer word of the dictionary runs across the name's edge
    for a in range(max(0, start - 2), end):
        for b in (a + 3, a + 4):
            if b <= len(text) and b > start and (a < start or b > end) and _in_dictionary(text[a:b]):
                return False
    return True


# 作为郫都某某人，我们…: the speaker's own body or place as the people he is one of, before a break
_AS_OURS = re.compile(r"作为(?P<name>[\u4e00-\u9fff]{2,6}?)人(?=[，,。！!；;])")


def _self_named(text: str) -> list[str]:
    return [
        n for m in _AS_OURS.finditer(text)
        if (n := m.group("name"))[0] not in _NOT_START and not set(n) & _NOT_IN and not everyday_word(n)
        and not everyday_word(n[:2]) and not everyday_word(n[-2:]) and not _in_dictionary(n)
    ] if "作为" in text else []  # fmt: skip


# The parts of speech a name shares with a word jieba holds rarely (建始 is a verb there, a county too): a noun (劳模, 母校),
# an adjective or an adverb stays a word however often a speech says it
_NAME_LIKE_TAGS = frozenset(("v", "ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "r"))


def _often_said_name(word: str, stood: int, text: str) -> bool:
    """A name jieba holds as a rare word of another kind (建始, a verb there), which the speech says over and over and
    where a name stands: six times and twice so, or eight times and once (leak51). The work a meeting is on is said as
    often (信访, 禁毒, 帮扶: verbs too, and 信访人 stands as 安运人 does), but as work: twice before 工作, 问题, 部门 …"""
    if len(word) != 2 or word[0] in _NOT_START or set(word) & _NOT_IN or word in _NOT_NAMES or not _HAN.fullmatch(word):
        return False
    freq, tag = _dictionary().get(_simplified(word), (0, ""))
    if not 0 < freq <= 300 or tag not in _NAME_LIKE_TAGS:
        return False
    said = text.count(word)
    if not ((said >= 6 and stood >= 2) or (said >= 8 and stood >= 1)):
        return False
    return len(re.findall(re.escape(word) + _AS_WORK, text)) < 2


# 信访工作, 禁毒宣传, 帮扶干部: the work a meeting is on, not a name
_AS_WORK = r"(?:工作|问题|部门|事项|案件|机构|干部|系统|领域|条例|政策|制度|宣传|任务|机制|活动|对象|责任)"


def recurring_own_names(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The speech's own names found where names stand and said at least twice: (villages and towns, bodies).

    A two-character name counts where it stands as the own people or the subject or owner of what is said, or before a
    kind of body or place; a three-character one only before a kind (东西垴村: three characters before 人 or 的发展 are
    as often the tail of a phrase). It stands so twice, or once and is said three times in all — or, a village or a
    town (X村, X镇), once and said again bare."""
    stands: Counter[str] = Counter()
    places: set[str] = set()
    for m in _SELF.finditer(text):
        if m.start() >= 2 and _stands(text, m.start() - 2, m.start()):
            stands[text[m.start() - 2 : m.start()]] += 1
    for m in _OWNER_BEFORE.finditer(text):
        if _stands(text, m.end(), m.end() + 2, after_owner=True):
            stands[text[m.end() : m.end() + 2]] += 1
    for m in _KIND.finditer(text):
        for size in (2, 3):
            if m.start() >= size and _stands(text, m.start() - size, m.start()):
                word = text[m.start() - size : m.start()]
                stands[word] += 1
                if m.group("place"):
                    places.add(word)
    # 作为郫都某某人，我们欢欣鼓舞: the speaker names his own people once, in full
    stands.update({w: 2 for w in _self_named(text)})
    bodies = [*_own_kind_bodies(text), *opening_bodies(text)]
    found = [
        w for w, n in stands.items()
        if (_nameish(w) and text.count(w) >= 2 and (n >= 2 or text.count(w) >= 3 or w in places)
            and (len(w) == 2 or not everyday_word(w[:2]) or text.count(w) >= 3))  # 东西垴 (said thrice), not 筹备撤乡设镇
        or _often_said_name(w, n, text)
    ]  # fmt: skip
    # a longer name wins over one inside it said as often (东西垴 over 西垴)
    found = [w for w in found if not any(w != o and w in o and text.count(o) == text.count(w) for o in found)]
    towns = tuple(w for w in found if w in places)
    return towns, tuple(dict.fromkeys([*(w for w in found if w not in places), *bodies]))


# 我们人民医院, 农商银行的发展, 供电公司全体员工: the speaker's own body by a name that is a kind's too — every county has
# one, but the speech speaks as this one (its people, its growth, 我们)
# The kinds of body a name stands before (维东公司, 忠义外国语学校, 晨光中心, 农商银行): one list for the rules that read a body
# by its name here and in drafter.ingest.entities (_SHORT_FIRM, _OWN_BODY_AFTER_WE) — leak52: each had its own
NAMED_BODY_KINDS = (
    "外国语学校", "实验学校", "双语学校", "公司", "集团", "银行", "大厦", "商场", "宾馆", "酒店", "饭店", "医院", "中心", "协会",
    "商会", "书院", "超市", "学校", "中学", "小学", "幼儿园",
)  # fmt: skip
_BODY_KINDS = "|".join(NAMED_BODY_KINDS)
_OWN_BODY = re.compile(
    rf"(?:(?<=我们)|(?<=我们的))(?P<a>[\u4e00-\u9fff]{{2}}(?:{_BODY_KINDS}))"
    rf"|(?P<b>[\u4e00-\u9fff]{{2}}(?:{_BODY_KINDS}))(?=全体|广大|{_SELF_AFTER})"
)
_NOT_OWN_BODY = frozenset(("上级", "兄弟", "各级", "其他", "有关", "相关", "下属", "所属", "省级", "市级", "县级", "国有",
                           "民营", "大型", "一家", "这家", "每家", "各家", "全国", "全省", "全市", "全县", "外地", "本地"))  # fmt: skip


def _own_kind_bodies(text: str) -> list[str]:
    """Bodies the speech speaks as (see _OWN_BODY), said so at least twice."""
    if "我们" not in text and "全体" not in text and "发展" not in text and "人" not in text:
        return []
    found: Counter[str] = Counter()
    for m in _OWN_BODY.finditer(text):
        name = m.group("a") or m.group("b")
        stem = name[:2]
        if stem[0] in _NOT_START or set(stem) & _NOT_IN or stem in _NOT_OWN_BODY or verb_or_modifier(stem):
            continue
        if everyday_word(stem) and not name.endswith(("医院", "银行", "公司", "中学", "小学", "学校")):
            continue  # 文体中心, 办公中心: a kind of building, not a body that speaks (人民医院, 农商银行 do)
        before = text[m.start() - 1] if m.start() else ""
        if m.group("b") and (before in _POINTER or (_HAN.fullmatch(before) and everyday_word(before + stem[0]))):
            continue  # (全院医院, 残疾人: a pointer or a word runs into it)
        found[name] += 1
    return [n for n, k in found.items() if k >= 2 or (k >= 1 and text.count(n) >= 3)]


# 今天，我们在这里隆重集会，为晨光中心揭牌 / 为博爱学校建校十周年…: the body an opening is held for, by a name of two
# characters before its kind — a name jieba splits into two common words (晨光 + 中心), so no rule that wants a name no
# dictionary holds sees it (leak52). Only in the opening, and only before what an opening holds it for (揭牌, 成立, 开业,
# 的发展…); a kind of body (为服务中心揭牌, 为文化中心, 为实验学校) is every county's, not a name.
_OPENING_BODY = re.compile(
    rf"为(?P<name>[\u4e00-\u9fff]{{2}})(?:{_BODY_KINDS}|基地|学院|驿站|之家)"
    r"(?=揭牌|挂牌|授牌|成立|开业|开园|开馆|开学|落成|奠基|剪彩|建校|建院|正式|隆重|举行|举办|[一二三四五六七八九十]{1,3}周年"
    r"|的(?:成立|开业|落成|揭牌|发展|建设|明天|未来))"
)
# the opening: the first paragraphs of a speech, where it says what the meeting is held for
_OPENING_CHARS = 400
# what a kind of body of every county is named by (服务中心, 文化中心, 培训学校, 希望小学): no name of its own
_KIND_STEMS = frozenset((
    "服务", "活动", "文化", "指挥", "数据", "培训", "检测", "体育", "会展", "调度", "物流", "研发", "政务", "医疗", "康复",
    "养老", "救助", "孵化", "展示", "交易", "创新", "创业", "运营", "管理", "监测", "信息", "卫生", "健康", "教育", "科技",
    "技术", "就业", "社会", "社区", "综合", "商务", "金融", "结算", "应急", "便民", "办事", "融媒", "新闻", "文体", "旅游",
    "游客", "购物", "会议", "艺术", "科普", "心理", "法律", "调解", "志愿", "实验", "职业", "特殊", "民办", "公办", "重点",
    "寄宿", "希望", "人民", "中医", "妇幼", "疾控", "急救", "党群", "党员", "青年", "妇女", "儿童", "老年", "残疾", "职工",
    "文明", "实践", "家长", "少年", "少儿", "科研", "研究", "设计", "规划", "评估", "鉴定", "认证", "质检", "计量", "环境",
    "生态", "水利", "农业", "农技", "林业", "气象", "消防", "安全", "公共", "资源", "档案", "图书", "演艺", "电商", "物业",
    "充电", "仓储", "冷链", "营销", "客户", "网络", "乡村", "农村", "城市", "城乡", "乡镇", "街道", "村级", "镇级", "县级",
    "市级", "省级", "国家", "中国", "全国", "各级", "这个", "一个", "新的", "我们", "你们", "他们", "大家", "这所", "一所",
    "学校", "中心", "小学", "中学", "学院", "企业", "公司", "集团", "医院", "行政", "执法", "司法", "公安", "税务", "财政",
))  # fmt: skip


def opening_bodies(text: str) -> list[str]:
    """The body the opening is held for by its own name (为晨光中心揭牌: see _OPENING_BODY), in full, as found."""
    head = text[:_OPENING_CHARS]
    if "为" not in head:
        return []
    found = []
    for m in _OPENING_BODY.finditer(head):
        name = m.group("name")
        if name in _KIND_STEMS or name in _NOT_OWN_BODY or name[0] in _NOT_START or set(name) & _NOT_IN:
            continue
        freq = _dictionary().get(_simplified(name), (0, ""))[0]
        if verb_or_modifier(name) and freq > 300:
            continue  # 为加快中心建设, 为推动公司发展: a verb, not a name (启航, a rare one, may name a school)
        if _stands(head, m.start("name"), m.end("name")):
            found.append(m.group(0)[1:])
    return found


# 有请“校园之星”代表刘某发表获奖感言 / 请学生代表某某上台: a name right after 代表, before what the person does there
_DELEGATE = re.compile(r"代表(?P<name>[\u4e00-\u9fff]{2,3}?)(?=发表|发言|致辞|讲话|上台|宣读|领奖|作(?:了)?(?:发言|表态|典型))")
# 好像一个叫某某，一个叫某某是吧 / 名叫某某: a name after 叫
_CALLED = re.compile(r"(?:(?<=一个|一位|有个|有位)叫|名叫|叫做)(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[，,。、；;是的）)」”]|$)")
# 有请国庆为大家分享, 下面请佩珊发言: a host calls on someone by the given name alone, before what the person does
_CALLED_ON = re.compile(
    r"(?:有请|下面请|接下来请|首先请|最后请|欢迎)(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?=发言|讲话|致辞|分享|上台|宣读|领奖|表演|为大家|给大家|作(?:了)?(?:发言|报告|总结|表态|典型))"
)
# 县优秀共产党员：某甲、某乙、某丙 / 出席的领导有某甲、某乙、某丙等: three or more names joined by 、
_NAME_LIST = re.compile(
    r"(?:(?<=[：:])|(?<=有|是))(?P<list>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,})(?=等|[，,。；;！!）)\n]|$)"
)


def _person_name(name: str) -> bool:
    from drafter.ingest.entities import SURNAME_CHARS

    return (
        name[0] in SURNAME_CHARS and not set(name) & _NOT_IN and not everyday_word(name)
        and not everyday_word(name[:2]) and not (len(name) == 3 and everyday_word(name[1:]))
    )  # fmt: skip


def _given_name(name: str) -> bool:
    """Whether two or three characters a host calls on can be a given name: no everyday word, verb or office (请大家,
    请各位, 请领导, 请学生代表 are not)."""
    from drafter.ingest.entities import _OFFICE_STEMS

    return (
        name[0] not in _NOT_START and not set(name) & _NOT_IN and not everyday_word(name) and not everyday_word(name[:2])
        and not verb_or_modifier(name[:2]) and name[:2] not in _OFFICE_STEMS and not name.endswith(("代表", "们", "者"))
        and not (len(name) == 3 and everyday_word(name[1:]))
    )  # fmt: skip


def spoken_people(text: str) -> tuple[str, ...]:
    """People the text names where a name stands in a 主持词 or a speech (see _DELEGATE, _CALLED, _NAME_LIST): to be
    found wherever the text says them again (drafter.ingest.entities.people_in)."""
    found = [m.group("name") for m in _DELEGATE.finditer(text) if _person_name(m.group("name"))] if "代表" in text else []
    if "请" in text or "欢迎" in text:
        found += [m.group("name") for m in _CALLED_ON.finditer(text) if _given_name(m.group("name"))]
    if "叫" in text:
        found += [m.group("name") for m in _CALLED.finditer(text) if _person_name(m.group("name"))]
    if "、" in text:
        for m in _NAME_LIST.finditer(text):
            names = m.group("list").split("、")
            if all(_person_name(n) for n in names):
                found += names
    return tuple(dict.fromkeys(found))


# 六金公路建设司门前段迁坟: a section of a road by the place it runs through; 魏源故里文化小区: a famous son's home town —
# places of the speech's own county, said once and bare (leak50)
_ROAD_SECTION = re.compile(
    r"(?:公路|国道|省道|县道|高速|铁路|大道|干线|快速路|绕城线)[^，,。；;、]{0,4}?(?P<name>[\u4e00-\u9fff]{2,3})"
    r"(?<![阶地路片手时区标分线河江身工])段(?![落时])"  # (建设的关键阶段, 这一路段: no place)
)
_HOME_TOWN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})故里")
# 为建设富裕、秀美、和谐的新山亭建功立业: the place the speech builds anew, by its bare name, before what it is built for
_NEW_PLACE = re.compile(r"新(?P<name>[\u4e00-\u9fff]{2})(?=建功立业|而(?:努力)?奋斗|而努力|贡献力量|作出(?:新的)?(?:更大)?贡献)")


def local_spots(text: str) -> list[str]:
    """Places of the speech's own county said bare: a road's section by a place's name, a famous son's 故里, the place
    built anew (新山亭建功立业)."""
    found = []
    if "段" in text:
        found += [
            m.group("name") + "段" for m in _ROAD_SECTION.finditer(text)
            if (n := m.group("name"))[0] not in _NOT_START and not set(n) & _NOT_IN and not everyday_word(n)
            and not everyday_word(n[:2]) and not verb_or_modifier(n[:2]) and n[:2] not in ("穿城", "过境", "城区", "市区", "县城")
        ]  # fmt: skip
    if "新" in text:
        found += ["新" + n for m in _NEW_PLACE.finditer(text) if _nameish(n := m.group("name")) and n not in ("时代", "征程")]
    if "故里" in text:
        found += [
            m.group(0) for m in _HOME_TOWN.finditer(text)
            if (n := m.group("name"))[0] not in _NOT_START and not set(n) & _NOT_IN and not everyday_word(n)
        ]  # fmt: skip
    return found
