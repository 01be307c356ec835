"""The genres a government, school or 范文 site prints, read by their own shapes (issue #13, shapes32).

A page often holds two or three pieces: a speech then the news item on it, a news item then the letter it tells of, a
notice then the plan it issues, two news items one under the other. Each piece opens the way its genre opens — a
headline over a dated lead, a letter's title over the people it is addressed to, a 关于…的通知 over its addressees, or
any title right under the signature and date that closed the piece before — and these openings are read here, for
`split_chunks` (split.py). `office_genre` names an office genre that is neither speech nor news nor report (领导分工),
for `genre_of` (genres.py); a 公告/公示 is publicnotice.py's, one rule with the 通告. (A 检查情况的通报 and a 工作要点 stay reports, as
earlier batches decided: docs/ingest-archives.md, 督查通报是报告 and 报告的用语.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.clean import Para
from drafter.structure import match_heading
from drafter.text import count_han

__all__ = ["site_line", "event_news", "named_attachments", "news_scrap", "next_piece", "office_genre"]

# 10月9日，… / 近日，… / 日前，… / 本报讯（记者…）…: a news item's dated lead (a day, not a year: 2026年，全县… opens a report's
# part as often as a news item)
_DAY_LEAD = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|连日来|昨天|昨日)[上中下午晚间]{0,2}[，,]|^[【\[]?(?:本报|本网|本台|本刊)讯")
# a headline: one line, no sentence punctuation
_HEADLINE = re.compile(r"^[^。！？，,；;：:]{6,40}$")
# 关于开展…专项行动的通知 / 关于…情况的通报: an office's document by its title
_OFFICE_TITLE = re.compile(r"^[^。！？，,：:]{0,30}关于[^。！？]{2,60}的(?:通知|通报|公告|通告|决定|意见|批复|函)$")
# 各街道，区直有关单位： / 全县广大人民群众： / 亲爱的防汛志愿者们：: the people a document is addressed to
_ADDRESSEES = re.compile(r"^[^。！？；;]{2,40}[：:]$")
# 致全县人民群众的一封公开信 / 致全体校友的感谢信 / 贺信 (贺　信): a letter's title
_LETTER_TITLE = re.compile(r"^(?:[^。！？，,：:]{2,40}(?:一封信|公开信|感谢信|慰问信|贺信|贺电|倡议书|表扬信|致歉信|邀请函)|贺信|贺电|感谢信|慰问信|倡议书|公开信)$")
# 2026年7月15日 / 二〇二六年十月八日: the date under a signature
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,2}月[\d〇○零一二三四五六七八九十]{1,3}日(?:印发)?$")
# 附件： / 发布时间： / 上一篇： / 责任编辑：: lines a page puts under a piece, never the next piece's title
_NOT_A_TITLE = re.compile(r"^(?:附件|发布|来源|作者|上一|下一|责任|编辑|审核|浏览|阅读|点击|相关|分享|打印|关闭|抄送|主送|印发|联系)")
# 同志们： / 各位代表： / 亲爱的老师们、同学们：: a speech's 称谓
_GREETED = re.compile(r"^[^。！？；]{0,40}(?:同志们|朋友们|代表们?|来宾们?|老师们|同学们|委员们?|同仁们?)[：:]$")
# 发布时间：2026-10-09 / （校办　供稿） / 责任编辑：…: the line a site puts under an item
_BYLINE = re.compile(r"^(?:发布|来源|作者|责任编辑|编辑|审核|[（(][^）)]{0,12}(?:供稿|报道|摄)[)）]$)")
# 县教育局部署春季开学工作: what a news headline tells (an office or a place doing something)
_EVENT = re.compile(r"召开|举行|举办|开展|部署|启动|召开|调研|检查|督导|慰问|走访|看望|出席|签约|揭牌|开幕|闭幕|落幕|召集|组织|推进|表彰|培训|观摩")


# XX县人民政府门户网站 / XX县教育局网站 > 教育要闻 / 首页 > 新闻中心: the site's name or its breadcrumb over a headline
# (位置:当前位置:首页 >> 要闻: the breadcrumb with its label)
_SITE_LINE = re.compile(
    r"^[^。！？，,：:]{2,30}(?:门户网站|网站|政府网|新闻网)$|^[^。！？，,：:]{0,30}\s*[>＞»]\s*[^。！？，,：:]{1,20}$"
    r"|^(?:[^。！？，,]{0,6}[:：])?当前位置[:：][^。！？，,]{0,40}$"
)


def site_line(text: str) -> bool:
    """The site's name or breadcrumb on a line of its own, never a news item's headline."""
    return bool(_SITE_LINE.match(text.strip()))


def _running(paras: Sequence[Para]) -> list[str]:
    return [p.text for p in paras if re.search(r"[。！？]", p.text)]


def _told_account(current: Sequence[Para]) -> bool:
    """The piece so far is a news item's own account: a dated lead and more running text (not one line that hands a
    letter over, 贺信全文如下：, which is the letter's lead — the convention batch 30 decided)."""
    running = _running(current)
    return len(running) >= 2 and any(_DAY_LEAD.match(t) for t in running[:2]) and count_han("".join(running)) >= 50


def next_piece(current: Sequence[Para], para: Para, nxt: str, prev: str) -> bool:
    """Whether `para` opens the next piece of the page, by its genre's opening (the piece before has running text)."""
    if not _running(current):
        return False
    text = para.text.replace("\u3000", "").replace(" ", "")
    if match_heading(text) or _NOT_A_TITLE.match(text):
        return False
    # 我镇开展重阳节敬老慰问活动 / 10月11日，镇党委、镇政府领导…: the next news item, its headline over its dated lead
    # (after a news item, or a piece that closed: 谢谢大家！, a date under a signature, a site's byline — a report's own
    # unnumbered part, 开展安全生产月活动 / 6月1日，我局…, goes on after its last paragraph)
    ended = bool(_DAY_LEAD.match(_running(current)[0]) or prev.endswith(("！", "!")) or _DATE_LINE.match(prev) or _BYLINE.match(prev))
    # (a speech, greeted with its 称谓, that ends on its last point: 全县…会议召开 / 10月28日，… is the meeting's news under it)
    ended = ended or bool(_EVENT.search(text)) and any(_GREETED.match(p.text) for p in current[:8])
    if _HEADLINE.match(text) and _DAY_LEAD.match(nxt) and ended and count_han("".join(_running(current))) >= 40:
        # (秋粮收购进度过半 / 10月15日，… under an item that opened on its own day: any headline; after a speech or a
        # letter the headline names what was done)
        return bool(_EVENT.search(text)) or bool(_DAY_LEAD.match(_running(current)[0]))
    # 县人社局扎实开展稳就业专项行动 / 今年以来，县人社局围绕…: a bulletin's next item after a news item — its headline
    # names a body doing something and the paragraph under it tells of that same body, whatever its lead opens on (split48)
    if _HEADLINE.match(text) and prev.endswith("。") and _told_of(text, nxt) and _news_item(current):
        return True
    # 县医共体建设取得新进展 / 今年以来，县卫健局…: a headline that names a place or body over a lead opening as a news
    # item's does (今年以来，/ 近年来，/ 记者从…获悉，) told in the third person, after a news item
    if _HEADLINE.match(text) and prev.endswith("。") and _BODY_END.search(text) and _news_opening(nxt) and _news_item(current):
        return True
    addressed = bool(_ADDRESSEES.match(nxt)) and not _NOT_A_TITLE.match(nxt)
    # 致全县人民群众的一封公开信 / 全县广大人民群众：, after a news item that told of it: the letter is a piece of its own
    if _LETTER_TITLE.match(text) and addressed and _told_account(current):
        return True
    # 关于开展…专项行动的通知 / 各街道，区直有关单位：, after a speech: the office's notice printed under it
    if _OFFICE_TITLE.match(text) and addressed:
        return True
    # XX市水务局 / 2026年7月15日 / 我市开展节水宣传进社区活动 / 7月16日，…: a title right under the signature's date
    return bool(_DATE_LINE.match(prev)) and bool(_HEADLINE.match(text)) and (addressed or len(nxt) >= 20 and "。" in nxt)


# 县人社局 / 县政府 / 某某镇中心学校 / 市场监管局: the body a headline opens on, doing what the rest of it says
_BODY_END = re.compile(r"局|委|院|校|厅|办|政府|中心|公司|集团|街道|[县市区镇乡村]")


def _headline_body(headline: str) -> str:
    """The body a headline opens on: its shortest head of three to twelve Han characters that ends as a body's name."""
    for m in _BODY_END.finditer(headline[:12]):
        if m.end() >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", headline[: m.end()]):
            return headline[: m.end()]
    return ""


def _told_of(headline: str, lead: str) -> bool:
    """The headline opens on a body and an act (县人社局扎实开展…), and the first sentence under it names that body."""
    body = _headline_body(headline)
    if not body or not _ACT.search(headline[len(body) :]):
        return False
    first = re.split(r"[。！？]", lead, maxsplit=1)[0]
    return len(first) >= 10 and body in first


# 开展 / 召开 / 推进 / 举办 …: the act a bulletin item's headline tells (broader than a meeting's)
_ACT = re.compile(_EVENT.pattern + r"|实施|完成|打造|加强|强化|扎实|全力|聚焦|助力|守护|保障|提升|深化|落实|迎接|筑牢|发放|建成|获")


# 今年以来，… / 近年来，… / 入冬以来，… / 记者从县教育局获悉，…: how a news item's lead opens when it names no day
_SPAN_LEAD = re.compile(
    r"^(?:今年以来|近年来|近期|近段时间|连日来|[一二三四五六七八九十\d]{1,2}月(?:份)?以来|入[春夏秋冬]以来|[春夏秋冬]季以来)[，,]"
    r"|^(?:近日|日前)?[，,]?记者[^，,。]{0,16}(?:获悉|了解到|看到)[，,]"
)


def _news_opening(lead: str) -> bool:
    """The paragraph opens as a news item's lead does and tells in the third person (no 我, 我们)."""
    first = re.split(r"[。！？]", lead, maxsplit=1)[0]
    return bool(_SPAN_LEAD.match(lead) or _DAY_LEAD.match(lead)) and not _OWN_VOICE.search(first) and len(first) >= 12


def _news_item(current: Sequence[Para]) -> bool:
    """The piece so far is a news item: it opened on a dated lead, or on a headline over a lead that tells of the body
    the headline names, or opens as a news lead does."""
    running = _running(current)
    if running and _DAY_LEAD.match(running[0]):
        return True
    if running and current and _HEADLINE.match(current[0].text) and _BODY_END.search(current[0].text) and _news_opening(running[0]):
        return True
    heads = [p.text for p in current[:3] if _HEADLINE.match(p.text)]
    return bool(heads and running) and _told_of(heads[-1], running[0])


# 关于召开…的通知 / 现将有关事项通知如下： / 现印发给你们: an office's notice, whose 附件 line names what it sends
_NOTICE = re.compile(r"关于[^。！？]{2,60}的通知|通知如下|印发给你们|现予印发")


# 2025年5月18日 / 2026年3月2日: the date under a notice's signature
_SIGNED_ON = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _short(para: Para) -> bool:
    return len(para.text) <= 40 and not re.search(r"[。！？；;]", para.text)


def named_attachments(current: Sequence[Para], rest: Sequence[Para]) -> bool:
    """附件：参会回执 (or 附件：1.… / 2.…) under a notice, then nothing but short lines to the page's end (the names, the
    office and date, the page's tail), or to the notice's signature and date with the attachments printed after them (附件：
    1.… 2.… / office / 2025年5月18日 / 附件1 …): the notice naming what it sends, part of the notice, no block of its own."""
    if not any(_NOTICE.search(p.text) for p in current[:12]):
        return False
    if len(rest) <= 8 and all(_short(p) for p in rest):
        return True
    signed = next((k for k, p in enumerate(rest[:8]) if _SIGNED_ON.match(p.text.strip())), None)
    return signed is not None and signed >= 1 and all(_short(p) for p in rest[:signed])


def news_scrap(before: Sequence[Para], after: Sequence[Para], titled: bool) -> bool:
    """A short news item (its headline over a dated lead) is no scrap of the piece under it: of a titled speech when the
    lead tells of a meeting, of the next news item (its own headline over its own dated lead) whatever it tells."""
    running, later = _running(before), _running(after)
    if not running or not _DAY_LEAD.match(running[0]):
        return False
    return titled and bool(_EVENT.search(running[0])) or bool(later) and bool(_DAY_LEAD.match(later[0]))


# 他说 / 我们 said by the writer: the item's own voice (a news item quotes it in “…” or tells it in the third person)
_OWN_VOICE = re.compile(r"我们|我(?![县市区镇乡村校院局委省州旗])|同志们|大家好")


def event_news(paras: Sequence[Para]) -> bool:
    """我镇开展重阳节敬老慰问活动 / 10月11日，镇党委、镇政府领导分组走访慰问了…: an event told by a headline that names what
    was done and a dated lead in the third person — a news item, though no one at it made a speech."""
    heads = [p.text for p in paras[:3] if _HEADLINE.match(p.text)]
    running = _running(paras)
    if not heads or not running:
        return False
    told = _told_of(heads[-1], running[0]) or _BODY_END.search(heads[-1]) and _SPAN_LEAD.match(running[0])
    # 县人社局扎实开展稳就业专项行动 / 今年以来，县人社局…: a bulletin's item on what a body did (split48), or a meeting
    # held told by its headline over a dated lead
    bulletin_item = told and not any(match_heading(p.text) for p in paras)
    if not bulletin_item and not (_DAY_LEAD.match(running[0]) and any(_EVENT.search(h) for h in heads)):
        return False
    return not _OWN_VOICE.search(re.sub(r"“[^”]*”", "", "".join(running)))


# XX镇领导班子成员及分工 / 领导信息 / 领导简介: who leads and what each is responsible for
_LEADERS_TITLE = re.compile(r"^[^。！？，,：:]{0,30}(?:领导班子(?:成员)?(?:及|和)?(?:工作)?分工|领导(?:信息|简介|分工)|班子成员(?:及|和)?分工)$")
_SAID = re.compile(r"同志们|大家好|我讲|讲[几两三四五六七八九十]点|[下这]面，我")


def office_genre(paras: Sequence[Para]) -> tuple[str, str]:
    """The Chinese name and reason for an office genre kept out of the speech library, or ('', '')."""
    firsts = [p.text.strip() for p in paras[:3]]
    head = "\n".join(p.text for p in paras[:12])
    if _SAID.search(head):
        return "", ""
    if any(_LEADERS_TITLE.match(t) for t in firsts):
        return "领导分工", "领导班子成员和分工（谁负责什么，不是讲话，也不是会议消息）：不拆分为片段"
    return "", ""
