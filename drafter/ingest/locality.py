"""What a speech says of its own locality: its landmarks and products, and its bare name inside a phrase.

A point that lists the area's famous things (湿地、红海滩、温泉、大米、河蟹等享有盛名的资源), counts its own
units by name (水口、高湖、仁首、香田等四个乡镇), names its firms and brands (大象农牧集团, “鸣鹿”牌) or builds
an image around the place's short name (树立了淮川文明高效的服务型政府形象) belongs to that place, even when
the gazetteer knows none of the names (a 街道, a beach, a local product). Firms' names as
drafter.ingest.entities reads them (…有限公司) come out with the same reason, once. `locality_reasons` lists them as
drafter.ingest.params lists its reasons, so that the fragment is tagged specific.
"""

from __future__ import annotations

import re

from drafter.ingest.basins import basin_names
from drafter.ingest.campaigns import campaign_names
from drafter.ingest.landmarks import landmark_names

_ITEM = r"[\u4e00-\u9fff]{2,6}"

# 湿地、红海滩、温泉、港口、大米、河蟹、碱地柿子、蒲笋等享有盛名的资源 / 特产有A、B、C: three or more things
# named one after another and called famous, or introduced as the area's products or sights.
_FAMOUS_LIST = re.compile(
    rf"(?P<list>(?:{_ITEM}、){{2,}}{_ITEM}?)(?:等)?(?:一批|众多|一大批)?"
    r"(?:享有盛名|闻名遐迩|远近闻名|久负盛名|闻名全国|驰名中外|驰名|著称|闻名)"
    rf"|(?:土特产|特产|名优特产|物产|名胜古迹|名胜|旅游景点|景点|景区)(?:有|包括|主要有)[：:]?(?P<items>(?:{_ITEM}、){{2,}}{_ITEM})"
)

# 树立了淮川文明高效的服务型政府形象: an image built on a name (the own town's short name) and the virtues it shows.
_VIRTUES = "文明|高效|务实|清廉|廉洁|开放|亲民|诚信|为民|和谐|创新|优质|便民|规范|公正|透明|阳光|热情|好客|包容"
_IMAGE = re.compile(
    rf"(?:树立|塑造|展示|展现|彰显|打响|擦亮|叫响)了?(?P<name>[\u4e00-\u9fff]{{2}})(?:(?:{_VIRTUES})、?){{1,3}}的?"
    r"[^，。；！？]{0,10}(?:形象|品牌|名片)"
)
# Words that stand before the virtues without naming a place (树立了政府文明高效的形象, 树立了良好务实的形象).
_NOT_NAMES = frozenset((
    "政府", "机关", "干部", "部门", "单位", "社区", "街道", "乡镇", "城市", "农村", "企业", "学校", "教师", "队伍",
    "我们", "自身", "自己", "良好", "全新", "崭新", "党员", "窗口", "行业", "系统", "公安", "法院", "检察", "税务",
    "人大", "政协", "党委", "组织", "基层", "医院", "银行", "公司", "集体", "群众", "人民", "时代", "新的", "一个",
    "起来", "起了", "国家", "中国", "窗口", "服务", "执法", "司法", "警察", "民警", "青年", "队员", "军人",
    *_VIRTUES.split("|"),
))  # fmt: skip


# 水口、高湖、仁首、香田等四个乡镇作了表态发言 / 西滩、砂井子、甜水、曲子四个工业集中区: the area's own units,
# named one after another and counted.
_COUNTED_UNITS = re.compile(
    r"(?P<list>(?:[\u4e00-\u9fff\d]{2,5}、)+[\u4e00-\u9fff\d]{2,5}?)等?[一二三四五六七八九十两\d]{1,2}个"
    r"(?:乡镇|镇|乡|村|社区|街道|园区|工业园区|工业集中区|集中区|片区|景区)"
)
# 山东和同信息科技股份有限公司 / 大象农牧集团 / “鸣鹿”牌热水器: a firm or a brand of the place, by its name.
_FIRM = re.compile(
    r"(?P<firm>[\u4e00-\u9fff]{2,12}(?:股份有限公司|有限责任公司|有限公司)|[\u4e00-\u9fff]{2,6}(?:控股)?集团(?=[，。、；的和与肉公有项]))"
    r"|(?P<brand>“[^”]{1,6}”(?:字)?牌|“[^”]{1,6}牌”)"
)
# 企业集团, 国有控股集团: words of a kind of firm, not a firm's name.
_NOT_FIRMS = ("企业", "产业", "行业", "国有", "大型", "龙头", "骨干", "各类", "一批", "组建", "控股", "民营", "重点", "优势")


# 衷心感谢山东和同…公司, 考核结果与集团: the words before a firm's name (the name starts after the last of them).
_BEFORE_FIRM = re.compile(r".*(?:感谢|吸取|成立了|支持|扶持|引进|依托|培育|推动|推进|加快|对|祝|的|与|了|是|在|把|向|由|为)")
_KIND = ("招牌", "名牌", "品牌")  # 一块“金字招牌”: a figure of speech


def _firms(text: str) -> list[str]:
    if "公司" not in text and "集团" not in text and "牌" not in text:
        return []
    found = []
    for m in _FIRM.finditer(text):
        if m.group("brand"):
            if not m.group("brand").rstrip("”").endswith(_KIND):
                found.append(m.group("brand"))
            continue
        firm = _BEFORE_FIRM.sub("", m.group("firm"))
        if firm.endswith("集团"):  # 考核结果和集团、牵头学校: a group of schools after 和 (a firm's name may hold 和: 和同…公司)
            firm = re.sub(r".*[和及]", "", firm)
        bare = firm.removesuffix("集团").removesuffix("控股")
        if len(bare) >= 2 and not bare.endswith(_NOT_FIRMS) and not firm.startswith(("有限", "股份")):
            found.append(firm)
    return found


# 阳光花园小区、翠湖名苑、锦绣家园小区等老旧小区 / 城东的碧桂园小区: housing estates by name. A name is a word of its
# own (after 的, 在, 、 or a stop) ending in 花园小区, 名苑, 华府 …, or in 小区, 花园, 苑 … when it stands in a list of
# estates or after 的/在/到; 老旧小区, 居民小区, 美好家园, 屋顶花园 are kinds, and 要完善小区, 抓好小区 verbs on them.
_ESTATE = re.compile(r"(?:名苑|雅苑|花苑|华苑|华府|华庭|花园|家园|新村|公寓|小区|苑)(?P<more>小区)?")
_ESTATE_COMPOUND = ("名苑", "雅苑", "花苑", "华苑", "华府", "华庭")
# What a name's last characters may not be (the estate's kind or state: 老旧小区, 无物业小区, 美好家园).
_ESTATE_KINDS = (
    "老旧", "居民", "居住", "住宅", "安置", "示范", "物业", "商品房", "新建", "已建", "在建", "重点", "试点", "封闭式",
    "开放式", "星级", "达标", "农村", "城镇", "城市", "集中", "大型", "小型", "弃管", "失管", "回迁", "拆迁", "保障房",
    "公租房", "廉租房", "职工", "家属", "单位", "辖区", "社区", "周边", "片区", "相邻", "开放", "高层", "多层", "美好",
    "美丽", "幸福", "和谐", "温馨", "精神", "共同", "绿色", "生态", "平安", "文明", "宜居", "智慧", "安防", "海绵", "节水",
    "屋顶", "空中", "口袋", "校园", "立体", "公共", "人才", "青年", "老年", "养老", "军休", "干休", "普查",
)  # fmt: skip
_ESTATE_BOUNDARY = re.compile(r"[的和与及在对把将等了是为从到向、，,。；;：:！？“”（(\s]")
_ESTATE_AFTER_WORD = "的在到对于、：:“"


def estate_names(text: str) -> list[str]:
    """Housing estates named in `text` (阳光花园小区, 翠湖名苑), for drafter.ingest.entities."""
    if not any(w in text for w in ("小区", "苑", "花园", "家园", "新村", "公寓", "华府", "华庭")):
        return []
    found = []
    for m in _ESTATE.finditer(text):
        window = text[max(0, m.start() - 7) : m.start()]
        cuts = list(_ESTATE_BOUNDARY.finditer(window))
        if not cuts and m.start() > len(window):
            continue  # no word boundary within reach: part of a longer phrase
        head = window[cuts[-1].end() :] if cuts else window
        if not 2 <= len(head) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in head) or head.endswith(_ESTATE_KINDS):
            continue
        if "个" in head or head[0] in "每一各这那该本某全我":
            continue  # 每一个小区, 各小区, 这些小区: a count or a pointer, not a name
        left = window[cuts[-1].start()] if cuts else ""
        listed = left == "、" or text[m.end() : m.end() + 1] in ("、", "等")
        suffix = m.group(0)
        if suffix == "家园":
            continue  # 清洁家园、重建家园, 美好家园: a name only with 小区 after it (锦绣家园小区)
        if m.group("more") or suffix in _ESTATE_COMPOUND or listed or (left and left in _ESTATE_AFTER_WORD):
            found.append(head + suffix)
    return found


# 在加快中原崛起的实践中建功立业 / 三湘大地 / 齐鲁儿女: a province or a region named by its old name, rising or as
# the land and people the speaker addresses — the province's own words (中部崛起, 中华大地 are the country's).
_REGION_NAME = re.compile(
    r"(?:中原|三湘|潇湘|湖湘|八闽|齐鲁|荆楚|陇原|江淮|巴渝|巴蜀|八桂|天府|三秦|燕赵|三晋|龙江|赣鄱|岭南|黔中|滇中|关中|吴越)"
    r"(?:崛起|振兴|出彩|腾飞|大地|儿女|父老|人民)"
)

# 勇担新时代首都新发展的使命责任 / 加强首都功能建设: the capital's own work, said by its own speakers (a county's speech
# names 首都 only as where it went: 在首都北京)
_CAPITAL_OWN = re.compile(r"首都(?:新)?(?:发展|建设|功能|工作|治理|特点|各界|高质量)")


# 紧紧围绕“五城联创”目标: a campaign the place runs under its own counted name (N城联创, N城同创), quoted.
_CAMPAIGN = re.compile(r"“(?:[一二三四五六七八九十两双]城|[二三四五六七八九十])(?:联创|同创|共创|同建|联建)”")
# 即将开展的“零火计划”消防专项行动: a drive the place names for itself, a quoted plan run as a (special) action.
# (not “春蕾计划”的爱心助学活动: a national programme the speech's work joins, no drive of the place's own)
_NAMED_DRIVE = re.compile(r"“[\u4e00-\u9fff]{2,4}计划”(?:(?!的)[\u4e00-\u9fff]){0,6}?(?:专项行动|专项整治)")
# 在天佑桥上、教学楼前、孔目湖畔合影: the campus's or town's own sights, named one after another with where on them.
_SIGHTS_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[上前畔边旁下里]、){1,5}[\u4e00-\u9fff]{2,6}[上前畔边旁下里]")
_SIGHT = re.compile(r"(?:.*[在到于从的和与])?([\u4e00-\u9fff]{1,3}(?:桥|湖|亭|塔|池|园|湾))[上前畔边旁下里]")
_NOT_SIGHTS = (
    "小桥", "石桥", "大桥", "人工湖", "花园", "校园", "公园", "家园", "乐园", "果园", "菜园", "庄园", "池塘", "幼儿园", "动物园",
    "植物园", "游乐园", "产业园", "工业园", "科技园", "创业园", "孵化园",
)  # fmt: skip


def _sights(text: str) -> list[str]:
    found = []
    for listed in _SIGHTS_LIST.finditer(text):
        for item in listed.group(0).split("、"):
            m = _SIGHT.fullmatch(item)
            if m and len(name := m.group(1)) >= 3 and name not in _NOT_SIGHTS and name[0] not in "一这那该每各大小":
                found.append(name)
    return found


def locality_reasons(text: str) -> list[str]:
    """Why `text` describes its own locality (empty for ordinary speech text), as 'kind（found）' reasons."""
    found = []
    if "、" in text:
        found += [f"本地物产和名胜（{m.group('list') or m.group('items')}）" for m in _FAMOUS_LIST.finditer(text)]
    if "个" in text and "、" in text:
        found += [f"本地单位名（{m.group('list')}）" for m in _COUNTED_UNITS.finditer(text)]
    found += [f"本地品牌（{firm}）" if firm.startswith("“") else f"本地企业（{firm}）" for firm in _firms(text)]
    found += [
        f"本地地名简称（{m.group('name')}）" for m in _IMAGE.finditer(text) if m.group("name") not in _NOT_NAMES
    ]  # fmt: skip
    found += [f"本地所在地区的别称（{m.group(0)}）" for m in _REGION_NAME.finditer(text)]
    if "首都" in text:
        found += [f"本地所在地区的别称（{m.group(0)}）" for m in _CAPITAL_OWN.finditer(text)]
    if "“" in text:
        found += [f"本地创建活动（{m.group(0)}）" for m in _CAMPAIGN.finditer(text)]
        found += [f"本地专项行动（{m.group(0)}）" for m in _NAMED_DRIVE.finditer(text)]
        found += [f"本地专项活动（{name}）" for name in campaign_names(text)]  # “五大战役”, “…管理年”活动 (batch 62)
    if "、" in text:
        found += [f"本地景物（{name}）" for name in _sights(text)]
    found += [f"本地山水（{name}）" for name in landmark_names(text)]  # 燕子山畔，金鸡岭下 (batch 56)
    if "流域" in text:
        found += [f"本地河流（{name}）" for name in basin_names(text)]  # 某某河流域污染 (batch 60: ingest.basins)
    if "国际" in text:
        found += [f"本地举办的节会（{m.group(0)}）" for m in _HOSTED_EVENT.finditer(text)]
    return list(dict.fromkeys(found))


# 中国国际水上狂欢节, 中国（某某）国际茶业博览会: an event a city hosts under a national name — the speech's own.
_HOSTED_EVENT = re.compile(
    r"中国(?:[（(][\u4e00-\u9fff]{2,6}[)）])?国际[\u4e00-\u9fff]{2,8}?(?:狂欢节|文化节|旅游节|艺术节|电影节|音乐节|啤酒节|美食节|节|博览会|交易会|展览会|洽谈会|论坛)"
)
