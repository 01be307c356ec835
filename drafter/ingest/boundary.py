"""Where one document ends and the next begins, by evidence that agrees (issue #13, split40).

A saved page often joins two documents with nothing but the next one's own head between them: a speech, then an office's
notice (关于…的通知 over its 主送 line 各乡镇人民政府，县直各单位：, or the 主送 line alone when the copy lost the title); a
news item, then the speech it reported, opening in the speaker's voice with no title or 称谓 left (今天召开…会议。下面，
我讲三点意见。). One sign alone is weak: a speech may name a notice on a line of its own, a PDF may wrap a line just
before 今天. Each boundary here is a line that looks like a document's head (`at`), and it is one only when a second,
independent sign agrees — the piece above has ended (its closing words, its signature and date) or was cut off
mid-sentence (`before`), or the line under the head goes on as such a document does (a notice's 现将…通知如下, a 主送
line under a title: `after`), or the piece above is told in a reporter's third person and the line opens in a
speaker's first person (two voices).

Each rule names its evidence (`Evidence`), so that a reader (and a test) can see why a page was cut where it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.ingest.appended import cut_before
from drafter.ingest.para import Para
from drafter.ingest.seams import closed, opens_frame
from drafter.text import count_han

__all__ = [
    "Evidence",
    "boundary_evidence",
    "document_head",
    "is_addressee_line",
    "is_official_title",
    "official_head",
    "title_again",
    "opens_official_body",
]

# …机关 a 主送 line names: 各乡镇人民政府 / 县直各单位 / 县政府各部门 / 各有关单位 / 县人大常委会 / 各村（社区）党组织
_ORGAN = (
    r"(?:人民政府|政府|人大常委会|常委会|委员会|党委|党组|党工委|工委|管委会|党支部|支部|总支|部门|单位|机关|科室|处室|股室|"
    r"直属机构|派出机构|机构|企业|学校|团体|街道|街道办事处|办事处|乡镇|社区|党组织|组织|院|局|委|办|所|站|中心|公司)"
)
_ITEM = rf"[^。！？，,、：:；;\s]{{0,24}}?{_ORGAN}(?:[（(][^）)]{{1,8}}[)）])?"
_ADDRESSEE_LINE = re.compile(rf"^{_ITEM}(?:[，,、；;]\s*{_ITEM}){{0,8}}[：:]$")
# a 称谓 said to people (同志们： / 各位领导： / 各位代表：) is no office's 主送
_PEOPLE = re.compile(
    r"同志|领导|来宾|代表|朋友|嘉宾|老师|同学|家长|乡亲|委员们|各位|们[：:]|同志們|領導"
)

# 关于做好…工作的通知 / 某某县人民政府关于…的决定 / 关于…情况的报告: the title of an office's document
_OFFICIAL_TITLE = re.compile(
    r"^(?:[^。！？：:，,]{2,80}?)?关于[^。！？：:]{2,60}的(?:通知|通報|通报|决定|決定|意见|意見|实施意见|报告|報告|请示|請示|批复|函|公告|通告)$"
)

# 为切实做好…，现将有关事项通知如下。 / 现将《…》印发给你们 / 经县政府同意，… / 现就…提出如下意见: the first sentence of an
# office's document under its title or 主送 line (a speech never opens so)
_OFFICIAL_OPENING = re.compile(
    r"(?:现将|现就|兹将|兹就)[^。！？]{0,60}(?:通知|通報|通报|报告|報告|函告|答复)如下"
    r"|(?:印发|印發)给你们|现予印发|(?:提出|制定)(?:如下|以下)(?:意见|意見|措施)"
    r"|^(?:为|為|根据|根據|按照)[^。！？]{2,60}[，,]\s*经[^。！？，,]{1,20}同意"
)

# the words an office's document, a report or a speech ends on: 特此通知。 / 以上报告，请审议。 / 妥否，请批示。 / 此复。
_LAST_OFFICIAL = re.compile(
    r"(?:特此(?:通知|通報|通报|报告|報告|函告|公告|通告|批复)|以上报告[，,]\s*请[^。！？]{0,8}审议|请予?审议|妥否[，,]\s*请批示|此复"
    r"|谢谢大家|謝謝大家)[。！!]?$"
)

# 今天召开全县…会议 / 今天，我们在这里召开… : a speaker telling of the meeting he speaks at …
_OWN_MEETING = re.compile(
    r"^(?:今天|今日|今天上午|今天下午)[，,]?\s*(?:我们|咱们)?(?:在这里)?(?:召开|举行|隆重召开|隆重举行|专门召开)"
    r"[^。！？]{2,40}?(?:会议|大会|会|座谈会)"
)
# … and in the same paragraph turning to what he will say (下面，我讲三点意见 / 我先讲两点 / 讲几点意见)
_OWN_TURN = re.compile(
    r"我(?:先|再|简要|着重|主要)?(?:讲|谈|说)|讲[两三四五六七八九十几]点|[两三四五六七八九十几]点意见"
)
# a reporter's third person telling of a meeting: 会议指出 / 某某强调 / 出席会议并讲话 / 据悉 / 记者
_TOLD = re.compile(
    r"会议(?:指出|强调|要求|认为|提出|听取|传达)|出席(?:会议)?并(?:讲话|作重要讲话|致辞)|主持(?:召开)?会议|"
    r"(?:他|她)(?:强调|指出|要求|表示)|据悉|记者|本报讯|本网讯"
)
# the speaker's first words under his 称谓: 我 / 我们 / 今天 / 这次会议 / 刚才
_SPEAKER = re.compile(r"我|咱们|今天|今日|这次会议|此次会议|本次会议|刚才")
# 同志们： / 各位代表： — a piece that greets its audience is a speech, whatever it tells
_GREETED = re.compile(
    r"^[^。！？]{0,20}(?:同志们|代表|来宾|朋友们|同学们|老师们|领导)[^。！？]{0,10}[：:]$"
)

# a head on a line of its own: no sentence's stop or comma in it, not a heading of the piece's own series
_HEAD_LINE = re.compile(r"^[^。！？；;，,：:]{6,60}$")
# 2026年工作总结 / 下半年工作打算: a report's own part, never the head of another document (split._PART_LINE, reports36)
_PART_LINE = re.compile(
    r"^(?:(?:19|20)\d\d年度?|今年|明年|上半年|下半年)?(?:主要)?工作(?:回顾|总结|计划|安排|打算|展望|思路|要点|目标)$"
)
_HEADING_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．.]|第[一二三四五六七八九十]+[部章节条])"
)
# a genre word a document's title ends on: …上的讲话 / …工作总结 / …调研报告 / …述职报告 / …实施方案
_GENRE_END = re.compile(
    r"(?:讲话|講話|讲话稿|致辞|致詞|发言|發言|主持词|党课|总结|總結|报告|報告|汇报|匯報|计划|計劃|要点|要點|方案|通知|意见|意見|倡议书|公开信|慰问信)"
    r"(?:[（(][^）)]{1,8}[)）])?$"
)
# the first words of an office's account of its own work: 今年以来，我局… / 一年来，我镇… / 现将有关情况总结如下 / 调研组
_OWN_ACCOUNT = re.compile(
    r"^(?:今年以来|一年来|半年来|上半年|过去的一年|(?:19|20)\d\d年(?:以来|上半年|度)?)[，,][^。！？]{0,60}"
    r"(?:我局|我镇|我县|我区|我市|我乡|我街道|我单位|我院|我校|我委|我办|我公司|我中心|本局|本镇)"
    r"|现将[^。！？]{0,40}(?:总结|總結|报告|報告|汇报|匯報)如下|(?:调研组|调查组|課題組|课题组)"
)

# Han characters of running text the piece above must hold (a title or a name alone over a head is no document)
_PIECE_MIN = 40


@dataclass(frozen=True)
class Evidence:
    """Why a line opens the next document: the sign at the line, and the sign that agrees with it."""

    at: str  # official-title | addressee | head | own-opening | salutation
    agrees: tuple[str, ...]  # ended | cut | official-opening | addressee-under | told-above


def is_addressee_line(text: str) -> bool:
    """各乡镇人民政府，县直各单位： — the offices a document is sent to, on a line of its own (not a 称谓 to people)."""
    text = text.strip()
    return len(text) <= 80 and bool(_ADDRESSEE_LINE.match(text)) and not _PEOPLE.search(text)


def is_official_title(text: str) -> bool:
    """关于…的通知 / …关于…的决定 on a line of its own."""
    return len(text) <= 140 and bool(_OFFICIAL_TITLE.match(text.strip()))


def opens_official_body(text: str) -> bool:
    """The first sentence of an office's document (现将有关事项通知如下 / 现将…印发给你们 / 为…，经…同意)."""
    return bool(_OFFICIAL_OPENING.search(text[:160]))


def title_again(para: Para, under: Para) -> bool:
    """关于…的通知 printed again right under itself (a document site repeats a head, the 主送 line maybe run on): furniture
    that marks the head, never a sentence going on."""
    return (
        is_official_title(para.text) and len(para.text) >= 12 and under.text.startswith(para.text)
    )


def official_head(para: Para, under: Para | None) -> bool:
    """An office's document's head, agreed by the line under it: 关于…的通知 over its 主送 line or its first sentence, or a
    主送 line over that sentence. Cleaning never runs a sentence cut above it on into such a head (…坚决打击违法行 |
    各乡镇人民政府，县政府各部门： | 为切实做好…，现就有关事项通知如下。: two documents, not one sentence)."""
    if under is None:
        return False
    if is_official_title(para.text):
        return (
            title_again(para, under)
            or is_addressee_line(under.text)
            or opens_official_body(under.text)
        )
    return is_addressee_line(para.text) and opens_official_body(under.text)


def opens_document(text: str) -> bool:
    """The first paragraph of a document under its head: a speaker's 今天…召开…会议, a dated news lead (3月2日上午，…召开),
    an office's account of its own work (今年以来，我局…), or an office's document's first sentence."""
    return (
        bool(_OWN_MEETING.match(text) or _OWN_ACCOUNT.search(text[:120]))
        or opens_frame(text)
        or opens_official_body(text)
    )


def _head_line(text: str) -> bool:
    text = text.strip()
    return (
        bool(_HEAD_LINE.match(text))
        and not _HEADING_MARK.match(text)
        and not _PART_LINE.match(text)
    )


def document_head(para: Para, under: Para | None) -> bool:
    """A title or headline (…上的讲话 / …工作总结 / 某某县召开…会) over a document's first paragraph. Cleaning never runs
    a sentence cut above it on into such a head: two agreeing signs, the head's shape and the opening under it."""
    return under is not None and _head_line(para.text) and opens_document(under.text)


def _ended(current: Sequence[Para]) -> bool:
    """The piece above has ended: its closing words, or a signature and date under it."""
    tail = [p.text.strip() for p in current[-3:]]
    return closed(current) or any(_LAST_OFFICIAL.search(t) for t in tail)


def _told_above(current: Sequence[Para]) -> bool:
    """The piece above is a news item: told in the third person (会议指出…, 出席并讲话) or opened on a dated lead, and it
    greets no one. (A lead that hands over what it prints, …现将讲话全文刊发如下：, is the speech's own head: it stays.)"""
    if any(_GREETED.match(p.text) for p in current):
        return False
    if current[-1].text.rstrip()[-1:] in "：:":
        return False
    text = "".join(p.text for p in current)
    return bool(_TOLD.search(text)) and (
        any(opens_frame(p.text) for p in current[:3]) or len(_TOLD.findall(text)) >= 2
    )


def _may_open(text: str) -> bool:
    """The paragraph has one of the shapes a document's head has here (a line with no stop, a 称谓, 今天…召开)."""
    head = bool(_HEAD_LINE.match(text.strip()) or _OWN_MEETING.match(text) or _GREETED.match(text))
    return head or is_addressee_line(text) or is_official_title(text)


def _holds_text(current: Sequence[Para], least: int) -> bool:
    """Whether the piece holds `least` Han characters, counted from its end until there are that many (a long piece is
    not counted whole at every head-shaped line: a speech's subheadings are such lines)."""
    found = 0
    for para in reversed(current):
        found += count_han(para.text)
        if found >= least:
            return True
    return False


def boundary_evidence(current: Sequence[Para], paras: Sequence[Para], i: int) -> Evidence | None:
    """The evidence that `paras[i]` opens a document after the piece `current`, or None when no two signs agree."""
    para = paras[i]
    # (most paragraphs have no head's shape: nothing to weigh, which keeps a long archive cheap)
    if not current or not _may_open(para.text):
        return None
    if not _holds_text(current, _PIECE_MIN):
        return None
    nxt = paras[i + 1].text if i + 1 < len(paras) else ""
    before = tuple(
        name for name, ok in (("ended", _ended(current)), ("cut", cut_before(current[-1]))) if ok
    )
    if is_official_title(para.text):
        after = tuple(
            name
            for name, ok in (
                ("addressee-under", is_addressee_line(nxt)),
                ("official-opening", opens_official_body(nxt)),
                ("title-again", i + 1 < len(paras) and title_again(para, paras[i + 1])),
            )
            if ok
        )
        # (a line cut mid-sentence above agrees only with a sign under the title: a speech may run a sentence on into
        # the title of the document it names, 省里印发了一个文件，题目是 | 关于…的通知 | 这个文件…)
        return Evidence("official-title", before + after) if after or "ended" in before else None
    if is_addressee_line(para.text):
        after = ("official-opening",) if opens_official_body(nxt) else ()
        # (a line cut mid-sentence above is no sign here: a speech's heading has no stop either)
        return Evidence("addressee", before + after) if after or "ended" in before else None
    if _head_line(para.text) and opens_document(nxt):
        # (an unnumbered subheading of a speech over 今天…/今年以来，我们… is no document's head: the piece above must
        # also have ended or been cut, or the head end on a genre's word)
        agrees = before + (("genre-title",) if _GENRE_END.search(para.text.strip()) else ())
        return Evidence("head", (*agrees, "opening-under")) if agrees else None
    if _OWN_MEETING.match(para.text) and _OWN_TURN.search(para.text) and _told_above(current):
        return Evidence("own-opening", ("told-above",))
    if _GREETED.match(para.text) and _SPEAKER.search(nxt[:60]) and _told_above(current):
        return Evidence(
            "salutation", ("told-above",)
        )  # 会议指出，… | 同志们： | 刚才，…我完全同意。下面，我讲…
    return None
