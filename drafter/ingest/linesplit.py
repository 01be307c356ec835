"""One cleaned line as paragraphs: what a web page or a copy runs together on one line, set apart.

An inline 称谓 (同志们：今天… / 在…上的讲话同志们：…) and the title before it, a title with its date, a
title said twice or as the first sentence, a title run into the first point or into the opening, points
and sub-points run into one line (…讲三点意见。一、…二、…), a last wish after a one-line paste, and a
collection heading with its piece's title. drafter.ingest.clean calls `split_line` for each kept line.
"""

from __future__ import annotations

import re

from drafter.ingest.appended import cut_before, line_lengths, whole_line
from drafter.ingest.gapitems import stop_gap_leads
from drafter.ingest.headlinelead import headline_then_lead
from drafter.ingest.labeltitle import split_label_topic
from drafter.ingest.ownwork import own_work_turn
from drafter.ingest.pageparts import title_then_point
from drafter.ingest.para import Para
from drafter.ingest.presslead import handed_over_run_on
from drafter.ingest.runintitles import run_in_titles
from drafter.structure import match_heading
from drafter.text import parse_cn_number

# 州委常委、秘书长、州总工会主席龙伟 (2023年…): the speaker's offices and name between a title and its date.
_OFFICES = "书记|主席|主任|[省市县区州镇乡]长|局长|校长|部长|秘书长|常委|委员|厅长|院长"


# 1、1-4月经济运行… / 1、2026年… — an arabic heading opening with a month range or a year, which
# drafter.structure refuses (a digit after 1、 may be a decimal elsewhere); a copy may lose the dash (1、1 4月).
# (1、20xx年6月在… / 2．2025年上半年，…: the year masked by a template, or the heading marked with a full stop)
_DATE_LED = re.compile(
    r"^(?P<mark>(?P<n>\d{1,2})[、．.])(?=\d{1,2}\s*[-—－~～至 ]\s*\d{1,2}\s*月|\d{4}年|\d{2}[xX×ｘＸ]{2}年"
    # 1、20__年高考，… / 1、20**年…: the year a 范文 left blank for the user (batch 50)
    r"|\d{2}(?:_{1,4}|＿{1,4}|[*＊○〇]{2})\s*年)"
)


# 第一.本次论坛的初衷… / 第二．保持恒心，…: the ordinal closed by a full stop (half- or full-width) where 第一， is meant
_ORDINAL_STOP = re.compile(r"^(?P<mark>第(?P<n>[一二三四五六七八九十]{1,2})[.．。])(?=[\u4e00-\u9fff“])")


def match_point_heading(text: str) -> tuple[int, int, str, str] | None:
    """drafter.structure.match_heading, and a 1、 heading that opens with a month range or a year."""
    head = match_heading(text)
    if head:
        return head
    m = _DATE_LED.match(text)
    if m:
        return (3, int(m.group("n")), m.group("mark"), "")
    m = _ORDINAL_STOP.match(text)
    if m:
        return (1, parse_cn_number(m.group("n")), m.group("mark"), "")
    m = DECIMAL_SUB.match(text) if len(text) <= 40 and text[:1].isdigit() else None
    return (4, int(m.group("n")), m.group("mark"), "") if m else None


# 2.1集体经济底子薄弱 — a report's decimal sub-heading under 2、, alone on its short line (not 3.5万亩 or 2.1 2.3,
# a figure; not a sentence: no comma or stop on the line)
DECIMAL_SUB = re.compile(
    r"^(?P<mark>(?P<major>\d{1,2})\.(?P<n>\d{1,2})\s*)(?=[\u4e00-\u9fff])(?![万亿千百元亩吨个人户家项倍米年月日])(?![^。！？，,；;]*[。！？，,；;])"
)


# 篇二：在全县……会议上的讲话 — a collection heading and the speech's title on one line.
_DIVIDER_TITLE = re.compile(
    r"^[【\[]?[^。！？，：:【】]{0,30}?(?:(?:篇|范文)\s*[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)(?:[】\]]?\s*[:：]|[】\]])"
    r"\s*(?P<title>\S.{1,60})$"  # 篇二：在…上的讲话 / 【篇二】在…上的讲话
    # 第一篇 镇政府镇长个人述职报告2150字: no colon, but a title word (and the page's word count) at the end
    r"|^第[一二三四五六七八九十\d]{1,3}篇\s*(?P<bare>[^。！？，：:]{2,50}?(?:讲话|致辞|发言|报告|讲话稿|党课|主持词))(?:\d{2,6}字)?$"
)


# 同志们：今天…  /  同志们，今天我们召开… — a 称谓 run into the first paragraph.
# (会议主持词会议主持词农村发展工作会议主持词同志们： — a page repeating its headings: the last title stays out of the 称谓)
_INLINE_SALUTATION = re.compile(
    r"^(?:(?P<title>[^。！？：:，,]{4,130}?(?:讲话稿|讲话|演讲稿|致辞|发言|主持词|主持稿|工作报告|述职报告|汇报材料|倡议书)(?:文稿)?】?"
    # (党课：坚持“四个第一”想干事、能干事、干成事同志们：…: a lecture's label and its topic, run onto the 称谓 — split48)
    r"|(?:专题)?党课[：:][^。！？：:，,]{4,40}?(?=同志们|各位|尊敬的|亲爱的|老师们|同学们))"  # (医院年度工作报告尊敬的各位代表、同志们： / …的表态发言文稿各位领导，…: the site's 文稿)
    r"(?P<piece>\s*(?:[【\[](?:篇|第)?[一二三四五六七八九十\d]{1,2}篇?[】\]]|(?:范文\s*)?(?:篇\s*)?\d{1,2}(?!\d)篇?)[\s?？•·]*)?"  # a piece number (讲话稿范文1), or a count (致辞11篇)
    # (xxxx (200x年9月1日）: the speaker's name masked, before the date)
    # (市委宣传部xxx 2026年2月10日 各位领导、…: the office and the masked name, then the day with no brackets — split47)
    rf"(?P<byline>\s*[^。！？：:，,（(\d]{{0,30}}(?:{_OFFICES})[\u4e00-\u9fff]{{2,3}}(?=\s*[（(]|\s*(?:19|20)\d\d年\d{1,2}月)"
    r"|\s*(?:(?!讲话|致辞|发言)[^。！？：:，,（(\d\s]){0,30}?[xX×＊*]{2,6}(?=\s*[（(]|\s*(?:19|20)\d\d年\d{1,2}月))?"
    r"(?P<note>\s*(?:[（(][^）)]{1,30}[）)]|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[：:]?)?"
    r"(?P<speaker>\s*(?![各全亲尊敬])[\u4e00-\u9fff]{2,3}(?=同志们))?)?\s*(?P<salutation>(?:(?:(?!主持词|主持稿)[^。！？，：:\d讲致]){0,30}?(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|姐妹|乡亲|委员|队员|家长|同事|同仁|校友|战友|女士|先生)们?[、，,]?){1,4})"
    r"(?:[：:]\s*(?=\S)|(?(title)[：:]\s*$|(?!))|[，,](?=今天|这次|此次|本次|刚才|今年|在|大家(?:早上|上午|下午|晚上)?好|(?:下面|现在)[，,]?我代表|我代表|我受)"
    # 尊敬的各位领导、同志们大家好。 — the greeting run straight onto the 称谓, with no stop between
    r"|(?<=们)(?=大家(?:早上|上午|中午|下午|晚上)?好[。！!，,]))"
)


# 一、 right after an announcement in the same paragraph, and the 二、 … that follow it.
# …讲3点意见。1、… is taken only after a count (the first branch of _run_in_point), never alone.
_RUN_IN_POINT = re.compile(r"(?<=[。：:])\s*(?=一、|第一(?:点|个方面|个词|层意思)?(?:意见|要求|希望)?[，,、：:]|1、(?=[\u4e00-\u9fff\d])|1[.．](?=[\u4e00-\u9fff]))")


# (…重点从“在干什么、…”四个视角，审视…的情况。1.…“在干什么”: a survey's angles, its first part run on — split42)
_ANNOUNCED = re.compile(r"[一二两三四五六七八九十几\d](?:点|个?方面|个问题|条|句话|个词|层意思|个(?:视角|角度|维度))")


_NEXT_POINT = re.compile(
    r"[。！]\s*(?=[二三四五六七八九十]、|[（(][一二三四五六七八九十]{1,2}[）)]|[1-9]\d?、|[1-9]\d?[.．](?=[\u4e00-\u9fff])"
    r"|[（(][1-9]\d?[）)]|同志们[，,！!])"
)


# …讲3点意见。 第一，要…。 第二，要…: points as ordinals (第一，, 第一点意见：) pasted as one line.
# (…提出几点希望：第一，要树立远大的理想。…；第二，要养成…；第三，…: the ordinals after a semicolon as well)
_NEXT_ORDINAL = re.compile(r"[。！；;]\s*(?=第[二三四五六七八九十](?:点|个方面|个词|层意思)?(?:意见|要求|希望)?[，,、：:]|同志们[，,！!])")


_INLINE_SUB = re.compile(r"[。！]\s*(?=[（(]一[）)])")  # (a space may stay after the stop: 。 （一）…)


# 二、…隐患排查整治1、抓好道路交通安全。…2、… — a 一、 heading with its first （一） or 1、 run on without a stop
# (一、我县经济发展的特点1.经济规模不断扩大。…: the first 1. as well, not 1.5倍 — a Han character after the stop)
_GLUED_SUB = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:[（(]一[）)]|1、|1[.．])[\u4e00-\u9fff])")
# 一、当前农村环境整治面临的问题 （一）农村生活垃圾不断增加随着…: a document site's one-line body, the heading set off from
# its first （一） by a space only (the heading holds no comma or stop: a sentence citing （一） is no heading's run-on)
_SPACED_SUB = re.compile(r"^[^。！？，,；;：:]{2,40}?[\u4e00-\u9fff][ \t\u3000\xa0]+(?=[（(]一[）)][\u4e00-\u9fff])")


# 大家早上好！ / 各位好， — a greeting said before the 称谓 on the same line.
_GREETING_FIRST = re.compile(r"^(?:大家|各位)(?:早上|上午|下午|晚上)?好[！!，,]\s*")


_TITLE_SENTENCE = re.compile(r"^[-—－]*\s*((?:[^。！？，：:在\s-]{1,8})?在[^。！？，：:]{2,40}(?:会|会议|大会|典礼|仪式|培训班)上的?(?:讲话|演讲|发言|致辞))[。！]")


# 1、…有序（1）投资… (but 七(1)班 is a class: 2、…初中七(1)班一名学生…)
# 一、紧盯发展目标，筑牢…的思想基础一要立足当前，迈步更高目标: a heading with its first 一要 sub-heading run on
# (no stop in the line; 统一要素, 唯一要求 are words, not the series)
_GLUED_SERIES = re.compile(
    r"(?<=[\u4e00-\u9fff]{8})(?<![统唯同万之第单专逐])(?=一[要是][\u4e00-\u9fff]{2,12}[，,][\u4e00-\u9fff]{2,12}$)"
)
_GLUED_ARABIC_SUB = re.compile(r"(?<=[\u4e00-\u9fff])(?=[（(]1[）)](?![班级届期])[\u4e00-\u9fff])")


_TITLE_RUN_IN = re.compile(
    # (or no speaker: 在全市安全生产会议上的讲话今天，我们召开… — not 在…会议上的讲话中，… / …讲话精神)
    r"^(?P<title>[^。！？：:，,、]{0,20}在[^。！？：:，,]{2,40}?(?:会|会议|大会|典礼|仪式|培训班)上?的?(?:讲话|致辞|讲话稿))"
    r"(?![中时里的]|精神)(?=[^。！？]{0,12}(?:今天|今日|召开|举行|决定|方才|刚才)"
    # 在“安全生产月”活动动员大会上的讲话 根据…的决定，…: a title set apart from the opening by a space only (the space
    # between two characters is gone by now), the opening a sentence's lead (not …讲话（根据录音整理）)
    r"|(?:根据|按照|为了)(?!录音|记录)[^。！？]{10})"
)


_PIECE_AFTER_TITLE = re.compile(r"[（(]\d{1,2}[)）]\s*")


# 全县教师节表彰大会讲话稿今天我们集聚在一起，…: a meeting's name and the genre, with no 在…上, run straight into the
# opening's 今天
_MEETING_GENRE_RUN_IN = re.compile(
    r"^(?P<title>[^。！？：:，,、“”]{4,40}?(?:会|会议|大会|典礼|仪式)(?:上的?)?(?:讲话稿|讲话|致辞|发言稿|发言))(?=今天|今日)"
)


# 2026年防汛工作会议主持讲话3今天，县委、县政府决定召开…: a host's title (and a collection's piece number) run into
# the opening, with no 在…会议上 to tell it by
_HOST_RUN_IN = re.compile(r"^(?P<title>[^。！？：:，,、“”]{4,40}?(?:主持讲话|主持词|主持稿))(?:\d{1,2}(?!\d))?(?=今天|今日|同志们|各位)")


# 县卫健委2026年度工作总结及2027年工作计划今年以来，在县委…领导下，… / 12026年街道工作规划今年是…: a report's title run
# into its opening, sometimes twice (a document-sharing page) or after the page's number (1 before the year)
_REPORT_KINDS = r"(?:工作总结|年度总结|工作规划|工作计划|工作思路|工作要点|工作打算|工作安排|工作重点|工作设想|(?<=[科室局办处站所队委院校心道区镇乡村县市厅部会司团社馆组])(?:\d{4}年度?|年度)工作回顾)"
_REPORT_RUN_IN = re.compile(
    rf"^(?:\d(?=\d{{4}}年))?(?P<title>[^。！？：:，,、“”]{{2,40}}?{_REPORT_KINDS}(?:(?:和|及|暨|与)[^。！？：:，,、“”]{{0,16}}?{_REPORT_KINDS})?)"
    # (…上半年工作总结和下半年工作安排2026年上半年，在…领导下: the half-year it opens on; a copy may double the year's digits)
    # (…上半年工作总结和下半年工作计划回顾这半年的工作，在…指导下: the look back it opens with)
    r"(?=今年|一年来|过去的?一年|回顾(?:这|过去|一年|半年|上半年|全年|今年)|(?:\d{4}|20[xX×]{2})年(?:已经|即将)?(?:过去|结束)|(?:\d{4}(?:\d{2})?|20[xX×]{2})年(?:上半年|下半年|以来|度)?[是以，,]|[^。！？，,]{0,6}在[^。！？]{2,30}(?:正确|坚强)领导下"
    # (县农业农村局2020年工作总结暨2021年工作打算（twice）一、2020年工作总结 （一）…: a sharing page's one-paragraph body,
    # its first part's heading right after the title)
    r"|一、[^。！？]{2,20}?(?:工作)?(?:总结|回顾|情况|打算|计划)\s*[（(]一[)）])"
)


# 关于家乡经济发展调查报告某县古称… / 乡村旅游调研报告在…开局之年，…: a survey's title run into its first sentence,
# whatever that says (not 这份调研报告显示…, 调研报告中提出…: a report named in a sentence)
_SURVEY_RUN_IN = re.compile(
    r"^(?P<title>[^。！？：:，,“”《》]{2,30}?(?:调研|调查|考察|调查研究)报告)(?![中的里显指表认提称是为和与及，,。：:（(])"
)


# 关于农村某某问题的调查报告，随着…: a title of the 关于…的…报告 form run into the opening with a comma for its line break
# (the form is a title's wherever it stands at a paragraph's start; a sentence says 形成了…报告，)
_ABOUT_REPORT_RUN_IN = re.compile(r"^(?P<title>关于[^。！？：:，,“”]{2,40}的(?:调研|调查|考察|研究|专题)?报告)[，,]\s*(?=[\u4e00-\u9fff“])")


# 【外出学习考察情况工作报告】为提升工作水平，…现将有关情况总结如下：: a page's headline in brackets run into the
# opening of the report under it (not 【摘要】, 【导读】, labels with no report's word at their end, nor 【中心组研讨发言】,
# the genre label over a speech: see split._GENRE_LABEL)
_BRACKETED_RUN_IN = re.compile(r"^【(?P<title>[^】。！？：:，,]{4,40}?(?:报告|总结|汇报))】(?=[\u4e00-\u9fff“])")
# 【乡镇安全生产总结|乡镇安全生产工作半年总结】(三)安全生产存在的薄弱环节: the same headline in brackets over a page that starts
# at a later part, run into that part's heading (however short the heading is)
_BRACKETED_OVER_HEADING = re.compile(
    r"^【(?P<title>[^】。！？：:，,]{4,60}?(?:报告|总结|汇报))】(?=[（(][一二三四五六七八九十]{1,2}[)）][\u4e00-\u9fff]|[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff])"
)


# 副市长在煤矿安全生产工作会议上的讲话一、对近年来…: a speech's title run into its first heading (a doc site's pages
# joined: the title's line break went with the page's chunk label)
# 2021年党课讲稿范文：当好党支部书记党支部作为…，是…: a lecture's genre label, its colon and its topic run into the
# opening (where the topic ends is not said: the label is the title, the topic stays with the text)
_LECTURE_RUN_IN = re.compile(
    r"^(?P<title>[^。！？：:，,]{0,16}(?:党课(?:讲稿|讲义|提纲)?|(?:讲话|发言|演讲|宣讲|致辞)稿)(?:范文|系列|精选|大全|合集|汇编|模板|专辑)?)"
    r"[：:](?=[^。！？：:]{4,60}[，,。])"
)
_SPEECH_RUN_IN = re.compile(r"^(?P<title>[^。！？：:，,、“”]{0,20}在[^。！？：:，,、“”]{2,50}上的讲话)(?=一、[\u4e00-\u9fff])")


def split_report_title(paras: list[Para]) -> list[Para]:
    """A report's title run into its opening in one of the first paragraphs (after broken lines were joined): the
    title on its own line, said once. (A speech's title run into its 一、 too.)"""
    for k, para in enumerate(paras[:3]):
        report = (
            _REPORT_RUN_IN.match(para.text) or _SURVEY_RUN_IN.match(para.text) or _BRACKETED_RUN_IN.match(para.text)
            or _ABOUT_REPORT_RUN_IN.match(para.text)
            or _SPEECH_RUN_IN.match(para.text) or (_LECTURE_RUN_IN.match(para.text) if "。" in para.text else None)
        ) if not para.divider else None
        over = _BRACKETED_OVER_HEADING.match(para.text) if not report and not para.divider else None
        if over:
            return [*paras[:k], Para(over.group("title"), para.line, para.line, para.md),
                    Para(para.text[over.end() :], para.line, para.end), *paras[k + 1 :]]  # fmt: skip
        if report and len(para.text) > report.end() + 20:
            title = report.group("title")
            twice = re.fullmatch(r"(.{4,}?)\1", title)
            head = Para(twice.group(1) if twice else title, para.line, para.line, para.md)
            rest = Para(para.text[report.end() :].lstrip(), para.line, para.end)
            gap = re.search(r"(?<=[\u4e00-\u9fff])\s*(?=[（(]一[）)])", rest.text) if _heading_level(rest.text) == 1 else None
            if gap:  # 一、2020年工作总结 （一）…。（二）…: the part's heading, its sub-points run on after a space
                part = Para(rest.text[: gap.start()], para.line, para.line)
                subs = _split_run_in(Para("。" + rest.text[gap.end() :], para.line, para.end), 1)
                return [*paras[:k], head, part, *subs, *paras[k + 1 :]]
            if report.re is _SPEECH_RUN_IN:  # …的讲话一、…。二、…: the points run on in the line it heads
                return [*paras[:k], head, *split_glued(rest), *paras[k + 1 :]]
            return [*paras[:k], head, rest, *paras[k + 1 :]]
    return paras


def report_title_after_cut(prev: Para, para: Para, line: int = 0) -> re.Match[str] | None:
    """A report's title run into its opening (关于…的调查报告，随着… / …调研报告为了…) at the start of the line right under
    a whole saved line cut mid-sentence: the next piece of the page, past its first lines (split43). The title form alone
    is not enough there: a hard-wrapped line may go on with 关于…的报告，会议认为…; a line of 90 characters or more, cut
    with no stop, is no wrapped line but a site's excerpt that ended. `line`: the length of the saved line `prev` ends."""
    if para.md or para.divider or not whole_line(prev, para, line) or not cut_before(prev):
        return None
    m = _ABOUT_REPORT_RUN_IN.match(para.text) or _SURVEY_RUN_IN.match(para.text)
    return m if m and len(para.text) > m.end() + 20 else None


def later_report_titles(paras: list[Para]) -> list[Para]:
    """Each report's title run into its opening under a cut whole line (`report_title_after_cut`), on a line of its own."""
    out: list[Para] = []
    lengths = line_lengths(paras)
    for para in paras:
        m = report_title_after_cut(out[-1], para, lengths.get(out[-1].end, 0)) if out else None
        if m:
            out += [Para(m.group("title"), para.line, para.line), Para(para.text[m.end() :].lstrip("，, "), para.line, para.end)]
        else:
            out.append(para)
    return out


# 县委书记在…会议上的讲话201X/X/XX在…会议上的讲话xxx同志讲话今天这次会议，…: a page's header run together — the
# title, the date, the title again and the speaker — before the opening
_HEADER_RUN = re.compile(
    r"^(?P<title>[^。！？：:，,]{4,60}?(?:讲话|致辞|发言))"
    r"(?P<date>(?:\d{3}[\dXx]|20[Xx]{2})\s*[/\-.年]\s*[\dXx]{1,2}\s*[/\-.月]\s*[\dXx]{1,2}日?)"
    r"(?:[^。！？：:，,]{4,60}?(?:讲话|致辞|发言))?(?P<speaker>[^。！？：:，,]{1,12}同志(?:的)?(?:讲话|致辞|发言))?"
    r"(?=今天|今日|同志们|各位|[^。！？]{0,12}(?:召开|举行))"
)


# 关于某市乡村旅游发展的调查与思考201X/X/XX关于某市乡村旅游发展的调查与思考2017年中央…: the same header run together
# around any title, when the title is said twice, word for word, around the date
_TITLE_DATE_TITLE = re.compile(
    r"^(?P<title>[^。！？：:，,]{6,60}?)"
    r"(?P<date>(?:\d{3}[\dXx]|20[Xx]{2})\s*[/\-.年]\s*[\dXx]{1,2}\s*[/\-.月]\s*[\dXx]{1,2}日?)(?P=title)(?P<speaker>)"
)


def _heading_level(text: str) -> int:
    head = match_point_heading(text)
    return head[0] if head else 0


# 刘某某：在对口帮扶工作恳谈会上的讲话: a speaker's name (two to four characters, not a page's label) and a colon before the
# title, on the page's headline
_NAME_THEN_TITLE = re.compile(
    r"^(?P<name>(?!附件|标题|摘要|全文|正文|来源|原文|主题|题目|范文|讲话|致辞)[\u4e00-\u9fff·]{2,4})\s*[：:]\s*"
    r"(?P<title>在[^。！？：:，,]{2,60}?上的(?:讲话|致辞|发言|报告|讲话稿))$"
)
_FIELD_LABEL = re.compile(r"^(?:文章标题|文档标题|标题|文章名称|资料名称|内容简介|内容提要)\s*[:：]\s*")


# 1.总结…工作 2.宣读表彰决定 … 4.请…讲话 下面，进行第一项议程，请…: a 主持词's agenda list with its first item opened on
# the same line (the space between went in cleaning)
# (only on a line of the list: 一、…。下面，大会进行第一项：请校长致辞。 is the chair's words leading to the item)
_LISTED = re.compile(r"^\d{1,2}[.．、]")
_FIRST_STEP = re.compile(r"(?<=[\u4e00-\u9fff。；;！])\s*(?=下面[，,]\s*(?:大会|会议)?进行第一项)")


def split_line(para: Para, early: bool) -> list[Para]:
    """One cleaned line as paragraphs: an inline 称谓 (and a title before it) split off, points run into
    one line split apart, a collection heading with its title (篇二：在…上的讲话) in two."""
    out: list[Para] = []
    item = headline_then_lead(para)
    if item:  # 某镇召开…动员会 3月6日上午，某镇组织召开…动员会。…: the next news item's headline and lead (split43)
        return item
    named = _TITLE_THEN_PIECE.match(para.text) if para.divider else None
    if named:  # 云毕业典礼校长讲话稿篇1: a collection's piece heading that carries the piece's title
        return [Para(para.text[named.end("title") :], para.line, para.end, para.md, divider=True),
                Para(named.group("title"), para.line, para.end)]  # fmt: skip
    outline = _OUTLINE_TITLE_RUN_IN.match(para.text) if early and not para.divider else None
    if outline:  # 在…会议上的讲话提纲李明（2026年4月8日）县委、县政府今天召开…: the title, its speaker and date, then the text
        return [Para(outline.group("title"), para.line, para.end, para.md),
                Para(outline.group("by"), para.line, para.end), Para(outline.group("rest"), para.line, para.end)]  # fmt: skip
    dated = _TITLE_DATED.match(para.text) if early and para.text[-1:] in "）)" else None
    if dated:  # 县委书记某某某在……会议上的讲话（2026年1月5日）: the date under the title, on its line
        return [Para(dated.group("title"), para.line, para.end, para.md), Para(dated.group("date"), para.line, para.end)]
    named_title = _NAME_THEN_TITLE.match(para.text) if early and not para.divider else None
    if named_title:  # 刘某某：在…工作恳谈会上的讲话 (a page's headline naming the speaker first): the title, then the byline
        return [Para(named_title.group("title"), para.line, para.end, para.md), Para(named_title.group("name"), para.line, para.end)]
    label = _FIELD_LABEL.match(para.text) if early else None
    if label and len(para.text) > label.end() + 4:  # 文章标题：… left after the page's repeated title went
        para = Para(para.text[label.end() :], para.line, para.end, para.md)
    if early and (twice := _TITLE_TWICE.match(para.text)):  # 在…讲话在…讲话各位领导：… (title said twice)
        para = Para(para.text[twice.end(1) :], para.line, para.end, para.md)
    labelled = split_label_topic(para.text) if early and not para.divider else None
    if labelled:  # 党课：强化…根基同志们，国有企业是…: the page's 体裁：题目 title, the 称谓, the text (batch 56)
        return [Para(labelled[0], para.line, para.line, para.md), Para(labelled[1], para.line, para.line),
                *split_line(Para(labelled[2], para.line, para.end), early=False)]  # fmt: skip
    greeting = _GREETING_FIRST.match(para.text) if early and not para.divider else None
    inline = _INLINE_SALUTATION.match(para.text[greeting.end() if greeting else 0 :]) if early and not para.divider else None
    if inline and greeting and not inline.group("title"):  # 大家早上好！全体队员们，今天…: the 称谓, then the greeting
        rest = para.text[greeting.end() + inline.end("salutation") :].lstrip("，,：: ")
        head = para.text[greeting.end() + inline.start("salutation") : greeting.end() + inline.end("salutation")]
        return [Para(head.rstrip("，,、") + "：", para.line, para.line, para.md), Para(greeting.group(0).strip() + rest, para.line, para.end)]
    inline = _INLINE_SALUTATION.match(para.text) if early and not para.divider else None
    if inline:
        line, cut = para.line, inline.end("salutation")
        if inline.group("title"):  # 副市长在…会议上的讲话 同志们：… — title, 称谓 and text on one line
            head = _undouble(re.sub(r"^附件\s*\d*\s*[:：]?", "", inline.group("title")).strip("【】"))
            head = head[:-2] if head.endswith("文稿") else head  # …的表态发言文稿: the site's word for a document
            piece = (inline.group("piece") or "").strip()
            if re.fullmatch(r"(?:篇\s*)?\d{1,2}", piece) and int(piece.lstrip("篇 ")) > 1:  # 爱护环境倡议书 篇2同学们：… / …演讲稿 2 尊敬的…: the next piece
                out.append(Para(piece, line, line, divider=True))
            out.append(Para(head, line, line, para.md))
        note = (inline.group("byline") or "").strip() + (inline.group("note") or "")
        if re.fullmatch(r"\s*[（(][一二三四五六七八九十\d]{1,2}[）)][：:]?", note):
            note = ""  # 校长致辞（一）：各位老师，…: the number of a collection's piece
        if note or inline.group("speaker"):  # （2011年11月3日根据录音整理）刘和平
            out.append(Para(f"{note.rstrip('：:')}{inline.group('speaker') or ''}".strip(), line, line))
        out.append(Para(para.text[inline.start("salutation") : cut].rstrip("，,") + "：", line, line, para.md))
        para = Para(para.text[cut:].lstrip("，,：: "), line, line)
        if not para.text:  # 【…讲话稿】尊敬的各位老师、同志们： — nothing after the 称谓
            return out
    said = _TITLE_SENTENCE.match(para.text) if early and not inline and not para.divider else None
    if said and len(para.text) > said.end() + 20:  # 在全县……大会上讲话。春回大地…: the title said as the first sentence
        out.append(Para(said.group(1), para.line, para.line, para.md))
        para = Para(para.text[said.end() :].lstrip(), para.line, para.end)
    point = title_then_point(para.text) if early and not inline and not para.divider else None
    if point:  # ……局长的讲话一、提高……: the title run into the first point
        out.append(Para(point[0], para.line, para.line, para.md))
        para = Para(point[1], para.line, para.end)
    header = (_HEADER_RUN.match(para.text) or _TITLE_DATE_TITLE.match(para.text)) if early and not inline and not said and not point and not para.divider else None
    if header:  # 县委书记在…讲话201X/X/XX在…讲话xxx同志讲话今天…: title, date, speaker, then the opening
        out += [Para(header.group("title"), para.line, para.line, para.md), Para(header.group("date"), para.line, para.line)]
        if header.group("speaker"):
            out.append(Para(header.group("speaker"), para.line, para.line))
        para = Para(para.text[header.end() :], para.line, para.end)
    titled = (_TITLE_RUN_IN.match(para.text) or _HOST_RUN_IN.match(para.text) or _MEETING_GENRE_RUN_IN.match(para.text)) if early and not inline and not para.divider else None
    if titled:  # 副书记在安全生产通报会讲话县委、县政府决定今天召开…: a title run into the opening
        out.append(Para(_undouble(titled.group("title")), para.line, para.line, para.md))
        # 在…会议上的讲话(1) 今天的…: the page's piece number after the title is no heading (1) of the opening
        piece = _PIECE_AFTER_TITLE.match(para.text, titled.end())
        para = Para(para.text[piece.end() if piece else titled.end() :], para.line, para.end)
    both_titles = run_in_titles(para.text, early) if not inline and not titled and not para.divider and "在" in para.text[:40] else None
    if both_titles:  # 2026年在…讲话稿和在…讲话范文2026年在…会议上的讲话范文稿受某某同志委托，…: ingest.runintitles (batch 60)
        out.append(Para(both_titles[0], para.line, para.line, para.md))
        para = Para(both_titles[1], para.line, para.end)
    handed = handed_over_run_on(para.text) if "如下" in para.text else None
    if handed:  # …倡议书全文如下：亲爱的市民朋友们：…: the letter a news item prints, its 称谓 run on (batch 56)
        lead = Para(para.text[:handed].rstrip(), para.line, para.end, para.md)
        return [*out, *split_line(lead, early=False), *split_line(Para(para.text[handed:], para.line, para.end), early=True)]
    gapped = split_gaps(para)
    if len(gapped) > 1:  # …做成“三件事” 第一件事是“…” 一是…: a PDF's lines run into one, the breaks before its leads left as spaces
        return out + [q for piece in gapped for q in split_line(piece, early=False)]
    both = _DIVIDER_TITLE.match(para.text) if not para.divider else None
    run_in = _run_in_point(para.text) if not both and not para.md else None
    if run_in:
        return out + _split_run_in(para, run_in.end())
    if _heading_level(para.text) == 1 and _INLINE_SUB.search(para.text):  # 一、…。（一）…。（二）…
        return out + _split_run_in(para, 0)
    step = _FIRST_STEP.search(para.text) if _LISTED.match(para.text) else None
    if step:  # …4.请市委常委…作重要讲话 下面，进行第一项议程，请…: the chair opens the agenda's first item after listing it
        return [*out, Para(para.text[: step.start()], para.line, para.end, para.md), Para(para.text[step.end() :], para.line, para.end)]
    wish = _LAST_WISH.search(para.text) if len(para.text) > 120 and para.text.count("。") >= 2 else None
    if wish:  # a one-line paste ending in 祝老师们节日快乐、身体健康！: the wish is the closing
        before = Para(para.text[: wish.start()].rstrip(), para.line, para.end, para.md)
        return [*out, *split_line(before, early=False), Para(wish.group(1), para.line, para.end)]
    if both and not match_heading(para.text):
        name = "title" if both.group("title") else "bare"
        title = Para(both.group(name), para.line, para.line)
        return [*out, Para(para.text[: both.start(name)], para.line, para.line, para.md, divider=True), title]
    return [*out, para]


_STOPS = re.compile(r"[。！？]")
# A space left where a PDF's line broke, before a point's lead: 第一件事是… / 第一，… / 一、… / 一是… (cleaning joins the
# spaces between two Han characters; one after a closing quotation mark or a bracket stays)
_GAP_LEAD = re.compile(
    r"(?<=[^\s。！？!?.；;，,、：:])[ \t\u3000\xa0]+"
    r"(?=第[一二三四五六七八九十]{1,2}(?:件事|点|个方面)?[是，,、：:]|[一二三四五六七八九十]{1,2}(?:是|、)(?=[\u4e00-\u9fff“\"]))"
)


def split_gaps(para: Para) -> list[Para]:
    """The paragraph cut where a long one-line paste broke before a point's lead (see `_gap_leads`); else as it is.
    Also for a paragraph cleaning joined from a PDF's hard-broken lines (the spaces at the old breaks stay)."""
    gaps = sorted({*_gap_leads(para.text), *stop_gap_leads(para.text)}) if not para.md and not para.divider else []
    # (…的效果。 二、工作成果 1. … 2. …: numbered items after a stop, a preview's broken lines — ingest.gapitems, batch 56)
    if not gaps:
        return [para]
    cuts = [0, *gaps, len(para.text)]
    pieces = [para.text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    return [Para(t, para.line, para.end) for t in pieces if t]


def _gap_leads(text: str) -> list[int]:
    """Where a long one-line paste broke before a point's lead (see _GAP_LEAD): only where the text before the gap is no
    sentence of its own (a heading or an announcement, with no stop after it) and a series opens (its first lead, 第一…
    or 一…, is among them)."""
    if len(text) < 150:
        return []
    found = [m.end() for m in _GAP_LEAD.finditer(text)]
    if not any(text[k] == "一" or text[k + 1 : k + 2] == "一" for k in found):
        return []
    return found
# 在全县…会议上的讲话提纲李明（2026年4月8日）县委、县政府今天召开… / …上的讲话在全区…上的讲话提纲张华〔2026年5月6日〕区委…: a
# speech's title (an outline's, its genre said), its speaker's name (or none) and the date in brackets, run into the text
_OUTLINE_TITLE_RUN_IN = re.compile(
    r"^(?P<title>[^。！？：:，,（(〔]{0,30}?在[^。！？：:，,（(〔]{2,60}?(?:讲话|发言)(?:提纲|纲要|要点))"
    r"(?P<by>(?:[\u4e00-\u9fff·]{2,4})?\s*[（(〔\[【]\s*[\d〇○零一二三四五六七八九十]{2,6}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[）)〕\]】])"
    r"(?P<rest>\S.{40,})$"
)
_TITLE_DATED = re.compile(
    r"^(?P<title>[^。！？：:，,（(]{4,80}?(?:讲话|致辞|发言|讲话稿|报告))\s*"
    r"(?P<date>[（(]\s*(?:\d{4}|20[*＊xX]{2}|20)\s*年\s*[\d*＊xX]{0,2}\s*月?\s*[\d*＊xX]{0,2}\s*日?[）)])$"
)
# 重阳节演讲稿题目篇一: the collection's own word for its pieces (题目, 范文, 模板) is no part of the title
_TITLE_THEN_PIECE = re.compile(
    r"^(?P<title>[^。！？，：:]{2,40}?(?:讲话稿|讲话|致辞稿|致辞|发言稿|发言|演讲稿|主持词|开场白|倡议书|慰问信|感谢信|公开信))(?:题目|范文|模板|范例)?"
    r"\s*篇\s*[\d一二三四五六七八九十]{1,2}$"
)
_LAST_WISH = re.compile(r"(?<=[。！？!?])\s*((?:预祝|衷心祝愿|祝愿|祝)[^。！？!?]{2,40}[！!])\s*$")
_TITLE_END = re.compile(r"(?:讲话|致辞|发言|讲话稿|报告)(?:[（(][^）)]{1,10}[）)])?$")
_TITLE_TWICE = re.compile(r"^([^。！？：:，,]{6,60}?(?:讲话|致辞|发言|讲话稿))\1")


_TITLE_UNIT = re.compile(r"\d{0,4}[^\d]*?(?:讲话稿|演讲稿|讲话|致辞|发言)(?:汇总|汇编|大全|精选|稿)?\d{0,4}")


_MASK_RUN = re.compile(r"[xX×＊*]+")


def _undouble(title: str) -> str:
    """妇联副主席在…上的讲话妇联副主席在…上的讲话 (or 在…例会上讲话在…例会上的讲话): a sharing page's
    title said twice, run together — the second, fuller copy is kept. Said three times, or with a
    collection word or a year between (局长致辞汇总局长致辞汇总局长致辞, 校长致辞2020校长致辞): the last copy."""
    units = [u.strip("0123456789") for u in _TITLE_UNIT.findall(title)]
    if len(units) >= 2 and "".join(_TITLE_UNIT.findall(title)) == title and len({u[:4] for u in units}) == 1:
        return re.sub(r"(?:汇总|汇编|大全|精选)$", "", units[-1])
    masked = re.fullmatch(r"(.{6,}?)\1+", _MASK_RUN.sub("X", title)) if _MASK_RUN.search(title) else None
    if masked and _TITLE_END.search(masked.group(1)):  # 在XX一中…的致辞在xxx一中…的致辞: copies that mask a name differently
        copy = re.escape(masked.group(1)).replace("X", "[xX×＊*]+")
        return [m.group(0) for m in re.finditer(copy, title)][-1]
    for k in range(6, len(title) - 5):
        first, second = title[:k], title[k:]
        if second.startswith(first[:6]) and abs(len(second) - len(first)) <= 2 and _TITLE_END.search(first):
            return second
        if k >= 8 and second.startswith(first) and _TITLE_END.search(second):  # the first copy cut short
            return second
    return title


def split_glued(para: Para) -> list[Para]:
    """一、…工作（一）开展… — a 一、 heading with its first （一） run on without a stop; （一）…。（二）…。（三）…
    in one line — sub-points a copy ran together, each after a full stop, numbered on from the first."""
    level = _heading_level(para.text)
    late = _LATE_HEADING.search(para.text) if level in (2, 3) else None
    late = late or (_next_point_run_on(para.text) if level == 1 else None)
    if late:  # …（二）…。2.…。二、2026年工作打算1.… (one line): the next 一、-level point starts after the stop
        return [*split_glued(Para(para.text[: late.start()], para.line, para.end, para.md)),
                *split_glued(Para(para.text[late.start() :], para.line, para.end, para.md))]  # fmt: skip
    if level in (2, 3) and "。" in para.text:
        cuts = _run_on_subpoints(para.text) if level == 2 else _run_on_arabic(para.text)
        if cuts:
            bounds = [0, *cuts, len(para.text)]
            return [Para(para.text[a:b], para.line, para.end, para.md) for a, b in zip(bounds, bounds[1:], strict=False)]
    glued = (_GLUED_SUB if level == 1 else _GLUED_ARABIC_SUB).search(para.text[:80]) if level in (1, 3) else None
    spaced = _SPACED_SUB.match(para.text) if level == 1 and not glued else None
    if spaced:  # 一、当前…面临的问题 （一）农村生活垃圾不断增加…。 （二）…: the heading, a space, its sub-points on the line
        return [Para(para.text[: spaced.end()].rstrip(), para.line, para.end, para.md),
                *split_glued(Para(para.text[spaced.end() :], para.line, para.end, para.md))]  # fmt: skip
    if level == 1 and not glued and "。" not in para.text:
        glued = _GLUED_SERIES.search(para.text)
    if not glued:
        return [para]
    return [Para(para.text[: glued.start()], para.line, para.end, para.md),
            *split_glued(Para(para.text[glued.start() :], para.line, para.end, para.md))]  # fmt: skip


def _next_point_run_on(text: str) -> re.Match[str] | None:
    """一、对…的基本估价近年来，…。二、正视现实，…: the next point's 二、 right after a full stop in the same line (a doc
    site's pages joined into one); only the next number (a 二、 in a 三、 point is a quotation's)."""
    head = match_point_heading(text)
    if head is None or not 1 <= head[1] < 9 or head[3]:
        return None
    n = head[1]
    found = re.compile(rf"(?<=[。！？])\s*(?={CN_DIGITS[n]}、[\u4e00-\u9fff])").search(text)
    if found or n > 8:
        return found
    # 一、生产发展…研究；二、生活富裕…研究；三、…: an outline run on in one line, its parts after semicolons (from the
    # first part, the one after next must follow too; a later part of the run goes on to the next)
    after = re.compile(rf"(?<=[；;])\s*(?={CN_DIGITS[n]}、[\u4e00-\u9fff])")
    if n > 2 or re.search(rf"[；;]\s*{CN_DIGITS[n + 1]}、[\u4e00-\u9fff]", text):
        return after.search(text)
    return None


_SUB_MARK = re.compile(r"^[（(]([一二三四五六七八九十])[)）]")
_LATE_HEADING = re.compile(r"(?<=[。！？])\s*(?=[二三四五六七八九十]、[\u4e00-\u9fff\d])")
_ARABIC_MARK = re.compile(r"^([1-8])([.．、])(?=[\u4e00-\u9fff])")


def _run_on_arabic(text: str) -> list[int]:
    """Where 2., 3.… start in a line that starts with 1. (each right after 。！？, a Han character after the mark, in the
    first one's style: 2.5个百分点 and 2、3月 stay): 1.协调发展实现新跨越。…。2.民生工程呈现新亮点。… pasted as one line."""
    first = _ARABIC_MARK.match(text)
    if not first or first.group(1) != "1":
        return []
    cuts: list[int] = []
    for n in range(2, 10):
        m = re.compile(rf"(?<=[。！？]){n}[{re.escape(first.group(2))}](?=[\u4e00-\u9fff]{{2}})").search(text, cuts[-1] if cuts else first.end())
        m = m or _comma_glued(text, n, first.group(2), cuts[-1] if cuts else first.end())
        if not m:
            break
        cuts.append(m.start())
    return cuts


def _comma_glued(text: str, n: int, sep: str, start: int) -> re.Match[str] | None:
    """…也是…的一种有益尝试，2、全面启动…组稿工作。根据…: a document site dropped the stop before the next item, leaving
    a comma. Only with 、 (2、3月 is a date), after a whole sentence of the item before, and with a heading sentence of its own
    (no comma before its stop), so 1、…，2、… inside a sentence stays."""
    if sep != "、":
        return None
    m = re.compile(rf"(?<=[，,]){n}、(?=[\u4e00-\u9fff《“][^，,。！？]{{3,40}}。)").search(text, start)
    return m if m and "。" in text[start : m.start()] else None


def _run_on_subpoints(text: str) -> list[int]:
    """Where （二）, （三）… start in a line that starts with （一） (each right after 。！？)."""
    first = _SUB_MARK.match(text)
    if not first or first.group(1) not in CN_DIGITS[:9]:
        return []
    cuts: list[int] = []
    n = CN_DIGITS.index(first.group(1)) + 1
    while n < 10:
        m = re.compile(rf"(?<=[。！？])\s*[（(]{CN_DIGITS[n]}[)）]").search(text, cuts[-1] if cuts else first.end())
        if not m:
            break
        cuts.append(m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
        n += 1
    return cuts


def _run_in_point(text: str) -> re.Match[str] | None:
    """一、 right after a sentence that announced a count (…再讲三点意见。一、 / …两个方面的问题，最后请…。一、)."""
    for m in _RUN_IN_POINT.finditer(text):
        if m.start() > 0 and _ANNOUNCED.search(text[max(0, m.start() - 60) : m.start()]):
            return m
        if m.start() > 0 and text[m.end() : m.end() + 2] == "一、" and _POINT_FOLLOWS.search(text, m.end()):
            return m  # no count announced (…行动起来。一、认清形势任务…（一）…): a one-line paste all the same
        if m.start() > 0 and text[m.end() : m.end() + 2] == "一、" and _TURN.search(_last_sentence(text[: m.start()])):
            return m  # 接下来，我想…谈谈一些全新的认识与规划。一、直面困境…: the speaker's turn to the points, then the first
        if m.start() > 0 and text[m.end() : m.end() + 2] == "一、" and own_work_turn(_last_sentence(text[: m.start()])):
            return m  # …安排部署，我乡主要开展以下工作： 一、高度重视…: an office's account turning to its work (batch 55)
    cut = _CUT_FIRST_POINT.search(text) if len(text) >= 150 and _CUT_TAIL.search(text) else None
    if cut and not re.search(r"[。！？]二、", text[cut.end() :]):
        return cut  # …坚决完成各项任务。一、站位全局，凝心聚力抓落实。…努力营造。。。: a one-line paste cut before its 二、
    for m in _RUN_IN_SERIES.finditer(text):  # …再提四点要求： 一要压实责任… / …我讲几点意见。（一）要凝聚共识…
        return m
    for m in _RUN_IN_BRACKETED.finditer(text):  # …迈出新成效。（一）坚持…。…（二）坚持…: parts numbered （一） with no 一、 over them
        if "一、" not in text and re.search(r"[。！？]\s*[（(]二[）)]", text[m.end() :]):
            return m
    for m in _LATE_POINT.finditer(text):  # …精神不变。 二、希望你们… 三、希望你们…: a copy that starts inside the speech
        following = f"{CN_DIGITS[CN_DIGITS.index(m.group(1)) + 1]}、"
        if "一、" not in text and re.search(rf"[。！]\s*{following}", text[m.end() :]):
            return m
    return None


CN_DIGITS = "一二三四五六七八九十"
# 表态发言 pasted as one line (…坚决完成各项创建任务。一、站位全局、上下联动，凝心聚力抓创建。动员…) whose copy stops in the
# middle of its first point (努力营造... / ……): the 一、 after a sentence, its heading a short clause of its own — the first
# point, with no 二、 to confirm it (the page cut before it)
_CUT_FIRST_POINT = re.compile(r"(?<=[。！])(?=一、[^。！？]{4,30}[。！][^。！？]{10})")
_CUT_TAIL = re.compile(r"(?:…+|\.{3,}|。{3,})$")
# 下面，我讲… / 接下来，我想…谈谈…: the sentence that hands over to the points (no count said)
# …我现将2008年街道办工作总结如下，请…提出宝贵意见。: a report's turn to its parts
# 以下是这次的调查报告： a survey's turn to its parts; 在此，我代表局党组郑重表态： a pledge's turn to its points
_TURN = re.compile(
    r"^(?:下面|接下来|现在)[，,]?\s*(?:我|就)[^。！？]{0,60}(?:谈谈|讲讲|谈|讲|提|说说)|现将[^。！？]{0,40}如下"
    # 下面，我代表镇政府就一年来的政府工作情况汇报如下，不妥之处，请…批评指正。: a 述职's turn to its parts
    r"|^(?:下面|接下来|现在)[，,]?\s*(?:我|就)[^。！？]{0,60}(?:汇报|报告|述职)如下"
    # (下而，我就…工作情况汇报如下，…: 我就…汇报如下 turns to the parts whatever word leads it — an OCR'd 下面 too)
    r"|(?:^|[，,])\s*我(?:就|把|将)[^。！？]{0,60}(?:汇报|报告|述职)如下"
    r"|^以下是[^。！？]{0,30}(?:报告|总结|汇报)[：:]$|我代表[^。！？]{0,40}表态[：:]$"
    # …在认真分析的基础上，形成了关于…的调查报告： a survey's turn to its findings
    r"|形成了?(?:这份|本|此)?[^。！？]{0,40}(?:调查|调研)报告[：:]$"
    # 现在，我代表镇人民政府向大会报告工作，请予审议，并请列席会议的同志提出意见。一、…: a 政府工作报告's turn
    r"|向大会报告工作[^。！？]{0,40}$|^并?请[^。！？]{0,16}列席[^。！？]{0,16}提出[^。！？]{0,6}意见$"
    # 具体工作总结和下半年工作安排如下： (an office's half-year account): the turn to its parts, said without 现将
    r"|^具体[^。！？]{0,30}(?:总结|汇报|报告|安排|计划)如下[：:]?$"
    # 我在此作表态发言，请予指正。 / 我代表…向大会作报告，请予审议。: the speaker hands over to the parts asking the
    # meeting to judge them (batch 52: a doc site's run-on copy, the 一、 glued to the sentence)
    r"|我[^。！？]{0,40}(?:作|做)[^。！？]{0,10}(?:发言|报告|汇报|述职)[，,]\s*(?:敬?请|请予)[^。！？]{0,12}(?:指正|审议|评议|批评)$"
)


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[。！？])", text.rstrip("。！？"))[-1].lstrip()


# (…的问题1.政治素质修养不够，…: the heading's first sub-point glued on as 1., a page cut before 二、)
_POINT_FOLLOWS = re.compile(r"[。！？]\s*(?:二、|[（(]一[）)])|[^。！？，：:]{4,40}(?:[（(]一[）)]|(?<=[\u4e00-\u9fff])1[.．、](?=[\u4e00-\u9fff]))")
# 一要/一是/（一） right after the transition that announced the points (…再提四点要求：), in the same line:
# the speech's points are a series of its own (a run-in list after any other sentence stays inline).
_RUN_IN_SERIES = re.compile(
    # (…切实在今后的工作中做到以下几点：一是…: what the new government pledges to do, its points the same run in)
    r"(?:(?:讲|强调|提出?|谈|做到|抓好|把握)[^。！？：:]{0,8}?[一二两三四五六七八九十几\d](?:点|个方面|方面|个问题)(?:意见|要求|看法|建议|希望)?"
    # (…联系工作实际，我有以下三点认识。一是…: what the speaker has to say, pointed ahead at with 以下 and named as his
    # 体会 or 考虑 — not 他们的工作有以下几个方面, what others do — split46)
    r"|有以下(?:这么)?[一二两三四五六七八九十几\d](?:点|个方面)(?:体会|考虑|想法|感受|认识|意见|看法|建议))[：:。]"
    r"\s*(?=一[要是抓][^。！？]{2,30}[，。]|[（(]一[）)][^。！？]{2,40}[。，])"
)
_NEXT_IN_SERIES = {
    kind: re.compile(rf"[。！]\s*(?=[二三四五六七八九十]{kind}|同志们[，,！!])") for kind in ("要", "是", "抓")
}
_NEXT_BRACKETED = re.compile(r"[。！]\s*(?=[（(][二三四五六七八九十]{1,2}[）)]|同志们[，,！!])")
_RUN_IN_BRACKETED = re.compile(r"(?<=[。！？])\s*(?=[（(]一[）)][\u4e00-\u9fff])")
_LATE_POINT = re.compile(r"(?<=[。！])\s*(?=([二三四五六七八九])、)")


def _split_run_in(para: Para, first: int) -> list[Para]:
    """…再讲三点意见。一、明确目标…。二、… pasted as one line: one paragraph per point."""
    rest = para.text[first:]
    lead = rest.lstrip()
    nxt = _NEXT_ORDINAL if lead.startswith("第一") else _NEXT_POINT
    if lead[:1] == "一" and lead[1:2] in _NEXT_IN_SERIES:
        nxt = _NEXT_IN_SERIES[lead[1]]
    elif lead[:3] in ("（一）", "(一)"):
        nxt = _NEXT_BRACKETED
    cuts = [0, *(m.end() for m in nxt.finditer(rest))]
    pieces = [para.text[:first]] + [rest[a:b] for a, b in zip(cuts, [*cuts[1:], len(rest)], strict=True)]
    cut = _CUT_AT_NUMBER.search(pieces[-1]) if nxt is _NEXT_POINT else None
    if cut:  # …投身到评议工作中来。二...: the copy stops right at the next point's number, a point all the same (batch 52)
        pieces[-1:] = [pieces[-1][: cut.start()], f"{cut.group(1)}、……"]
    return [Para(t.strip(), para.line, para.end, para.md) for t in pieces if t.strip()]


# …中来。二... / …中来。三、……: the next point's number and the page's cut mark, nothing of its heading
_CUT_AT_NUMBER = re.compile(r"(?<=[。！])\s*([二三四五六七八九])、?\s*(?:…+|\.{3,}|。{3,})$")
