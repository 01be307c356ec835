"""Texts a clerk keeps out of the speech library, and why: letters, minutes, rules, interpretations, fiction, guides.

`classify_kind` (split.py) asks these questions before it weighs speech words against news words; the
pipeline shows the answer's Chinese name and reason beside each document kept out.

The greeting rule, decided once (docs/ingest-archives.md, 文种): a 致辞, 贺词, 献词 or 寄语 is a speech when it is said
to people gathered — 大家好, 今天我们欢聚一堂, 在座, 谢谢大家, 我提议, or a title naming the gathering (团拜会上的致辞) —
and a letter when it is published or sent to people who are not there (值此新春佳节…向全县人民致以新春的问候), whoever
signs it: a 市长, a 县委, a hospital's 院长.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.channels import titled_notice
from drafter.ingest.chapters import fiction_chapter
from drafter.ingest.clean import Para
from drafter.ingest.frames import LETTER_GENRES, minutes_frame, notice_frame, plan_frame
from drafter.ingest.genrepieces import office_genre
from drafter.ingest.lawrecord import law_record
from drafter.ingest.narrative import story_day, told_as_story
from drafter.ingest.publicnotice import public_notice
from drafter.ingest.untitledrules import rules_preamble

__all__ = [
    "LETTER",
    "genre_of",
    "genre_title",
    "is_gathered",
    "is_greeting",
    "run_in_letter_title",
]

LETTER = "书信"

# A greeting by its genre word (新春贺词, 新年致辞, 元旦献词, 新年寄语, 中秋致辞, 节日慰问) in the first lines, or its formula
# (值此新春佳节…致以…问候 / 送上…祝福) said for a season or a festival.
_GREETING_GENRE = re.compile(
    r"(?:新春|新年|春节|元旦|节日|佳节|中秋|国庆|端午|重阳|三八|五一|五四|六一|七一|八一|教师节|护士节|记者节|医师节)"
    r"[^。！？：:\n]{0,16}(?:贺词|致辞|致词|献词|寄语|贺辞|祝辞|祝福|问候|慰问)"
    r"|(?:贺词|献词|寄语|新春致辞|新年致辞)"
)
# (…共庆母校五十周岁华诞，在此谨致以…问候与祝贺！: an anniversary's greeting, the 华诞 its occasion)
_GREETING_FORMULA = re.compile(
    r"(?:之际|时刻|到来|来临|佳节|新春|新年|节日|辞旧迎新|华诞)[^。！？]{0,60}(?:致以|送上|献上|送去|表示)[^。！？]{0,30}(?:祝福|问候|慰问|祝贺)"
)
# Words only a speaker in front of people says: 大家好 / 下午好, the gathering (欢聚一堂, 在座, 今天…参加这个茶会),
# the thanks or the toast at its end. (此时此刻 alone is not one: a published greeting imagines its readers at home.)
_GATHERED = re.compile(
    r"(?:大家|各位|同志们|朋友们|同学们|老师们|来宾们)(?:上午|下午|晚上|早上|中午|新年|新春|节日)?好[！!，,]|(?:上午|下午|晚上|早上|中午)好[！!，,]"
    r"|[欢相齐共]聚一堂|聚首一堂|济济一堂|欢聚在|相聚在|齐聚在|在座|会场|谢谢大家|我提议|举杯|干杯|隆重集会"
    r"|(?:今天|今晚|今日|此刻|今天上午|今天下午)[，,]?\s*(?:我们|大家|我)?[^。！？]{0,16}?(?:欢聚|相聚|齐聚|聚集|聚会|召开|举行|举办|来到这里|在这里)"
    r"|(?:今天|今晚)[^。！？]{0,12}(?:参加|出席)(?:这个|这次|本次)"
    r"|请允许我[^。！？]{0,20}(?:介绍|宣布|代表)|我宣布"
)
# 在2026年县元旦团拜会上的致辞 / 医院院长年会致辞 / 八一座谈会致辞: the title names where it was said.
_GATHERING_TITLE = re.compile(
    r"(?:团拜会|茶话会|茶会|联欢会|晚会|年会|座谈会|招待会|酒会|宴会|联谊会|恳谈会|典礼|仪式|开幕式|闭幕式|大会|会议|活动)(?:上的?)?(?:致辞|致词|贺词|讲话)"
)

# 给政府领导的感谢信给政府领导的感谢信1 敬重的…：… — a document viewer runs the letter's title (repeated, numbered) into
# its first line.
_RUN_IN_LETTER = re.compile(rf"^(?P<t>[^。！？：:，,\s]{{2,30}}?(?:{LETTER_GENRES}))")
_RUN_IN_NEXT = re.compile(r"\s*(?:\d{1,2}|篇\s*[一二三四五六七八九十\d]|[（(]?[一二三四五六七八九十\d][)）]|尊敬的|敬爱的|敬重的|亲爱的|各位|全体)")


def is_greeting(title: str, head: str) -> bool:
    """A text that exists to greet: a greeting genre in its title or first lines, or the season's greeting formula."""
    return bool(_GREETING_GENRE.search(title) or _GREETING_GENRE.search(head[:80]) or _GREETING_FORMULA.search(head[:300]))


def is_gathered(title: str, text: str) -> bool:
    """Said to people gathered: the title names the gathering, or the text greets or addresses those present."""
    return bool(_GATHERING_TITLE.search(title) or _GATHERED.search(text))


def run_in_letter_title(lead: str) -> bool:
    """给政府领导的感谢信给政府领导的感谢信1 敬重的…: a letter's title run into its text (itself again, a number, a 称谓)."""
    m = _RUN_IN_LETTER.match(lead)
    if m is None:
        return False
    rest = lead[m.end() :]
    return rest.startswith(m.group("t")) or bool(_RUN_IN_NEXT.match(rest))


# ---------------------------------------------------------------- other genres kept out

# 常务会议纪要 / 现将会议确定事项纪要如下：: the record of what a meeting decided (its 一、二、 are the decisions).
_MINUTES = re.compile(r"^[^。！？：:，,]{0,40}纪要(?:范文|精选|模板|[（(][^）)]{1,10}[)）])*$")
_MINUTES_TEXT = re.compile(r"(?:现将|兹将)[^。！？]{0,24}纪要如下|会议纪要如下")
# 会议时间：… / 会议地点：… / 主持人：… / 记录人：… / 参会人员：…: the minutes of a meeting (its 一、二、 are what was
# discussed, who said what told by the clerk who kept them), whatever the meeting (村民代表会议, 支委会, 班子会)
# (…第三次会议纪录: 纪录, the 繁体 page's 會議紀錄 simplified, is the same genre as 记录)
_MINUTES_ONLY = {"记录人", "记录", "出席", "列席", "出席人员", "列席人员", "缺席人员", "应到人数", "实到人数"}
_RECORD_TITLE = re.compile(r"^[^。！？：:，,]{0,40}(?:会议记录|会议纪录|会议纪实|会议笔录)(?:[（(][^）)]{1,10}[)）])?$")
# (一、时间：… / 三、出席：… / 五、主席：某某 纪录：某某: a council's minutes number their fields, and 纪录 may follow 主席 on its line)
_RECORD_FIELD = re.compile(
    r"(?:^(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])?\s*(?:会议)?"
    r"(时间|地点|主持人?|记录人?|纪录人?|参会人员|出席人员|列席人员|出席|列席|缺席人员|参加人员|应到人数|实到人数|会议议题|议题|主席)"
    r"|(?<=\S)[ \u3000]+(记录人?|纪录人?))\s*[：:]",
    re.M,
)
# (2026年2月10日某某县第十六届人民代表大会第七次会议通过) / 关于…的决议: a resolution a body adopted, in the body's own
# words (会议认为…会议要求…: the meeting's conclusions, not a speaker's points, nor a reporter's news)
_ADOPTED_LINE = re.compile(r"^[（(](?:\d{4}年\d{1,2}月\d{1,2}日)?[^（()）]{4,60}(?:会议|大会|全会)(?:审议)?通过[)）]$")
_RESOLUTION_TITLE = re.compile(r"^[^。！？：:，,]{4,80}(?:的决议|的决定)(?:[（(]草案[)）])?$")
# 镇巴县人民政府工作规则 / 第一章 总则 / 一、根据…，制定本规则。: numbered articles of rules
_RULES_TITLE = re.compile(
    r"^[^。！？：:，,]{2,40}(?:工作规则|议事规则|管理办法|实施办法|暂行办法|实施细则|管理规定|暂行规定|若干规定|条例|章程|工作制度|管理制度|会议制度|议事制度)(?:[（(](?:试行|修订|草案)[)）])?"
    # (乡镇卫生院会议管理制度第一章总则: a document host runs the title into the first chapter's heading)
    r"(?:第一章\s*总则)?$"
)
# 第一条 为…，制定本办法。 / 第二条 … / 第三条 …: articles numbered in order at the heads of lines, the text naming itself
# 本制度 (本办法, 本规定): rules, whatever their title (none, or one a host ran into the text) and however often they say
# 会议, 召开, 主持 (a meeting's rules are not its news)
_ARTICLE = re.compile(r"^第([一二三四五六七八九十]{1,3})条", re.M)
_SELF_NAMED = re.compile(r"本(?:制度|办法|规定|细则|规则|条例|章程)")
_RULES_TEXT = re.compile(r"^第[一二三四五六七八九十]+章\s*总则|制定本(?:规则|办法|规定|细则|制度|条例|章程)", re.M)
# 现将主要内容解读如下 / 政策解读单位 / 《…》政策解读: an explanation of a document for the public
_INTERPRETATION = re.compile(r"(?:政策)?解读如下|解读机构|政策解读单位|解读人[：:]|[》」]\s*(?:政策)?解读$|政策解读$")
# 看后求收藏(全本小说网…) / 第733章 / 加入书签 / 本章未完: a chapter of a novel on a fiction site
# ([笔趣阁]:xxx. c o m 一秒记住! / 最快更新 / 无弹窗: a fiction mirror's tag over the chapter, batch 54)
_FICTION = re.compile(r"小说网|看后求收藏|加入书签|章节目录|本章未完|下一章|上一章|求收藏|书友|最新章节|笔趣阁|一秒记住|最快更新|无弹窗")
# 答谢辞一般包括标题、称谓、正文和结语四部分 / 在写作规范上 / 一、篇幅: an article on how a genre is written
_GENRE_NAME = re.compile(
    r"答谢辞|答谢词|欢迎辞|欢迎词|欢送辞|欢送词|致辞|贺词|祝酒词|开幕词|闭幕词|讲话稿|发言稿|主持词|倡议书|慰问信|感谢信|贺信|述职报告|会议纪要|演讲稿"
)
# (会议纪要的概念、特征及其类别: a 范文 site's article on a genre defines it first)
_WRITING_PARTS = re.compile(r"标题|称谓|称呼|正文|落款|结语|结尾|开头|主体|写作|格式|篇幅|写法|概念|特征|类别|种类")
# 专栏：编者的话 / 社论 / 本报评论员: a newspaper's own comment, printed under the column that says so (its 我们 is the
# paper's, said to readers; a speech printed in a paper keeps its title and 同志们)
_COMMENT_COLUMN = re.compile(
    r"^(?:专栏|栏目)\s*[：:]\s*(?:编者的话|编后|编后语|编者按|社论|短评|评论|时评|述评|评论员文章|本报评论员)\s*$"
    r"|^(?:社论|编者的话|编后语?|本报评论员|评论员文章|短评)$"
)

# 关于召开全县安全生产工作会议的通知 / 各镇、乡人民政府…： / 一、时间：… / 二、地点：… / 三、参加会议人员：: a notice calling
# a meeting (its 一、二、 are the meeting's particulars, not a speech's points)
_MEETING_NOTICE_TITLE = re.compile(r"^[^。！？：:，,]{0,40}关于召开[^。！？]{2,60}的(?:预备)?通知$")
_NOTICE_FIELD = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(?:会议)?(?:时间|地点|会期|参加(?:会议)?(?:人员|对象|范围)|参会人员|出席(?:人员|对象)|对象|会议内容|有关事项|会议议程)\s*[：:]",
    re.M,
)
# ***镇创建市级卫生镇工作实施方案 / 为了…，特制定本方案。 / 一、指导思想 / 二、目标任务 / …: a plan of work (its parts a plan's,
# not a report's account or a speech's points)
_PLAN_TITLE = re.compile(r"^[^。！？：:，,]{2,50}(?:实施方案|工作方案|活动方案)(?:[（(](?:试行|修订|草案|征求意见稿)[)）])?$")
_PLAN_PART = re.compile(
    r"^[一二三四五六七八九十]+、\s*(指导思想|总体要求|工作目标|目标任务|主要目标|实施步骤|方法步骤|步骤安排|工作步骤|实施范围|工作措施|保障措施|组织领导|工作要求)",
    re.M,
)


# 写作指导： / 写作要点： as a label on a line of its own: the article's part on how to write the genre it named
_GUIDE_LABEL = re.compile(r"^(?:写作指导|写作要点|写作技巧|写作方法|写作格式|写法)[：:]?$", re.M)


# 主持人出场：/ 乐队伴奏…之后，纪念大会开始。需要拉幕人员配合、需要舞台灯光和天幕配合: a show's running order and its
# stage directions, the hosts' lines under them (男1：… 女1：…) — a script for several voices, no one's speech
_STAGE = re.compile(r"主持人出场|乐队伴奏|拉幕|舞台灯光|灯光[^。！？，,]{0,4}配合|天幕|追光|音乐起|[（(\[【]音乐[)）\]】]|[\[【]会议操作[\]】]")


def _writing_guide(head: str) -> bool:
    """An article about a genre: it names the genre at once and then talks of its parts and how to write them, or
    heads a part of itself 写作指导："""
    if not _GENRE_NAME.search(head[:60]):
        return False
    return len(set(_WRITING_PARTS.findall(head[:900]))) >= 5 or bool(_GUIDE_LABEL.search(head[:900]))


def _articles(page: str) -> bool:
    """第一条, 第二条, 第三条 in order at the heads of lines, and the text calling itself 本制度 (本办法…): rules."""
    numbers = [m.group(1) for m in _ARTICLE.finditer(page)]
    return numbers[:3] == ["一", "二", "三"] and bool(_SELF_NAMED.search(page))


def genre_of(paras: Sequence[Para], title: str) -> tuple[str, str]:
    """The Chinese name and reason for a text kept out of the speech library by its genre, or ('', '')."""
    head = "\n".join(p.text for p in paras[:8])
    firsts = [p.text.strip() for p in paras[:3]]
    if any(_FICTION.search(t) for t in firsts) or told_as_story("\n".join(p.text for p in paras[:40])[:3000]) or fiction_chapter(paras) or story_day(firsts[0] if firsts else ""):
        return "网络小说", "网络小说的章节（小说里写到开会，不是真实的讲话或会议消息）：不拆分为片段"
    if _writing_guide(head):
        return "写作指导", "讲某种文体怎样写的文章（不是这种文体的原文）：不拆分为片段"
    if any(_MINUTES.match(t) for t in firsts) or _MINUTES_TEXT.search(head[:400]):
        return "会议纪要", "会议纪要（记录会议议定的事项，不是讲话，也不是会议消息）：不拆分为片段"
    fields = {(m.group(1) or m.group(2)).removeprefix("会议").replace("纪", "记") for m in _RECORD_FIELD.finditer(head)}
    # (出席：… 列席：… 缺席：…: who came, a field only minutes keep, whatever the clerk's own field is called)
    if (any(_RECORD_TITLE.match(t) for t in firsts) and fields) or (len(fields) >= 3 and _MINUTES_ONLY & fields):
        return "会议记录", "会议记录（记下会上讨论的事项和各人的发言，不是讲话，也不是会议消息）：不拆分为片段"
    if any(_ADOPTED_LINE.match(t) for t in firsts) or (
        any(_RESOLUTION_TITLE.match(t) for t in firsts) and re.search(r"(?:^|[。\n])会议(?:认为|强调|要求|号召|决定|同意)", head)
    ):
        return "决议决定", "会议通过的决议或决定（会议认为、会议要求是会议的结论，不是讲话的论点，也不是会议消息）：不拆分为片段"
    if minutes_frame(paras):  # 会议认为… / 会议决定… with no reporter's lead: the meeting's own record, whatever its title
        return "会议纪要", "会议纪要或决议（会议认为、会议决定：会议本身作主语的结论，不是讲话的论点，也不是会议消息）：不拆分为片段"
    page = "\n".join(p.text for p in paras[:30])  # (under an info-disclosure table of 索引号, 发文字号…)
    if law_record(page):  # 【公布日期】… 【效力等级】地方规范性文件 【时效性】现行有效: a legal database's record (batch 56)
        return "规范性文件", "法规数据库收录的规范性文件（制定机关、效力等级、时效性是文件目录的栏目，不是讲话或消息）：不拆分为片段"
    if (any(_RULES_TITLE.match(t) for t in firsts) and _RULES_TEXT.search(page)) or _articles(page) or rules_preamble(paras):
        return "规章制度", "规章制度的条文（第一章、一、二、是条款，不是讲话的论点）：不拆分为片段"
    if _INTERPRETATION.search(head[:400]) or any(_INTERPRETATION.search(t) for t in firsts):
        return "政策解读", "政策解读（向公众介绍一份文件的内容，不是讲话）：不拆分为片段"
    if len(set(_STAGE.findall(head[:400]))) >= 2:
        return "演出串词", "演出或纪念活动的串词和舞台提示（主持人出场、乐队伴奏、灯光：几位主持人轮流念的台本，不是一个人的讲话）：不拆分为片段"
    if any(_MEETING_NOTICE_TITLE.match(t) for t in firsts) and len(set(_NOTICE_FIELD.findall(page))) >= 2:
        return "会议通知", "召开会议的通知（一、二、是会议的时间、地点、参会人员等事项，不是讲话的论点）：不拆分为片段"
    if (any(_PLAN_TITLE.match(t) for t in firsts) and len(set(_PLAN_PART.findall(page))) >= 2) or plan_frame(paras):
        return "工作方案", "工作方案（指导思想、目标任务、实施步骤是方案的组成部分，不是讲话或工作报告）：不拆分为片段"
    if notice_frame(paras) or titled_notice(paras):  # (关于…的通知 / … / 2026年1月15日, no 通知如下: shapes33)
        return "通知", "通知（现将…通知如下、特此通知：一、二、是通知的事项，不是讲话的论点，也不是会议消息）：不拆分为片段"
    if any(_COMMENT_COLUMN.match(p.text.strip()) for p in paras[:8]):
        return "报刊评论", "报刊的评论（社论、编者的话：报纸对读者说的话，不是在会上讲的话）：不拆分为片段"
    notice = public_notice(paras)  # 关于…的通告 (公告), or a 公示 (publicnotice.py)
    return notice if notice[0] else office_genre(paras)  # 领导分工 (genrepieces.py)


def genre_title(paras: Sequence[Para]) -> str:
    """The title line of a meeting notice, a plan of work or rules (关于召开…的通知, …实施方案, …管理制度), which no speech
    outline finds."""
    firsts = [p.text.strip() for p in paras[:3]]
    rules = next((re.sub(r"第一章\s*总则$", "", t) for t in firsts if _RULES_TITLE.match(t)), "")  # (…会议管理制度第一章总则)
    return rules or next((t for t in firsts if _MEETING_NOTICE_TITLE.match(t) or _PLAN_TITLE.match(t) or _FRAMED_TITLE.match(t)), "")


def letter_title(paras: Sequence[Para]) -> str:
    """A letter's own title line (致全镇农户的一封信, 关于文明祭扫的倡议书, 春节慰问信) in its first lines — under the
    office's name on a line of its own as well (某某县某某镇 over a site's search box, batch 52 p39): no speech outline
    finds it, so a letter was filed with no title."""
    found = [t for p in paras[:4] if _LETTER_TITLE.match(t := re.sub(r"\s+", "", p.text))]
    return found[-1] if found else ""  # 县教育局向我校发来贺信 / … / 贺　信: the letter's own line, nearest its 称谓


# 致全镇农户的一封信 / 2017秸秆禁烧倡议书 / 春節慰問信: a letter's title, a line ending in its genre (no stop, no 称谓 colon;
# not a how-to page's 如何写一篇…倡议书)
_LETTER_TITLE = re.compile(rf"^(?!如何|怎样|怎么)[^。！？：:，,；;！!]{{0,40}}(?:{LETTER_GENRES})$")


# 关于开展…检查的通知 / …镇长办公会议定事项 / …推进安排: the title line of a genre read by its frame (notice, minutes, plan)
_FRAMED_TITLE = re.compile(r"^[^。！？：:，,]{2,60}(?:的通知|议定事项|会议纪要|纪要|的决议|的决定|实施方案|工作方案|推进安排|工作安排)$")


LETTER_NOTE = "书信（慰问信、贺信、感谢信、倡议书，或发表、寄送的贺词和新年致辞，不是对在场的人讲的话）：不拆分为讲话片段"
