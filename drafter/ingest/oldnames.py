"""Names old county and town pages (2015–2022) give in forms the other rules miss (batch 55's leak class, issue #13).

A census of our own old-style county and town speeches (tests/fixtures/ingest/ingest55-old/) showed which forms reach
a general fragment:

- a campaign of the place's own, quoted by its count: “六县建设”, “四创”, “六心”志愿服务, “三水共治”, “三清三美”,
  “两城一区”, “五个岭南”建设 — a county's or a zone's slogan of its day, bound to it (the nation's own, “三农”, “四风”, “两委”,
  “三会一课”, and the festivals “三八”, “七一” are general text);
- towns named in a list by their 乡 or 镇 (龙泉乡、白马乡发生两起山火), which no other county has;
- the speaker's own town after 我们 (我们青石镇去年…), so that its bare name (确保青石境内…) is found too;
- works named in a list before their count (完成了小河湾、大柳树两座塘坝的清淤), and a company or a work a clause opens on
  by its own name (，宏达集团投资… / 石门水库除险加固工程…).
"""

from __future__ import annotations

import re

from drafter.ingest.entities import _TOWN_WORDS

_COUNT = "一二两三四五六七八九十双"
# “六县建设” / “四城联创” / “三镇建设” / “三园建设” / “四校”: a count of the place's own towns, towns or parks to build or
# win; “四创” / “六心” / “五星”: a count of one word, the place's campaign; “三水共治”: a count of what is governed together
_QUOTED = re.compile(
    rf"[“\"「]([{_COUNT}][\u4e00-\u9fff]{{1,4}}|[{_COUNT}][\u4e00-\u9fff][{_COUNT}][\u4e00-\u9fff])[”\"」]"
)
_TIER_CAMPAIGN = re.compile(
    rf"^[{_COUNT}][县市区镇乡城园校村](?:建设|同建|同创|联创|共建|一体|建)?$"
)
_ONE_WORD = re.compile(rf"^[{_COUNT}][创心星](?:建设|创建|行动)?$")
_TOGETHER = re.compile(rf"^[{_COUNT}][\u4e00-\u9fff](?:共治|同治|联治|同创|联创|共建|同建|同治)$")
# 在推进“五个岭南”建设中: a count of a place's own name, to be built (the nation's “四个全面” is a strategy, never 建设)
_BUILT = re.compile(rf"[“\"「]([{_COUNT}]个[\u4e00-\u9fff]{{2}})[”\"」](?=建设)")
_TWO_COUNTS = re.compile(rf"^[{_COUNT}][\u4e00-\u9fff][{_COUNT}][\u4e00-\u9fff]$")
# The nation's own counted words, and the festivals: general text wherever they stand.
_NATIONAL = frozenset((
    "三严三实", "两学一做", "一岗双责", "五位一体", "四位一体", "三重一大", "一国两制", "六稳六保", "一懂两爱", "三会一课",
    "四不两直", "三支一扶", "三品一标", "两优一先", "三评一考", "三线一单", "一票否决", "双创",
))  # fmt: skip


def counted_slogans(text: str) -> list[str]:
    """The place's own campaigns the text quotes by their count (see the module docstring)."""
    if not re.search('[“"「]', text):
        return []
    found = []
    for m in _QUOTED.finditer(text):
        q = m.group(1)
        if q in _NATIONAL or (q[0] == "一" and q[2:3] == "一"):
            continue  # (“一企一策”, “一村一品”: one for each, said anywhere)
        if (
            _TIER_CAMPAIGN.match(q)
            or _ONE_WORD.match(q)
            or _TOGETHER.match(q)
            or _TWO_COUNTS.match(q)
        ):
            found.append(f"“{q}”")
    found += [f"“{m.group(1)}”" for m in _BUILT.finditer(text)]
    return found


# 龙泉乡、白马乡发生两起山火 / 东湖镇、西湖镇和南湖镇: towns named in a list by their suffix, each a name
_TOWN_LIST = re.compile(
    r"[\u4e00-\u9fff]{2}(?:乡|镇)(?:[、和及与][\u4e00-\u9fff]{2}(?:乡|镇)){1,9}"
)
_TOWN_ITEM = re.compile(r"([\u4e00-\u9fff]{2})(?:乡|镇)")
# 城乡、乡镇, 各乡、各镇, 全乡: words, not names
_NOT_TOWN_CHAR = set("全我本各该城乡村集重小县区省这那其所每此新老大到下返回故家同他异外之")


def listed_towns(text: str) -> list[str]:
    """Towns a list names by their 乡 or 镇 (龙泉乡、白马乡)."""
    found: list[str] = []
    for listed in _TOWN_LIST.finditer(text):
        items = [m.group(0) for m in _TOWN_ITEM.finditer(listed.group(0))]
        if not any(set(i[:2]) & _NOT_TOWN_CHAR for i in items):
            found += items
    return found


# 我们青石镇去年出现了… / 我们柳河乡: the speaker's own town after 我们, whose bare name (青石境内) is the same place
# (我们召开街道党工委会议, 我们组织镇村干部: a verb before the suffix, not a town's name)
_VERB_FIRST = set("召举进开组到来去在对把让使请派带抓搞办做建为")
_OWN_TOWN = re.compile(r"我们([\u4e00-\u9fff]{2})(?:镇(?![村长里])|乡(?![镇村亲土里])|街道)")


def own_town_stems(text: str) -> tuple[str, ...]:
    """Short names of the town the speaker calls his own after 我们 (青石 of 我们青石镇)."""
    return tuple(
        dict.fromkeys(
            n
            for m in _OWN_TOWN.finditer(text)
            if not set(n := m.group(1)) & _NOT_TOWN_CHAR
            and n not in _TOWN_WORDS
            and n[0] not in _VERB_FIRST
        )
    )


# 完成了小河湾、大柳树两座塘坝的清淤 / 红旗、胜利两座水库: works named in a list, then counted by what they are
_COUNTED_WORKS = re.compile(
    r"([\u4e00-\u9fff]{2,4})、([\u4e00-\u9fff]{2,4})(?:两|二|2)(?:座|处|条|个|家)"
    r"(?:塘坝|山塘|水库|大桥|桥梁|渠道|泵站|电站|堤坝|水闸|景区|园区|厂区|矿区|企业|工厂|公司|学校|医院)"
)
_NOT_WORK_NAME = re.compile(r"^(?:我们|全县|全镇|全乡|全市|全区|各|这|那|其他|其余|所有)")


def counted_works(text: str) -> list[str]:
    """Works a list names before their count (小河湾、大柳树两座塘坝): the first name as long as the second."""
    found: list[str] = []
    for m in _COUNTED_WORKS.finditer(text):
        second = m.group(2)
        first = m.group(1)[-len(second) :]
        found += [n for n in (first, second) if not _NOT_WORK_NAME.match(n)]
    return found


# ，宏达集团投资建设了新厂区 / 石门水库除险加固工程: a company or a work by its own two-character name, opening a clause
# (组建教育集团, 病险水库, 小型水库: a kind, not a name)
_NAMED_AT_CLAUSE = re.compile(
    r"(?:(?<=[，,。；;、：:\s])|^)([\u4e00-\u9fff]{2})(集团(?![化军])|水库|水电站|电站|大桥|大坝|水厂|灌区)"
)
_KIND_WORDS = frozenset((
    "教育", "医疗", "企业", "产业", "投资", "城投", "交投", "文旅", "国有", "民营", "龙头", "大型", "上市", "建设", "发展",
    "控股", "医共", "组建", "各类", "病险", "小型", "中型", "重点", "所有", "全县", "全市", "全区", "全镇", "骨干", "饮用",
    "城市", "农村", "山区", "跨江", "跨河", "加固", "新建", "改造", "这座", "一座", "两座", "部分", "现有", "抽水", "蓄水",
))  # fmt: skip


def named_at_clause(text: str) -> list[str]:
    """Companies and works a clause opens on by their own name (宏达集团, 石门水库)."""
    return [
        m.group(0)
        for m in _NAMED_AT_CLAUSE.finditer(text)
        if m.group(1) not in _KIND_WORDS and not set(m.group(1)) & _NOT_TOWN_CHAR
    ]


def old_name_reasons(text: str) -> list[str]:
    """Why `text` names a campaign, a town or a work of its own place in the forms above (empty when it names none)."""
    reasons = [f"地方口号（{q}）" for q in counted_slogans(text)]
    reasons += [f"乡镇名（{t}）" for t in listed_towns(text)]
    reasons += [f"地名（{w}）" for w in counted_works(text)]
    reasons += [f"单位或工程名（{n}）" for n in named_at_clause(text)]
    return list(dict.fromkeys(reasons))
