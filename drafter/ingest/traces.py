"""Traces of the occasion a copied speech was given at, which tie a fragment to its source.

A pupil introducing herself (我是四年级三班的苏可欣), the next speaker named by the host (请教师代表刘晓红发言),
a couplet written for the gathering (横批：乡情永驻), words a page hid (*常务副市长, ZZ任务) and the body's
signature under the closing (青禾镇人民政府): `trace_reasons` lists them as drafter.ingest.params lists its
reasons, so that the fragment is tagged specific.
"""

from __future__ import annotations

import re

from drafter.ingest.entities import SURNAME_CHARS

_NAME_FIRST = frozenset(SURNAME_CHARS)


def trace_reasons(text: str) -> list[str]:
    """Why `text` carries its occasion (empty for ordinary speech text), as 'kind（found）' reasons."""
    found = [("人名", n) for n in _self_introductions(text) + _names_on_stage(text) + _rolls(text)]
    found += [("对联", m.group(0)) for m in _COUPLET.finditer(text)]
    found += [("遮挡的字", m) for m in _masked(text)]
    found += [("落款", m) for m in (_SIGNATURE_LINE.findall(text) if "\n" in text else [])]
    return list(dict.fromkeys(f"{kind}（{item}）" for kind, item in found))


# 我是三年级二班的林晓雨 / 我是来自初二（3）班的陈思远 / 我叫周可欣: a pupil (or anyone) introducing
# themselves by name; the name opens with a surname (not 我是一名普通教师, 我是来自农村的孩子).
_SELF_INTRO = re.compile(
    r"我(?:叫|名叫|的名字(?:是|叫))(?P<a>[\u4e00-\u9fff]{2,3}?)(?=[，。！？、,.!?\s]|同学|$)"
    r"|我是(?:来自)?[^，。！？；\n]{0,14}?(?:年级|[初高][一二三]|[班队]|学院|学校|中学|小学|幼儿园|系|专业)"
    r"[^，。！？；\n]{0,4}?的(?P<b>[\u4e00-\u9fff]{2,3}?)(?=[，。！？、,.!?\s]|同学|$)"
)
_NOT_SELF_NAME = frozenset(("学生", "一名", "一员", "孩子", "老师", "同学", "班长", "队长", "代表", "队员", "团员", "党员",
                            "一分子", "少先队员", "小学生", "中学生", "新生", "学子", "主持人", "家长", "教师"))


# 欢迎副书记李德柱讲话 / 请主任李继红宣读决定 / 请教师代表刘晓红发言 / 县委书记汤祚国作重要讲话: an office (or 代表)
# and a full name, then what the person does on the stage; 参会代表朱建民：… (a headline quoting the person).
_OFFICE_THEN_NAME = re.compile(
    r"(?:书记|主任|校长|园长|院长|局长|部长|县长|市长|区长|镇长|乡长|主席|代表)"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志|老师|先生|女士)?"
    r"(?=讲话|致辞|发言|宣读|上台|领誓|作报告|作(?:重要|总结|动员|工作)?讲话|主持会议|(?:说|表示|谈到)?[：:](?!$))"
)
# 代表大会：, 书记处：: an office and a body, not a name before the colon of a headline.
_NOT_STAGE_NAME_END = tuple("会团处组们部办室")


def _names_on_stage(text: str) -> list[str]:
    return [
        m.group("name") for m in _OFFICE_THEN_NAME.finditer(text)
        if m.group("name")[0] in _NAME_FIRST  # not 书记亲自讲话, 主任带头发言
        and not m.group("name").endswith(_NOT_STAGE_NAME_END)
    ]  # fmt: skip


# 涌现出王诚、张杨、范强等一大批青年典型 / 马金菊等420名新同学 / 优秀共产党员：朱振柳、钟衍润、邱晓东 /
# 主持人为钟之城，护旗手为王兆丰、王世赞: people named in a roll (of the honoured, the newcomers, the flag party).
_NAME = r"[\u4e00-\u9fff]{2,3}?"
_ROLL_BY_GROUP = re.compile(
    rf"(?P<names>(?:{_NAME}、)*{_NAME})等(?:一大批|一批|\d+名|\d+位|[一二三四五六七八九十百]+名|[一二三四五六七八九十百]+位)?"
    r"(?=(?:新|优秀|先进|青年)?(?:同学|同志|老师|教师|学生|青年典型|先进典型|典型|党员|干部|模范|先进个人|英雄|人物|选手|运动员|队员))"
)
_ROLL_BY_LABEL = re.compile(
    r"(?:党员|工作者|个人|教师|班主任|学生|干部|模范|标兵|能手|之星|主持人|升旗手|护旗手|旗手|领誓人)(?:为|是|[：:])"
    rf"(?P<names>(?:{_NAME}、)*{_NAME})(?=[；;。，,\s]|$)"
)
# 王牌、高速、张力等: a list of words, not of people, when an item opens with no surname or is a common word.
_NOT_ROLL_NAMES = frozenset(("同学", "同志", "老师", "代表", "领导", "干部", "党员", "群众", "学生", "家长", "教师"))


def _rolls(text: str) -> list[str]:
    if "等" not in text and "为" not in text and "：" not in text and ":" not in text:
        return []
    found: list[str] = []
    for m in [*_ROLL_BY_GROUP.finditer(text), *_ROLL_BY_LABEL.finditer(text)]:
        names = m.group("names").split("、")
        first = names[0]
        if len(first) == 3 and first[0] not in _NAME_FIRST and first[1] in _NAME_FIRST:
            names[0] = first[1:]  # 涌现出王诚、…: the verb's last character is no part of the name
        if all(n[0] in _NAME_FIRST and n not in _NOT_ROLL_NAMES for n in names):
            found += names
    return found


def _self_introductions(text: str) -> list[str]:
    if "我是" not in text and "我叫" not in text and "名叫" not in text and "名字" not in text:
        return []
    found = []
    for m in _SELF_INTRO.finditer(text):
        name = m.group("a") or m.group("b")
        if name[0] in _NAME_FIRST and name not in _NOT_SELF_NAME and name[:2] not in _NOT_SELF_NAME:
            found.append(name)
    return found


# 一会儿*常务副市长还要讲话 / 林**副书记 / 贯彻落实*市委 / 严肃的ZZ任务 / 创建GJ园林城市: a page that hid a name
# or a word (with stars, or its pinyin initials) — a draft would print the mask.
_STAR_MASK = re.compile(r"(?<=[\u4e00-\u9fff])[*＊]{1,3}|[*＊]{1,3}(?=[\u4e00-\u9fff])")
_INITIALS_MASK = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z]{2}(?=[\u4e00-\u9fff])")
_REAL_INITIALS = frozenset(("QQ", "AI", "VR", "AR", "IT", "CT", "PK", "UP", "HR", "PC", "TV", "OK", "MV", "DJ", "AA", "KO", "XX"))


def _masked(text: str) -> list[str]:
    if "*" not in text and "＊" not in text and not re.search("[A-Z]{2}", text):
        return []
    found = [text[m.start() : m.end() + 3] for m in _STAR_MASK.finditer(text)]
    return found + [m.group(0) for m in _INITIALS_MASK.finditer(text) if m.group(0) not in _REAL_INITIALS]


# 青禾镇中心小学 / 县老龄工作委员会办公室 on a line of its own under the closing: the signature of the body that
# gave the speech (its date, 二〇二六年九月一日, is a date).
_SIGNATURE_LINE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}(?:办公室|委员会|学校|小学|中学|幼儿园|大队部|人民政府|局|党委|协会|联合会|妇联|团委|"
    r"总工会|工会|支部|学院|医院|街道办事处|居委会|村委会)$",
    re.MULTILINE,
)


# 一幅是：… 横批：藏龙卧虎 / 上联：…下联：…: a couplet written for the occasion, often of the place's own names.
_COUPLET = re.compile(r"(?:横批|上联|下联)\s*[：:是]\s*[^\s，。；！？、]{2,12}|一幅(?:对联|春联)?是\s*[：:]")
