"""People, institutions and local names that bind a speech's text to its place.

A fragment that says 王书记, 张世华校长, 二中 or 龙华镇 (or the bare short
name of its own place, 南通 for 南通市) cannot be reused in another county's
speech: `entity_reasons` lists such mentions so that ingest tags the fragment
`specific`. County-level places come from the gazetteer (drafter.gazetteer);
towns are below it and are found by their 镇/街道 suffix here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.ingest.adverts import advert_marks, page_marks
from drafter.ingest.ceremony import greeted_staff
from drafter.ingest.locality import estate_names
from drafter.ingest.oncenames import once_name_reasons
from drafter.ingest.ownbodies import NAMED_BODY_KINDS, everyday_word, local_spots, verb_or_modifier
from drafter.ingest.ownnames import own_name_reasons

# Common surnames, leaving out characters that usually begin other words before a title
# (向书记汇报, 担任书记, 提高校长, 各方主任).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔"
    "钟谭陆汪范夏韦邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤贝楚柯薄翟栾殷伍庞"
)
# 江总书记为…亲笔题字 (a leader of the past, by surname): 总书记 is a title like 书记, so 江 (which also begins 江河)
# is a person with the title right after it.
_TITLES = (
    "总书记|书记|副书记|省长|市长|县长|区长|镇长|乡长|局长|处长|科长|主任|校长|行长|院长|部长|厅长|主席|秘书长|"
    "总经理|董事长|所长|站长|队长|组长|委员|"
    "园长|馆长|厂长|经理|会长|社长|台长|"  # 葛园长代表幼儿园…, 王厂长 (leak50)
    "主委(?!员)"  # 许主委、隋主委: a democratic party's committee chair, by surname (not 村民主委员会)
)
# 王书记 / 张世华校长 / 李局长: a surname, up to two more characters, a title.
# 市长热线, 书记信箱, 校长职级: what follows an office that is no person's.
_NOT_AFTER_TITLE = r"(?!们|会|处|办|室|团|职|级|助理|期|效|远|足|久|热线|信箱|接待|专线|公开电话|奖)"
_SURNAME_TITLE = re.compile(rf"(?<![副正常感])[{_SURNAMES}][\u4e00-\u9fff]{{0,2}}?副?(?:{_TITLES}){_NOT_AFTER_TITLE}")
# 林市长、于书记, 感谢高副县长: surnames that also begin everyday words (森林, 对于, 高校, 金融) are a person
# only with the title right after them and a word break before them (not 园林局长, 由于书记, 高校长期).
_WIDE_SURNAMES = (
    "林高程傅贾阎余钟田姜方石金白康江史万段易乔赖樊兰施洪颜倪牛温季俞章葛申尤毕聂焦柳邢岳齐梅庄辛管祝左涂"
    "谷祁舒耿牟卜苗凌费靳童欧甄项曲阳裴席卫屈鲍霍翁隋景宁闵柴华冉房边饶刁瞿戚米池滕晋苑邬臧宫苟褚娄符奚"
    "穆燕郎邸冀谈姬屠郜晏郁蒙喻揭窦迟敖鄢冷卓艾蓝巩仲虞卞封冼佟栗匡宗巫鞠桑荆谌岑胥蔺关"
    "路廖骆"  # 协调给路区长: 路 also ends 公路/铁路, so it needs the word break too
)
# Every surname character either list knows (for names found by other means, such as a self-introduction).
SURNAME_CHARS = _SURNAMES + _WIDE_SURNAMES
_AFTER_BREAK = r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[和与及同跟请让给陪谢向由经了照按听据是在对实彻达习示报告以])|(?<=感谢|刚才)|(?<=尊敬的))"  # 尊敬的饶书记、各位领导：a salutation names the guest
# 教体局于局长, 公安局高局长: right after the name of an organ, too.
_WIDE_SURNAME_TITLE = re.compile(
    rf"(?:{_AFTER_BREAK}|(?<=[局委办院校厅]))(?:[{_WIDE_SURNAMES}]|(?<![\u4e00-\u9fff])于|(?<=[和与及同局委办院校])于)副?(?:{_TITLES}){_NOT_AFTER_TITLE}(?![大治])"  # 在林区长大
)
# 我和查区长, 与单书记: a rarer surname (one that also begins words: 查处, 单位) right before the title,
# after 和/与/及/同 or a comma, is a person too.
_RARE_SURNAME_TITLE = re.compile(
    r"(?:(?<=[和与及同、，])|(?<=尊敬的))[查单盛石洪游詹甘纪温傅柏解仇](?:书记|[省市县区镇乡局校行院]长|主任)(?![们会处办室团职级])"
    # 刚才，全副县长作了报告: 全 begins 全县, 全副武装, but 全副 right before an office is a deputy named 全
    r"|全副(?:书记|[省市县区镇乡局校行院]长|主任)(?![们会处办室团职级])"
)
_NOT_PERSON_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:委|党|政府|人大|政协|直)|[局厅院所站部办区县市省]|[业利]$")
# 二中, 第一中学, 实验小学: an institution of the speaker's own place.
_INSTITUTION = re.compile(
    r"第[一二三四五六七八九十]+(?:中学|小学|初级中学|高级中学|职业中学|人民医院|医院)"
    r"|(?<![其之第初高年月集统唯万届\d])[一二三四五六七八九十](?:中|小)(?=[的，。、；！和与更要在等]|全体|师生|教师|学生|学子|校区|校园|精神|必胜|加油|\n|$)"
    # 二中学子就是要…, 口号：二中必胜！, 口号一样：二中 (the page ends there): a school calling itself by its short name
    # 北票七中三年的学习, 县一中高考: an ordinal 中 after a place's name, whatever follows (not 四中全会, 集中, 一中心)
    r"|(?<=[\u4e00-\u9fff])(?<![其之第初高年月集统唯万届同单每任专进])[一二三四五六七八九十]中"
    r"(?![全心央国华间旬型等学午层队断标游部期西外共文医药级班专职秋])"
    # 师大附中, 北大附小: a school attached to a university, by its short name
    r"|[\u4e00-\u9fff]{2}附[中小](?![央组件表录页])"
)
# 龙华镇工业基地, 景州镇新上项目: a town or 街道 named in passing.
_TOWN = re.compile(
    r"([\u4e00-\u9fff]{2})(镇|街道)(?=[工党政的，、。在和与新村人])"
    r"|([\u4e00-\u9fff]{2})(乡)(?=党委|政府|人民政府|人大|党政|机关|纪委)"  # 我代表王场乡党委和政府
)
_NOT_TOWNSHIP = set("家故返回下同他异本外水梦城老乡")  # 为家乡政府, 下乡机关: words, not a 乡's name
_NOT_TOWN = set("全我本各该城乡村集重市小县区省这那其所每此新老大")
# 提三点希望。一是，希望乡的党政班子…: a word before 乡/镇, not a town's name.
_TOWN_WORDS = frozenset((
    "希望", "要求", "号召", "感谢", "祝贺", "欢迎", "代表", "作为", "我们", "他们", "全体", "关于", "对于", "召开", "举行",
    "深入", "推进", "所有", "全部", "结合", "围绕", "服务", "联系", "指导", "走进", "来到", "回到", "按照", "根据", "经过",
    # 刚才镇党委书记的讲话… / 三是镇政府与各村签订责任书: a chair's words before 镇, not a town's name
    "刚才", "方才", "刚刚", "首先", "其次", "然后", "最后", "下面", "现在", "同时", "以及",
    # 实行镇干部包村、村干部包组 / 抽调镇干部组成工作组: a verb before 镇干部, not a town's name
    "实行", "实施", "推行", "组织", "安排", "动员", "抽调", "选派", "带领", "发动", "落实", "建立", "明确",
    *(f"{n}是" for n in "一二三四五六七八九十"),
))  # fmt: skip
# 我谨代表中共海门市委: the speaker's own committee named with its place; 我谨代表清浦区委、区人大、区政府、区政协:
# the bodies the speaker speaks for, named with their place (the gazetteer may not hold it: 清浦区 merged in 2016).
_OWN_COMMITTEE = re.compile(
    r"中共([\u4e00-\u9fff]{2,4}?)(?:[省市县区旗州]委|\{\{)"
    r"|代表(?!中共)([^\W\d_a-zA-Z和与及的了团大会各全本我该]{2,4}?)(?:[省市县区旗州]委|\{\{ ?party ?\}\})[、和及]"
    r"[^。，；]{0,12}?(?:人大|政府|\{\{ ?government ?\}\})"
)
# 尧山中学, 城关小学: a school by its name (not 全县中学, 农村小学, 初级中学).
# (东江高级中学, 城南初级中学: the name before the school's grade, which is no name itself)
_NAMED_SCHOOL = re.compile(r"([\u4e00-\u9fff]{2})(?:高级中学|初级中学|职业中学|中学|小学|中心校|实验学校)")
# 红星幼儿园, 附属和平医院: a kindergarten or hospital by its name (not 公办幼儿园, 人民医院).
_NAMED_CARE = re.compile(r"(?:(?<=[省市县区镇乡村州旗])|(?<=\}\})|(?<=附属))([\u4e00-\u9fff]{2})(?:幼儿园|医院)")
# 九三中心医院, 如东人民医院 after a stop, 西医附院 / 湘雅附二院: a hospital by its own name or its short name
_NAMED_HOSPITAL = re.compile(
    r"(?:(?<=^)|(?<=[，,。、；;：:！？\s“]))([\u4e00-\u9fff]{2})(?:中心医院|人民医院|中医院)|([\u4e00-\u9fff]{2})附[一二三]?院"
)
# …为新区医院的发展… / 对园区医院明年的工作，…: a hospital by a two-character name after a clause's start or the word that
# points at it (对/为/向/给/同/在), the name itself a place's part (新区, 园区, 矿区 — which _NAMED_CARE's place before it misses;
# batch 53)
_POINTED_HOSPITAL = re.compile(
    r"(?:(?<=^)|(?<=[，,。；;！？\s“对为向给同在]))([\u4e00-\u9fff]{2})医院"
)
_NOT_POINTED_HOSPITAL = frozenset(
    ("辖区", "城区", "社区", "景区", "片区", "院区", "分区", "学区", "病区", "地区", "小区")
)
# 瑞丰纺织有限公司, 恒达集团: a company of the place by its name (not 国有企业集团, 组建教育集团).
_COMPANY = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:股份有限公司|有限责任公司|有限公司)"
    # (感谢东海集团对家乡教育的支持: a firm by its name after thanks or support — leak49)
    r"|(?:(?<=[省市县区镇乡州旗、])|(?<=\}\})|(?<=^)|(?<=感谢|欢迎|依托|引进|支持))([\u4e00-\u9fff]{2})集团(?![化军])"
)
_NOT_COMPANY = frozenset((
    "企业", "产业", "龙头", "骨干", "大型", "国有", "民营", "上市", "投资", "城投", "交投", "文旅", "建设", "发展", "控股",
    "实业", "医疗", "教育", "办学", "出版", "传媒", "金融", "能源", "交通", "农业", "旅游", "物流", "建工", "水务", "供销",
    "商贸", "粮食", "跨国", "行业", "优势", "我们", "这些", "一批", "一些", "多家", "几家", "大中", "组建", "成立", "组成",
    "利益", "犯罪", "黑恶", "诈骗", "传销", "团伙", "小集", "医共", "医联", "平台", "市属", "县属", "区属", "省属", "央企",
))  # fmt: skip
# Generic kinds of school or hospital (公办幼儿园, 人民医院, 中医医院): not a name.
_NOT_SCHOOL_KIND = frozenset((
    "公办", "民办", "普惠", "中心", "机关", "小区", "配套", "企业", "部门", "社区", "人民", "公立", "民营", "私立", "县级",
    "市级", "省级", "二级", "三级", "定点", "综合", "专科", "中医", "妇幼", "儿童", "精神", "传染", "肿瘤", "口腔", "眼科",
    "骨科", "康复", "护理", "医疗", "各类", "大型", "本院", "这家", "一家", "每家", "附属", "医科", "中西", "区域", "县域",
    "地方", "部队", "军队", "职工", "三甲", "二甲", "非公", "社会", "医学", "结合", "牵头", "龙头", "各级", "乡村", "村级",
    "卫生", "分级", "基层", "城市", "省市", "市县", "县乡", "乡镇", "重点", "托育", "学前", "家门", "身边", "数字", "互联",
    "平安", "无证", "学校", "智慧", "方舱", "发热", "流动", "对口", "帮扶", "共建", "联合", "托管", "集团", "联盟", "合作", "紧密", "网络", "线上",
))  # fmt: skip
_NOT_SCHOOL_NAME = frozenset((
    "全县", "全市", "全区", "全省", "全镇", "全乡", "各个", "城区", "农村", "乡镇", "普通", "重点", "高级", "初级", "完全",
    "民办", "公办", "示范", "寄宿", "所有", "广大", "城乡", "中等", "职业", "一所", "这所", "那所", "我们", "本地", "县城",
    "市区", "当地", "其他", "附近", "周边", "边远", "偏远", "薄弱", "城镇", "山区", "村级", "各类", "大中", "中小", "义务",
    "实验", "每所", "多所", "新建", "改扩", "优质", "特色", "现代", "一流", "我县", "我市", "我区", "我镇", "全国", "著名",
))  # fmt: skip
# x县, XX同志, ××局: a placeholder a web template left for a name.
# ○○同志, □□局长, 某局长, 张某: a name left blank or hidden (not 某些, 某种, 某一方面).
_PLACEHOLDER = re.compile(
    # X{{ party }}书记 (X县委书记 once its level word is a variable), X领导, 尊敬的x、x: one letter for a name
    r"(?<![A-Za-z])[xX×](?=[县市区镇乡省中街同书专局部主校院处科]|\{\{|领导|、[xX×](?![A-Za-z]))|[xX×]{2,}|[*＊]{2,}|[○〇□△◯■●▲☆★]{2,}"
    # 全面从严治_的重大举措 / 一些单位_领导弱化: a word a site masked with an underscore (党, 十八大 …)
    r"|(?<=[\u4e00-\u9fff])_+(?=[\u4e00-\u9fff])"
    # 推动×高质量发展 / 对☆县充满深情 / 为实现....经济社会全面振兴: one mark, or a run of dots, in a name's place
    r"|(?<=[\u4e00-\u9fff])×(?=[\u4e00-\u9fff])|[☆★□](?=[\u4e00-\u9fff、])|(?<=[\u4e00-\u9fff])[.。]{3,}(?=[\u4e00-\u9fff])"
    r"|(?<!某)某(?=\{\{)"  # 某{{ party }}书记 (某县委书记 once its level word is a variable)
    rf"|(?<!某)某(?=[省市县区镇乡]?(?:书记|[省市县区镇乡局处科校院行部厅]长|主任|同志|主席|部长))|(?<=[{_SURNAMES}])某(?![某些种一个项地位方时处件类部天年样])"
)
# 市"两会", 县“两会”: the local sessions of a given year.
_SESSIONS = re.compile(r"[省市县区][\"“]?两会[\"”]?")


_ANY_TITLE = re.compile(_TITLES)
# 海燕市长, 战书书记, 长顺书记: a leader called by the given name (never 县委书记, 副县长, 代市长, 各乡镇长).
# (志远总理: a state leader so called in an older speech, its day's event told with it — batch 64)
_GIVEN_TITLE = re.compile(r"([\u4e00-\u9fff]{2})(?=(?:书记|[省市县区镇乡]长|总理)(?!热线|信箱|接待|专线|公开电话|奖))")
_NOT_GIVEN = set("委副代总记务管任职级一部支组位名好的个是为当做和与及乡镇县市区省村州旗盟老新原前现查对由在照按据向把被给让将从经于")
_NOT_GIVEN_WORD = {"第一", "分管", "常务", "专职", "兼任", "担任", "新任", "现任", "前任", "原任", "临时", "各位", "诸位"}
# 均农副县长, 志强局长, 桂平行长, 林建华副市长: a given or full name before an office, after a word break (not 分管副县长,
# 公安局长, 办公室主任: the offices' own words are listed).
_GIVEN_OFFICE = re.compile(
    rf"{_AFTER_BREAK}([\u4e00-\u9fff]{{2,3}}?)(副)?(书记|[省市县区镇乡]长|局长|主任|部长|校长|院长|主席|行长)(?![们会处办室团职级期效远足久大])"
)
# every start, not only the first a match may take (请德宝局长: not 请德宝, but 德宝 after 请), and after the words that
# turn to a colleague (同意德宝局长的意见, 在座的东生主任; leak50)
_GIVEN_OFFICE_AT = re.compile(
    rf"(?=((?:{_AFTER_BREAK}|(?<=同意|欢迎|祝贺)|(?<=在座的))([\u4e00-\u9fff]{{2,3}}?)(副)?"
    r"(书记|[省市县区镇乡]长|局长|主任|部长|校长|院长|主席|行长)(?![们会处办室团职级期效远足久大])))"
)
# 请德宝局长讲话, 由德宝局长主持: the chair's words before a colleague by name; 感谢德宝局长的大力支持, 在东生主任的带领下:
# what a colleague did or does, after him
_TURNS_TO = re.compile(r"(?:请|由)$")
_SPEAKS_OF = re.compile(
    r"的(?:大力|亲切|精心|悉心|重要|热情)?(?:讲话|报告|意见|要求|部署|安排|带领|领导|支持|关心|指导|帮助|发言)"
    r"|带领|主持|一起|表示|介绍|都很|亲自|莅临|光临|出席|参加|来到|对我们|对我|对大家|对全"
)
_OFFICE_STEMS = frozenset((
    "公安", "财政", "教育", "民政", "司法", "商务", "水利", "水务", "交通", "卫生", "卫健", "审计", "统计", "林业", "农业",
    "农村", "文化", "文旅", "体育", "旅游", "环保", "生态", "人社", "住建", "城建", "规划", "国土", "自然", "应急", "市场",
    "税务", "气象", "地震", "粮食", "物价", "档案", "宣传", "组织", "统战", "武装", "人武", "政法", "科技", "工信", "经信",
    "发改", "信访", "城管", "执法", "医保", "退役", "人防", "供销", "工商", "质监", "药监", "安监", "编办", "外事", "侨务",
    "民宗", "宗教", "扶贫", "移民", "畜牧", "水产", "渔业", "海洋", "港口", "金融", "国资", "投资", "招商", "行政", "政务",
    "数据", "机关", "事务", "老干", "残联", "妇联", "团委", "工会", "科协", "文联", "社科", "党校", "交警", "消防", "公路",
    "铁路", "邮政", "电力", "烟草", "海关", "广电", "新闻", "出版", "法院", "检察", "监察", "办公", "党建", "学校", "中学",
    "小学", "高中", "初中", "医院", "学院", "中心", "政协", "人大", "常委", "班子", "主要", "分管", "副职", "正职", "兼职",
    "挂职", "主管", "协管", "专职", "常务", "第一", "各位", "诸位", "两位", "几位", "新任", "现任", "前任", "原任", "担任",
    "兼任", "出任", "作为", "身为", "当好", "其他", "我们", "他们", "配备", "设立", "村里", "镇里", "县里", "市里", "区里",
    "园林", "城乡", "建设", "住房", "环境", "卫计", "计生", "人口", "劳动", "人事", "保障", "财税", "国税", "地税", "农机",
    "农牧", "林草", "草原", "能源", "煤炭", "安全", "经济", "贸易", "外贸", "商贸", "文广", "文体", "广播", "电视", "保密",
    "机要", "信息", "网信", "商业", "物资", "电信", "移动", "联通", "航运", "海事", "港务", "民航", "水文", "测绘", "地质",
    "矿产", "检验", "标准", "计量", "民族", "老龄", "妇儿", "土地", "房管", "房产", "公积", "残疾", "体卫", "教体", "科学",
    "党外", "法治", "法制", "儿童", "妇女", "网格", "楼栋", "村级", "社区", "居委", "村委", "家委", "年级", "教研", "教务", "政教", "德育", "后勤",
    "有关", "相关", "大学", "全体", "各个", "广大", "优秀", "每位", "每个", "这位", "那位", "一位", "历任", "首任", "继任",
    "感谢", "谢谢", "欢迎", "祝贺", "希望", "要求", "请求", "报告", "汇报", "协助", "配合", "支持", "陪同", "邀请", "请示",
))  # fmt: skip
# What a named colleague does in a speech: 志强局长作了部署 / 通报了 / 的讲话.
_SPEAKS = re.compile(r"作|讲|在会|在[^，。；]{0,4}?(?:讲话|报告|发言)|就|代表|主持|通报|介绍|传达|宣读|指出|强调|同志|的(?:重要)?讲话|的报告|的发言|分别|、[\u4e00-\u9fff]{2}副?(?:局长|主任|部长|校长|院长)")
_NOT_GIVEN_END = set("局办处科室院所站会委校部厅队司署协联团府们他她各每该本全其两几")


def given_names_before_office(text: str) -> list[str]:
    """Colleagues called by the given (or full) name before a deputy's office (均农副县长, 林建华副市长) or before
    局长/主任/部长/校长/院长 (志强局长); a given name before 书记/县长 alone is `_GIVEN_TITLE`'s."""
    found = []
    for at in _GIVEN_OFFICE_AT.finditer(text):
        whole, name, deputy, office = at.groups()
        start, end = at.start(), at.start() + len(whole)
        if not deputy and (office == "书记" or office[-1] == "长" and office[0] in "省市县区镇乡"):
            continue
        spoken = _SPEAKS.match(text, end) or (
            (_SPEAKS_OF.match(text, end) or _TURNS_TO.search(text[:start])) and not verb_or_modifier(name[:2])
        )  # (同意校长的意见, 强化校长的带领作用: a verb before an office, no name)
        if not deputy and not spoken:
            continue  # 推进校长教师交流, 既看校长和老师: an office in general, not a colleague
        if office == "行长" and name[-1] in "行银":
            continue  # 支行行长, 分行行长: the bank's own office, no name
        if len(name) == 3 and (name[0] not in _SURNAMES + _WIDE_SURNAMES or name[1:] in _OFFICE_STEMS):
            continue  # 林建华副市长: a full name opens with a surname
        if name in _OFFICE_STEMS or name in _NOT_GIVEN_WORD or name[0] in _NOT_GIVEN or name[-1] in _NOT_GIVEN | _NOT_GIVEN_END:
            continue
        if whole not in found:
            found.append(whole)
    return found


# 梁某某在全省教育工作会议上的讲话: the speaker named at the head of a title.
_SPEAKER_AT_HEAD = re.compile(
    rf"^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:同志)?(?=在(?:[^。！？]{{2,50}}(?:会|会议|大会|典礼|仪式)|\{{\{{ meeting \}}\}})上)"
)


_MORE_SURNAMES = "付任向于尚金白石万宁文常温康庄左易柴车洪祁伏安强杭廉"
# 王建国在全县项目建设现场观摩时的讲话 / 石文清在纪念…论坛上的致辞: a speaker named at the head of a title that ends in
# what was said, wherever it was said (at a forum, during an inspection, 之际) and whichever list the surname is in (leak49)
_SPEAKER_HEADING = re.compile(
    rf"^(?P<name>[{_SURNAMES}{_WIDE_SURNAMES}{_MORE_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:同志)?"
    r"(?:副?(?:书记|省长|市长|县长|区长|镇长|乡长|局长|主任|部长|校长|院长|主席|厅长|行长|秘书长|总经理|董事长)(?:同志)?)?"
    r"(?=在[^。！？]{2,60}?(?:上|时|中|期间|之际|前|后)"
    r"的?(?:重要)?(?:讲话|发言|致辞|报告|贺词|主持词|总结讲话|动员讲话|辅导报告|演讲|答谢词|表态发言|党课|讲稿)"
    r"(?:[（(].{0,20}[）)])?$)"
)
_NOT_HEAD_NAMES = frozenset(("高校", "石油", "方面", "金秋", "林区", "江河", "高峰", "华夏", "万众", "万家", "龙头", "黄金"))
# (_MORE_SURNAMES: 付建华, 任志刚, 向东海 — surnames of neither list, as they begin everyday words too: 付出, 任务, 向前;
# taken only at the head of a title before 在…上的讲话, where a word of that kind does not stand)


# 王建国同志个人述职报告 / 王建国2025年度述职述廉报告 / 王建国书记讲话全文 / 王建国致辞: a person's own account or words
# under a title that opens with the name (leak49)
_NAMED_ACCOUNT = re.compile(
    rf"^(?P<name>[{_SURNAMES}{_WIDE_SURNAMES}{_MORE_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:同志)?"
    r"(?:副?(?:书记|省长|市长|县长|区长|镇长|乡长|局长|主任|部长|校长|院长|主席|厅长|行长|秘书长|总经理|董事长)(?:同志)?)?"
    r"(?=(?:个人|本人)?(?:\d{4}\s*年度?)?(?:的)?(?:述职|述廉|述责|述学|讲话|致辞|发言|贺词|答谢词|就职演说|表态发言)"
    r"[^。！？]{0,12}$)"
)


def _speaker_heading_title(text: str) -> list[str]:
    """The speaker's name at the head of a title (see _SPEAKER_HEADING); none for a body or a word (林业在…)."""
    m = _SPEAKER_HEADING.match(text.strip()) or _NAMED_ACCOUNT.match(text.strip())
    if not m:
        return []
    name = m.group("name")
    if name in _OFFICE_STEMS or name in _NOT_HEAD_NAMES or name[:2] in _NOT_NAME_WORDS or set(name[1:]) & _NOT_NAME_CHAR:
        return []
    if _common_word(name[:2]):
        return []  # 任务在…中的作用, 常态化述职评议: an everyday word at the head, not a name
    return [name]


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    from drafter.gazetteer import _jieba_words

    return frozenset(w for w, n in _jieba_words().items() if n > 30)


def _common_word(word: str) -> bool:
    """Whether a two-character word is an everyday word (jieba's dictionary holds it often used)."""
    return word in _everyday_words()


# 伏秀霞副主任在县乡两级人大换届选举工作会议上的讲话: a speaker named with the office at the head of a title, whatever
# the surname (伏 is in neither list: the office and 在…会议上 say it is a person).
_OFFICER_AT_HEAD = re.compile(
    r"^([\u4e00-\u9fff]{2,3}?)(副)?(书记|[省市县区镇乡]长|局长|主任|部长|校长|院长|主席|厅长|行长)(?:同志)?"
    r"(?=在[^。！？]{2,50}?(?:会|会议|大会|典礼|仪式)上)"
)


def _officer_at_head(text: str) -> list[str]:
    m = _OFFICER_AT_HEAD.match(text)
    if not m:
        return []
    name = m.group(1)
    if name in ("街道", "园区", "片区") or name in _OFFICE_STEMS or name in _NOT_GIVEN_WORD or name[0] in _NOT_GIVEN or name[-1] in _NOT_GIVEN | _NOT_GIVEN_END:
        return []
    if len(name) == 3 and name[1:] in _OFFICE_STEMS:
        return []  # 县财政局长: an office, no name
    return [m.group(0)]


# 刚才，秋实同志宣读了… / 上午，春林、立新同志代表县委… / 刚才，海燕、志刚和春林三位同志作了发言 / 秋实等同志:
# people called by name and 同志 in an acknowledgement.
_NAMED_COMRADE = re.compile(
    r"(?:(?<=^)|(?<=[，、。；：,:])|(?<=刚才)|(?<=随后)|(?<=会上)|(?<=上午)|(?<=下午))"
    r"(?P<names>(?:[\u4e00-\u9fff]{2,3}[、和]){0,4}[\u4e00-\u9fff]{2,3})(?:等?[两二三四五六七八九十]位|等)?同志"
    r"(?=[、和与]|代表|宣读|作了|传达|通报|总结|对|就|主持|介绍|安排|部署|下发|讲|分别|还将|将)"
)
_NOT_NAME_START = set("全在各与广老青女男党领有这那参基一两三四五六七八九十负其主分发好此该本每诸多几所我你他她们大小新原前现市县区镇乡省村")
_NOT_NAME = {"同志", "干部", "代表", "职工", "群众", "委员", "书记", "部长", "局长", "县长", "市长", "镇长", "主任", "组长", "部分"}


# 刚才，张同志对下一阶段的工作作了部署 / 请李同志介绍: a colleague called by surname and 同志 (not 任何同志, 老同志).
_SURNAME_COMRADE = re.compile(
    rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=刚才|感谢|随后|会上)|(?<=[和与及请由让给向]))[{_SURNAMES}]同志(?![们])"
)


def _named_comrades(text: str) -> list[str]:
    found = _SURNAME_COMRADE.findall(text)
    for m in _NAMED_COMRADE.finditer(text):
        names = re.split("[、和]", m.group("names").removesuffix("等"))
        if all(n[0] not in _NOT_NAME_START and "的" not in n and n not in _NOT_NAME and n[-2:] not in _NOT_NAME for n in names):
            found += [f"{n}同志" for n in names]
    return found


# A speaker's byline left on a line of its own in the opening (陈至立 / 王 建 国 above the date line).
_NAME_LINE = re.compile(rf"^[{_SURNAMES}](?:[ \u3000]?[\u4e00-\u9fff]){{1,2}}$", re.MULTILINE)


# 天才少女全红婵, 新晋小生张哲瀚, 顶流吴亦凡: a public figure named after what he is known as, the name
# ending its clause (运动员们, 选手王者风范 are words)
_DESCRIBED_PERSON = re.compile(
    rf"(?:小生|顶流|明星|艺人|演员|歌手|运动员|选手|少女|健儿|网红|主播|冠军)([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=[，,。！？、；]|$)"
)


# **孙希朗**： 刚才…: a transcript's speaker label (bold in Markdown), a full name before a colon at a line's start.
_SPEAKER_LABEL = re.compile(rf"^(?:\*\*)?([{_SURNAMES}][\u4e00-\u9fff]{{2}})(?:\*\*)?\s*[：:]", re.MULTILINE)


# 热烈祝贺王某某再次当选…书记 / ，李某某当选: a person by full name, elected (a surname and one or two characters
# right before 当选, after a word break or 祝贺; not 全票当选, 新当选).
_ELECTED = re.compile(
    rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=祝贺|恭喜))([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:同志)?(?=(?:再次|连续|高票|全票)?当选)"
)


# 公司董事长吴天亮及高管团队出席 / 由董事长吴天亮亲自讲授 / 常务副院长陈万平在主持词中说: a full name right after the
# office it holds (a news item's way; a speech says 王书记 or 天亮董事长). Not 局长曾经在…, 校长陈述了: the name's other
# characters are no function word, and what follows it is a break or what the person does.
_OFFICE_THEN_NAME = re.compile(
    rf"(?:董事长|总经理|总裁|理事长|会长|书记|[省市县区镇乡局校院处科厅部行]长|主任|主席|秘书长|调研员|巡视员)([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
    # (县扶贫办主任马俊峰通报了…: what the officer did in the meeting, after the name — batch 55)
    r"(?=亲自|及|和|等|出席|在|为|作|讲|致|主持|带领|率|宣读|代表|通报|汇报|传达|介绍|部署|总结|点评|发言|宣布|[，,。、；;！（(]|$"
    # 校长李晓然发表新学年致辞 / 副主席陈恩平参加了活动 / 区长王强带队调研 (leak49)
    r"|发表|参加|陪同|带队|看望|调研|视察|检查|慰问|走访|一行|先后|分别|指出|强调|要求|表示|希望|提出)"
)
_NOT_NAME_CHAR = set("经是在要也都就和与及的了为将把被对从向曾已还又再才等说讲作")
# 学生代表金子程发言 / 新教师代表刘越和老教师代表朱书丹先后发言: a name right after the group it speaks for (leak49)
_DELEGATE_NAME = re.compile(
    rf"(?:学生|教师|学员|家长|职工|员工|群众|农民|企业|企业家|党员|村民|新生|老生|毕业生|获奖者|劳模|青年|妇女|志愿者|医护|干部)代表"
    rf"([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?=[，,、。；和及等作发先分在上表代宣致讲]|$)"
)
# 我和老马商量过, 小李同志: a colleague by 老/小 and the surname (not 老马识途, 小王子)
_FAMILIAR = re.compile(
    rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[和与跟同找请让给向对是]))[老小][{_SURNAMES}](?=同志|说|讲|商量|表示|介绍|提出|反映|汇报|[，,、。和])"
)
# 尊敬的陈老、各位老同志 / 尊敬的吴总、各位企业家: an elder or a firm's head by surname, greeted or thanked
_ELDER_OR_BOSS = re.compile(
    rf"(?:(?<=尊敬的)|(?<=感谢|欢迎)|(?<=[、和]))[{_SURNAMES}{_WIDE_SURNAMES}][老总](?=[、，,：:和与及]|$)"
)
# 欧阳明远副县长, 诸葛亮同志: a compound surname before the office
_COMPOUND_SURNAME_TITLE = re.compile(
    rf"(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|司徒|夏侯|尉迟|长孙|宇文|公孙|端木|南宫)[\u4e00-\u9fff]{{0,2}}?副?(?:{_TITLES}){_NOT_AFTER_TITLE}"
)
# 省教育厅的石文清处长: a full name after 的 whose surname also begins words (石, 金, 高), before its office
_AFTER_DE_TITLE = re.compile(
    rf"(?<=的)[{_WIDE_SURNAMES}](?P<mid>[\u4e00-\u9fff]{{1,2}}?)副?(?:{_TITLES}){_NOT_AFTER_TITLE}"
)


def persons(text: str) -> list[str]:
    """People named by surname and title (王书记, 张世华校长), by given name and title (海燕市长),
    at the head of a title (梁某某在……会议上的讲话), or on a byline of their own."""
    head = _SPEAKER_AT_HEAD.match(text)
    found = [head.group(0)] if head and head.group(0)[-1] not in "长记任席" else []
    if not found and len(text) < 80 and "\n" not in text.strip():
        found += _speaker_heading_title(text)
    found += _officer_at_head(text)
    if "\n" in text:
        found += _NAME_LINE.findall(text)
    if "：" in text or ":" in text:
        found += [name for name in _SPEAKER_LABEL.findall(text) if name[:2] not in _NOT_NAME_WORDS]
    if any(w in text for w in ("同学", "老师", "先生", "女士", "教授", "院士", "博士")):
        found += named_people(text)
    if "同志" in text:
        found += _named_comrades(text)
    if "我是" in text:
        found += _SELF_INTRO.findall(text)
    found += [m.group(1) for m in _DESCRIBED_PERSON.finditer(text)]
    found += [m.group(1) for m in _OFFICE_THEN_NAME.finditer(text) if not set(m.group(1)[1:]) & _NOT_NAME_CHAR]
    if "当选" in text:
        found += [m.group(1) for m in _ELECTED.finditer(text)]
    if "代表" in text:
        found += [m.group(1) for m in _DELEGATE_NAME.finditer(text) if not set(m.group(1)[1:]) & _NOT_NAME_CHAR]
    if "老" in text or "小" in text:
        found += _FAMILIAR.findall(text)
    if "老" in text or "总" in text:
        found += _ELDER_OR_BOSS.findall(text)
    if not _ANY_TITLE.search(text) and "总理" not in text:
        return found  # most sentences name no office: skip the slower scan
    for m in _SURNAME_TITLE.finditer(text):
        if not _NOT_PERSON_AFTER.search(_middle(m.group(0))):
            found.append(m.group(0))
    found += _RARE_SURNAME_TITLE.findall(text)
    found += _COMPOUND_SURNAME_TITLE.findall(text)
    found += [
        m.group(0) for m in _AFTER_DE_TITLE.finditer(text)
        if m.group("mid") not in _OFFICE_STEMS and m.group(0)[:2] not in _OFFICE_STEMS and not set(m.group("mid")) & _NOT_NAME_CHAR
    ]  # fmt: skip
    found += _WIDE_SURNAME_TITLE.findall(text)
    found += given_names_before_office(text)
    for m in _GIVEN_TITLE.finditer(text):
        name = m.group(1)
        if name[-1] not in _NOT_GIVEN and name[0] not in _NOT_GIVEN and name not in _NOT_GIVEN_WORD:
            found.append(text[m.start() : m.end() + 2])
    return found


# 田可涵同学, 王老师, 李明教授: a pupil, a teacher or a guest by name (not 各位老师, 全体同学, 任何同学, 杜绝老师体罚).
_NAMED_PERSON = re.compile(
    rf"(?<![任如几每各其这那全广诸两多众少好新老小大男女学本该感])[{_SURNAMES}]"
    r"[\u4e00-\u9fff]{0,2}?(?:同学|老师|先生|女士|教授|院士|博士)(?![们会生])"
)
_NOT_GIVEN_CHAR = set("绝对于在和与及的了是为把被将让给向从用以等们位名个班级校园全体广大")


def named_people(text: str) -> list[str]:
    """Pupils, teachers and guests called by name with 同学/老师/先生/女士/教授 (田可涵同学, 王老师)."""
    return [
        m.group(0) for m in _NAMED_PERSON.finditer(text)
        if not set(m.group(0)[1:-2]) & _NOT_GIVEN_CHAR and m.group(0)[:2] not in _NOT_NAME_WORDS
    ]  # fmt: skip


# 我是来自初一三班的某某。 / 我是高二（5）班的某某， — a pupil introducing himself before his speech.
_SELF_INTRO = re.compile(
    rf"我是(?:来自)?[^，。！？]{{1,14}}?(?:班|年级|中队|小队|系|专业)的([{_SURNAMES}{_WIDE_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?<![生长任员子])(?=[。，！,!；;]|$)"
)


# 向周围同学学习 / 向许多老师请教: everyday words that begin with a surname's character.
_NOT_NAME_WORDS = frozenset(("周围", "周边", "许多", "陈列", "黄金", "马上", "张贴", "严格", "龙头", "孔子", "雷锋"))


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


# 东风村、红星村、向阳社区: villages or communities named in a list (each a name, whatever it ends in).
_UNIT_LIST = re.compile(r"[\u4e00-\u9fff]{2}(?:村|社区)(?:[、][\u4e00-\u9fff]{2}(?:村|社区)){1,9}")
_UNIT_ITEM = re.compile(r"([\u4e00-\u9fff]{2})(村|社区)")
_NOT_UNIT_NAME = frozenset((
    "农村", "乡村", "行政", "自然", "贫困", "示范", "重点", "城中", "空心", "文明", "和谐", "平安", "智慧", "绿色", "美丽",
    "城市", "老旧", "新型", "各类", "所有", "每个", "各个", "城镇", "城乡", "社区", "小区", "街道", "乡镇", "薄弱", "后进",
    "先进", "软弱", "涣散", "集体", "经济", "合并", "撤并", "搬迁", "移民", "边远", "偏远", "山区", "库区", "少数", "民族",
    "传统", "历史", "特色", "旅游", "专业", "产业", "脱贫", "相对", "一般", "困难", "重点", "整治", "试点", "达标", "样板",
    "宜居", "生态", "卫生", "无毒", "安全", "法治", "民主", "绿化", "森林", "美丽", "幸福", "红色", "数字", "未来", "星级",
))  # fmt: skip
# ，金城社区作为刚刚改造完成的老新村: a community by its own name, opening a clause and then said to be or act
_NAMED_COMMUNITY = re.compile(
    r"(?:^|(?<=[，。；：！？、\s]))(?![城农基和示智绿老新文试每各这该本我全所])([\u4e00-\u9fff]{2}社区)(?=作为|是[^否]|居委会|党委|党总支|党支部)"
)


# 枫叶惠仁社区全体居民朋友们：: the 称谓 names the community its residents live in — the speaker's own unit
_SALUTED_COMMUNITY = re.compile(
    r"^(?![城农基和示智绿老新文试每各这该本我全所广])([\u4e00-\u9fff]{2,6}社区)(?=(?:全体|广大|各位|的)[^。！？：:\n]{0,10}们[：:])",
    re.MULTILINE,
)


def local_units(text: str) -> list[str]:
    found = [m.group(0) for m in _LOCAL_UNIT.finditer(text)]
    for listed in _UNIT_LIST.finditer(text):
        items = [m.group(0) for m in _UNIT_ITEM.finditer(listed.group(0))]
        if not any(i[:2] in _NOT_UNIT_NAME or i[0] in _NOT_TOWN or set(i[:2]) & set("进入到走在深传送下农乡山渔") for i in items):
            found += items
    return found + _NAMED_COMMUNITY.findall(text) + _SALUTED_COMMUNITY.findall(text) if "社区" in text else found


def towns(text: str) -> list[str]:
    found = [
        m.group(0) for m in _TOWN.finditer(text)
        if not set(name := m.group(1) or m.group(3)) & _NOT_TOWN and name not in _TOWN_WORDS
        and not (m.group(4) and (name[-1] in _NOT_TOWNSHIP or set(name) & set("的了在是和与对向为代表")))
    ]  # fmt: skip
    if "村" in text or "乡" in text or "社区" in text:
        found += local_units(text)
    found += [m.group(1) for m in _LAND.finditer(text) if m.group(1) not in _COMMON_LAND and "{" not in m.group(1)]
    found += [m.group(1) for m in _FUTURE.finditer(text) if m.group(1) not in _COMMON_FUTURE | _COMMON_LAND]
    return found


# A town's name starts a word: after punctuation or a word that takes a place (对潘渡镇…, 龙华镇党委), never
# inside one (我代表镇党委 names no town).
_ANY_TOWN = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[在到对和与及的是为赴把将向从由]))([\u4e00-\u9fff]{2})(?:镇(?![长村])|乡(?![镇村土亲])|街道)")  # 魏然镇长 is a person


# 我代表青禾乡党委和政府: a town named before its own party committee or government, wherever it stands.
_TOWN_ORGAN = re.compile(r"([\u4e00-\u9fff]{2})(镇|乡)(?=党委|人民政府|政府|人大|党政)")


def town_names(text: str) -> tuple[str, ...]:
    """Short names of the towns a whole speech names with their suffix (龙华 for 龙华镇), to find them bare."""
    organ = [
        n for m in _TOWN_ORGAN.finditer(text)
        if not set(n := m.group(1)) & set("的了在是和与对向为代表") and not (m.group(2) == "乡" and n[-1] in _NOT_TOWNSHIP)
    ]  # fmt: skip
    # 我代表硫市镇党委、政府: a town's name may end in 市 (沙市镇, 官市镇) when it stands before the town's own organ
    before_organ = {n for n in organ if n[0] not in _NOT_TOWN and n[1] == "市"}
    named = [m.group(1) for m in _ANY_TOWN.finditer(text)]
    found = (n for n in dict.fromkeys([*named, *organ]) if not set(n) & _NOT_TOWN or n in before_organ)
    # 回到家乡, 送科技下乡, 但因乡镇机构改革: words, not names
    return tuple(dict.fromkeys(
        s for s in found if s[1] not in "到下返回故家同和在" and s[0] not in "但因而并且及或使让被" and s not in _TOWN_WORDS
        and not set(s) & set("个几各每些其该此哪")  # 几个街道, 每个镇: a count, not a name
        and not _TIME_WORD.fullmatch(s)
    ))  # fmt: skip


# 过去的一年镇党委…, 今年镇里…: a time word before 镇, not a town's name; nor 会议上镇党委书记… (where in the meeting).
_TIME_WORD = re.compile(r"[一今去明全当近新上前每多半这两几]年|[议会][上中]")


# 我们敖阳的民兵, 我们青禾人: the speaker's own place (or unit) called by its bare name after 我们.
_OWN_AFTER_WE = re.compile(r"我们([\u4e00-\u9fff]{2})(?:的|人(?![民员才口]))")
_NOT_OWN_START = frozenset("自大国全基广这那今现过一共党各所许整每此本该我你他她新老有没多少好工企学社民人干群中上下前后未当应要能会都也还就再又已更最很")
_NOT_OWN_WORD = frozenset((
    "村里", "镇里", "县里", "市里", "乡里", "家乡", "地方", "单位", "部门", "团队", "队伍", "身边", "城市", "农村", "乡村", "学校",
    "祖国", "父辈", "先辈", "子孙", "孩子", "青年", "军队", "部队", "医院", "机关", "支部", "组织", "事业", "行业", "产业",
))  # fmt: skip


# 我们北辛街道都要走在前面, 我们文坛社区, 我们益新矿: the speaker's own town, community or unit by its name.
_OWN_UNIT_AFTER_WE = re.compile(
    r"我们([\u4e00-\u9fff]{2,3}?)(街道|社区|村(?![民委干级里庄])|镇(?![村长])|乡(?![镇村亲土里])|矿|厂|公司|集团|中学|小学|医院)"
)
# 我矿, 矿党委, 我厂, 我公司, 我院, 我校: a mine's, a factory's, a company's, a hospital's or a school's own words;
# such a fragment speaks for one unit, never for a county (全厂, 全校 are a county's words too: 做全厂职工的表率,
# 组织全校师生; 我行 is 我能我行).
_UNIT_WORDS = re.compile(r"我(?:矿|厂|公司|院)(?![长区产务部内外子山井物石])|我校|[矿厂]党委")


def own_units(text: str) -> list[str]:
    """The speaker's own town, community or unit named after 我们 (我们北辛街道), and a unit's own words (我矿)."""
    found = []
    if "我们" in text:
        found += [
            m.group(0)[2:] for m in _OWN_UNIT_AFTER_WE.finditer(text)
            if (n := m.group(1)) not in _NOT_OWN_WORD | _NOT_UNIT_NAME and n[0] not in _NOT_OWN_START | set("一二三四五六七八九十两几城")
            and n[-1] not in "乡村镇城市县区"
        ]  # fmt: skip
    return found + _UNIT_WORDS.findall(text)


def spoken_own_names(text: str) -> tuple[str, ...]:
    """Bare names the speaker gives the own place after 我们 (我们敖阳的民兵), said at least twice."""
    if "我们" not in text:
        return ()
    found = (m.group(1) for m in _OWN_AFTER_WE.finditer(text))
    return tuple(dict.fromkeys(
        n for n in found if n[0] not in _NOT_OWN_START and n not in _NOT_OWN_WORD and text.count(n) >= 2
    ))  # fmt: skip


# 峨边彝族自治县 → 峨边, 黔东南苗族侗族自治州 → 黔东南: an autonomous place goes by the name before its peoples.
_PEOPLES = (
    "土家|布依|蒙古|朝鲜|哈尼|纳西|傈僳|景颇|拉祜|哈萨克|柯尔克孜|维吾尔|仡佬|毛南|仫佬|达斡尔|鄂温克|鄂伦春|锡伯|撒拉|保安|东乡|"
    "裕固|塔吉克|普米|独龙|阿昌|德昂|基诺|布朗|门巴|珞巴|苗|侗|彝|藏|羌|壮|瑶|回|傣|白|佤|黎|畲|水|满|土|怒|京|各"
)
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{_PEOPLES})族?)*自治[县州旗区]$")
_SUFFIXES = ("街道办事处", "街道", "新区", "林区", "特区", "矿区", "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡")


@lru_cache(maxsize=256)
def short_forms(place: str) -> tuple[str, ...]:
    """The names a place goes by without its suffix (平江 for 平江县, 龙华 for 龙华街道, 峨边 for
    峨边彝族自治县); none for a one-character stem (景县)."""
    autonomous = _AUTONOMOUS.match(place)
    if autonomous:
        return (autonomous.group(1),)
    stem = next((place[: -len(s)] for s in _SUFFIXES if place.endswith(s)), "")
    return (stem,) if len(stem) >= 2 else ()


def bare_own_place(text: str, place: str) -> list[str]:
    """The short form of the speech's own place used on its own (南通 for 南通市, not 南通市委)."""
    if not place:
        return []
    plain = re.sub(r"\{\{.*?\}\}", "", text)
    return [s for s in short_forms(place) if re.search(rf"{re.escape(s)}(?!{re.escape(place[len(s)])})", plain)][:1]


# 黄师校园, 黄师人, “黄师力量”, 北理工精神: an institution's short name with the words it uses of itself.
# 台华人, 台华儿女, 台华员工, 台华之星: a company's bare name with the words it uses of its own people.
_SELF_WORDS = ("人", "校园", "精神", "力量", "学子", "教师", "师生", "风雨", "儿女", "员工", "之星")
_SELF_AFTER = re.compile(r"人(?![民才员口生类大心事物家工们士群格性数次均身力气情文])|校园|精神|力量|学子|教师|师生|风雨|儿女|员工|之星")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_SELF = frozenset((
    "中国", "中华", "民族", "时代", "人民", "青年", "奋斗", "创新", "劳模", "劳动", "工匠", "科学", "红色", "党员", "干部",
    "群众", "教育", "年轻", "全体", "广大", "学校", "母校", "本校", "我校", "老师", "同学", "家人", "新时代", "优秀", "先进",
    "长征", "延安", "井冈山", "雷锋", "抗疫", "抗洪", "脱贫", "女排", "航天", "铁人", "载人", "文化", "领路", "接班", "负责",
    "带头", "年青", "骨干", "专业", "青春", "团结", "集体", "爱国", "榜样", "英雄", "模范", "道德", "正义", "和平",
    "公司", "企业", "单位", "集团", "工厂", "一线", "基层", "在职", "退休", "正式", "合同", "临时", "派遣", "职工", "农民",
    "华夏", "炎黄", "英雄", "人民", "农村", "山区", "乡村", "城市", "厂里", "本厂", "全厂", "集团", "服务", "岗位", "技术",
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


# 踏勘了长安广场、世纪广场二期、馨苑花园等: squares, gardens, parks and estates of the place listed by name.
_LANDMARK = r"[\u4e00-\u9fff]{2}(?:广场|花园|公园|小区)(?:[一二三四五六七八九]期)?"
_LANDMARK_LIST = re.compile(rf"{_LANDMARK}(?:、{_LANDMARK}){{1,9}}")
_LANDMARK_ITEM = re.compile(r"([\u4e00-\u9fff]{2})(广场|花园|公园|小区)")
_NOT_LANDMARK_NAME = frozenset((
    "文化", "城市", "市民", "休闲", "中心", "人民", "体育", "湿地", "森林", "口袋", "街头", "社区", "老旧", "新建", "城区", "滨河",
    "滨水", "健身", "主题", "生态", "农民", "居民", "商业", "廉政", "法治", "党建", "红色", "乡村", "村级", "安置", "保障", "商品",
    "住宅", "物业", "小型", "大型", "综合", "公共", "游园", "街心", "儿童", "老年", "科技", "产业", "工业", "农业", "郊野", "遗址",
))  # fmt: skip


def _listed_landmarks(text: str) -> list[str]:
    found = []
    for listed in _LANDMARK_LIST.finditer(text):
        items = [m.group(0) for m in _LANDMARK_ITEM.finditer(listed.group(0))]
        if not any(i[:2] in _NOT_LANDMARK_NAME or set(i[:2]) & set("各等和与及的新老大小") for i in items):
            found += items
    return found


# 欢聚忘忧农场, 来到青山林场: a farm or forest farm of the place by its own name (not 家庭农场, 国有林场).
_NAMED_FARM = re.compile(r"([\u4e00-\u9fff]{2})(?:农场|林场|牧场|茶场|渔场|果园|庄园)")
_NOT_FARM_NAME = frozenset((
    "家庭", "国有", "国营", "集体", "生态", "现代", "休闲", "观光", "大型", "规模", "智慧", "数字", "示范", "机械", "兵团",
    "知青", "开心", "采摘", "体验", "特色", "标准", "绿色", "有机", "农业", "农民", "个体", "私人", "专业", "联户", "合作",
    "个个", "两个", "几个", "一个", "多个", "各个", "这个", "那个", "地方", "省属", "市属", "县属", "重点", "森林", "草原",
))  # fmt: skip


def named_units(text: str) -> list[str]:
    """Schools, kindergartens, hospitals and companies of the place named by their own names (尧山中学, 县和平医院,
    恒达纺织有限公司), as reasons."""
    found = []
    if "学" in text:
        found += [
            f"本地单位（{m.group(0)}）" for m in _NAMED_SCHOOL.finditer(text)
            if m.group(1) not in _NOT_SCHOOL_NAME and not set(m.group(1)) & set("学和与及的各等")
        ]  # fmt: skip
    if "园" in text or "医院" in text:
        found += [
            f"本地单位（{m.group(0)}）" for m in _NAMED_CARE.finditer(text)
            if m.group(1) not in _NOT_SCHOOL_NAME | _NOT_SCHOOL_KIND and not set(m.group(1)) & set("的各等所家级类些")
        ]  # fmt: skip
    if "院" in text:
        found += [
            f"本地单位（{m.group(0)}）" for m in _NAMED_HOSPITAL.finditer(text)
            if (name := m.group(1) or m.group(2)) not in _NOT_SCHOOL_NAME | _NOT_SCHOOL_KIND
            and not set(name) & set("的各等所家级类些和与及在是为县市区镇乡省我本该")
        ]  # fmt: skip
    if "医院" in text:
        found += [
            f"本地单位（{m.group(0)}）" for m in _POINTED_HOSPITAL.finditer(text)
            if m.group(1).endswith("区") and m.group(1) not in _NOT_SCHOOL_NAME | _NOT_SCHOOL_KIND | _NOT_POINTED_HOSPITAL
            and not set(m.group(1)) & set("的各等所家级类些和与及在是为县市镇乡省我本该全")
        ]  # fmt: skip
    landmarks: list[str] = []
    if "、" in text and ("广场" in text or "花园" in text or "公园" in text or "小区" in text):
        landmarks = _listed_landmarks(text)
        found += [f"本地地名（{name}）" for name in landmarks]
    found += [f"本地小区名（{name}）" for name in estate_names(text) if name not in landmarks]
    if "场" in text or "园" in text:
        found += [
            f"本地单位（{m.group(0)}）" for m in _NAMED_FARM.finditer(text)
            if m.group(1) not in _NOT_FARM_NAME and not set(m.group(1)) & set("的各等所家级类些和与及个座片在到是")
        ]  # fmt: skip
    if "公司" in text or "集团" in text:
        found += [
            f"本地企业（{m.group(0)}）" for m in _COMPANY.finditer(text)
            if (m.group(1) or m.group(2)) not in _NOT_COMPANY and not set(m.group(1) or m.group(2)) & set("和与及的各等在是为")
        ]  # fmt: skip
    if "代表" in text and ("公司" in text or "集团" in text):
        found += [
            f"本地企业（{m.group('firm')}）" for m in _SPOKEN_FOR_FIRM.finditer(text)
            if m.group("name") not in _NOT_COMPANY and not set(m.group("name")) & set("本我全总分子贵该和与及的各等在是为")
        ]  # fmt: skip
    if "以" in text or "依托" in text:
        found += [
            f"本地企业（{m.group('firm')}）" for m in _FIRM_LEADS.finditer(text)
            if m.group("name") not in _NOT_FIRM_NAME and not set(m.group("name")) & set("和与及的各等在是为县市区镇乡省")
        ]  # fmt: skip
    return found


# 我谨代表长兴公司全体员工 / 代表恒达集团党委: the company the speaker speaks for, by its short name (batch 48's second
# letter behind a paywall; not 代表公司, 代表本公司, 代表总公司)
_SPOKEN_FOR_FIRM = re.compile(r"代表(?P<firm>(?P<name>[\u4e00-\u9fff]{2,4}?)(?:公司|集团))")


# 以邦源纺织等企业为主体, 依托睿阳科技，建设…, 以瑞声科技等企业为核心: a firm by its short name and its trade, leading
# the place's industry (not 以纺织等产业为主, 依托农业科技: a trade, not a firm).
_FIRM_LEADS = re.compile(
    r"(?:以|依托)(?P<firm>(?P<name>[\u4e00-\u9fff]{2})(?:科技|纺织|电子|化工|药业|食品|机械|电气|光电|新材料|实业|能源|汽车))"
    r"(?=等(?:龙头)?(?:企业|公司)|为(?:主体|核心|龙头|依托)|[，,、])"
)
_NOT_FIRM_NAME = frozenset((
    "农业", "工业", "现代", "高新", "信息", "数字", "智能", "传统", "新兴", "先进", "特色", "优势", "生物", "电子", "绿色",
    "高端", "纺织", "服装", "化学", "精细", "新型", "骨干", "龙头", "重点", "大型", "民营", "国有", "地方", "本地", "科技",
))  # fmt: skip


def institution_stems(text: str) -> tuple[str, ...]:
    """The names the whole text gives its own schools, hospitals and firms (栟茶 of 栟茶中学, 台华 of 台华集团), when
    the text says them again without the kind (祝愿栟茶的孩子们…): to be found bare, as a town's stem is (leak49)."""
    stems: list[str] = []
    if "学" in text:
        stems += [m.group(1) for m in _NAMED_SCHOOL.finditer(text) if m.group(1) not in _NOT_SCHOOL_NAME]
    if "院" in text:
        stems += [m.group(1) or m.group(2) for m in _NAMED_HOSPITAL.finditer(text)]
    if "集团" in text:
        stems += [m.group(2) for m in _COMPANY.finditer(text) if m.group(2) and m.group(2) not in _NOT_COMPANY]
    return tuple(dict.fromkeys(
        n for n in stems
        if n and n not in _NOT_SCHOOL_KIND and not set(n) & set("的各等和与及在是为个这那此该本全我每某所些级类了着过好上学中小县市区镇乡省")
        and len(re.findall(re.escape(n), text)) >= 2 and len(re.findall(rf"{re.escape(n)}(?!中学|小学|初级|高级|职业|中心|实验|医院|人民|中医|集团)", text)) >= 1
    ))  # fmt: skip


def document_people(text: str) -> tuple[str, ...]:
    """Full names the whole text gives with an office (总经理朱宝林, 由董事长吴天亮…): a news item's or a speech's
    people, to be found again where a later sentence names them bare (朱宝林在会上向…表示祝贺)."""
    return tuple(dict.fromkeys(
        m.group(1) for m in _OFFICE_THEN_NAME.finditer(text)
        if len(m.group(1)) in (2, 3) and not set(m.group(1)[1:]) & _NOT_NAME_CHAR and m.group(1)[:2] not in _NOT_NAME_WORDS
        and m.group(1) not in _NOT_SHORT_NAMES
    ))  # fmt: skip


# 何在, 周年, 马上: two characters after an office that open with a surname but are words (书记何在)
_NOT_SHORT_NAMES = frozenset(("何在", "周年", "马上", "严格", "严肃", "严重", "钱款", "曹操", "孔子", "雷锋", "黄金", "龙头", "张贴"))
# A two-character name found again bare (刘敏指出…): only where a name stands — before what a person does or a break.
_BARE_SHORT_NAME_AFTER = "[，,、。；;和与及等在说讲指强表要希作对带参出陪主同认介宣提代率亲就向分先也还发致上领是为给]"


def people_in(text: str, people: tuple[str, ...]) -> list[str]:
    """The document's people (see `document_people`) found in `text`: a full name anywhere, a two-character one
    where a name stands (刘敏指出, not 刘敏捷)."""
    return [
        n for n in people
        if n in text and (len(n) > 2 or re.search(rf"{re.escape(n)}(?={_BARE_SHORT_NAME_AFTER}|$)", text))
    ]


# 河南师范大学 → 师大, 河师大; 华中农业大学 → 农大, 华农大: the short names a university or college goes by, once the text
# has named it in full (你们来到师大 is the speaker's own school, which no other school's speech may say)
_HIGHER_SCHOOL = re.compile(r"([\u4e00-\u9fff]{2,4}?)(师范大学|农业大学|工业大学|医科大学|理工大学|财经大学|科技大学|交通大学|师范学院|职业技术学院)")
_SCHOOL_SHORT = {
    "师范大学": "师大", "农业大学": "农大", "工业大学": "工大", "医科大学": "医大", "理工大学": "理工大", "财经大学": "财大",
    "科技大学": "科大", "交通大学": "交大", "师范学院": "师院", "职业技术学院": "职院",
}  # fmt: skip
# 教师大会, 老师大多, 工大队: a short name's characters inside another word
_NOT_BEFORE_SHORT = "教老律导讲厨技医法牧乐画药名大"


def school_short_names(text: str) -> tuple[str, ...]:
    """The short names of the universities and colleges the text names in full (师大 and 河师大 for 河南师范大学)."""
    found: list[str] = []
    for m in _HIGHER_SCHOOL.finditer(text):
        short = _SCHOOL_SHORT[m.group(2)]
        found += [m.group(1)[0] + short, short]
    return tuple(dict.fromkeys(found))


def _own_name_in(name: str, text: str) -> bool:
    return bool(re.search(rf"(?<![{_NOT_BEFORE_SHORT}]){re.escape(name)}(?![会队长])", text))


def entity_reasons(
    text: str, place: str = "", town_stems: tuple[str, ...] = (), own_names: tuple[str, ...] = (), people: tuple[str, ...] = ()
) -> list[str]:
    """Why `text` names people, institutions or local places (empty when it names none).

    `town_stems`: towns the whole speech names (龙华 of 龙华镇), so that 龙华 alone is found too;
    `own_names`: the short names the speaker's school or company goes by (see `own_short_names`).
    """
    if len(text) < 2:
        return []
    reasons = [f"人名（{p}）" for p in dict.fromkeys([*persons(text), *people_in(text, people)])]
    reasons += [f"本地单位（{p}）" for p in dict.fromkeys([*institutions(text), *(n for n in own_names if _own_name_in(n, text))])]
    if "中共" in text or "代表" in text:
        reasons += [f"本地地名（{m}）" for m in dict.fromkeys(a or b for a, b in _OWN_COMMITTEE.findall(text))]
    reasons += named_units(text)
    reasons += [f"本单位（{p}全体人员）" for p in greeted_staff(text)]  # 和住建局全体同志 (split42, ingest.ceremony)
    reasons += [f"本单位（{p}）" for p in dict.fromkeys(own_units(text))]
    reasons += [f"本地单位（{p}）" for p in dict.fromkeys(_body_names(text)) if f"本地单位（{p}）" not in reasons]
    reasons += [f"籍贯地名（{p}）" for p in dict.fromkeys(native_places(text))]
    reasons += [f"本地地名（{p}）" for p in dict.fromkeys(local_spots(text))]  # 六金公路司门前段, 魏源故里 (leak50)
    reasons += [f"本单位（{p}）" for p in dict.fromkeys(_BODY_OFFICE.findall(text))] if "机关" in text else []
    # a town the whole speech names (柳塘 of 柳塘镇), here bare or with its suffix whatever follows it (柳塘镇要抓好…, which
    # `towns` reads only before a few words: leak49)
    bare = [s for s in town_stems if s in text and not re.search(rf"{s}(?:镇|乡|街道)", text)] if town_stems else []
    named = [m.group(0) for s in town_stems for m in re.finditer(rf"{re.escape(s)}(?:镇|街道|乡(?![情音亲村土里愁镇贤风俗邻间下]))", text)] if town_stems else []
    found = [*towns(text), *bare]
    reasons += [f"乡镇名（{p}）" for p in dict.fromkeys([*found, *(n for n in named if not any(n in f or f in n for f in found))])]
    reasons += [f"占位符（{p}）" for p in dict.fromkeys(_PLACEHOLDER.findall(text))]
    reasons += [f"届次（{p}）" for p in dict.fromkeys(_SESSIONS.findall(text))]
    reasons += [f"本地地名简称（{p}）" for p in bare_own_place(text, place)]
    reasons += [r for r in own_name_reasons(text) if r not in reasons]  # 港城, 小洋口旅游度假区, 石门村 (leak49)
    # 为人民医院的发展, 七里湖畔, 一名澄川的教师 (leak51): each name once, whatever reason found it first (祝愿瓜沥的明天)
    reasons += [r for r in once_name_reasons(text) if not any(r[r.index("（") :] in old for old in reasons)]
    reasons += [f"网站广告（{p}）" for p in dict.fromkeys(advert_marks(text))]
    reasons += [f"网页标记（{p}）" for p in dict.fromkeys(page_marks(text))]
    reasons += [f"会场（{p}）" for p in dict.fromkeys(_VENUE_LINE.findall(text))] if "\n" in text else []
    reasons += [f"本地培训班（{p}）" for p in dict.fromkeys(_TRAINING_CAMP.findall(text))]
    reasons += ["自撰的对联（多用本地地名）"] if _COUPLET.search(text) else []
    reasons += [f"江河湖泊（{p}，只合沿岸的地方）" for p in dict.fromkeys(_BASIN.findall(text))]
    return reasons


_BODY_KIND = "|".join(NAMED_BODY_KINDS)
# 祝福维东公司, 感谢恒达集团, 在供销大厦: a firm, bank or store by a two-character name that is no everyday word, after a
# word break or the words that point at a body (not 分公司, 商业银行, 国有集团: kinds; leak50)
_SHORT_FIRM = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[的和与及在对把将向从到为是由])|(?<=祝福|祝愿|感谢|欢迎|代表|我们|全体|热爱))"
    rf"(?P<name>[\u4e00-\u9fff]{{2}})(?:{_BODY_KIND})(?![长区])"
)
# 我们的忠义外国语学校, 我们的供销大厦: the speaker's own school or body by its name, after 我们的 (leak50)
_OWN_BODY_AFTER_WE = re.compile(rf"我们的?(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:{_BODY_KIND})")
_NOT_BODY_NAME = frozenset((
    "商业", "农商", "村镇", "城市", "股份", "民营", "国有", "地方", "人民", "普通", "职业", "重点", "疾控", "生鲜", "体检",
    "孵化", "会展", "妇幼", "骨科", "眼科", "公立", "定点", "方舱", "商学", "消协", "老年", "个体", "行业", "平价", "连锁",
    "客服", "党群", "融媒", "双创", "政务", "便民", "网格", "邮储", "双语", "寄宿", "技工", "合格",
))  # fmt: skip
# 大西籍同乡, 靖江籍书法家: a place its natives are from (the speech's own, or another's): binds the text to it (leak50)
_NATIVE_OF = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[的是和与及们位名]))(?P<name>[\u4e00-\u9fff]{2,3}?)籍"
    r"(?=同乡|乡友|乡亲|老乡|人士|校友|干部|学生|员工|书法家|作家|画家|专家|在外)"
)


def _body_names(text: str) -> list[str]:
    """Firms and own bodies by their names (see _SHORT_FIRM, _OWN_BODY_AFTER_WE), as found."""
    found = []
    if any(k in text for k in NAMED_BODY_KINDS[3:]):
        found += [
            m.group(0) for m in _SHORT_FIRM.finditer(text)
            if (n := m.group("name")) not in _NOT_COMPANY | _NOT_BODY_NAME | _NOT_SCHOOL_KIND | _OFFICE_STEMS
            and not set(n) & set("和与及的各等在是为本我该总分子母你他她它们对把向从给让被将到") and not everyday_word(n)
            and not verb_or_modifier(n)
        ]  # fmt: skip
    if "我们" in text:
        found += [
            m.group(0)[2:].removeprefix("的") for m in _OWN_BODY_AFTER_WE.finditer(text)
            if (n := m.group("name")) not in _NOT_OWN_WORD | _NOT_UNIT_NAME | _NOT_SCHOOL_KIND | _NOT_SCHOOL_NAME | _NOT_BODY_NAME
            and n[0] not in _NOT_OWN_START | set("一二三四五六七八九十两几城每") and not set(n) & set("的和与及各等所些了着过在把将被让对向从")
            and not verb_or_modifier(n[:2])
            and not any(n.endswith(k) for k in ("全体", "一所", "这所"))
        ]  # fmt: skip
    return found


def native_places(text: str) -> list[str]:
    """Places named as where people are from (大西籍同乡), as found."""
    if "籍" not in text:
        return []
    return [
        m.group(0) for m in _NATIVE_OF.finditer(text)
        if (n := m.group("name"))[0] not in set("我全本各这那每该此其原祖户学党国外客系为由") and not everyday_word(n)
        and not set(n) & set("的和与及各等所")
    ]  # fmt: skip


# 按照…的统一部署和人大机关的学习安排 / 政协机关全体干部 / 人大常委会机关: the speaker's own office of a 人大 or 政协 —
# its words speak for that body's staff (a 妇联 or a 教育局 meeting has none), like 我校 for a school
_BODY_OFFICE = re.compile(r"(?:人大|政协)(?:常委会)?机关")


# 在淮河主汛期即将到来之际 / 太湖治理: a river or lake binds the text to the places on it (a county in the hills has
# no 淮河主汛期); 长江后浪推前浪, 黄河之水天上来, 不到黄河心不死 are sayings, not the place.
_BASIN = re.compile(
    r"(?<!不到)(长江|黄河|淮河|珠江|海河|辽河|松花江|汉江|湘江|赣江|闽江|嘉陵江|岷江|沂河|沭河|太湖|巢湖|滇池|洞庭湖|鄱阳湖|洪泽湖|洱海)"
    r"(?!后浪|之水|心不死)"
)


# 在青训营跟班 / 青年干部训练营: a training camp a body runs under its own short name (a 青训营 is one county's, not
# every reader's)
_TRAINING_CAMP = re.compile(r"青训营|集训营|特训营|[\u4e00-\u9fff]{2}(?:干部|青年)训练营")


# 横批：前程锦绣 / 上联：… — a couplet the speaker wrote for the occasion, made of the place's own names.
_COUPLET = re.compile(r"(?:^|\n)(?:横批|横额|上联|下联)\s*[：:]")


# 欧亚论坛欧洲厅, 国际会议中心: where the speech was given, on a line of its own after the closing.
_VENUE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,14}(?:厅|宾馆|酒店|饭店|会堂|大礼堂|会议中心|会展中心|剧院)$", re.MULTILINE)
