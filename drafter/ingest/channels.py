"""The channels a document arrives through (shapes33): what a PDF or Word print, an OA or e-mail export, a news
portal's reprint and a WeChat mirror put around or into the text, read the way a careful clerk reads past them.

Each function is called from one place in the cleaning or splitting stage; they know only lines and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.debris import Removed, debris_reason
from drafter.ingest.issuedname import issued_name
from drafter.ingest.para import Para
from drafter.text import count_han, to_fullwidth_punct

_HALF = re.compile(r"[,;:?!().]")


def fullwidth_before_joining(paras: Sequence[Para]) -> list[Para]:
    """Half-width punctuation made full-width before lines broken mid-sentence are joined (a PDF copied with its
    half-width stops ends each sentence in `.`: 成色.…; read as 。 the joiner sees where sentences end)."""
    return [
        Para(to_fullwidth_punct(p.text), p.line, p.end, p.md, p.divider)
        if _HALF.search(p.text)
        else p
        for p in paras
    ]


# 主题：… / 发件人：… / 收件人：… / 时间：… / 附件：…: the header an OA system or mail client prints over the text it sends
_MAIL_FIELD = re.compile(
    r"^\s*(主\s*题|邮件主题|发件人|发\s*件\s*人|收件人|收\s*件\s*人|抄送人|抄\s*送|密\s*送|发送时间|发件时间|收件时间|时\s*间|日\s*期|附\s*件|重要性|优先级)\s*[:：]"
)
_MAIL_SENDER = re.compile(r"^\s*(?:发\s*件\s*人|收\s*件\s*人)\s*[:：]")
# -------- 原始邮件 -------- / ----- 转发的邮件 -----: where a forwarded message starts
_MAIL_SEPARATOR = re.compile(
    r"^\s*[-—=_]{2,}\s*(?:原始邮件|转发的邮件|转发邮件|邮件原文|Original Message|Forwarded message)\s*[-—=_]{2,}\s*$",
    re.I,
)
# 转发：/ 回复：/ 请审阅：/ 【通知】 before a subject, （定稿）/（征求意见稿）/ .docx after it: the sender's notes, not the title
_SUBJECT_LEAD = re.compile(
    r"^(?:(?:转发|转|回复|答复|Fwd?|FW|Re|请审阅|请审核|请审定|请阅|送审)\s*[:：]\s*|【[^】]{1,6}】\s*)+",
    re.I,
)
_SUBJECT_TAIL = re.compile(
    r"(?:[（(](?:定稿|终稿|送审稿|征求意见稿|修改稿|初稿)[)）]|\.(?:docx?|wps|pdf))+$", re.I
)
_TITLE_LIKE = re.compile(r"^[^。！？；;，,]{4,60}$")


def mail_header(lines: list[str], removed: list[Removed]) -> list[str]:
    """The header of an OA or e-mail export (three or more of 主题/发件人/收件人/时间/附件 at the top, one of them a sender
    or recipient) taken out, with a forwarded message's separator and the cover note over it (各单位：现将…转发给你们);
    the subject becomes the title when the text under the header has none (县委、县政府： first)."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:10]
    head = [i for i in filled[:8] if _MAIL_FIELD.match(lines[i])]
    if len(head) < 3 or not any(_MAIL_SENDER.match(lines[i]) for i in head) or head[0] != filled[0]:
        return lines
    block_end = head[0]
    for i in filled:
        if i in head:
            block_end = i
        elif i > block_end:
            break
    if any(i not in head for i in filled if i <= block_end):
        return lines
    out = list(lines)
    subject = ""
    for i in head:
        field = _MAIL_FIELD.match(lines[i])
        if field and re.sub(r"\s", "", field.group(1)) in ("主题", "邮件主题"):
            subject = _SUBJECT_TAIL.sub(
                "", _SUBJECT_LEAD.sub("", lines[i][field.end() :].strip())
            ).strip()
        removed.append(Removed(i + 1, lines[i].strip(), "邮件或办公系统导出的信头"))
        out[i] = ""
    body = [i for i, line in enumerate(out) if line.strip()]
    sep = next((i for i in body[:6] if _MAIL_SEPARATOR.match(out[i])), None)
    if sep is not None:
        for i in body:
            if i > sep:
                break
            reason = "转发邮件的分隔线" if i == sep else "邮件的转发说明"
            removed.append(Removed(i + 1, out[i].strip(), reason))
            out[i] = ""
        body = [i for i in body if i > sep]
    first = out[body[0]].strip() if body else ""
    if (
        subject
        and _TITLE_LIKE.match(subject)
        and first
        and (first.endswith(("：", ":")) or not _TITLE_LIKE.match(first))
    ):
        out[head[0]] = subject
    return out


# XX县人民政府办公室文件: the issuing office's mark at the head of a printed 公文 (its 版头)
_ISSUER_MARK = re.compile(
    r"^(?![（(一二三四五六七八九十\d])(?![^。！？]*(?:学习|贯彻|传达|关于|落实|精神|研读))"
    r"[^。！？，,：:\s]{2,30}(?:人民政府|政府|委员会|办公室|党委|县委|市委|区委|局|委|厅|院|会)文件$"
)
# X政办发〔2026〕12号 (签发人：某某): its 文号 line
_DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fffXx×]{1,12}[〔\[（(【]\s*(?:19|20)\d\d\s*[〕\]）)】]\s*\d{1,4}\s*号(?:\s*签发人\s*[:：]\s*\S{0,12})?$"
)
# 抄送：… / XX县人民政府办公室　2026年1月20日印发 / （此件公开发布）: the print's 版记 under the text
_COLOPHON = re.compile(
    r"^抄\s*送\s*[:：]|^[^。！？]{2,40}?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$|^[（(]\s*此件[^）)]{2,12}[)）]$"
)
_HEADER_TITLE = re.compile(r"^[^。！？；;]{8,60}$")


def print_marks(lines: list[str], removed: list[Removed]) -> list[str]:
    """What a 公文 printed to PDF or Word carries besides its text, taken out: the issuing office's 文件 mark and the 文号
    line at its head, the 抄送 / 印发 / （此件公开发布） lines of its 版记, and the running header each page repeats
    (县长在…会议上的讲话 over a page of 在…会议上的讲话: the title with the speaker, or a part of it, after or before a
    page counter) — a page's header is no new document's title."""
    out = list(lines)
    for i, line in enumerate(lines):
        text = line.strip(" \t\u3000\xa0")
        if _ISSUER_MARK.match(text) or _DOC_NUMBER.match(text):
            removed.append(Removed(i + 1, text, "公文版头（发文机关标志、文号）"))
            out[i] = ""
        elif _COLOPHON.match(text):
            removed.append(Removed(i + 1, text, "公文版记（抄送、印发）"))
            out[i] = ""
    filled = [i for i, line in enumerate(out) if line.strip()]
    title = next((out[i].strip() for i in filled[:4] if _HEADER_TITLE.match(out[i].strip())), "")
    if not title:
        return out
    counters = [
        k
        for k, i in enumerate(filled)
        if debris_reason(out[i].strip(" \t\u3000\xa0")) == "分页残留"
    ]
    for k in counters:
        for near in (k - 1, k + 1):
            if not 0 <= near < len(filled) or near in counters:
                continue
            i = filled[near]
            text = out[i].strip(" \t\u3000\xa0")
            if (
                text != title
                and _HEADER_TITLE.match(text)
                and (title in text or text in title)
                and len(text) >= 8
            ):
                removed.append(Removed(i + 1, text, "页眉（每页重复的标题）"))
                out[i] = ""
    return out


_CUT_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[，、,])[^。！？；;：:]{6,}$"
)
_HEADING_END = re.compile(r"^(?!同志们|谢谢|朋友们|大家好)[\u4e00-\u9fff]{1,4}$")


def join_cut_headings(paras: Sequence[Para]) -> list[Para]:
    """A heading a PDF's page width cut before its last characters (二、突出重点，全力推动经济高质量发 / 展) made whole
    again: the one to four characters on a line of their own under it are its end, not a paragraph."""
    out: list[Para] = []
    for para in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _HEADING_END.match(para.text)
            and _CUT_HEADING.match(prev.text)
            and para.line == prev.end + 1
        ):
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)
        else:
            out.append(para)
    return out


_ISSUED = re.compile(r"关于(?:印发|转发|颁布)《([^》]{2,60})》")
_ATTACHMENT_LINE = re.compile(r"^附\s*件\s*\d{0,2}\s*(?:[:：]\s*(.{0,60}))?$")


def attachment_issued(current: Sequence[Para], para: Para) -> bool:
    """附件：《…方案》 (or a bare 附件), or the plan's own title, under a notice titled 关于印发《…方案》的通知: the plan it
    issues, printed under it — one document with the notice (batch 30's reading), not a block of its own."""
    named = next((m.group(1) for p in current[:4] if (m := _ISSUED.search(p.text))), "") or issued_name(current)
    if named and re.sub(r"\s+", "", para.text).strip("《》") == named:
        return True  # the plan's own title under the notice's date
    line = _ATTACHMENT_LINE.match(para.text.strip())
    if not named or not line:
        return False
    what = (line.group(1) or "").strip("《》 ")
    return not what or what in named or named in what


# ↑点击上方蓝字“某某”关注我们 / 长按识别二维码 / 觉得不错，请点个“在看”吧: a WeChat article's calls to its readers
_WECHAT_CALL = re.compile(
    r"^[↑↓☝👆▲△\s]*(?:点击|戳)(?:上方|下方)?(?:蓝字|[“\"][^”\"]{1,20}[”\"]|关注)[^。！？]{0,24}$"
    r"|^(?:长按|扫描|扫码|识别)[^。！？]{0,16}二维码[^。！？]{0,16}$"
    r"|^[^。！？]{0,12}(?:点个|点一下|点亮)[“\"]?(?:在看|赞|点赞)[”\"]?[吧！!]*$"
)
# 【编者按】…县教育局局长在…会议上作了讲话，现将讲话全文推送，供大家学习。: the editor's note on the text below, in brackets
_BRACKET_NOTE = re.compile(
    r"^[【\[](?:编者按|编者的话|编辑按|导读|小编按)[】\]]\s*[:：]?(.{8,300})$"
)
_NOTE_ABOUT_BELOW = re.compile(
    r"现将|推送|刊发|刊登|转发|分享给大家|以飨读者|供[^。！？]{0,10}(?:学习|参考|阅读)|一起来(?:看|学)"
)
_DATED_EVENT = re.compile(
    r"\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)


# 5月14日，全县…推进会召开。…出席会议并讲话…。会议印发了讲话全文，现刊登如下。 under its own headline: a site's news item
# of the meeting (who met, when, who spoke), whose last sentence hands over the speech printed under it
_DATED_MEETING = re.compile(r"^(?:\d{1,2}月\d{1,2}日|近日|日前)[^。！？]{0,60}(?:召开|举行|举办)")
_HANDOVER = re.compile(
    r"(?<=[。！；])[^。！？]{0,40}(?:(?:刊登|刊发|摘登|转发|发布|公布)如下|(?:全文|原文)如下)[。：:]?$"
)
_HEADLINE = re.compile(r"^[^。！？，,；;：:]{6,40}$")


# 相关链接： / 县水利局召开汛前检查工作部署会 / 全县山洪灾害防御演练举行: a CMS page's list of other articles' titles
_LINKS_HEAD = re.compile(r"^(?:相关链接|友情链接)\s*[:：]?$")
_LINK_TITLE = re.compile(r"^[^。！？：:]{4,40}$")
# ------------------------------ / 公文写作，贵在实在。欢迎交流。 / 回复 引用 举报: a forum post's signature under a rule
_RULE = re.compile(r"^[-—_=]{6,}$")
_FORUM_BUTTONS = re.compile(
    r"^(?:(?:回复|引用|举报|只看该作者|评分|支持|反对|收藏|分享|点评|使用道具)\s*){2,}$"
)
_SIGNATURE = re.compile(r"^(?:签名|个性签名|签名档)\s*[:：]")
# 回复　2楼　老街坊　发表于 2026-9-24 11:02 / 沙发 写材料的小王 发表于…: a reply under a forum post, and what it says
_REPLY_HEAD = re.compile(
    r"^(?:回复\s*)?(?:\d{1,4}\s*楼|#\d{1,4}|沙发|板凳|地板)\s*[^。！？]{0,20}?(?:发表于|发表在|于)\s*(?:19|20)\d\d"
)
# 某某的博客 › 工作札记 / XX社区论坛 › 本地新闻 › 正文: a blog's or forum's breadcrumb (› or » between its parts)
_BLOG_CRUMB = re.compile(
    r"^[^。！？，,：:]{2,24}(?:博客|空间|论坛|社区|贴吧)\s*[›»>]\s*[^。！？，,]{1,24}(?:\s*[›»>]\s*[^。！？，,]{1,24}){0,3}$"
)
# [分享] / 【转帖】 / [原创] before a thread's title: the forum's tag on the post, not the document's title
_THREAD_TAG = re.compile(r"^\s*[【\[](?:分享|转帖|转载|原创|求助|讨论|推荐|资料|感谢|转)[】\]]\s*")
# 阅读(86)┆ 评论 (2)┆ 收藏(0)┆ 转载(1)┆ 喜欢▼┆ 打印┆ 举报 / 转载▼ / 首页 博文目录 关于我 / 前一篇：… / 后一篇：… /
# [游客] 很有参考价值…: a blog's counters, menu, links to its neighbours and its comments
_BLOG_WORD = r"(?:阅读|评论|收藏|转载|喜欢|打印|举报|分享|推荐)"
_BLOG_ROW = re.compile(
    rf"^(?=.*[\d┆▼▲])(?:[\s┆|｜·]*{_BLOG_WORD}\s*[(（]?\s*\d*\s*[)）]?\s*[▼▲]?){{1,9}}[\s┆|｜·]*$"
)
_BLOG_MENU = re.compile(
    r"^(?:首页|博文目录|图片|关于我|相册|留言|日志|个人资料)(?:\s+(?:首页|博文目录|图片|关于我|相册|留言|日志|个人资料)){2,}$"
)
_BLOG_NEIGHBOUR = re.compile(r"^(?:前一篇|后一篇)\s*[:：]")
_BLOG_COMMENT = re.compile(
    r"^[【\[](?:游客|网友|匿名|访客)[】\]]|^(?:评论|网友评论|读者评论)\s*[（(]?\d*[)）]?\s*[:：]?$"
)
# 下载文档到电脑，查找使用更方便 / 10 积分 / 下载本文档需要登录，并付出相应积分: a document-sharing page's download box
_SHARING_BOX = re.compile(
    r"^(?:下载(?:文档|本文档|本文)?到电脑[，,]?[^。！？]{0,12}|\d{1,4}\s*(?:积分|下载券|金币|财富值)|下载本文档需要登录[^。！？]{0,20})$"
)
# （本报记者 某某 整理）: who wrote the paper's summary of the speech down, under it
_COMPILED_BY = re.compile(
    r"^[（(]\s*(?:本报|本台|本网)?\s*(?:特约)?(?:记者|通讯员|编辑)[^）)]{0,24}整理\s*[)）]$"
)


def _links_list(lines: list[str], start: int) -> list[int]:
    """The lines of a 相关链接 list from its heading at `start`: short titles up to the first line that is none (the last
    of them left when what follows is a 称谓 or a paragraph: it is the next piece's own title)."""
    run = [start]
    for j in range(start + 1, len(lines)):
        text = lines[j].strip(" \t\u3000\xa0")
        if not text:
            continue
        if not _LINK_TITLE.match(text):
            if len(run) > 1 and (text.endswith(("：", ":")) or len(text) > 60):
                run.pop()
            break
        run.append(j)
    return run


def channel_chrome(lines: list[str], removed: list[Removed]) -> list[str]:
    """A WeChat mirror's calls to follow, scan or tap 在看, and an editor's note in brackets that only introduces the text
    below (现将讲话全文推送，供大家学习) taken out; a note that tells a dated event is a news item's lead and stays."""
    out = list(lines)
    for i, line in enumerate(lines):
        text = line.strip(" \t\u3000\xa0")
        if not text or not out[i]:
            continue
        if _LINKS_HEAD.match(text) and i > 0:
            for j in _links_list(lines, i):
                removed.append(
                    Removed(
                        j + 1, lines[j].strip(" \t\u3000\xa0"), "网页上的相关链接（别的文章的标题）"
                    )
                )
                out[j] = ""
            continue
        if _RULE.match(text):
            tail = [j for j in range(i + 1, len(lines)) if lines[j].strip()][:3]
            sign = [
                j
                for j in tail[:2]
                if len(lines[j].strip()) <= 40 and not _FORUM_BUTTONS.match(lines[j].strip())
            ]
            sign = [j for j in sign if not lines[j].strip().endswith(("：", ":"))]
            sign = sign[
                : next(
                    (k for k, j in enumerate(sign) if _REPLY_HEAD.match(lines[j].strip())),
                    len(sign),
                )
            ]
            after = next((j for j in tail if j not in sign), None)
            if after is not None and _REPLY_HEAD.match(lines[after].strip()) and sign:
                after = None  # the signature, then the replies
            if (
                sign
                and (after is None or _FORUM_BUTTONS.match(lines[after].strip()))
                or sign
                and _SIGNATURE.match(lines[sign[0]].strip())
            ):
                for j in sign:
                    removed.append(Removed(j + 1, lines[j].strip(" \t\u3000\xa0"), "论坛签名档"))
                    out[j] = ""
            continue
        if _REPLY_HEAD.match(text):
            for j in range(i, len(lines)):
                reply = lines[j].strip(" \t\u3000\xa0")
                if j > i and (_REPLY_HEAD.match(reply) or len(reply) > 80):
                    break
                if reply:
                    removed.append(Removed(j + 1, reply, "论坛回帖"))
                    out[j] = ""
            continue
        if (
            _BLOG_ROW.match(text)
            and len(text) >= 4
            or _BLOG_MENU.match(text)
            or _BLOG_NEIGHBOUR.match(text)
        ):
            removed.append(Removed(i + 1, text, "网页导航或出处"))
            out[i] = ""
            continue
        if _BLOG_COMMENT.match(text):
            removed.append(Removed(i + 1, text, "网页评论区"))
            out[i] = ""
            continue
        if _SHARING_BOX.match(text):
            removed.append(Removed(i + 1, text, "文库页面信息"))
            out[i] = ""
            continue
        if _BLOG_CRUMB.match(text):
            removed.append(Removed(i + 1, text, "网页导航或出处"))
            out[i] = ""
            continue
        tag = _THREAD_TAG.match(text)
        if tag and len(text) > tag.end() + 4:
            removed.append(Removed(i + 1, tag.group(0).strip(), "论坛帖子的标签"))
            out[i] = text[tag.end() :]
            continue
        if _FORUM_BUTTONS.match(text) or _SIGNATURE.match(text):
            removed.append(Removed(i + 1, text, "论坛按钮或签名档"))
            out[i] = ""
            continue
        if _COMPILED_BY.match(text):
            removed.append(Removed(i + 1, text, "记者整理的署名"))
            out[i] = ""
            continue
        if _WECHAT_CALL.match(text):
            removed.append(Removed(i + 1, text, "公众号文章格式"))
            out[i] = ""
            continue
        handover = _HANDOVER.search(text) if _DATED_MEETING.match(text) else None
        above = (
            next(
                (
                    t
                    for j in range(i - 1, -1, -1)
                    if (t := lines[j].strip(" \t\u3000\xa0")) and not debris_reason(t)
                ),
                "",
            )
            if handover
            else ""
        )
        if handover and _HEADLINE.match(above) and count_han(text[: handover.start()]) >= 30:
            removed.append(
                Removed(i + 1, handover.group(0), "消息末尾的转载说明（下面是它说到的讲话）")
            )
            out[i] = line[: line.index(text) + handover.start()]
            continue
        note = _BRACKET_NOTE.match(text)
        if (
            note
            and _NOTE_ABOUT_BELOW.search(note.group(1))
            and not _DATED_EVENT.search(note.group(1))
        ):
            removed.append(Removed(i + 1, text, "网页编者按"))
            out[i] = ""
    return out


# 岚溪县：小茶叶撑起乡村振兴大产业 / 某镇：“三个一”机制化解矛盾纠纷: a news portal's headline, the place, a colon, the story
_PLACE_HEADLINE = re.compile(
    r"^(?![全我本各])(?!所在|地区|辖区|小区)[\u4e00-\u9fff]{1,10}(?:省|市|县|区|州|盟|旗|镇|乡|街道|村|社区)\s*[：:]\s*[^。！？：:；;]{4,32}[！!]?$"
)


def place_headline(text: str) -> bool:
    """A headline that opens on its place and a colon (a news portal's way), no 称谓 or field label."""
    return bool(_PLACE_HEADLINE.match(text))


# 关于寒假放假有关事项的通知 / 各位家长： / … / 某某小学 / 2026年1月15日: a notice by its title and its signed date, though it
# never says 通知如下 or 特此通知 (a 范文 site's sample, a school's notice to parents)
_NOTICE_TITLE = re.compile(r"^(?:[^。！？：:，,]{2,30}?)?关于[^。！？：:]{2,60}的通知$")
_SIGNED_DATE = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_SPOKEN = re.compile(r"同志们|大家好|我讲|讲[两三四五六七八九十几]点|印发|转发|讲话")


def titled_notice(paras: Sequence[Para]) -> bool:
    """关于…的通知 over the text and a date under it, with no speech said or sent round in it: a notice."""
    if not any(_NOTICE_TITLE.match(p.text.strip()) for p in paras[:3]):
        return False
    if not any(_SIGNED_DATE.match(p.text.strip()) for p in paras[-3:]):
        return False
    return not _SPOKEN.search("\n".join(p.text for p in paras[:40]))
