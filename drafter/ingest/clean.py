"""Clean raw speech text into paragraphs that remember their original lines.

Removes Markdown marks, pagination debris (共2页，当前第1页12, a document-sharing
site's 1、 2、 page numbers) and web-site boilerplate (范文-site introductions,
本站小编, CSS, time stamps, breadcrumbs, tables of contents, paywall lines,
bulletin headers, information tables, login boxes, pinyin annotations, a
document-sharing page's preview and repeated title, a site's name or
introduction run into the first line); splits a 称谓, a title or points run
into one line (drafter.ingest.linesplit); joins paragraphs
that a web page or PDF broke in the middle of a sentence; turns half-width
punctuation inside Chinese text into full-width. Everything removed is
recorded with its line and reason, never dropped silently.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.ingest.appended import dated_item_after_cut
from drafter.ingest.boundary import document_head, official_head, seam_start, title_again
from drafter.ingest.bulleted import bullet_of
from drafter.ingest.channels import (
    channel_chrome,
    fullwidth_before_joining,
    join_cut_headings,
    mail_header,
    place_headline,
    print_marks,
)
from drafter.ingest.collectionname import name_bare_pieces
from drafter.ingest.cutopening import opening_after_cut
from drafter.ingest.debris import IMAGE_FILE, Removed, cut_boilerplate, cut_prefix, debris_reason
from drafter.ingest.headlinelead import headline_after_cut
from drafter.ingest.hiddenseam import SEAM, hidden_pieces, letter_title, numbered_collection
from drafter.ingest.linesplit import (
    _FIELD_LABEL,
    _STOPS,
    CN_DIGITS,
    later_report_titles,
    report_title_after_cut,
    split_gaps,
    split_glued,
    split_line,
    split_report_title,
)
from drafter.ingest.nextitem import lead_after_cut
from drafter.ingest.otherpage import across_edge, page_edges
from drafter.ingest.pagedcontents import strip_paged_contents
from drafter.ingest.pageheads import (
    file_title,
    library_footers,
    numbered_runs,
    scattered_junk,
    title_over_own_text,
)
from drafter.ingest.pageparts import cut_parts, is_foreign_line
from drafter.ingest.pagetops import strip_page_tops
from drafter.ingest.para import Para
from drafter.ingest.piecetitles import numbered_in_order, titled_dividers
from drafter.ingest.reportedcut import told_after_cut
from drafter.ingest.runintitles import greeting_run_in
from drafter.ingest.seams import blank_lines, byline_lines
from drafter.ingest.sitelabels import cut_site_labels
from drafter.ingest.tocrows import title_rows
from drafter.ingest.wechatcard import wechat_card
from drafter.ingest.wrapordinal import cut_ordinal
from drafter.structure import match_heading
from drafter.text import (
    EMOJI,
    PAGE_OF_PAGES,
    cn_number,
    jammer_spans,
    page_width,
    strip_emoji,
    to_fullwidth_punct,
)

# Why a line in another script was taken out (the document that it follows warns about it).
FOREIGN = "外文译文"


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning one file: paragraphs, what was removed, what was joined."""

    paras: tuple[Para, ...]
    removed: tuple[Removed, ...]
    joined: tuple[tuple[int, int], ...]


_VOCATIVE_COMMA = re.compile(r"^[^。！？：:，,]{0,12}(?:同志|朋友|同学|老师|同事|代表)们?[，,]\s*(?:刚才|方才|刚刚)")
# 同志们，本次比赛… / 同志们，我们要…: after the speech's 称谓 and some of its text, a vocative with a comma turns to the
# same hall; only a vocative that opens a gathering (同志们，今天我们在这里召开…) may start a speech of its own (split47)
_VOCATIVE_ANY = re.compile(r"^[^。！？：:，,]{0,12}(?:同志|朋友|同学|老师|同事|代表)们?[，,]\s*")
_GREETED = re.compile(r"^(?:大家|各位)(?:早上|上午|中午|下午|晚上)?好")
_OPENS_GATHERING = re.compile(r"^(?:今天|今日)[^。！？]{0,60}(?:召开|隆重|举行|举办|相聚|欢聚|会议|大会|典礼|仪式|座谈|开幕|开学|在这里)")


def _midspeech_vocative(text: str) -> bool:
    """A vocative with a comma (同志们，…) that speaks on to the hall already greeted, not a new speech's 称谓."""
    if _VOCATIVE_COMMA.match(text):
        return True
    vocative = _VOCATIVE_ANY.match(text)
    if not vocative:
        return False
    rest = text[vocative.end() :]
    # (老师们，同学们，大家好：… / 同志们，朋友们：…: the hall greeted anew, one vocative after another or 大家好 — a 称谓)
    return not (_OPENS_GATHERING.match(rest) or _VOCATIVE_ANY.match(rest) or _GREETED.match(rest))


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
_MD_LIST = re.compile(r"^\s*(?:[-*+]\s+|>\s?)")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ODD_HEADING_MARK = re.compile(
    r"^([一二三四五六七八九十]{1,2})(?:\.(?=[\u4e00-\u9fff])|[ \u3000]+(?=[\u4e00-\u9fff][^。！？，]{1,36}$))"
)
# 【一) / (二】: a sub-point's mark whose brackets do not pair (a copy's garbled （一）), read as （一）
_MIXED_BRACKET_MARK = re.compile(r"【([一二三四五六七八九十]{1,2})[)）]|[（(]([一二三四五六七八九十]{1,2})】")
_STAR_PLACE = re.compile(r"(?:[*＊]{2,}|[#＃]{2,}(?!\s))(?=[省市县区镇乡旗州](?![委长政]))")
_MD_EMPHASIS = re.compile(r"(\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
# __重点__: Markdown's other bold, in pairs; a lone run (县委、县__决定 / 讲了很好___。) is a word a site masked.
_MD_UNDERLINE_BOLD = re.compile(r"__(?=[^_\s])([^_\n]{1,12}?)(?<=[^_\s])__(?!_)")
_HAN_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u3000\xa0]+(?=[\u3000-\u9fff\uff00-\uffef])")
# 在 2026 年, X 省委: a PDF copy's spaces between Chinese and digits or Latin letters.
_MIXED_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\xa0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z])[ \t\xa0](?=[\u4e00-\u9fff])")

# (下面进行第三 — a chair's words opening the next item, the copy cut there: no piece number)
_DIVIDER = re.compile(
    r"^(?![^。！？，：:【】]{0,30}?进行第)[【\[]?[^。！？，：:【】]{0,30}?(?:篇|范文|第)\s*[一二三四五六七八九十\d]{1,3}\s*篇?[】\]]?\s*[:：]?$"
    r"|^[^。！？，：:【】]{2,40}?[（(]\s*篇\s*[一二三四五六七八九十\d]{1,3}\s*[)）]$"  # 校长开学典礼致辞模板（篇1）
    r"|^篇\s*[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]$"  # 篇(1): a collection's piece number in brackets
)
# 1.某某毕业典礼致辞 篇一 / 2、某某发言稿 篇2: a collection's piece label its list numbers as well — the label, not the
# first point of a speech whose 称谓 went unread (a masked ____级的同学们：)
_NUMBERED_LABEL = re.compile(r"^\d{1,2}\s*[.．、]\s*(?=[^。！？，：:【】]{2,40}?\s*篇\s*[一二三四五六七八九十\d]{1,2}$)")
# 爱护环境倡议书 篇2亲爱的同学们：… — a collection's next piece, its title and number run into its 称谓 (read as the
# start of a document wherever it stands)
_PIECE_THEN_SALUTATION = re.compile(
    r"^[^。！？，：:]{2,40}?(?:篇\s*|(?:讲话稿|演讲稿|讲话|致辞|发言稿|倡议书)\s*)\d{1,2}(?!\d)(?=[^。！？：:]{0,30}?们[：:])"
)
# Punctuation that may end a paragraph; anything else means the sentence goes on.
_TERMINAL = "。！？；：…”’）》」』!?;:)"
# (书记,和大家交流3个方面的问题: — the end of a sentence a PDF broke, its comma half-width: an announcement, no 称谓)
_SALUTATION = re.compile(r"^(?![^：:]*,[^：:]*[\d一二三四五六七八九十两几]个?(?:点|方面|问题))[^。！？，]{1,30}[：:]$")
_NUMBERED_TITLE = re.compile(r"^\d{1,2}\s*[.．、]\s*(?=在[^。！？：:，,]{4,60}(?:讲话|致辞|发言|报告|讲话稿)$)")
# 一、“…情况调查”调研报告 over the report's own 一、调查的背景: a collection's first item, numbered, its heading the piece's
# title (a genre that names a whole document, not a part's 上半年工作总结)
_FIRST_ITEM_TITLE = re.compile(
    r"^(?:一|1)\s*[、.．]\s*(?=(?:[^。！？；;]{4,60}(?:调研报告|调查报告|研究报告|考察报告|述职报告|党课讲稿|讲话稿|演讲稿)"
    r"|[^。！？；;]{0,20}在[^。！？；;]{2,50}上的(?:讲话|致辞|发言))$)"  # (not 一、深入学习重要讲话: a part on a speech)
)


def _numbered_piece_title(kept: list[Para], removed: list[Removed]) -> list[Para]:
    """The first item's number over a collection's first piece, when the piece's own text numbers its parts from 一、
    again further down: the piece's title, its number removed."""
    for k, para in enumerate(kept[:6]):
        numbered = _FIRST_ITEM_TITLE.match(para.text)
        if numbered and any(p.text.startswith(("一、", "一．", "一.")) for p in kept[k + 1 :]):
            removed.append(Removed(para.line, numbered.group(0), "标题前的序号"))
            return [*kept[:k], Para(para.text[numbered.end() :], para.line, para.end, para.md, para.divider), *kept[k + 1 :]]
    return kept


_TOC_ENTRY = re.compile(r"^(?:[一二三四五六七八九十]+[、是要抓]|\d{1,2}\s*[.．、]\s*(?=\D)|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，、])[^。！？]{2,60}$")
# 10企业2022年安全生产工作总结 71: inside a contents list, an entry whose dot the page lost, known by its page number
_TOC_PAGED = re.compile(r"^\d{1,2}(?=[\u4e00-\u9fff])[^。！？]{2,60}[\u4e00-\u9fff]\s*\d{1,3}$")
# 在共青团某市第某次代表大会上的讲话: a piece's bare title under 目录：, no number before it
_TOC_TITLE = re.compile(r"^[^。！？；;]{4,80}(?:讲话|致辞|发言|讲话稿|主持词|报告|总结)$")
_HALF = re.compile(r"[,;:?!().]")
# 2.市医疗保障局2025年上半年工作总结和下半年工作安排13 / 3.县…工作总结20: an entry of a contents list, its page number
# run onto the title
_CONTENTS_TAIL = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*[^。！？，,；;：:]{4,60}[\u4e00-\u9fff]\s*\d{1,3}\s*$")


def _strip_contents_tail(lines: list[str], start: int, removed: list[Removed]) -> list[str]:
    """The end of a contents list that the page starts inside (three or more numbered titles with their page numbers,
    its heading 目录 cut off above): no text of the document under them."""
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
    if first is None:
        return lines
    k = first
    while k < len(lines) and (_CONTENTS_TAIL.match(lines[k]) or not lines[k].strip()):
        k += 1
    entries = [i for i in range(first, k) if lines[i].strip()]
    if len(entries) < 3:
        return lines
    removed.extend(Removed(i + 1, lines[i].strip(), "网页目录") for i in entries)
    return [("" if first <= i < k else line) for i, line in enumerate(lines)]


# 同学们：扬帆起航！ — a headline that calls its readers, a short exclamation after the colon
_HEADLINE_CALL = re.compile(r"^[^。！？：:，,]{2,12}[：:][^。！？：:，,]{2,12}[！!]$")


def clean_text(raw: str) -> Cleaned:
    """Clean the text of one file (see the module docstring)."""
    removed: list[Removed] = []
    paras: list[Para] = []
    if _WIDE_DIGIT.search(raw):  # ２０２６年, 讲３点意见, ＸＸ县: read (and kept) as ordinary digits and letters
        raw = raw.translate(_TO_NARROW_DIGITS)
    if _ENCLOSED_NUMBER.search(raw):  # ⒈创建规划科学合理。 / ⑴…: a word processor's one-character marks, read as 1. and (1)
        raw = raw.translate(_TO_PLAIN_NUMBERS)
    lines = [_TORTOISE.sub(r"（\1）", line) if "〔" in line else line for line in _lines(raw)]
    lines = [_ANGLE_MARK.sub(r"（\1）", line) if "〈" in line else line for line in lines]
    lines = _strip_page_chunks(lines, removed)
    lines = _strip_labelled_links(lines, removed)
    lines = mail_header(lines, removed)  # 主题：/发件人：/收件人：/附件： over an OA or e-mail export (shapes33)
    lines = print_marks(lines, removed)  # 文号, 抄送/印发 and a running header of a 公文 copied from a PDF (shapes33)
    lines = channel_chrome(lines, removed)  # ↑点击上方蓝字… / 【编者按】…现将…推送 of a WeChat mirror (shapes33)
    lines = wechat_card(lines, removed)  # …微信号 … 功能介绍 … 收录于话题 … run into the first line (ingest.wechatcard)
    lines = _strip_epaper_chrome(lines, removed)
    lines = strip_page_tops(lines, removed)  # 首 页 要闻 … / 某某网 > 新闻 > 正文 / 某某日报 数字报纸 (ingest.pagetops)
    lines = _strip_image_captions(lines, removed)
    lines = _join_split_title(lines)
    lines = _join_lone_quotes(lines)
    lines = _join_split_years(lines)
    skip = _front_matter_end(lines)
    removed += [Removed(i + 1, lines[i], "YAML 头信息") for i in range(skip) if lines[i].strip()]
    lines = _strip_contents_tail(lines, skip, removed)
    lines = strip_paged_contents(lines, removed)  # 目录 / 敢闯敢创… / 3 / 在…的讲话 / 12 …: titles over page numbers (batch 57)
    in_toc = False
    toc_titles: set[str] = set()
    kept: list[Para] = []
    collection = numbered_collection(lines[skip:])  # (…致辞13篇 / …致辞1老师和学生：: see ingest.hiddenseam)
    for lineno, whole in enumerate(lines[skip:], start=skip + 1):
        whole = _css_removed(whole, lineno, removed) if "{" in whole else whole
        parts = (part for jammed in _jammer_pieces(whole, lineno, removed) for html in _html_pieces(jammed, lineno, removed)
                 for page in _page_pieces(html)
                 for spaced in _spaced_pieces(page) for gapped in _gapped_headings(spaced)
                 for part in hidden_pieces(gapped, collection))  # fmt: skip
        for line in parts:
            if line == SEAM:  # ……此处隐藏13303个字…… in a numbered collection: a later piece's words after it
                removed.append(Removed(lineno, "此处隐藏的文字", "付费页隐藏的文字（后面是合集里的另一篇）"))
                kept.append(Para("……", lineno, lineno, 0, divider=True))
                if letter_title(collection):  # 给环卫工人的慰问信: a later letter of the collection, under its title
                    kept.append(Para(letter_title(collection), lineno, lineno))
                continue
            para = _clean_line(line, lineno, removed)
            in_toc = _in_toc(in_toc, removed, lineno)
            if para is None:
                continue
            if in_toc and (_TOC_ENTRY.match(para.text) or _TOC_PAGED.match(para.text)):
                removed.append(Removed(lineno, para.text, "网页目录"))
                toc_titles.add("")  # a numbered list: the bare title under it is the first piece's (1.校长在…讲话. 3)
                continue
            if in_toc and _TOC_TITLE.match(para.text) and not toc_titles & {"", para.text}:
                toc_titles.add(para.text)  # 目录： / 在…大会上的讲话 / 在…会议上的讲话 …: a collection's pieces, unnumbered
                removed.append(Removed(lineno, para.text, "网页目录"))
                continue
            in_toc = False  # (the first piece's own title, listed once already, is where the text starts)
            numbered = _NUMBERED_TITLE.match(para.text)
            if numbered:  # 2.在全县……会议上的讲话: a title numbered in a page that lists several speeches
                removed.append(Removed(lineno, numbered.group(0), "标题前的序号"))
                para = Para(para.text[numbered.end() :], para.line, para.end, para.md, para.divider)
            kept.append(para)
    kept = _numbered_piece_title(kept, removed)
    kept = _title_from_bookmark(kept, removed)
    kept = _title_from_page_images(kept, lines[skip:])
    kept = _drop_keyword_column(kept, removed)
    footers = library_footers(kept)  # 某某文库在…的讲话 under the piece: the page's footer (ingest.pageheads)
    removed += [Removed(kept[k].line, kept[k].text, "网页页脚（网站名和标题）") for k in footers]
    kept = [p for k, p in enumerate(kept) if k not in footers]
    saluted = False
    unique = _numbered_pieces(titled_dividers(_drop_repeats(kept, removed)))  # (…公开信范文二: ingest.piecetitles)
    headings = [(r.line, r.text) for r in removed if r.reason == "网页合集标题"]
    unique = name_bare_pieces(unique, headings) if headings else unique  # …工作总结（2篇） / 篇1: ingest.collectionname
    for k, para in enumerate(unique):
        # 同志们，刚才……: after the speech's 称谓, a vocative looking back on what was just said speaks to the same
        # hall (a short 主持词 reaches its closing within the first lines); it opens no speech of its own
        early = len(paras) < 8 and not (saluted and _midspeech_vocative(para.text)) or bool(_PIECE_THEN_SALUTATION.match(para.text))
        early = early or k > 0 and bool(_ELIDED.search(unique[k - 1].text))  # a listing's next snippet: its title, 称谓, words
        if not paras and k + 1 < len(unique) and unique[k + 1].text.startswith("——") and _HEADLINE_CALL.match(para.text):
            early = False  # 同学们：扬帆起航！ over ——学院举行…典礼: a headline and its subtitle, no 称谓 and opening
        pieces = [piece for p in split_line(para, early=early) for piece in split_glued(p)]
        saluted = saluted or any(_SALUTATION.match(p.text) for p in pieces)
        paras += pieces
    breaks = sorted(r.line for r in removed if r.reason == "分页残留" and _PAGE_LINE.match(r.text.strip()))
    paras = fullwidth_before_joining(paras)  # …的重要意义.人居环境… / 成色.…: a half-width stop ends a line as 。 does
    paras = _speaker_labels_off(paras, removed)
    joined_paras, joined = _join_broken(paras, breaks, unique, byline_lines(raw), page_edges(raw), blank_lines(raw))
    joined_paras = join_cut_headings(joined_paras)  # 二、…高质量发 / 展: a heading a PDF's line width cut (shapes33)
    if joined:  # （一）…落实属地管理责 | 任。（二）压实部门责任。…: the joined paragraph runs its sub-points on, as one line would
        joined_paras = [piece for p in joined_paras for piece in (split_glued(p) if p.end > p.line else (p,))]
        # …做成“三件事” 第一件事是“…” 一是… joined from a PDF's lines: its breaks before the leads, left as spaces
        joined_paras = [q for p in joined_paras for g in (split_gaps(p) if p.end > p.line else (p,)) for q in ((g,) if g is p else split_glued(g))]
    joined_paras = _outline_kept_whole(joined_paras)  # 一、…；二、…；三、… in the summary, the same headings in the body below
    joined_paras = split_report_title(joined_paras)  # 县卫健委2026年度工作总结今年以来，…: its title run into the opening
    joined_paras = later_report_titles(joined_paras)  # …的工作 | 关于…的调查报告，随着…: the next report's title (split43)
    joined_paras = _greeting_off(joined_paras, removed)  # …讲话汇编（3篇）1.…致辞各位委员，同志们： (split41)
    joined_paras = _open_brackets(joined_paras)  # （一）… / 二）…: the mark that lost its opening bracket
    joined_paras = _lost_sub_marks(joined_paras)  # （一）拧紧思想发条。…。二织密防控网络。…。三锻造监管铁军。…
    final = tuple(
        Para(to_fullwidth_punct(p.text) if _HALF.search(p.text) else p.text, p.line, p.end, p.md, p.divider)
        for p in joined_paras
    )
    return Cleaned(final, tuple(removed), tuple(joined))


_OUTLINE_PART = re.compile(r"^([一二三四五六七八九十])[、．.]\s*([\u4e00-\u9fff]{2,6})")


# 环卫工人慰问信1 … 环卫工人慰问信2 / 禁烧秸秆承诺书一： … 禁烧秸秆承诺书二：: a collection page's pieces, each under the same
# title numbered in turn (the genre ends the title, the number after it)
_NUMBERED_PIECE = re.compile(
    r"^(?P<stem>[^。！？，,：:；;\s]{2,30}?(?:书|信|电|词|辞|稿|讲话|发言|报告|总结|纪要|通报|方案|计划|倡议|决定|范文))\s*"
    r"(?P<open>[【\[（(])?(?P<n>[1-9]|[一二三四五六七八九十])(?(open)[】\]）)])\s*[:：]?$"  # …倡议书【二】 (batch 52)
)


def _numbered_pieces(paras: list[Para]) -> list[Para]:
    """Pieces of a collection under one title numbered 1, 2 … (or 一, 二 …): each number divides the page (the title
    stays over its piece, without the number), so that a second piece, however short the copy keeps it, is a
    document of its own and not the first one's end."""
    marked = numbered_in_order([(k, m) for k, p in enumerate(paras) if not p.divider and (m := _NUMBERED_PIECE.match(p.text))])
    if not marked:
        return paras
    out: list[Para] = []
    for k, p in enumerate(paras):
        if k in marked:
            m = _NUMBERED_PIECE.match(p.text)
            assert m is not None
            out += [Para(m.group("n"), p.line, p.end, p.md, divider=True), Para(m.group("stem"), p.line, p.end, p.md)]
        else:
            out.append(p)
    return out


def _outline_kept_whole(paras: list[Para]) -> list[Para]:
    """An outline run on in one line with semicolons (一、壮大主导产业；二、…；三、…) is split into its parts when it is all the
    copy shows of them; when the body below has the same headings on lines of their own, the outline is the summary's
    sentence, joined again, so that the headings are not counted twice."""
    out: list[Para] = []
    k = 0
    while k < len(paras):
        run = [paras[k]]
        while (
            k + len(run) < len(paras) and paras[k + len(run)].line <= run[-1].end + 1 and run[-1].text.endswith(("；", ";"))
            and (m := _OUTLINE_PART.match(paras[k + len(run)].text)) and m.group(1) == "一二三四五六七八九十"[len(run)]
        ):  # fmt: skip
            run.append(paras[k + len(run)])
        first = _OUTLINE_PART.match(run[0].text)
        if len(run) >= 3 and first and first.group(1) == "一":
            later = {m.group(2)[:4] for p in paras[k + len(run) :] if p.line > run[-1].end and (m := _OUTLINE_PART.match(p.text))}
            if all((m := _OUTLINE_PART.match(p.text)) and m.group(2)[:4] in later for p in run):
                k += len(run)
                if out and out[-1].end >= run[0].line - 1 and out[-1].text.endswith(("：", ":")):  # …文章：一、…；二、…: into its sentence
                    run = [out.pop(), *run]
                out.append(Para("".join(p.text for p in run), run[0].line, run[-1].end, run[0].md, run[0].divider))
                continue
        out.append(paras[k])
        k += 1
    return out


# 2023 / 双拥 / 模范 / 建军 / 致辞, one to a line over the title: a document-sharing page's keywords set out as a column
# (the one-line form, words set apart by spaces, is _WORD_MENU's). Three or more such words in a row at the head of a
# page; a 称谓 (同志们) or a heading mark is never one of them.
_KEYWORD = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|(?:19|20)\d{2})$")
# 元 旦 献 词 under 新 / 年 / 快 / 乐: a short title of its genre ends the column (a bare 致辞 among keywords does not)
_SHORT_TITLE = re.compile(r"^[\u4e00-\u9fff]{2}(?:献词|贺词|致辞|讲话|发言|寄语)$")


def _drop_keyword_column(kept: list[Para], removed: list[Removed]) -> list[Para]:
    """The page without a column of keyword lines among its first lines (recorded as removed)."""
    short = [
        bool(_KEYWORD.match(p.text)) and not _SHORT_TITLE.match(p.text) and not p.text.endswith("们") and not match_heading(p.text) and not p.md
        for p in kept[:16]
    ]
    start = next((k for k in range(len(short) - 2) if all(short[k : k + 3])), None)
    if start is None:
        return kept
    end = start
    while end < len(short) and short[end]:
        end += 1
    for para in kept[start:end]:
        removed.append(Removed(para.line, para.text, "网页栏目或关键词"))
    return kept[:start] + kept[end:]


# 收藏《区长在全区……会上的讲话》): a paywalled page that shows the speech's middle names it only in its
# bookmark link at the foot; a clerk puts that title back on top.
_BOOKMARK_TITLE = re.compile(r"^[…\.]{0,6}(?:收藏|加入收藏)\s*《([^《》]{4,60}(?:讲话|发言|致辞|讲话稿|报告))》[)）]?$")


def _title_from_bookmark(kept: list[Para], removed: list[Removed]) -> list[Para]:
    """The title of a bookmark line in the last lines, moved to the top when the page starts without it."""
    for k in range(len(kept) - 1, max(len(kept) - 4, 0), -1):
        m = _BOOKMARK_TITLE.match(kept[k].text)
        if m:
            title = m.group(1)
            removed.append(Removed(kept[k].line, kept[k].text, "网页收藏栏（其中的标题移到开头）"))
            rest = kept[:k] + kept[k + 1 :]
            if any(title in p.text for p in rest[:3]):
                return rest
            return [Para(title, kept[k].line, kept[k].line), *rest]
    return kept


# 县教育局2026年工作总结及2027年工作思路_第1页 … _第5页: a doc-sharing page's page images, captioned with the
# document's name; its text then starts with that name run into the first heading (…工作思路一、2026年…).
_PAGE_IMAGE_TITLE = re.compile(r"^\s*([^。！？_]{6,60})_第\s*1\s*[页頁]\s*$")


def _title_from_page_images(kept: list[Para], lines: list[str]) -> list[Para]:
    """The name under the first page image, set apart when the text runs it into its first heading."""
    title = next((m.group(1).strip() for line in lines[:12] if (m := _PAGE_IMAGE_TITLE.match(line))), "")
    if not title:
        return kept
    for k, para in enumerate(kept[:6]):
        rest = para.text[len(title) :]
        if para.text.startswith(title) and rest and match_heading(rest.lstrip()):
            return [*kept[:k], Para(title, para.line, para.line), Para(rest.lstrip(), para.line, para.end, para.md), *kept[k + 1 :]]
    return kept


# <p class="ql-block"><b style="font-size:20px;">…</b></p>: a page's HTML copied with its text; a block tag
# (p, br, div, li, h1–h6, section) ends a paragraph, an inline tag (b, span, strong, font, em, i) is dropped.
_HTML_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|section|article|b|strong|span|font|em|i|u)(?:\s[^<>]{0,200})?\s*/?>", re.I)
_HTML_BLOCK = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|section|article)(?:\s[^<>]{0,200})?\s*/?>", re.I)


# @page { size: …; margin: … } p.western { font-family: …; } — a converted document's style sheet pasted as
# text (with the page's 标签 label before it): two or more rules on a line go, the text after them stays.
_CSS_RULE = re.compile(r"(?:[@\w.#>-]+\s*)?\{[^{}]*?[a-z-]+\s*:[^{}]*\}\s*")
_CSS_LEAD = re.compile(r"^[\x00-\x7f]{0,8}\[标签[：:][^\]]{0,8}\]\s*")


def _css_removed(line: str, lineno: int, removed: list[Removed]) -> str:
    """A line without the style sheet rules pasted into it (recorded as removed)."""
    rules = list(_CSS_RULE.finditer(line))
    if len(rules) < 2:
        return line
    lead = _CSS_LEAD.match(line)
    start = min(rules[0].start(), lead.start() if lead else rules[0].start())
    if re.search(r"[\u4e00-\u9fff]", line[start : rules[-1].end()].replace("宋体", "")) and not lead:
        return line
    removed.append(Removed(lineno, line[start : rules[-1].end()][:120], "网页样式代码"))
    return line[:start] + line[rules[-1].end() :]


def _html_pieces(line: str, lineno: int, removed: list[Removed]) -> list[str]:
    """A line as the paragraphs its HTML block tags set apart (the line itself when it has no tags);
    the tags are recorded as removed, once per line."""
    tags = _HTML_TAG.findall(line)
    if len(tags) < 2:
        return [line]
    removed.append(Removed(lineno, "".join(dict.fromkeys(tags))[:120], f"网页标记（HTML，{len(tags)} 处）"))
    return [_HTML_TAG.sub("", piece) for piece in _HTML_BLOCK.split(line)]


_WIDE_DIGIT = re.compile(r"[０-９Ａ-Ｚａ-ｚ]")
# ⒈…⒛ (digit with a full stop) and ⑴…⒇ (digit in parentheses): one character each in a converted document.
_ENCLOSED_NUMBER = re.compile(r"[\u2474-\u249b]")
_TO_PLAIN_NUMBERS = str.maketrans(
    {**{chr(0x2488 + k): f"{k + 1}." for k in range(20)}, **{chr(0x2474 + k): f"({k + 1})" for k in range(20)}}
)
# ２０２６, ＸＸ县, ＡＢ: full-width digits and Latin letters (a template's ＸＸ placeholder among them) read as ordinary ones
_TO_NARROW_DIGITS = str.maketrans(
    "０１２３４５６７８９" + "".join(chr(c) for c in range(0xFF21, 0xFF3B)) + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
# 〔2026年1月5日〕, 〔一〕: tortoise-shell brackets a converted document uses for a date or a sub-point
# mark, read as （）; a document number (〔2026〕5号) keeps them.
_TORTOISE = re.compile(r"〔(\d{4}年[^〔〕]{0,8}日|[一二三四五六七八九十]{1,3})〕")
# 〈一〉扎实推进了…: a sub-point's mark a converter wrote in angle brackets, read as （一） (not 〈〈书名〉〉 or 〈注〉)
_ANGLE_MARK = re.compile(r"(?<!〈)〈([一二三四五六七八九十]{1,3})〉(?!〉)")


# 领导干部大会上市长讲话稿Word下载.docx: a doc-sharing page's file name, with its download label (在…上的致辞.docVIP: and its
# paid-document mark)
_FILE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:\s*word(?:版|文档)?(?:免费)?下载)?\.(?:docx?|wps|pdf|txt)(?:VIP)?$", re.I)
# 會(huì)議講(jiǎng)話(huà): a page that annotates characters with their pinyin.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")


def _drop_pinyin(text: str, lineno: int, removed: list[Removed]) -> str:
    found = _PINYIN.findall(text)
    if not found:
        return text
    removed.append(Removed(lineno, "".join(found[:6]) + ("……" if len(found) > 6 else ""), f"拼音注音（{len(found)} 处）"))
    return _PINYIN.sub("", text)


# 第1页共4页 / 第 2 页，共 4 页 / （1/4） / - 1 - / 1/4 (a page's number over its total, not a fraction: 1/3的耕地 goes on with 的):
# a document-sharing page's counter at the start of the page's text.
_PAGE_PREFIX = re.compile(
    rf"^{PAGE_OF_PAGES}\s*"
    r"|^[(（]?(?P<n>[1-9]\d?)\s*[/／]\s*(?P<m>[1-9]\d?)(?!\d)[)）]?(?=\s*[\u4e00-\u9fff])(?!\s*[的以左多是为])\s*"
    r"|^[-—－]\s*\d{1,3}\s*[-—－]\s*(?=[\u4e00-\u9fff])"  # - 1 -在全县…… (3 - 加强队伍建设 is a list's item)
)


def _page_prefix(text: str) -> re.Match[str] | None:
    """The page counter a line starts with (1/4 only when the page is not past the total)."""
    m = _PAGE_PREFIX.match(text)
    return m if m and (m.group("n") is None or int(m.group("n")) <= int(m.group("m"))) else None


_SITE_NOTE = re.compile(r"\s*[(（](?:精选文档|精选范文|精选|完整版|全文完整版?|通用版|最新版|范文)[)）]$")
# 区长在……上的讲话[VIP] / 县教育局2022年工作总结及2023年工作安排【精选推荐】: a site's label after the title
# ○  在全区……会议上的讲话政府政务演讲稿  ○: a title a 演讲稿 site frames with a symbol on each side, its column's
# name (政府政务演讲稿, 领导讲话稿) run onto the end — the frame and the column go, the title stays.
_FRAMED_TITLE = re.compile(
    r"^(?P<mark>[○◎●◆◇■□★☆※])\s*(?P<title>[^。！？，,：:]{4,60}?(?:讲话|致辞|发言|讲话稿|报告))"
    r"(?P<column>[\u4e00-\u9fff]{2,6}(?:演讲稿|讲话稿|范文))?\s*(?P=mark)$"
)
# 《在全县……推进会上的讲话》 / 《……工作报告（摘要）》: a page that sets the title in book-title marks, as one names a
# document; the marks frame the title, they are not part of it
_BOOKED_TITLE = re.compile(
    r"^《(?P<title>[^《》。！？]{4,70}?(?:讲话|致辞|发言|讲话稿|报告|讲话纲要|讲话提纲|党课|主持词|开幕词|闭幕词|贺词|献词|述职报告|工作总结)"
    r"(?:[（(](?![^（）()]*篇)[^（）()]{1,10}[)）])?)》$"  # (not a collection's 《…(精选6篇)》: the page's name for its pieces)
)
_SITE_TAG = re.compile(r"\s*[\[【](?:|VIP|vip|原创|精品|推荐|热门?|置顶|荐|精选推荐|热门推荐|精选|优秀范文|精选范文|最新范文|范文|完整版?|全文|通用版|最新版)[\]】]\s*$")








# A page counter alone on its line (第2页共4页, 2/4, - 2 -): where a page of a shared document ends.
_PAGE_LINE = re.compile(r"^[-—－(（\s]*(?:第\s*\d+\s*[页頁]\s*(?:[/／,，]?\s*共\s*\d+\s*[页頁])?|第?\s*\d{1,3}\s*(?:[/／]\s*\d{1,3}\s*[页頁]?)?)[-—－)）\s]*$")
# 。 二、突出重点… — in a page of a shared document copied as one line, a heading after a sentence's end (and a gap,
# when the page kept its spaces) starts a paragraph of its own: the page lost its line breaks.
_PAGE_GAP = re.compile(r"(?<=[。！？])[ \u3000]*(?=[一二三四五六七八九十]{1,2}、)")


# …令全县人民为之振奋！  一是教育教学质量稳步提升。: a page that ran its paragraphs together on one line, two spaces (or
# more) where each paragraph began — a sentence's end, then a gap no sentence has inside it
_SPACED_GAP = re.compile(r"(?<=[。！？!?；;])[ \u3000\xa0]{2,}(?=[^\s])")


# 二）精心出了一期黑板报… after （一）在村域内…: a sub-point's mark that lost its opening bracket in the copy
_HALF_MARK = re.compile(r"^([二三四五六七八九十])[)）](?=[\u4e00-\u9fff])")
_FULL_MARK = re.compile(r"^[（(]([一二三四五六七八九十])[)）]")


def _open_brackets(paras: list[Para]) -> list[Para]:
    """A paragraph opening 二）… where the last bracketed mark before it was （一） (三） after （二）…): the same series, its
    opening bracket lost — given back, so that the sub-point is counted (a 二） with no （一） before it stays as it is)."""
    out: list[Para] = []
    last = ""
    for para in paras:
        half = _HALF_MARK.match(para.text)
        if half and last and "一二三四五六七八九十".index(half.group(1)) == "一二三四五六七八九十".index(last) + 1:
            para = Para("（" + para.text, para.line, para.end, para.md, para.divider)
        full = _FULL_MARK.match(para.text)
        last = full.group(1) if full else last
        out.append(para)
    return out


# 。二织密防控网络。 / 。三锻造监管铁军。: after a stop, the next numeral and a short heading sentence, its brackets lost
# (not 二氧化碳… or 二是…: the words a numeral opens — see points.LOST_MARK)
_LOST_SUB = re.compile(
    r"(?<=[。！？])(?P<n>[二三四五六七八九])(?![是要个大项年月日点条种方十百千万分农化级类届次批名位家季轮期中全严风稳保线县市省区镇乡氧])"
    r"(?=[\u4e00-\u9fff][^。！？，,；;：:“”]{1,11}。)"
)


def _lost_sub_marks(paras: list[Para]) -> list[Para]:
    """A sub-point （一）… whose paragraph runs on into 。二织密防控网络。… 。三锻造监管铁军。…: the next sub-points, their marks
    garbled to a bare numeral, in order after （一） — split off as （二）… （三）… (two at least in turn: one bare 二 after
    a stop may open any sentence)."""
    out: list[Para] = []
    for para in paras:
        first = _FULL_MARK.match(para.text)
        marks: list[re.Match[str]] = []
        if first and first.group(1) == "一":
            for m in _LOST_SUB.finditer(para.text):
                if "一二三四五六七八九".index(m.group("n")) == len(marks) + 1:
                    marks.append(m)
        if len(marks) < 2:
            out.append(para)
            continue
        cuts = [0, *(m.start() for m in marks), len(para.text)]
        for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            text = para.text[a:b] if k == 0 else f"（{para.text[a]}）{para.text[a + 1 : b]}"
            out.append(Para(text, para.line, para.end, para.md, para.divider))
    return out


def _spaced_pieces(line: str) -> list[str]:
    """A long line whose paragraphs a page joined with runs of spaces, as those paragraphs."""
    text = line.strip(" \t\u3000\xa0")
    if len(text) <= 80:
        return [line]
    parts = _spaced_parts(text)
    if len(parts) > 1:
        return [piece for part in parts for piece in _spaced_pieces(part)]
    if not _SPACED_GAP.search(text):
        return [line]
    pieces = _SPACED_GAP.split(text)
    numbers = [int(m.group(1)) for m in map(_SPACED_ITEM.match, pieces) if m]
    if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
        # …良好的发展势头。  1 经济发展平稳。…  2 超额完成招商引资任务。…: items numbered 1 2 3 whose 、 the copy lost
        pieces = [_SPACED_ITEM.sub(r"\1、", p, count=1) for p in pieces]
    return pieces


# 一、调研目的：  希望…  二、调研形式：  问卷、家访  三、…: a survey's parts joined by runs of spaces, no stop before the next
# mark — cut before each 二、 三、 … that goes on from the 一、 the line opens with
_SPACED_PART = re.compile(r"[ \u3000\xa0]{2,}(?=([一二三四五六七八九十]{1,2})、[^\s。！？]{2,20}[：:])")


def _spaced_parts(text: str) -> list[str]:
    if not text.startswith("一、"):
        return [text]
    cuts, want = [], 2
    for m in _SPACED_PART.finditer(text):
        if m.group(1) == cn_number(want):
            cuts.append(m)
            want += 1
    ends = [0, *(m.start() for m in cuts), len(text)]
    return [text[a:b].strip(" \u3000\xa0") for a, b in zip(ends, ends[1:], strict=False)] if cuts else [text]


# 1 经济发展平稳。: a number, a space and the item's words, at the start of a piece cut at a run of spaces
_SPACED_ITEM = re.compile(r"^(\d{1,2})[ \u3000\xa0]+(?=[\u4e00-\u9fff])")


# …是改革开放力度较大的五年。 一、结构调整步伐加快，综合实力逐渐增强 全县上下…: a page that turned its line breaks into
# single spaces; a 一、 heading after a full stop, with a space on each side, stood on a line of its own.
_GAPPED_HEADING = re.compile(r"(?<=[。！？!?])[ \u3000\xa0]+(?=[一二三四五六七八九十]{1,2}、[^。！？!?：:\s]{4,40}?[ \u3000\xa0]+\S)")


_COUNT_BEFORE = re.compile(r"[一二两三四五六七八九十几\d](?:点|个?方面|个问题|条|句话|个词)")


def _gapped_headings(line: str) -> list[str]:
    """A long line whose 一、 heading stands between spaces after a full stop, and the copy stops before 二、: cut before
    the heading (whose gap after it _clean_line reads as its end in a long line: so here, the piece may be short)."""
    gap = _GAPPED_HEADING.search(line) if len(line) > 80 else None
    if not gap or not line.startswith("一、", gap.end()) or re.search(r"[。！？!?]\s*二、", line[gap.end() :]):
        return [line]  # (…。 一、… 二、… on one line is cut where it is split into points, see linesplit._run_in_point)
    if _COUNT_BEFORE.search(line, max(0, gap.start() - 60), gap.start()):
        return [line]  # …讲几点意见，请大家抓好落实。 一、…: so is a 一、 right after a count (with its 1、 run in)
    return [line[: gap.start()], _HEADING_GAP.sub(r"\1。", line[gap.end() :], count=1)]  # the gap after the heading ends it


# 同志们: $ |2 R9 ~* D' K8 ?! f% R# c4 p 非常高兴…: a forum's anti-copy noise (Discuz's jammer), runs of one- and two-character
# ASCII tokens between spaces where the page had a line break — never a speech's words
# (…希望和要求。( J9 R- R- v. S/ m, V: its first token may touch the sentence before it)
_JAMMER = re.compile(r"(?:(?<=[。！？，：:])[!-~]{1,2})?(?:[ \t\u3000]+[!-~]{1,2}){6,}[ \t\u3000]*")


def _jammer_pieces(line: str, lineno: int, removed: list[Removed]) -> list[str]:
    """A line with a forum's anti-copy noise in it as the pieces around the noise (the noise stood for line breaks)."""
    if not _JAMMER.search(line):
        return [line]
    removed += [Removed(lineno, m.group(0).strip(), "论坛防采集的乱码") for m in _JAMMER.finditer(line)]
    return [piece for piece in _JAMMER.split(line) if piece.strip()]


def _page_pieces(line: str) -> list[str]:
    """A line that is one page of a shared document (it starts with the page's counter) as its paragraphs."""
    text = line.strip(" \t\u3000\xa0")
    if len(text) <= 40 or not _page_prefix(text) or not _PAGE_GAP.search(text):
        return [line]
    return _PAGE_GAP.split(text)


# 春节联谊会3.png then 协会第八届会长在全体会员大会上致辞: a picture's file name left on the page, and its caption under it
_CAPTION_LINE = re.compile(r"^\s*(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，,、])[^。！？!?：:]{4,40}\s*$")


def _strip_image_captions(lines: list[str], removed: list[Removed]) -> list[str]:
    """The caption under a picture whose file name the copy kept (a news page's photo and its line of text)."""
    images = {i for i, line in enumerate(lines) if IMAGE_FILE.match(line.strip())}
    if not images:
        return lines
    out = list(lines)
    for i in sorted(images):
        k = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if k is not None and k not in images and _CAPTION_LINE.match(lines[k]):
            removed.append(Removed(k + 1, lines[k].strip(), "新闻图片说明"))
            out[k] = ""
    return out


# top top top / 第A04版：澳闻 上一版3 4下一版 / 本版标题导航 / 今日日期： 版面导航 / 当前报纸日期： / 2023 10月24日 星期 /
# 下一篇4 / 放大 缩小 默认: a newspaper's e-paper page around the item (its menu, its page's other headlines)
_EPAPER_LINE = re.compile(
    r"^\s*(?:(?:top\s*){2,}|第[A-Za-z]?\d{1,3}版\s*[：:].{0,30}|(?:本版)?(?:标题|版面)导航|(?:今日|当前报纸)日期\s*[：:].{0,30}"
    r"|(?:上一版|下一版|上一篇|下一篇)\s*\d{0,3}(?:\s+\d{0,3}\s*(?:上一版|下一版))?|放大\s*缩小(?:\s*默认)?"
    r"|(?:19|20)\d{2}\s*\d{1,2}月\d{1,2}日\s*星期.?)\s*$",
    re.I,
)
_EPAPER_NAV = re.compile(r"^\s*(?:本版)?(?:标题|版面)导航\s*$")
_HEADLINE_ROW = re.compile(r"^[^。！？，,；;]{2,30}$")


def _strip_epaper_chrome(lines: list[str], removed: list[Removed]) -> list[str]:
    """A newspaper's e-paper page: its menu lines, and under 本版标题导航 the headlines of the page's other items (two
    such lines at least, so that one 下一篇 on a site is left to the other rules)."""
    chrome = [i for i, line in enumerate(lines[:60]) if line.strip() and _EPAPER_LINE.match(line)]
    if len(chrome) < 2:
        return lines
    out = list(lines)
    for i in chrome:
        removed.append(Removed(i + 1, lines[i].strip(), "电子报版面导航"))
        out[i] = ""
        if _EPAPER_NAV.match(lines[i]):  # the headlines listed under it, to the next menu line or sentence
            for j in range(i + 1, min(i + 16, len(lines))):
                if not lines[j].strip():
                    continue
                if j in chrome or not _HEADLINE_ROW.match(lines[j].strip()):
                    break
                removed.append(Removed(j + 1, lines[j].strip(), "电子报版面导航"))
                out[j] = ""
    return out


# - / 关于新年精彩演讲稿范文 / 上一篇 / - / 教师读书心得体会500字 / 下一篇: a site's links to its other pages under the text,
# each title over its label (the label bare on its line), set off by a dash
_LINK_LABEL = re.compile(r"^\s*(?:上一篇|下一篇|上一页|下一页|上篇|下篇)\s*$")
_LINK_DASH = re.compile(r"^\s*[-—–·•|｜]\s*$")


def _strip_labelled_links(lines: list[str], removed: list[Removed]) -> list[str]:
    """The prev/next links a page prints under the text, a title over its bare 上一篇 / 下一篇 (two labels near each other,
    or a dash over the title): the titles of other pages, no part of this one (they made a document of their own)."""
    labels = [i for i, line in enumerate(lines) if _LINK_LABEL.match(line)]
    if not labels:
        return lines
    out = list(lines)
    for i in labels:
        paired = any(j != i and abs(j - i) <= 8 for j in labels)
        filled = [j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].strip()]
        title = filled[0] if filled and _HEADLINE_ROW.match(lines[filled[0]].strip()) and not _LINK_DASH.match(lines[filled[0]]) else None
        dashed = title is not None and len(filled) > 1 and bool(_LINK_DASH.match(lines[filled[1]]))
        if not (paired or dashed):
            continue
        for j in [i, *([title] if title is not None else []), *([filled[1]] if dashed else [])]:
            if out[j]:
                removed.append(Removed(j + 1, lines[j].strip(), "网页上一篇下一篇链接"))
                out[j] = ""
    return out


_CHUNK_MARK = re.compile(r"^\s*(\d{1,3})、")
# 教育局 信用联社 / 东湾村 西岭社区 / 第三小学: under 1、排名靠后的单位, the names the item lists (a row of a circular's table),
# short and with no clause in it — not a page's text cut in the middle of a sentence
_NAME_ROW = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}(?:[ \u3000]+[\u4e00-\u9fff（）()]{2,16}){0,5}$")
_PINYIN_NOTE = re.compile(r"[(（][a-zA-Z\u00c0-\u024f]{1,8}[)）]")  # 信用聯(lián)社: a page's pinyin after a character


def _name_row(line: str) -> bool:
    return bool(_NAME_ROW.match(_PINYIN_NOTE.sub("", line).strip()))


def _strip_page_chunks(lines: list[str], removed: list[Removed]) -> list[str]:
    """1、… 2、… that a document-sharing site puts before each page of a copied text (it cuts words in two).

    They are told from a real 1、 list by the line before 2、 ending mid-sentence.
    """
    every = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _CHUNK_MARK.match(line))]
    # (1、… 2、… 1、… 2、…: two pieces of one sharing site saved on a page, each numbered from 1 — batch 60)
    runs = [every[a:b] for a, b in numbered_runs([n for _, n in every])]
    out = list(lines)
    for marked in runs:
        before = _last_filled(lines, marked[1][0])
        if before is None or lines[before].rstrip()[-1] in _TERMINAL or _name_row(lines[before]):
            return lines
    for i, _ in (m for marked in runs for m in marked):
        m = _CHUNK_MARK.match(out[i])
        assert m is not None
        removed.append(Removed(i + 1, m.group(0).strip(), "文库分页编号"))
        out[i] = out[i][m.end() :]
        k = _last_filled(out, i)  # the page break cut a word: 一、认 | 识要进一步提高 (blank lines between)
        # (not a page's own label over the first chunk: 资源描述 / 1、2022年某镇政府工作报告各位代表：…)
        if k is not None and out[k].rstrip()[-1] not in _TERMINAL and not debris_reason(out[k].strip()):
            if _CHUNK_OPENS_PIECE.match(out[i].lstrip()) and len(out[k].strip()) >= 40:
                continue  # …都取得了明显的 | 1、某某在…会上的发言 同志们：…: the next page's own title and 称谓, not the rest of a word
                # (a chunk above that is a few words only may be the title's first half: 在全县… | 2、…会议上的讲话 同志们：)
            out[k], out[i] = out[k].rstrip() + out[i].lstrip(), ""
    return out


# 新任区长在区人代会闭幕式发言 各位代表、同志们：承蒙…: a chunk that opens with a spoken piece's title and a 称谓 starts a
# piece of its own (a second page saved under the first, batch 73), however the chunk before it stopped
_CHUNK_OPENS_PIECE = re.compile(
    r"^[^。！？：:；;，,\s]{4,60}(?:讲话|讲话稿|致辞|发言|主持词|党课|講話|致詞|發言|主持詞)\s*"
    r"[^。！？，,：:]{0,30}(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|委员|領導|來賓)[们們]?[：:]"
)


def _last_filled(lines: list[str], i: int) -> int | None:
    """Index of the last non-blank line before `i` (within two blank lines), or None."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lines[k].strip():
            return k
    return None


# 今天召开全镇 | “ | 三夏 | ” | 生产工作会议，…: a page that set a quoted word apart as its own element, each mark on a line
_OPEN_MARK = ("“", "‘", "「", "『")
_CLOSE_MARK = ("”", "’", "」", "』")
_QUOTED_WORD = re.compile(r"^[^。！？；：:“”‘’「」『』]{1,16}$")


def _join_lone_quotes(lines: list[str]) -> list[str]:
    """今天召开全镇 | “ | 三夏 | ” | 生产工作会议: lines holding only a quotation mark, the word between them and the text they
    cut, set on one line again (the line before joined too when it stops mid-sentence, the line after when the marks close)."""
    out = list(lines)
    filled = [i for i, line in enumerate(out) if line.strip()]
    k = 0
    while k + 2 < len(filled):
        a, w, b = filled[k], filled[k + 1], filled[k + 2]
        if out[a].strip() in _OPEN_MARK and out[b].strip() in _CLOSE_MARK and _QUOTED_WORD.match(out[w].strip()):
            quoted = out[a].strip() + out[w].strip() + out[b].strip()
            start = end = k
            if k > 0 and out[filled[k - 1]].strip() and out[filled[k - 1]].rstrip()[-1] not in _TERMINAL:
                start = k - 1  # 今天召开全镇 | “三夏”: the sentence goes on in the quoted word
            after = out[filled[k + 3]].strip() if k + 3 < len(filled) else ""
            text = (out[filled[start]].rstrip() if start < k else "") + quoted
            if after and not match_heading(after) and after[0] not in _OPEN_MARK:
                text, end = text + after, k + 3  # “三夏” | 生产工作会议，…: and goes on after it
            else:
                end = k + 2
            for j in range(start, end + 1):
                out[filled[j]] = ""
            out[filled[start]] = text
            k = end + 1
            continue
        k += 1
    return out


def _join_split_years(lines: list[str]) -> list[str]:
    """2021 | 年在……会议上的讲话: a year broken off the title it starts (not a page number)."""
    out = list(lines)
    for i in range(len(out) - 1):
        if re.fullmatch(r"\s*(?:19|20)\d\d\s*", out[i]) and out[i + 1].lstrip().startswith("年"):
            out[i], out[i + 1] = "", out[i].strip() + out[i + 1].lstrip()
    return out


# 在集团2025年度工作总结 | 暨战略部署大会上的讲话 / 在全县经济工作会议 | 上的讲话: a speech's title broken over two lines
# by a PDF copy or a page's narrow heading; the first half opens 在… and does not reach 上的, the second ends on it
_TITLE_HEAD = re.compile(r"^[^。！？，,：:；;“”]{0,20}在[^。！？，,：:；;“”]{3,40}$")
_TITLE_TAIL = re.compile(
    r"^(?!在)[^。！？，,：:；;“”]{0,30}上的(?:讲话|致辞|发言|讲话稿|发言稿|主持词|报告|总结讲话|动员讲话|讲话提纲)(?:[（(][^）)]{1,12}[）)])?$"
)


def _join_split_title(lines: list[str]) -> list[str]:
    """在集团2025年度工作总结 | 暨战略部署大会上的讲话: a title broken over two lines near the top, set on its first line
    (its first half alone reads as the title of a 工作总结)."""
    out = list(lines)
    filled = [i for i, line in enumerate(out) if line.strip()][:8]
    for a, b in zip(filled, filled[1:], strict=False):
        head, tail = out[a].strip(), out[b].strip()
        if b - a <= 2 and _TITLE_HEAD.match(head) and "上的" not in head and _TITLE_TAIL.match(tail) and len(head + tail) <= 60:
            out[a], out[b] = head + tail, ""
            break
    return out


def _in_toc(in_toc: bool, removed: list[Removed], lineno: int) -> bool:
    """目录/提纲：…… opens the list of headings a web page puts above a speech; a line of …… closes it."""
    if removed and removed[-1].line == lineno and removed[-1].reason == "网页目录":
        return not re.fullmatch(r"[…\.·]+", removed[-1].text) or not in_toc
    return in_toc


_NOT_WORD = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")


def _drop_repeats(paras: list[Para], removed: list[Removed]) -> list[Para]:
    """What a document-sharing page shows twice: a preview of the text cut short, then the text
    itself; the page title again at the start of the text. The first copy goes."""
    out: list[Para] = []
    for k, para in enumerate(paras):
        nxt = paras[k + 1].text if k + 1 < len(paras) else ""
        cut = para.text[-1] not in _TERMINAL or _CUT_WITH_STOP.search(para.text) is not None
        preview = len(para.text) >= 30 and cut and nxt[:4] == para.text[:4] and is_body(para)
        if preview and re.search(r"[，。,]", para.text) and _is_preview_of(para.text, _following(paras, k)):
            removed.append(Removed(para.line, para.text, "网页摘要（下文有全文）"))
            continue
        bare = _SITE_SUFFIX.sub("", para.text)
        if 8 <= len(bare) <= 60 and not _STOPS.search(bare.rstrip("！!")) and _repeats_header(out, para.text):
            removed.append(Removed(para.line, para.text, "重复的网页标题"))  # title / site line / title again
            continue
        if out and para.text == out[0].text and out[-1].text[-1:] not in _TERMINAL and _stops_mid_text(out):
            removed.append(Removed(para.line, para.text, "正文中间重复的网页标题"))  # the page's title as a page header
            continue
        title = out[-1].text if out and len(out) <= 3 and len(out[-1].text) <= 60 else ""
        if title and len(title) >= 8 and para.text.startswith(title) and len(para.text) > len(title) + 20:
            removed.append(Removed(para.line, title, "正文开头重复的网页标题"))
            para = Para(para.text[len(title) :].lstrip(), para.line, para.end, para.md, para.divider)
            dated = _LEADING_DATE.match(para.text)
            if dated:  # …的讲话(2026年9月13日)同志们:… — the date under the title, on a line of its own, then the 称谓
                out.append(Para(dated.group(0).strip(), para.line, para.line))
                para = Para(para.text[dated.end() :].lstrip(), para.line, para.end, para.md, para.divider)
        out.append(para)
    return out


# ☆县主体功能定位 / 对☆县充满深情 / 建设壮美☆、共圆…: a star inside the running text stands for a name the page
# hid (a placeholder, kept for the fragments to be found specific), not a pictograph
_STAR_MASK = re.compile(r"(?<=[\u4e00-\u9fff、，,：:“])[☆★](?=[\u4e00-\u9fff、])|^[☆★](?=[省市县区乡镇])")
# …收获都非常大。对。: a preview cut a word or two into its next sentence, the cut marked with a full stop
_CUT_WITH_STOP = re.compile(r"[，。！？,][\u4e00-\u9fff]{1,2}。$")
_LEADING_DATE = re.compile(r"^[（(]\s*(?:\d{4}|20[xX×]{2})\s*年[^（）()。！？]{0,12}[）)]\s*")


def _stops_mid_text(out: list[Para]) -> bool:
    """The title (the first line, short, no full stop) said again where the text before stops mid-sentence."""
    first = out[0].text
    return len(out) >= 2 and 6 <= len(first) <= 60 and not _STOPS.search(first) and len(out[-1].text) >= 20


def _following(paras: list[Para], k: int) -> str:
    """The text after paragraph `k` that a preview may repeat: the title, a subtitle, a date, 同志们：…"""
    return "".join(p.text for p in paras[k + 1 : k + 9])


def _repeats_header(out: list[Para], text: str) -> bool:
    """`text` said again in the front matter (only header lines so far): title / site line / title.
    A numbered heading is never dropped (一、… may well be repeated by the speech itself)."""
    if len(out) > 6 or match_heading(text) or _SITE_SUFFIX.sub("", text) not in {p.text for p in out}:
        return False
    return all(len(p.text) <= 60 and not _STOPS.search(p.text.rstrip("！!")) for p in out)  # …全县老师都沉默了！ (a page's headline)


# 全县…工作会，校长讲话：…沉默了！-教务资料网: the page's title with the site's name after it
_SITE_SUFFIX = re.compile(r"\s*[-—_|｜]\s*[\u4e00-\u9fffA-Za-z]{2,10}(?:网|文库|资料网|平台|官网)$")


def _is_preview_of(text: str, full: str) -> bool:
    """`text` is the opening of `full` cut short (a repeated paragraph is not a preview)."""
    flat, whole = _NOT_WORD.sub("", text), _NOT_WORD.sub("", full)
    if len(whole) <= len(flat) + 20:
        return False
    # the last word or two may differ: the preview cut 习近平 to 习, the text says XXX in its place
    return len(os.path.commonprefix([flat, whole])) >= max(len(flat) - 3, 24)


def _front_matter_end(lines: list[str]) -> int:
    """Number of leading lines that are a `---` YAML front matter block (0 if none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i, line in enumerate(lines[1:60], start=1):
        if line.strip() == "---":
            return i + 1
    return 0


# A line that holds pictures only (Markdown images, <img> and <image> tags), or a picture's file name or label.
_IMAGE = r"(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|<image\b[^>]*>.*?</image>|<image\b[^>]*/?>)"
_IMAGE_LINE = re.compile(
    rf"^(?:\s*{_IMAGE})+\s*$|^[^。！？，；]{{0,40}}\.(?:jpe?g|png|gif|webp|bmp)$|^[\[【(（]?(?:图片|图像|img|image|pic)\s*\d*[\]】)）]?$",
    re.I,
)


def _lines(raw: str) -> list[str]:
    return raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


_TITLE_THEN_FIELD = re.compile(r"^[^。！？：:]{4,60}?\s*(?:文章标题|文档标题)\s*[:：]\s*")


# XX镇2023年政府工作报告汇编(35篇)目录1.2023年某镇政府工作报告 2.… 35.… : a collection page's list of contents on
# one line with the first piece (its titles hold no space; the piece's own title starts with a year, not N.)
_INLINE_CONTENTS = re.compile(r"^[^。！？\s]{0,60}目录\s*(?:\d{1,3}[.．、]\S+\s+){3,}")


_LIVE_STAMP = re.compile(r"^[\[【][^\]】]{1,80}[\]】]\s*[(（]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[)）]$")
_STARRED_PIECE = re.compile(r"^[*＊]{2,3}\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*[*＊]{2,3}$")


def _clean_line(line: str, lineno: int, removed: list[Removed]) -> Para | None:
    text = line.strip(" \t\u3000\xa0\u200b\ufeff")
    if not text:
        return None
    spans = jammer_spans(text) if " " in text else []
    if spans:  # 5 S& V `* V' e! a( t( S6 X/ i一说问题: a forum's hidden anti-copy strings (before the # of a heading is read)
        removed.append(Removed(lineno, " ".join(text[a:b] for a, b in spans), "网页防复制乱码"))
        ends = [(0, 0), *spans, (len(text), len(text))]
        text = "".join(text[ends[k][1] : ends[k + 1][0]] for k in range(len(ends) - 1)).strip(" \t\u3000\xa0")
        if not text:
            return None
    junk = scattered_junk(text) if re.search(r"[a-z][A-Z]", text) else []
    if junk:  # …我讲三点意见。hoSTnaMe 一、…: a sharing site's scattered anti-scraping word (ingest.pageheads)
        removed.append(Removed(lineno, " ".join(text[a:b].strip() for a, b in junk), "网页防复制乱码"))
        ends = [(0, 0), *junk, (len(text), len(text))]
        text = "".join(text[ends[k][1] : ends[k + 1][0]] for k in range(len(ends) - 1))
    contents = _INLINE_CONTENTS.match(text) if "目录" in text[:80] else None
    if contents and len(text) > contents.end() + 10:  # …汇编(35篇)目录1.…2.… 35.… then the first piece's own title
        removed.append(Removed(lineno, contents.group(0).strip(), "网页目录"))
        text = text[contents.end() :]
    kept = _STAR_MASK.sub("\ue000", text) if "☆" in text or "★" in text else text
    if EMOJI.search(kept) or "\u20e3" in kept:  # 🔹 一、工作回顾 / …显著成效。✅: a social-media copy's pictographs
        removed.append(Removed(lineno, "".join(EMOJI.findall(kept)) or text, "表情符号"))
        text = strip_emoji(kept).replace("\ue000", "☆").strip(" \t\u3000\xa0")
        if not text:
            return None
    if text[-1:] in "|｜" and not re.search(r"[|｜]", text.rstrip("|｜ \t\u3000")):
        text = text.rstrip("|｜ \t\u3000")  # 街道2023年工作总结和2024年工作思路 |: a government site's table cell, its title
        if not text:
            return None
    if _MD_RULE.match(text):
        removed.append(Removed(lineno, text, "Markdown 分隔线"))
        return None
    starred = _STARRED_PIECE.match(text)
    if starred:  # ***一*** / ***二***: a collection page's mark between its pieces, not emphasis
        return Para(f"篇{starred.group(1)}", lineno, lineno, 0, True)
    md = 0
    m = _MD_HEADING.match(text)
    if m:
        md = len(m.group(1))
        text = text[m.end() :]
    page = _page_prefix(text)
    if page and len(text) > page.end():  # 第1页共4页镇党委书记讲话 / 1/4在全县……: a page counter run into the page's text
        removed.append(Removed(lineno, page.group(0).strip(), "分页残留"))
        text = text[page.end() :]  # (before the heading gap below: 第3页共4页三、强化保障 各部门要… is a heading at the start,
        # and before a Markdown list mark is taken: - 1 -在全县… is a page's counter, not a list's item)
    text = _MD_LIST.sub("", text, count=1) if not match_heading(text) else text
    named = file_title(text) if text[-4:].lower() in (".doc", "docx", ".pdf", ".wps", ".txt") else ""
    if named:  # 在…会议上的讲话.doc: a sharing page's file name over the piece, its title (ingest.pageheads)
        removed.append(Removed(lineno, text[len(named) :].strip(), "文件扩展名"))
        text = named
    if _IMAGE_LINE.match(text):  # ![合影.jpg](…) / <img src=…> / <image>…</image>: a picture, no words of the speech
        removed.append(Removed(lineno, text, "网页图片"))
        return None
    if _LIVE_STAMP.match(text):  # [某某](2026-03-09 15:06:04): a live transcript's speaker and time over each paragraph
        removed.append(Removed(lineno, text, "图文直播的发言人和时间"))
        return None
    text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "＊" in text or "##" in text or "＃＃" in text:  # **县正处于… / ##县: a template's placeholder for the place
        text = _STAR_PLACE.sub("XX", text)
    text = _MD_EMPHASIS.sub("", text).strip()
    if "__" in text:
        text = _MD_UNDERLINE_BOLD.sub(r"\1", text)
    menu = _WORD_MENU.search(text) if lineno <= 30 and " " in text else None
    if menu and _SPACED_TITLE.match(text.strip()) and re.sub(r"\s+", "", text).endswith(_SPACED_GENRES):
        menu = None  # 政 府 工 作 报 告: a title set out one character at a time, no column of keywords
        text = re.sub(r"\s+", "", text)
    if menu:  # 工作总结 工作计划 党课下载 策划方案 … / 2023 教育 科技局 年度工作 总结 (before the gaps are closed)
        removed.append(Removed(lineno, menu.group(0).strip(), "网页栏目或关键词"))
        text = text[: menu.start()].strip()
        if not text:
            return None
    if len(text) > 80 and " " in text:  # …意见： 一、从思想上高度重视消防安全 消防安全事关…: the gap ends the heading
        stray = _STRAY_PAGE_NUMBER.search(text)
        if stray:  # …提几点意见: 1 一、坚持… — a PDF page's number left between the announcement and the first point
            removed.append(Removed(lineno, stray.group(0).strip(), "分页残留"))
            text = text[: stray.start()] + " " + text[stray.end() :]
        text = _HEADING_GAP.sub(r"\1。", _SPACED_NUMBER.sub(r"\1", text))
    glued = next((m for m in _GLUED_PAGE_NUMBER.finditer(text) if _series_goes_on(text, m)), None) if "一是" in text else None
    if glued:  # …为基层建设聚力增效2一是聚焦…: a document site's page number glued between a heading and its 一是
        removed.append(Removed(lineno, glued.group(0), "分页残留"))
        text = text[: glued.start()] + text[glued.end() :]
    if text[:1] in CN_DIGITS:  # 一.统一思想 / 一 统一思想 (a short line): a heading mark written another way
        text = _ODD_HEADING_MARK.sub(r"\1、", text)
    if "【" in text or "】" in text:  # …责任闭环【一)拧紧思想发条。: a sub-point's bracket that the copy garbled
        text = _MIXED_BRACKET_MARK.sub(lambda m: f"（{m.group(1) or m.group(2)}）", text)
    text = _HAN_GAP.sub("", text)
    text = _MIXED_GAP.sub("", text) if " " in text else text
    if _STRAY.search(text):  # 我讲⚥三点意见 / 最高ฝ峰: a site's anti-copy marks between Chinese characters
        removed.append(Removed(lineno, "".join(_STRAY.findall(text)), "网页防复制乱码"))
        text = _STRAY.sub("", text)
    text = _FILE_SUFFIX.sub("", text)  # 在…会议上的讲话.docx: a shared file's name as its title
    if "(" in text or "（" in text:  # (政 府 工 作 報(bào) 告: the gap the annotation stood before closes as the others did)
        text = _HAN_GAP.sub("", _drop_pinyin(text, lineno, removed))
    framed = _FRAMED_TITLE.match(text) if len(text) <= 80 else None
    if framed:
        removed.append(Removed(lineno, framed.group("mark") + (framed.group("column") or ""), "标题两边的符号和网站栏目名"))
        text = framed.group("title")
    booked = _BOOKED_TITLE.match(text) if text[:1] == "《" else None
    if booked:
        removed.append(Removed(lineno, "《》", "标题两边的书名号"))
        text = booked.group("title")
    if text[-1:] in ("]", "】"):
        text = _SITE_TAG.sub("", text)  # 区长在……上的讲话[VIP]
    elif text[-1:] in (")", "）") and len(text) <= 60:
        text = _SITE_NOTE.sub("", text)  # 2026年度专题党课：……(精选文档)
    if not text:
        return None
    if text.endswith(("：。", ":。", "：.", ":.")):  # 同志们:。 — a copy's stray stop after the colon
        text = text[:-1]
    if is_foreign_line(text):  # an English machine translation under the Chinese text
        removed.append(Removed(lineno, text, FOREIGN))
        return None
    text, parts = cut_parts(text)
    removed += [Removed(lineno, part, reason) for part, reason in parts]
    text = cut_site_labels(text, lineno, removed)  # 范文中心:在…讲话 (batch 55)
    text = cut_boilerplate(text, lineno, removed)
    text = cut_prefix(text, lineno, removed)
    if "页" in text or "頁" in text or "编辑" in text:
        text = _cut_inline_pages(text, lineno, removed)
    note = _INLINE_EDITOR_NOTE.search(text) if "按" in text else None
    if note:  # 县长在…上的讲话编者按：本文围绕……具体材料请详见：同志们：… — the note between title and 称谓
        removed.append(Removed(lineno, note.group(0), "网页编者按"))
        text = text[: note.start()] + text[note.end() :]
    label = _FIELD_LABEL.match(text) or _SUMMARY_LABEL.match(text) or _ATTACHED_TITLE.match(text)
    if not label and "标题" in text:  # 县长在…的讲话 文章标题:县长在…的讲话 同志们:…: the page's heading, then the field
        label = _TITLE_THEN_FIELD.match(text)
    if label and len(text) > label.end() + 4:  # 文章标题：市长在……上的讲话: a sharing page's field label
        removed.append(Removed(lineno, label.group(0), "网页字段名"))
        text = text[label.end() :]
    voiced = _VOICED_NOTE.match(text) if "导" in text[:4] or "编" in text[:4] else None
    if not voiced and "要" in text[:5]:
        voiced = _VOICED_SUMMARY.match(text)
    if voiced and len(text) > voiced.end() + 20:  # 【导读】受…的委托，我代表…作个讲话。…: the site labelled the speech itself
        removed.append(Removed(lineno, voiced.group(0), "网页编者按标签（下面是讲话本身）"))
        text = text[voiced.end() :]
    reason = debris_reason(text) or ("网页导航或出处" if lineno <= 15 and _BULLET_MENU.match(text) else "")
    if not reason and _related_goes_on(text, lineno, removed):
        reason = RELATED_LIST  # 相关文章推荐： / 1.某某调查报告【完整】: the box's links, the text going on below them
    if not reason and lineno <= 15 and not _OWN_VOICE.search(text) and (_GENRE_DEFINITION.match(text) or _entry_goes_on(text, lineno, removed)):
        reason = ENTRY  # 主持词是主持人在会议……时所用的文稿。: a reference site's entry on the genre
    if reason:
        removed.append(Removed(lineno, text, reason))
        return None
    numbered = _NUMBERED_LABEL.match(text)
    if numbered:  # 1.某某致辞 篇一: the list's number goes, the piece label stays (a divider, the title over its piece)
        text = text[numbered.end() :]
    divider = bool(_DIVIDER.match(text) or RELATED_HEAD.match(text)) and not match_heading(text)
    return Para(text, lineno, lineno, md, divider)


# 【导读】受某主席的委托，我代表…作个讲话。 / 导读：我代表…: a site's label over the speaker's own words, the first
# sentence in the first person (a real note speaks of 本文 and 小编, never as the speaker)
_VOICED_NOTE = re.compile(
    r"^(?:【(?:导读|导语)】\s*[:：]?|(?:导读|导语|编者按)\s*[:：])\s*"
    r"(?=[^。！？]{0,30}我(?:代表|受|讲|就|谈|作|提))(?![^。！？]{0,80}(?:本文|小编|文章|笔者))"
)
# 摘要：今天，我们召开……。……下面，我讲三点意见。一、……: a journal's or archive's abstract that is the speech's own opening
# (the speaker announces his points in it), not a note about the text; one that speaks of 本文/作者/笔者 stays a note
_VOICED_SUMMARY = re.compile(
    r"^(?:摘要|内容摘要|内容提要)\s*[:：]\s*"
    r"(?=.{0,600}?(?:下面|现在|接下来)[，,]?\s*我(?:再|就|想|主要)?(?:讲|谈|提|强调)[^。！？]{0,30}?[一二三四五六七八九十两几\d]+(?:点|个方面|条))"
    r"(?!.{0,600}?(?:本文|小编|笔者|作者|该文|文章))"
)
# 相关文章推荐： / 推荐文章： in the middle of the page: the head of a links box that the text goes on below
_RELATED_BOX_HEAD = re.compile(r"^(?:相关文章推荐|相关文章|相关阅读|相关推荐|推荐文章|热门文章|相关范文)\s*[:：]$")
# 1.某某调查报告【完整】 / 2、某某讲话稿（精选） under it: a linked title, no sentence of its own
_LINKED_TITLE = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*|[•·]\s*)?[^。！？，,；;：:]{4,50}$")
RELATED_LIST = "网页上的相关文章列表（正文在下面接着）"


def _related_goes_on(text: str, lineno: int, removed: list[Removed]) -> bool:
    """相关文章推荐： / 1.…调查报告【完整】 / 2.…: the head of a links box in the middle of the page, and its links."""
    if _RELATED_BOX_HEAD.match(text):
        return True
    last = removed[-1] if removed else None
    return last is not None and last.reason == RELATED_LIST and last.line >= lineno - 2 and bool(_LINKED_TITLE.match(text))


# 主持词是主持人在会议、典礼……中串联各项议程……的文稿。 / 述职报告是指……的书面材料: a reference site's entry on the
# genre of the text that follows, copied above it (it defines; the speaker never says what a 主持词 is).
_GENRE_DEFINITION = re.compile(
    r"^(?P<genre>主持词|主持稿|主持人串词|串词|串联词|讲话稿|发言稿|演讲稿|致辞|开幕词|闭幕词|欢迎词|答谢词|贺词|述职报告|工作报告"
    r"|工作总结|工作综述|心得体会|表态发言|开场白)(?:[（(][^（）()]{0,30}[)）])?[，,]?"
    r"(?:是指|指的是|是|又称|也称|亦称|即)[^。！？]{0,120}?(?:文稿|文体|文书|稿件|稿子|应用文|书面材料|文字材料|材料|文章|讲话|公文)"
)
_OWN_VOICE = re.compile(r"我们|我[^们]|同志们|大家")
ENTRY = "网页词条释义（不是讲话）"


def _entry_goes_on(text: str, lineno: int, removed: list[Removed]) -> bool:
    """主持词一般由开场白、串联词和结束语组成……: the entry's next paragraph, on the genre it just defined."""
    last = removed[-1] if removed else None
    genre = _GENRE_DEFINITION.match(last.text) if last and last.reason == ENTRY and last.line >= lineno - 2 else None
    return genre is not None and text.startswith((genre.group("genre"), "它"))


# 新闻推荐 / 相关阅读 / 猜你喜欢: the site's own list of other articles starts here; what follows is not the page's text.
# 【在…联谊会上的讲话】相关文章： — the list named after the article above it.
RELATED_HEAD = re.compile(r"^(?:【[^】]{2,60}】\s*(?:相关文章|相关阅读|相关范文|相关推荐)|相关阅读|相关文章|相关推荐|新闻推荐|推荐新闻|相关新闻|相关报道|推荐阅读|延伸阅读|猜你喜欢|精彩推荐|为你推荐|往期推荐|往期回顾|往期精彩|全部评论|热门评论|最新评论|发表评论|评论区|你可能感兴趣的?(?:文章)?|更多新闻)\s*[:：>》]*$")


# A numbered heading in a long pasted line, then a space, then its text (a gap, not a stop, ends the heading).
# Only one gap: 一、统一思想 提高认识 切实增强… (phrases set apart by spaces) is left as it is.
_HEADING_GAP = re.compile(
    r"(?:^|(?<=[。！？：:]\s)|(?<=[。！？：:])|(?<=[话辞言告]\s))((?:[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]{1,2}[，,、])"
    # (the sentence after the gap may run long: 随着…，…，…大事，决不只是…问题。 of some 150 characters)
    r"[^。！？：:\s]{4,40}?)[ \u3000]+(?=[^\s。！？]{0,200}[。！？；;])(?![^。！？\s]{0,30}[ \u3000])"
)
# 成立 90 周年 / 在 2026 年: a PDF copy's spaces on both sides of a number (closed before the heading gap is looked for,
# so they are no second gap between phrases; 紧迫感 3月上旬, spaced on one side only, is left to _MIXED_GAP)
_SPACED_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff]) ([0-9A-Za-z.%-]{1,12}) (?=[\u4e00-\u9fff])")
# 增效2一是 / 格局3紧紧围绕: a page's number run into the text; before 一是 (no count is said so) it can be told and goes
# (…必须着力排查解决。4二是…: the same number glued before the series' next item, after the item before it — split44)
_GLUED_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff。；])\d{1,3}(?=(?P<k>[一二三四五六七八九])是[\u4e00-\u9fffXx×])")
_STRAY_PAGE_NUMBER = re.compile(r"(?<=[：:])\s+\d{1,3}\s+(?=一、)")
# Symbols and letters of other scripts (Thai, Hangul, dingbats) set between two Chinese characters; ★ is a placeholder, kept.
# (家庭的`责任: a 范文 site's backtick between two characters is one of them too)
_STRAY = re.compile(r"(?<=[\u4e00-\u9fff])[`\u0e00-\u0e7f\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u2600-\u2604\u2607-\u27bf]{1,3}(?=[\u4e00-\u9fff])")
# • 2026年校长开学典礼致辞模板: a bullet line at the head of a page (its menu), not a speech's text
_BULLET_MENU = re.compile(r"^[•·▪●◆►]\s*[^。！？，：:；]{1,40}$")
# Five or more short words set apart by spaces and nothing else at the head of a page: its column menu or a
# doc-sharing page's keywords (a heading of phrases has three or four: 统一思想 提高认识 增强责任感).
# 政 府 工 作 报 告 / 述 职 报 告: single characters set apart by spaces that spell a title of its genre
_SPACED_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]\s+){2,}[\u4e00-\u9fff]$")
_SPACED_GENRES = ("报告", "讲话", "致辞", "献词", "贺词", "发言", "总结", "主持词")
_WORD_MENU = re.compile(r"(?:^|(?<=[!！。]))\s*(?:[\u4e00-\u9fff\d]{1,6}\s+){4,}[\u4e00-\u9fff\d]{1,6}\s*$")
_INLINE_EDITOR_NOTE = re.compile(
    r"(?:(?<=讲话)|(?<=致辞)|(?<=发言)|(?<=讲话稿))\s*(?:编者按|导读|内容提要)\s*[:：].{0,800}?(?:具体材料请详见|具体内容请详见|详见下文)(?:下文)?\s*[:：。]?"
)
# 摘要：同志们：我今天… — a page's 摘要 label over the speech's own first words (its 称谓 follows at once).
_SUMMARY_LABEL = re.compile(
    r"^(?:摘要|内容摘要|正文|全文)\s*[:：]\s*(?=[^。！？：:]{0,30}(?:同志|领导|来宾|代表|朋友|老师|同学|委员)们?[：:，,、])"
)
# 附件：在全县……会议上的讲话 — a notice's attachment label on the title of the speech it sends.
_ATTACHED_TITLE = re.compile(r"^附件\s*\d{0,2}\s*[:：]\s*(?=[^。！？：:]{4,60}(?:讲话|致辞|发言|报告|讲话稿)$)")


# …万平第 1 页 共 11 页下载后可任意编辑方米: a page footer (and a sharing site's tag) inside a line.
_INLINE_PAGE = re.compile(rf"{PAGE_OF_PAGES}|下载后可任意编辑")


def _cut_inline_pages(text: str, lineno: int, removed: list[Removed]) -> str:
    found = _INLINE_PAGE.findall(text)
    if not found or _INLINE_PAGE.fullmatch(text.strip()):
        return text
    removed.append(Removed(lineno, "、".join(found), "分页残留"))
    return _INLINE_PAGE.sub("", text).strip()


def _series_goes_on(text: str, m: re.Match[str]) -> bool:
    """A number glued before 一是 (where the series starts: 增效2一是), or before 二是, 三是 … right after a sentence of the
    item before it (…解决。4二是): a page's number, not a count."""
    k = CN_DIGITS.index(m.group("k"))
    if k == 0:
        return text[m.start() - 1] not in "。；"  # (…完成。2一是: a count of 一是 items may end a sentence; keep the old reading)
    return text[m.start() - 1] in "。；" and f"{CN_DIGITS[k - 1]}是" in text[: m.start()]


def is_body(para: Para) -> bool:
    """A running paragraph (not a heading, divider, title or 称谓)."""
    return not (para.md or para.divider or match_heading(para.text) or _SALUTATION.match(para.text))


# 尊敬的各位领导，学员同志们，青年朋友们： / 亲爱的老师们、同学们：: a whole 称谓 on its own line, addressed (尊敬的, 亲爱的,
# 各位) and ending on whom it greets: the start of a piece, never the rest of a sentence a copy cut above it (split47)
_ADDRESSED_SALUTATION = re.compile(
    r"^(?:尊敬的|敬爱的|亲爱的|各位)[^。！？；;：:]{1,46}(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|家长|委员|姐妹|同仁|同事|学员|乡亲|校友|战友)们?[：:]$"
)


def _salutation_under_text(prev: Para, para: Para) -> bool:
    """A whole addressed 称谓 under running text (sentences) that a copy cut mid-word: the next piece's 称谓, not the rest of
    the cut sentence. (A title run on with the page's contents over a 称谓 is joined, for _greeting_off to part them.)"""
    return bool(_ADDRESSED_SALUTATION.match(para.text)) and bool(re.search(r"[。！？!?]", prev.text))


# 各位代表、 (a 称谓 broken off before its last part, which is on the next line)
_SALUTATION_START = re.compile(r"^[^。！？：:]{0,24}(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|家长|委员|姐妹)们?[、，,]$")


# …就抓好今年的工作我强调三 | 点意见：: a count cut from its noun by a hard line break (the rest looks like a label)
_COUNT_CUT = re.compile(r"(?:讲|谈|提|强调|说)(?:以下)?[一二两三四五六七八九十几]$")
_COUNT_REST = re.compile(r"^(?:点|个方面|个问题|条)(?:意见|要求|希望|建议|看法|体会)?[：:。，,]")


# 在2026年县政府全体（扩大）会议上的讲话 / 区长在…会议上的讲话稿: a speech's own title, a line with no stop in it
_SPEECH_TITLE_LINE = re.compile(
    r"^[^。！？：:；;，,]{0,20}(?:在|于)[^。！？：:；;]{2,60}(?:讲话|致辞|发言|报告|讲话稿|講話|致詞|發言|報告)$"
)


# 市政府第四次全体会议主持词。 / 传达与部署工作会议主持词: a spoken piece's title that names no meeting it was said "at" (a
# host's script, a 党课), a stray stop after it where a site printed one (split42, batch 63)
_SPOKEN_TITLE_LINE = re.compile(
    r"^[^。！？：:；;，,]{4,60}(?:讲话|讲话稿|致辞|发言|主持词|党课|講話|致詞|發言|主持詞|黨課)[。.]?$"
)


# 某某某：在…上的讲话: a page's heading naming the speaker before the title
_SPEAKER_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]\s*")


def _speech_title_twice(para: Para, under: Para | None) -> bool:
    """A speech's title line (a page may put the speaker's name and a colon before it) over a paragraph that opens with
    the same title again (the page's heading, then the piece as printed, byline and 称谓 run on): the head of the next
    piece, never the rest of a sentence cut above it (batch 73: two pages of one site saved one under the other)."""
    if under is None:
        return False
    title = _SPEAKER_LABEL.sub("", para.text).strip()
    if not (_SPEECH_TITLE_LINE.match(title) or _SPOKEN_TITLE_LINE.match(title)) or len(title) < 8:
        return False
    return re.sub(r"\s+", "", under.text).startswith(title.rstrip("。."))


def _speaker_labels_off(paras: list[Para], removed: list[Removed]) -> list[Para]:
    """某某某：在…上的讲话 over the same title printed again with the byline: the page's heading names the speaker the
    byline names too; the label is taken off (listed), the heading kept as the piece's title line. (A label whose name
    the line under it does not say again is left as it is.)"""
    out = list(paras)
    for k, para in enumerate(paras[:-1]):
        label = _SPEAKER_LABEL.match(para.text)
        name = label.group(0).rstrip("：: ") if label else ""
        if label and not para.md and _speech_title_twice(para, paras[k + 1]) and name in paras[k + 1].text:
            removed.append(Removed(para.line, label.group(0).strip(), "网页标题前的讲话人（下面的署名里有）"))
            out[k] = Para(para.text[label.end() :], para.line, para.end, para.md, para.divider)
    return out


def _salutation_line(para: Para | None) -> bool:
    return para is not None and bool(_SALUTATION.match(para.text)) and len(para.text) <= 30


def _title_over_salutation(para: Para, nxt: Para | None, after: Para | None = None) -> bool:
    """A speech's title line over a 称谓 (同志们：): never the rest of a sentence the copy cut above it. A spoken piece's
    title (…主持词) counts too, and so does a site's heading over it (传达与部署工作会议主持词 | 市政府…主持词 | 同志们：)."""
    if nxt is None:
        return False
    if _SPEECH_TITLE_LINE.match(para.text) and _salutation_line(nxt):
        return True
    spoken = _SPOKEN_TITLE_LINE.match
    return bool(spoken(para.text)) and (
        _salutation_line(nxt) or bool(spoken(nxt.text)) and _salutation_line(after)
    )


# …讲话汇编（3篇）1.…的致辞32.…的讲话73.…的讲话12…的致辞: a collection's contents (titles, each with its page) before
# the first piece's title on one line
_CONTENTS_BEFORE = re.compile(r"^[^。！？]{2,60}[（(]\d{1,3}篇[)）]\s*1[.．、][^。！？]*\d(?=[^\d。！？]{6,60}$)")


def _greeting_off(paras: list[Para], removed: list[Removed]) -> list[Para]:
    """A 称谓 run onto the end of a title line in the first paragraphs (…开幕会上的致辞各位委员，同志们：): on a line of its
    own, as the speech under it opens; a collection's contents before the title are the page's navigation (网页目录)."""
    for k, para in enumerate(paras[:3]):
        cut = greeting_run_in(para.text) if not para.md and not para.divider else None
        if cut:
            head, greeting = cut
            contents = _CONTENTS_BEFORE.match(head)
            if contents:
                removed.append(Removed(para.line, contents.group(0), "网页目录"))
                head = head[contents.end() :]
            return [*paras[:k], Para(head, para.line, para.end), Para(greeting, para.end, para.end), *paras[k + 1 :]]
    return paras


def _join_broken(
    paras: list[Para],
    breaks: Sequence[int] = (),
    lines: Sequence[Para] = (),
    bylines: frozenset[int] = frozenset(),
    edges: frozenset[int] = frozenset(),
    blanks: frozenset[int] = frozenset(),
) -> tuple[list[Para], list[tuple[int, int]]]:
    """Join a paragraph cut mid-sentence with the paragraph that continues it (`breaks`: the lines of
    page counters taken out; a sentence that stops before one goes on after it; `lines`: the cleaned lines
    before a 称谓, heading or point run into one was split off, whose lengths show a PDF's page width; `bylines`: the
    lines of a site's 来源：/发布时间 under a headline, which no cut sentence goes on into; `edges`: the lines of a page's
    breadcrumb or foot, across which no sentence goes on — ingest.otherpage; `blanks`: the blank lines, where a page may
    join two excerpts — ingest.boundary.seam_start)."""
    out: list[Para] = []
    joined: list[tuple[int, int]] = []
    width = _wrap_width(paras) or _wrap_width(lines)
    full = {p.end: len(p.text) for p in lines if p.line == p.end}
    last = 0  # length of the last line read: a full line ending in 。 may be a line break, not a paragraph's end
    for k, para in enumerate(paras):
        prev = out[-1] if out else None
        under = paras[k + 1] if k + 1 < len(paras) else None
        if prev is not None and across_edge(prev, para, edges):
            out.append(para)  # …社会事业全面 | 当前位置：首页 > … | 某县召开…座谈会: two pages (ingest.otherpage, batch 62)
        elif prev is not None and bullet_of(para.text) and bullet_of(para.text) == bullet_of(prev.text):
            out.append(para)  # ◆…正式开班。… 葛金荣 张兴宏 | ◆近日，…: a column's next item, not the rest of a cut line (ingest53)
        elif prev is not None and _over_byline(para, under, bylines):
            out.append(para)  # …坚决守住安全底线 | 某某社区举办消防安全培训班 / 来源：…: the next item's headline, not the rest
        elif prev is not None and (
            dated_item_after_cut(prev, para) or told_after_cut(prev, para) or opening_after_cut((prev,), para)
            or report_title_after_cut(prev, para, full.get(prev.end, 0) if prev.line == prev.end else 0)  # …的工作 | 关于…的调查报告，随着…: the next report (split43)
            or headline_after_cut(prev, para, under)  # …抓紧抓 | 某县…推进会召开 / 12日，某县…推进会召开，…(split43)
            or lead_after_cut(prev, para, width, out[-8:-1])  # …推动农村供水保障水平不断 | 4月12日上午9时，县政协召开… (split50)
        ):
            out.append(para)  # …才能为这场成长之旅 | 1月18日，某某乡召开…: another page's news item (ingest.appended)
            # (…白昼黑夜，心 | 业务院长某某在致辞中说，…: another item's report of what was said — batch 55)
        elif prev is not None and (
            _title_over_salutation(para, under, paras[k + 2] if k + 2 < len(paras) else None)
            or title_over_own_text(para, under)  # (batch 60: ingest.pageheads)
            or official_head(para, under)  # 关于…的通知 / 主送 (ingest.boundary)
            or document_head(para, under)  # …上的讲话 / 今天，我们召开… (ingest.boundary)
            or title_again(prev, para)  # 关于…的通知 | 关于…的通知各区县政府…: the head printed again (ingest.boundary)
            or _speech_title_twice(para, under)  # …请各科室抓紧 | 某某：在…上的讲话 | 在…上的讲话 职务 某某 同志们：… (split46)
            or _speech_title_twice(prev, para)  # (and the title printed again under it, with the byline run on)
            or seam_start(prev, paras, k, blanks, bylines)  # …管理制 | (blank) | 今年是…。正月初八上午，…举行 (split41)
        ):
            # …风险隐患排查整 | 在2026年县政府全体会议上的讲话 / 同志们：: the next piece's title (batch 53)
            out.append(para)
        elif prev is not None and _SALUTATION_START.match(prev.text) and _SALUTATION.match(para.text) and len(para.text) <= 30:
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)  # 各位代表、 | 同志们：
            joined.append((prev.end, para.line))
        elif prev is not None and _COUNT_CUT.search(prev.text) and _COUNT_REST.match(para.text) and not prev.md and not para.divider:
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)  # …我强调三 | 点意见：
            joined.append((prev.end, para.line))
        elif prev is not None and (
            _is_cut(prev) or _is_wrapped(prev, para, width, full.get(prev.end, 0) if para.line > prev.end else 0)
            or _full_line(prev, para, width, last) or _cut_by_page(prev, para, breaks)
            or _cut_mid_sentence(prev, para)
        ) and (is_body(para) or _goes_on(prev, para) or cut_ordinal(prev, para)) and not HOWTO_TITLE.match(para.text) and not _ELIDED.search(prev.text) and not title_rows(prev, para) and not _salutation_under_text(prev, para):  # fmt: skip
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)
            joined.append((prev.end, para.line))
        else:
            out.append(para)
        last = len(para.text)
    return out, joined


def _over_byline(para: Para, under: Para | None, bylines: frozenset[int]) -> bool:
    """A short headline (no stop or comma) with a site's byline line between it and the next paragraph."""
    if under is None or not bylines or not 4 <= len(para.text) <= 40:
        return False
    if re.search(r"[。！？；，,：:]", para.text) and not place_headline(para.text):  # (某某县：…获表扬: ingest.appended)
        return False
    return any(n in bylines for n in range(para.end + 1, under.line))


# …关心青年、支持青年、... (then the next line): a listing's snippet the site cut off with half-width dots — the next line is the next
# snippet (its own title, 称谓 and words), never the rest of this one (a full-width … is a stop already)
_ELIDED = re.compile(r"(?:\.{3,}|。{3,}|·{3,})$")


# 怎样写会议主持词 / 如何写好讲话稿 / 会议主持词怎么写: the title of a how-to article a page set under the piece it cut off
# (the cut piece never goes on into it; the article is a document of its own)
HOWTO_TITLE = re.compile(
    r"^(?:怎样|如何|怎么)(?:写好?|撰写|起草)(?:好)?[^。！？，,：:]{0,16}(?:主持词|讲话稿?|发言稿?|致辞|总结|报告|串词|开场白)[？?]?$"
    r"|^[^。！？，,：:]{2,16}(?:主持词|讲话稿|发言稿|致辞|总结|报告|串词|开场白)(?:怎么写|怎样写|如何写|的写法|写作技巧|写作要点)[？?]?$"
)


# What opens a paragraph of its own in a speech: a lead (一是, 第一，, 首先), a vocative, a turn (但是, 同时, 此外, 在此),
# a chair opening an item of the agenda (大会进行第一项：…).
_OWN_PARAGRAPH = re.compile(
    r"^(?:[一二三四五六七八九十]+[是要抓]|第[一二三四五六七八九十]+|首先|其次|再次|最后|同志们|但是|同时|此外|另外|在此|总之|当前|今年|去年|刚才|下面"
    r"|(?:大会|会议)?进行(?:大会|会议)?的?第[一二三四五六七八九十\d]+项)"
)


def _full_line(prev: Para, para: Para, width: int, last: int) -> bool:
    """A PDF copy hard-wrapped at `width`: its line that happens to end at a full stop (…不断壮大。) is as long
    as the others, and the text goes on in the next line (政务环境…), not in a new paragraph."""
    if not width or not width + 2 <= last <= width + 7 or prev.text[-1:] != "。" or prev.md or para.divider or match_heading(prev.text):
        return False  # (a line is never longer than the page: a longer one is a paragraph of its own)
    return width <= len(para.text) <= width + 7 and not _OWN_PARAGRAPH.match(para.text)


def _wrap_width(paras: Sequence[Para]) -> int:
    """The line width of a text hard-wrapped like a PDF copy (0 when it is not): four or more lines
    of nearly the same length (half-width digits and spaces make them differ by a few) that end mid-sentence."""
    return page_width(len(p.text) for p in paras if len(p.text) >= 20 and p.text[-1] not in _TERMINAL)[0]


_RATIO_CUT = re.compile(r"\d\s*:$")


def _is_wrapped(prev: Para, para: Para, width: int, line: int = 0) -> bool:
    """A hard-wrapped line (as long as the page is wide) and its continuation; a heading's last word
    (…的方向 / 指引) is carried over too. `line`: the length of the whole line `prev` ends, when a point or
    称谓 run into it was split off (…提出几点希望：第一，要做一个有 | 礼貌的人。…: the piece is short, the line full)."""
    if not width or max(len(prev.text), line) < width or prev.md or para.divider:
        return False
    # 比例调整为7.1 : | 44.8:48.1: a ratio's colon after a figure, at the wrap, ends no sentence
    if prev.text[-1] in _TERMINAL and not (_RATIO_CUT.search(prev.text) and para.text[:1].isdigit()):
        return False
    if match_heading(prev.text) and not any(c in prev.text for c in "。！？；"):
        if len(prev.text) < line and is_body(para):
            return True  # …各项任务。一、抢抓 | 农时，抓好秋收秋种。…: a run-in heading cut where the full line ends
        return len(para.text) <= 8 and not match_heading(para.text) and not re.search(r"[。！？，：；、]", para.text)
    return True


def _cut_by_page(prev: Para, para: Para, breaks: Sequence[int]) -> bool:
    """下面，我讲 | 2/4 | 三点意见。: a page counter between a sentence's two halves (the text before it
    stops without a stop, after a comma: a running sentence, not a title or a heading)."""
    k = bisect.bisect_right(breaks, prev.end)
    if k == len(breaks) or breaks[k] >= para.line or prev.text[-1] in _TERMINAL or prev.md or para.divider:
        return False
    return bool(re.search(r"[，,、；]", prev.text)) and not (match_heading(prev.text) and "。" not in prev.text)


# 今天我不想讲太多硬性的要求，就想和大家讲四个实实 | 在在的词：…: a line of running text cut mid-sentence (one sentence
# ended in it, or a clause did, and the next breaks off without a stop) and its rest on the line right under it —
# a PDF's copy of a short paragraph, too short for the page width to show. A title or a heading has no such stop.
_INNER_STOP = re.compile(r"[。！？；;!?]")
_INNER_COMMA = re.compile(r"[，,]")


def _cut_mid_sentence(prev: Para, para: Para) -> bool:
    text = prev.text
    if para.line != prev.end + 1 or prev.md or para.divider or len(text) < 16 or text[-1] in _TERMINAL:
        return False
    if not ("\u4e00" <= text[-1] <= "\u9fff" or text[-1].isdigit() or text[-1] in "“‘《（("):
        return False
    if _SALUTATION.match(text) or (match_heading(text) and not _INNER_STOP.search(text)) or _OWN_PARAGRAPH.match(para.text):
        return False
    if _SITE_SUFFIX.search(text) or _THEMED_TITLE.match(text) or para.text.startswith(("——", "（", "(")):
        return False
    if "——" in text or re.search(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", text):
        return False  # 凝心聚力，决胜百日 ——…誓师大会: a headline and its subtitle (set apart by a space), no sentence
    return bool(_INNER_STOP.search(text[:-1])) or (len(text) >= 24 and len(_INNER_COMMA.findall(text)) >= 1)


# 同志们： / 各位代表： — a line that opens with whom it addresses is a 称谓 even under a cut line
# (…志愿者朋友们： ends with whom it addresses)
_ADDRESS_START = re.compile(
    r"^(?:尊敬|敬爱|亲爱|各位|同志|领导|来宾|女士|先生|老师|同学|朋友|家长|代表|委员|大家)|(?:们|同志|领导|来宾|代表|嘉宾|朋友|委员)[：:]$"
)


def _goes_on(prev: Para, para: Para) -> bool:
    """…新的学期，我 | 对同学们提三个希望：: the rest of a cut sentence that, on a line of its own, ends like a 称谓
    (short, with a colon); it addresses no one, so it goes on the cut line."""
    return (
        _cut_mid_sentence(prev, para) and bool(_SALUTATION.match(para.text)) and not _ADDRESS_START.search(para.text)
        and len(para.text) <= 14  # (a longer line to a colon may stand as the announcement of its own: 就进一步……再强调三点意见：)
        and not match_heading(para.text) and not para.md
    )  # fmt: skip


def _is_cut(para: Para) -> bool:
    text = para.text
    if text[-1] in _TERMINAL or para.md or para.divider or _SALUTATION.match(text):
        return False
    if match_heading(text) and not any(c in text for c in "。！？；"):
        return False  # a heading line on its own
    if _SITE_SUFFIX.search(text):
        return False  # …全场都沉默了！-某某资料网: the page's title with the site's name, a line of its own
    if _THEMED_TITLE.match(text):
        return False  # …年度工作总结暨…工作计划：夯实… 筑牢…: a long title with its theme, a line of its own
    return len(text) >= 40 or text[-1] in "，、,"


# 乡镇卫生院2025年度工作总结暨2026年工作计划：夯实基层医疗网底 筑牢乡村健康防线 — a report's (or a speech's) title, then
# a colon and its theme: no comma or stop in it, so not a sentence cut by a line break however long
_THEMED_TITLE = re.compile(
    r"^[^。！？，,；;：:]{4,50}(?:工作总结|工作计划|工作报告|工作汇报|工作要点|述职报告|情况报告|讲话|致辞|发言)[：:]\s*[^。！？，,；;：:]{4,30}$"
)
