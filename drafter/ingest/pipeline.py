"""The ingest pipeline: files → cleaned documents → duplicates → fragments → corpus and library.

`analyse_file` does everything that needs only one file (read, clean, split,
structure, parameterise) and runs in worker processes on large inputs;
`ingest_paths` does what needs all of them (duplicates, near-duplicate
fragments, ids) and then writes.
"""

from __future__ import annotations

import glob
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError, LibraryError
from drafter.files import walk_files
from drafter.ingest.bulleted import bullet_lines, item_title
from drafter.ingest.channels import place_headline
from drafter.ingest.classify import Outline, outline_speech
from drafter.ingest.clean import FOREIGN, Para, Removed, clean_text
from drafter.ingest.collectionlead import drop_collection_lead, drop_title_blurb
from drafter.ingest.doubt import PREFIX as DOUBT
from drafter.ingest.doubt import structure_doubts
from drafter.ingest.fragments import Candidate, build_candidates
from drafter.ingest.genrepieces import site_line
from drafter.ingest.genres import LETTER, LETTER_NOTE, genre_of, genre_title, letter_title
from drafter.ingest.lastpage import last_page_lines
from drafter.ingest.otherpage import page_edges
from drafter.ingest.pagedcontents import CONTENTS_NOTE, CONTENTS_OVER_NOTE, contents_entries
from drafter.ingest.pageoutline import fill_from_outline, page_outline
from drafter.ingest.pagetail import cut_page_tail
from drafter.ingest.params import Scope, detect_scope
from drafter.ingest.seams import blank_lines, byline_lines
from drafter.ingest.simplify import to_simplified
from drafter.ingest.split import (
    Chunk,
    Duplicate,
    classify_kind,
    credited_lead,
    doc_id,
    drop_collection_preface,
    drop_empty_related,
    drop_event_box,
    drop_repeats,
    drop_title_footer,
    duplicates_among,
    handed_letter,
    is_attachment,
    is_bulletin_header,
    is_covering_notice,
    is_letter,
    is_related,
    is_speech_summary,
    is_title_list,
    kind_doubt,
    leading_tail,
    normalise,
    reflection_title,
    sentence_keys,
    slug,
    split_chunks,
    summary_title,
)
from drafter.ingest.visible import retype_radicals
from drafter.ingest.workpoints import work_points_title
from drafter.ingest.write import (
    FragmentIndex,
    check,
    comparable,
    content_hash,
    corpus_text,
    fragment_file_text,
    prepare,
    raw_text,
    schema_line,
    text_keys,
    write_if_changed,
)
from drafter.reader import DOC_SUFFIXES, LEGACY_SUFFIXES, read_source
from drafter.text import TRIPLE_OK

# Above this many bytes of input, files are analysed in worker processes.
PARALLEL_BYTES = 1_000_000
INGESTED_DIR = "ingested"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Document:
    """One speech (or news report, or other text) found in a file."""

    id: str
    origin: str
    lines: tuple[int, int]
    kind: str
    title: str
    title_derived: bool
    body: str
    scope: Scope
    date: str
    outline: Outline | None
    candidates: tuple[Candidate, ...]
    warnings: tuple[str, ...]
    norm: str = ""
    keys: frozenset[int] = frozenset()
    genre: str = ""  # what a text kept out of the speech library is (书信, 会议纪要, 规章制度…), when ingest can say


@dataclass(frozen=True, slots=True)
class FileAnalysis:
    """Everything learnt from one input file, or why it could not be read."""

    origin: str
    encoding: str = ""
    documents: tuple[Document, ...] = ()
    removed: tuple[dict[str, Any], ...] = ()
    joined: tuple[tuple[int, int], ...] = ()
    error: str = ""


@dataclass(frozen=True, slots=True)
class IngestReport:
    """The outcome of one ingest run, ready for `--json`."""

    documents: tuple[dict[str, Any], ...]
    files: tuple[dict[str, Any], ...]
    errors: tuple[dict[str, str], ...]
    dry_run: bool
    library: str
    corpus: str
    library_errors: int = 0
    written: tuple[dict[str, str], ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run, "library": self.library, "corpus": self.corpus,
            "documents": list(self.documents), "files": list(self.files), "errors": list(self.errors),
            "written": list(self.written), "library_errors": self.library_errors,
        }  # fmt: skip


# ---------------------------------------------------------------- one file


def analyse_file(path: str, origin: str, stem: str) -> FileAnalysis:
    """Read, clean, split and structure one file. Never raises for bad input: the error is data."""
    try:
        text, encoding = read_source(path)
    except DrafterError as exc:
        return FileAnalysis(origin, error=exc.render())
    return analyse_text(text, origin, stem, encoding)


def analyse_text(text: str, origin: str, stem: str, encoding: str = "") -> FileAnalysis:
    """Clean, split and structure the text of one file (see `analyse_file`)."""
    text, converted = to_simplified(text)
    text, retyped = retype_radicals(text)
    cleaned = clean_text(text)
    kept, page_tail = cut_page_tail(cleaned.paras, cleaned.removed)  # 网友评论 / readers' words / 上一篇 … / 主办单位 …
    if kept and page_tail:
        cleaned = replace(cleaned, paras=kept, removed=(*cleaned.removed, *page_tail))
    documents = []
    lists: list[tuple[Document, tuple[Para, ...]]] = []
    chrome = frozenset(r.line for r in cleaned.removed)  # (lines taken out; a kept line's cut part is never between two paras)
    chunks, tail = leading_tail(
        split_chunks(
            cleaned.paras, blank_lines(text), byline_lines(text), page_edges(text), chrome=chrome, ends=last_page_lines(text),
            marks=bullet_lines(text),
        )
    )
    chunks, repeats = drop_repeats(chunks)
    chunks, widgets = drop_empty_related(chunks)  # 猜你喜欢 / 大家正在看 / 换一换 and no article under them
    chunks, footer = drop_title_footer(chunks)  # 某某文库 + the title again, the page's last line
    chunks, preface = drop_collection_preface(chunks, cleaned.paras)  # 总结可以帮助我们… over …篇一: the page's blurb
    chunks, box = drop_event_box(chunks)  # 时间：… / 地点：… / 内容：… over a live transcript: the page's box
    chunks, label = drop_collection_lead(chunks)  # …倡议书（实用18篇） / 通过分析范文范本… over the piece: the page's label
    chunks, blurb = drop_title_blurb(chunks)  # 某某报告 / …为您整理的《某某报告》… / 某某报告: the site's head (split43)
    contents = contents_entries(list(cleaned.removed), only=False)  # 目录 / 敢闯敢创… / 3 / … (batch 57)
    front: tuple[Para, ...] = ()
    if contents:  # (the collection's title and blurb over the list go with it, not with the first piece under it)
        chunks, front = _front_of_contents(chunks, contents[0][0].line)
    before: tuple[Para, ...] = ()
    for chunk in chunks:
        doc = _document(doc_id(stem, chunk.number), origin, chunk.paras, handed_letter(before, chunk.paras), chunk.item)
        before = chunk.paras
        if len(chunks) == 1 and doc.kind == "speech" and doc.outline is not None:
            doc = _outlined(doc, cleaned.removed, chunk.paras)
        elif len(chunks) == 1 and doc.kind == "report" and doc.outline is not None and _stops_mid_sentence(chunk.paras):
            doc = _outlined(doc, cleaned.removed, chunk.paras, cut=True)  # a 总结's contents over its title, the copy cut
        doc = replace(doc, warnings=(*doc.warnings, *structure_doubts(doc.kind, doc.outline, chunk.paras)))
        if chunk.unsure_start:
            note = f"原文第{chunk.paras[0].line}行起另有称谓或标题，像同一网页上的另一篇，已分开导入，请人工查看"
            doc = replace(doc, warnings=(*doc.warnings, note))
        if converted:
            doc = replace(doc, warnings=("原文为繁体字，已转换为简体后分析和保存", *doc.warnings))
        if retyped:
            note = "原文用形似汉字的部首字符（如“⼀、”“⼤家”，多为 PDF 提取所致），已换成通用汉字后分析和保存"
            doc = replace(doc, warnings=(note, *doc.warnings))
        if doc.genre in _PAGE_LISTS and len(chunks) > 1:
            lists.append((doc, chunk.paras))  # 相关文章 / titles one to a line: the page's, beside the document it holds
            continue
        documents.append(doc)
    if lists and not documents:
        documents = [doc for doc, _ in lists]  # a page that is nothing but a list: say what it is
        lists = []
    documents = _foreign_warnings(documents, cleaned.removed)
    documents = _repeat_warnings(documents, repeats)
    removed = tuple({"line": r.line, "reason": r.reason, "text": r.text} for r in cleaned.removed) + tuple(
        {"line": p.line, "reason": "网页上重复的同一篇", "text": p.text} for gone, _ in repeats for p in gone.paras
    ) + tuple({"line": p.line, "reason": "上一页讲话的结尾", "text": p.text} for p in tail) + tuple(
        {"line": p.line, "reason": "网页推荐栏（下面没有文章）", "text": p.text} for p in widgets
    ) + tuple({"line": p.line, "reason": "网页页脚（网站名和标题）", "text": p.text} for p in footer) + tuple(
        {"line": p.line, "reason": "合集网页的导语（第一篇之前）", "text": p.text} for p in preface
    ) + tuple({"line": p.line, "reason": "直播网页的会议信息和导语", "text": p.text} for p in box) + tuple(
        {"line": p.line, "reason": "合集网页的标签和导语（第一篇之前）", "text": p.text} for p in label
    ) + tuple({"line": p.line, "reason": "网页的标题和导语（正文之前，标题在正文上重复）", "text": p.text} for p in blurb) + tuple(
        {"line": p.line, "reason": "网页上的相关文章列表或推荐栏（不是一篇文档）", "text": p.text} for _, paras in lists for p in paras
    )
    contents = contents or contents_entries(list(cleaned.removed), only=not documents)
    if contents:
        note = CONTENTS_OVER_NOTE if documents else CONTENTS_NOTE
        page = _contents_page(doc_id(stem, len(documents) + 1), origin, *contents, front, note)
        documents = sorted([*documents, page], key=lambda d: d.lines[0])
        documents = [replace(d, id=doc_id(stem, k)) for k, d in enumerate(documents, start=1)]
        kept_lines = {r.line for r in contents[0]}
        removed = tuple(r for r in removed if r["line"] not in kept_lines)
    if not documents:
        return FileAnalysis(origin, encoding, (), removed, cleaned.joined, error=f"{origin}：清理后没有剩下可用的正文")
    return FileAnalysis(origin, encoding, tuple(documents), removed, cleaned.joined)


def _front_of_contents(chunks: Sequence[Chunk], first: int) -> tuple[list[Chunk], tuple[Para, ...]]:
    """The paragraphs over a contents list (the collection's title, its blurb) that a piece under the list would
    otherwise open with: taken off that piece, for the list's own document."""
    out: list[Chunk] = []
    front: tuple[Para, ...] = ()
    for chunk in chunks:
        before = tuple(p for p in chunk.paras if p.line < first)
        if before and len(before) < len(chunk.paras) and not front:
            front = before
            chunk = replace(chunk, paras=chunk.paras[len(before) :])
        out.append(chunk)
    return out, front


def _contents_page(
    did: str, origin: str, entries: Sequence[Removed], title: str, front: Sequence[Para], note: str
) -> Document:
    """A collection's contents list (with the page's title and blurb over it): one document of kind other, genre 目录
    (ingest.pagedcontents)."""
    title = title or (front[0].text if front and len(front[0].text) <= 60 else "")
    body = "\n\n".join([*(p.text for p in front), *(r.text for r in entries)])
    lines = (front[0].line if front else entries[0].line, entries[-1].line)
    return Document(
        did, origin, lines, "other", title, not title, body, detect_scope(body, title), "", None, (), (note,),
        norm=normalise(body), keys=frozenset(sentence_keys(body)), genre="目录",
    )  # fmt: skip


# 标题列表 / 网页推荐栏: a related-articles list or a recommendation box — never a document of its own beside the page's own
_PAGE_LISTS = ("标题列表", "网页推荐栏")


def _stops_mid_sentence(paras: Sequence[Para]) -> bool:
    """The copy's last line breaks off inside a sentence (a report has no closing words to miss)."""
    return bool(paras) and paras[-1].text[-1:] not in "。！？!?”）)…；;：:"


def _outlined(doc: Document, removed: Sequence[Removed], paras: Sequence[Para], cut: bool = False) -> Document:
    """A copy cut short under the outline the page printed above it: its points counted from that outline."""
    entries, at = page_outline(removed, paras)
    if not entries or doc.outline is None:
        return doc
    outline, note = fill_from_outline(doc.outline, entries, at, doc.warnings, cut)
    return replace(doc, outline=outline, warnings=(*doc.warnings, note)) if note else doc


def _repeat_warnings(documents: list[Document], repeats: Sequence[tuple[Chunk, Chunk]]) -> list[Document]:
    """The copy a page held twice was imported once: the document kept says where the other copy was."""
    out = list(documents)
    for gone, kept in repeats:
        k = kept.number - 1
        if 0 <= k < len(out):
            where = f"原文第{gone.paras[0].line}–{gone.paras[-1].end}行"
            note = f"{where}是同一篇在网页上的另一份（重复贴出或只有开头的预览），只导入一次"
            out[k] = replace(out[k], warnings=(*out[k].warnings, note))
    return out


def _foreign_warnings(documents: list[Document], removed: Sequence[Removed]) -> list[Document]:
    """Lines in another script (a machine translation) were taken out: the document before them says so."""
    lines = [r.line for r in removed if r.reason == FOREIGN]
    if not lines or not documents:
        return documents
    out = list(documents)
    for line in lines:
        k = max((i for i, d in enumerate(out) if d.lines[0] <= line), default=0)
        note = f"原文第{line}行是外文（可能是网页附的机器翻译），已去掉，只保留中文原文，请人工查看"
        out[k] = replace(out[k], warnings=(*out[k].warnings, note))
    return out


def _document(did: str, origin: str, paras: tuple[Para, ...], handed: str = "", item: bool = False) -> Document:
    doc = _classified(did, origin, paras, handed, item)
    doubt = kind_doubt(paras, doc.kind)
    return replace(doc, warnings=(*doc.warnings, doubt)) if doubt else doc


# 我到粮食局任职已整整一年了。回顾一年来的履职情况，…: one's own 述职, even with its title lost
# …现将本人一年来的履职情况述职如下，请予评议: the same, said in so many words
_OWN_DUTY = re.compile(r"(?:我|本人)[^。！？]{0,20}(?:任职|到任)[^。！？]{0,20}[。，,][^。！？]{0,16}履职情况|情况述职如下")


def _classified(did: str, origin: str, paras: tuple[Para, ...], handed: str = "", item: bool = False) -> Document:
    """`handed`: the name the page's account before this document handed it over by (市长新春贺辞, split.handed_letter);
    `item`: one of a column's bulleted news items (ingest.bulleted), news however short."""
    body = "\n\n".join(p.text for p in paras)
    kind = classify_kind(paras)
    if item and kind == "other":
        kind = "news"  # ◆为严厉打击…，9月25日，副县长某某带领…开展…行动。: a column's item, told as news
    if handed and kind == "speech":
        kind = "other"  # 市长指，… / 市长新春贺辞全文： / 新春佳节到了。…: the greeting the account hands over, published to readers
    lines = (paras[0].line, paras[-1].end)
    norm, keys = normalise(body), frozenset(sentence_keys(body))
    if kind == "report":
        outline = outline_speech(paras)
        if not outline.title and (written := reflection_title(paras) or summary_title(paras) or work_points_title(paras)):
            outline = replace(outline, title=written)  # …培训班学习心得 over its text, with no title line a speech has
        scope = detect_scope(body, outline.meeting or outline.title, title=outline.title)  # 县教育局…工作总结: the office
        note = "工作报告：已分析结构，不拆分为讲话片段（报告与讲话的用语不同）"
        if "述职" in outline.title or "述责" in outline.title or _OWN_DUTY.search(body[:300]):
            note = "述职报告：已分析结构，不拆分为讲话片段（述职是本人向组织汇报履职情况，不是讲话）"
        return Document(
            did, origin, lines, kind, outline.title, outline.title_derived, body, scope, _date(body),
            outline, (), (note,), norm=norm, keys=keys,
        )  # fmt: skip
    if kind != "speech":
        title = _news_title(paras) if kind == "news" else ""
        title = (item_title(paras) or title) if item else title  # ◆… / 2.某某会见…: a column's item (ingest.bulleted)
        scope = detect_scope(body, title)
        note = "会议消息：不拆分为讲话片段" if kind == "news" else "不像讲话稿或会议消息：不拆分为片段，请人工查看"
        genre, why = genre_of(paras, "") if kind == "other" else ("", "")
        if kind == "other" and not genre and (handed or is_letter(paras)):
            genre, why = LETTER, LETTER_NOTE
        note = why or note
        if genre:  # a letter, minutes, rules…: its own title (新春献词, 县政府常务会议纪要), as a speech's is found
            outline = outline_speech(paras)
            title = "" if outline.title_derived else outline.title  # (not 在…会议上的讲话 made up from the meeting it names)
            title = title or genre_title(paras)  # (关于召开…的通知 under the office's name: no speech's title line)
            title = title or (letter_title(paras) if genre == LETTER else "")  # 致全镇农户的一封信 (batch 52)
            title = title or handed
        if kind == "other" and is_speech_summary(paras):
            genre, note = "讲话摘要", "讲话的内容摘要（转述讲话强调了什么，不是讲话原文）：不拆分为片段"
        if is_title_list(paras):
            genre, note = "标题列表", "网页上的相关文章标题列表（只有标题、没有正文）：不是讲话，不拆分为片段"
        if is_covering_notice(paras):
            genre, note = "印发通知", "印发讲话或报告的通知（所印发的文件在它后面或附件里）：不是讲话，不拆分为片段"
        if is_attachment(paras):
            genre, note = "附件", f"讲话后面的{paras[0].text.rstrip('：:')}：不是讲话正文，不拆分为片段"
        if is_related(paras):
            genre, note = "网页推荐栏", f"网页上“{paras[0].text}”之后的内容（推荐的其他文章、网友评论）：不属于这篇讲话，不拆分为片段（需要时请单独导入）"
        if is_bulletin_header(paras):
            genre, note = "报头和按语", "简报或期刊的报头和按语（期号、编印单位、日期、按：……）：不属于任何一篇讲话，不拆分为片段"
        return Document(
            did, origin, lines, kind, title, True, body, scope, _date(body), None, (), (note,), norm=norm, keys=keys, genre=genre
        )  # fmt: skip
    outline = outline_speech(paras)
    warnings = (*outline.warnings, *_repeated_chars(paras))
    scope = detect_scope(body, outline.meeting, title=outline.title, byline=outline.byline)
    candidates = tuple(prepare(c) for c in build_candidates(did, outline, scope, body))
    return Document(
        did, origin, lines, kind, outline.title, outline.title_derived, body, scope, _date(body),
        outline, candidates, warnings, norm=norm, keys=keys,
    )  # fmt: skip


_REPEATED = re.compile(r"(?!某)([\u4e00-\u9fff])\1{2,}|的的")  # 某某某 is a placeholder, not a slip


def _repeated_chars(paras: tuple[Para, ...]) -> list[str]:
    """Doubled characters pasted in by mistake (和和和): kept as they are, but pointed out."""
    return [
        f"原文{p.where}有疑似多余的重复字“{m.group(0)}”（已原样保留，请核对）"
        for p in paras for m in _REPEATED.finditer(p.text)
        if not TRIPLE_OK.match(p.text, max(0, m.start() - 1))  # 保护未成年人人人有责
    ]  # fmt: skip


_BYLINE = re.compile(r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}")


def _news_title(paras: tuple[Para, ...]) -> str:
    """The headline over the news item (a short line without a stop), else the clause that says what met."""
    first = paras[0].text
    if len(paras) > 1 and _BYLINE.search(first) and not re.search(r"召开|举行|[。！？]", first):
        return _news_title(paras[1:])  # 某某商报·某某网 记者 某某 通讯员 某某: who wrote it, over the lead
    if len(paras) > 1 and site_line(first):
        return _news_title(paras[1:])  # XX县人民政府门户网站 / XX县教育局网站 > 教育要闻: the site over the headline
    if len(paras) > 1 and len(first) < 8 and not re.search(r"[。！？：:；，,]", first):
        return _news_title(paras[1:])  # 政府信息公开 / 青石镇三举措推进…: the site's column label over the headline
    if len(paras) > 1 and 8 <= len(first) <= 40 and not re.search(r"[。！？：:；]", first) and not first.endswith("现场"):
        return first  # 副区长到青禾镇调研秋粮收储工作
    if len(paras) > 1 and place_headline(first):
        return first  # 岚溪县：小茶叶撑起乡村振兴大产业 (a portal's place-colon headline, shapes33)
    if len(paras) > 1 and 8 <= len(first) <= 40 and not re.search(r"[。！？；]", first) and credited_lead(paras[1:2]):
        return first  # 全国政协闭幕：“一届政协委员 一生政协情缘” over 国际在线报道（记者某某）：…
    clause = next((c for c in re.split(r"[，。]", first) if "召开" in c or "举行" in c), "")
    return clause.strip()


_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


# 二〇二六年一月五日: the date of an official document written in Chinese numerals.
_HAN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_HAN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _date(body: str) -> str:
    m = _DATE.search(body[:300])
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"  # ２０２６ → 2026
    h = _HAN_DATE.search(body[:300])
    if not h:
        return ""
    year = "".join(str(_HAN_DIGIT[c]) for c in h.group(1))
    return f"{year}-{_han_number(h.group(2)):02d}-{_han_number(h.group(3)):02d}"


def _han_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return _HAN_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (_HAN_DIGIT[tens] if tens else 1) * 10 + (_HAN_DIGIT[ones] if ones else 0)


# ---------------------------------------------------------------- all files


def gather_files(paths: Sequence[str | Path]) -> tuple[list[tuple[str, str, str]], list[dict[str, str]]]:
    """(path, origin shown to the user, id stem) of every input file, and paths that do not exist."""
    found: list[tuple[Path, str]] = []
    errors = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            before = len(found)
            files, unreadable = walk_files(path, (*DOC_SUFFIXES, *LEGACY_SUFFIXES))
            files, undecodable = _utf8_named(files)
            found += [(file, file.relative_to(path).as_posix()) for file in files]
            errors += [{"file": shown, "message": f"{shown}：文件名不是 UTF-8 编码（按 GBK 读出如上），"
                        "把文件改成 UTF-8 名称后再导入（如 convmv -f gbk -t utf-8 --notest 文件名）"} for shown in undecodable]  # fmt: skip
            errors += [{"file": str(d), "message": f"{d}：无法读取该目录（没有读权限），其中的文件没有导入"} for d in unreadable]
            if len(found) == before and not undecodable:
                errors.append({"file": str(raw), "message": f"{raw}：目录中没有 .txt、.md、.docx、.html、.doc 或 .wps 文件"})
        elif path.exists():
            found.append((path, path.name))
        else:
            errors.append({"file": str(raw), "message": f"{raw}：文件或目录不存在"})
    return _unique_stems(found), errors


def _utf8_named(files: list[Path]) -> tuple[list[Path], list[str]]:
    """Files whose names are UTF-8, and the others' names as GBK reads them (a Windows archive's names).

    Such a name cannot go into the corpus, the fragments' origin or the report.
    """
    good: list[Path] = []
    bad: list[str] = []
    for file in files:
        try:
            str(file).encode("utf-8")
            good.append(file)
        except UnicodeEncodeError:
            bad.append(os.fsencode(file).decode("gb18030", "replace"))
    return good, bad


def _unique_stems(found: list[tuple[Path, str]]) -> list[tuple[str, str, str]]:
    seen: Counter[str] = Counter()
    out = []
    for path, origin in found:
        stem = slug(path.stem)
        if seen[stem]:
            stem = f"{slug(path.parent.name)}-{stem}"
            if seen[stem]:
                stem = f"{stem}-{seen[stem] + 1}"
        seen[stem] += 1
        out.append((str(path), origin, stem))
    return out


def claim_stems(files: list[tuple[str, str, str]], corpus_dir: Path) -> list[tuple[str, str, str]]:
    """Give a file a new id stem when the corpus already holds another file's speech under it.

    Re-ingesting the same file (same origin) keeps its ids, so its corpus
    entries are updated; a different file with the same name (A/讲话.txt, then
    B/讲话.md) gets 讲话-2 and never overwrites the first one's speeches.
    """
    taken: dict[str, set[str]] = {}
    out = []
    for path, origin, stem in files:
        base, n = stem, 1
        while (owners := taken.setdefault(stem, _corpus_origins(corpus_dir, stem))) and origin not in owners:
            n += 1
            stem = f"{base}-{n}"
        owners.add(origin)
        out.append((path, origin, stem))
    return out


_ORIGIN_FILE = re.compile(r"^origin:\s*\n\s+file:\s*(.+?)\s*$", re.M)


def _corpus_origins(corpus_dir: Path, stem: str) -> set[str]:
    """Origin files of the corpus speeches whose ids are `stem-NN`."""
    found = set()
    for file in corpus_dir.glob(f"{glob.escape(stem)}-[0-9][0-9].md") if corpus_dir.is_dir() else ():
        try:
            head = file.read_text(encoding="utf-8")[:4096]
        except (OSError, UnicodeDecodeError):
            continue
        m = _ORIGIN_FILE.search(head)
        found.add(m.group(1).strip("'\"") if m else "")
    return found


def analyse_all(files: list[tuple[str, str, str]], jobs: int | None, progress: Progress | None) -> list[FileAnalysis]:
    """Analyse every file, on two cores when the input is large."""
    size = sum(_size(p) for p, _, _ in files)
    workers = jobs if jobs else min(2, os.cpu_count() or 1)
    results: list[FileAnalysis] = []
    if workers > 1 and len(files) > 1 and size >= PARALLEL_BYTES:
        from concurrent.futures import ProcessPoolExecutor

        chunk = max(1, len(files) // (workers * 16))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(analyse_file, *zip(*files, strict=True), chunksize=chunk):
                results.append(result)
                if progress:
                    progress(len(results), len(files))
        return results
    for path, origin, stem in files:
        results.append(analyse_file(path, origin, stem))
        if progress:
            progress(len(results), len(files))
    return results


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    library: str | Path | None = None,
    corpus: str | Path | None = None,
    dry_run: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders of speeches into the corpus and the library.

    Files that cannot be read are reported in `errors` and skipped. The library is the
    user's own (see `drafter.workspace`) unless named; it is created on first use, and
    the corpus defaults to the `corpus/` beside it. The installed package is never written.

    Raises:
        UsageError: the library is the one installed with drafter.
        LibraryError: the library path is a file.
        DrafterError: an output file cannot be written.
    """
    from drafter.workspace import writable_library

    lib_dir = writable_library(library)
    corpus_dir = Path(corpus) if corpus is not None else lib_dir.parent / "corpus"
    if lib_dir.exists() and not lib_dir.is_dir():
        raise LibraryError("片段库应是文件夹，这里是一个文件", path=lib_dir, hint="用 --library 指向片段库文件夹。")
    files, errors = gather_files(paths)
    files = claim_stems(files, corpus_dir)
    analyses = analyse_all(files, jobs, progress)
    errors += [{"file": a.origin, "message": a.error} for a in analyses if a.error]
    docs = [d for a in analyses for d in a.documents]
    found = duplicates_among([d.id for d in docs], [d.norm for d in docs], [d.keys for d in docs])
    duplicates = {d.id: d for d in found}
    index, lib_errors = _library_index(lib_dir, {d.id for d in docs})
    plans = [_plan(d, duplicates.get(d.id), index, lib_dir) for d in docs]
    written = _write(plans, lib_dir, corpus_dir, dry_run)
    return IngestReport(
        documents=tuple(p["report"] for p in plans),
        files=tuple(_file_report(a) for a in analyses),
        errors=tuple(errors), dry_run=dry_run, library=str(lib_dir), corpus=str(corpus_dir),
        library_errors=lib_errors, written=tuple(written),
    )  # fmt: skip


def _library_index(lib_dir: Path, own_ids: set[str]) -> tuple[FragmentIndex, int]:
    """Index of the library's fragments, leaving out the files this run itself would write."""
    from drafter.library import load_library

    if not lib_dir.is_dir():
        return FragmentIndex(), 0  # a new library: created when the first fragment is written
    lib = load_library(lib_dir, strict=False)
    own = {str((lib_dir / INGESTED_DIR / f"{i}.yaml").resolve()) for i in own_ids}
    index = FragmentIndex()
    for frag in lib.fragments:
        if str(Path(frag.path).resolve()) not in own:
            index.add(frag.id, frag.role.value, comparable(frag), text_keys(raw_text(frag)))
    return index, len(lib.errors)


def _plan(doc: Document, dup: Duplicate | None, index: FragmentIndex, lib_dir: Path) -> dict[str, Any]:
    """Decide which fragments of `doc` go to the library; build its report entry."""
    warnings = list(doc.warnings)
    accepted: list[Candidate] = []
    skipped = []
    if dup is not None:
        warnings.append(f"与 {dup.of} 重复（相似度 {dup.similarity:g}），保留较完整的 {dup.of}，本篇不拆分片段")
    else:
        path = str(lib_dir / INGESTED_DIR / f"{doc.id}.yaml")
        for cand in doc.candidates:
            hit = index.match(cand.role, cand.norm, cand.keys)
            if hit:
                skipped.append({"id": cand.id, "similar_to": hit[0], "similarity": hit[1]})
                continue
            error = check(cand, path)
            if error:
                warnings.append(f"片段 {cand.id} 不合格式，未写入：{error}")
                continue
            index.add(cand.id, cand.role, cand.norm, cand.keys)
            accepted.append(cand)
    report = _doc_report(doc, dup, accepted, skipped, warnings)
    return {"doc": doc, "accepted": accepted, "report": report}


def _doc_report(
    doc: Document, dup: Duplicate | None, accepted: list[Candidate], skipped: list[dict[str, Any]], warnings: list[str]
) -> dict[str, Any]:
    outline = doc.outline
    roles = Counter(c.role for c in accepted)
    warnings = [*warnings, *_former_place_note(doc.scope.place)]
    points = [
        {"heading": p.heading, "subpoints": [s.heading for s in p.subpoints]} for p in (outline.points if outline else ())
    ]  # fmt: skip
    return {
        "id": doc.id, "title": doc.title, "title_derived": doc.title_derived, "kind": doc.kind, "genre": doc.genre,
        "place": doc.scope.place, "level": doc.scope.words_level or "", "date": doc.date,
        "origin": doc.origin, "lines": list(doc.lines),
        "duplicate_of": dup.of if dup else None, "similarity": dup.similarity if dup else None,
        "announced_count": outline.announced if outline else None, "points": points,
        "fragments": dict(sorted(roles.items())),
        "specific": [c.id for c in accepted if c.reasons],
        "skipped": skipped, "warnings": warnings,
    }  # fmt: skip


def _former_place_note(place: str) -> list[str]:
    """奉化市 (a speech from before 2016): the place is read as of the speech, and the report says what it is now."""
    if not place:
        return []
    from drafter.gazetteer import former_note, renamed

    was = renamed(place)
    return [f"地名“{place}”是旧名（{former_note(*was)}），按讲话当时的{was[0].kind}读"] if was else []


def _corpus_meta(doc: Document, report: dict[str, Any], body: str) -> dict[str, Any]:
    meta = {
        "id": doc.id, "title": doc.title, "title_derived": doc.title_derived, "kind": doc.kind,
        "place": doc.scope.place, "level": doc.scope.level or "", "date": doc.date,
        "origin": {"file": doc.origin, "lines": f"{doc.lines[0]}-{doc.lines[1]}"},
        "hash": content_hash(body), "duplicate_of": report["duplicate_of"], "similarity": report["similarity"],
    }  # fmt: skip
    doubts = [w for w in report["warnings"] if w.startswith(DOUBT)]
    return {**meta, "doubts": doubts} if doubts else meta  # the record keeps them, for check and curate to show


def _corpus_body(doc: Document) -> str:
    body = doc.body
    if doc.title and not doc.title_derived:
        first, _, rest = body.partition("\n\n")
        body = f"# {first}\n\n{rest}" if first == doc.title else body
    return body


def _write(plans: list[dict[str, Any]], lib_dir: Path, corpus_dir: Path, dry_run: bool) -> list[dict[str, str]]:
    """Compose every output first, then write them one by one (each atomically)."""
    outputs: list[tuple[Path, str, bool, dict[str, Any]]] = []
    schema = schema_line(lib_dir / INGESTED_DIR)
    for plan in plans:
        doc, report = plan["doc"], plan["report"]
        body = _corpus_body(doc)
        outputs.append((corpus_dir / f"{doc.id}.md", corpus_text(_corpus_meta(doc, report, body), body), True, report))
        if plan["accepted"]:
            text = fragment_file_text(doc.id, doc.origin, plan["accepted"], schema)
            outputs.append((lib_dir / INGESTED_DIR / f"{doc.id}.yaml", text, False, report))
    from concurrent.futures import ThreadPoolExecutor

    def one(item: tuple[Path, str, bool, dict[str, Any]]) -> Any:
        path, text, overwrite, _ = item
        return write_if_changed(path, text, dry_run=dry_run, overwrite=overwrite)

    with ThreadPoolExecutor(max_workers=4) as pool:  # file writes wait on the disk, not the CPU
        done = list(pool.map(one, outputs))
    results = []
    for (_, _, overwrite, report), result in zip(outputs, done, strict=True):
        key = "corpus_file" if overwrite else "fragment_file"
        report[key] = {"path": result.path, "status": result.status}
        if result.status == "kept":
            report["warnings"].append(f"{result.path} 已存在且内容不同（可能经过人工修改），未覆盖")
        results.append({"path": result.path, "status": result.status})
    return results


def _file_report(analysis: FileAnalysis) -> dict[str, Any]:
    return {
        "file": analysis.origin, "encoding": analysis.encoding,
        "documents": [d.id for d in analysis.documents], "removed": list(analysis.removed),
        "joined": [list(j) for j in analysis.joined], "error": analysis.error,
    }  # fmt: skip
