"""Parts a web page glues onto the lines of a copied text, cut off so that the text itself stays.

Line-based cleaning drops a whole line that looks like a page's chrome; these parts sit on a
line of running text instead, so only they go:

- a journal database's abstract marker at the start: <正>第一次参加……;
- a document-sharing site's advert label at the start: -精品合同推荐- 街道办工作总结一年来，…;
- a line in another script: an English machine translation printed under a Chinese excerpt
  (the whole line goes; the document warns so the reader can look);
- a title broken over two lines whose second line opens with 一一 (a page's ——): read as ——;
- a site's watermark glued to the end of a line: its name and motto (……的要求：稿子汇，范文学习文库 /
  第一，要坚持属地化管理公文汇，办公文档之家) or its name and address after a sentence (……相互促进。某某汇www.….com).
And a title run into the first point on one line (……局长的讲话一、提高……) is split in two.
"""

from __future__ import annotations

import re

_ABSTRACT_MARK = re.compile(r"^<正>\s*")
_ADVERT_LABEL = re.compile(r"^-\s*[\u4e00-\u9fff]{2,8}(?:推荐|精选|热门|推广)\s*-\s*")
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 在……上的讲话一、提高…… / '浙商要做……——在……上的讲话 一、…: a title and the first point on one line.
_TITLE_THEN_POINT = re.compile(
    # (县教育局过去五年及2016年工作总结一、过去五年工作回顾1.…: an office's account of its year run in the same way)
    r"^['‘\"]?(?P<title>[^。！？：:，,]{4,90}?(?:讲话|致辞|发言|报告|讲话稿|(?:工作|年度|年终)(?:总结|小结)|工作(?:计划|要点|规划)))"
    r"\s*(?=一、[^。！？]{2,40}[。！？])"
)
# 一一致某某中学开学典礼: a subtitle whose —— a copy turned into the numeral 一 twice.
_DOUBLE_ONE = re.compile(r"^一一(?=[\u4e00-\u9fff][^。！？，,]{3,38}$)")


# 公文汇，办公文档之家 / 稿子汇,范文学习文库: a site's name (…汇/…网/…吧) and its motto about 范文/文档 (…文库/…之家),
# glued on (织密服务网，建好职工之家 is speech: its motto names no 范文 or 文档)
_WATERMARK_TAIL = re.compile(
    # (the gap before it is gone by now: the name is taken as two characters and 汇/网/吧, the usual shape)
    r"(?<=[\u4e00-\u9fff：:。！？；])\s*[\u4e00-\u9fff]{2}(?:汇|网|吧)[,，]\s*[\u4e00-\u9fff]{0,6}(?:范文|文档|公文|写作|文秘)[\u4e00-\u9fff]{0,4}(?:文库|之家)$"
    r"|(?<=[。！？；：:])\s*[\u4e00-\u9fff]{2,8}\s*(?:www\.)?[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)(?:\.cn)?$"
)


def cut_parts(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The line without the parts a page glued onto it, and what was cut (text, reason)."""
    cut: list[tuple[str, str]] = []
    if text.startswith("<正>"):
        m = _ABSTRACT_MARK.match(text)
        assert m is not None
        cut.append((m.group(0).strip(), "期刊摘要标记"))
        text = text[m.end() :]
    if text.startswith("-"):
        m = _ADVERT_LABEL.match(text)
        if m and len(text) > m.end() + 10:
            cut.append((m.group(0).strip(), "网站广告标签"))
            text = text[m.end() :]
    if text[-1:] in "库家mnMNgG":
        m = _WATERMARK_TAIL.search(text)
        if m and m.start() >= 4:
            cut.append((m.group(0).strip(), "网站水印"))
            text = text[: m.start()].rstrip()
    if text.startswith("一一") and len(text) <= 40:
        text = _DOUBLE_ONE.sub("——", text)
    return text, cut


def is_foreign_line(text: str) -> bool:
    """A line written in another script (an English translation under the Chinese text), not a
    Chinese line that quotes a few Latin words (5G, ISO9001, an address)."""
    if len(text) < 40 or _HAN.search(text, 0, 20):
        return False  # (a Chinese line shows a Han character at once: this keeps the check cheap)
    latin = len(_LATIN.findall(text))
    return latin >= 30 and latin >= 0.6 * len(text.replace(" ", "")) and len(_HAN.findall(text)) <= 5


def title_then_point(text: str) -> tuple[str, str] | None:
    """(title, rest) when a line runs a speech's title into its first 一、 heading."""
    m = _TITLE_THEN_POINT.match(text)
    return (m.group("title"), text[m.end() :]) if m else None
