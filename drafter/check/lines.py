"""Rules read line by line: placeholders, doubled characters, half-width punctuation, date forms, repeated paragraphs."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from drafter.check import lazyre as re
from drafter.check.census import doubled_as_saying
from drafter.findings import Finding, Severity
from drafter.records import replace
from drafter.text import HALF_TO_FULL, TRIPLE_OK, count_word, halfwidth_positions, parse_cn_number

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def check_lines(lines: Sequence[str], wrapped: frozenset[int] = frozenset()) -> list[Finding]:
    """Every line rule on every non-empty line; `wrapped` holds the lines that continue the line before them in a
    hard-wrapped copy, whose doubled characters are read across the break."""
    findings: list[Finding] = []
    site = _site_lines(lines)
    first = next((k for k, line in enumerate(lines, start=1) if line.strip()), 0)
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or _spam_line(line):
            continue
        if lineno > 3 and lineno != first and lineno not in site and lineno not in wrapped and lineno + 1 not in wrapped \
                and not _CHUNK_YEAR.match(line):  # fmt: skip
            findings += _plain_line(line, lineno)  # what the branches below come to for such a line, kept by its text
            continue
        if not _CONTENTS.search(line) and lineno not in site and not _site_footer(line):
            findings += check_placeholders(line, lineno)
        elif lineno in site and (cut := _intro_run_on(line)):
            findings += [f for f in check_placeholders(line, lineno) if f.column > cut]
        if lineno in wrapped or lineno + 1 in wrapped:
            findings += _repeated_across(lines, lineno, wrapped)
        else:
            findings += check_repeated(line, lineno)
        if not _collection_header(line):
            findings += check_doubled_words(line, lineno)
        said = {f.column for f in findings if f.line == lineno and f.rule == "repeated-char" and f.severity is ERROR}
        series = [f for f in _longer_in_series(line, lineno) if f.column not in said and f.column - 1 not in said]
        if series:  # (统一思想想、坚定信心: the series reading is sure where the pair's own reading only asked — fp51)
            sure = {f.column for f in series} | {f.column - 1 for f in series}
            findings = [f for f in findings if not (f.line == lineno and f.rule == "repeated-char" and f.column in sure)]
        findings += series
        findings += check_halfwidth(line, lineno)
        if not _listing_of_next_title(lines, lineno):
            split = _split_year(lines, lineno)
            if lineno == first and (chunk := _CUT_CHUNK_YEAR.match(line)):
                split = chunk.start("year") + 1  # 3、23年政府工作报告…: 20 ended the page's chunk before the copy (batch 52 p33)
            findings += [f for f in check_dates(line, lineno) if f.column != split]
        findings += check_conflict_marks(line, lineno)
    findings = _names_spelled_so(findings, lines)
    findings += _year_in_other_form(lines, findings)
    findings = _page_masks(_soften_old_years(findings + check_repeated_paragraphs(lines), lines), lines)
    return grade_doublings(findings, lines)


# Severity is confidence (#13, sev48). In one sentence: a doubled character the rules above catch is an error, unless
# it is one of the shapes a speech may mean — a word said across a copy's line break (PDF wrap), a verb said twice the
# spoken way (商量商量; 补补课, a one-character verb before its object), a character said three times before a stop
# (对对对) — which is shown as a warning that says 请核对 and why it may be right. The clerk still sees every doubling;
# only the ones a careful reader is sure are slips (的的, 工作作落实, 目标任任务, 信念信念) count as errors.
# 商量商量, 研究研究: the verbs a speaker says twice for doing a little of them (提高提高 is no such saying)
_SPOKEN_ABAB = frozenset({
    "商量", "研究", "讨论", "琢磨", "考虑", "思考", "锻炼", "活动", "休息", "了解", "打听", "介绍", "交流", "沟通",
    "总结", "反思", "检查", "调查", "合计", "盘算", "掂量", "学习", "比较", "准备", "收拾", "打扫", "整理", "宣传",
})  # fmt: skip
# 对对对, 好好好: an answer said three times before a stop
_SPOKEN_THRICE = frozenset("对好是行嗯哈啊呀哦")


def grade_doublings(findings: list[Finding], lines: Sequence[str]) -> list[Finding]:
    """Each repeated-char error of a shape a speech may mean, made a warning that says why it may be right."""
    out = []
    _NAMES_SEEN[0] = ""
    for f in findings:
        if f.rule == "repeated-char" and f.severity is ERROR and 0 < f.line <= len(lines):
            _NAMES_SEEN[0] = _NAMES_SEEN[0] or "\n".join(lines)
            why = _doubling_doubt(lines[f.line - 1], f.column - 1, f.text)
            if why:
                f = replace(f, severity=WARNING, message=f"{f.message}？请核对：{why}")
        out.append(f)
    return out


def _doubling_doubt(line: str, start: int, run: str) -> str:
    """Why a doubling may be right ("" when it is sure to be a slip)."""
    if line[start : start + len(run)] != run:
        return "这几个字跨行，可能是转行处的字"
    after = line[start + len(run) : start + len(run) + 1]
    if len(run) >= 4 and len(set(run)) > 1:
        if (said := run[: len(run) // 2]) in _SPOKEN_REPLIES and not _HAN.match(after or " "):
            return f"口语里致谢、应答的话常连说两遍（如“{said}，{said}”），不一定是多打"  # 很好很好！ 辛苦了辛苦了！
        if said in _SPOKEN_ABAB:
            return "口语里有时把动词连说两遍（如“商量商量”），不一定是多打"
        if _HEADING_BEFORE.search(line, 0, start + len(said)):
            return "像是小标题与正文连成了一行：标题末尾的词和正文开头的词相同，不一定是多打"  # 二、关于安全生产安全生产是…
        if said in _EMPHASIS_ABAB or said in _EMPHATIC_ADVERBS or _emphatic_adverb(said) or (
            _tagged(said, "d") and after in ("地", "的")
        ):  # (我们不断不断地…: an adverb said twice, then 地 — the speaker's weight, whatever the adverb)
            return "口语里副词常连说两遍加重语气（如“一定一定”“千万千万”），不一定是多打"  # 大家一定一定要注意安全
        if (_tagged(said, "v") or _tagged(said, "vn")) and (
            line[start - 1 : start] in _TRY_CUES or line.startswith(_TRY_AFTER, start + len(run)) or _pronoun_before(line, start)
        ):  # 我们再调整调整方案, 大家去体验体验, 你们交流交流 — not 要加强加强管理, 要抓好建设建设， (an office's verb, never done "a little")
            return f"口语里动词可以重叠着说（如“研究研究”“调整调整”），“{said}{said}”可能是这种说法，不一定是多打"
        if _tagged(said, "m"):
            return f"口语里数量的说法有时连说两遍（如“一年一年”），“{said}”可能是照录的说法，不一定是多打"
        if _tagged(said, "r*"):
            return f"口语里代词常连说两遍（如“这个这个”“什么什么”），“{said}”可能是照录的说法，不一定是多打"
        if longer := _word_before_abab(line, start, said):
            return f"也可能是“{longer}”和“{said}”两个词相接，不一定是多打"  # 村党组织组织党员: 党组织 | 组织
        if _tagged(said, "n*") and not _HAN.match(after or " ") and _listed_class(line[start - 1 : start] or " ") == "function":
            # 最缺的还是人才人才。 (fp51, a sealed set's false error): a noun that is the whole phrase after a function
            # word (是, 在, 有, 要 …), said twice before a stop for weight — not 坚定理想信念信念。, a noun ending a phrase
            return f"口语里有时把一个名词连说两遍加重语气（如“{said}{said}”），不一定是多打"
        if longer := _word_after_abab(line, start, said):
            return f"也可能是“{said}”和“{longer}”两个词相接，不一定是多打"  # 坚持党的领导领导小组…: 领导 | 领导小组
        return ""  # 坚定理想信念信念, 提高提高: no one does a little of 提高; the second saying is a slip
    ch = run[0]
    if len(run) == 4 and run[:2] in _SPOKEN_REPLIES and not _HAN.match(after or " "):
        return f"口语里致谢、应答、笑声常连说两遍（如“{run[:2]}，{run[:2]}”），不一定是多打"  # 谢谢谢谢！
    if len(run) == 4 and not _HAN.match(after or " ") and _recall(f"pair-common {ch}", lambda: _is_word(_dictionary(), ch * 2, _COMMON)):
        return f"口语里有时把“{run[:2]}”连说两遍（如“{run[:2]}，{run[:2]}”），不一定是多打"  # 列举之后说“等等等等。”
    if len(run) == 2 and ch in _SPOKEN_THRICE and not _HAN.match(after or " ") and not _HAN.match(line[start - 1 : start] or " "):
        return f"口语里应答常把一个字连说两遍（如“{run}，…”），不一定是多打"  # 他说：“好好，大家辛苦了。”
    if len(run) == 3 and ch * 2 in REDUPLICATIONS and (name := _name_then_word(line, start)):
        return f"也可能是人名“{name}”后接“{ch * 2}”，不一定是多打"  # 副书记赵刚刚刚从基层回来
    if len(run) > 2:
        if len(run) > 3 or ch not in _SPOKEN_THRICE or _HAN.match(after or " "):
            return ""  # 的的的, 陪陪妈妈妈, 啊 a hundred times: a character typed again and again, no answer said thrice
        return "口语里有时连说一个字（如“对对对”“好好好”），不一定是多打"
    # 帮孩子们补补课, 洗洗澡: a one-character verb said twice before its object (the verb-object word a verb, its second
    # character a noun), the spoken way of doing it a little — not after 全力, 持续 (全力保保障: an office's verb)
    if _PROCESS_ADVERB.search(line, 0, start) or _DEGREE.search(line, 0, start):
        return ""
    # 用了整整三年, 死死盯住, 缓缓流过 (fp50, the sealed sets' false errors): the pair is a word of the language and neither
    # copy makes a word with its other neighbour, so as written the text reads — a slip would leave one copy alone
    if len(run) == 2 and _word_of_its_own(line, start):
        return f"“{run}”本身是一个词，两个字都不与前后的字成词，不一定是多打"
    if _tagged(ch, "v") and _tagged(after, "n*") and (_tagged(line[start + 1 : start + 3], "v*") or _spoken_object(ch, after)):
        return f"口语里单字动词常说两遍再带宾语（如“补补课”），“{ch}{ch}”可能是这种说法"
    # 跳跳舞, 钓钓鱼, 摸摸底, 飘飘然, 凡此种种 (fp49): the dictionary holds the pair as written inside a word of three or
    # four tagged a verb, a set expression, an idiom, a state or an adverb (its noun-tagged entries 学学习, 工工资 are
    # copies of slips, read as before)
    for said in (line[a : a + n] for n in (3, 4) for a in range(max(0, start + 2 - n), start + 1)):
        if len(said) >= 3 and _HAN_RUN.fullmatch(said) and any(_tagged(said, t) for t in ("v", "l", "i", "z", "d")):
            return f"“{said}”是一个说法，不一定是多打"
    # 政治部干部部负责… (fp51, a sealed set's false error: a body named 干部部): a word of three or four the dictionary
    # holds at least 10 times holds both copies, whatever its tag — its slip copies (学学习 7, 工工资 3, 工作作风 3) are rarer
    if len(run) == 2 and (said := _often_spanning(line, start)):
        return f"“{said}”是一个词，不一定是多打"
    if seam := _seam_reading(line, start):
        return f"也可能是“{seam[0]}”和“{seam[1]}”两个词相接，不一定是多打"
    if name := _name_then_word(line, start):
        return f"也可能是人名“{name}”后接“{line[start + 1 : start + 3]}”，不一定是多打"
    return ""


_TRY_CUES = frozenset("再来去请先让帮给")
# 一定一定, 千万千万 (fp50): the adverbs a speaker says twice for weight — not how a task goes (稳步稳步: test_check36)
_EMPHATIC_ADVERBS = frozenset({"一定", "千万", "永远", "实在", "确实", "绝对", "务必", "真是", "真正", "的确", "始终", "一直"})
# 三、抓好安全生产安全生产是底线 (fp50): a copy that lost its line breaks runs a heading into its paragraph, mid-line; the
# heading (a mark after the last stop, no comma since) ends on the word the paragraph opens with
_HEADING_BEFORE = re.compile(
    r"(?:^|[。！？；：!?;:\s])\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,、]?)"
    r"[^，,。；！？：:!?;\s]{0,38}$"
)
_TRY_AFTER = ("一下", "吧", "啊", "看")


def _word_before_abab(line: str, start: int, half: str) -> str:
    """党组织组织党员 (fp50): a longer word of the language ends in the first saying of the word (党组织), the second
    opens the text after it — two words meeting, not one said twice. The longer word, or ""."""
    if not _HAN.match(line[start + 2 * len(half) : start + 2 * len(half) + 1] or " "):
        return ""  # (坚定理想信念信念。: nothing goes on after the second saying)
    for k in (1,):
        word = line[start - k : start + len(half)] if start >= k else ""
        if _HAN_RUN.fullmatch(word or " ") and _recall(f"long-word {word}", partial(_is_word_of, word)):
            return word
    return ""


# 你们永远永远是母校的牵挂, 他一直一直的心愿 (fp51, the sealed sets' false errors: an adverb said twice): jieba tags the
# word an adverb (d, ad) — a speaker says an adverb of time, degree or certainty twice for weight; not the adverbs of how
# a task goes (稳步稳步推进, 不断不断: _PROCESS_ADVERB's, an office's slip)
def _emphatic_adverb(said: str) -> bool:
    return (_tagged(said, "d") or _tagged(said, "ad")) and not _PROCESS_ADVERB.search(said)


# 我调研调研再说, 你商议商议 (fp51): a pronoun right before the verb said twice is its doer — the spoken way of doing a
# thing a little, as after 再, 去, 请
def _pronoun_before(line: str, start: int) -> bool:
    one, two = line[start - 1 : start], line[max(0, start - 2) : start]
    return bool(_HAN.match(one or " ")) and (_tagged(one, "r") or (len(two) == 2 and _tagged(two, "r")))


_SPAN_OFTEN = 10


def _often_spanning(line: str, start: int) -> str:
    """A word of three or four characters, at least `_SPAN_OFTEN` frequent in jieba's dictionary, that holds both copies
    of the pair at `start` (干部部, 团团转), or ""."""
    pieces = [line[a : a + n] for n in (3, 4) for a in range(max(0, start + 2 - n), start + 1)]
    pieces = [p for p in pieces if len(p) >= 3 and _HAN_RUN.fullmatch(p)]

    # each piece asked and remembered on its own: the frequency is read from jieba's whole dictionary (~5 MB), which a
    # warm check never opens (tests/test_startup51.py)
    return next((p for p in pieces if _recall(f"spanned-often {p}", partial(_frequent, p))), "")


def _frequent(word: str) -> bool:
    return _freq_of(word) >= _SPAN_OFTEN


def _freq_of(word: str) -> int:
    parts = _entry(word)
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else 0


def _word_after_abab(line: str, start: int, half: str) -> str:
    """坚持党的领导领导小组… (fp51): a noun ends its phrase (after 的, or any noun) and the second saying opens a longer
    word of the language (领导小组, 会议室) — two words meeting, the mirror of `_word_before_abab`. Only a noun: a verb's
    first saying has no object then (要提高提高质量 is a slip). The longer word, or ""."""
    if not _tagged(half, "n"):
        return ""
    second = start + len(half)
    for k in (2, 1):
        word = line[second : second + len(half) + k]
        if len(word) == len(half) + k and _HAN_RUN.fullmatch(word) and _recall(f"long-word {word}", partial(_is_word_of, word)):
            return word
    return ""


def _is_word_of(word: str) -> bool:
    return _is_word(_dictionary(), word, 1)


_DEGREE_CHARS = frozenset("最很更太挺较极")
_NAME_TAILS = frozenset("路街巷桥山河湖江港湾园楼")  # 临湖路路域: a road's or a place's name ends in the character
_COMMON_SURNAME_CHARS = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


def _word_of_its_own(line: str, start: int) -> bool:
    """The doubled pair is a word of the language at least 10 frequent (整整, 死死, 缓缓) and no word of two to four
    characters ends at its first copy or opens at its second: only the pair itself joins them."""
    ch = line[start]
    if ch in _SUFFIXES or ch in _FUNCTION_CHARS or ch in _SLIP_PRONE or ch in _DEGREE_CHARS or ch in _NUMERALS:
        return False  # (一一、: a mark's numeral, _mark_numeral_twice's; 全区区直: a level's suffix; 最最诚挚: a degree said twice, fp47's; 的的, 都都: the function words')
    left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]

    def alone() -> bool:
        words = _dictionary()
        return (bool(words) and _is_word(words, ch * 2, 10) and not _ends_word(words, left, 1)
                and not _starts_word(words, right, 1) and not _whole_once(words, line, start))  # fmt: skip

    return _recall(f"word-of-its-own3 {line[max(0, start - 3) : start + 5]}", alone)


# 县委书记王强强调, 市长张明明确要求, 副书记赵刚刚刚从基层回来 (fp49, the way a news item or a host names a speaker):
# a person's given name ends in the character the next word opens with. The name stands after an office (书记, 县长,
# 记者 …) or is written again elsewhere in the text, and the second copy opens a common word (强调, 明确, 刚刚).
_TITLE_BEFORE_NAME = re.compile(
    r"(?:书记|主席|主任|委员|部长|厅长|局长|处长|科长|省长|市长|县长|区长|镇长|乡长|村长|校长|院长|所长|站长|行长|队长|"
    r"组长|社长|馆长|会长|理事长|董事长|经理|厂长|秘书长|支书|代表|教授|院士|专家|老师|教师|医生|记者|通讯员|编辑|同学|学生|"
    r"家长|村民|党员|干部|职工|志愿者|先生|女士|嘉宾)$"
)  # fmt: skip
_NAMES_SEEN: list[str] = [""]


def _name_then_word(line: str, start: int) -> str:
    from drafter.ingest.entities import _SURNAMES as _COMMON_SURNAMES
    from drafter.ingest.entities import SURNAME_CHARS

    ch = line[start]
    word = line[start + 1 : start + 3]
    if len(word) < 2 or not _HAN.match(word[1]) or not _common(word) and word != ch * 2:
        return ""
    for k in (2, 3):
        name = line[start - k + 1 : start + 1] if start >= k - 1 else ""
        if len(name) != k or name[0] not in SURNAME_CHARS or not _HAN_RUN.fullmatch(name):
            continue
        if _common(name) and not _tagged(name, "nr*"):
            continue  # (方面|面临, 高度|度过: a word, not a name, is the seam reading's; 李强 is a name the dictionary lists)
        if _TITLE_BEFORE_NAME.search(line, 0, start - k + 1):
            return name
        if name[0] not in _COMMON_SURNAMES:
            continue
        text = _NAMES_SEEN[0]
        if any(text[m.end() : m.end() + 1] != ch for m in re.finditer(re.escape(name), text)):
            return name  # 王强同志 elsewhere: the name said once with another word after it
    return ""


# 谢谢谢谢, 欢迎欢迎, 好的好的 (fp49): the words a speaker says twice when thanking, welcoming or answering — a host's
# line, a dialogue told in a speech. Content words (信念信念, 提高提高) are no such saying.
_SPOKEN_REPLIES = frozenset({
    "谢谢", "欢迎", "好的", "是的", "对的", "很好", "不错", "没事", "不用", "可以", "加油", "辛苦", "哈哈", "呵呵", "嘿嘿",
    "辛苦了", "谢谢你", "谢谢您", "谢谢大家", "没关系", "不客气", "对不起", "太好了",
})  # fmt: skip


def _spoken_object(ch: str, after: str) -> bool:
    """散散步, 唱唱歌, 跑跑步 (fp49): the verb and its object make a common word the dictionary tags a noun (散步 n, 唱歌
    n), so the verb-object test above misses it; the pair is that verb said twice when the verb is one a speaker says
    twice before its object (_VV_OBJECT; 学学校's 学 too — a warning, not an error: a reader checks which was meant;
    成绩喜喜人 is no such verb)."""
    return ch in _VV_OBJECT and _recall(f"spoken-object {ch}{after}", lambda: _is_word(_dictionary(), ch + after, _COMMON))


# Both readings (fp49, #13): a doubled character is sure to be a slip only when no reading of the language holds it as
# written. Where a common word ends in the first copy and another common word opens with the second (这种|种子, 这项|项目,
# 还要|要求, 访问|问题), the text may be two words meeting — the rules above may still judge it likelier a slip (this
# copy's neighbours, our own text's counts), but a reader must look: a warning that names the two words. The particles
# and the adverbs whose word-final use never meets their word-initial use (的的, 了了, 毫不不, 从而而且) stay with the
# rules above, which know the few boundaries they make (为了|了解, 目的|的确); so do the numerals (统一|一个 and 第一一季度
# are _one_by_one's and _count_slip's).
_NEVER_AT_SEAM = frozenset("的了和与在是不也很又都而或于之并被才")


def _seam_reading(line: str, start: int) -> tuple[str, str] | None:
    """The two common words the pair may join (这种|种子), or None. Each reading must hold on both sides: the first word
    is no tail of a word before it (增强加加快: 强加 would split 增强), the text goes on after the second (访问问题。, 这种
    种子抗旱: a stop, a common word, or a particle; 文化化工作: 化工 leaves 作大), and said once the pair is no single
    word of the language (市政政府 is 市政府, 新学学年 is 新学年: the slip reading is one word, the seam reading two)."""
    ch = line[start]
    if ch in _NEVER_AT_SEAM or ch in _NUMERALS or line[start + 1 : start + 2] != ch:
        return None
    left, right = line[max(0, start - 4) : start + 1], line[start + 1 : start + 8]

    def read() -> tuple[str, str] | None:
        words = _dictionary()
        if not words:
            return None
        at = len(left) - 1  # the first copy's place in `left`
        first = next((left[-k:] for k in (2, 3, 4) if len(left) >= k and _HAN_RUN.fullmatch(left[-k:])
                      and _is_word(words, left[-k:], _COMMON)
                      and not (at - k >= 0 and _is_word(words, left[at - k : at - k + 2], _COMMON))), None)  # fmt: skip
        second = next((right[:k] for k in (2, 3, 4) if len(right) >= k and _HAN_RUN.fullmatch(right[:k])
                       and _is_word(words, right[:k], _COMMON) and _goes_on(words, right[k:])), None)  # fmt: skip
        if not first or not second:
            return None
        once = left + right[1:]
        if any(_is_word(words, once[a : a + n], 1) for n in (3, 4) for a in range(at - n + 2, at) if a >= 0):
            return None  # (市政府, 新学年: a word of three or four holds the characters on both sides of the pair said once)
        return first, second

    key = f"seam-reading2 {left}|{right}"
    if key not in _SEAMS:
        _SEAMS[key] = read()
    return _SEAMS[key]


# After the second word: a stop, a particle or function word, a prefix that qualifies the next word (项目|总投资), or a
# common word of its own.
_GOES_ON_CHARS = frozenset("的地得了着过是在和与及或也都就还又才已被把将要会能可不没很更最等为以从向对给让所之而并其这那各每总全新大小主副本首")


def _goes_on(words: dict[str, str], rest: str) -> bool:
    if not rest or not _HAN.match(rest[0]) or rest[0] in _GOES_ON_CHARS:
        return True
    return any(_is_word(words, rest[:k], _COMMON) for k in (2, 3, 4) if len(rest) >= k)


_SEAMS: dict[str, tuple[str, str] | None] = {}


# A line's findings by its text alone, for a line none of check_lines' neighbourly readings concern (not among the first
# three, which may be a site's listing of the title; not the first line, whose 3、23年 may be a page chunk's; no site
# introduction's line; no hard-wrapped line or one followed by one; no chunk-mark year), in a long-lived process (perf38,
# #18): a paragraph checked again (a draft re-checked after a few edits, a meeting's fixed paragraphs) is not read again.
# A new draft's paragraphs are mostly new to it (88% of 1,661 in 60 bench-like drafts: its alternatives and place words
# differ), so a new draft gains little. The findings are kept with the line number they
# were made for and moved to the line asked about (no rule of a line writes its number anywhere else). A line whose
# rules asked the lexicon of the shipped library (`_recall`) is kept with the lexicon's key and made again once the
# library is another (`_lexicon_files`, looked at again at each command of a resident's worker: `forget_files`); every
# other table these rules read is shipped with drafter's code, read once per process.
_LINES_KEPT: dict[str, tuple[tuple[Finding, ...], int, str | None]] = {}
_LINES_KEPT_MAX = 8192
_LINE_KEPT_CHARS = 2000  # a longer line (a copy's whole page run together) is checked, not kept
_RECALLS = [0]  # questions `_recall` answered, in this process


def _plain_line(line: str, lineno: int) -> list[Finding]:
    kept = _LINES_KEPT.get(line)
    if kept is not None:
        was, made_at, lexicon = kept
        if lexicon is None or _lexicon_files()[1] == lexicon:
            return [f if f.line != made_at else replace(f, line=lineno) for f in was] if was else []
    asked = _RECALLS[0]
    found = _line_rules(line, lineno)
    if len(line) <= _LINE_KEPT_CHARS:
        if len(_LINES_KEPT) >= _LINES_KEPT_MAX:
            _LINES_KEPT.clear()
        lexicon = _lexicon_files()[1] if _RECALLS[0] != asked else None
        _LINES_KEPT[line] = (tuple(found), lineno, lexicon)
    return found


def _line_rules(line: str, lineno: int) -> list[Finding]:
    """check_lines' rules on a line none of its neighbourly readings concern (`_plain_line`), in check_lines' order."""
    findings = check_placeholders(line, lineno) if not _CONTENTS.search(line) and not _site_footer(line) else []
    findings += check_repeated(line, lineno)
    if not _collection_header(line):
        findings += check_doubled_words(line, lineno)
    said = {f.column for f in findings if f.rule == "repeated-char" and f.severity is ERROR}
    series = [f for f in _longer_in_series(line, lineno) if f.column not in said and f.column - 1 not in said]
    if series:  # (统一思想想、坚定信心: the series reading is sure where the pair's own reading only asked — fp51)
        sure = {f.column for f in series} | {f.column - 1 for f in series}
        findings = [f for f in findings if not (f.rule == "repeated-char" and f.column in sure)]
    findings += series
    findings += check_halfwidth(line, lineno)
    findings += check_dates(line, lineno)
    findings += check_conflict_marks(line, lineno)
    return findings


# 把党建工 / 作作为国有企业工作的重要 (#13, batch 56 p26): a copy hard-wrapped at the page's width breaks words, so a
# line that continues the one before opens mid-word (工作 | 作为 is two words, not 作 typed twice) and a character typed
# twice may straddle the break (推进工 / 工作). Such a line is read with the last characters of the line before it and
# the first of the line after it; a pair is reported on the line where it begins.
_ACROSS = 4


def _repeated_across(lines: Sequence[str], lineno: int, wrapped: frozenset[int]) -> list[Finding]:
    line = lines[lineno - 1]
    body = line.lstrip()
    indent = len(line) - len(body)
    left = lines[lineno - 2].rstrip()[-_ACROSS:] if lineno in wrapped and lineno >= 2 else ""
    right = lines[lineno].lstrip()[:_ACROSS] if lineno + 1 in wrapped and lineno < len(lines) else ""
    body = body.rstrip()
    out = []
    for f in check_repeated(left + body + right, lineno):
        start = f.column - 1 - len(left)
        if 0 <= start < len(body):
            out.append(replace(f, column=indent + start + 1))
    return out


# 乌镇镇 (#13, batch 55 p35): a town whose name ends in the character of its own suffix (乌镇 is 乌镇镇) — a name the page
# writes the same way again, standing alone at least once (发布机构: 乌镇镇), where a slip is made once, inside a sentence.
_NAME_SUFFIXES = frozenset("省市县区镇乡村")


def _names_spelled_so(findings: list[Finding], lines: Sequence[str]) -> list[Finding]:
    doubled = [f for f in findings if f.rule == "repeated-char" and len(f.text) == 2 and f.text[0] in _NAME_SUFFIXES
               and f.text[0] == f.text[1]]  # fmt: skip
    if not doubled:
        return findings
    text = "\n".join(lines)
    dropped = set()
    for f in doubled:
        line = lines[f.line - 1]
        name = line[max(0, f.column - 2) : f.column + 1]
        if len(name) < 3 or not _HAN_RUN.fullmatch(name):
            continue
        spots = [m.end() for m in re.finditer(re.escape(name), text)]
        if len(spots) >= 2 and any(not _HAN.match(text[end : end + 1] or " ") for end in spots):
            dropped.add(id(f))
    return [f for f in findings if id(f) not in dropped]


# 动员上下统一思想想、坚定信心、攻坚克难 (#13, batch 52 p08): one item of a series of phrases of one length is a
# character longer, its last character said twice (想想 is a word, so the doubled-character rules pass it). Parallel
# items (四字格) keep one length; a reduplication that is meant (多想想、多看看) keeps it too.
_CLAUSE_SPLIT = re.compile(r"[，,。；;！？!?：:（）()“”\s]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# An item ends where its clause or its 、-piece ends: so a finding's pair stands right before a clause's stop, a 、 or
# the line's end (44 of 2,966 lines of 100 new drafts; 632 hold a pair somewhere, #18 perf39).
_DOUBLED_AT_END = re.compile(r"([\u4e00-\u9fff])\1(?=" + _CLAUSE_SPLIT.pattern + r"|、|\Z)")


def _longer_in_series(line: str, lineno: int) -> list[Finding]:
    if not _DOUBLED_AT_END.search(line):
        return []  # each finding is an item of Han characters whose last is said twice, at the item's end (#18)
    clauses, start = [], 0
    for m in [*_CLAUSE_SPLIT.finditer(line), None]:
        end = m.start() if m else len(line)
        clauses.append((start, line[start:end], line[end : end + 1]))
        start = end + 1
    # (where the item starts, the item, the items beside it, whether it was cut from a longer clause)
    spots: list[tuple[int, str, list[str], bool]] = []
    for i, (at, clause, sep) in enumerate(clauses):
        items = clause.split("、")
        if len(items) >= 3 and i == len(clauses) - 1 and not sep:
            items = items[:-1]  # …统一思想想、坚定信心、攻坚 / 克难…: a hard-wrapped copy cut the last item
        if len(items) >= 2:  # 统一思想想、坚定信心、攻坚克难: the first item may carry the clause's words before it
            offsets = [at + sum(len(x) + 1 for x in items[:k]) for k in range(len(items))]
            for k, item in enumerate(items):
                others = [x for j, x in enumerate(items) if j not in (0, k)] or ([items[1]] if k == 0 else [])
                if others:
                    tail = item[-(len(others[0]) + 1) :] if k == 0 else item
                    spots.append((offsets[k] + len(item) - len(tail), tail, others, tail != item))
            continue
        # 统一思想想，坚定信心，攻坚克难: clauses of one length; the first may carry the sentence's words before it
        after = [clauses[j][1] for j in (i + 1, i + 2) if j < len(clauses) and clauses[j - 1][2] in "，,"]
        before = clauses[i - 1][1] if i and clauses[i - 1][2] in "，," else ""
        if len(after) == 2 and (sep in "，,") and "、" not in "".join(after):
            tail = clause[-(len(after[0]) + 1) :]
            spots.append((at + len(clause) - len(tail), tail, after, tail != clause))
        elif before and len(after) >= 1 and sep in "，,":
            spots.append((at, clause, [before, after[0]], False))
    findings = []
    for pos, item, others, cut in spots:
        n = len(others[0])
        if n < 3 or any(len(x) != n for x in others) or len(item) != n + 1 or not _HAN_ONLY.fullmatch(item):
            continue
        if item[-1] != item[-2] or item[-3] == item[-1] or not all(_HAN_ONLY.fullmatch(x) for x in others):
            continue
        if item[-4] == item[-3]:
            continue  # 对护士兢兢业业、任劳任怨的付出: an AABB word (兢兢业业) as long as the others, the word before it read in
        if any(x[-1] == x[-2] for x in others):
            continue  # 多想想、多看看、多问问: the series says each item's last character twice
        if item[-2:] in KIN_DOUBLED:
            continue  # 叔叔阿姨、爷爷奶奶、哥哥和嫂嫂: a kinship word the child's way is one word, not a syllable said twice
        if cut and not _words_throughout(item[:-1]):
            continue  # 希望大家今后多来走走、多提意见: 多来走走 is the item (as long as 多提意见), 后 the clause's word before it
        c = item[-1]
        findings.append(Finding(
            "repeated-char", ERROR, f"“{c}{c}”中的“{c}”字重复（多了一个）：这一项比并列的其他几项多出一个字",
            lineno, pos + len(item) - 1, c + c, f"改为“{c}”",
        ))  # fmt: skip
    unique: dict[int, Finding] = {}
    for f in findings:
        unique.setdefault(f.column, f)  # (a series read both ways, 、 and ， around it: one finding)
    return list(unique.values())


# XX县…XX同志…XX镇 throughout a page copied from the web (#13, session 34): a page that masks its names on purpose, the
# same way three times or more and one of them at least a name (a place, a person, a unit), is no draft whose writer
# forgot to fill them in. Each mask is still shown, as a warning; a lone XX in a speech that names itself stays an error.
_MASK_FAMILIES = (("某", "某"), ("x", "XxＸｘ×"), ("*", "*＊☆★"), ("#", "#＃"), (".", ".。…"))
_NAMED_AFTER = re.compile(r"(?:同志|[省市县区镇乡村街局校院所厂]|书记|主任|[县市区镇乡校局院行]长|中学|小学|公司|集团|单位|部门)")
_PAGE_MASKS = 3


def _mask_family(text: str) -> str:
    return next((key for key, chars in _MASK_FAMILIES if any(c in text for c in chars)), "")


def _page_masks(findings: list[Finding], lines: Sequence[str]) -> list[Finding]:
    masks = [f for f in findings if f.rule == "placeholder" and f.severity == ERROR and not f.text.startswith(("【", "〔"))]
    if len(masks) < _PAGE_MASKS:
        return findings
    families: dict[str, list[Finding]] = {}
    for f in masks:
        families.setdefault(_mask_family(f.text), []).append(f)
    softened: dict[int, Finding] = {}
    for key, group in families.items():
        if not key or len(group) < _PAGE_MASKS:
            continue
        named = [f for f in group if key == "某" or f.text.endswith("同志")
                 or _NAMED_AFTER.match(lines[f.line - 1], f.column - 1 + len(f.text))]  # fmt: skip
        if not named:
            continue
        for f in group:
            softened[id(f)] = replace(
                f, severity=WARNING,
                message=f"“{f.text}”：全文 {len(group)} 处用同样的记号隐去名字或数字，像是有意隐去的（网页上的讲话常这样）",
                suggestion="如是要用的稿子，填入实际内容",
            )  # fmt: skip
    return [softened.get(id(f), f) for f in findings]


# 在建校x周年庆祝大会上的致辞 / ……下面是小编精心整理的在建校x周年庆祝大会上的致辞，希望对大家有所帮助。: a site's
# introduction, and the title lines above it that it names, are the site's category (its x is the site's, the speech
# says 八十周年): no placeholder there.
_SITE_INTRO_HINT = re.compile(r"小编|整理|有所帮助|供大家参考|以供参考")


def _site_lines(lines: Sequence[str]) -> frozenset[int]:
    for k, line in enumerate(lines[:8]):
        if not _SITE_INTRO_HINT.search(line):
            continue
        from drafter.ingest.debris import debris_reason

        if debris_reason(line.strip()) != "网站导语或版权说明":
            continue
        named = {n for n in range(1, k + 1) if (t := lines[n - 1].strip()) and len(t) >= 6 and t in line}
        return frozenset({k + 1, *named})
    return frozenset()


# 下面是小编为大家整理的在全县…会议上讲话，供大家参考。同志们：…XX县非煤矿山点多面广… (#13, batch 50 p01): a page
# that runs the site's introduction and the whole speech into one line. Only the introduction's sentences are the
# site's; the speech after them is checked (a placeholder the writer left there is the writer's).
_SENTENCE_END = re.compile(r"[。！？!?]")


def _intro_run_on(line: str) -> int:
    """The column after the site introduction's last sentence when the speech runs on after it on the same line, else 0."""
    hint = _SITE_INTRO_HINT.search(line)
    if hint is None:
        return 0
    end = _SENTENCE_END.search(line, hint.end())
    while end is not None:
        following = _SENTENCE_END.search(line, end.end())
        stop = following.end() if following else len(line)
        if not (_SITE_INTRO_HINT.search(line, end.end(), stop) and stop - end.end() <= 40):
            break  # 希望对大家有所帮助。 after 下面是小编整理的…。: the introduction's second sentence
        end = following
    if end is None or len(_NOT_HAN.sub("", line[end.end() :])) < 20:
        return 0
    return end.end()


# 国产精品在线播放|日韩高清视频专区|…|人人人人人免费在线 over a copied speech: the keywords a hijacked page was planted
# with (ingest drops the line as 垃圾广告), no writer's words — its 人人人人人 and 久久久久久 are no slip of anyone's keyboard.
# Only a line with three such words and no sentence in it is read by ingest's rule (importing ingest costs a second).
_SPAM_HINT = re.compile(r"国产|日韩|欧美|亚洲|久久|无码|成人|在线|视频|投注|博彩|彩票")


def _spam_line(line: str) -> bool:
    if re.search(r"[。！？]", line) or len(set(_SPAM_HINT.findall(line))) < 3:
        return False
    if _keyword_list(line):
        return True
    from drafter.ingest.debris import debris_reason

    return debris_reason(line.strip()) == "垃圾广告"


# 国产高清专区-国产高清综合-国产高清综合久久久-…-夜夜更新 (#13, batch 62 p24; our fixture's): the same planted keywords strung with
# dashes or bars, one stem said again and again, fewer distinct spam words than ingest asks for. A line of short items,
# every one of them without a sentence's punctuation and most of them spam words, is the hijacker's list (a speech's
# line of headings, 一、…—二、…, has no spam words; a site's menu 首页-新闻-图片 has none either).
_KEYWORD_SEP = re.compile(r"\s*[-—_|｜/]+\s*")
_SPAM_STEM = re.compile(r"国产|日韩|欧美|亚洲|久久|无码|成人|日日|夜夜")
_ADULT_STEM = re.compile(r"国产|日韩|欧美|无码|成人")


def _keyword_list(line: str) -> bool:
    """(久久为功—日日精进—夜夜值守 is a line of slogans: two items at least carry an adult site's stem)"""
    items = [i for i in _KEYWORD_SEP.split(line.strip()) if i]
    if len(items) < 4 or any(len(i) > 14 or re.search(r"[，,；;：:]", i) for i in items):
        return False
    if sum(1 for i in items if _ADULT_STEM.search(i)) < 2:
        return False
    return sum(1 for i in items if _SPAM_STEM.search(i)) * 3 >= len(items) * 2


# A year's form (08年, 二oo六年) in a speech whose newest year is this long ago: an old speech read to reuse, where the
# year will be replaced anyway; a reviewer then would have fixed it, a user today is only told (a warning).
_OLD_SPEECH_YEARS = 10
_YEAR_FORM = ("写成了两位数", "应写作“〇”")
# (a year the text says, 2006年 or 2006—2010年; not a page's stamp 2024-08-10 under the title)
_FULL_YEAR = re.compile(r"(?<![\d.])(19[4-9]\d|20\d\d)(?=年|[—–\-~至到]\d{2,4}年)")
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "0": 0, "０": 0, "O": 0, "o": 0, "Ｏ": 0}


def _newest_year(lines: Sequence[str], findings: Sequence[Finding]) -> int:
    dated = [line for line in lines if "年" in line]  # both patterns need it: most lines hold none (#18)
    years = [int(m.group(1)) for line in dated for m in _FULL_YEAR.finditer(line)]
    years += [int("".join(str(_HAN_DIGITS[c]) for c in m.group(1))) for line in dated for m in _HAN_YEAR.finditer(line)]
    years += [int(_century(y) + y) for f in findings if f.rule == "date-format" and (y := f.text[:2]).isdigit() and f.text[2:3] == "年"]
    return max(years, default=0)


def _soften_old_years(findings: list[Finding], lines: Sequence[str]) -> list[Finding]:
    """A year written short or with 0 for 〇 is a warning in a speech that names no year of the last ten."""
    forms = [f for f in findings if f.rule == "date-format" and f.severity == ERROR and any(w in f.message for w in _YEAR_FORM)]
    if not forms:
        return findings
    import time

    newest = _newest_year(lines, findings)
    if not newest or newest > time.localtime().tm_year - _OLD_SPEECH_YEARS:
        return findings
    note = f"（正文最近的年份是{newest}年，像是旧稿：复用时年份要换成今年的，这里只提醒）"
    soft = {id(f) for f in forms}
    return [replace(f, severity=WARNING, message=f.message + note) if id(f) in soft else f for f in findings]


# XX镇2023年政府工作报告汇编(35篇)目录1.…: a collection page's list of contents, its XX the site's "any town"
# 版权所有：某某县人民政府办公室 备案号：…ICP备XXXXXXXX号 网站标识码：XXXXXXXXXX under a saved page's speech: the site's footer,
# its X's the site's own masking (or a template's), no writer's placeholder; ingest drops the line as the page's footer.
# Only a line naming a footer's words is asked of ingest's rule (importing ingest costs a second).
_FOOTER_HINT = re.compile(r"版权所有|备案号|ICP备|网站标识码|公网安备|主办单位|承办单位|技术支持|网站地图")


def _site_footer(line: str) -> bool:
    if not _FOOTER_HINT.search(line):
        return False
    from drafter.ingest.debris import debris_reason

    return debris_reason(line.strip()) in ("网页页脚", "网站导语或版权说明")


_CONTENTS = re.compile(r"(?:汇编|合集|大全|精选)\s*[（(]\d{1,3}篇[）)]\s*目录|目录\s*1[.．、]\s*\S")
# 微党课党课比赛领导（共6篇） / 1.微党课党课比赛领导 篇一: a collection site's own header, its keywords run together
# (党课党课) by the site, no words of a speech.
_COLLECTION_HEADER = re.compile(r"[（(]共\s*\d{1,3}\s*篇[）)]|\s篇[一二三四五六七八九十\d]{1,3}\s*$")


def _collection_header(line: str) -> bool:
    """`_COLLECTION_HEADER` in `line`, which then names 篇 (one branch opens on \\s, which gives the engine no first
    character to skip to: the pattern was tried at every position of every line, #18)."""
    return "篇" in line and _COLLECTION_HEADER.search(line) is not None


# …33.长安镇20 / 3、23年政府工作报告: a document-sharing page's chunk mark cutting a year in two
_CHUNK_YEAR = re.compile(r"^\s*\d{1,3}、\s*(?=\d{2}年)")


def _split_year(lines: Sequence[str], lineno: int) -> int | None:
    """The column of 23年 on a page chunk's first line when the chunk before ends in 20 (the year 2023 cut in two)."""
    m = _CHUNK_YEAR.match(lines[lineno - 1])
    if not m:
        return None
    before = next((b.rstrip() for b in reversed(lines[: lineno - 1]) if b.strip()), "")
    return m.end() + 1 if re.search(r"(?<!\d)(?:19|20)$", before) else None


def _listing_of_next_title(lines: Sequence[str], lineno: int) -> bool:
    """免费2024组织部长在…上的讲话(24年12月) above 组织部长在…上的讲话: a site's listing of the title with its own
    tags, not the speech's words (its short date is the site's)."""
    if lineno > 3:
        return False
    following = next((n.strip() for n in lines[lineno:] if n.strip()), "")
    line = lines[lineno - 1].strip()
    return len(following) >= 8 and following in line and len(line) > len(following)


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
# 下面，请各乡镇主要负责同志依次表态。 twice in a row (#13, the shape of batch 77's planted f07): a short paragraph said
# again as the very next paragraph is pasted twice, as a long one anywhere is; a speech never repeats a sentence of eight
# characters or more as its own paragraph (a title repeated above the text has no stop: not read).
_ADJACENT_MIN = 8


def check_repeated_paragraphs(lines: Sequence[str]) -> list[Finding]:
    """A paragraph of running text pasted twice (headings and titles repeated by web pages are not text)."""
    seen: dict[str, int] = {}
    openings: dict[str, str] = {}
    findings = []
    last, last_line = "", 0  # the paragraph before (blank lines skipped) and its line
    for lineno, line in enumerate(lines, start=1):
        key = _NOT_HAN.sub("", line)
        before, before_line = last, last_line
        if key or line.strip():
            last, last_line = key, lineno
        if len(key) < 20 and (len(key) < _ADJACENT_MIN or key != before or not _SENTENCE_END.search(line)):
            continue  # (a short paragraph is a slip only right after its twin: 下面，请…表态。 said again)
        if not re.search(r"[。！？]", line):
            continue
        twin = seen.get(key) or _near_twin(key, openings.get(key[:_OPENING]), seen) or (before_line if key == before else 0)
        if twin:
            findings.append(Finding(
                "repeated-paragraph", ERROR, f"这一段与第 {twin} 行的段落重复", lineno,
                len(line) - len(line.lstrip()) + 1, line.strip()[:20], "删去重复的一段",
            ))  # fmt: skip
        else:
            seen[key] = lineno
            openings.setdefault(key[:_OPENING], key)
    return findings + _repeated_sentences(lines, {f.line for f in findings})


# …切实把责任扛在肩上。要严格落实…纳入年度综合考核。 where that second sentence stood in the paragraph before (#13,
# check46's own flawed speeches): a long sentence pasted a second time inside another paragraph, which the paragraph rule
# above does not see. A speech says a sentence of thirty characters once; a slogan or a heading said again is shorter.
_SENTENCE_MIN = 30
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")


def _repeated_sentences(lines: Sequence[str], told: set[int]) -> list[Finding]:
    seen: dict[str, int] = {}
    findings = []
    for lineno, line in enumerate(lines, start=1):
        if lineno in told or lineno <= 3 or "。" not in line:
            continue  # (a saved page's first lines repeat its title and summary above the text: the site's, no slip)
        for m in _SENTENCE.finditer(line):
            key = _NOT_HAN.sub("", m.group(0))
            if len(key) < _SENTENCE_MIN:
                continue
            if key in seen:
                start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                findings.append(Finding(
                    "repeated-paragraph", WARNING, f"这一句与第 {seen[key]} 行的一句重复", lineno, start + 1,
                    m.group(0).strip()[:20], "删去重复的一句",
                ))  # fmt: skip
            else:
                seen.setdefault(key, lineno)
    return findings


def _words_throughout(phrase: str) -> bool:
    """统一思想: the phrase is two-character words of the language end to end (后多来走 is not: 后多 is no word)."""
    pairs = [phrase[k : k + 2] for k in range(0, len(phrase) - 1, 2)]
    return bool(pairs) and len(phrase) % 2 == 0 and all(_fair_word(pair) for pair in pairs)


# 3、23年政府工作报告 34.朱寨镇2023年政府工作报告… opening a copy: a document-sharing page's chunk counter (2、 and on;
# the chunks before it were not copied) and the tail of a year the chunk before cut (20|23年), not a two-digit year.
_CUT_CHUNK_YEAR = re.compile(r"\s*(?:[2-9]|[1-9]\d)、(?P<year>\d{2})年")


# 团代会以来，全区各级团组织…带领全区广大团员青年… pasted again with 全区 changed to 全县: the same long paragraph with a word
# or two changed is pasted twice all the same (the changed word is a slip of its own). Parallel paragraphs of a speech
# differ in far more than a few characters.
_OPENING = 12
_NEAR_MIN = 60
_NEAR_DIFF = 4


def _near_twin(key: str, earlier: str | None, seen: dict[str, int]) -> int:
    """The line of an earlier long paragraph that opens alike and differs from `key` in a few characters at one place."""
    if earlier is None or len(key) < _NEAR_MIN or abs(len(key) - len(earlier)) > _NEAR_DIFF:
        return 0
    head = next((i for i, (a, b) in enumerate(zip(key, earlier, strict=False)) if a != b), min(len(key), len(earlier)))
    tail = next((i for i, (a, b) in enumerate(zip(reversed(key), reversed(earlier), strict=False)) if a != b), min(len(key), len(earlier)))
    return seen[earlier] if head + tail >= max(len(key), len(earlier)) - _NEAR_DIFF else 0


def check_conflict_marks(line: str, lineno: int) -> list[Finding]:
    """【原稿】/【新稿】 blocks that drafter update left where a hand edit clashed."""
    if "【" not in line:
        return []  # every mark opens with 【 (checked by a test); merge itself is not needed to check
    from drafter.merge import CONFLICT_MARKS

    for mark in CONFLICT_MARKS:
        col = line.find(mark)
        if col >= 0:
            return [Finding(
                "conflict", ERROR, "drafter update 留下的修改冲突尚未处理", lineno, col + 1, mark,
                "在【原稿】和【新稿】中保留一种写法，删去其余文字和全部【】标记",
            )]  # fmt: skip
    return []


_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:\d{2})?[XxＸｘ×]{2,}(?![A-Za-z])(?:同志)?"
    r"|某某(?:同志)?|【(?:待|此处|填|补|TODO)[^】]{0,12}】|〔待补[^〕]{0,40}〕|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|□{2,}|〇〇"
    # 常务副市长...同志宣读表彰决定 / 市长....同志讲话: dots where the name belongs (not ……同志们, an ellipsis)
    r"|(?<=[\u4e00-\u9fff])(?:\.{2,}|。{2,}|…{1,2})(?=同志(?!们))"
    # 确保○月○日前完工 / ○○同志 (#13, check46): circles where a figure or a name belongs; not ○ among Chinese numerals
    # (一九九○年, 二○二六年), a list's ○ opening a line, nor a circle before anything a figure or name is not
    r"|(?<![〇○零一二三四五六七八九十百A-Za-z0-9\s])○{1,3}(?=[个年月日号省县市镇乡区村书局长同万亿元名人家户项次])"
    # 不得截留挪用（具体数字待补） / （此处填写…）: the writer's note to himself, left in the text
    r"|[（(][^（）()]{0,12}?(?:待补|待填|待核实|待确认|此处填写|此处补充|请填写|请补充)[^（）()]{0,12}[）)]"
    # 县水利局___同志通报了 / ＿＿个乡镇 / 请（    ）同志发言 / 【姓名】 (check46): a blank to fill — underscores next to
    # the text, brackets holding only spaces, or a field's name in square brackets
    r"|(?<=[\u4e00-\u9fff])[_＿]{2,}|[_＿]{2,}(?=[\u4e00-\u9fff])"
    r"|[（(][ \u3000]{2,}[）)]|[（(]\u3000[）)]"
    r"|[【\[](?:姓名|名字|人名|单位|单位名称|日期|时间|地点|地名|数字|数据|职务|会议名称|具体内容|内容)[】\]]"
)


# One or two mask characters where a number, a year or a name belongs: ×个贫困村, 20*年, *镇**年, x书记, X县
# (two or more X are _PLACEHOLDER's). A Markdown **bold** pair is no mask, nor 3×5 or a Latin word's x.
_MASK = re.compile(
    # (对☆县充满深情, ☆市全面落实…: a star for the name, as a site masks it)
    # (##县, ＃＃镇: the number signs a writer's template leaves for the name; ## 篇一 is a Markdown heading, spaced, and
    # 标签: #乡镇 a site's tag, one sign)
    r"(?:(?<![A-Za-z0-9*＊])(?:\d{2,3})?[*＊×xXＸｘ☆★]{1,2}(?![A-Za-z0-9*＊×xXＸｘ☆★])|(?<![A-Za-z0-9#＃])[#＃]{2,3}(?![A-Za-z0-9#＃]))"
    # (X 省委、X 市委和 X 区党工委 / X 同志: text taken out of a PDF spaces a Latin X off from the word it masks)
    r"(?:(?<=[xXＸｘ])\s(?=[省市县区镇乡街村同]))?"
    r"(?=[个年月日号省县市镇乡区村街书局长主任同志万亿元名人家户项次处所届期条座公里亩吨%％]|周年)"
)
_BOLD = re.compile(r"\*\*[^*\n]+\*\*")


def _masks(line: str) -> list[re.Match[str]]:
    if "*" in line and _BOLD.search(line):
        line = _BOLD.sub(lambda m: m.group(0) if _two_masks(line, m) else "·" * len(m.group(0)), line)  # keep columns
    return list(_MASK.finditer(line))


def _two_masks(line: str, bold: re.Match[str]) -> bool:
    """**县大力推进……，**县正处于…: two masked names on one line, not a **bold** pair — each pair of stars is a mask
    where it stands (before 县, 年, 同志 …; **一、…** is bold: 一 is no masked word)."""
    return bool(_MASK.match(line, bold.start()) and _MASK.match(line, bold.end() - 2))


# A character every placeholder and mask holds: a line without one is not searched (the patterns above start with
# look-behinds, so the engine tries each of them at every position: ~0.5 M instructions a line of a draft, #18).
_PLACEHOLDER_CHARS = re.compile(r"[XxＸｘ×某【〔TF□〇○*＊☆★#＃…待填补_＿\[]|\.\.|。。|[（(][ \u3000]")


_AMOUNT_AFTER = re.compile(r"\s*(?:多|余)?(?:元|万|亿|个|人|名|户|家|亩|吨|公里|米|%|％)")


def check_placeholders(line: str, lineno: int) -> list[Finding]:
    """XX, ××, 20xx, 某某, 【待补】, 〔待补：…〕 (draft --gaps), TODO, ×个 / 20*年 / x书记 left in the text."""
    if not _PLACEHOLDER_CHARS.search(line):
        return []
    findings = []
    taken = [m.span() for m in _PLACEHOLDER.finditer(line)]
    masks = [m for m in _masks(line) if not any(a <= m.start() < b for a, b in taken)]
    for m in sorted([*_PLACEHOLDER.finditer(line), *masks], key=lambda m: m.start()):
        text = m.group(0).rstrip()
        if text.endswith("同志"):
            what, fix = f"占位符“{text}”：讲话人或报告人姓名未填", "填入实际姓名"
        elif re.match(r"\d{2,3}[*＊Xx×]", text) and _AMOUNT_AFTER.match(line, m.end()):
            # 每户20xx元 (#13, batch 62 p22): a sum of money masked after its first digits, not a year
            what, fix = f"数字占位符“{text}”未填", "填入实际数字"
        elif re.match(r"\d{2,3}[*＊Xx×]", text):
            what, fix = f"年份占位符“{text}”未填", "填入实际年份，如 2025"
        else:
            what, fix = f"占位符“{text}”未替换", "填入实际内容或删除"
        findings.append(Finding("placeholder", ERROR, what, lineno, m.start() + 1, text, fix))
    return findings


# Doubled function words that are errors (的的, 了了 …) unless part of a real word.
_FUNCTION_CHARS = set("的了和与在是")
# Real reduplications and words that put the same character twice in a row.
# A one-character verb said twice, the spoken way of doing it a little (请大家多提提意见, 到企业转转, 和群众聊聊): a
# 座谈会's, a school's or a town's speech says it often, and no office writes 提提 for 提 by mistake before 意见 or at a
# clause's end. Not where the verb and the next character make a word (学学校, 提提高, 转转变: the word's first character
# typed twice), which the rules below judge as before.
_VERB_REDUPLICATIONS = frozenset((
    "提提", "转转", "聊聊", "问问", "查查", "算算", "讲讲", "学学", "练练", "理理", "捋捋", "晒晒", "找找", "帮帮", "管管",
    "动动", "跑跑", "逛逛", "唠唠", "歇歇", "摸摸", "评评", "访访", "坐坐", "串串",
))
REDUPLICATIONS = frozenset(
    ["常常", "人人", "看看", "谢谢", "天天", "家家", "户户", "层层", "处处", "事事", "时时", "刻刻", "年年", "月月", "日日", "个个", "样样", "件件", "步步", "条条", "项项", "点点", "滴滴", "默默", "渐渐", "紧紧", "牢牢", "切切", "实实", "深深", "久久", "多多", "大大", "好好", "慢慢", "稳稳", "扎扎", "踏踏", "轰轰", "烈烈", "兢兢", "业业", "勤勤", "恳恳", "方方", "面面", "上上", "下下", "来来", "往往", "世世", "代代", "子子", "孙孙", "形形", "色色", "种种", "累累", "赫赫", "熊熊", "蒸蒸", "欣欣", "生生", "息息", "堂堂", "正正", "井井", "明明", "白白", "清清", "楚楚", "干干", "净净", "平平", "安安", "高高", "兴兴", "快快", "乐乐", "妈妈", "爸爸", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷", "奶奶", "宝宝", "星星", "想想", "说说", "听听", "试试", "走走", "谈谈", "议议", "比比", "统统", "通通", "纷纷", "频频", "屡屡", "仅仅", "刚刚", "恰恰", "偏偏", "区区", "隐隐", "往往", "源源", "芸芸", "孜孜", "谆谆", "拳拳", "殷殷", "济济", "郁郁", "匆匆", "悄悄", "轻轻", "常常"]
)
# Contexts where a doubled function word is correct: 的的确确, 为了了解, 和和谐, 实实在在 …
_DOUBLE_OK = re.compile(
    r"的的确|目的的|有的的|了了之|了了[解结却断]|了了不[起得]|了了如指掌|为了了|除了了|到了了|和和[谐平睦美善气]|参与与(?![每各这那本])|给与与|"
    r"[存实现正所内外自]在在|求是是|是是非非|(.)\1(.)\2"
    # 你们是我们最最可爱的孩子 (fp47, a school's and a kindergarten's speeches): 最 said twice for warmth, before the
    # words of affection that register says it with (最最可爱, 最最亲爱); before any other word the pair is read as before
    r"|最最(?:亲爱|可爱|敬爱|美丽|难忘|幸福|温暖|珍贵|美好|喜欢)"
    # 不是一般性的问题，而是是不是讲政治的大问题 (fp47, batch 77 p11): a word ending in 是, then the question 是不是 (是否)
    r"|[而就还也都总正但可于凡只要算像又即便倒更乃]是是(?:不是|否)"
    # 问题的关键是是否…, 检验的标准是是否… (fp49): the copula after its subject, then the question 是否 it asks
    r"|(?<=[\u4e00-\u9fff])是是否"
)


_NUMERALS = frozenset("一二三四五六七八九十")

# Adverbs, prepositions and modals a speech never says twice (都都, 不不, 于于, 可可 in 密不可可分, 严严 in 严严峻),
# each with the characters before it that end a word in it, so that the pair is a word boundary (首都|都市, 认可|可以,
# 从严|严格, 重要|要素, 面对|对手, 作为|为民): a proofreader reads 可可 or 严严 as a slip even though the pair is a word
# elsewhere (可可西里, 捂得严严的).
_SLIP_PRONE: dict[str, str] = {
    "都": "首京成古建国定迁", "也": "", "就": "成造迁将早", "又": "", "还": "归偿生返退交奉讨送", "才": "人天英刚方口干奇秀专贤",
    "已": "早业而不", "很": "", "并": "合兼吞", "不": "", "被": "棉", "从": "服顺随自无侍", "于": "", "而": "", "或": "",
    "之": "", "将": "即必终行老大主干", "可": "认许宁尚即两", "严": "从尊庄威森戒谨得", "各": "", "均": "平", "该": "应活",
    "使": "大迫促致即假行驱天出纵", "让": "转出礼谦退忍", "及": "以涉普危波顾提论触企遍", "要": "重主需必纲首只紧扼提摘概政显想",
    "对": "面针相绝反应核比一校派配查作", "以": "可所难予加得足用借赖据是何给藉无聊", "向": "方导走面趋指动意倾转去志内外双一取风流航",
    "为": "作成认行因以称视变较极更尤最大广难有无人营化转改分列评定选誉划确均皆实即乃仅多深颇甚", "由": "理自经缘事来", "有": "所具拥没享占含持特固富只唯还都既现原应共私国公稀罕少独专兼",
    # 高枕无无忧: 无 ends a word only after these (有无|无人机, 毫无|无…)
    "无": "有虚毫全并绝别空一若南从尚既决独皆渺",
}  # fmt: skip
_SLIP_WORDS = re.compile(
    r"可可(?:西里|托海|豆|粉|脂|油|树|果|茶)|有有(?=[利效力序关机为益望些所限偿意])"
    r"|被被(?=审计|告|执行|考核|检查|巡察|巡视|监督|帮扶|评估|调查|监护|保险|征收|申请|访|表彰|救助|资助)"  # 均被|被审计单位
)
# A degree adverb right before a doubled character (相当严严峻, 高度重重视, 十分认认真): the pair is the next word's first
# character typed twice, unless it is a reduplication of its own (十分常常).
# 十分分严峻, 非常常重要: the adverb's last character typed twice. The pair is a word boundary when the next character
# makes a word with it (十分|分散, 非常|常态化, 更加|加快, 相当|当前), listed here after each adverb.
_ADVERB_TAIL = {
    "十分": "析类工解别配批层级布散享管期开流担钟秒明化割红辨歧量内外数子支队会局行院校设步片区头", "非常": "态规委务住见年识用驻熟",
    "相当": "前地下年时天事家作成选场即面今务然初", "更加": "快强大速紧以入工油上班深重剧码固", "特别": "人的处具样致",
    "尤其": "他中次实余后间它", "极其": "他中次实余后间它", "格外": "地资贸出来部面籍围事商向形观界",
}  # fmt: skip
# (表示最热热烈的欢迎: 最 and 很 qualify the next word as the others do; no word ends in them)
_DEGREE = re.compile(r"(?:十分|非常|相当|极其|极为|特别|高度|更加|尤其|格外|越发|愈加|进一步|充分|切实|认真|最|很)$")
# 新旧动能转换持续加加快 / 要不断提提高 / 全力保保障: the adverbs that say how a task goes on (持续, 不断, 逐步) or with
# what force (大力, 全力, 坚决) qualify the next verb as a degree adverb does, so a doubled character right after one is the
# verb's first character typed twice — unless the pair is a common word of its own (大雨持续足足三天, 始终连连叫好).
_PROCESS_ADVERB = re.compile(r"(?:持续|不断|逐步|稳步|全面|大力|积极|着力|全力|努力|坚决|始终|加快|加大|有效)$")


def check_repeated(line: str, lineno: int) -> list[Finding]:
    """的的, 和和和: a character typed twice or three times by mistake."""
    findings = []
    for m in re.finditer(r"([\u4e00-\u9fff])\1+", line):
        run, ch = m.group(0), m.group(1)
        slip, why = judge_run(line, m.start(), run)
        if slip:
            message = f"“{run}”中的“{ch}”字重复（多了{'一' if len(run) == 2 else count_word(len(run) - 1)}个）"
            if why == "unworded_pair_slip" and _free_after_word(line, m.start(), ch):
                why = "free-after-word"
            if why in _ASK_WHY:
                message += f"？请核对：{_ASK_WHY[why].format(ch=ch, word=line[m.start() - 1 : m.start() + 1])}"
            findings.append(Finding(
                "repeated-char", WARNING if why in _ASK_WHY else ERROR, message, lineno, m.start() + 1, run, f"改为“{ch}”",
            ))  # fmt: skip
    return findings


# The slips judge_run finds by one reading failing while another may hold (fp51): shown as warnings that say why.
_ASK_WHY = {
    "lone-verb-twice": "“{ch}{ch}”不成词，两个“{ch}”都不与前后的字成词，像是多打了一个；若是口语里把动词重叠着说，可不改",
    "lone-copies": "“{ch}{ch}”不成词，两个“{ch}”都不与前后的字成词，像是多打了一个",
    "copy-at-clause-end": "前面的词已以“{ch}”结尾，后一个“{ch}”单独落在句读前，像是多打了一个",
    "free-after-word": "也可能是“{word}”后接单字词“{ch}”（如“主任任组长”），不一定是多打",
}


# 由办公室主任任副组长 (fp51, a sealed set's false error): the first copy closes a common noun (主任) and the second,
# which opens no word, is a word alone in the language (任: at least _BOUND frequent) standing before another noun
# (副组长) — 主任 | 任 | 副组长, two words meeting may be meant. Not 水利利局 (局 opens no word: a name's bound suffix
# stranded) nor 看待待去年 (看待 a verb).
def _free_after_word(line: str, start: int, ch: str) -> bool:
    before, rest = line[start - 1 : start], line[start + 2 : start + 6]

    def free() -> bool:
        words = _dictionary()
        if not words or f"\n{ch}\n" not in words["free"] or not _is_word(words, before + ch, _COMMON):
            return False
        if not (_tagged(before + ch, "n*") or _tagged(before + ch, "b")):  # (jieba tags 主任 b)
            return False
        if _tagged(ch, "n*"):  # the word after a post is what it does (任, 兼); 精神神实质 is 精神实质 typed so
            return False
        return any(_is_word(words, rest[:k], _COMMON) and _tagged(rest[:k], "n*") for k in (4, 3, 2) if len(rest) >= k)

    return _recall(f"free-after-noun {before}{ch}|{rest}", free)


# 与之相关, 与之配套, 为之奋斗, 同之前: a classical phrase opening with a coverb and 之 — a coverb before it is a word of its
# own (…与[与之相关的部门]…, fp52's false error: a doubled function character with no dictionary word either side).
_BEFORE_ITS_PHRASE = frozenset("与为和同跟对")
_ITS_PHRASE = re.compile(r"[与为]之(?:相关|相连|相应|相适应|相匹配|相配套|相衔接|配套|匹配|适应|奋斗|付出|努力|一振|动容|自豪|骄傲)")


def judge_run(line: str, start: int, run: str) -> tuple[bool, str]:
    """check_repeated's verdict on the run of one character at `start`: (a slip, the test that decided) — the test's
    name says which reading settled it, so a measure on texts it may not show (bench/archive_eval.py) says why."""
    ch, end = run[0], start + len(run)
    if ch == "某":
        return False, "placeholder"  # 某某某 is a placeholder (reported as one), not a slip of the keyboard
    if run in _VERB_REDUPLICATIONS and not _verb_opens_word(line, end, ch):
        return False, "verb-said-twice"  # 多提提意见, 到企业转转 (the spoken way)
    if len(run) == 2 and line[end : end + 2] in (f"不{ch}", f"没{ch}"):
        return False, "question-after"  # 标准就是是不是把群众放在心上 (batch 77 p11's shape): a word ending in 是, then 是不是
    if len(run) == 2 and ch in _BEFORE_ITS_PHRASE and _ITS_PHRASE.match(line, start + 1):
        return False, "x-zhi-phrase"  # 把工作与与之相关的部门衔接好 (place52): 与, then the phrase 与之相关 that opens with it
    if ch in _NUMERALS and (line[start - 1 : start] in _NUMERALS or line[end : end + 1] in _NUMERALS):
        return False, "slogan-numbers"  # “一三三三六”总体思路: a slogan's numbers, one digit each, not a slip
    if len(run) == 2 and run in _KIN_SAID_TO_CHILDREN:
        if _kin_compound_slip(line, start):
            return True, "kin-compound"  # 妇女姐姐妹们: 姐妹们 typed so
        return False, "kin-word"  # 请高年级的哥哥姐姐帮助新同学 / 像大哥哥、大姐姐那样: a kinship word the child's way is a word
    if len(run) == 2:
        # A pair is a slip after a degree adverb or an Arabic count (很好好, 非常好好, 50名名: no reduplication there), or
        # as the half of an AABB word outside one (压实实工作责任: 实实 lives only in 实实在在, 扎扎实实); otherwise it is
        # fine when it is a reduplication or the join of two words, unless an adverb makes it a slip.
        if _function_word_doubled(line, start, ch):
            return True, "function-word-doubled"
        if _one_by_one(line, start, ch):
            return False, "one-by-one"
        if _measure_one_by_one(line, start, ch):
            return False, "measure-one-by-one"
        if _two_words(line, start, ch):
            return False, "two-words"
        if _aabb_of_word(line, start, ch):
            return False, "aabb-word"
        if _spoken_verb_object(line, start, ch):
            return False, "spoken-verb-object"
        for test in _SLIP_TESTS:
            if test(line, start, ch):
                return True, test.__name__.strip("_")
        for test in (_degree_or_count_slip, _lone_half, _adverb_slip, _reduplication_slip):
            if test(line, start, ch):
                return True, test.__name__.strip("_")
        if run in REDUPLICATIONS:
            excuse = "reduplication"
        elif _double_ok(line, start, ch):
            excuse = "double-ok"
        else:
            why = _slip_why(line, start, ch)
            if why:
                return True, f"slip-{why}"
            excuse = "no-slip"
            if lone := _lone_copies(line, start, ch):
                return True, lone
            if _idiom_head_twice(line, start, ch):
                return True, "idiom-head-twice"
        for test in (_count_slip, _idiom_slip_at, _scope_head_slip):
            if test(line, start, ch):
                return True, test.__name__.strip("_")
        if excuse == "reduplication" and _redup_after_noun_word(line, start, ch):
            return True, "copy-at-clause-end"
        return False, excuse
    if len(run) == 3 and TRIPLE_OK.match(line, max(0, start - 1)):
        return False, "triple-ok"  # 保护未成年人人人有责: a word ending in 人, then 人人
    if len(run) == 3 and _kin_then_kin(line, start):
        return False, "kin-then-kin"  # 感谢姥姥姥爷、舅舅舅妈: a kinship word said the child's way, then one that opens with its character
    return True, "run-of-three"


# 让群众方方便便办事, 放放心心, 稳稳妥妥 (selfcheck53, our own drafts): a word of the language (方便, 放心, 稳妥) said
# AABB, the spoken way of an adjective or a verb — each pair is half of one reduplicated word. A slip doubles one
# character; two doubled in a row that make a word are written so on purpose. (实实在在 and the like are listed; this is
# the family: any common adjective, verb, state or adverb word, no particle or function character for a half.)
_AABB_TAGS = ("a*", "v*", "z", "d", "i", "l")


def _aabb_of_word(line: str, start: int, ch: str) -> bool:
    if line[start + 2 : start + 3] == line[start + 3 : start + 4] and _HAN.match(line[start + 2 : start + 3] or " "):
        word, ends = ch + line[start + 2], (start, start + 4)  # the AA of AABB
    elif start >= 2 and line[start - 2] == line[start - 1] and _HAN.match(line[start - 1]):
        word, ends = line[start - 1] + ch, (start - 2, start + 2)  # its BB
    else:
        return False
    if word[0] == word[1] or set(word) & (_D_PARTICLES | _FUNCTION_CHARS) or word[0] in _SLIP_PRONE:
        return False
    if line[ends[0] - 1 : ends[0]] == word[0] or line[ends[1] : ends[1] + 1] == word[1]:
        return False  # 方方方便便: a run of three is no AABB
    return _common(word) and any(_tagged(word, tag) for tag in _AABB_TAGS)


# 给大家充充电、加加油 (selfcheck53, our own drafts' self-check): a one-character verb said twice before its object, the
# verb and object together a verb of the language (充电, 加油, 补课), in a series of such — the spoken way of doing a
# little of each, no slip (a slip doubles one character, not one in each of two verbs side by side). One alone
# (帮孩子们补补课) stays the doubt sev48 made it (_doubling_doubt: a warning that says why it may be right).
def _spoken_verb_object(line: str, start: int, ch: str) -> bool:
    after = line[start + 2 : start + 3]
    if not _HAN.match(after or " ") or after == ch or line[start - 1 : start] == ch:
        return False
    if not (_tagged(ch, "v") and _tagged(after, "n") and _tagged(ch + after, "v")):
        return False
    near = (m.start() for m in _DOUBLED.finditer(line, max(0, start - 8), start + 11) if m.start() != start)
    return any(
        line[at + 3 : at + 4] != line[at + 2 : at + 3] and _tagged(line[at], "v") and _tagged(line[at] + line[at + 2 : at + 3], "v")
        for at in near
    )


# 一场场比赛, 一行行字, 一处处景点, 一组组数据 (fp50, the sealed sets' false errors: a unit's or measure word's character
# doubled after 一, judged a slip of the word before): 一 and a measure word said twice is "one after another", a
# shape of the language for any measure (一个个, 一项项, 一步步) — jieba tags 一场, 一行, 一处 as numerals (m).
# Both copies alone (fp51, the sealed sets' missed slips told by their shapes): the pair is no word of the language,
# no word of two to four characters ends at its first copy nor opens at its second, and no longer word holds it.
#   认真地地开展: a particle (着 过 地 得 之) never stands twice — a slip, an error;
#   企业抓抓项目 (a one-character verb, tag v, between two characters that make no word with it): as written the verb
#   is said twice, a spoken way jieba does not list for it — one reading fails, the other may hold: a warning.
# And 推动高质量发展展。: a word ends at the first copy and the second stands alone before a stop, the pair no common
# word (困难重重, 心事重重 are) — a warning. Two words meeting on the character (慢病|病人, 做到|到龄, 守住|住建: fp50's
# lesson, our own drafts' self-check) have a word on one side or the other and are left to the rules above.
_LONE_PARTICLES = frozenset("着过地得之")


def _lone_copies(line: str, start: int, ch: str) -> str:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    # ，给给大家拜个晚年 (place52): a preposition or conjunction doubled where a clause opens — nothing before it to
    # make a word with, read as the copies alone are read in mid-clause
    opening = (not before or before in _STOPS or before in _D_STOPS or before in "“‘\"'（( ") and bool(_HAN.match(after or " ")) \
        and (_tagged(ch, "p") or _tagged(ch, "c")) and not _SLIP_WORDS.match(line, start)
    if not opening and not _HAN.match(before or " ") or ch in _SUFFIXES or ch in _NUMERALS or before in _NUMERALS or before == ch:
        return ""
    left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]
    if _HAN.match(after or " "):
        # 跟跟群众, 给给群众 (place52): a preposition or a conjunction (均被被审计单位采纳: 被, then a noun made with 被)
        function = (_tagged(ch, "p") or _tagged(ch, "c")) and not _SLIP_WORDS.match(line, start)
        if ch not in _LONE_PARTICLES and not _tagged(ch, "v") and not _tagged(ch, "f") and not function:
            return ""  # (a localizer too: 上, 内, 后 — fp51, a sealed planted copy)
        if line[start + 3 : start + 4] == after:
            return ""  # (an AABB run)

        def alone() -> bool:
            words = _dictionary()
            return (bool(words) and not _is_word(words, ch * 2, 1) and not _ends_word(words, left, 1)
                    and not _starts_word(words, right, 1) and not _spanned(words, line, start)
                    and not _whole_once(words, line, start))  # fmt: skip

        if not _recall(f"lone-copies {line[max(0, start - 3) : start + 5]}", alone):
            return ""
        if ch in _LONE_PARTICLES:
            return "particle-twice"
        # (a preposition or conjunction stands before its object or clause once: twice, with no word on either side,
        # it is a slip whatever else the character may be; a verb may be said twice in speech)
        return "function-twice" if function else "lone-verb-twice" if _tagged(ch, "v") else "lone-copies"
    if after and after not in _STOPS and after not in _D_STOPS and after not in "”’\"'）)":
        return ""

    def at_end() -> bool:
        words = _dictionary()
        if f"\n{ch}\n" in words.get("free", "") and not _tagged(ch, "n*"):
            return False  # 执行的标准准、 (our own fragment): 标准 | 准, a word alone before the stop — two words
        return (bool(words) and not _is_word(words, ch * 2, 10) and _ends_word(words, left, 10)
                and not _spanned(words, line + "。", start))  # fmt: skip

    return "copy-at-clause-end" if _recall(f"copy-at-end3 {line[max(0, start - 3) : start + 3]}", at_end) else ""


# 实现我们共同的理想想。 (fp51, a sealed set's missed slip): a verb's reduplication (想想, 看看) before a stop, where a
# noun's character before it makes a common word with the first copy (理想) and makes none with what stands before it
# (的理) — the copy belongs to that word, and the second stands alone: asked about. 仔细想想 (仔细 a word of its own),
# 大家来说说 and 再看看 (a verb or an adverb before, no noun) are the spoken reduplication.
def _redup_after_noun_word(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if after and after not in _STOPS and after not in _D_STOPS:
        return False
    if not _HAN.match(before or " ") or not _tagged(ch, "v") or not _tagged(before, "n*"):
        return False
    ahead = line[max(0, start - 3) : start]

    def alone() -> bool:
        words = _dictionary()
        return (bool(words) and _is_word(words, before + ch, _COMMON)
                and not any(_is_word(words, ahead[-k:], 1) for k in (2, 3) if len(ahead) >= k))  # fmt: skip

    return _recall(f"redup-after-noun {ahead}{ch}", alone)


# 理念推推陈出新 (fp51, a sealed set's missed slip): the second copy opens an idiom of four (推陈出新), no word ends at the
# first, and the pair is no common word (a verb said twice the spoken way is one: 看看, 想想) — the idiom's first
# character typed twice, whatever stands before it (fp50's rule asked for 不断 before it).
def _idiom_head_twice(line: str, start: int, ch: str) -> bool:
    before = line[start - 1 : start]
    if not _HAN.match(before or " ") or ch in _NUMERALS or ch in _SUFFIXES or _listed_class(ch) in ("particle", "function"):
        return False  # (也有有利条件: 有 a word of its own before 有利)
    left, four = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]
    if len(four) < 4 or not _HAN_RUN.fullmatch(four):
        return False

    def head() -> bool:
        words = _dictionary()
        return (bool(words) and _is_idiom(four) and not _is_word(words, ch * 2, 10) and not _ends_word(words, left, 1)
                and not _spanned(words, line, start))  # fmt: skip

    return _recall(f"idiom-head {left}|{four}", head)


def _measure_one_by_one(line: str, start: int, ch: str) -> bool:
    if line[start - 1 : start] != "一" or line[start - 2 : start - 1] in ("第", "统", "唯", "之") or ch in _NUMERALS:
        return False
    after = line[start + 2 : start + 3]
    if not _HAN.match(after or " ") or _common(ch + after):
        return False  # (一个个人, 一项项目: the second copy opens a word — the rules below read the seam)
    return _tagged("一" + ch, "m")


def _idiom_slip_at(line: str, start: int, ch: str) -> bool:
    return _idiom_slip(line, start)


# 孩子们的姥姥姥爷、舅舅舅妈、姐姐姐夫都来了 (fp47, school and kindergarten speeches): the family as a child names it,
# each kinship word doubled (姥姥, 舅舅), the next one opening with the same character (姥爷, 舅妈, 姐夫). Only such
# a pair is excused: 的的的 or 要要要 stays a slip.
KIN_DOUBLED = frozenset(
    ["爸爸", "妈妈", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷", "奶奶", "姥姥", "舅舅", "姑姑", "叔叔", "伯伯", "婶婶", "嫂嫂",
     "姨姨", "公公", "婆婆", "宝宝"]
)  # fmt: skip


# The kinship words a school's or a kindergarten's speech says to children (哥哥姐姐, 大哥哥, 爷爷奶奶 …), each a word in its
# own right wherever it stands; the pair is a slip only where its character opens, with the next, the compound typed
# with it (姐姐妹们 for 姐妹们, 爸爸妈 for 爸妈, 宝宝贵 for 宝贵: caught here, as no other rule did), unless that compound is said the
# same way (姐姐妹妹). 公公 and 婆婆 are left to the other rules (公公平, 婆婆家 read as slips of 公平, 婆家).
_KIN_SAID_TO_CHILDREN = KIN_DOUBLED - {"公公", "婆婆"}
_KIN_COMPOUNDS = frozenset(
    ["姐妹", "爸妈", "哥嫂", "弟妹", "妹夫", "姐夫", "爷孙", "奶孙", "叔侄", "姑嫂", "舅妈", "姥爷", "宝妈", "宝爸", "宝贝",
     "伯母", "伯父", "叔父", "婶母", "姨妈", "姑妈", "姑父", "弟兄", "宝贵", "宝库", "宝藏"]
)  # fmt: skip


def _kin_compound_slip(line: str, start: int) -> bool:
    after = line[start + 2 : start + 3]
    return line[start] + after in _KIN_COMPOUNDS and line[start + 3 : start + 4] != after


def _kin_then_kin(line: str, start: int) -> bool:
    word = line[start + 2 : start + 4]
    if line[start : start + 2] not in KIN_DOUBLED or len(word) < 2 or not _HAN.match(word[1]):
        return False
    return _recall(f"kin-then-kin {word}", lambda: _is_word(_dictionary(), word, 1))


def _verb_opens_word(line: str, end: int, ch: str) -> bool:
    """Whether the doubled verb `ch` makes a common word with the character after the pair (学|校 in 学学校) or before
    it (推|动 in 推动动项目): then one of the pair belongs to that word and the other is a slip."""
    before = line[end - 3 : end - 2]  # 推动动项目: 推动's 动 typed twice (a word ends on the verb before the pair)
    if _HAN.match(before or " ") and _fair_word(before + ch):
        return True
    nxt = line[end : end + 1]
    return bool(_HAN.match(nxt or " ")) and _fair_word(ch + nxt)


def _fair_word(word: str) -> bool:
    """A two-character word of the dictionary at least 10 frequent, remembered by its question (`_recall`): asked of
    the dictionary itself, each check of a speech with a doubled verb read all of it (~44 M instructions, #18)."""
    return _recall(f"fair-word {word}", lambda: _is_word(_dictionary(), word, 10))


# 这些硬仗打得得漂亮 / 大家干得得很好 (#13, batch 73's planted f10): the particle 得 between a verb and how it is done,
# typed twice. 得得 is right only where a word ending in 得 meets a word opening with it (觉得|得到, 取得|得益于) or in a
# word that holds both (马蹄得得): the second 得 must open a word with what follows, else it is the slip.
def _particle_de_twice(line: str, start: int, ch: str) -> bool:
    if ch != "得" or not _HAN.match(line[start + 2 : start + 3] or " "):
        return False

    def slip() -> bool:
        words = _dictionary()
        right = line[start + 1 : start + 5]
        if not words:
            return False
        if right.startswith("得很"):
            return True  # (得很 closes 好得很, never follows a 得: 干得得很好 is the slip)
        return not _starts_word(words, right, 1) and not _spanned(words, line, start)

    return _recall(f"de-twice3 {line[max(0, start - 2) : start + 5]}", slip)


# 一一、提高站位 / （二二）加强资金保障 / 。二二是抓项目 (#13, check46's own flawed speeches): a heading's or a series'
# numeral typed twice. No heading is numbered 一一 or 二二, so the pair before 、 or ） or 是 that opens the line or a
# sentence is the slip (一一对应, 一一核对 are no mark: no 、, ） or 是 after them).
_MARK_OPEN = re.compile(r"(?:^|[。；;：:！？!?])\s*[（(]?$")


def _mark_numeral_twice(line: str, start: int, ch: str) -> bool:
    if ch not in _NUMERALS or line[start - 1 : start] in _NUMERALS or not _MARK_OPEN.search(line, 0, start):
        return False
    after = line[start + 2 : start + 3]
    bracketed = start > 0 and line[start - 1] in "（("
    return (after in "、.．" and not bracketed) or (after in "）)" and bracketed) or (after == "是" and not bracketed)


# 都很好，我我都同意 / 这几几年 (check46): a pronoun or 几 typed twice, which the language never doubles (卿卿我我 and
# 你你我我 are the set phrases that do).
_NEVER_DOUBLED = frozenset("我几")


def _never_twice(line: str, start: int, ch: str) -> bool:
    return ch in _NEVER_DOUBLED and line[start - 1 : start] not in ("卿", "你") and line[start + 2 : start + 3] not in ("你", "卿")


# 镇要把这项项工作摆在突出位置 (check46): a measure word doubled right after 这 or 那 — 一项项 (one by one) is a
# reduplication, 这项项 is 这项 with its measure typed twice.
_MEASURES_AFTER_THIS = frozenset("项个件条位名家次批类种")


def _measure_twice_after_this(line: str, start: int, ch: str) -> bool:
    return ch in _MEASURES_AFTER_THIS and line[start - 1 : start] in ("这", "那", "该", "此") and bool(_HAN.match(line[start + 2 : start + 3] or " "))


# 突出重点点，/ 落到实处处。/ 表示衷心的感谢谢！(check46): a common word's last character typed twice before the clause
# ends, where the pair happens to be a reduplication of the language (点点, 处处, 谢谢) — _redup_after_word_slip reads
# the pair before a word, this one before a stop. A count's or a person's pair (我为人人, 一步步), a verb said twice
# (再议议, 看看), a word that holds the three (一点点) and a word ending right before the pair stay alone.
_COUNTED_PAIRS = frozenset("人家个事时天年样件步次代")


def _redup_at_clause_end(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch * 2 not in REDUPLICATIONS or ch in _COUNTED_PAIRS or ch in _VV_OBJECT or ch in _NOT_AT_SEAM or ch in _NUMERALS:
        return False
    if after not in _CLAUSE_END or not _HAN.match(before or " ") or before in _NOT_BEFORE_REDUP or before == ch:
        return False

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, before + ch, _COMMON) or _is_word(words, before + ch * 2, 1):
            return False
        # (padded: at the line's end a short slice, the pair alone, would pass for a word spanning it)
        return not (start >= 2 and _is_word(words, line[start - 2 : start], 10)) and not _spanned(words, line + "。", start)

    return _recall(f"redup-clause-end2 {line[max(0, start - 2) : start + 3]}", slip)


# 县水利利局要加强 / 客观看待待去年的成绩 / 确保汛汛前完工 / 扎实做好今今冬明春 (check46's own flawed speeches): a pair
# that is no word of the language at all (利利, 待待, 汛汛, 今今: not in the dictionary, not a reduplication) can only be
# right where a word ends in its first character and another opens with its second. When the word before ends in the
# first (水利) and the second opens nothing with what follows (利局), or the second opens a word (汛前) and the first
# closes none with the character before (保汛), one of the two is typed twice. The characters the other rules read
# (units, suffixes, numerals, function words, verbs said twice, prefixes), AABB words (认认真真) and words spanning the
# pair are left alone.
# 扎扎实做好今冬明春工作 / 安全生产面面临的形势 / 团团结一心 (check46's own flawed speeches): a pair the language says
# only inside its AABB word or set phrase (扎扎实实, 方方面面, 团团转), standing alone: a character typed twice. Two words
# meeting (地方|方面, 集团|团委, 骨干|干部) and the pair inside a dictionary word of three or four stay alone.
_AABB_ONLY = frozenset("扎踏轰烈兢业勤恳方面形色子孙井干净楚兴团")


def _aabb_half_alone(line: str, start: int, ch: str) -> bool:
    if ch not in _AABB_ONLY or line[start + 2 : start + 3] == line[start + 3 : start + 4] or (start >= 2 and line[start - 2] == line[start - 1]):
        return False
    before = line[start - 1 : start]

    def alone() -> bool:
        words = _dictionary()
        if not words or _spanned(words, line + "。", start):
            return False
        # (共青团|团员: the word before may be longer than two, 共青团团员 is two words meeting)
        left = line[max(0, start - 3) : start + 1]
        return not (_HAN.match(before or " ") and _ends_word(words, left, 1) and _starts_word(words, line[start + 1 : start + 5], 1))

    return _recall(f"aabb-alone2 {line[max(0, start - 3) : start + 5]}", alone)


_LEVEL_CHARS = frozenset("省市县区乡镇村")


def _unworded_pair_slip(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch * 2 in REDUPLICATIONS or _doubling_excused(ch, before) or before == ch or (after and line[start + 3 : start + 4] == after):
        return False
    if not _HAN.match(before or " ") or (start >= 2 and line[start - 2] == before):
        return False  # (收收发发, 清清白白: the second half of an AABB word)

    def slip() -> bool:
        words = _dictionary()
        if not words or _is_word(words, ch * 2, 1) or _spanned(words, line + "。", start):
            return False
        if _HAN.match(before or " ") and _is_word(words, before + ch * 2, 1):
            return False
        closes = _is_word(words, before + ch, _COMMON)
        opens = bool(_HAN.match(after or " ")) and _starts_word(words, line[start + 1 : start + 5], 1)
        if closes and not opens:
            seam = True  # 水利|利局
        elif opens and not closes and not _ends_word(words, line[max(0, start - 3) : start + 1], 1):
            # 确保|汛汛前: the character before closes a word of its own (or is a level standing alone: 县财财政), so
            # the first of the pair stands alone; not 卒中中心 (卒中, a word the dictionary lacks, ends in the first)
            # nor 发发文件, 记记笔记 (a verb said twice before its object, a word of its own after it)
            alone = before in _LEVEL_CHARS or _ends_word(words, line[max(0, start - 4) : start], 1)
            seam = alone and not _is_word(words, line[start + 2 : start + 4], _COMMON)
        else:
            return False
        # (慢病病人, 公路路长制, 列入入职: the dictionary lacks a word our own text writes there — the library's text is
        # correct, so a pair it writes with the same neighbours is no slip)
        return seam and _ask(f"unworded-seen {line[start - 1 : start + 3]}", lambda lexicon: bool(lexicon)
                             and not lexicon.count(line[start - 1 : start + 2]) and not lexicon.count(line[start : start + 3]))

    return _recall(f"unworded-pair4 {line[max(0, start - 3) : start + 6]}", slip)


# Words that end in 一 (唯一, 统一, 之一): the next 一 opens a count or a word of its own (唯一一个, 之一一直).
_ENDS_IN_ONE = re.compile(r"(?:唯|统|万|之|同|单|专|划|如|合|归|不|逐|均|初|周|其|任|纯|择)一$")
_ONE_MEASURE = frozenset("名个家项次件位所座户条张台辆亩周天岁元点处支批类种份")


def _one_by_one(line: str, start: int, ch: str) -> bool:
    """一一 said right (#13, batch 51): 唯一一个, 统一一下 — a word ending in 一 meets a count (一个) or a word that starts
    with 一 (一直, 一下); 认真一一核对, 逐项一一回应 — the adverb 一一 (one by one) before its verb, also after a degree
    adverb. Slips stay slips: 第一一天, 这是一一个 (a count's 一 twice), 进一一步, 统一一思想 (一步 and 思想: the second 一
    opens no count, and 一一 no verb)."""
    if ch != "一" or not _HAN.match(line[start + 2 : start + 3] or " ") or line[start - 1 : start] in _NUMERALS | {"第"}:
        return False
    after = line[start + 2]
    if _ENDS_IN_ONE.search(line, 0, start + 1):
        one_word = _common("一" + after)
        return after in _ONE_MEASURE or one_word
    if after in _ONE_MEASURE:
        return False
    verb = line[start + 2 : start + 4]  # 回应, 核对: the verb 一一 qualifies (一一步推 and 一一起努 open none)
    return _common(verb)


# A preposition before a word that starts with it (以以往的经验, 对对方负责); a unit's own word before its head (我们院院长,
# 本校校长): each character is a word of its own, as in 干干净净 each pair is half of one.
_LEADING_WORDS = frozenset("以对为向从与在把给将被比")
_UNITS = frozenset("院校局委办所站馆队厂司部处科室组")
_OWN_BEFORE_UNIT = ("我们", "咱们", "本", "全", "该", "贵", "各")


def _two_words(line: str, start: int, ch: str) -> bool:
    """A pair that is two words meeting or half of an AABB word of the language, never a slip: 过得安安稳稳 (稳稳 after
    安安 in the word 安安稳稳; 天天都都 is no word, so 都都 stays a slip), 以以往, 对对方, 我们院院长. The lead read these
    four as errors in one correct sentence of our own (session 33); 要对对群众 (对群 is no word) and 市委委组织部 stay
    slips."""
    for aabb in (line[max(0, start - 2) : start + 2], line[start : start + 4]):
        if len(aabb) == 4 and aabb[0] == aabb[1] != aabb[2] == aabb[3] and _HAN.match(aabb[0]) and _common(aabb):
            return True  # not 天天都都
    word = line[start + 1 : start + 3]
    if len(word) < 2 or not _HAN.match(word[1]):
        return False
    if ch in _LEADING_WORDS or (ch in _UNITS and line[:start].endswith(_OWN_BEFORE_UNIT)):
        return _common(word)
    return False


# 发展通用航航空产业 (#13, batch 53 p12): a common word (通用) ends right before the pair and the pair's second character
# opens another (航空), while the pair is no word (航航), the character before does not end one with it (用航) and no
# longer word holds it as written — a character typed twice where two words meet. Our own library's text may never
# write the next word (航空 4 times), so the language's dictionary alone decides. Places' and bodies' suffixes (全市市场,
# 党委委员), a unit's before its head (文体队队长, 宣传部部长), a verb said twice before its object (大家握握手) and
# function words are the other rules'.
_NOT_AT_SEAM = frozenset("省市县区镇乡村州旗盟委党")


def _between_words_slip(line: str, start: int, ch: str) -> bool:
    before2, after = line[start - 2 : start] if start >= 2 else "", line[start + 2 : start + 3]
    if len(before2) < 2 or not _HAN_TWO.fullmatch(before2) or not _HAN.match(after or " ") or line[start + 3 : start + 4] == after:
        return False
    if ch in _NOT_AT_SEAM or ch in _UNITS or ch in _UNIT_CHARS or ch in _VV_OBJECT or ch in _FUNCTION_CHARS or ch in _SLIP_PRONE or ch in _NUMERALS or ch * 2 in REDUPLICATIONS:
        return False

    def seam() -> bool:
        words = _dictionary()
        if not words or _is_word(words, ch * 2, 1) or _is_word(words, before2[1] + ch, 1) or _is_word(words, before2 + ch, 1):
            return False
        if _spanned(words, line, start):
            return False
        return _is_word(words, before2, _COMMON) and _is_word(words, ch + after, _COMMON)

    return _recall(f"between-words {line[start - 2 : start + 4]}", seam)


# 禁烧工作的重点点在农村 / 他经常常去村里 / 这份文件件要存档 (#13, batch 55): a common word's last character typed twice,
# where the pair happens to be a reduplication of the language (点点, 常常, 件件) — the list above lets it pass. The word
# before (重点) is common, the pair's second character opens no word with what follows (点在, and no longer one: 干什么
# in 实干干什么), the three are no word (一点点, 不仅仅) and our own library's text never writes them (要紧紧围绕 is two
# words meeting); a count (一个个, 每天天), a verb said twice (谈谈, 看看) and places' and bodies' suffixes are left alone.
_NOT_BEFORE_REDUP = frozenset("一二三四五六七八九十两几每这那某各")


def _redup_after_word_slip(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch * 2 not in REDUPLICATIONS or ch in _NOT_AT_SEAM or ch in _VV_OBJECT or before in _NOT_BEFORE_REDUP or before == ch:
        return False  # (从三个方面谈谈: a verb said twice after the phrase that leads it)
    if not _HAN.match(before or " ") or not _HAN.match(after or " ") or after == ch:
        return False

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, before + ch, _COMMON) or _is_word(words, before + ch * 2, 1):
            return False
        if start >= 2 and _is_word(words, line[start - 2 : start], 10):
            return False  # 大家常常说, 坚持久久为功: a word ends right before the pair, which stands on its own
        if _starts_word(words, line[start + 1 : start + 5], 1) or _spanned(words, line, start):
            return False
        # (坚持久久为功: our own text writes the pair with what follows as a set phrase jieba lacks)
        return _ask(f"redup-ended {before}{ch}|{line[start + 2 : start + 4]}", lambda lexicon: bool(lexicon)
                    and not lexicon.count(before + ch * 2) and lexicon.count(line[start : start + 4]) < 3)

    return _recall(f"redup-after-word3 {line[max(0, start - 2) : start + 5]}", slip)


# 对照县县委要求 / 按照市市政府的部署 / 经过区区委研究 (#13, check_planted's doubled characters): the level's suffix typed
# twice before its own body, inside a sentence, where the word before (对照) shows the first one is no place's name's
# last character — 清河县县委, 和县县委 (a county's name, then its committee) and 开发区区委 (a word ending in it) are no slip.
_LEVEL_BODY_NEXT = re.compile(r"(?:委(?!员|托|屈|婉)|(?:人民)?政府|人大|政协)")


def _level_twice_before_body(line: str, start: int, ch: str) -> bool:
    if ch not in "省市县区" or not _LEVEL_BODY_NEXT.match(line, start + 2) or start < 2:
        return False
    before2 = line[start - 2 : start]
    if not _HAN_TWO.fullmatch(before2) or not _common(before2):
        return False

    def no_place() -> bool:
        from drafter.gazetteer import lookup

        if _ends_word(_dictionary(), line[max(0, start - 3) : start + 1], 1):
            return False  # 开发区区委, 城区区委: a word that ends in the suffix, then the body
        return not any(lookup(line[a : start + 1]) for a in range(max(0, start - 4), start))

    return _recall(f"level-twice2 {line[max(0, start - 4) : start + 1]}", no_place)


# 审计结果果表明 / 村里的光伏伏电站 / 升学率创历史史新高 (#13, the doubled characters check_planted left): a common
# word's last character typed twice right before the next word (结果 | 果 | 表明): the second one opens no word with what
# follows (果表, and no longer one), the next two characters are a common word (表明) and nothing longer holds the pair.
# A pair that is a word or a reduplication (草草案, 兴兴), a word ending right before the first word (大家常常), a verb said
# twice, a character that stands alone as a verb or a prefix (工作作简要安排, 创新新动能), and the suffixes, units and
# function words the other rules read are left alone.
_STANDS_ALONE = frozenset("作做搞干办开出进来去到新老大小高低多少全总超准微初次非")


def _doubling_excused(ch: str, before: str, redup: bool = True) -> bool:
    """Whether a character said twice at a word's seam is no slip by what it is: a unit, a numeral, a function word, a
    verb or prefix standing on its own (就下一步工作作简要安排: 作 a verb; 科技创新新动能: 新 a prefix, batch 47 p17,
    batch 51 p31; 把信用用在监管上: 用 a verb after the word ending in it), or (`redup`) a reduplication the list holds."""
    return (
        ch in _NOT_AT_SEAM or ch in _UNITS or ch in _UNIT_CHARS or ch in _VV_OBJECT or ch in _FUNCTION_CHARS
        or ch in _SLIP_PRONE or ch in _NUMERALS or before in _NUMERALS or (redup and ch * 2 in REDUPLICATIONS)
        or ch in _STANDS_BEFORE_ITS_WORD or ch in _COVERBS or ch in _MODAL_BEFORE or ch in _BOUND_PREFIX
        or ch in _STANDS_ALONE
    )


def _lone_between_words(line: str, start: int, ch: str) -> bool:
    before, after, then = line[start - 1 : start], line[start + 2 : start + 3], line[start + 3 : start + 4]
    if not _HAN_RUN.fullmatch(before + after + then or " ") or len(before + after + then) < 3 or after == ch or then == after:
        return False
    if _doubling_excused(ch, before):
        return False

    def lone() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, before + ch, _COMMON):
            return False
        if _is_word(words, ch * 2, 1) or _is_word(words, before + ch * 2, 1) or _spanned(words, line, start):
            return False
        if _starts_word(words, line[start + 1 : start + 5], 1) or (start >= 2 and _is_word(words, line[start - 2 : start], 10)):
            return False
        return _is_word(words, after + then, _COMMON) or any(_is_word(words, line[start + 2 : start + 2 + k], 1) for k in (3, 4))

    return _recall(f"lone-between3 {line[max(0, start - 2) : start + 6]}", lone)


# ，按按照市里的部署 / 由由于天气原因 / 以以及各有关部门 / 从从而推动发展 / 可可能出现 (#13, check_planted's stutters and
# doubled characters, the class of batch 56's 把把舵): a preposition's, conjunction's or modal's first character typed
# twice. None of these words follows its own first character said alone (以以往 and 对对方 are 以|以往, 对|对方: those
# words are nouns), so the pair is a slip — unless the character before ends a word with the first one (认可|可能,
# 作为|为了, 所以|以及, 理由|由于), or a listed word of its own holds the pair (通通过: 通通 is "all").
_FUNCTION_WORDS = frozenset({
    "按照", "由于", "对于", "为了", "以及", "从而", "可能", "经过", "另外", "不断", "没有", "能够", "并且", "而且", "或者",
    "虽然", "但是", "如果", "只有", "只要", "随着", "围绕", "针对", "关于", "即使", "尽管", "因此", "因为", "所以", "然后",
    "同时", "及时", "进一步", "切实", "在于", "已经", "正在", "应当", "必须", "仍然", "始终", "还是", "甚至", "尤其", "特别",
    "非常", "更加", "以便", "以免",
})  # fmt: skip


def _function_word_doubled(line: str, start: int, ch: str) -> bool:
    word = next((w for w in _FUNCTION_WORDS if line.startswith(w, start + 1) and w[0] == ch), "")
    if not word or line[start + 1 + len(word) : start + 2 + len(word)] == word[-1]:
        return False
    before = line[start - 1 : start] if start else ""
    if before == ch or ch * 2 in REDUPLICATIONS:
        return False

    def slip() -> bool:
        words = _dictionary()
        if not words or (before and _is_word(words, before + ch, 1)):
            return False
        return not any(_is_word(words, line[a : start + 1], 1) for a in range(max(0, start - 3), start - 1))

    return _recall(f"function-doubled {line[max(0, start - 3) : start + 2 + len(word)]}", slip)


# 有学校党委的领航把把舵， / 发展势头持续向向好。 / 各项工作要对对标。 (#13, batch 56 p24): a preposition typed twice
# before the clause's last word, which opens with it (把舵, 向好, 对标). A preposition wants an object and a verb after
# it; one word before the stop leaves room for neither, so the pair is the word's first character typed twice. The
# character before does not end a word with it (现在在村里), the pair and the three are no word, and a verb-object word
# said as AAB (帮我们把把关, 请专家把把脉) is spoken Chinese, not a slip.
_CLAUSE_END_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[，。；！？、,.;!?：:）)”]|$)")
_AAB_SPOKEN = frozenset({"把关", "把脉"})


def _coverb_twice_at_clause_end(line: str, start: int, ch: str) -> bool:
    if ch not in _COVERBS or start < 1 or not _HAN.match(line[start - 1]):
        return False
    tail = _CLAUSE_END_AFTER.match(line, start + 2)
    if tail is None or ch + tail.group(0)[:1] in _AAB_SPOKEN:
        return False
    word = ch + tail.group(0)

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, word, 1) or _is_word(words, ch * 2, 1):
            return False
        if _is_word(words, line[start - 1] + ch, 1) or _is_word(words, ch * 2 + tail.group(0), 1):
            return False
        return not any(_is_word(words, line[a:start + 1], 1) for a in range(max(0, start - 3), start - 1))

    return _recall(f"coverb-end {line[max(0, start - 3) : tail.end() + 1]}", slip)


# 认清形势，增强加加快工业发展 (#13, batch 64's planted f03): a common word's first character typed twice where two
# common words meet (增强 | 加快), though the word before and the first of the pair make a word as well (强加). Read
# that way, 增 would stand alone with nothing before it to join: a reader keeps 增强 whole, so the lone 加 is the slip.
# 确保安全全面推进 (确保 | 安全 | 全面: the word before joins the character before it) and 大学生生活 (大学生, a word of
# three) are no slip.
def _overlap_seam_slip(line: str, start: int, ch: str) -> bool:
    before2, after = line[start - 2 : start] if start >= 2 else "", line[start + 2 : start + 3]
    if len(before2) < 2 or not _HAN_TWO.fullmatch(before2) or not _HAN.match(after or " ") or after == ch:
        return False
    if ch in _NOT_AT_SEAM or ch in _UNITS or ch in _UNIT_CHARS or ch in _FUNCTION_CHARS or ch in _NUMERALS or ch * 2 in REDUPLICATIONS:
        return False

    def seam() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, before2[1] + ch, 1) or _is_word(words, ch * 2, _COMMON):
            return False  # (加加 is a rare entry of the dictionary, no word a reader knows)
        if not (_is_word(words, before2, _COMMON) and _is_word(words, ch + after, _COMMON)):
            return False
        if any(_is_word(words, line[a : start + 1], 1) for a in (start - 2, start - 3) if a >= 0):
            return False  # 大学生生活: a word of three ends at the pair's first character
        if _ends_word(words, line[max(0, start - 5) : start - 1], 1) or _spanned(words, line, start):
            return False  # 确保安全全面: the word before is read with the character before it (确保 | 安全)
        return not any(_is_word(words, line[start : start + k], 1) for k in (3, 4))

    return _recall(f"overlap-seam2 {line[max(0, start - 5) : start + 4]}", seam)


# 牢固树立安全发展新新理念 (#13, batch 64's planted f09): 新 doubled before the word it qualifies, where no word ends in
# the first one (创新新动能 is 创新 | 新动能, 最新新闻 最新 | 新闻) and the pair is no word: a character typed twice.
_DOUBLED_PREFIX = frozenset("新")


def _prefix_twice_slip(line: str, start: int, ch: str) -> bool:
    if ch not in _DOUBLED_PREFIX or not _HAN.match(line[start + 2 : start + 3] or " ") or not _HAN.match(line[start - 1 : start] or " "):
        return False

    def slip() -> bool:
        words = _dictionary()
        if not words or _is_word(words, ch * 2, 1) or _spanned(words, line, start):
            return False
        return not _ends_word(words, line[max(0, start - 3) : start + 1], 1)

    return _recall(f"prefix-twice {line[max(0, start - 3) : start + 4]}", slip)


# 坚持学习习而不倦 (#13, batch 75's planted f09): a common word's last character typed twice where the pair is a
# word only in a rare, descriptive use (习习 of a breeze: 微风习习), which the list of slips above lets pass as a word.
# The word before (学习) is common, the pair is no common word of its own, its second character opens no word with what
# follows (学习习惯, 学习习近平… are two words meeting), no word of three or four holds the pair (凉风习习) and the three
# are no word: a reader keeps 学习 whole and the lone 习 is the slip.
def _rare_pair_after_word(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if not _HAN.match(before or " ") or not _HAN.match(after or " ") or before == ch or after == ch:
        return False
    if _doubling_excused(ch, before):
        return False

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, ch * 2, 1) or _is_word(words, ch * 2, _COMMON):
            return False  # (a pair no dictionary holds is the other rules' to read)
        if not _is_word(words, before + ch, _COMMON) or _is_word(words, before + ch * 2, 1):
            return False
        return not _starts_word(words, line[start + 1 : start + 5], 1) and not _spanned(words, line, start)

    return _recall(f"rare-pair {line[max(0, start - 2) : start + 5]}", slip)


# 这次座谈谈非常及时 (#13, the shape of batch 77's planted f06): a common word's last character typed twice before a degree
# adverb. A pair said as a verb twice (议议, 谈谈, 看看) takes an object or ends its clause, and a reduplication (天天, 人人)
# stands before its verb: neither is ever followed by 非常 or 十分, so after a word that ends in the character (座谈) the
# second one is the slip. The three being a word (一点点非常) and an AABB word (高高兴兴) stay alone.
_DEGREE_AFTER = re.compile(r"(?:非常|十分|特别|尤为|极为|极其|格外|相当|更加|愈加|越发)")


def _pair_before_degree(line: str, start: int, ch: str) -> bool:
    before = line[start - 1 : start]
    if not _HAN.match(before or " ") or before == ch or not _DEGREE_AFTER.match(line, start + 2) or ch in _NUMERALS:
        return False

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, before + ch, _COMMON) or _is_word(words, before + ch * 2, 1):
            return False
        return not _spanned(words, line, start)

    return _recall(f"pair-before-degree {line[max(0, start - 2) : start + 4]}", slip)


# 全县经济运行总体平平稳。 (check47's own flawed speeches): a common word's first character typed twice as the clause's
# last word (平稳): the character after the pair closes the clause and makes a common word with it, while the character
# before makes none with it — so one of the pair stands alone, a slip even where the pair is a word of its own (平平). An
# AABB word (平平稳稳), two words meeting (水平 | 平稳: the word before ends in the character) and the three as one word
# stay alone.
def _pair_then_lone_close(line: str, start: int, ch: str) -> bool:
    before, after, then = line[start - 1 : start], line[start + 2 : start + 3], line[start + 3 : start + 4]
    if not _HAN.match(before or " ") or not _HAN.match(after or " ") or then not in _CLAUSE_END or after == ch:
        return False
    if before == ch or _doubling_excused(ch, before, redup=False) or ch in _VV_OBJECT:
        return False  # (增进了了解: a particle, then the word that opens with it — the excused characters' seam)

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, ch + after, _COMMON) or _is_word(words, before + ch, _COMMON):
            return False  # (体平 is a rare entry of the dictionary, no word a reader sees in 总体平稳)
        if _is_word(words, ch * 2 + after, 1) or _is_word(words, before + ch * 2, 1):
            return False
        return not any(_is_word(words, line[a : start + 1], 1) for a in range(max(0, start - 3), start - 1))

    return _recall(f"pair-lone-close5 {line[max(0, start - 3) : start + 4]}", slip)


# 注重学学习 / 新的学学期里 / 这项工作怎怎么抓 / 要遵守守纪律 (check48, our own slips in the shapes planter 48's copies showed): one copy
# of the doubled character belongs to no word. Said once, the character makes a common word with its neighbour (学习,
# 学期, 怎么, 遵守); written twice, the character on the far side of the pair (习, 期) or the far copy itself (怎, 守) is left
# with no word to join: it opens none with what follows (or ends none with what precedes) and is no word alone (习 and 期
# are bound; 会, 将, 成 stand alone, so 大大会 and 即即将 stay unread). Two words meeting share the character (治理|理论,
# 非常|常规: the character before makes a word with the first copy), a word of three or four characters holding the pair
# (村村通) and an AABB run (高高兴兴) are read as before.
_LOOSE_FREQ = 8000  # a character this common alone (会 92,091, 将 122,305, 入 20,209) is a word wherever it stands


def _loose(words: dict[str, str], ch: str) -> bool:
    """Whether jieba's dictionary counts `ch` alone as a common word (`_dictionary`'s "loose" entry)."""
    return ch in words["loose"]


_SPOKEN_VV = re.compile(r"给|帮|请|让|来|去|一起|着")
_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")


def _stranded_copy(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if not _HAN.match(after or " ") or after == ch or before == ch or ch in _NUMERALS or ch in _LEVEL_CHARS or ch in "委党":
        return False
    if line[start + 3 : start + 4] == after:
        return False  # 干干净净, 热热闹闹: an AABB run
    if before.isalnum() and not _HAN.match(before) or ch in _FUNCTION_CHARS or ch in _SLIP_PRONE or ch in _COVERBS:
        return False  # 2025年|年度: a year's figure, then the word; 增进了|了解: a particle before the word opening with it
    if _SPOKEN_VV.search(line[max(0, start - 4) : start]):
        return False  # 给他们支支招, 帮着算算账: a verb said twice before its object, the spoken way
    near = [m.start() for m in _DOUBLED.finditer(line, max(0, start - 8), start + 11) if m.start() != start]

    def slip() -> bool:
        words = _dictionary()
        if not words or not _is_word(words, ch + after, _COMMON):
            return False
        if any(not _spanned(words, line, at) and line[at + 3 : at + 4] != line[at + 2 : at + 3] for at in near):
            return False  # 跑跑腿、签签字, 扫扫地、清清垃圾: a series of verbs said twice (孜孜以求, 认认真真 are no such verb)
        left, right = line[max(0, start - 3) : start + 1], line[start + 2 : start + 6]
        if _HAN.match(before or " ") and _ends_word(words, left, 1):
            return False  # 非常|常规, 治理|理论: the first copy ends a word, the second opens one
        if _is_word(words, ch * 2, 1) or ch * 2 in REDUPLICATIONS or ch * 2 in _VERB_REDUPLICATIONS:
            # 学学|习, 小小|组: the pair a word, the character after it alone (a three-character entry such as 学学习 is
            # the dictionary's noise, not a word a reader sees)
            if _loose(words, after) or _starts_word(words, right, 1):
                return False
        elif _spanned(words, line, start) or (_HAN.match(before or " ") and _doubling_excused(ch, before, redup=False)):
            return False
        elif _loose(words, ch):
            return False  # 怎|怎么 is read on: the first copy ends no word and is no word alone
        # 歇歇脚, 红红脸: our own text writes the three together, the spoken way of a verb and its object
        return _ask(f"stranded-written {ch}{after}", lambda lexicon: lexicon.count(ch * 2 + after) < 2)

    return _recall(f"stranded-copy7 {line[max(0, start - 8) : start + 11]}|{min(start, 8)}", slip)


def _tagged(word: str, tag: str) -> bool:
    """Whether jieba's dictionary tags `word` (a character or a word) `tag`, or a tag that starts so when `tag` ends in
    "*" (补 v, 课 n, 研究 vn, 讨论 v), remembered."""

    def read() -> bool:
        found = _tag_of(word)
        return found.startswith(tag[:-1]) if tag.endswith("*") else found == tag

    return _recall(f"tagged {tag} {word}", read)


def _common(word: str) -> bool:
    """A word of the language (two characters at least `_COMMON` frequent; any of three or four), remembered."""
    return _recall(f"common-word {word}", lambda: _is_word(_dictionary(), word, _COMMON))


def _doubled_finding(run: str, ch: str, lineno: int, start: int) -> Finding:
    return Finding("repeated-char", ERROR, f"“{run}”中的“{ch}”字重复（多了一个）", lineno, start + 1, run, f"改为“{ch}”")


_CLAUSE_OPEN = re.compile(
    r"(?:^|[。！？；：，、“‘（(!?;:,]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*$"
)


def _start_slip(line: str, start: int, ch: str) -> bool:
    """坚坚持问题导向, 。医医疗卫生… (#13, plant32): a clause's first character typed twice when a retyped start leaves
    it — the pair is no word jieba says ten times or more (坚坚, 医医), the character is no verb or preposition
    that stands alone (有有效的办法) and makes a common word with the next (坚持), and
    no AABB word follows (实实在在, 家家户户) nor a reduplication of our list (人人, 处处, 常常)."""
    after = line[start + 2 : start + 3]
    if not after or not _HAN.match(after) or after == ch or line[start + 3 : start + 4] == after:
        return False
    if ch * 2 in REDUPLICATIONS or ch in _NUMERALS or ch in _FUNCTION_CHARS or ch in _STANDS_BEFORE_ITS_WORD:
        return False
    if not _CLAUSE_OPEN.search(line, 0, start) or _level_before_body(line, start, ch):
        return False
    if _recall(f"fair-word {ch * 2}", lambda: _is_word(_dictionary(), ch * 2, 10)):
        return False
    return _common(ch + after)


# ，市市场监管局机关… / 县县域经济发展办公室 / 市市政园林局 (#13, batch 54 p13): the bare level (市) that names a level's
# department, before a department whose own name opens with that character (市场监管局, 市政园林局) — no slip. A level's
# own bodies (县县委, 区区政府, 镇镇党委) stay slips.
_BODY_NAMED = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:局|委员会|中心|办公室|办|院|所|站|队|公司|集团|厅|协会|商会|服务社|管委会)")
_LEVEL_OWN_BODY = re.compile(r"(?:委|政府|人民政府|人大|政协|党委|党工委|直|里|级)")


def _level_before_body(line: str, start: int, ch: str) -> bool:
    if ch not in "省市县区镇乡" or _LEVEL_OWN_BODY.match(line, start + 2) or not _BODY_NAMED.match(line, start + 1):
        return False
    return _common(line[start + 1 : start + 3])


# 揭开新学学年的幕幔 / 本学学期 / 副县县长 (#13, batch 50 p30): a bound one-character prefix (新, 本, 上, 下 …) before a
# three-character word of jieba's dictionary (新学年, 本学期, 副县长) whose middle character is typed twice — the pair
# reads as two words (新学|学年) only when the prefix's pair is one, and after such a prefix it is not said so.
# (每年年初, 今年年底: the year's parts after 年 are told by _AFTER_A_DATE's list, and 每, 今 are no such prefixes.)
_BOUND_PREFIX = frozenset("新本上下副首该")


def _prefixed_word_slip(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if before not in _BOUND_PREFIX or not after or not _HAN.match(after) or line[start + 3 : start + 4] == after:
        return False
    if ch in _NUMERALS or ch in _FUNCTION_CHARS or _AFTER_A_DATE.match(line, start + 1):
        return False
    word = before + ch + after
    return _recall(f"prefixed-word {word}", lambda: _is_word(_dictionary(), word, 1)) and _common(ch + after)


# 。有有效的办法, 会会同…, 要要求…: a verb or preposition that is a word alone may stand before a word it opens
_STANDS_BEFORE_ITS_WORD = frozenset("有会要能可将把对为以从向让使被就都也还又才更最很不没无给到用由按据经等各每另")


def _phrase_end_slip(line: str, start: int, ch: str) -> bool:
    """创先争优优活动, 与时俱进进程 (#13, batch 51): a set phrase's last character typed twice before the next word — the
    second does not open a word with what follows (优活; 奋发图强强化 and 与时俱进进一步 open 强化, 进一步) and is no
    function word (实事求是是我们党的…: 是 starts the predicate)."""
    phrase = line[max(0, start - 3) : start + 1]
    if len(phrase) < 4 or not _HAN_FOUR.fullmatch(phrase) or ch in _FUNCTION_CHARS or ch in _SLIP_PRONE:
        return False
    if not _HAN.match(line[start + 2 : start + 3] or " "):
        # 真抓实干干，主动作为为。 (#13, plant32): before a clause's end too, even when the pair is a reduplication of its
        # own (干干 of 干干净净), which the other rules let pass
        return line[start + 2 : start + 3] in _CLAUSE_END and phrase in _SET_PHRASES
    if phrase not in _SET_PHRASES and not _recall(f"idiom {phrase}", lambda: _is_idiom(phrase)):
        return False
    right = line[start + 1 : start + 5]
    return not _recall(f"opens {right}", lambda: _starts_word(_dictionary(), right, 1))


# A two-character word typed twice (建设建设, 提升提升): ABAB. Verbs a speaker may say twice on purpose (研究研究, 商量商量),
# 一X一X (一步一步) and names are left alone.
_DOUBLED_WORD = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])\1\2")
_DOUBLED_TRIPLE = re.compile(r"([\u4e00-\u9fff]{3})\1")  # 中高考中高考
_ABAB_OK = frozenset(
    ["研究", "讨论", "商量", "考虑", "学习", "了解", "琢磨", "打听", "活动", "交流", "休息", "锻炼", "比划", "收拾", "打扫", "检查",
     "介绍", "总结", "思考", "反思", "掂量", "清醒", "沟通", "走动", "看看", "热闹", "高兴", "轻松", "暖和", "凉快", "溜达",
     "嘀嗒", "哗啦", "咕噜", "扑通", "叮当", "哈哈", "嘻嘻", "呵呵", "加油", "谢谢", "快点", "慢点", "再见",
     # 可以进来看看，参考参考 / 到兄弟学校去走一走，比较比较: a verb said twice to try it, as 研究研究 is
     "参考", "比较", "分析", "整理", "准备", "练习", "体验", "尝试", "放松", "请教"]
)

# 很多很多, 好久好久, 老远老远, 非常非常: a degree and its adjective (or the degree word alone) said twice on purpose;
# 戒躁戒躁, 建设建设 stay slips.
_EMPHASIS_ABAB = frozenset(["非常", "特别", "真的"])
_EMPHASIS_ADJ = frozenset("多久远大长高深少小")


# (县人民政府|政府工作报告: the report's own name after the government's, 人民政府政府工作报告)
_TITLE_AFTER = re.compile(r"长|书记|主任|委员|干部|成员|代表|(?<=政府政府)工作报告")


_CHANT = re.compile(r"再|又|还")


def _chained(word: str, middle: str) -> bool:
    """Whether BA (the run's middle) is nearly as much a word as AB in our own library's text: 创业 268 against 业创 68,
    做强 34 against 强做 60 (增强|做好), while a slip's AB far outnumbers its BA (协作 96 against 作协 4, 党的 449 against
    的党 105)."""

    def chained(lexicon: str) -> bool:
        middle_count = lexicon.count(middle) if lexicon else 0
        return middle_count > 0 and middle_count * 5 >= lexicon.count(word) * 2

    return _ask(f"chained {word} {middle}", chained)


# The lexicon (its text and its key, below), and what it answered, read once per process and only when a run needs it.
_LEXICON: list[str] = []
_LEXICON_READ: list[tuple[list[str], str]] = []
_ANSWERS: list[dict[str, bool]] = []
_UNSAVED: list[str] = []  # the key of answers not yet written (`save_answers`)
_MADE_FOR: list[tuple[list[str], str]] = []  # the files and key the lexicon and answers above were read for


def _ask(question: str, work: Callable[[str], bool]) -> bool:
    """`work(lexicon)`, a pure function of the lexicon's text, remembered by `question` in the cache folder beside the
    lexicon (under its key): a question counts a pair over its ~2.7 million characters (str.count, a few ms each) and the
    text itself costs a fresh process ~20 ms to read, while the pairs a draft meets come again and again from the same
    fragments (#18). The answers file is read once per process, and written again when a question was new."""
    return _recall(question, lambda: work(_lexicon()))


def _recall(question: str, work: Callable[[], bool]) -> bool:
    """`work()` remembered by `question` in the answers file (`_ask`); a question of jieba's dictionary alone
    (`_words_meet`, `_one_sided`) is kept there too, so that a later process reads neither the lexicon nor the
    dictionary for a pair it has met."""
    _, key = _lexicon_files()
    key = _answers_key(key)
    _RECALLS[0] += 1
    if not _ANSWERS:
        from drafter.cachefile import read_cached

        _ANSWERS.append(read_cached("lexicon-answers", key, valid=lambda v: isinstance(v, dict)) or {})
    answers = _ANSWERS[0]
    answer = answers.get(question)
    if answer is None:
        answer = answers[question] = bool(work())
        _UNSAVED[:] = [key]
    return answer


def _answers_key(lexicon_key: str) -> str:
    """The answers file's key: the lexicon's, and the rules' own files (their sizes and times) — an answer is what
    this code said of a question, so a drafter whose rules changed (an upgrade, an edit of an editable install) must
    not read the answers an older one gave (a slip once excused stayed excused)."""
    if not _RULES_STAMP:
        stamps = []
        for module in (__file__, os.path.join(os.path.dirname(__file__), "places.py")):
            try:
                info = os.stat(module)
                stamps.append(f"{info.st_size}.{info.st_mtime_ns}")
            except OSError:
                stamps.append("-")
        _RULES_STAMP.append("-".join(stamps))
    return f"{lexicon_key}-{_RULES_STAMP[0]}"


_RULES_STAMP: list[str] = []


def save_answers() -> None:
    """Write the answers file once a check is done, when it learnt something: a check that asks five new questions
    wrote the whole file five times (~29 files replaced in 8 new drafts of a warm worker, #18)."""
    if _UNSAVED and _ANSWERS:
        from drafter.cachefile import write_cached

        key = _UNSAVED.pop()
        write_cached("lexicon-answers", key, _ANSWERS[0])


def _lexicon_files() -> tuple[list[str], str]:
    """The shipped fragment files (their paths) and the key of their text (names, sizes and times), once per process.
    A path is a string joined with the folder separator: a Path for each of ~170 files cost a check ~3 M instructions
    (#18), where only a question new to the answers file reads the files."""
    if not _LEXICON_READ:
        # xxhash, not hashlib (which would load OpenSSL into a draft: tests/test_startup.py)
        from xxhash import xxh3_128_hexdigest

        from drafter.library.paths import default_library_dir

        root = default_library_dir()
        found = _yaml_files(str(root), ()) if root.is_dir() else []
        found.sort(key=lambda entry: entry[0])  # as sorted(root.rglob("*.yaml")): by the parts of the path
        stamps = [f"{'/'.join(parts)}|{size}|{mtime}" for parts, size, mtime in found if size >= 0]
        key = xxh3_128_hexdigest("\n".join(stamps).encode())
        if _MADE_FOR and _MADE_FOR[0][1] == key:  # the files as before (a long-lived process, `forget_files`)
            _LEXICON_READ.append(_MADE_FOR[0])
            return _LEXICON_READ[0]
        for kept in (_LEXICON, _ANSWERS, _UNSAVED):  # the shipped library changed, or it is read for the first time
            kept.clear()
        _MADE_FOR[:] = [([os.sep.join((str(root), *parts)) for parts, _, _ in found], key)]
        _LEXICON_READ.append(_MADE_FOR[0])
    return _LEXICON_READ[0]


def _read_text(path: str) -> str:
    """`Path(path).read_text(encoding="utf-8", errors="replace")`."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def forget_files() -> None:
    """Look at the shipped library's files again at the next question (the resident's worker, before each command):
    an edited fragment file is another key, so the lexicon, its index and its answers are read anew for it."""
    _LEXICON_READ.clear()


def _yaml_files(folder: str, parts: tuple[str, ...]) -> list[tuple[tuple[str, ...], int, int]]:
    """Every *.yaml under `folder` (as Path.rglob finds them: hidden ones too, into linked folders), by its parts below
    the root, with its size and time (-1, -1: it cannot be read). A walk of os.scandir: rglob, relative_to and a
    Path.stat per file cost a fresh draft's self-check ~10 M instructions for ~100 files (#18)."""
    out: list[tuple[tuple[str, ...], int, int]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return out
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            out += _yaml_files(entry.path, (*parts, entry.name))
        elif entry.name.endswith(".yaml"):
            try:
                st = entry.stat()
                out.append(((*parts, entry.name), st.st_size, st.st_mtime_ns))
            except OSError:
                out.append(((*parts, entry.name), -1, -1))
    return out


def _lexicon() -> str:
    """The text of the shipped fragments (our own writing), read once and only when a question is new (`_ask`).

    Kept in the cache folder as one file keyed by the files' names, sizes and times: reading the ~100 files cost a
    first draft's self-check ~18 ms whenever it held a doubled character no list knows (#18)."""
    if not _LEXICON:
        from drafter.cachefile import cached

        files, key = _lexicon_files()

        def read() -> str:
            return "\n".join(_read_text(path) for path in files)

        text = cached("lexicon", key, read, valid=lambda v: isinstance(v, str))
        _LEXICON.append(LexiconIndex(text, _index(key, text)) if _KEEP_INDEX else text)
    return _LEXICON[0]


# Set by a long-lived process (the resident, `keep_index`): the lexicon comes with its index of pairs.
_KEEP_INDEX: list[bool] = []


def keep_index() -> None:
    """From now on this process's lexicon answers `count` and `in` from its pair index (`LexiconIndex`), and jieba's
    words are looked up by their first character (`_BY_FIRST`): the resident calls this before its worker starts, so
    a question a new draft asks costs lookups, not scans of the library's 2.7 million characters (~3 ms each, ~14 ms
    a new draft, #18). A fresh process keeps the plain text: it would spend more reading the index than the few scans
    it needs."""
    from drafter.cachefile import built_apart

    _KEEP_INDEX[:] = [True]
    if _LEXICON and not isinstance(_LEXICON[0], LexiconIndex):
        _LEXICON.clear()
    _lexicon()
    words = _dictionary()
    by_first = built_apart("jieba-words-by-first", _WORDS_KEY[0], lambda: _words_by_first(words),
                           lambda v: isinstance(v, dict)) if _WORDS_KEY else {}  # fmt: skip
    _BY_FIRST[:] = [(words, by_first)]


def _index(key: str, text: str) -> tuple[dict[str, int], dict[str, bytes], dict[str, bytes]]:
    """The lexicon's pair index, kept in the cache folder beside it under its key (building it takes ~0.5-1.5 s)."""

    def valid(value: object) -> bool:
        return isinstance(value, tuple) and len(value) == 3 and all(isinstance(v, dict) for v in value)

    from drafter.cachefile import built_apart

    # ("-2": the index with where each rare character stands; the file of the two-part index is another)
    return built_apart("lexicon-index", key + "-2", lambda: build_index(text), valid)  # type: ignore[no-any-return]


# A character written at most this often in the lexicon has where it stands kept (`LexiconIndex.rare`): a string of
# three or four different characters is then counted from where its rarest one stands, not by a scan of the text.
RARE_CHAR = 5000


def build_index(text: str) -> tuple[dict[str, int], dict[str, bytes], dict[str, bytes]]:
    """Every pair of two different characters in `text` with how often it occurs; for every character written
    twice in a row (查查, and two spaces) where each such pair starts (overlapping: 查查查 has two); and for every
    character written at most RARE_CHAR times where it stands — positions as 32-bit ints, in order."""
    from array import array
    from collections import Counter

    pairs = Counter(map(str.__add__, text, text[1:]))
    starts: dict[str, array[int]] = {}
    for m in re.finditer(r"(?=(.)\1)", text, re.DOTALL):
        starts.setdefault(m.group(1) * 2, array("I")).append(m.start())
    for double in starts:
        del pairs[double]
    rare = {c for c, n in Counter(text).items() if n <= RARE_CHAR}
    where: dict[str, array[int]] = {c: array("I") for c in rare}
    for at, c in enumerate(text):
        if c in rare:
            where[c].append(at)
    return dict(pairs), {double: at.tobytes() for double, at in starts.items()}, {c: at.tobytes() for c, at in where.items()}


class LexiconIndex(str):
    """The lexicon's text, whose `count` and `in` of a string the doubled-character rules ask about (two to four
    characters around a doubled one) are answered exactly as `str` answers them, from the pair index: a pair of two
    different characters from its count, a string holding a doubled pair from where that pair starts (then counted as
    `str.count` does, without overlaps), a string with a pair never written as absent, a string with a rare character
    from where that character stands (as a doubled pair). Anything else scans the text."""

    pairs: dict[str, int]
    doubles: dict[str, bytes]
    rare: dict[str, bytes]

    def __new__(cls, text: str, index: tuple[dict[str, int], dict[str, bytes], dict[str, bytes]]) -> LexiconIndex:
        made = super().__new__(cls, text)
        made.pairs, made.doubles, made.rare = index
        return made

    def count(self, sub: str, *span: int | None) -> int:  # type: ignore[override]
        if span or len(sub) < 2:
            return str.count(self, sub, *span)
        if len(sub) == 2 and sub[0] != sub[1]:
            return self.pairs.get(sub, 0)
        for at in range(len(sub) - 1):
            if sub[at] == sub[at + 1]:
                return self._count_around(sub, at)
        if any(sub[i : i + 2] not in self.pairs for i in range(len(sub) - 1)):
            return 0
        rarest = min(((len(self.rare[c]), at) for at, c in enumerate(sub) if c in self.rare), default=None)
        if rarest is not None:  # (a scan of the text cost a new draft ~2-10 ms, about once a draft)
            return self._count_from(sub, rarest[1], self.rare[sub[rarest[1]]])
        return str.count(self, sub)

    def _count_around(self, sub: str, at: int) -> int:
        """`str.count(sub)` from where `sub`'s doubled pair at `at` starts in the text."""
        starts = self.doubles.get(sub[at : at + 2])
        return 0 if starts is None else self._count_from(sub, at, starts)

    def _count_from(self, sub: str, at: int, starts: bytes) -> int:
        """`str.count(sub)` from `starts`, every place the text holds what `sub` holds at `at` (32-bit ints, in order):
        each match, leftmost first, then the next that begins after it ends."""
        found, free = 0, 0
        for start in memoryview(starts).cast("I"):
            begin = start - at
            if begin >= free and self.startswith(sub, begin) and begin >= 0:
                found, free = found + 1, begin + len(sub)
        return found

    def __contains__(self, sub: object) -> bool:
        if not isinstance(sub, str) or len(sub) < 2:
            return str.__contains__(self, sub)  # type: ignore[operator]
        if len(sub) == 2 or any(sub[i] == sub[i + 1] for i in range(len(sub) - 1)):
            return self.count(sub) > 0
        if not all(sub[i : i + 2] in self.pairs for i in range(len(sub) - 1)):
            return False
        return self.count(sub) > 0 if any(c in self.rare for c in sub) else str.__contains__(self, sub)


def check_doubled_words(line: str, lineno: int) -> list[Finding]:
    """建设建设, 提升提升: a two-character word said twice in a row.

    Not a join of words that share characters: 纪委|监委|监督, 县委|常委|常务, 重视|巡视|巡察 (委 and 视 join such
    words), 就业|创业|创新 (BA a likelier word than AB in our own library's text), 各乡镇|乡镇长 and 党支部|支部书记
    (the second pair starts a title); nor 能不能不, 干着干着.
    """
    findings = []
    for m in _DOUBLED_WORD.finditer(line):
        a, b = m.group(1), m.group(2)
        word = a + b
        if a == b or a in "一第每" or word in _ABAB_OK or a in _NUMERALS or b in _NUMERALS or _banner_line(line, word):
            continue
        if word in _EMPHASIS_ABAB or (a in "很好老" and b in _EMPHASIS_ADJ):
            continue  # 要做的事情还有很多很多, 非常非常感谢: a degree said twice for weight, as a speaker talks
        if a == "谁" or _tagged(word, "z"):
            continue  # 谁管谁管 (whoever's it is does it); 雪白雪白, 通红通红: a state word said ABAB (selfcheck53)
        if line[m.end() : m.end() + 1] == b or line[m.start() - 1 : m.start()] == a:
            continue  # 哈哈哈哈, 年年年 … runs of one character are check_repeated's
        if a in "委视" or b in "不没着了" or _TITLE_AFTER.match(line, m.end()):
            continue  # 纪委监委监督, 县委常委常务, 重视巡视巡察; 能不能不重不漏, 干着干着
        if line[m.end() : m.end() + 1] in "，," and _HEAD_RUN_IN.match(line[: m.start() + len(word)]):
            continue  # 一、凝聚共识、扩大共识共识，是团结奋斗的动力: the heading ran into its paragraph, which opens on its last word
        if doubled_as_saying(line, m.start(), m.end(), word):
            continue  # 干部干部，干字当头: a saying that says the word twice, then takes it up (census33)
        if _chained(word, b + a):
            continue  # 就业创业创新, 增强做强做优, 构建共建共治: three words sharing characters, 创业 the middle one
        if _CHANT.match(line, m.end()) and line[m.end() + 1 : m.end() + 3].find(b) >= 0 or line.startswith(a + "成" + b, m.end()):
            continue  # “干事干事干成事”, 学习学习再学习: a slogan's beat, the word said a third time with a word put in
        if _pun_opening(line, m.start(), m.end(), word):
            continue
        if (meant := _miswritten_idiom(a, b)) and meant not in line[max(0, m.start() - 4) : m.end() + 4]:
            findings.append(Finding(
                "repeated-char", WARNING, f"“{m.group(0)}”像是“{meant}”写错了一个字，不是“{word}”说了两遍", lineno,
                m.start() + 1, m.group(0), f"改为“{meant}”",
            ))  # fmt: skip
            continue
        findings.append(Finding(
            "repeated-char", ERROR, f"“{m.group(0)}”中的“{word}”重复了一次", lineno, m.start() + 1, m.group(0),
            f"改为“{word}”",
        ))  # fmt: skip
    for m in _DOUBLED_TRIPLE.finditer(line):
        word = m.group(1)
        if len(set(word)) < 3 or word[0] in "一第每" or any(c in _NUMERALS for c in word):
            continue  # 看一看看一看, 哈哈哈哈哈哈: runs of their own
        if word[0] == "谁":
            continue  # 该谁牵头谁牵头, 谁负责谁负责: 谁X谁X, whoever should do it does it (selfcheck53)
        if _chained(word, word[1:] + word[0]) or _chained(word, word[2] + word[:2]):
            continue  # 工会委员会委员 (工会|委员会|委员): the run's middle, 委员会, a likelier word than 会委员 in our own text
        if _banner_line(line, word) or _emphatic_of(line, m.start(), word):
            continue
        findings.append(Finding(
            "repeated-char", ERROR, f"“{m.group(0)}”中的“{word}”重复了一次", lineno, m.start() + 1, m.group(0),
            f"改为“{word}”",
        ))  # fmt: skip
    return findings


# 这是我们发展的底线的底线 / 重点的重点 / 关键的关键 (#13, batch 55 p08): a noun of priority said "N的N" for weight, as a
# speaker stresses the first of firsts — the 的 before it (发展的) makes the run read as 的底线 said twice.
_EMPHATIC_NOUNS = frozenset(
    ["底线", "红线", "关键", "重点", "核心", "基础", "根本", "前提", "要害", "难点", "焦点", "命脉", "根基", "要务", "首要", "重中之重"]
)


def _emphatic_of(line: str, start: int, word: str) -> bool:
    """The run at `start` (的底线的底线, 底线的底线的) is N的N with N a noun of priority."""
    if word.startswith("的"):
        return word[1:] in _EMPHATIC_NOUNS
    return word.endswith("的") and word[:-1] in _EMPHATIC_NOUNS


def _miswritten_idiom(a: str, b: str) -> str:
    """希望你们戒躁戒躁，再接再厉 (#13, batch 53 p36): ABAB that an idiom of the AXAB or ABAX shape (戒骄戒躁, 全心全意,
    尽心尽力) reads with one character changed — the writer mistyped the idiom, so deleting one 戒躁 (the doubled-word
    fix) would break the sentence: the idiom, when just one fits, else nothing. (戒骄戒躁戒躁, the idiom written and
    its half said again, is a word said twice.)"""
    _is_idiom("")  # the idioms, read once
    idioms = _IDIOMS[0] if _IDIOMS else ""
    fits = {x for x in re.findall(rf"\n({a}[^\n{b}]{a}{b}|{a}{b}{a}[^\n{b}])(?=\n)", idioms)}
    fits |= {p for p in _SET_PHRASES if re.fullmatch(rf"{a}[^{b}]{a}{b}|{a}{b}{a}[^{b}]", p)}
    return fits.pop() if len(fits) == 1 else ""


@lru_cache(maxsize=64)  # asked for every doubled word of a line: a 2 MB line of 安全安全… took minutes (newuser35)
def _banner_line(line: str, word: str) -> bool:
    """德迅网德迅网德迅网 on a line of its own: a web page's banner (its logo's text said once for each image), no
    sentence of the speech; a slip doubles a word inside a sentence, it does not make up a whole line three times over."""
    text = line.strip()
    return len(text) >= 3 * len(word) and text == word * (len(text) // len(word))


# 一、凝聚共识、扩大共识 / 共识，是… run into one line: a heading mark, then no stop or comma before the doubled word
_HEAD_RUN_IN = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，,。；！？：:]{2,38}$")
_PLAIN_DEGREE = re.compile(r"(?:很|太|挺|最|更|较|比较|非常|十分|特别|相当|极其|格外)$")
_REDUP_ADJ = frozenset("好大多高慢快稳深轻紧牢久清干平明白")
_MEASURE = frozenset("名个家项人次件位所座户条张台辆亩周年天岁元万亿")
# 好好, 紧紧, 牢牢 … say how something is done: right before a stop (早上好好！) they are a slip.
_MANNER_WITH_MORE = frozenset("深紧牢")
_MANNER = frozenset(["好好", "紧紧", "牢牢", "深深", "稳稳", "默默", "悄悄", "渐渐", "慢慢", "轻轻"])


def _degree_or_count_slip(line: str, start: int, ch: str) -> bool:
    """很好好 (好好 is a word, never after 很), 50名名 and 97周周年 (a measure word after a figure is said once),
    早上好好！ (a manner reduplication with nothing to qualify)."""
    if ch in _REDUP_ADJ and _PLAIN_DEGREE.search(line, 0, start):
        # 更深深地感到, 更紧紧地团结: 更 qualifies the whole verb phrase, whose manner is said with its set reduplication
        # (更好好地, 更快快地 are still slips: 更好地, 更快地 are the phrases they come from)
        return not (ch in _MANNER_WITH_MORE and line.startswith("地", start + 2) and line[start - 1 : start] == "更")
    if ch * 2 in _MANNER and line[start + 2 : start + 3] in ("！", "!", "。", "，", ",", "；", "？"):
        return True
    if ch in _MEASURE and line[start - 1 : start].isdigit():
        # 2025年|年终, 3月|月底: the second opens a word of its own
        return not _AFTER_A_DATE.match(line, start + 1) and not _count_then_word(line, start, ch)
    return False


# 1个个性问题, 3个个人奖项, 2家家庭农场 (#13, batch 50 p20): after a figure and its measure word, the measure's
# character opens a common word of its own (个性, 个人, 家庭). A figure's own compound units (97周周年, 5人人次) are
# still the unit typed twice.
_FIGURE_UNITS = frozenset({"周年", "人次", "户次", "件次", "个月", "年度", "年头", "天次", "次数"})


def _count_then_word(line: str, start: int, ch: str) -> bool:
    word = ch + line[start + 2 : start + 3]
    if len(word) < 2 or not _HAN.match(word[1]) or word in _FIGURE_UNITS:
        return False
    return _common(word)


# 活动开始的第一一天 / 第三三次会议: an ordinal's numeral is said once; 三三个方面, 两项项任务: a count's numeral, or its
# measure word, typed twice (一一落实, 一个个, 一天天 and 三三两两 are words; 这几天天气, 两个个人 two words meeting).
_COUNT_MEASURE = frozenset("名个家项次件位所座户条张台辆亩周天岁元点")
_COUNT_BEFORE = frozenset("二三四五六七八九十两几")


def _count_slip(line: str, start: int, ch: str) -> bool:
    """第一一天, 三三个, 两项项: a numeral or a measure word said twice in an ordinal or a count."""
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch in _NUMERALS and before == "第":
        return True
    # 三三个, 强调两两点意见: the numeral twice before its measure word (两两结对 is a word); 两项项: the measure word twice
    numeral_twice = (ch in _NUMERALS or ch == "两") and after in _COUNT_MEASURE
    measure_twice = ch in _COUNT_MEASURE and before in _COUNT_BEFORE and not _AFTER_A_DATE.match(line, start + 1)
    if not (numeral_twice or measure_twice):
        return False
    right = line[start + 1 if ch in _COUNT_MEASURE else start + 2 : start + 6]
    return not _recall(f"starts-word {right}", lambda: _starts_word(_dictionary(), right, _COMMON))


# 2025年年终总结, 2026年年初, 近3年年均增长, 5月月底: a figure's 年 or 月, then a word that starts with it.
_AFTER_A_DATE = re.compile(r"年(?=[终初底中度内末报会鉴检薪限均货龄代份])|月(?=[初底中末度报份均薪])")


# 实实 is said only inside 实实在在, 扎扎实实, 踏踏实实 (AABB); outside them the pair is a word boundary only when the
# second 实 opens a word of its own (落实|实施, 夯实|实体, 务实|实干, 扎实|实现), after each such character here.
_AABB_HALVES = {"实": "施际效事干体现行践绩力在质用验地情处时物训习业名职权例况景心数证话惠招策举功劲打务有测拍战操账收"}


def _lone_half(line: str, start: int, ch: str) -> bool:
    """压实实工作责任: a pair that only an AABB word holds, outside one, and not two words meeting."""
    follow = _AABB_HALVES.get(ch)
    if follow is None or _double_ok(line, start, ch):
        return False
    return line[start + 2 : start + 3] not in follow or not line[start + 2 : start + 3]


def _reduplication_slip(line: str, start: int, ch: str) -> bool:
    """不断深深化改革, 积极稳稳妥推进, 推动执法持续常常态化: after an adverb that qualifies the next verb (持续, 进一步), a
    reduplication (深深, 稳稳, 常常) whose second character opens a common word with the next (深化, 稳妥, 常态) that our
    own library's text often writes and never writes doubled — the verb's first character typed twice. 始终牢牢把握,
    持续深深扎根 (牢把, 深扎: no word) and 积极人人参与 (our text writes 人人参与) keep their reduplication."""
    if ch * 2 not in REDUPLICATIONS or not (_PROCESS_ADVERB.search(line, 0, start) or _DEGREE.search(line, 0, start)):
        return False
    after = line[start + 2 : start + 3]
    if not _HAN.match(after or " ") or not _common(ch + after):
        return False
    return _ask(f"redup-after {ch}{after}", lambda lexicon: bool(lexicon) and lexicon.count(ch * 2 + after) == 0 and lexicon.count(ch + after) >= 50)


def _adverb_slip(line: str, start: int, ch: str) -> bool:
    """十分分严峻, 非常常重要 (常常 is a word, but not after 非常)."""
    for adverb, nexts in _ADVERB_TAIL.items():
        if adverb[-1] == ch and line.startswith(adverb, start - 1) and line[start + 2 : start + 3] not in nexts:
            return True
    return False


# Set phrases a speech uses whole: one of their inner characters typed twice (举世闻闻名, 实事求求是) is a slip whatever the
# character. Only inner ones: 奋发图强|强化 has the pair at the phrase's end, a word boundary.
_SET_PHRASES = frozenset(
    ["举世闻名", "举世瞩目", "众所周知", "家喻户晓", "脚踏实地", "实事求是", "与时俱进", "求真务实", "真抓实干", "攻坚克难", "一以贯之", "驰而不息", "久久为功", "精益求精", "持之以恒", "锲而不舍", "坚定不移", "毫不动摇", "全心全意", "鞠躬尽瘁", "砥砺前行", "继往开来", "开拓进取", "奋发有为", "迎难而上", "有目共睹", "来之不易", "刻不容缓", "义不容辞", "责无旁贷", "当务之急", "重中之重", "显而易见", "深入人心", "日新月异", "翻天覆地", "蒸蒸日上", "欣欣向荣", "生机勃勃", "风清气正", "凝心聚力", "齐心协力", "同心同德", "群策群力", "任劳任怨", "一丝不苟", "雷厉风行", "令行禁止", "防微杜渐", "警钟长鸣", "举一反三", "立竿见影", "因地制宜", "统筹兼顾", "循序渐进", "稳中求进", "守正创新", "行稳致远", "以人为本", "安居乐业", "长治久安", "名列前茅", "首屈一指", "独树一帜", "不可磨灭", "前所未有", "史无前例", "举足轻重", "不可或缺", "源远流长", "博大精深", "引人注目", "无微不至", "忠于职守", "尽职尽责", "恪尽职守", "廉洁奉公", "艰苦奋斗", "不忘初心", "牢记使命", "一往无前", "披荆斩棘", "再接再厉",
     # 学业进步，身心心健康 / 保持清醒醒头脑: a wish and a warning every school and safety speech says whole
     "身心健康", "清醒头脑",
     # 聚精会会神抓落实: set phrases of speeches jieba's dictionary does not tag as idioms (census33)
     "聚精会神", "砥砺奋进", "精准施策", "勇于担当", "务求实效", "落地见效", "抓铁有痕", "踏石留印",
     # 点评入木木三分: the praise a judge's or reviewer's speech gives a talk or an essay
     "入木三分", "画龙点睛", "深入浅出", "发人深省", "振聋发聩", "引人入胜", "鞭辟入里", "切中要害", "一针见血", "言简意赅",
     # 工作成绩喜喜人 / 发展势头喜喜人: the appraisals a report or a speech's look back says whole (no dictionary holds them)
     "成绩喜人", "形势喜人", "势头喜人", "成效喜人", "变化喜人", "成效显著", "成绩显著", "亮点纷呈", "捷报频传", "硕果累累",
     # 在创先争优优活动中: the campaigns a commendation names whole
     "创先争优", "争先创优", "比学赶超",
     # 真抓实干、主动作为 (#13, plant32): the pledges a look back or a closing says whole
     "主动作为", "担当作为", "履职尽责", "善作善成", "提质增效", "埋头苦干", "踔厉奋发", "勇毅前行"]
)


def _idiom_slip(line: str, start: int) -> bool:
    """与时时俱进, 日新月月异, 成绩喜喜人: with the pair said once, a set phrase (our list, or an idiom of jieba's
    dictionary) holds its character inside it — a slip even when the pair is a reduplication of its own (时时, 月月).
    A phrase that holds the pair as written (人人自危, 井井有条) keeps it."""
    collapsed = line[max(0, start - 3) : start + 1] + line[start + 2 : start + 5]
    at = min(start, 3)  # the pair's character in `collapsed`; a phrase with it second or third holds it inside
    grams = [g for lo in range(max(0, at - 2), at) if len(g := collapsed[lo : lo + 4]) == 4 and _HAN_FOUR.fullmatch(g)]
    if not grams:
        return False
    written = line[max(0, start - 2) : start + 4]  # the four-character runs that hold both characters of the pair
    held = [g for i in range(len(written) - 3) if _HAN_FOUR.fullmatch(g := written[i : i + 4])]
    if any(g in _SET_PHRASES for g in held):
        return False
    if any(g in _SET_PHRASES for g in grams):
        return not _recall(f"idiom-held {'|'.join(held)}", lambda: any(_is_idiom(g) for g in held))
    if _recall(f"idiom {'|'.join(grams)}|{'|'.join(held)}",
               lambda: any(_is_idiom(g) for g in grams) and not any(_is_idiom(g) for g in held)):  # fmt: skip
        return True
    if line[start : start + 2] in REDUPLICATIONS or line[start] in _SUFFIXES or _OWN_TITLE.match(line, start + 2):
        return False  # 全市市场, 党委委员: a place's or body's suffix; 市四医院院党委: an institution's own body or head
    if _words_join(line, start) or _double_ok(line, start, line[start]):
        return False  # (增进了了解: 了 then 了解, which our text's 增进了解 said five times does not make a slip)
    # 在市委、市政府的坚坚强领导下 / 查漏补补缺 / 十大民生实实事: a four-character run our own library's text says often
    # (坚强领导), never with the doubling (no run of four around the pair as written); 中国共产党党员 and 党委会会议 are
    # two words meeting (共产党|党员, 党委会|会议), though our text says 共产党员 and 党委会议
    return _ask(f"run4 {'|'.join(grams)}|{'|'.join(held)}",
                lambda lexicon: any(lexicon.count(g) >= _OFTEN for g in grams) and not any(h in lexicon for h in held))


_SUFFIXES = frozenset("省市县区镇乡村州旗盟委党")
_OFTEN = 5  # a four-character run our library writes this often is one of its set ways of saying a thing


_HAN_FOUR = re.compile(r"[\u4e00-\u9fff]{4}")
_HAN_TWO = re.compile(r"[\u4e00-\u9fff]{2}")


def _set_phrase_slip(line: str, start: int) -> bool:
    """举世闻闻名: with the pair said once, a set phrase holds the character inside it."""
    collapsed = line[max(0, start - 3) : start + 1] + line[start + 2 : start + 5]
    at = min(start, 3)  # the pair's character in `collapsed`
    for lo in range(max(0, at - 2), at):
        if collapsed[lo : lo + 4] in _SET_PHRASES and lo < at < lo + 3:
            return True
    # 攻坚克难难，真抓实干: the phrase's last character twice, then a stop; no word starts with it there (奋发图强|强化
    # goes on with a word, which stays a boundary)
    ends = start >= 3 and line[start - 3 : start + 1] in _SET_PHRASES and line[start + 2 : start + 3] in _CLAUSE_END
    return ends or (line[start + 1 : start + 5] in _SET_PHRASES and line[start - 1 : start] in _CLAUSE_END)


_CLAUSE_END = frozenset("，。；：！？、,;:!?”\"") | {""}


# 走在全全县前列, 动员全全区上下, 前全全部结业, 根据我我市…精神: 全 or 我 typed twice before the scope it opens (全县,
# 全部, 我市). 全全 and 我我 are no words; 安全全面, 健全全县… and 完全全部 are a word ending in 全 meeting the next one.
_SCOPE_HEAD = re.compile(r"全全(?=[省市县区乡镇州旗盟部体面力])|我我(?=[省市县区乡镇州旗盟们])")


def _scope_head_slip(line: str, start: int, ch: str) -> bool:
    if ch not in "全我" or not _SCOPE_HEAD.match(line, start) or line[start + 2 : start + 3] == ch:
        return False
    if ch == "我":
        return True
    left = line[max(0, start - 3) : start + 1]
    return _recall(f"scope-head {left}", lambda: not _ends_word(_dictionary(), left, 1))


def _unattested_pair(line: str, start: int, ch: str) -> bool:
    """提升城城镇品位: a pair our own library's text never writes (城城), whose second character opens a common word (城镇)
    that the character before does not end (升城), and which, said once, reads as our text does (升城镇). 全市市场,
    常委委员, 民主主义 and 汇报报告 are two words meeting (the character before ends a common word); the suffixes of
    places and bodies (上海市市场, 党委委员) are left alone, as are AABB runs (认认真真)."""
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch in "省市县区镇乡村州旗盟委党" or not before or not _HAN.match(after) or line[start + 3 : start + 4] == after:
        return False
    def unattested(lexicon: str) -> bool:
        if not lexicon:
            return False
        broken = _broken_word(lexicon, before, ch, after)
        return broken if ch * 2 in lexicon else (broken or _opens_word(lexicon, before, ch, after))

    return _ask(f"pair2 {before}{ch}{after}", unattested)


def _opens_word(lexicon: str, before: str, ch: str, after: str) -> bool:
    word = lexicon.count(ch + after)
    return word >= 50 and lexicon.count(before + ch) * 5 <= word and before + ch + after in lexicon


def _broken_word(lexicon: str, before: str, ch: str, after: str) -> bool:
    """安全全管理, 今天召开开的会议, 推进进会: said once, the three characters are our own library's text (安全管), where the
    doubled character belongs to one word only: apart from those three, the pair it makes with one neighbour (安全) is
    at least five times as common as with the other (全管). Two words meeting share the character as their join
    (工作|作风, 实施|施工, 对待|待遇: each pair is a word of its own, or the three are never written together), and a
    doubling our text writes itself around the same neighbours (会议议程 for 会议议安排) is no slip."""
    if before in _NUMERALS or not _HAN.match(before):
        return False  # 剖析一起起事故, 一个个: a count's measure said twice; 、治治病: a verb said twice opens the clause
    if after in "党长":
        return False  # 市四医院院党委, 学校校长: an institution's own body or head, named by its last character
    both = lexicon.count(before + ch + after)
    if lexicon.count(before + ch * 2 + after):
        return False  # 市场监管管的是市场秩序: our own text writes the three with the doubling (监管|管的)
    if both < 1 or (lexicon.count(before + ch * 2) + lexicon.count(ch * 2 + after)) * 10 > both:
        return False
    left, right = lexicon.count(before + ch) - both, lexicon.count(ch + after) - both
    return max(left, right) >= 10 and min(left, right) * 5 <= max(left, right)


_HAN = re.compile(r"[\u4e00-\u9fff]")


# 把职责落到到人 / 落实到到户: the 到 that leads to whom or where a duty goes (到人, 到户, 到位) is said once; 想到|到了 and
# 直到|到达 are two words.
_TO_TWICE = re.compile(r"到到(?=[人户位岗村组边])")
# 使用率率大幅提高: a rate (使用率, 覆盖率, 合格率) is never said twice; 效率|率先 and 比率|率领 are two words.
_RATE_TWICE = re.compile(r"率率(?![先领])")


def _slip(line: str, start: int, ch: str) -> bool:
    """Whether a doubled character that is no reduplication reads as a slip (的的, 都都, 严严峻 after 相当)."""
    return bool(_slip_why(line, start, ch))


def _slip_why(line: str, start: int, ch: str) -> str:
    """_slip's reading: the test that makes the pair a slip ("" when none does)."""
    if ch in _FUNCTION_CHARS:
        return "function-char"
    if _set_phrase_slip(line, start):
        return "set-phrase"
    if _TO_TWICE.match(line, start) or _RATE_TWICE.match(line, start):
        return "to-or-rate"
    before = line[start - 1 : start]
    if ch in _SLIP_PRONE:
        return "slip-prone" if before not in _SLIP_PRONE[ch] and not _SLIP_WORDS.match(line, start) else ""
    degree = _DEGREE.search(line, 0, start)
    # 看到最新新闻, 最大大项目 (check40): 最 and 很 make words of their own (最新, 最大, 很多), and when one meets the next
    # word (新闻) the pair is two words meeting — unless the text said once is our own (最重重要的 → 最重要的)
    if degree and not (degree.group(0) in ("最", "很") and _words_meet(line, start)):
        return "after-degree"
    if _ended_twice_at_stop(line, start, ch):
        return "ended-twice-at-stop"
    if _PROCESS_ADVERB.search(line, 0, start) and _recall(f"common-pair {ch}", lambda: not _is_word(_dictionary(), ch * 2, _COMMON)):
        return "after-process-adverb"
    if _words_meet(line, start):
        return ""  # 国家治理理论: 治理 and 理论 are both words of the language, whatever our own text's counts say
    for test in (_unattested_pair, _ended_twice, _one_sided):
        if test(line, start, ch):
            return test.__name__.strip("_")
    return ""


# jieba's dictionary, the language's words beside our own library's text, read once per process and only when a
# question is new (`_ask`): its words as strings ("\n治理\n理论\n…"), which load in a tenth of the time a dict takes —
# the two-character words by how common they are (at least 1, 10 or 50), the words of three and four characters, and
# the characters that are common words alone (作, 到: at least _BOUND), and the commonest of those (会, 将: at least
# _LOOSE_FREQ), which are words wherever they stand.
_WORDS: list[dict[str, str]] = []
_WORDS_KEY: list[str] = []  # the key of the dictionary's words (`keep_index` keeps them by first character under it)
_FLOORS = (1, 10, 50)


def _dictionary() -> dict[str, str]:
    """Kept in the cache folder, keyed by the dictionary file's name, size and time (parsing its 350,000 lines takes
    a second)."""
    if not _WORDS:
        from drafter.cachefile import cached
        from drafter.files import cache_key
        from drafter.gazetteer import _jieba_dict

        path = _jieba_dict()
        if path is None:
            _WORDS.append({})
            return _WORDS[0]
        stat = path.stat()

        def read() -> dict[str, bytes]:
            out: dict[str, list[str]] = {"long": [], "free": [], "loose": [], **{str(f): [] for f in _FLOORS}}
            for entry in path.read_text(encoding="utf-8").splitlines():
                parts = entry.split(" ", 2)
                if len(parts) < 2 or not parts[1].isdigit():
                    continue
                word, freq = parts[0], int(parts[1])
                if len(word) == 1 and freq >= _BOUND:
                    out["free"].append(word)
                    if freq >= _LOOSE_FREQ:
                        out["loose"].append(word)
                elif len(word) == 2:
                    for f in _FLOORS:
                        if freq >= f:
                            out[str(f)].append(word)
                elif len(word) <= 4:
                    out["long"].append(word)
            return {k: ("\n" + "\n".join(v) + "\n").encode("utf-16-le") for k, v in out.items()}

        # kept as UTF-16 (read back ~2.5 times cheaper than the UTF-8 a pickled str is: ~45 → ~18 M instructions, #18)
        key = cache_key(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{_BOUND}\0{_LOOSE_FREQ}\0utf-16".encode())
        kept = cached("jieba-words", key, read, valid=_valid_words)
        _WORDS.append({k: v.decode("utf-16-le", "replace") for k, v in kept.items()})
        _WORDS_KEY[:] = [key]
    return _WORDS[0]


def _valid_words(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, bytes) for k, v in value.items())


_IDIOMS: list[str] = []


def _is_idiom(word: str) -> bool:
    """A four-character idiom (成语, tagged i) or set expression (习用语, l) of jieba's dictionary, ~35,000 of them,
    read once per process and only when a question is new (kept in the cache folder, as `_dictionary`)."""
    if not _IDIOMS:
        from drafter.cachefile import cached
        from drafter.files import cache_key
        from drafter.gazetteer import _jieba_dict

        path = _jieba_dict()
        if path is None:
            _IDIOMS.append("")
        else:
            stat = path.stat()

            def read() -> str:
                found = []
                for entry in path.read_text(encoding="utf-8").splitlines():
                    parts = entry.split(" ")
                    if len(parts) >= 3 and len(parts[0]) == 4 and parts[2] in ("i", "l"):
                        found.append(parts[0])
                return "\n" + "\n".join(found) + "\n"

            key = cache_key(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
            _IDIOMS.append(cached("jieba-idioms", key, read, valid=lambda v: isinstance(v, str)))
    return f"\n{word}\n" in _IDIOMS[0]


def _is_word(words: dict[str, str], word: str, floor: int) -> bool:
    """A two-character word at least `floor` (1, 10, 50) frequent, or any word of three or four characters."""
    entry = str(floor) if len(word) <= 2 else "long"
    if _BY_FIRST and _BY_FIRST[0][0] is words and word and "\n" not in word:
        return f"\n{word}\n" in _BY_FIRST[0][1].get(entry, {}).get(word[0], "")
    if word and "\n" not in word and (index := _sorted_words(words)) is not None:
        return _in_sorted(index.get(f"{entry} {len(word)}", b""), word)
    return f"\n{word}\n" in words.get(entry, "")


# The dictionary's words of each entry sorted, one string per entry and length without separators ("1 2": 一一一丁…),
# kept as UTF-32-BE (fixed width, ordered as the text, read without decoding: ~2 M instructions), which `_is_word` bisects once this process has scanned an entry `_SCANS_BEFORE_SORTED` times: a scan of the three-
# and four-character words costs ~2 M instructions, and a draft's self-check asked ~380 (voice.py's `_in_word`, #18),
# while a check that asks one or two questions reads no more than before. Kept in the cache folder under the words' key.
_SORTED: list[tuple[dict[str, str], dict[str, bytes]]] = []
_SCANS: list[int] = [0]
_SCANS_BEFORE_SORTED = 4


def _sorted_words(words: dict[str, str]) -> dict[str, bytes] | None:
    """The sorted words of `words` (the dictionary's, `_dictionary`), or None while scanning is still the cheaper."""
    if _SORTED and _SORTED[0][0] is words:
        return _SORTED[0][1]
    _SCANS[0] += 1
    if _SCANS[0] <= _SCANS_BEFORE_SORTED or not _WORDS or words is not _WORDS[0] or not _WORDS_KEY:
        return None
    from drafter.cachefile import cached

    index = cached("jieba-words-sorted", _WORDS_KEY[0], lambda: _words_sorted(words), valid=_valid_sorted)
    _SORTED[:] = [(words, index)]
    return index


def _words_sorted(words: dict[str, str]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for entry, joined in words.items():
        sizes: dict[int, set[str]] = {}
        for word in joined.split("\n"):
            if word:
                sizes.setdefault(len(word), set()).add(word)
        out.update({f"{entry} {size}": "".join(sorted(group)).encode("utf-32-be") for size, group in sizes.items()})
    return out


def _valid_sorted(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    for key, joined in value.items():
        size = key.rpartition(" ")[2] if isinstance(key, str) else ""
        if not (size.isdecimal() and int(size) > 0 and isinstance(joined, bytes) and len(joined) % (4 * int(size)) == 0):
            return False
    return True


def _in_sorted(joined: bytes, word: str) -> bool:
    """`word` is one of the words of its length `joined` holds in order (a bisection of the fixed-width slots; big-endian
    UTF-32 orders as the characters do)."""
    size = 4 * len(word)
    key = word.encode("utf-32-be", "surrogatepass")  # a lone surrogate is no word of the dictionary, read as UTF-8
    low, high = 0, len(joined) // size
    while low < high:
        middle = (low + high) // 2
        if joined[middle * size : middle * size + size] < key:
            low = middle + 1
        else:
            high = middle
    return joined[low * size : low * size + size] == key


# The dictionary's words by their first character (`keep_index`): `_is_word` then scans a few hundred characters,
# not the ~1 million of its entry (~1.7 ms a question under load, #18). The same test: a word is one of the entry's.
_BY_FIRST: list[tuple[dict[str, str], dict[str, dict[str, str]]]] = []


def _words_by_first(words: dict[str, str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for entry, joined in words.items():
        groups: dict[str, list[str]] = {}
        for word in joined.split("\n"):
            if word:
                groups.setdefault(word[0], []).append(word)
        out[entry] = {first: "\n" + "\n".join(group) + "\n" for first, group in groups.items()}
    return out


_COMMON = 50  # a two-character entry this frequent is a word in anyone's reading (理理 3, 实实 3 are AABB halves)
_BOUND = 1000  # a character this rare alone lives inside its words (砺 115): 作, 到, 院 also stand as words of their own


def _ends_word(words: dict[str, str], left: str, floor: int) -> bool:
    """Some word of 2–4 characters ends `left` (its last character the pair's first)."""
    return any(_is_word(words, left[-k:], floor) for k in (2, 3, 4) if len(left) >= k)


def _starts_word(words: dict[str, str], right: str, floor: int) -> bool:
    return any(_is_word(words, right[:k], floor) for k in (2, 3, 4) if len(right) >= k)


def _whole_once(words: dict[str, str], line: str, start: int) -> bool:
    """Said once, the character sits inside a word of 3–4 characters reaching past it on both sides (与时时俱进: 与时俱进)."""
    once = line[:start] + line[start + 1 :]
    return any(_is_word(words, once[a : a + k], 1) for k in (3, 4) for a in range(start - k + 2, start) if a >= 0)


def _spanned(words: dict[str, str], line: str, start: int) -> bool:
    """A word of 3–4 characters holds both characters of the pair (绿油油, 村村通, 哈哈镜)."""
    return any(_is_word(words, line[a : a + k], 1) for k in (3, 4) for a in range(start + 2 - k, start + 1) if a >= 0)


def _words_join(line: str, start: int) -> bool:
    """A common word ends at the pair's first character and another starts at its second (共产党|党员)."""
    left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]

    def meet() -> bool:
        words = _dictionary()
        return _ends_word(words, left, _COMMON) and _starts_word(words, right, _COMMON)

    return _recall(f"words-meet {left}|{right}", meet)


def _words_meet(line: str, start: int) -> bool:
    """治理理论, 工程师师生: a common word ends at the pair's first character and another starts at its second (unless
    the four characters around it, said once, are our own text's: 文化化工作 → 文化工作)."""
    if not _HAN.match(line[start - 1 : start] or " ") or not _HAN.match(line[start + 2 : start + 3] or " "):
        return False
    if not _words_join(line, start):
        return False
    said_once = line[start - 1 : start + 1] + line[start + 2 : start + 4]
    return len(said_once) < 4 or not _ask(f"said-once {said_once}", lambda lexicon: lexicon.count(said_once) >= 3)


def _one_sided(line: str, start: int, ch: str) -> bool:
    """砥砺砺奋进, 很受感感动: the pair is no word of the language (感感, 砺砺), no longer word holds it, and only one of
    its characters belongs to a word: the one that ends a word before (砥砺) while nothing starts at the other (砺奋)
    and the character is no word alone (砺; 工作作部署 has the verb 作), or the one that opens a word after (感动)
    while nothing ends at the first (受感) and the three said once are our own text (受感动). Two words meeting
    (治理|理论) and a verb said twice before its object (洗洗澡, 红红脸: nothing before it, or never written said once)
    are left alone. Our own text must not write the other pair as a word of its own (营商 is one, though jieba's
    dictionary is older than it)."""
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if not _HAN.match(before or " ") and _HAN.match(after or " ") and not before.isalnum():
        return _head_of_word(line, start, ch)  # ，坚坚持不懈: the clause's first word, its first character typed twice
    if not _HAN.match(before or " ") or not _HAN.match(after or " ") or before in _NUMERALS or before == "一":
        return False
    left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]
    window = line[max(0, start - 3) : start + 5]

    def side() -> bool:
        """True: the word is before (砥砺|砺奋); False: after, or neither (the answer's other half says which)."""
        words = _dictionary()
        return bool(words) and _ends_word(words, left, 10) and not _starts_word(words, right, 1) and f"\n{ch}\n" not in words["free"]

    def lone(at_end: bool) -> bool:
        words = _dictionary()
        if not words or _is_word(words, ch * 2, 10) or _spanned(words, line, start):
            return False
        if at_end:
            return _starts_word(words, right, _COMMON) and not _ends_word(words, left, 1)
        return True

    at = start - max(0, start - 3)
    if not _recall(f"lone {window}|{at}", lambda: lone(False)):
        return False
    three = before + ch + after
    if _recall(f"word-before {window}|{at}", side):
        return _ask(f"rare-after {three}", lambda lexicon: lexicon.count(ch + after) - lexicon.count(three) <= 1)
    if _recall(f"word-after {window}|{at}", lambda: lone(True)):
        if _ask(f"rare-before {three}", lambda lexicon: (n := lexicon.count(three)) >= 1 and lexicon.count(before + ch) - n <= 1):
            return True
        return _head_of_word(line, start, ch)
    return False


# 要坚坚定信心, 并坚坚持下去: a one-character modal or adverb before the verb whose first character is typed twice;
# the coverbs stand before a noun that may open with their own character (对对方负责, 要把把关放在前面).
_MODAL_BEFORE = frozenset("要并都也就将须应能会可再又还才均已正仍亦需得")
_COVERBS = frozenset("对把让以向为给从被和与在将跟同往由按比用于叫令使")


def _head_of_word(line: str, start: int, ch: str) -> bool:
    """低调务务实, 大力弘扬担担当精神, 作风务务实: the first character of a word our own library says often (务实, 担当)
    typed twice right after a whole common word (低调, 弘扬), though our text never writes the three together. The pair
    is no word of the language at all (散散步, 练练兵, 晒晒太阳 are verbs said twice: jieba lists 散散, 练练) and our
    text never writes it; a word our library seldom says (握手, 亮相) is left alone. The same after a one-character modal
    or adverb (要坚坚定信心, 并坚坚持下去) and at a clause's start (，坚坚持不懈), where nothing ends at the first
    character; a coverb before its object (对对方, 把把关, 以以往) says two words."""
    before_word = line[max(0, start - 4) : start]
    if ch in _SUFFIXES or before_word[-1:] in _NUMERALS:
        return False
    lead = before_word[-1:]
    if not _HAN.match(lead or " ") or lead in _MODAL_BEFORE:
        if ch in _COVERBS:
            return False
        left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]

        def opens_word() -> bool:
            words = _dictionary()
            return (bool(words) and not _is_word(words, ch * 2, 1) and not _spanned(words, line, start)
                    and not _ends_word(words, left, 1) and _starts_word(words, right, _COMMON))  # fmt: skip

        if not _recall(f"opens-word {left}|{right}", opens_word):
            return False
    else:

        def after_whole_word() -> bool:
            words = _dictionary()
            return bool(words) and _ends_word(words, before_word, _COMMON) and not _is_word(words, ch * 2, 1)

        if not _recall(f"after-word {before_word}|{ch}", after_whole_word):
            return False
    after = line[start + 2 : start + 3]
    return _ask(f"head-of-word {ch}{after}", lambda lexicon: lexicon.count(ch * 2) == 0 and lexicon.count(ch + after) >= 20)


def _double_ok(line: str, start: int, ch: str) -> bool:
    window = line[max(0, start - 2) : start + 4]
    for m in _DOUBLE_OK.finditer(window):
        if m.group(1) and ch in _SLIP_PRONE and ch != "严":
            continue  # 天天都都: an AABB run (实实在在) is no word with 都都, 不不 in it; 严严实实 is
        if m.group(1) and (set(m.group(1) + m.group(2)) & (_D_PARTICLES | _FUNCTION_CHARS)):
            continue  # 建设设的的 (fp51, a sealed planted phrase): no AABB word has a particle for a half
        lo, hi = m.start() + max(0, start - 2), m.end() + max(0, start - 2)
        if lo <= start and start + 2 <= hi:
            return True
    return False


# 医院院党委书记, 学校校委会, 工厂厂长: the institution, then its body or head named by its one-character short name
_OWN_TITLE = re.compile(r"(?:党委|党总支|党支部|委会|长|领导|务会)")


def _ended_twice(line: str, start: int, ch: str) -> bool:
    """这也是检验验区域发展的重要标准, 要着力保障障群众安全: a common word's last character typed twice (检验, 保障), where
    our own library's text, which never writes the pair, reads the words said once (保障群 makes most of 障群). Two words
    meeting have the second character open a word of its own, which our text writes apart from this join (经验|验收:
    经验收 is no share of 验收; 人民|民主, 检验|验证, 导向|向纵深 alike), or none at all (验区) while the text reads on
    with a word (区域)."""
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch in "省市县区镇乡村州旗盟委党" or not _HAN.match(before) or not _HAN.match(after) or before == "一":
        return False  # 全市市场, 党委委员: a place's or body's suffix, then a word; 一道道: a measure word said twice
    if _OWN_TITLE.match(line, start + 2):
        return False
    then = line[start + 3 : start + 4]

    def ended_twice(lexicon: str) -> bool:
        if not lexicon or lexicon.count(ch * 2) > 2 or lexicon.count(before + ch) < 50:
            return False
        opened = lexicon.count(ch + after)
        if not opened:  # 检验验区域: 验区 never written, and 区域 reads on as a word
            return bool(_HAN.match(then)) and lexicon.count(after + then) >= 20
        said_once = lexicon.count(before + ch + after)
        return said_once >= 3 and said_once * 2 >= opened

    return _ask(f"ended {before}{ch}{after}{then}", ended_twice)  # answers kept in the cache folder (#18)


_STOPS = "，。；、！？：,;!?:"


def _ended_twice_at_stop(line: str, start: int, ch: str) -> bool:
    """代价惨重重、 / 任务繁重重。 / 形势严峻峻，: a word that ends clauses in our own library's text (惨重，) with its last
    character typed twice before the clause ends, where our text never writes the three together. 困难重重， and
    心事重重 say a reduplication after a noun our text never ends a clause with (难重，), and are left alone; 一天天 and
    the places' and bodies' suffixes too."""
    before = line[start - 1 : start]
    if line[start + 2 : start + 3] not in _STOPS or ch in "省市县区镇乡村州旗盟委党" or before in _NUMERALS:
        return False
    if not _HAN.match(before) or before == ch:
        return False

    def ends_clauses(lexicon: str) -> bool:
        # (生产安全全面推进: our text writes 安全全 where two words meet, never before a stop — #13, batch 55)
        if not lexicon or any(lexicon.count(before + ch * 2 + stop) for stop in _STOPS):
            return False
        return sum(lexicon.count(before + ch + stop) for stop in _STOPS) >= 3

    return _ask(f"stop-at {before}{ch}", ends_clauses)  # answers kept in the cache folder (#18)


def check_halfwidth(line: str, lineno: int) -> list[Finding]:
    """Half-width , . ; : ? ! ( ) in Chinese text: one finding per line with every position."""
    positions = halfwidth_positions(line)
    if not positions:
        return []
    marks = "".join(line[i] for i in positions)
    cols = "、".join(str(i + 1) for i in positions[:8]) + ("……" if len(positions) > 8 else "")
    fixed = "".join(HALF_TO_FULL[c] for c in dict.fromkeys(marks))
    return [Finding(
        "halfwidth-punct", WARNING, f"中文中有 {len(positions)} 处半角标点“{''.join(dict.fromkeys(marks))}”（第 {cols} 列）",
        lineno, positions[0] + 1, line[positions[0]], f"改为全角“{fixed}”，可用 --fix 自动修正",
    )]  # fmt: skip


_SHORT_YEAR = re.compile(
    r"(?<![\d.\-—－/年])(\d{2})年(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})月|底|初|末|上半年|下半年|度|[一二三四]季度)"
    # 从03年开始 / 从03年起: the year a piece of work started (not 从30年前, 从10年来)
    r"|(?<=从)(\d{2})年(?=开始|起(?![来码]))"
    # 总结全县23年生态环境保护工作 / 截至23年: a year after the scope it is a year of (全县, 我市) or after 截至; not a
    # span (全县23年来, 我市23年间, 截至23年的时间)
    r"|(?<=[全我][省市县区乡镇])(\d{2})年(?![来间前后里多以内中了的时半代一])"
    r"|(?<=截至|截止)(\d{2})年(?![来间前后里多以内中了的时半代一])"
    # 通报了23年我县河湖长制工作情况: a year before the scope's work (not 连续23年, 近30年)
    r"|(?<![\d.\-—－/年续近经达已])(\d{2})年(?=[全我][省市县区乡镇][^，。；！？]{0,12}?工作)"
)
# A two-digit year as the year of a piece of work: 总结22年工作, 全面完成21年粮食生产任务, 一、充分肯定成绩，11年经济工作…
# (after a verb of summing up or planning, or opening a clause); not a span (从事了30年教育工作 has no such verb, 30年来,
# 20年的工作 and 30年工作经验 are left alone, and a clause opening 30年 is more often a span than 2030).
_WORK_NOUN = r"(?=[^，。；！？,;\d]{0,10}?(?:工作|任务|目标|计划|通知|方案|考核|预算|要点|成绩|成效))(?![^，。；！？]{0,8}(?:经验|经历|生涯|时间|年限))"
_SHORT_YEAR_WORK = re.compile(
    r"(?:总结|部署|完成|回顾|安排|肯定|通报|制定|下发|印发|出台|下达|做好|抓好|落实|启动|编制|谋划|审议|研究|贯彻|推进|迎接)了?"
    r"(\d{2})年(?![来间前后里多以内中了的时半代一])" + _WORK_NOUN
    + r"|(?:^|[，,、：:；;（(]|[一二三四五六七八九十]、)\s*((?!\d0)\d{2})年(?![来间前后里多以内中了的时半代一])" + _WORK_NOUN
)
# 二0二六年 (a digit zero or a letter O among the Chinese numerals of a year) and 二零二六年 (零 for 〇).
_HAN_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十\d])([〇○零一二三四五六七八九0０OoＯ]{4})年")
# (2026 年 03 月 08 日: a PDF copy spaces the figures from their words, check48)
_PADDED = re.compile(r"(?<![\d.])0([1-9]) ?(月|日|号)")
_NUMERIC_DATE = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})(?![\d.\-/])")
# 2026年2月30日, 13月份, 4月31日: a month or day that no calendar has (a year, when given, decides 2月29日).
_CAL_DATE = re.compile(r"(?<![\d.])(\d{1,2}) ?月(?:份|(?: ?(\d{1,2}) ?[日号]))")
# 13月底前完成, 15月中旬: a month no calendar has, as a deadline's part of the month says it (底, 初, 末, 上中下旬);
# a warning, as 13月份 is (1—3月 may have lost its dash). 13个月 has its 个.
_MONTH_PART = re.compile(r"(?<![\d.\-—–~～至到])(1[3-9]|[2-9]\d) ?月(?=底|初|末|[上中下]旬)")
# xx年13月医院成立, 今年13月, 自13月以来: a month no calendar has, said plainly (no 份, day, year of four or part of the
# month for the rules above to read). A warning, as 13月份 is. 13个月 has its 个, 第13月 and 13月薪 are no dates.
_PLAIN_MONTH = re.compile(r"(?<![\d.\-—–~～至到第])(1[3-9]|[2-9]\d) ?月(?!薪)")
# 1-13月，全镇新扩规模项目4个 / 1—15月份 (#13, batch 50 p21): a range of months whose end no calendar has (a month
# range starts at 1 to 12); 6-18月龄 (a baby's age in months) and 12-15月薪 are no dates.
_MONTH_RANGE_PAST = re.compile(r"(?<![\d.\-—–~～])(?:1[0-2]|[1-9]) ?[-—–~～至到] ?(?:1[3-9]|[2-9]\d) ?月(?![龄薪])")
_YEAR_BEFORE = re.compile(r"(?<![\d.])((?:19|20)\d{2}) ?年 ?$")
# 2023年13月组织培训: a month after a year, with no day or 份 after it (those _CAL_DATE reads)
_YEAR_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月(?!份| ?\d{1,2} ?[日号])")
# 二〇二三年九月三十一日, 二月三十日 in Chinese numerals (a year of four, when given, decides 二月二十九日)
_CN_DATE = re.compile(r"(?<![〇○零一二三四五六七八九十])([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_CN_YEAR_BEFORE = re.compile(r"(?<![〇○零一二三四五六七八九十])([〇○零一二三四五六七八九]{4})年$")
# 二〇三〇年9月底 / 二〇二七年1-3月 / 2028年十一月: a date whose year is written in Chinese numerals and whose month in
# figures, or the other way round (#13, batch 75's and 76's planted slips): one date is written one way throughout.
_MIXED_YEAR_MONTH = re.compile(
    r"(?<![〇○零一二三四五六七八九十\d])[〇○零一二三四五六七八九]{4}年 ?\d{1,2}(?: ?[-—–~～至到] ?\d{1,2})? ?月"
    r"|(?<![\d.])(?:19|20)\d{2}年(?:十[一二]?|[一二三四五六七八九])(?:[-—–~～至到](?:十[一二]?|[一二三四五六七八九]))?月"
)
_NO_QUARTER = re.compile(r"第[五六七八九十]季度|(?<![\d.])[5-9]季度")
_ASCII_DIGIT = re.compile("[0-9]")  # _NUMERIC_DATE's year opens with 19 or 20
_HAO_DATE = re.compile(r"(?:(?<=月)|(?<=本月)|(?<=下月)|(?<=上月))(\d{1,2})号")


def _century(short: str) -> str:
    """19 or 20 for a two-digit year: 95年 in a speech recalling 1995 is 1995, 25年 is 2025 (years after next are 19xx)."""
    import time

    return "19" if short.isdigit() and int(short) > (time.localtime().tm_year + 1) % 100 else "20"


def check_dates(line: str, lineno: int) -> list[Finding]:
    """25年 for a year, 03月 with a leading zero, 8号 for a date, 2026-03-08 or 2026.3.8 in a speech."""
    findings = []
    # Each pattern is searched only in a line holding a character it needs (most lines hold none, #18).
    has_year, has_digit = "年" in line, _ASCII_DIGIT.search(line) is not None
    for m in _NUMERIC_DATE.finditer(line) if has_digit else ():
        year, _sep, month, day = m.groups()
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”是数字写法，讲话稿中应写成年月日",
                                    lineno, m.start() + 1, m.group(0), f"改为“{int(year)}年{int(month)}月{int(day)}日”"))  # fmt: skip
        elif _impossible_numeric_date(year, month, day):
            findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”不存在", lineno, m.start() + 1, m.group(0),
                                    "核对月份和日期"))  # fmt: skip
    for m in _SHORT_YEAR.finditer(line) if has_year else ():
        short = next(g for g in m.groups() if g)
        findings.append(Finding("date-format", ERROR, f"年份“{m.group(0)}”写成了两位数", lineno, m.start() + 1,
                                m.group(0), f"写全年份，如“{_century(short)}{short}年”"))  # fmt: skip
    for m in _SHORT_YEAR_WORK.finditer(line) if has_year else ():
        short = next(g for g in m.groups() if g)
        col = m.start(1) if m.group(1) else m.start(2)
        if any(f.column == col + 1 for f in findings):
            continue  # 总结了04年全市信访工作: already read as the scope's year
        findings.append(Finding("date-format", ERROR, f"年份“{short}年”写成了两位数", lineno, col + 1, f"{short}年",
                                f"写全年份，如“{_century(short)}{short}年”"))  # fmt: skip
    for m in _HAN_YEAR.finditer(line) if has_year else ():
        digits = m.group(1)
        if not re.search(r"[一二三四五六七八九]", digits) or not re.search(r"[0０OoＯ零]", digits):
            continue
        fixed = re.sub(r"[0０OoＯ零○]", "〇", digits) + "年"
        bad = "".join(dict.fromkeys(c for c in digits if c in "0０OoＯ零"))
        severity = WARNING if set(bad) == {"零"} else ERROR
        findings.append(Finding("date-format", severity, f"年份“{m.group(0)}”中的“{bad}”应写作“〇”", lineno, m.start() + 1,
                                m.group(0), f"改为“{fixed}”"))  # fmt: skip
    has_month = "月" in line  # most lines name no month: the calendar rules are skipped
    for m in _CAL_DATE.finditer(line) if has_month else ():
        y = _YEAR_BEFORE.search(line, max(0, m.start() - 7), m.start())
        start = y.start() if y else m.start()
        if not _possible_date(y.group(1) if y else None, int(m.group(1)), m.group(2)):
            # 17月份 may be 1-7月份 that lost its dash: a warning; a day the month has not (4月31日) is an error
            severity = WARNING if int(m.group(1)) > 12 else ERROR
            said = line[start : m.end()].strip()
            findings.append(Finding("date-format", severity, f"日期“{said}”不存在", lineno, start + 1, said,
                                    "核对月份和日期（月份范围写作“1—7月”）"))  # fmt: skip
    for m in _MONTH_PART.finditer(line) if has_month else ():
        if _YEAR_BEFORE.search(line, max(0, m.start() - 7), m.start()):
            continue  # 2023年13月底: _YEAR_MONTH says it, with its year
        findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”不存在", lineno, m.start() + 1, m.group(0),
                                "核对月份（月份范围写作“1—3月”）"))  # fmt: skip
    for m in _YEAR_MONTH.finditer(line) if has_month and has_year else ():
        if not 1 <= int(m.group(2)) <= 12:  # 2023年13月 may be 1-3月 that lost its dash: a warning, as 13月份 is
            findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”不存在", lineno, m.start() + 1, m.group(0),
                                    "核对月份（月份范围写作“1—3月”）"))  # fmt: skip
    for m in _MONTH_RANGE_PAST.finditer(line) if has_month else ():
        findings.append(Finding("date-format", WARNING, f"月份范围“{m.group(0)}”不存在（一年只有12个月）", lineno,
                                m.start() + 1, m.group(0), "核对月份范围，如“1—3月”"))  # fmt: skip
    told = {f.column for f in findings if f.rule == "date-format"}
    for m in _PLAIN_MONTH.finditer(line) if has_month else ():
        if not told.intersection(range(m.start() - 6, m.start() + 2)):  # 2023年13月, 13月份, 13月底: said above
            findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”不存在", lineno, m.start() + 1, m.group(0),
                                    "核对月份（月份范围写作“1—3月”）"))  # fmt: skip
    for m in _MIXED_YEAR_MONTH.finditer(line) if has_month and has_year else ():
        findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”的年份和月份一个用汉字、一个用阿拉伯数字，写法不一致",
                                lineno, m.start() + 1, m.group(0), "同一个日期统一用阿拉伯数字或统一用汉字书写"))  # fmt: skip
    for m in _NO_QUARTER.finditer(line) if "季度" in line else ():
        findings.append(Finding("date-format", ERROR, f"“{m.group(0)}”不存在（一年只有四个季度）", lineno, m.start() + 1,
                                m.group(0), "核对季度"))  # fmt: skip
    for m in _CN_DATE.finditer(line) if has_month and "日" in line else ():
        try:
            month, day = parse_cn_number(m.group(1)), parse_cn_number(m.group(2))
        except ValueError:
            continue
        y = _CN_YEAR_BEFORE.search(line, max(0, m.start() - 5), m.start())
        year = "".join(str("〇○零一二三四五六七八九".index(c) - 2 if c not in "〇○零" else 0) for c in y.group(1)) if y else None
        if not _possible_date(year, month, str(day)):
            start = y.start() if y else m.start()
            findings.append(Finding("date-format", WARNING if month > 12 else ERROR, f"日期“{line[start : m.end()]}”不存在",
                                    lineno, start + 1, line[start : m.end()], "核对月份和日期"))  # fmt: skip
    for m in _PADDED.finditer(line) if "0" in line else ():
        findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”前面多了 0", lineno, m.start() + 1,
                                m.group(0), f"改为“{m.group(1)}{m.group(2)}”"))  # fmt: skip
    for m in _ODD_YEAR.finditer(line) if has_year else ():
        said, figures = m.group(0), m.group(1)
        if figures.isdigit() and len(figures) == 4 and int(figures) <= _LATEST_YEAR_SAID:
            continue  # (the usual year, most of them)
        if _SPAN_AFTER.match(line, m.end()) or _SPAN_BEFORE.search(line, max(0, m.start() - 3), m.start()):
            continue  # 2500年前, 有2300年历史: a span of years, not a year
        if ("O" in figures or "o" in figures) and len(figures) == 4:
            findings.append(Finding("date-format", ERROR, f"年份“{said}”中的字母“O”应为数字“0”", lineno, m.start() + 1, said,
                                    f"改为“{re.sub('[Oo]', '0', said)}”"))  # fmt: skip
        elif figures.isdigit() and len(figures) == 5 and not figures.endswith("000"):
            findings.append(Finding("date-format", WARNING, f"年份“{said}”多了一位数字", lineno, m.start() + 1, said,
                                    "核对年份"))  # fmt: skip
        elif figures.isdigit() and len(figures) == 4:
            findings.append(Finding("date-format", WARNING, f"年份“{said}”不像讲话里会说到的年份（数字顺序颠倒？）", lineno,
                                    m.start() + 1, said, "核对年份"))  # fmt: skip
    for m in _WEEKDAY_DATE.finditer(line) if "星期" in line or "周" in line or "礼拜" in line else ():
        findings += _weekday_slip(m, lineno)
    for m in _HAO_DATE.finditer(line) if "号" in line else ():
        findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”用了口语的“号”", lineno, m.start() + 1,
                                m.group(0), f"改为“{m.group(1)}日”"))  # fmt: skip
    return findings


# 二〇二五年，是…起始之年 in a speech whose title says 2025年 (#13, batch 73's planted f07 and f09): one year of the
# running text written in Chinese numerals where every other year the text writes is in figures — a clerk writes the
# years of one speech one way; a copy's year retyped by hand shows. Left alone: a date line under the title or at the
# foot (（二〇二五年三月十日）, 二〇二五年三月十日 closing a line: the document's date, written so by custom), the
# milestones the Party's documents write in Chinese numerals (到二〇三五年, 二〇五〇年; 二〇二〇年 beside 小康), and a text
# that writes more years in Chinese numerals than in figures (an old speech's own style).
_CN_RUNNING_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十\d])([一二][〇○零一二三四五六七八九]{3})年")
_FIGURE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2}) ?年")
_DATE_LINE_AFTER = re.compile(r"[〇○零一二三四五六七八九十]{0,3}月?[〇○零一二三四五六七八九十]{0,3}日?\s*[）)]?\s*$")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}


def _year_in_other_form(lines: Sequence[str], findings: Sequence[Finding]) -> list[Finding]:
    figures = [m for line in lines for m in _FIGURE_YEAR.finditer(line)]
    if not figures:
        return []
    told = {(f.line, f.column) for f in findings if f.rule == "date-format"}
    import time

    this_year = time.localtime().tm_year
    running = []
    for lineno, line in enumerate(lines, start=1):
        for m in _CN_RUNNING_YEAR.finditer(line) if "年" in line else ():
            year = int("".join(_CN_DIGIT.get(c, "9") for c in m.group(1)))
            if (lineno, m.start() + 1) in told or year > this_year + 1 or year < 1949:
                continue  # (到二〇三五年, 二〇五〇年: a plan's target, written as the Party's documents write it)
            if year == 2020 and "小康" in line:
                continue
            if (m.start() and line[m.start() - 1] in "（(") or _DATE_LINE_AFTER.match(line, m.end()):
                continue  # （二〇二五年三月十日）/ a line closed by the date: the document's date
            running.append((lineno, m, year))
    if not running or len(running) > 2 or len(running) > len(figures):
        return []
    out = []
    for lineno, m, year in running:
        shown = next((f.group(0) for f in figures if int(f.group(1)) == year), figures[0].group(0))
        out.append(Finding(
            "date-format", WARNING, f"年份“{m.group(0)}”用汉字书写，全文其他年份用阿拉伯数字（如“{shown}”），写法不一致",
            lineno, m.start() + 1, m.group(0), f"改为“{year}年”",
        ))  # fmt: skip
    return out


# 2O26年 (a letter O among a year's figures), 20025年 (a figure typed twice), 2206年 (two figures swapped: no speech
# speaks of a year past 2100) — #13, check46's own flawed speeches. A year of five figures ending in 000 (20000年前) is
# history, not a slip.
_ODD_YEAR = re.compile(r"(?<![A-Za-z\d.])((?:19|2[\dOo])[\dOo]{2,3})(?![\dOoA-Za-z]) ?年")
_LATEST_YEAR_SAID = 2100
_SPAN_AFTER = re.compile(r"前|后|历史|来|间|以来|以上|之久|的历史|左右|多|余|里|内|中")
_SPAN_BEFORE = re.compile(r"(?:共|有|近|约|长达|距今|历经|逾|超过|达|数|上)$")
# 2026年3月15日（星期一）: the weekday a date is given with must be the calendar's (15 March 2026 is a Sunday).
_WEEKDAY_DATE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])"
)
_WEEKDAYS = "一二三四五六日"


def _weekday_slip(m: re.Match[str], lineno: int) -> list[Finding]:
    import datetime

    try:
        day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return []  # (a day the month lacks: the calendar rules say so)
    said = "日" if m.group(4) == "天" else m.group(4)
    if _WEEKDAYS[day.weekday()] == said:
        return []
    right = _WEEKDAYS[day.weekday()]
    return [Finding("date-format", ERROR, f"{day.year}年{day.month}月{day.day}日是星期{right}，不是星期{m.group(4)}", lineno,
                    m.start() + 1, m.group(0), f"核对日期或改为“星期{right}”")]  # fmt: skip


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _impossible_numeric_date(year: str, month: str, day: str) -> bool:
    """发布时间：2025-13-16 / 2024.02.30 (#13, batch 50 p04): a date written in figures whose month or day no calendar
    has — a slip in the month (or the day), not some other figure, when the month is at most 19 and the day at most 31
    (2025.20.300 is no date at all)."""
    return int(month) <= 19 and 1 <= int(day) <= 31 and int(month) >= 1 and not _possible_date(year, int(month), day)


def _possible_date(year: str | None, month: int, day: str | None) -> bool:
    """13月, 4月31日, 2月30日; 2月29日 only in a leap year when the year is given."""
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    d = int(day)
    if not 1 <= d <= _MONTH_DAYS[month - 1]:
        return False
    if month == 2 and d == 29 and year:
        y = int(year)
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return True


# ---- plant33 (#13): doubled characters where two words meet, a stutter at a clause's start

# The suffixes of levels and the characters of bodies (全县县秋冬, 城市市已进入, 市委委组织部): doubled, the second one
# must open a word of its own (全市|市场, 党委|委员, 县委|委托, 全县|县域) or be one of the prefixes a level or a body
# puts before what it owns (全区|区直单位, 全县|县级领导, 南通市|市区), else it is a slip.
_SEAM_SUFFIX = frozenset("省市县区镇乡委")
_SEAM_OWNED = frozenset("委党政人直级属域内外城情长乡镇区村民容貌场管辖志庆代财教卫")


def _suffix_seam_slip(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if ch not in _SEAM_SUFFIX or not _HAN.match(before or " ") or not _HAN.match(after or " ") or after == ch:
        return False
    if after in _SEAM_OWNED or line[start + 3 : start + 4] == after or before == ch:
        return False
    left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]

    def seam() -> bool:
        words = _dictionary()
        return bool(words) and _ends_word(words, left, 1) and not _starts_word(words, right, 1)

    return _recall(f"suffix-seam {left}|{right}", seam)


# 市政政府, 县政政府: a body's three-character name (市政府, 组织部, 委员会) with its middle character typed twice, though
# the halves are words (市政|政府). Said twice the other way nothing is a body's name (大学学生: 大学生 ends in no office).
_BODY_END = frozenset("府部会局委院办厅处所站队")


def _body_name_slip(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if after not in _BODY_END or not _HAN.match(before or " ") or ch in _NUMERALS:
        return False
    name = before + ch + after
    if not _recall(f"body-name {name}", lambda: _is_word(_dictionary(), name, 1)):
        return False
    if before in "省市县区镇乡州旗" and after == "府":
        return True  # 市政政府, 县政政府: a level's government
    # (美国国会: jieba lists 美国会, our own text never writes it; 组织部 it writes often)
    return _ask(f"body-named {name}", lambda lexicon: lexicon.count(name) >= 5 and not lexicon.count(before + ch * 2 + after))


# A clause's first character typed twice (，这这几天, 。但但我们, 。新新的一年): the pair is no word of the language at
# all and no reduplication of our list, the character a word alone or the head of the word it opens (这, 但, 值此). A
# coverb may meet a word that opens with it (以以往的经验), a level's suffix its own (县县通: _clause_suffix_slip).
def _clause_stutter_slip(line: str, start: int, ch: str) -> bool:
    after = line[start + 2 : start + 3]
    if not _HAN.match(after or " ") or after == ch or line[start + 3 : start + 4] == after:
        return False
    if ch * 2 in REDUPLICATIONS or ch in _NUMERALS or ch in _COVERBS or ch in _SUFFIXES or ch in "某村户组":
        return False
    if ch in _STANDS_BEFORE_ITS_WORD:
        return False  # ，有有利条件，也有不少难题: 有 stands alone before the word it opens
    if not _CLAUSE_OPEN.search(line, 0, start) or (start and line[start - 1] in "、“‘「『"):
        return False  # (“照照镜子、正正衣冠”, 、治治病: a verb said twice, a slogan's beat, after a quote or a 、)
    right = line[start + 1 : start + 5]

    if ch in _CLAUSE_HEADS:
        return _recall(f"clause-head {line[max(0, start - 3) : start + 5]}", lambda: _lone_pair(line, start, ch))

    def stutter() -> bool:
        words = _dictionary()
        if not _lone_pair(line, start, ch):
            return False
        return _is_word(words, right[:2], 10) or any(_is_word(words, right[:k], 1) for k in (3, 4) if len(right) >= k)

    return _recall(f"clause-stutter3 {line[max(0, start - 3) : start + 5]}", stutter)


# The words that open a clause and are never said twice (这, 但, 新, 前, 自, 值, 请): any pair of them is a slip. A
# measure word or a noun said twice says "every" (校校都有, 岗岗落实, 届届相传), so other pairs must open a word.
_CLAUSE_HEADS = frozenset("这那但新前自值此该其若如虽即既凡今近现当正仍且则因故借另请")


def _lone_pair(line: str, start: int, ch: str) -> bool:
    words = _dictionary()
    return bool(words) and not _is_word(words, ch * 2, 1) and not _spanned(words, line, start)


# 。下下面，我讲 / 刚刚才， / 会会上， / 前前不久，: the word that opens a clause and stands before its comma (下面, 刚才,
# 会上, 前不久), its first character typed twice. 上上个月, 下下周 count back or on (a measure word follows the pair).
_OPENER_STOP = frozenset("，,：:")
_PAIR_MEASURE = frozenset("个周届次回批轮期")


def _opener_stutter_slip(line: str, start: int, ch: str) -> bool:
    if not _CLAUSE_OPEN.search(line, 0, start) or line[start + 2 : start + 3] in _PAIR_MEASURE or ch in _VV_OBJECT:
        return False
    if start and line[start - 1] in "、“‘「『":
        return False  # 红红脸、出出汗，: a verb said twice in a series, as our own 机关党建 fragments say it
    words = [line[start + 1 : start + 1 + k] for k in (2, 3) if line[start + 1 + k : start + 2 + k] in _OPENER_STOP]
    return any(
        len(word) >= 2 and _HAN_RUN.fullmatch(word) and _recall(f"opener {ch}{word}", partial(_opener_word, ch, word))
        for word in words
    )


def _opener_word(ch: str, word: str) -> bool:
    words = _dictionary()
    return _is_word(words, word, _COMMON if len(word) == 2 else 1) and not _is_word(words, ch + word, 1)


# A level's suffix typed twice at a clause's start before its own body (。县县委、县政府…, 。区区财政局, 。镇镇党委书记):
# 县县通, 村村都有 and 区区几个人 say every county or merely, and no body follows them.
_OWN_BODY_AFTER = re.compile(r"(?:委|政府|人大|政协|直|里|级|党委|[\u4e00-\u9fff]{1,6}?(?:局|办|委员会|中心|院|部))")


def _clause_suffix_slip(line: str, start: int, ch: str) -> bool:
    if ch not in "省市县区镇乡" or not _CLAUSE_OPEN.search(line, 0, start) or _level_before_body(line, start, ch):
        return False
    return bool(_OWN_BODY_AFTER.match(line, start + 2))


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _seam_slip(line: str, start: int, ch: str) -> bool:
    """plant33's classes (#13): a doubled character that the rules above read as two words touching or a clause's
    reduplication, but which no word of the language holds where it stands."""
    return (_suffix_seam_slip(line, start, ch) or _body_name_slip(line, start, ch) or _clause_stutter_slip(line, start, ch)
            or _opener_stutter_slip(line, start, ch) or _clause_suffix_slip(line, start, ch) or _word_head_twice(line, start, ch)
            or _ended_before_word(line, start, ch))


def _pun_opening(line: str, start: int, end: int, word: str) -> bool:
    """干部干部，先干一步 / 党员党员，党的一员 (#13, plant33): a word said twice to open a saying, then a comma and a clause
    that reads a character of it anew — the word is called out, not typed twice."""
    if not _CLAUSE_OPEN.search(line, 0, start) or line[end : end + 1] not in "，,":
        return False
    clause = re.split(r"[，,。；！？]", line[end + 1 : end + 12])[0]
    return any(c in clause for c in word)


# 抓安安全稳定, 打造生生态家园, 在县政府的正正确领导下, 老师们的精精心安排 (#13, plant33): a common word's first character
# typed twice where the pair is at most a rare word of the language (安安, 生生: halves of 安安全全, 生生不息) and
# nothing before it ends a word with it, while our own text writes the word said once far more than the pair (安全 3339,
# 安安 11). Reduplications a speech says (人人参与, 层层压实, 早早签约: common words of their own) stay, as do a verb
# said twice before its object (练练兵, 帮帮忙, 开开会: _VV_OBJECT) and words a longer entry holds (散散步, 谈谈心).
_UNIT_CHARS = frozenset("院校局所站厂店馆社团队部处科室组园场司行庭厅办")
# (the particles, coverbs and light verbs a word follows: 的正正确, 把安安全生产, 都有安安全提示, 抓安安全稳定; 。 a clause's start)
_HEAD_BEFORE = frozenset("。的地得之了着过和与及或把被将对向在从为让使给是有抓要搞做")
_VV_OBJECT = frozenset("练帮洗聊散见谈说看想听走跑唱跳握亮鼓加开讲问查找管抓理改动转算摸试比议学写读画拉碰通出红")


def _word_head_twice(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if not _HAN.match(after or " ") or after == ch or line[start + 3 : start + 4] == after:
        return False
    if not _HAN.match(before or " "):  # 。安安全生产是…: at a clause's start, nothing before it
        if not _CLAUSE_OPEN.search(line, 0, start) or (start and line[start - 1] in "、“‘「『"):
            return False
        before = "。"
    if ch in _SUFFIXES or ch in _NUMERALS or ch in _FUNCTION_CHARS or ch in _COVERBS or ch in _VV_OBJECT or before in _NUMERALS:
        return False
    if ch in _STANDS_BEFORE_ITS_WORD or (ch in _UNIT_CHARS and before in "们我本该全各"):
        return False  # 我们院院长, 我们校校园: a unit named by its one character (我们院), then its head or ground
    left = line[max(0, start - 3) : start + 1]

    def shape() -> bool:
        words = _dictionary()
        if not words or _is_word(words, ch * 2, _COMMON) or _spanned(words, line, start):
            return False
        if not _is_word(words, ch + after, _COMMON) or _ends_word(words, left, 1):
            return False
        # a word or a particle ends right before the pair (打造|生生态, 的|正正确); 自收|收入 (自收 no word we know) is
        # two words meeting all the same
        return before in _HEAD_BEFORE or _ends_word(words, line[max(0, start - 4) : start], 1)

    if not _recall(f"word-head4 {line[max(0, start - 4) : start + 4]}|{before}", shape):
        return False

    def rare_pair(lexicon: str) -> bool:
        said = lexicon.count(ch + after)
        return said >= 20 and lexicon.count(ch * 2) * 20 <= said and not lexicon.count(before + ch * 2 + after)

    return _ask(f"word-head-rare {before}{ch}{after}", rare_pair)


# 根据会议议安排, 今年的天气气情况, 争当排头头兵, 居民民群众, 宣读读了 (#13, plant33): a word's last character typed
# twice where the second opens no word of the language with what follows (议安, 气情, 头兵), our own text writes the
# words said once (会议安排), and the second never meets the next character but inside the word said once (议安 only in
# 会议安排). Two words meeting open a word at the second (工作|作风, 城市|市场, 治理|理论), and a character that stands
# as a word of its own meets the next elsewhere too (工作作了部署: 作了).
def _ended_before_word(line: str, start: int, ch: str) -> bool:
    before, after = line[start - 1 : start], line[start + 2 : start + 3]
    if not _HAN.match(before or " ") or not _HAN.match(after or " ") or after == ch or line[start + 3 : start + 4] == after:
        return False
    if ch in _SUFFIXES or ch in _NUMERALS or ch in _FUNCTION_CHARS or ch in _SLIP_PRONE or before in _NUMERALS or before == ch:
        return False
    if ch in _STANDS_BEFORE_ITS_WORD or after in "党长" or _OWN_TITLE.match(line, start + 2):
        return False  # 市四医院院党委书记, 学校校长: an institution's own body or head, named by its last character
    left, right = line[max(0, start - 3) : start + 1], line[start + 1 : start + 5]

    def shape() -> bool:
        words = _dictionary()
        return bool(words) and _ends_word(words, left, 10) and not _starts_word(words, right, 1) and not _spanned(words, line, start)

    if not _recall(f"ended-before {left}|{right}", shape):
        return False
    three, four = before + ch + after, line[start - 1 : start + 1] + line[start + 2 : start + 4]

    def said_once(lexicon: str) -> bool:
        if not lexicon or lexicon.count(before + ch * 2 + after) or lexicon.count(four) < 1:
            return False
        return lexicon.count(ch + after) - lexicon.count(three) <= 1

    return _ask(f"ended-before-said {four}", said_once)


# check_repeated's tests that make a pair a slip, in the order it asks them (judge_run)
_SLIP_TESTS: tuple[Callable[[str, int, str], bool], ...] = (
    _particle_de_twice, _mark_numeral_twice, _never_twice, _measure_twice_after_this, _redup_at_clause_end,
    _unworded_pair_slip, _aabb_half_alone, _phrase_end_slip, _start_slip, _prefixed_word_slip, _seam_slip,
    _between_words_slip, _redup_after_word_slip, _lone_between_words, _level_twice_before_body,
    _coverb_twice_at_clause_end, _overlap_seam_slip, _prefix_twice_slip, _rare_pair_after_word, _pair_before_degree,
    _pair_then_lone_close, _stranded_copy,
)  # fmt: skip


# ---------------------------------------------------------------- a doubling's shape, said without its text (fp50)
# A measure on texts it may not show (bench/archive_eval.py's sealed sets) says where the doubled-character rules go
# wrong by the shape of each doubling: which test decided, what the character is, which words of the language its
# copies make with their neighbours, what stands around it — never a character of the page.
_D_PARTICLES = frozenset("的了着过地得之")
_D_QUOTES = frozenset("“”‘’\"'「」『』《》〈〉")
_D_BRACKETS = frozenset("（）()[]【】〔〕")
_D_STOPS = frozenset("，。；：！？、,.;:!?…—")


def _side_kind(ch: str) -> str:
    if not ch:
        return "edge"
    if ch.isspace():
        return "space"
    if _HAN.match(ch):
        return "han"
    if ch in _D_QUOTES:
        return "quote"
    if ch in _D_BRACKETS:
        return "bracket"
    if ch in _D_STOPS:
        return "stop"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha() or "Ａ" <= ch <= "ｚ":
        return "latin"
    return "mark"


def _listed_class(ch: str) -> str:
    """A particle or a function word by drafter's own lists, or "": what the rules ask of a character (`_char_class`
    goes on to jieba's tag, which reads its whole dictionary: for the shapes of bench/archive_eval.py only)."""
    if ch in _D_PARTICLES:
        return "particle"
    if ch in _FUNCTION_CHARS or ch in _SLIP_PRONE or ch in _COVERBS or ch in _MODAL_BEFORE:
        return "function"
    return ""


def _char_class(ch: str) -> str:
    """What the doubled character is: a particle, a function word, a numeral, a measure word, a place's or body's
    suffix, a unit, else its tag in jieba's dictionary (v, n, a, d …) or rare (no word alone)."""
    if listed := _listed_class(ch):
        return listed
    if ch in _NUMERALS or ch in "两几":
        return "numeral"
    if ch in _MEASURE or ch in _COUNT_MEASURE or ch in _MEASURES_AFTER_THIS:
        return "measure"
    if ch in _SUFFIXES:
        return "suffix"
    if ch in _UNITS or ch in _UNIT_CHARS:
        return "unit"
    return f"tag-{_tag_of(ch) or 'none'}"


def _tag_of(word: str) -> str:
    parts = _entry(word)
    return parts[-1] if parts else ""


@lru_cache(maxsize=4096)
def _entry(word: str) -> list[str]:
    """jieba's dictionary line of `word` (word, frequency, tag) split, or []: its whole text is read once per process,
    the one read ingest's names use too (drafter.ingest.ownbodies.dictionary_text; only a question new to the answers
    file, or a shape of bench/archive_eval.py, asks it)."""
    from drafter.ingest.ownbodies import dictionary_text

    if not word:
        return []
    text = dictionary_text()
    at = text.find(f"\n{word} ")
    return text[at + 1 : text.find("\n", at + 1)].split(" ") if at >= 0 else []


def _word_grade(words: dict[str, str], word: str) -> str:
    """How common a word is: c (two characters, at least 50), m (10), r (1), w3/w4 (a longer word), - (none)."""
    if len(word) > 2:
        return f"w{len(word)}" if _is_word(words, word, 1) else "-"
    return next((g for g, f in (("c", 50), ("m", 10), ("r", 1)) if _is_word(words, word, f)), "-")


def _best_word(words: dict[str, str], pieces: list[str]) -> str:
    grades = [(len(p), _word_grade(words, p)) for p in pieces if _HAN_RUN.fullmatch(p)]
    found = [f"{g}" if n > 2 else f"2{g}" for n, g in grades if g != "-"]
    return found[-1] if found else "-"


def _line_kind(lines: Sequence[str], lineno: int) -> str:
    """The doubling's line: a title-like line (short, no sentence stop) above the salutation or the first sentence
    (head), a heading-like line (short, no stop) in the body, else a sentence line; and its length bucket (fp51)."""
    line = lines[lineno - 1].strip()
    short = len(line) <= 40 and not re.search(r"[。！？!?；;]", line)
    first_sentence = next((k for k, x in enumerate(lines, start=1) if re.search(r"[。！？!?]", x) or _SALUTATION_END.search(x)), 0)
    kind = ("head" if not first_sentence or lineno < first_sentence else "heading") if short else "sentence"
    size = next(f"len{b}" for b in (15, 40, 120, 400, 10**9) if len(line) <= b).replace("len1000000000", "len400+")
    return f"{kind}-{size}"


_SALUTATION_END = re.compile(r"(?:同志们|朋友们|同学们|老师们|代表们|各位[\u4e00-\u9fff]{0,6})[：:]\s*$")


def describe_doubling(lines: Sequence[str], lineno: int, column: int, text: str) -> str:
    """The shape of a doubling at `lines[lineno - 1]`, column `column` (1-based), `text` the doubled run: fields
    joined by "|" (see the comment above), no character of the text."""
    if not 0 < lineno <= len(lines):
        return "no-line"
    line = lines[lineno - 1]
    start = column - 1
    if line[start : start + len(text)] != text or len(text) < 2:
        return "src=across-lines"
    words = _dictionary()
    _NAMES_SEEN[0] = "\n".join(lines)
    page = [x.strip() for x in lines if len(x.strip()) >= 12]
    open_ends = sum(not (_D_STOPS | _D_QUOTES | _D_BRACKETS).intersection(x[-1]) for x in page)
    fields = [f"page={'wrapped' if page and open_ends * 10 >= 3 * len(page) else 'paragraphs'}"]
    if len(set(text)) > 1:
        half = text[: len(text) // 2]
        stop = start + len(text)
        ends_longer = next((f"w{k + len(half)}" for k in (1, 2) if start >= k and _is_word(words, line[start - k : start + len(half)], 1)), "-")
        opens_longer = next((f"w{k + len(half)}" for k in (1, 2) if _is_word(words, line[stop - len(half) : stop + k], 1)), "-")
        ahead = line[start - 1 : start]
        fields = [f"src=word{len(half)}", f"kind={_tag_of(half) or 'none'}", f"word={_word_grade(words, half)}",
                  f"spoken={'yes' if half in _SPOKEN_ABAB or half in _SPOKEN_REPLIES else 'no'}",
                  f"first-ends={ends_longer}", f"second-opens={opens_longer}",
                  f"heading-before={'yes' if _HEADING_BEFORE.search(line, 0, start + len(half)) else 'no'}",
                  f"before={_char_class(ahead) if _HAN.match(ahead or ' ') else _side_kind(ahead)}",
                  f"after={_char_class(line[stop]) if _HAN.match(line[stop : stop + 1] or ' ') else _side_kind(line[stop : stop + 1])}",
                  *fields]  # fmt: skip
    else:
        ch, end = text[0], start + len(text)
        slip, why = judge_run(line, start, text)
        pair = _word_grade(words, ch * 2) + ("+redup" if ch * 2 in REDUPLICATIONS else "")
        left = _best_word(words, [line[max(0, start - k + 1) : start + 1] for k in (2, 3, 4) if start - k + 1 >= 0])
        right = _best_word(words, [line[end - 1 : end - 1 + k] for k in (2, 3, 4) if end - 1 + k <= len(line)])
        once = line[:start + 1] + line[end:]
        spans_once = any(_is_word(words, once[a : a + n], 1) for n in (3, 4) for a in range(start - n + 2, start + 1) if a >= 0)
        fields = [
            f"src=char{len(text)}", f"judge={'slip' if slip else 'pass'}:{why}", f"kind={_char_class(ch)}",
            f"pair={pair}", f"left={left}", f"right={right}", f"spanned={'yes' if _spanned(words, line, start) else 'no'}",
            f"once-word={'yes' if spans_once else 'no'}", f"seam={'yes' if _seam_reading(line, start) else 'no'}",
            f"name={'yes' if _name_then_word(line, start) else 'no'}",
            f"before={_char_class(line[start - 1]) if start and _HAN.match(line[start - 1]) else _side_kind(line[start - 1 : start])}",
            f"after={_char_class(line[end]) if _HAN.match(line[end : end + 1] or ' ') else _side_kind(line[end : end + 1])}",
            *fields,
        ]  # fmt: skip
    before, after = line[start - 1 : start] if start else "", line[start + len(text) : start + len(text) + 1]
    lead, tail = len(line[:start]) - len(line[:start].lstrip()), start

    def bucket(n: int) -> str:
        return "0" if n == 0 else "1" if n == 1 else "2-4" if n <= 4 else "5-19" if n <= 19 else "20+"

    fields += [
        f"around={_side_kind(before)}>{_side_kind(after)}", f"from-start={bucket(tail - lead)}",
        f"to-end={bucket(len(line.rstrip()) - start - len(text))}", f"line={'top' if lineno <= 3 else 'body'}",
        f"line-kind={_line_kind(lines, lineno)}",
    ]
    return "|".join(fields)
