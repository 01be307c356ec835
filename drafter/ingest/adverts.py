"""A website's advertisement run into a sentence of a copied speech.

Sites that sell speeches plant their name inside the text (…是呼吸今日公文：jinrigongwen.com
今日公文网每个笔杆子必备的…道传染病高发期…), where line-based cleaning cannot see it. A fragment
carrying one must not be reused: `advert_marks` finds web addresses, site names spelt in pinyin,
公众号 and 文库 names and the words such adverts are made of.
"""

from __future__ import annotations

import re

_TLD = r"(?:com|cn|net|org|cc|top|vip|info|xyz|site|wang|ink|club|shop|work|tv)(?![a-z])"
# A web address: www.x.com, x.com.cn, https://…, x点com; dots may have spaces around them (copied from a page).
_DOMAIN = re.compile(
    r"(?:https?://|www\s*(?:\.|点)\s*)?[a-z0-9][a-z0-9-]*(?:\s*\.\s*[a-z0-9-]+)*\s*(?:\.|点)\s*"
    + _TLD,
    re.IGNORECASE,
)
# One pinyin syllable (initial + final); a site's name spelt in pinyin is three or more of them.
_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)"
)
_ONE_SYLLABLE = re.compile(_SYLLABLE)
# liaoda199, laojin123, bt365: a site's handle (lower-case letters then three digits or more; not ISO9001, 5G, PM2.5).
_HANDLE = re.compile(r"(?<![A-Za-z0-9])[a-z]{2,}\d{3,}(?![\d.])")
_LATIN_RUN = re.compile(r"[A-Za-z]{2,}(?:[ .\-_][A-Za-z]{2,})*")
# The words of an advert: a 公众号 or 文库 named, a site that sells 范文/公文, its pitch.
_SITE_KINDS = "(?:网|站|大全|之家|吧|阁)(?![络格点民友站上下内外长])"
_AD_WORDS = re.compile(
    "|".join((
        r"微信公众号\s*[:：“\"「『【]", r"公众号\s*[:：“\"「『【]", r"微信号\s*[:：]", "文库",
        *(f"{w}关注[^，。！？]{{0,10}}公众号" for w in ("欢迎", "请", "扫码", "长按")), r"搜索[^，。！？]{0,10}公众号",
        *(w + _SITE_KINDS for w in ("范文", "公文", "文秘", "秘书", "写作", "材料", "文档", "美文", "素材", "作文", "好文", "文摘")),
        *(w + "库" for w in ("范文", "公文", "文秘", "文档", "美文", "公文素材")), "文阁",
        # 研究我老秘网市第一季度经济工作: a site for clerks (老秘网, 笔秘网) named by 秘 and 网 — no word of speech text
        # (神秘网络, 隐秘网站 are words: the 网 goes on)
        "秘网" + _SITE_KINDS.removeprefix("(?:网|站|大全|之家|吧|阁)"),
        "百万篇", "千万篇", "海量篇", r"日更\d*千篇", "免费下载", "下载全文", "会员下载", "更多范文", "更多精彩内容", "长按识别",
        # a page's own words and a spam site's pitch, run into the text
        "小编", "相关推荐", "点此查看", "隐藏内容", "您所在的位置", "本文档", "在线客服", r"客服\s*(?:QQ|微信)", "展开全文", "阅读全文",
        "查看全文", "开通会员", "VIP会员", "会员专享", "博彩", "娱乐城", "真人娱乐", "注册送",
        # the page talking about the text it offers (以上就是今天的主持词和讲话汇编, 希望对您有所帮助)
        r"以上(?:就)?是[^。！？\n]{0,14}?(?:汇编|范文|全部内容|相关内容|精选|合集|大全|模板|素材)",
        r"希望(?:以上内容|本文|这篇[^，。！？]{0,6})?对(?:你|您)有(?:所)?帮助", "欢迎阅读", "欢迎收藏", "欢迎下载",
    ))  # each alternative opens with a character, so that the search skips the rest of the text quickly
)
# The site's own name before 文库 / 范文网 (今日公文网, 某某文库): up to four characters.
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,4}$")
# A dot (or 点) before a top-level domain: only then is the text searched for a whole address.
_DOT_TLD = re.compile(rf"\.\s*{_TLD}|点\s*{_TLD}", re.IGNORECASE)


def advert_marks(text: str) -> list[str]:
    """Web addresses, pinyin site names and advert words in `text` (empty for ordinary speech text)."""
    runs = [m for m in _LATIN_RUN.finditer(text) if text[max(0, m.start() - 3) : m.start()] not in ("{{ ", "{% ")]
    found = _addresses(text) if runs else []  # {{ meeting }}: the renderer's own words are no address
    for m in runs:
        if m.group(0).lower() in _ADDRESS_STUBS and _between_han(text, m):
            found.append(m.group(0))  # 敬意！htt今天: what is left of a web address cut out of the text
            continue
        letters = re.sub(r"[ .\-_]", "", m.group(0)).lower()
        if 6 <= len(letters) <= 40 and _syllables(letters) >= 3 and not any(letters in f.lower() for f in found):
            found.append(m.group(0))
    if not text.isascii():
        found += [_with_name(text, m) for m in _AD_WORDS.finditer(text)]
    return found


_ADDRESS_STUBS = frozenset(("htt", "http", "https", "www"))


def _between_han(text: str, m: re.Match[str]) -> bool:
    """A Latin run with a Chinese character right before or after it (run into the text, not a word of its own)."""
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return any(c and ("\u4e00" <= c <= "\u9fff" or c in "！。，；") for c in (before, after))


def _addresses(text: str) -> list[str]:
    """Web addresses (haowen.com, www . haowen . cn, haowen点com) and site handles (haowen365) in `text`."""
    found: list[str] = []
    for dot in _DOT_TLD.finditer(text):  # the address ends there: look only at the 60 characters before it
        window = text[max(0, dot.start() - 60) : dot.end()]
        found += [m.group(0).replace(" ", "") for m in _DOMAIN.finditer(window) if m.group(0).replace(" ", "") not in found]
    return found + [m.group(0) for m in _HANDLE.finditer(text) if not any(m.group(0) in f for f in found)]


def _with_name(text: str, m: re.Match[str]) -> str:
    if not m.group(0).endswith(("文库", "网", "站", "库", "大全", "之家", "吧", "阁")):
        return m.group(0)
    name = _NAME_BEFORE.search(text, max(0, m.start() - 4), m.start())
    return (name.group(0) if name else "") + m.group(0)


def _syllables(letters: str) -> int:
    """How many pinyin syllables `letters` splits into (the most), 0 if it is not pinyin throughout.

    A table over positions, not a regex: a regex of repeated syllables backtracks exponentially on a long
    string that almost splits (nanana…x)."""
    best = [0] + [-1] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] >= 0 and _ONE_SYLLABLE.fullmatch(letters, start, end):
                best[end] = max(best[end], best[start] + 1)
    return max(best[-1], 0)


# 【范例一】, 【致辞人】: a template site's labels (【待补】 is our own placeholder, found as such); 多美网 or 某某文库
# alone on a line: the site's name left under the text.
_LABEL = re.compile(r"【(?!待补)[^】\n]{1,10}】")
_SITE_LINE = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:网|文库|范文)$", re.MULTILINE)
_NOT_SITE_LINE = frozenset(("互联网", "物联网", "电网", "管网", "路网", "水网", "天网", "法网", "渔网", "全网"))


# 编辑：刘晓敏 审核：张建平 / 责任编辑：王丽 / 来源：某某网: a page's byline of its editors and source, on a line
# of its own or after a space (not 资金来源：…, a speech's own colon inside a sentence).
_EDITOR_LABELS = "责任编辑|责编|编辑|审核|审校|审稿|校对|初审|复审|终审|撰稿|供稿|摄影|通讯员|作者|来源|编审|监制|发布时间|浏览"
_EDITOR_LINE = re.compile(
    rf"(?:^|(?<=[ \t\u3000】|丨（(。！？!?；;]))(?:{_EDITOR_LABELS})[ \t\u3000]*[：:][ \t\u3000]*"
    rf"(?:(?!{_EDITOR_LABELS}|[\s，。；！？{{]).){{2,12}}",
    re.MULTILINE,
)


def page_marks(text: str) -> list[str]:
    """A template site's 【labels】, a site's name on a line of its own and its editor lines, in `text`."""
    found = _LABEL.findall(text) if "【" in text else []
    if "：" in text or ":" in text:
        found += [m.group(0) for m in _EDITOR_LINE.finditer(text)]
    if "\n" in text:
        found += [m for m in _SITE_LINE.findall(text) if m not in _NOT_SITE_LINE]
    return found

