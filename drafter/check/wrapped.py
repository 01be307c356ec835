"""Lines a PDF copy broke mid-sentence, read through: "三" / "是…" is 三是, "我讲 4" / "点意见" an announcement.

A copy is taken as hard-wrapped only when four or more of its lines have nearly the same length and end
mid-sentence (the page's width); a line that long, ending without a stop, is then joined with the next
line when that one is running text (never a heading, a title or a 称谓 of its own). The joined block
remembers where each line began, so findings still point at the line and column a user sees.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.records import replace
from drafter.structure import CN, Block, parse_blocks
from drafter.text import PAGE_OF_PAGES, page_width

# A line ending in one of these ends a sentence or a clause the copy did not break.
_TERMINAL = "。！？；：…”’）》」』!?;:)"
_MIN_LINE = 20  # shorter lines are headings, titles or a paragraph's last words, never the page's width


class JoinedBlock(Block):
    """A block made of wrapped lines: `joins` holds (offset in `text`, line number) of each line after the first."""

    __slots__ = ("joins",)
    joins: tuple[tuple[int, int], ...]

    def __init__(self, kind: str, text: str, line: int, level: int = 0, number: int = 0, mark: str = "",
                 heading: str = "", markdown: int = 0, joins: tuple[tuple[int, int], ...] = ()) -> None:  # fmt: skip
        Block.__init__(self, kind, text, line, level, number, mark, heading, markdown)
        object.__setattr__(self, "joins", joins)


def join_wrapped(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each hard-wrapped line joined to the line that continues it (unchanged when the
    copy is not hard-wrapped)."""
    width = _wrap_width(blocks)
    if not width:
        return list(blocks)
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, block, width):
            out[-1] = _join(prev, block)
        else:
            out.append(block)
    return out


def continued_lines(blocks: Sequence[Block]) -> frozenset[int]:
    """The line numbers of lines that continue the line before them in a hard-wrapped copy (`join_wrapped`'s joins)."""
    return frozenset(lineno for b in blocks if isinstance(b, JoinedBlock) for _, lineno in b.joins)


def _wrap_width(blocks: Sequence[Block]) -> int:
    """The width of a hard-wrapped copy (0 when it is not one): four or more lines of nearly the same
    length (half-width digits and spaces make them differ by a few) that end mid-sentence."""
    open_ended = [b for b in blocks if len(b.text) >= _MIN_LINE and b.text[-1] not in _TERMINAL]
    if len(open_ended) < 4:
        return 0  # most copies: every long line ends its sentence
    long = [b for b in blocks if len(b.text) >= _MIN_LINE and not _opens_item(b)]
    width, lines = page_width(len(b.text) for b in open_ended if not _opens_item(b))
    # most long lines are that wide: a web page's headings and list lines of like length are no page width
    return width if 2 * lines >= len(long) else 0


# 一、 / （一） headings, 一要… / 二是… / 第一，… list lines: each opens an item of its own, never a line's continuation.
_ITEM = re.compile(rf"^(?:[{CN}]+(?:是|要|方面)|第[{CN}]+[，,、])")


def _opens_item(block: Block) -> bool:
    return block.kind == "heading" or bool(_ITEM.match(block.text))


def _last_line(block: Block) -> str:
    joins = block.joins if isinstance(block, JoinedBlock) else ()
    return block.text[joins[-1][0] :] if joins else block.text


def _continues(prev: Block, block: Block, width: int) -> bool:
    last = _last_line(prev)
    if prev.kind not in ("paragraph", "heading") or prev.markdown or block.markdown:
        return False
    if len(last) < width or last[-1] in _TERMINAL:
        return False
    return block.kind in ("paragraph", "salutation") and not _opens_item(block)


def _join(prev: Block, block: Block) -> JoinedBlock:
    joins = prev.joins if isinstance(prev, JoinedBlock) else ()
    return JoinedBlock(
        prev.kind, prev.text + block.text, prev.line, prev.level, prev.number, prev.mark, prev.heading,
        prev.markdown, (*joins, (len(prev.text), block.line)),
    )  # fmt: skip


def position(lines: Sequence[str], block: Block, offset: int) -> tuple[int, int] | None:
    """(line, column) of `offset` in a joined block's text when it lies on a line after the first, else None."""
    joins = block.joins if isinstance(block, JoinedBlock) else ()
    found = next(((start, lineno) for start, lineno in reversed(joins) if offset >= start), None)
    if found is None:
        return None
    start, lineno = found
    raw = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    return lineno, len(raw) - len(raw.lstrip()) + offset - start + 1


# …以环境之优赢得发展之先。第2页共5页二、聚焦重点…: a document-sharing page's counter inside a line, where one page of
# the copy ends and the next begins (the heading after it opens a line of its own in the original).
_PAGE_MARK = re.compile(PAGE_OF_PAGES)


def split_page_marks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each page counter inside a line read as a line break: the text after it is a block of its
    own (a heading when it opens with 一、), on the same line, so that findings keep the file's line and column."""
    out: list[Block] = []
    for block in blocks:
        if block.kind not in ("paragraph", "heading") or isinstance(block, JoinedBlock) or not _PAGE_MARK.search(block.text):
            out.append(block)
            continue
        first, *rest = (piece.strip() for piece in _PAGE_MARK.split(block.text))
        if first:
            out.append(block if first == block.text else replace(block, text=first))
        for piece in rest:
            if not piece:
                continue
            read = parse_blocks(piece)[0]  # a heading, or running text (never a title: it is inside the copy)
            out.append(replace(read, line=block.line, kind="paragraph" if read.kind == "title" else read.kind))
    return out


# 1、 在全区……的讲话 同志们：……要素向项目倾 / 2、斜。各部门要……: a document-sharing page cuts the text into numbered chunks
# at any word. The chunk numbers are the page's, not the speech's 1、 2、 (nor a wrong form of 1.).
_CHUNK = re.compile(r"^(?P<n>\d{1,3})、\s*")
_CHUNK_MIN = 80  # a chunk holds a page of text; a list item of a speech may be short


def drop_chunk_counters(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a document-sharing page's chunk numbers taken off: numbered 1、 2、 3、 … in order, each a long
    line but the last, and one at least continuing a sentence the chunk before it cut off (2、斜。…)."""
    chunks = [(i, m) for i, b in enumerate(blocks) if (m := _CHUNK.match(b.text))]
    if len(chunks) < 2 or [int(m.group("n")) for _, m in chunks] != list(range(1, len(chunks) + 1)):
        return list(blocks)
    if any(len(blocks[i].text) < _CHUNK_MIN for i, _ in chunks[:-1]):
        return list(blocks)  # the last chunk may be short (3、产、早见效。), the others hold a page each
    if not any(i and blocks[i - 1].text[-1:] not in _TERMINAL for i, m in chunks[1:]):
        return list(blocks)
    out: list[Block] = []
    starts = {i: m for i, m in chunks}
    for i, block in enumerate(blocks):
        if i not in starts:
            out.append(block)
            continue
        first, *heads = _INLINE_HEAD.split(block.text[starts[i].end() :])
        out.append(replace(parse_blocks(first)[0], line=block.line, kind="paragraph"))
        # (the heading the preview ran on after a stop, or after the title it opens with, is a heading of the speech)
        out += [replace(parse_blocks(piece)[0], line=block.line) for piece in heads if piece]
    return out


# …分别为 5.21、5.2。二、正视现实，认清形势… / …工作会议上的讲话一、对近年来…: a preview lost its line breaks, so a
# heading runs on after a full stop (or 总结如下：) or after the title it opens with (not 一、二季度, a span of numerals).
_INLINE_HEAD = re.compile(r"(?:(?<=[。！？!?：:])|(?<=讲话|发言|致辞))\s*(?=[一二三四五六七八九十]{1,2}、(?![一二三四五六七八九十])[\u4e00-\u9fff“])")
