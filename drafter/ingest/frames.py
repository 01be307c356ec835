"""The frame a genre always has, read as a clerk reads it: who it is written to, who signs it, what it does.

Word lists of one page's spelling (慰问信 but not 建议书, 会议记录 but not 會議紀錄) miss the next page's; the frame does
not change with the title. These cues look at structure — an addressee line at the top and a signature block at the
end (a letter), the meeting itself as the subject of its conclusions (minutes, 纪要, 决议), a notice's own formula, a
plan's fixed parts, a headline telling that a meeting was held (news) — and `classify_kind` and `genre_of` ask them
after the genre words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.hallwords import addressed_hall
from drafter.ingest.para import Para
from drafter.structure import match_heading

__all__ = [
    "LETTER_GENRES",
    "signed_block",
    "held_headline",
    "told_meeting",
    "letter_frame",
    "minutes_frame",
    "notice_frame",
    "plan_frame",
]

# The genre words of a letter to readers who are not there, however the page titles it (贺电 and 唁电 are sent; 告…书 is
# published to a public; 承诺书 and 建议书 are signed and addressed like an 倡议书).
LETTER_GENRES = (
    r"慰问信|贺信|感谢信|感谢函|公开信|倡议书|建议书|承诺书|表扬信|致歉信|道歉信|邀请信|一封信|家书|贺电|唁电|慰问电|感谢电|"
    r"告(?:全|广大|各)[^。！？：:，,]{1,14}书"
)

# 中共某某县委员会 / 某某镇人民政府 / 高新区丈八街道某某社区党支部 / 某某公司董事长某某 / xxx: the one who signs, on a line
# of its own — a short line with no sentence in it and no heading number
# (某某村党支部、某某农庄党支部: two who sign together, joined by 、)
_SIGNER = re.compile(r"^[^。！？，,：:；;、\s]{2,40}(?:(?:[ \u3000]+|、)[^。！？，,：:；;、\s]{2,30}){0,3}[。]?$")
# 某某街道某某社区党支部 / 中共某某县委 某某县人民政府: an organ signing, alone on the last line
_ORGAN_SIGNER = re.compile(
    r"^[^。！？，,：:；;、]{2,40}(?:委员会|人民政府|政府|办事处|党支部|党总支|党委|党工委|居委会|村委会|协会|学会|联合会|团委|妇联|工会|"
    r"学校|学院|医院|公司|中心|社区|[省市县区镇乡]委)$"
)
# 2026年6月20日 / 二〇二六年六月 / 20xx年xx月xx日 / 2026-6-20: the date a letter is signed on
_SIGN_DATE = re.compile(
    r"^(?:(?:\d{4}|二[〇零○一二三四五六七八九]{3}|20[xX×*＊]{2})\s*年\s*(?:[\d一二三四五六七八九十]{1,2}|[xX×*＊]{1,2})\s*月"
    r"(?:\s*(?:[\d一二三四五六七八九十]{1,3}|[xX×*＊]{1,2})\s*日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[。]?$"
)
# …某某镇人民政府 2026年3月1日: the signer and the date on one line
_SIGNED_LINE = re.compile(r"^[^。！？，,：:；;、]{2,40}[ \u3000]+(?:\d{4}|二[〇零○一二三四五六七八九]{3}|20[xX×*＊]{2})年[^。！？]{1,8}[。]?$")

# 全县广大退役军人： / 尊敬的各位家长： / 某某社区全体居民朋友们： / 中国人民大学： — the readers, on a line of their own that
# ends in a colon (not a field, 时间：, nor a speaker's name over his words, 王某某：)
_ADDRESSEE = re.compile(r"^(?:尊敬的|敬爱的|亲爱的|各位|全体|广大|致)?[^。！？，,：:；;\s]{2,40}[：:]$")
_NOT_ADDRESSEE = re.compile(
    r"^(?:会议)?(?:时间|地点|主持人?|记录人?|出席|列席|议题|议程|内容|主题|附件|摘要|关键词|目录|来源|作者|编者按|按|小编)[：:]$"
    r"|(?:说|讲|指出|强调|表示|要求|如下|发言|讲话|致辞|一是|二是|第[一二三四五六七八九十][^：:]{0,8})[：:]$"
)
# 王某某：, a speaker's turn or an interviewee (not 青川大学：, an institution, nor 同学们：)
_PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?<![学校院会局委部厅处司厂所站社队村镇乡县市区省们])[：:]$")
# What a letter does to readers who are not there: greets or thanks them from afar, calls on them, writes to them
_LETTER_ACTS = re.compile(
    r"(?:向|给)(?:你们|您们?|各位|全[省市县区镇乡校院体]|广大|大家)[^。！？]{0,40}(?:致以|致敬|表示|送上|献上|寄去|发出)"
    r"|(?:发出|提出)[^。！？]{0,12}倡议|倡议[：:]|倡议如下|特此(?:倡议|致信|感谢|表扬|致谢)|(?:写|寄)(?:这|此)?(?:一)?封信|致信"
    r"|谨致|致以[^。！？]{0,20}(?:问候|慰问|祝贺|祝福|敬意|谢意)"
)
# Said to people who are there: a speech's situation (大家好, 今天…召开, 在座, 会场, 谢谢大家) or its announcement of points
_PRESENT = re.compile(
    r"(?:大家|各位|同志们|朋友们|同学们|老师们)(?:上午|下午|晚上|早上)?好|(?:上午|下午|晚上|早上)好|[欢相齐共]聚一堂|在座|会场|谢谢大家|"
    r"(?:今天|今晚|今日|此刻)[，,]?[^。！？]{0,20}?(?:召开|举行|举办|欢聚|相聚|齐聚|来到这里|在这里|参加|出席)|"
    r"我(?:宣布|提议)|(?:讲|谈|提)(?:以下)?[一二两三四五六七八九十几]+(?:点|个方面|个问题|句话)|主持|议程"
)


# 讲话 / 致辞 / 开幕词 / 演讲稿 / 报告 in a line over the addressee: the title of a thing said or reported
_SAID = re.compile(r"讲话|发言|致辞|致词|演讲|主持词|开幕词|闭幕词|讲稿|报告|汇报|总结")


# 述职如下 / 现将…情况汇报如下 / 向大会报告工作: one's own account to those above, signed like a letter but a report
_ACCOUNT = re.compile(r"述职|述责|述廉|(?:现将|现就)[^。！？]{0,40}(?:汇报|报告)|(?:汇报|报告)(?:工作)?如下")


def _short(text: str) -> bool:
    return len(text) <= 40 and not re.search(r"[。！？；;，,]", text.rstrip("。"))


def signed_block(paras: Sequence[Para]) -> bool:
    """The last lines are a signature block: a date, with one to three signer lines over it (or signer and date on one
    line); the text above them ends its sentence."""
    tail = [p.text.strip() for p in paras[-4:]]
    if not tail:
        return False
    if _ORGAN_SIGNER.match(tail[-1]) and len(tail) > 1 and tail[-2][-1:] in "。！？!?”":
        return True  # …让我们积极行动起来…！ / 某某街道某某社区党支部: signed by the organ, the date lost
    signers: list[str] = []
    if _SIGNED_LINE.match(tail[-1]) and _short(tail[-1]):
        above = tail[:-1]
    elif _SIGN_DATE.match(tail[-1]):
        above = tail[:-1]
        while above and _SIGNER.match(above[-1]) and not match_heading(above[-1]) and len(signers) < 3:
            signers.append(above.pop())
        if not signers:
            return False
    else:
        return False
    if above and _CONTACT.match(above[-1]):  # 联系人： / 电话： over the signer: the letter's contact lines, its text above
        end = len(paras) - len(tail) + len(above)
        above = [p.text.strip() for p in paras[max(0, end - 8) : end]]
        while above and _CONTACT.match(above[-1]):
            above.pop()
    return bool(above) and above[-1][-1:] in "。！？!?”"


# 联系人：某某 / 联系电话：… / 地址： — a letter's contact lines between its last sentence and its signature (a call for
# donations says whom to ring); filled in or left blank by a 范文
_CONTACT = re.compile(r"^(?:联系人|联系电话|电话|手机|传真|邮箱|电子邮箱|地址|联系地址|邮编)\s*[:：][^。！？]{0,40}$")


def _addressed(paras: Sequence[Para]) -> int | None:
    """The index of the addressee line among the first lines (the readers, ending in a colon), or None."""
    for k, p in enumerate(paras[:8]):
        text = p.text.strip()
        if _ADDRESSEE.match(text) and not _NOT_ADDRESSEE.search(text) and not _PERSON.match(text) and not match_heading(text):
            return k if k + 1 < len(paras) else None
        if len(text) > 80:  # running text before any addressee: none at the top
            return None
    return None


def letter_frame(paras: Sequence[Para]) -> bool:
    """A letter by its frame, whatever its title calls it: the readers addressed at the top (…：), then either a signature
    block at the end or what a letter does (致以…问候, 发出倡议, 写这封信), and nothing of a speech said to people present."""
    k = _addressed(paras)
    if k is None or any(_SAID.search(p.text) for p in paras[:k] if len(p.text) <= 60):
        return False  # (在…典礼上的讲话 / 开幕词 over the 称谓: a thing said, however it is signed)
    text = "\n".join(p.text for p in paras[k + 1 :])
    if any(p.text.startswith("此致") for p in paras[-6:]):
        return False  # 亲爱的同学们： … 此致 / 敬礼！ / 校长 敬上: the 书信体的讲话 a head reads to his school (docs/ingest-archives.md)
    if _PRESENT.search(text) or _ACCOUNT.search(text[:800]):
        return False  # (尊敬的各位领导： / …现将一年来的履职情况述职如下 / 述职人 张某某 / date: an account handed up, signed)
    return signed_block(paras) or len(_LETTER_ACTS.findall(text[:1500])) >= 1 and _signed_or_calls(text)


def _signed_or_calls(text: str) -> bool:
    """Acts of a letter, twice over or once with the readers addressed as 你们/您 (a speech says 大家 and 同志们)."""
    return len(_LETTER_ACTS.findall(text)) >= 2 or bool(_YOU.search(text[:1500]))


# 你们 / 您 / 贵校 / 贵公司: the readers in the second person (a speech turns to 大家 and 同志们 in the hall)
_YOU = re.compile(r"你们|您|贵(?:校|院|单位|公司|会|局|部|处|方|县|市|省|区|州|镇|乡|司|刊|报|台|所|厂|行|社)")


# 会议认为 / 会议指出 / 会议决定 / 会议要求 / 本次会议审议通过: the meeting itself the subject of its conclusions — minutes,
# 纪要 and 决议 write so; a speech has a speaker, and news opens on the day the meeting was held
_MEETING_SUBJECT = re.compile(
    r"(?:^|[。；;！\n])(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:本次)?(?:会议|会上|大会|全会)(?:一致|原则|经研究)?"
    r"(认为|指出|强调|要求|决定|同意|明确|号召|批准|通过|审议通过|研究决定|讨论决定|议定|确定)"
)
_DECIDES = {"认为", "决定", "同意", "明确", "批准", "通过", "审议通过", "研究决定", "讨论决定", "议定", "确定", "号召"}
# 5月12日上午，… / 本报讯 / …召开… in the lead: the day the meeting was held, told by a reporter
_NEWS_OPEN = re.compile(r"^(?:[^，。！？]{0,24}讯|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|昨天|今天)|记者|通讯员")
_HELD = re.compile(r"召开|举行|举办|主持召开|开幕|闭幕")


# 9月13日下午，某某主持召开…常务会议。纪要如下： / …会议，会议研究了以下事项： / 现将会议议定事项纪要如下: a 纪要's own
# lead — the day and the chair are its frame too, not a reporter's; it then lists what was decided (一、审议… 会议议定：…),
# where a news item on the same meeting tells it (会议研究了…等事项, 会议强调…) with no 如下 and no colon
_MINUTES_LEAD = re.compile(
    r"纪要如下|(?:研究|讨论|审议|议定|决定|听取)了?(?:以下|如下|下列)[^。！？：:]{0,8}(?:事项|议题|问题|工作)[：:]|(?:议定|决定)(?:事项)?如下"
)


def minutes_frame(paras: Sequence[Para]) -> bool:
    """Minutes, a 纪要 or a 决议 by its frame: the meeting the subject of at least two conclusions, one of them a decision
    (认为, 决定, 同意, 通过…), and no reporter's lead (the day, 本报讯) nor a 称谓 over it. A 纪要's own lead (the day, the
    chair, then 纪要如下： or 研究了以下事项：) is no reporter's: under it one decision of the meeting's is enough."""
    head = paras[:3]
    text = "\n".join(p.text for p in paras)
    said = {m.group(1) for m in _MEETING_SUBJECT.finditer(text)}
    if any(_MINUTES_LEAD.search(p.text) for p in head) and not any(_NEWS_OPEN.search(p.text) and "讯" in p.text[:24] for p in head):
        return bool(said & _DECIDES)
    if any(_NEWS_OPEN.search(p.text) for p in head) or any(_HELD.search(p.text) and len(p.text) > 40 for p in head[:2]):
        return False
    return len(said) >= 2 and bool(said & _DECIDES)


# 现将有关事项通知如下： / 特此通知。: a notice's own formula (its 一、二、 are its particulars)
# (…希望大家抓好贯彻执行。: a speaker's wish, not the notice's 望各单位…, batch 54: ingest.hallwords)
_NOTICE_FORMULA = re.compile(r"(?:现将|现就|兹将)[^。！？]{0,40}通知如下|特此通知|(?:请|(?<!希)望)[^。！？]{0,16}(?:认真)?(?:遵照|贯彻)执行")


def notice_frame(paras: Sequence[Para]) -> bool:
    """A notice by its own formula (现将…通知如下, 特此通知), said in its first lines or at its end, with no speech or
    meeting it covers under it (a 印发…的通知 over a speech is the speech's cover, read apart)."""
    head = "\n".join(p.text for p in paras[:6])
    tail = "\n".join(p.text for p in paras[-3:])
    return bool(_NOTICE_FORMULA.search(head) and (_NOTICE_FORMULA.search(tail) or len(paras) <= 40)) and not re.search(
        r"印发|转发|讲话", head
    ) and not addressed_hall(paras)  # 同志们： / …请大家认真贯彻执行: said to the hall (batch 54)


# 一、指导思想 / 二、工作目标 / 三、实施步骤 / 四、保障措施: a plan's parts (方案, 要点), named as such
_PLAN_PARTS = {
    "思想": r"指导思想|总体要求|总体思路",
    "目标": r"工作目标|目标任务|主要目标|总体目标",
    "任务": r"主要任务|重点任务|工作任务|工作内容|主要内容|活动内容",
    "步骤": r"实施步骤|方法步骤|步骤安排|工作步骤|时间安排|进度安排|实施阶段",
    "保障": r"保障措施|组织领导|工作要求|组织保障|有关要求",
}
_PLAN_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*(?P<h>[^。！？，,]{2,16})[。:：]?$")


def plan_frame(paras: Sequence[Para]) -> bool:
    """A plan of work (方案) by its parts: three or more of a plan's parts as headings, its guiding thought or its steps
    among them (a year's 工作计划, a report, names its parts 工作思路 and 工作重点 and has neither)."""
    found = set()
    for p in paras:
        m = _PLAN_HEAD.match(p.text.strip())
        if m:
            found |= {part for part, words in _PLAN_PARTS.items() if re.fullmatch(rf"(?:{words})[^。！？]{{0,4}}", m.group("h"))}
    return len(found) >= 3 and bool(found & {"思想", "步骤"})


# 某某医院召开院长办公会扩大会议 / 全国政协闭幕：… / 某公司举行…表彰会: a headline that tells a meeting was held — a speech's
# title says where it was said (在…上的讲话), never that the meeting took place
_HELD_HEADLINE = re.compile(
    r"^(?!在|于)[^。！？：:，,]{2,30}?(?:召开|举行|举办|隆重举行|隆重召开|闭幕|开幕|落幕|胜利闭幕|圆满闭幕)(?:[^。！？]{0,40})$"
)
_SPEECH_WORD = re.compile(r"讲话|致辞|致词|发言|主持词|讲稿|演讲|报告|总结|党课|开场白|串词|开幕词|闭幕词|贺词|通知|书$|信$|会$|（图）|\(图\)")


def held_headline(paras: Sequence[Para]) -> bool:
    """The first line a headline telling that a meeting was held (…召开…会议), not a speech's or report's title, over a
    text in which no one says 我 outside quotation marks (a transcript of the event under the same headline — 大家上午好！
    …今天，我们在这里举办… — gives the speakers' own words: not news)."""
    if not paras:
        return False
    head = paras[0].text.strip()
    if len(head) > 60 or not _HELD_HEADLINE.match(head) or _SPEECH_WORD.search(head):
        return False
    text = _REPORTED.sub("", _QUOTE.sub("", "\n".join(p.text for p in paras[1:])))
    return not _I.search(text) and not _GREETED.search(text)


# 大家上午好 / 各位来宾，… 好！: a greeting said to those present
_GREETED = re.compile(r"(?:大家|各位|朋友们|同志们|来宾们)(?:上午|下午|晚上|早上)?好")


# …医院即召开…扩大会议 / 公司于2018年2月11日下午，召开了… / …“火花半月谈”首谈在三楼会议室举行: a meeting told as held, in
# the third person (not 我们召开, not a meeting to come: 将于…召开, 即将召开)
_HELD_CLAUSE = re.compile(r"(?<!将)(?<!要)(?<!即将)(?:召开了?|举行了?|举办了?|主持召开了?)[^。！？]{0,40}?(?:会|会议|大会|活动|仪式|典礼|论坛|班)|(?:会|会议|大会|活动|仪式|典礼|首谈|首讲)[”\"]?(?:在|于)[^。！？，,将]{0,16}(?:举行|召开|举办)")
# 会议由高院长主持 / 朱宝林在会上…指出 / 最后，某某提出 / 各位代表分享了…: what those at the meeting said, told by one who
# was there (the speaker of a speech says 我)
_TOLD = re.compile(
    r"(?:由[^。！？，,]{2,16}主持|(?<![我你])(?:在会上|在讲话中|最后|随后|首先|会上)?[，,]?[\u4e00-\u9fff]{0,8}(?:指出|强调|表示|提出|要求|分享了|介绍了|汇报了|作了|发言))"
)
# 我 / 我们 / 咱们: a speaker's own voice (not 我国, 我县: a place; nor 你一言我一语, 忘我, 自我, 从我做起: words with 我 in them)
_I = re.compile(r"(?<![忘自无唯从])我(?![国省市县区镇乡校院局厅司公所行厂队团部委]|一语)|咱们")
_QUOTE = re.compile(r"“[^”\n]*(?:”|$)", re.M)


def told_meeting(paras: Sequence[Para]) -> bool:
    """News by its frame: a meeting told as held in the first lines (…召开…会议, …举行), then at least two things said there
    told in the third person (由…主持, 某某指出, 某某强调), and no 我 outside quotation marks — a report of the meeting, not
    a speech given at it."""
    if len(paras) < 2 or any(_SAID_TITLE.search(p.text) and len(p.text) <= 60 for p in paras[:3]):
        return False
    if not (held_headline(paras) or any(_HELD_CLAUSE.search(p.text) for p in paras[:3])):
        return False
    text = _REPORTED.sub("", _QUOTE.sub("", "\n".join(p.text for p in paras)))
    return len(_TOLD.findall(text)) >= 2 and not _I.search(text) and not match_heading(paras[0].text)


# 最后高院长强调：1、…我们今后…: the words a speaker said, given after his name and a colon, to the paragraph's end
# (…教授某某说，我们在听的时候就说…: the same after 说 and a comma, what an interviewee said told without quotation marks)
_REPORTED = re.compile(r"(?<=强调|指出|要求|表示|提出)[：:，,][^\n]*|(?<=[\u4e00-\u9fff]说)[，,：:][^\n]*")


# 在…上的讲话 / 主持词 / 发言稿: the title of a thing said
_SAID_TITLE = re.compile(r"(?:讲话|致辞|致词|发言|主持词|讲稿|演讲|开幕词|闭幕词|党课|串词)\S{0,8}$")


# 大会在庄严的“云升旗”仪式中开始 / 表彰大会正式拉开帷幕 … 大会在…主题曲中圆满落幕: an event told from its opening to its close,
# in the past — the frame of a report on it (a chair opens and closes it himself: 我宣布…开始, 大会到此结束)
_EVENT_OPENED = re.compile(
    r"(?:大会|会议|活动|仪式|典礼|晚会|表彰会|比赛|运动会)(?:在[^。！？]{0,40}?中)?(?:正式|隆重)?(?:开始|拉开帷幕|拉开序幕|开幕)(?!了吗)"
)
_EVENT_CLOSED = re.compile(r"在[^。！？]{0,60}?中(?:圆满|胜利)?(?:落幕|落下帷幕|闭幕|结束)|圆满落幕|落下帷幕|圆满结束|胜利闭幕")
_CHAIR_OPENS = re.compile(r"我宣布|宣布[^。！？]{0,20}(?:现在)?开始|到此结束|大家好|谢谢大家|即将|将于")


def told_event(paras: Sequence[Para]) -> bool:
    """News by its frame: an event told as opened and then as closed (…中开始, 拉开帷幕 … 圆满落幕), no 称谓 over it and no
    chair's or speaker's words (我宣布, 大家好, 谢谢大家, an event to come: 即将, 将于)."""
    text = "".join(p.text for p in paras)
    opened = _EVENT_OPENED.search(text)
    return bool(opened and _EVENT_CLOSED.search(text, opened.end()) and not _CHAIR_OPENS.search(text))


def says_i(text: str) -> bool:
    """Someone says 我 or 咱们 in `text` (not 我国, 我县, 自我…: see _I)."""
    return bool(_I.search(text))
