"""The own place's names that no gazetteer holds: its nickname, its named zones and villages, its schools by name,
and the spatial plan its county town is built on (leak49, issue #13).

A clerk of another county who draws 建设美丽港城 (the city's nickname), 小洋口旅游度假区要加快提升 (a zone named after a
place of the county), 石门村的做法值得学习 (a village), 县实验小学和城关幼儿园要结对帮扶 (the county's own schools) or
全面推进“南进北延、东拓西优”战略 (how that county town grows) into his own speech names a place he is not. Each is
found by its shape, so that the fragment is tagged `specific` (drafter.ingest.entities lists the reasons).
"""

from __future__ import annotations

import re

# 港城, 鹿城, 瓷都, 煤都: a city's nickname, one character before 城 or 都, said as the own place — with a brand word
# before it (建设美丽港城, 魅力鹿城) or its people, land or future after it (港城人民, 瓷都的明天).
_NICK_BEFORE = r"(?:美丽|幸福|魅力|文明|平安|大美|活力|宜居|生态|和谐|富裕|锦绣|秀美|建设|打造|振兴|繁荣|我们|热爱)"
_NICK_AFTER = r"(?:人民|儿女|大地|父老|百姓|人(?![民员才口士们家类生事群力格心]))|的(?:明天|未来|发展|腾飞|繁荣|振兴)"
_NICKNAME = re.compile(
    rf"(?:{_NICK_BEFORE})(?P<a>[\u4e00-\u9fff][城都])(?![市区县乡镇村里外内中门墙管建乡])"
    rf"|(?P<b>[\u4e00-\u9fff][城都])(?={_NICK_AFTER})"
)
# 县城, 新城, 古城, 首都, 全都, 成都 (a city the gazetteer holds): words, not a nickname
_NOT_NICK_HEAD = set("县新老古旧全首大也都还就又已皆均京省市区镇乡村州主副卫围边商皇宫满倾连攻守筑护入出回返在进长名小空城一两三四五六七八九十各本该此这那其每某我你他她它们和与及的是中集")


def city_nicknames(text: str) -> list[str]:
    """Nicknames of the own city said as the place (港城, 瓷都), as found."""
    if "城" not in text and "都" not in text:
        return []
    found = []
    for m in _NICKNAME.finditer(text):
        name = m.group("a") or m.group("b")
        if name[0] not in _NOT_NICK_HEAD and not (name[1] == "都" and m.group("b")):
            found.append(name)
        elif name[1] == "都" and m.group("b") and name[0] in "瓷煤钢药茶酒花盐陶":
            found.append(name)  # 瓷都人民, 煤都的明天: a 都 by its trade (the nation's 首都 is not one)
    return found


# 小洋口旅游度假区, 金沙湾工业园区, 城北经济开发区: a zone of the county by its own name (not 省级经济开发区, 化工园区,
# 现代农业产业园: a kind of zone, named by its rank or its trade).
_ZONE = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[在到对和与及把将向从由])|(?<=推进|加快|依托|建设|打造|做强|提升))"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:旅游度假区|度假区|经济开发区|经济技术开发区|高新区|工业园区|产业园区|物流园区|风景区)"
)
_NOT_ZONE = frozenset((
    "省级", "国家", "国家级", "市级", "县级", "经济", "高新", "现代", "特色", "农业", "工业", "产业", "化工", "旅游", "生态",
    "科技", "物流", "临港", "沿海", "沿江", "沿边", "综合", "保税", "出口", "加工", "文化", "创业", "创新", "智慧", "数字",
    "重点", "各类", "各个", "全部", "所有", "一批", "这个", "那个", "我们", "园区", "新兴", "示范", "农业科技", "城市",
    "乡村", "农村", "山区", "湿地", "森林", "地质", "自然", "红色", "各级", "整个", "每个", "一个", "两个", "三个", "A级",
    "4A级", "5A级", "核心", "重要", "主要", "周边", "热门", "知名", "著名", "精品", "高端", "先进", "绿色", "低碳", "循环", "环保", "电子", "信息", "食品", "医药", "纺织", "机械", "能源",
    "新能源", "新材料", "装备", "汽车", "化学", "冶金", "建材", "服装", "家居", "开放", "边境", "跨境", "合作", "对外",
    # 做强景区, 打造园区: what is done to a zone, not its name
    "做强", "做优", "做大", "做精", "打造", "建设", "提升", "发展", "推进", "加快", "抓好", "管好", "建好", "办好", "用好",
    "优化", "美化", "创建", "争创", "保护", "开发", "规划", "壮大", "培育", "完善", "升级", "整合", "新建", "扩建", "盘活",
))  # fmt: skip


# 要加强幼儿园, 推动开发区, 办好老年大学, 让农村: a verb or a pointer before a kind, not a name (what a name may not open with)
_NOT_NAME_START = set("要把让对将在从来走经推加促抓做建提发增激赋理规不能滞引督整依以向给为与和及使被由办考读坚避哪挥现有其各每该这那此本全我")


def _nameish(name: str) -> bool:
    """Whether two or three characters before a kind of place or body can be its name (see _NOT_NAME_START)."""
    return name[0] not in _NOT_NAME_START and not set(name) & set("的各等和与及在是为个这那此该本全我每某所些级类了着过好上")


def named_zones(text: str) -> list[str]:
    """Zones of the place by their own name (小洋口旅游度假区), as found."""
    if "区" not in text and "园" not in text:
        return []
    return [
        m.group(0) for m in _ZONE.finditer(text)
        if (n := m.group("name")) not in _NOT_ZONE and n[-2:] not in _NOT_ZONE and n[:2] not in _NOT_ZONE
        and _nameish(n) and not set(n) & set("型化性式")
    ]  # fmt: skip


# “南进北延、东拓西优” / “东扩、西进、南延、北拓” / “北控南优”: how one county town grows, its quarters named by the compass
_COMPASS_SLOGAN = re.compile(r"“((?:[东西南北中][\u4e00-\u9fff]、?){2,}(?:、(?:[东西南北中][\u4e00-\u9fff]、?){1,})*)”")


def compass_slogans(text: str) -> list[str]:
    """A town's spatial plan said by the compass in quotes (“南进北延、东拓西优”), as found."""
    if "“" not in text:
        return []
    found = []
    for m in _COMPASS_SLOGAN.finditer(text):
        quarters = re.findall(r"[东西南北中](?=[\u4e00-\u9fff])", m.group(1))
        if len(set(quarters)) >= 2 and len(re.sub("、", "", m.group(1))) % 2 == 0:
            found.append(f"“{m.group(1)}”")
    return found


# 石门村的做法, 红旗村党支部, 向阳社区作为试点: a village by a name that ends in no place-name morpheme, told by what
# is said of it (its way of doing, its branch), after a word break
_NAMED_VILLAGE = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[在到对把向])|(?<=学习|推广|借鉴|总结))(?P<name>[\u4e00-\u9fff]{2})(?P<kind>村|社区)"
    r"(?=的(?:做法|经验|实践|探索|模式|典型|成功|变化|故事)|党支部|党总支|党委|两委|村委会|居委会|作为|被评为|荣获|获评)"
)
_NOT_VILLAGE = frozenset((
    "农村", "乡村", "行政", "自然", "贫困", "示范", "重点", "城中", "空心", "文明", "和谐", "平安", "智慧", "绿色", "美丽",
    "城市", "老旧", "新型", "各类", "所有", "每个", "各个", "城镇", "城乡", "社区", "小区", "街道", "乡镇", "薄弱", "后进",
    "先进", "软弱", "涣散", "集体", "试点", "样板", "达标", "星级", "这个", "那个", "一个", "两个", "多个", "有的", "一些",
    "其他", "本村", "该村", "全村", "各村", "这些", "部分", "少数", "个别", "山区", "边远", "偏远", "移民", "搬迁", "安置",
    "宜居", "生态", "卫生", "无毒", "安全", "法治", "民主", "森林", "幸福", "红色", "数字", "未来", "特色", "旅游", "专业",
    "产业", "脱贫", "经济", "合并", "撤并", "城郊", "近郊", "远郊", "沿海", "沿江", "库区", "民族", "传统", "历史", "古老",
))  # fmt: skip


def named_villages(text: str) -> list[str]:
    """Villages and communities by their own name, told by what is said of them (石门村的做法), as found."""
    if "村" not in text and "社区" not in text:
        return []
    return [
        m.group("name") + m.group("kind") for m in _NAMED_VILLAGE.finditer(text)
        if m.group("name") not in _NOT_VILLAGE and _nameish(m.group("name")) and not set(m.group("name")) & set("位名几")
        and m.group("name")[-1] + m.group("kind") not in ("农村", "乡村", "山村", "渔村", "邻村")
    ]  # fmt: skip


# 县实验小学, 市实验中学, 区实验幼儿园: the one school of that name in the place (as 县一中 is); 和城关幼儿园, 感谢阳光幼儿园:
# a kindergarten by its name after a word break (not 公办幼儿园, 普惠性幼儿园: kinds).
_OWN_EXPERIMENTAL = re.compile(
    r"(?:(?<=[县市区旗])|(?<=\}\}))(?:实验(?:小学|中学|初级中学|高级中学|学校|幼儿园)"
    # 县人民医院要牵头组建医共体 / {{ place }}中医院: the place's own hospital by its name, as 县一中 is its own school
    r"|第?[一二三四五六]?人民医院|中医院|中医医院|中心医院|妇幼保健院|妇幼保健计划生育服务中心"
    # 区教师进修学校的发展经验, 县职业中学: the place's one school of a kind after its level (leak51's list in oncenames,
    # the same shape, folded here: leak52)
    r"|职业学校|职业中学|职业技术学校|职业高级中学|职业高中|技工学校|体育运动学校|体校)"
)
_NAMED_KINDERGARTEN = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[和与及对向在到把])|(?<=感谢))(?P<name>[\u4e00-\u9fff]{2})幼儿园"
)
_NOT_KINDERGARTEN = frozenset((
    "公办", "民办", "普惠", "中心", "机关", "小区", "配套", "企业", "部门", "社区", "乡镇", "农村", "城镇", "城区", "公立",
    "私立", "县级", "市级", "示范", "优质", "新建", "改扩", "全县", "全市", "全区", "各类", "所有", "一所", "这所", "每所",
    "多所", "我们", "一批", "村级", "寄宿", "无证", "普通", "省级", "一级", "二级", "三级", "附属", "实验", "双语", "连锁",
))  # fmt: skip


# 我们实验中学的老师们 / 在实验小学的校园里: a school speaking of itself by its name (不是 各实验学校, 一批实验学校: kinds);
# 实小人, 县实中: its short name, beside what a school says of itself
_EXPERIMENTAL_ANYWHERE = re.compile(r"(?<![各等所些批每几多该])实验(?:小学|中学|初级中学|高级中学|幼儿园)")
# (重视实小建设和发展: the school's own growth after it, as after 实中人 — not 事实, 现实, 落实 before a 小 or a 中 — leak52)
_EXPERIMENTAL_SHORT = re.compile(
    r"(?:(?<=[县市区])|(?<=我们|全体))实[中小]|实[中小](?=人|精神|学子|师生|校园|校友|的老师|的同学|的孩子)"
    r"|(?<![真现事落扎务充诚确坚厚朴切踏结证核属夯其老平翔详如据虚史果写纪求殷充])实[中小](?=建设|发展|的建设|的发展)"
)


def own_schools(text: str) -> list[str]:
    """The place's own schools by name (县实验小学, 城关幼儿园), as found."""
    if "实" not in text and "幼儿园" not in text and "院" not in text and "校" not in text and "中" not in text:
        return []
    found = [m.group(0) for m in _OWN_EXPERIMENTAL.finditer(text)]
    found += [m.group(0) for m in _EXPERIMENTAL_ANYWHERE.finditer(text) if not any(m.group(0) in f for f in found)]
    found += _EXPERIMENTAL_SHORT.findall(text)
    found += [
        m.group(0) for m in _NAMED_KINDERGARTEN.finditer(text)
        if m.group("name") not in _NOT_KINDERGARTEN and _nameish(m.group("name")) and "性" not in m.group("name")
    ]  # fmt: skip
    return found


# 庆祝城关中学建校六十周年 / 迎来了县一中六十华诞 / 值此县人民医院建院七十周年之际: an anniversary, a figure in words that
# binds the text to its year (the numbers in figures are drafter.ingest.params' 数字)
_ANNIVERSARY = re.compile(r"[一二两三四五六七八九十百]{1,4}(?:周年|华诞|年校庆|周岁|岁生日)")
# 衷心感谢华东师范大学对我县教育的支持: a university of its own name, a partner of this place (not 老年大学, 开放大学:
# kinds; a 学院 is left alone: 医学院, 学院 are how a college speaks of itself)
_UNIVERSITY = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[和与及同对向在到把])|(?<=感谢|欢迎|依托|联合|携手|借助))"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)大学(?![生士校区长])"
)
_NOT_UNIVERSITY = frozenset((
    "高等", "重点", "知名", "著名", "一流", "国内", "国外", "海外", "全国", "省内", "省属", "部属", "综合", "职业", "技术",
    "老年", "社区", "开放", "网络", "空中", "农民", "干部", "市民", "家长", "企业", "各类", "一所", "这所", "本地", "地方",
    "名牌", "双一流", "研究型", "应用型", "综合性", "普通", "民办", "公办", "职业技术", "高职", "中职", "理工", "师范",
    "医科", "各大", "多所", "有关", "相关", "各地", "国家", "科学", "工程", "社会", "人民", "党校", "行政", "新时代",
))  # fmt: skip


# 办好老年大学, 依托开放大学, 建设产业学院: a kind of school after whatever verb, never a name's end
_KIND_BEFORE_SCHOOL = frozenset(("老年", "开放", "产业", "社区", "网络", "空中", "干部", "市民", "农民", "家长", "企业", "好的"))


def own_name_reasons(text: str) -> list[str]:
    """Why `text` names its own place by a name no gazetteer holds (empty when it names none)."""
    reasons = [f"本地别称（{n}）" for n in dict.fromkeys(city_nicknames(text))]
    reasons += [f"本地园区（{n}）" for n in dict.fromkeys(named_zones(text))]
    reasons += [f"地方口号（{n}）" for n in dict.fromkeys(compass_slogans(text))]
    reasons += [f"村名（{n}）" for n in dict.fromkeys(named_villages(text))]
    reasons += [f"本地单位（{n}）" for n in dict.fromkeys(own_schools(text))]
    reasons += [f"周年（{m}）" for m in dict.fromkeys(_ANNIVERSARY.findall(text))]
    if "大学" in text:
        reasons += [
            f"合作单位（{m.group(0)}）" for m in _UNIVERSITY.finditer(text)
            if m.group("name") not in _NOT_UNIVERSITY and m.group("name")[-2:] not in _KIND_BEFORE_SCHOOL
            and _nameish(m.group("name")) and not set(m.group("name")) & set("到见证愿祝想统一读考进入")
        ]  # fmt: skip
    return reasons
