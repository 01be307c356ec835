"""The seam where a saved page joins two pieces: a blank line the pieces themselves never have, and a frame after it.

Someone who saves two pieces into one file (a speech, then a news item; a letter, then another letter; a speech, then
the host's closing part) leaves a blank line between them, while each piece runs on without one. A seam alone is no
new document (a title over its body, a part set off by a blank line); the text after it opens a new document when it
opens a frame of its own — a dated news lead, a host's labelled part or turn, a 称谓 (split.py asks that) — or when
the piece before it has closed (signed and dated, or 谢谢大家！) and the text after it closes again the same way.
A speech's own headings (一、… 同志们：) are no frame: the seam rule never cuts a speech at them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

__all__ = [
    "blank_lines",
    "byline_lines",
    "at_seam",
    "opens_frame",
    "closed",
    "closes_again",
    "host_script",
    "part_label",
]


def blank_lines(raw: str) -> frozenset[int]:
    """The 1-based numbers of the lines of `raw` that hold nothing but spaces (the lines clean_text numbers)."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return frozenset(i for i, line in enumerate(lines, start=1) if not line.strip())


# 来源：某某网 / 作者： 来源： 录入者：admin 发布时间：… 点击数： / 2013年09月25日 10:17:38来源：某某日报: the line a site
# prints under an item's headline, saying who wrote it, where it came from and when (cleaning takes it out as debris)
_BYLINE = re.compile(r"(?:来源|作者|录入者?|发布时间|发布日期|发表时间|更新时间|责任编辑|点击数|浏览次数)\s*[:：]")


def byline_lines(raw: str) -> frozenset[int]:
    """The 1-based numbers of the lines of `raw` that are a site's byline (来源：… 作者：… 发布时间：…), not a sentence."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return frozenset(
        i for i, line in enumerate(lines, start=1)
        if _BYLINE.search(line) and len(line.strip()) <= 120 and not re.search(r"[。！？]", line)
    )  # fmt: skip


def _blanks_between(a: Para, b: Para, blanks: frozenset[int]) -> int:
    return sum(1 for n in range(a.end + 1, b.line) if n in blanks)


def at_seam(current: Sequence[Para], para: Para, blanks: frozenset[int], body: int) -> bool:
    """More blank lines before `para` than between any two of the current piece's paragraphs from its body on
    (`body`: the index of its first paragraph of running text): the place where a page joins two pieces."""
    if not blanks or not current:
        return False
    gap = _blanks_between(current[-1], para, blanks)
    if gap == 0:
        return False
    inner = max(
        (
            _blanks_between(a, b, blanks)
            for a, b in zip(current[body:], current[body + 1 :], strict=False)
        ),
        default=0,
    )
    return gap > inner


# 12月28日，县政协…举行预备会议。 / 2020年8月29日，我院隆重召开… / 近日，区安委办负责人一行赴某镇开展…: a news item's dated
# lead, an event in its first sentence told of a body in the third person (a speaker says 我们…)
# (为全面总结…，6月24日，某协会组织召开… / 8月30至31日，某县…代表大会召开。: the purpose before the date, or two days;
# batch 62)
_DATED = re.compile(
    r"^(?:为[^。！？我]{4,80}[，,]\s*)?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日?(?:(?:至|到|—|－|-|~|～)\d{1,2}日)?[上中下午晚间]{0,2}[，,]|^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[，,\s]"
    r"|^(?:日前|近日|近期|连日来|昨天|昨日)[上中下午晚间]{0,2}[，,]"
)
_EVENT = re.compile(
    r"召开|举行|举办|开展|组织|赴|深入|走访|调研|检查|督导|看望|慰问|出席|参加|启动|开幕|闭幕|落幕|揭牌|签约|成立|来到|莅临"
    r"|荣获|喜获|获评|传来喜讯"
)
_SPEAKER_WE = re.compile(r"我们|我(?![院县市区镇乡局校司所省委厅部行站队社])")
# ●结束语： / 【开场白】 / 二、结束语： / 主持词（结尾）: a host's script labelled by its part
_PART_LABEL = re.compile(
    r"^[●■◆◇★☆○◎•·\*＊#＃\s]*[【\[]?(?:[一二三四五六七八九十\d]{1,2}[、.．]\s*)?[\u4e00-\u9fff]{0,6}"
    r"(?:开场白|开场词|开场|结束语|结束词|结尾|结语|串词|串联词|主持词|主持稿|闭幕词|开幕词)(?:部分)?"
    r"(?:[（(][\u4e00-\u9fff]{1,6}[)）])?[】\]]?[：:]?$"
)
# 甲：… / 主持人乙：… / 男：… / A：…: a host's turn in a script for two
_HOST_TURN = re.compile(r"^(?:主持人)?(?:甲|乙|丙|男|女|男声|女声|合|[AB])\s*[：:]\s*\S")


def part_label(text: str) -> str:
    """The name of a host's script part on a label line (●结束语： → 结束语), or "" when the line is no such label."""
    if not _PART_LABEL.match(text):
        return ""
    return re.sub(r"^[●■◆◇★☆○◎•·\*＊#＃\s【\[]+|[】\]：:\s]+$", "", text)


# 我宣布：某某学校开学典礼到此结束。 / 现在我宣布，…大会开幕: the host opening or closing the event, to those present
_DECLARES = re.compile(r"我(?:郑重)?宣布[：:，,]?[^。！？]{2,60}(?:开始|结束|开幕|闭幕|启动)")


def host_script(paras: Sequence[Para]) -> bool:
    """A host's script (主持词) or a part of one: labelled as its part at the top (●结束语：), given as turns of two
    hosts (甲：… 乙：…), or the host declaring the event opened or closed (我宣布：…到此结束)."""
    if any(_PART_LABEL.match(p.text) for p in paras[:2]):
        return True
    if sum(1 for p in paras if _HOST_TURN.match(p.text)) >= 2:
        return True
    return any(_DECLARES.search(p.text) for p in paras)


# 四川新闻网消息 2月5日，… / 本报讯 3月2日，… / 某某日报讯（记者 某某）近日，… / 【某某融媒讯】: the outlet's tag a news item's
# lead opens on, its day after it (据某某网消息，… cites another's news inside an item: not a tag of its own)
_OUTLET_TAG = re.compile(
    r"^\s*(?:【[^】]{1,16}(?:讯|消息)】|[\[［][^\]］]{1,16}(?:讯|消息)[\]］]"
    r"|(?!据)[\u4e00-\u9fff·]{0,12}(?:网|报|台|社|融媒|客户端)(?:讯|消息))"
    r"\s*(?:[（(][^）)]{1,30}[)）])?\s*[：:]?\s*"
)


def opens_frame(text: str) -> bool:
    """The paragraph opens a piece of its own: a dated lead of an event (after the outlet's tag, if it has one), a
    host's labelled part, or a host's turn."""
    if _PART_LABEL.match(text) or _HOST_TURN.match(text):
        return True
    tag = _OUTLET_TAG.match(text)
    text = text[tag.end() :] if tag else text
    if not _DATED.match(text):
        return False
    first = re.split(r"[。！？]", text, maxsplit=1)[0]
    return bool(_EVENT.search(first)) and not _SPEAKER_WE.search(first)


# 谢谢大家！ / 谢谢！ / 此致 敬礼 — the words a speech or a letter ends on
_LAST_WORDS = re.compile(
    r"(?:^|[。！!？])\s*(?:谢谢(?:大家|各位|聆听)?|此致\s*敬礼)[。！!]?$|^敬礼[！!]?$"
)
_SIGNED_DATE = re.compile(
    r"^(?:\d{4}|二[〇零○一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$"
    r"|^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$"
)


def closed(paras: Sequence[Para]) -> bool:
    """The piece has ended: one of its last few paragraphs is its last words or its date under a signature (a site's
    editor line or a captcha prompt may still follow)."""
    tail = paras[-4:]
    return any(
        _LAST_WORDS.search(p.text.strip()) or _SIGNED_DATE.match(p.text.strip()) for p in tail
    )


def closes_again(rest: Sequence[Para], blanks: frozenset[int]) -> bool:
    """The text from here up to the next seam (or the end) runs on and then ends as a piece does: a second letter or
    speech with its own close, not a note added under the first."""
    piece = [rest[0]] if rest else []
    for para in rest[1:]:
        if sum(1 for n in range(piece[-1].end + 1, para.line) if n in blanks):
            break
        piece.append(para)
    if len(piece) < 2 or sum(len(p.text) for p in piece) < 60:
        return False
    return closed(piece[-2:])
