"""People, institutions and local names that bind a speech's text to its place.

A fragment that says 王书记, 张世华校长, 二中 or 龙华镇 (or the bare short
name of its own place, 南通 for 南通市) cannot be reused in another county's
speech: `entity_reasons` lists such mentions so that ingest tags the fragment
`specific`. County-level places come from the gazetteer (drafter.gazetteer);
towns are below it and are found by their 镇/街道 suffix here.
"""

from __future__ import annotations

import re

# Common surnames, leaving out characters that usually begin other words before a title
# (向书记汇报, 担任书记, 提高校长, 各方主任).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔"
    "钟谭陆汪范夏韦邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤贝楚柯薄翟栾殷伍庞"
)
_TITLES = (
    "书记|副书记|省长|市长|县长|区长|镇长|乡长|局长|处长|科长|主任|校长|行长|院长|部长|厅长|主席|秘书长|"
    "总经理|董事长|所长|站长|队长|委员"
)
# 王书记 / 张世华校长 / 李局长: a surname, up to two more characters, a title.
_SURNAME_TITLE = re.compile(rf"(?<![副正常])[{_SURNAMES}][\u4e00-\u9fff]{{0,2}}?(?:{_TITLES})(?!们|会|处|办|室|团|职|级|助理)")
# 我和查区长, 与单书记: a rarer surname (one that also begins words: 查处, 单位) right before the title,
# after 和/与/及/同 or a comma, is a person too.
_RARE_SURNAME_TITLE = re.compile(r"(?<=[和与及同、，])[查单盛石洪游詹甘纪温傅柏解仇](?:书记|[省市县区镇乡局校行院]长|主任)(?![们会处办室团职级])")
_NOT_PERSON_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:委|党|政府|人大|政协|直)|[局厅院所站部办区县市省]|[业利]$")
# 二中, 第一中学, 实验小学: an institution of the speaker's own place.
_INSTITUTION = re.compile(
    r"第[一二三四五六七八九十]+(?:中学|小学|初级中学|高级中学|职业中学|人民医院|医院)"
    r"|(?<![其之第初高年月集统唯万届\d])[一二三四五六七八九十](?:中|小)(?=[的，。、；！和与更要在等]|全体|师生|教师|学生|校区)"
    # 北票七中三年的学习, 县一中高考: an ordinal 中 after a place's name, whatever follows (not 四中全会, 集中, 一中心)
    r"|(?<=[\u4e00-\u9fff])(?<![其之第初高年月集统唯万届同单每任专进])[一二三四五六七八九十]中"
    r"(?![全心央国华间旬型等学午层队断标游部期西外共文医药级班专职秋])"
)
# 龙华镇工业基地, 景州镇新上项目: a town or 街道 named in passing.
_TOWN = re.compile(r"([\u4e00-\u9fff]{2})(镇|街道)(?=[工党政的，、。在和与新村人])")
_NOT_TOWN = set("全我本各该城乡村集重市小县区省这那其所每此新老大")
# 提三点希望。一是，希望乡的党政班子…: a word before 乡/镇, not a town's name.
_TOWN_WORDS = frozenset((
    "希望", "要求", "号召", "感谢", "祝贺", "欢迎", "代表", "作为", "我们", "他们", "全体", "关于", "对于", "召开", "举行",
    "深入", "推进", "所有", "全部", "结合", "围绕", "服务", "联系", "指导", "走进", "来到", "回到", "按照", "根据", "经过",
))  # fmt: skip
# 我谨代表中共海门市委: the speaker's own committee named with its place.
_OWN_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{2,4}?)(?:[省市县区旗州]委|\{\{)")
# 尧山中学, 城关小学: a school by its name (not 全县中学, 农村小学, 初级中学).
_NAMED_SCHOOL = re.compile(r"([\u4e00-\u9fff]{2})(?:中学|小学|中心校|实验学校)")
_NOT_SCHOOL_NAME = frozenset((
    "全县", "全市", "全区", "全省", "全镇", "全乡", "各个", "城区", "农村", "乡镇", "普通", "重点", "高级", "初级", "完全",
    "民办", "公办", "示范", "寄宿", "所有", "广大", "城乡", "中等", "职业", "一所", "这所", "那所", "我们", "本地", "县城",
    "市区", "当地", "其他", "附近", "周边", "边远", "偏远", "薄弱", "城镇", "山区", "村级", "各类", "大中", "中小", "义务",
    "实验", "每所", "多所", "新建", "改扩", "优质", "特色", "现代", "一流", "我县", "我市", "我区", "我镇", "全国", "著名",
))  # fmt: skip
# x县, XX同志, ××局: a placeholder a web template left for a name.
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])[xX×](?=[县市区镇乡省中街同])|[xX×]{2,}")
# 市"两会", 县“两会”: the local sessions of a given year.
_SESSIONS = re.compile(r"[省市县区][\"“]?两会[\"”]?")


_ANY_TITLE = re.compile(_TITLES)
# 海燕市长, 战书书记, 长顺书记: a leader called by the given name (never 县委书记, 副县长, 代市长, 各乡镇长).
_GIVEN_TITLE = re.compile(r"([\u4e00-\u9fff]{2})(?=书记|[省市县区镇乡]长)")
_NOT_GIVEN = set("委副代总记务管任职级一部支组位名好的个是为当做和与及乡镇县市区省村州旗盟老新原前现查")
_NOT_GIVEN_WORD = {"第一", "分管", "常务", "专职", "兼任", "担任", "新任", "现任", "前任", "原任", "临时", "各位", "诸位"}
# 梁某某在全省教育工作会议上的讲话: the speaker named at the head of a title.
_SPEAKER_AT_HEAD = re.compile(
    rf"^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:同志)?(?=在(?:[^。！？]{{2,50}}(?:会|会议|大会|典礼|仪式)|\{{\{{ meeting \}}\}})上)"
)


# 刚才，秋实同志宣读了… / 上午，春林、立新同志代表县委… : people called by name and 同志 in an acknowledgement.
_NAMED_COMRADE = re.compile(
    r"(?:(?<=^)|(?<=[，、。；：,:])|(?<=刚才)|(?<=随后)|(?<=会上)|(?<=上午)|(?<=下午))"
    r"(?P<names>(?:[\u4e00-\u9fff]{2,3}、){0,4}[\u4e00-\u9fff]{2,3})同志"
    r"(?=[、和与]|代表|宣读|作了|传达|通报|总结|对|就|主持|介绍|安排|部署|下发|讲|分别|还将|将)"
)
_NOT_NAME_START = set("全在各与广老青女男党领有这那参基一两三四五六七八九十负其主分发好此该本每诸多几所我你他她们大小新原前现市县区镇乡省村")
_NOT_NAME = {"同志", "干部", "代表", "职工", "群众", "委员", "书记", "部长", "局长", "县长", "市长", "镇长", "主任", "组长"}


def _named_comrades(text: str) -> list[str]:
    found = []
    for m in _NAMED_COMRADE.finditer(text):
        names = m.group("names").split("、")
        if all(n[0] not in _NOT_NAME_START and "的" not in n and n not in _NOT_NAME and n[-2:] not in _NOT_NAME for n in names):
            found += [f"{n}同志" for n in names]
    return found


def persons(text: str) -> list[str]:
    """People named by surname and title (王书记, 张世华校长), by given name and title (海燕市长),
    or at the head of a title (梁某某在……会议上的讲话)."""
    head = _SPEAKER_AT_HEAD.match(text)
    found = [head.group(0)] if head and head.group(0)[-1] not in "长记任席" else []
    if "同志" in text:
        found += _named_comrades(text)
    if not _ANY_TITLE.search(text):
        return found  # most sentences name no office: skip the slower scan
    for m in _SURNAME_TITLE.finditer(text):
        if not _NOT_PERSON_AFTER.search(_middle(m.group(0))):
            found.append(m.group(0))
    found += _RARE_SURNAME_TITLE.findall(text)
    for m in _GIVEN_TITLE.finditer(text):
        name = m.group(1)
        if name[-1] not in _NOT_GIVEN and name[0] not in _NOT_GIVEN and name not in _NOT_GIVEN_WORD:
            found.append(text[m.start() : m.end() + 2])
    return found


def _middle(found: str) -> str:
    """The characters between the surname and the title (世华 in 张世华校长)."""
    title = re.search(rf"(?:{_TITLES})$", found)
    return found[1 : title.start()] if title else found[1:]


def institutions(text: str) -> list[str]:
    return [m.group(0) for m in _INSTITUTION.finditer(text)]


# 又绿吉昌大地, 吉昌儿女: a place named in a flourish, without its 镇/县.
_LAND = re.compile(r"([\u4e00-\u9fff]{2})(?=大地|儿女)")
_COMMON_LAND = {"祖国", "中华", "神州", "华夏", "广袤", "希望", "城乡", "乡村", "农村", "中原", "江南", "北国", "南国",
                "辽阔", "广阔", "全国", "全省", "全市", "全县", "全区", "全镇", "各族", "英雄", "优秀", "广大", "我县",
                "我市", "我区", "我镇", "我省", "绿遍", "染绿", "温暖", "滋润", "春回", "铺满", "洒满", "整个", "这片"}  # fmt: skip


# 影响了东郭的发展, 祝愿瓜沥的明天更加美好: a place named as the subject of its future.
_FUTURE = re.compile(r"(?:影响了?|关系到|事关|决定着?|祝愿|祝福|推动)([\u4e00-\u9fff]{2})的(?=发展|明天|未来)")
_COMMON_FUTURE = {"经济", "社会", "产业", "事业", "教育", "农村", "乡村", "城市", "企业", "行业", "学校", "学生", "孩子",
                  "我们", "自身", "个人", "长远", "全局", "工作", "项目", "地方", "区域", "国家", "民族", "祖国", "家庭",
                  "单位", "部门", "群众", "人民", "大家", "今后", "下步", "全面", "持续", "整体", "未来"}  # fmt: skip


# 张庄村的做法, 冯店村, 双庙乡, 金水湾社区: a village, township or community by its own name — told by the
# place-name morpheme its name ends in (庄/店/庙/沟/湾…), so that 农村, 驻村, 学校和社区 never are.
_LOCAL_UNIT = re.compile(
    r"(?![镇乡县市区村省在到对和与及的是为把将从由全我本各该城集重小这那其所每此新老大居回报])"
    rf"([\u4e00-\u9fff]{{1,2}}[庄店庙沟坪湾营屯寨堡岭坡岗洼铺坊峪塘坝垭畈圩墩埠滩坳岔渡窑]|[{_SURNAMES}]家[\u4e00-\u9fff])"
    r"(村|社区|乡)(?![委民长镇级里干组务部集规情貌容风落土亲贤村])"
)


# ，金城社区作为刚刚改造完成的老新村: a community by its own name, opening a clause and then said to be or act
_NAMED_COMMUNITY = re.compile(
    r"(?:^|(?<=[，。；：！？、\s]))(?![城农基和示智绿老新文试每各这该本我全所])([\u4e00-\u9fff]{2}社区)(?=作为|是[^否]|居委会|党委|党总支|党支部)"
)


def local_units(text: str) -> list[str]:
    found = [m.group(0) for m in _LOCAL_UNIT.finditer(text)]
    return found + _NAMED_COMMUNITY.findall(text) if "社区" in text else found


def towns(text: str) -> list[str]:
    found = [m.group(0) for m in _TOWN.finditer(text) if not set(m.group(1)) & _NOT_TOWN and m.group(1) not in _TOWN_WORDS]
    if "村" in text or "乡" in text or "社区" in text:
        found += local_units(text)
    found += [m.group(1) for m in _LAND.finditer(text) if m.group(1) not in _COMMON_LAND and "{" not in m.group(1)]
    found += [m.group(1) for m in _FUTURE.finditer(text) if m.group(1) not in _COMMON_FUTURE | _COMMON_LAND]
    return found


# A town's name starts a word: after punctuation or a word that takes a place (对潘渡镇…, 龙华镇党委), never
# inside one (我代表镇党委 names no town).
_ANY_TOWN = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[在到对和与及的是为赴把将向从由]))([\u4e00-\u9fff]{2})(?:镇(?![长村])|乡(?![镇村土亲])|街道)")  # 魏然镇长 is a person


def town_names(text: str) -> tuple[str, ...]:
    """Short names of the towns a whole speech names with their suffix (龙华 for 龙华镇), to find them bare."""
    found = (m.group(1) for m in _ANY_TOWN.finditer(text) if not set(m.group(1)) & _NOT_TOWN)
    # 回到家乡, 送科技下乡, 但因乡镇机构改革: words, not names
    return tuple(dict.fromkeys(
        s for s in found if s[1] not in "到下返回故家同和在" and s[0] not in "但因而并且及或使让被" and s not in _TOWN_WORDS
    ))  # fmt: skip


# 我们敖阳的民兵, 我们青禾人: the speaker's own place (or unit) called by its bare name after 我们.
_OWN_AFTER_WE = re.compile(r"我们([\u4e00-\u9fff]{2})(?:的|人(?![民员才口]))")
_NOT_OWN_START = frozenset("自大国全基广这那今现过一共党各所许整每此本该我你他她新老有没多少好工企学社民人干群中上下前后未当应要能会都也还就再又已更最很")
_NOT_OWN_WORD = frozenset((
    "村里", "镇里", "县里", "市里", "乡里", "家乡", "地方", "单位", "部门", "团队", "队伍", "身边", "城市", "农村", "乡村", "学校",
    "祖国", "父辈", "先辈", "子孙", "孩子", "青年", "军队", "部队", "医院", "机关", "支部", "组织", "事业", "行业", "产业",
))  # fmt: skip


def spoken_own_names(text: str) -> tuple[str, ...]:
    """Bare names the speaker gives the own place after 我们 (我们敖阳的民兵), said at least twice."""
    if "我们" not in text:
        return ()
    found = (m.group(1) for m in _OWN_AFTER_WE.finditer(text))
    return tuple(dict.fromkeys(
        n for n in found if n[0] not in _NOT_OWN_START and n not in _NOT_OWN_WORD and text.count(n) >= 2
    ))  # fmt: skip


def bare_own_place(text: str, place: str) -> list[str]:
    """The short form of the speech's own place used on its own (南通 for 南通市, not 南通市委)."""
    if len(place) < 3 or place[-1] not in "省市县区州旗盟镇乡":
        return []
    plain = re.sub(r"\{\{.*?\}\}", "", text)
    # 凉山 for 凉山彝族自治州, 恩施 for 恩施土家族苗族自治州: an autonomous place goes by its first two characters
    shorts = [place[:-1], place[:2]] if "自治" in place else [place[:-1]]
    return [s for s in shorts if re.search(rf"{re.escape(s)}(?!{re.escape(place[len(s)])})", plain)][:1]


# 黄师校园, 黄师人, “黄师力量”, 北理工精神: an institution's short name with the words it uses of itself.
_SELF_WORDS = ("人", "校园", "精神", "力量", "学子", "教师", "师生", "风雨")
_SELF_AFTER = re.compile(r"人(?![民才员口生类大心事物家工们士群格性数次均身力气情文])|校园|精神|力量|学子|教师|师生|风雨")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_SELF = frozenset((
    "中国", "中华", "民族", "时代", "人民", "青年", "奋斗", "创新", "劳模", "劳动", "工匠", "科学", "红色", "党员", "干部",
    "群众", "教育", "年轻", "全体", "广大", "学校", "母校", "本校", "我校", "老师", "同学", "家人", "新时代", "优秀", "先进",
    "长征", "延安", "井冈山", "雷锋", "抗疫", "抗洪", "脱贫", "女排", "航天", "铁人", "载人", "文化", "领路", "接班", "负责",
    "带头", "年青", "骨干", "专业", "青春", "团结", "集体", "爱国", "榜样", "英雄", "模范", "道德", "正义", "和平",
))  # fmt: skip


_NOT_SELF_START = frozenset("我全本各这那每该此其广所新老大的和与及在是为了着从向对把被让")


def own_short_names(text: str) -> tuple[str, ...]:
    """Short names a school or company calls itself by (黄师, 北理工, 实小): a stem said at least three times,
    before at least two of 人/校园/精神/力量/学子/教师/师生; a longer stem wins over one inside it."""
    if not any(w in text for w in _SELF_WORDS[1:]):
        return ()
    suffixes: dict[str, set[str]] = {}
    for m in _SELF_AFTER.finditer(text):
        for size in (2, 3):
            stem = text[max(0, m.start() - size) : m.start()]
            if len(stem) == size and _HAN.fullmatch(stem) and stem not in _NOT_SELF and stem[0] not in _NOT_SELF_START:
                suffixes.setdefault(stem, set()).add(m.group(0))
    found = [s for s, ends in suffixes.items() if len(ends) >= 2 and text.count(s) >= 3]
    return tuple(s for s in found if not any(s != o and s in o and text.count(o) == text.count(s) for o in found))


def entity_reasons(
    text: str, place: str = "", town_stems: tuple[str, ...] = (), own_names: tuple[str, ...] = ()
) -> list[str]:
    """Why `text` names people, institutions or local places (empty when it names none).

    `town_stems`: towns the whole speech names (龙华 of 龙华镇), so that 龙华 alone is found too;
    `own_names`: the short names the speaker's school or company goes by (see `own_short_names`).
    """
    if len(text) < 2:
        return []
    reasons = [f"人名（{p}）" for p in dict.fromkeys(persons(text))]
    reasons += [f"本地单位（{p}）" for p in dict.fromkeys([*institutions(text), *(n for n in own_names if n in text)])]
    if "中共" in text:
        reasons += [f"本地地名（{m}）" for m in dict.fromkeys(_OWN_COMMITTEE.findall(text))]
    if "学" in text:
        reasons += [
            f"本地单位（{m.group(0)}）" for m in _NAMED_SCHOOL.finditer(text)
            if m.group(1) not in _NOT_SCHOOL_NAME and not set(m.group(1)) & set("学和与及的各等")
        ]  # fmt: skip
    bare = [s for s in town_stems if s in text and not re.search(rf"{s}(?:镇|乡|街道)", text)] if town_stems else []
    reasons += [f"乡镇名（{p}）" for p in dict.fromkeys([*towns(text), *bare])]
    reasons += [f"占位符（{p}）" for p in dict.fromkeys(_PLACEHOLDER.findall(text))]
    reasons += [f"届次（{p}）" for p in dict.fromkeys(_SESSIONS.findall(text))]
    reasons += [f"本地地名简称（{p}）" for p in bare_own_place(text, place)]
    return reasons
