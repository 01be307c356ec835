"""Clean raw speech text into paragraphs that remember their original lines.

Removes Markdown marks, pagination debris (共2页，当前第1页12) and web-site
boilerplate (范文-site introductions, 本站小编, 仅供参考); joins paragraphs that
a web page or PDF broke in the middle of a sentence; turns half-width
punctuation inside Chinese text into full-width. Everything removed is
recorded with its line and reason, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.structure import match_heading
from drafter.text import to_fullwidth_punct


@dataclass(frozen=True, slots=True)
class Para:
    """A cleaned paragraph and the original lines (1-based, inclusive) it came from.

    `md` is the Markdown heading level the line had (0 for none); `divider`
    marks a collection heading (……篇二) that separates documents of one file.
    """

    text: str
    line: int
    end: int
    md: int = 0
    divider: bool = False

    @property
    def where(self) -> str:
        return f"第{self.line}行" if self.line == self.end else f"第{self.line}–{self.end}行"


@dataclass(frozen=True, slots=True)
class Removed:
    """A line taken out while cleaning, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning one file: paragraphs, what was removed, what was joined."""

    paras: tuple[Para, ...]
    removed: tuple[Removed, ...]
    joined: tuple[tuple[int, int], ...]


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
_MD_LIST = re.compile(r"^\s*(?:[-*+]\s+|>\s?)")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_HAN_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u3000\xa0]+(?=[\u3000-\u9fff\uff00-\uffef])")

_PAGINATION = (
    re.compile(r"^共\s*\d+\s*页[，,\s]*当前第\s*\d+\s*页.*$"),
    re.compile(r"^第\s*\d+\s*页\s*([/／]\s*共\s*\d+\s*页)?$"),
    re.compile(r"^(?:(?:上一页|下一页|首页|尾页|末页|\d{1,3})\s*){1,12}$"),
    re.compile(r"^[-—－\s]*\d{1,3}[-—－\s]*$"),
)
_BOILERPLATE = (
    "本站小编", "仅供参考", "写范文", "范文的时候", "优秀的范文", "希望对大家有所帮助", "希望对你有所帮助",
    "下面我们就来了解一下", "小编为大家", "小编给大家", "欢迎阅读", "欢迎大家阅读", "欢迎借鉴", "以供参考",
    "本文由", "责任编辑", "版权所有", "转载请注明", "点击下载", "复制链接", "相关推荐", "范文网", "免费下载",
    "更多相关", "请关注", "扫一扫", "阅读全文", "查看更多", "收藏本文", "打印本页", "关闭窗口",
)  # fmt: skip
_COLLECTION_TITLE = re.compile(
    r"(大全|精选|汇编|合集)\s*[(（]?\s*\d+\s*篇\s*[)）]?\s*$|[(（]\s*\d+\s*篇\s*[)）]\s*$|^.{0,24}(大全|合集|汇编|范文精选)$"
)
_DIVIDER = re.compile(r"^[【\[]?[^。！？，：:【】]{0,30}?(?:篇|范文|第)\s*[一二三四五六七八九十\d]{1,3}\s*篇?[】\]]?\s*[:：]?$")
# 篇二：在全县……会议上的讲话 — a collection heading and the speech's title on one line.
_DIVIDER_TITLE = re.compile(
    r"^[【\[]?[^。！？，：:【】]{0,30}?(?:篇|范文)\s*[一二三四五六七八九十\d]{1,3}[】\]]?\s*[:：]\s*(?P<title>\S.{1,60})$"
)
_NAV_LINE = re.compile(r"^(?:上一篇|下一篇|来源|文章来源|本文链接|原文链接|作者|发布时间|浏览次数)\s*[:：]")
# Punctuation that may end a paragraph; anything else means the sentence goes on.
_TERMINAL = "。！？；：…”’）》」』!?;:)"
_SALUTATION = re.compile(r"^[^。！？，]{1,30}[：:]$")
_HALF = re.compile(r"[,;:?!().]")


def clean_text(raw: str) -> Cleaned:
    """Clean the text of one file (see the module docstring)."""
    removed: list[Removed] = []
    paras: list[Para] = []
    lines = _lines(raw)
    skip = _front_matter_end(lines)
    removed += [Removed(i + 1, lines[i], "YAML 头信息") for i in range(skip) if lines[i].strip()]
    for lineno, line in enumerate(lines[skip:], start=skip + 1):
        para = _clean_line(line, lineno, removed)
        if para is None:
            continue
        both = _DIVIDER_TITLE.match(para.text) if not para.divider else None
        if both and not match_heading(para.text):
            paras.append(Para(para.text[: both.start("title")], lineno, lineno, para.md, divider=True))
            paras.append(Para(both.group("title"), lineno, lineno))
        else:
            paras.append(para)
    joined_paras, joined = _join_broken(paras)
    final = tuple(
        Para(to_fullwidth_punct(p.text) if _HALF.search(p.text) else p.text, p.line, p.end, p.md, p.divider)
        for p in joined_paras
    )
    return Cleaned(final, tuple(removed), tuple(joined))


def _front_matter_end(lines: list[str]) -> int:
    """Number of leading lines that are a `---` YAML front matter block (0 if none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i, line in enumerate(lines[1:60], start=1):
        if line.strip() == "---":
            return i + 1
    return 0


def _lines(raw: str) -> list[str]:
    return raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _clean_line(line: str, lineno: int, removed: list[Removed]) -> Para | None:
    text = line.strip(" \t\u3000\xa0\u200b\ufeff")
    if not text:
        return None
    if _MD_RULE.match(text):
        removed.append(Removed(lineno, text, "Markdown 分隔线"))
        return None
    md = 0
    m = _MD_HEADING.match(text)
    if m:
        md = len(m.group(1))
        text = text[m.end() :]
    text = _MD_LIST.sub("", text, count=1) if not match_heading(text) else text
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text).strip()
    text = _HAN_GAP.sub("", text)
    if not text:
        return None
    reason = debris_reason(text)
    if reason:
        removed.append(Removed(lineno, text, reason))
        return None
    divider = bool(_DIVIDER.match(text)) and not match_heading(text)
    return Para(text, lineno, lineno, md, divider)


def debris_reason(text: str) -> str:
    """Why a line is debris rather than speech ('' when it is speech)."""
    if any(p.match(text) for p in _PAGINATION):
        return "分页残留"
    if _NAV_LINE.match(text):
        return "网页导航或出处"
    if _COLLECTION_TITLE.search(text):
        return "网页合集标题"
    if any(word in text for word in _BOILERPLATE):
        return "网站导语或版权说明"
    return ""


def is_body(para: Para) -> bool:
    """A running paragraph (not a heading, divider, title or 称谓)."""
    return not (para.md or para.divider or match_heading(para.text) or _SALUTATION.match(para.text))


def _join_broken(paras: list[Para]) -> tuple[list[Para], list[tuple[int, int]]]:
    """Join a paragraph cut mid-sentence with the paragraph that continues it."""
    out: list[Para] = []
    joined: list[tuple[int, int]] = []
    for para in paras:
        prev = out[-1] if out else None
        if prev is not None and _is_cut(prev) and is_body(para):
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)
            joined.append((prev.end, para.line))
        else:
            out.append(para)
    return out, joined


def _is_cut(para: Para) -> bool:
    text = para.text
    if text[-1] in _TERMINAL or para.md or para.divider or _SALUTATION.match(text):
        return False
    if match_heading(text) and not any(c in text for c in "。！？；"):
        return False  # a heading line on its own
    return len(text) >= 40 or text[-1] in "，、,"
