"""The text as a reader sees it, for finding names that a copied page hides.

A shared file can hide a name from a pattern while a reader still sees it:
zero-width characters inside it (林\u200b市长), spaces between its
characters (林 市 长), full-width letters (ｊｉｎｒｉ．ｃｏｍ) or one
traditional character in a simplified text (林市長; a whole traditional
text is converted before ingest reads it, a single character is not), or a
radical that looks like a character (林市⻓, ⾦书记).
`visible_form` undoes all of these so that leak detection reads what the
reader reads. Invisible characters carry nothing a draft needs, so
`drop_invisible` takes them out of the stored text too.
"""

from __future__ import annotations

import re
import unicodedata

from drafter.text import t2s_converter

# Zero-width and format characters (category Cf), variation selectors, and fillers that render as nothing.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")  # fmt: skip
# Spaces of any width between two characters of a word (林 市 长, ｊｉｎ ｒｉ): not between two Latin words.
_GAP = re.compile(r"(?<=[\u3400-\u9fff\uff01-\uff5e])[ \t\u3000\xa0]+(?=[\u3400-\u9fff\uff01-\uff5e])")
_SPACES = re.compile(r"[ \t\u3000\xa0]")
# Full-width Latin letters, digits and the dot of a web address (the Chinese ，：；！？（） stay as they are).
_NARROW = {**{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}, **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},
           **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)}, 0xFF0E: ord("."), 0xFF0F: ord("/"), 0xFF20: ord("@")}  # fmt: skip
_WIDE = re.compile(r"[\uff0e\uff0f\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
# Radicals and compatibility ideographs that look like ordinary characters (林市⻓, ⾦书记).
_LOOKALIKE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")
_RADICAL_ONLY = re.compile("[\u2e80-\u2fdf]")  # the radicals alone (compatibility ideographs may be a name's own form)
_RADICALS = str.maketrans("⻓⻔⻢⻋⻜⻅⻄⻘⻩⻰⻉⻙⻝⻬⻏⻖", "长门马车飞见西青黄龙贝韦食齐阝阝")


# A PDF's text layer that maps common characters to Kangxi radicals (⼀、基本情况 / 留守⼉童 / ⼤家): not one hidden name
# but the whole text, written with the look-alikes; this many of them in one file is the extraction, not a spelling.
_RETYPE_AT = 3


def retype_radicals(text: str) -> tuple[str, bool]:
    """(`text` with radicals that stand for ordinary characters retyped as those characters, whether any were), when
    the text holds several of them (a PDF's extraction: ⼀、 is a heading 一、 to a reader). One or two stay as written
    (a name hidden by one look-alike is found by `visible_form`, and the stored text keeps its spelling)."""
    found = _RADICAL_ONLY.findall(text)
    if len(found) < _RETYPE_AT:
        return text, False
    return _RADICAL_ONLY.sub(lambda m: unicodedata.normalize("NFKC", m.group(0).translate(_RADICALS)), text), True


def drop_invisible(text: str) -> str:
    """`text` without zero-width and other invisible characters."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def visible_form(text: str) -> str:
    """`text` as a reader sees it: no invisible characters or gaps inside words, narrow Latin letters and
    digits, simplified characters. Only for finding names: the stored text keeps its own spelling."""
    seen = drop_invisible(text)
    if _SPACES.search(seen):
        seen = _GAP.sub("", seen)
    if _LOOKALIKE.search(seen):
        seen = _LOOKALIKE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), seen.translate(_RADICALS))
    if _WIDE.search(seen):
        seen = seen.translate(_NARROW)
    if not _may_be_traditional(seen):
        return seen
    convert = t2s_converter()  # loaded only for a text that needs it
    return convert.convert(seen) if convert is not None else seen


def hides_nothing(text: str) -> bool:
    """Whether `text` reads the same to a reader and to a pattern (`visible_form` would not change it);
    far cheaper than comparing the two for a long text."""
    if _INVISIBLE.search(text) or _LOOKALIKE.search(text) or _WIDE.search(text):
        return False
    if _SPACES.search(text) and _GAP.search(text):
        return False
    if not _may_be_traditional(text):
        return True
    convert = t2s_converter()
    return convert is None or convert.convert(text) == text


# The characters of GB2312 (the simplified set) that opencc's t2s still changes: a text within GB2312 and
# without them has nothing to convert, and most text is (the check is far cheaper than a conversion).
_GB_TRADITIONAL = re.compile("[乾菸薹拚捱摺吒後徵夥榘於袷麴醣麽]")


def _may_be_traditional(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return _GB_TRADITIONAL.search(text) is not None
