"""A website's advertisement run into a sentence of a copied speech.

Sites that sell speeches plant their name inside the text (…是呼吸今日公文：jinrigongwen.com
今日公文网每个笔杆子必备的…道传染病高发期…), where line-based cleaning cannot see it. A fragment
carrying one must not be reused: `advert_marks` finds web addresses, site names spelt in pinyin,
公众号 and 文库 names and the words such adverts are made of.
"""

from __future__ import annotations

import re

# A web address: www.x.com, x.com.cn, https://…, x点com; dots may have spaces around them (copied from a page).
_DOMAIN = re.compile(
    r"(?:https?://|www\s*(?:\.|点)\s*)?[a-z0-9][a-z0-9-]*(?:\s*\.\s*[a-z0-9-]+)*\s*(?:\.|点)\s*"
    r"(?:com|cn|net|org|cc|top|vip|info|xyz|site|wang|ink|club|shop|work|tv)(?![a-z])",
    re.IGNORECASE,
)
# One pinyin syllable (initial + final); a site's name spelt in pinyin is three or more of them.
_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)"
)
_PINYIN = re.compile(rf"(?:{_SYLLABLE}){{3,}}")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_LATIN_RUN = re.compile(r"[a-z]{2,}(?:[ .\-_][a-z]{2,})*", re.IGNORECASE)
# The words of an advert: a 公众号 or 文库 named, a site that sells 范文/公文, its pitch.
_AD_WORDS = re.compile(
    r"(?:微信)?公众号\s*[:：“\"「『【]|(?:欢迎|请|扫码|长按)关注[^，。！？]{0,10}公众号|搜索[^，。！？]{0,10}公众号|微信号\s*[:：]|[\u4e00-\u9fff]{0,6}文库"
    r"|[\u4e00-\u9fff]{0,4}(?:范文|公文|文秘|秘书|写作|材料|文档|美文)(?:网|库|大全|之家|吧)(?![络格点民友点站点上下内外])"
    r"|(?:百万|千万|海量)篇|日更\d*千篇|免费下载|下载全文|会员下载|更多(?:范文|精彩内容)|长按识别|扫码关注"
)


def advert_marks(text: str) -> list[str]:
    """Web addresses, pinyin site names and advert words in `text` (empty for ordinary speech text)."""
    if "{" in text:
        text = _JINJA.sub("，", text)  # {{ meeting }}: the renderer's own words
    found = [m.group(0).replace(" ", "") for m in _DOMAIN.finditer(text)] if "." in text or "点" in text else []
    for m in _LATIN_RUN.finditer(text):
        letters = re.sub(r"[ .\-_]", "", m.group(0)).lower()
        if len(letters) >= 6 and _PINYIN.fullmatch(letters) and not any(letters in f.lower() for f in found):
            found.append(m.group(0))
    if not text.isascii():
        found += [m.group(0) for m in _AD_WORDS.finditer(text)]
    return found
