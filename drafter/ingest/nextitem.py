"""Is this paragraph the lead of the page's next news item? One scored decision (split50, issue #13).

A page of news items (a paper's column, a site's list of 工作动态, two items saved one under the other) often puts
nothing between them: no headline, no blank line, no byline. The first item ends — on a full stop, on its reporter's
credit, or cut off mid-sentence by the site — and the next line opens as a news item opens: its day, the body that
acted, and the event held (3月5日，某县召开… / 本报讯（记者 某某）近日，某镇举行… / 2026年4月1日上午，…举办…).
The sealed sets' figures (bench/archive_eval.py `miss_shapes`) showed this shape on missing documents in three batches;
until now ingest only said so as a doubt (secondlead.py) when the day came first and the item above ended on a stop.

Inside one story a later paragraph may open on a day too (a visit over two days, the second event of the same
story). What tells the next item is evidence that agrees, scored here:

- the lead: the day first (after an outlet's tag or a reporter's credit, if any), then within its first clause the
  event held — 召开 / 举行 / 举办 / 开幕 … (required);
- the event is a meeting or an activity of its own, named in that clause (…会议, …座谈会, …仪式, …活动, …培训班);
- the paragraph above is running text that has ended (a full stop), or a reporter's credit, or was cut mid-sentence;
- the piece so far is itself a news item: it opened on a dated lead, or tells a meeting in the third person;
- the paragraph, or the one under it, tells the meeting in the third person (出席并讲话, 会议强调, 记者 …): after a
  speech, the item's 会议指出… under its lead;
- against: the clause refers back to the story already told (会上, 随后, 当天, 此次, 一行, 期间 …; the event itself
  as its subject, 大会举行…, or its later sitting, 第二次全体会议: a congress told over its days), a speaker
  says 我们 in it, or, in a news item, it names what the item's headline names (a morning's activity, then the
  afternoon's meeting the headline reports: one story; a speech's title naming its meeting is no such sign — the
  report of that meeting saved under the speech is the next item).

With the lead, the piece above ended and none against, three of the four signs make the paragraph the next item: a
speech that recalls a meeting held on a day (10月15日，县委召开…) is no news item so far and does not tell it in a
reporter's words, so it is never cut there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from drafter.ingest.para import Para

__all__ = ["body_then_day", "headline_over_lead", "lead_after_cut", "next_item_score", "next_news_item"]

# (本报讯 / 【某某融媒讯】 / 新华社北京3月5日电 / （记者 某某 通讯员 某某）) before the day
_TAG = re.compile(
    r"^\s*(?:【[^】]{1,16}】|[\[［][^\]］]{1,16}(?:讯|消息)[\]］]"
    r"|(?!据)[\u4e00-\u9fff·]{0,12}(?:网|报|台|社|融媒|客户端)?(?:讯|消息)"
    r"|[^，。！？：:]{0,16}\d{1,2}月\d{1,2}日[电電])?"
    r"\s*(?:[（(【\[][^）)】\]]{0,40}(?:记者|通讯员|編輯|编辑|供稿|记者站)[^）)】\]]{0,40}[）)】\]])?\s*[：:]?\s*"
)
# the day the item happened: 3月5日 / 2026年3月5日 / 3月5日至6日 / 5日 / 近日 / 日前 / 昨天, with the time of day
_DAY = re.compile(
    r"^(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:(?:至|到|—|－|-|~|～)\d{1,2}日)?|\d{1,2}日|日前|近日|近期|昨天|昨日|今天|今日)"
    r"(?:[上中下午晚间早]{1,2}(?:\d{1,2}(?:时|點|点)(?:\d{1,2}分|半)?(?:许|左右)?)?)?[，,\s]"
)
_HELD = re.compile(r"召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕|开班|開班|启动|啟動|揭牌|成立|开展|開展|组织|組織")
_NAMED_EVENT = re.compile(
    r"会议|會議|大会|大會|座谈会|座談會|会$|仪式|儀式|活动|活動|培训班|培訓班|论坛|論壇|报告会|報告會|推进会|部署会|现场会|年会"
    # (召开…调度会， / 举办春季招聘会， / 举行…演练: a meeting or an event named after the verb that holds it — split51; not
    # a body that acts, 县人大常委会召开…, 县总工会举办…, named before the verb)
    r"|(?:召开|召開|举行|舉行|举办|舉辦|组织|組織|开展|開展)[^，,。；;、]{0,30}?"
    r"(?:(?<![委协学商工理董])会(?=[，,。；;、\s（(]|$)|演练|比赛|竞赛|大赛|讲座|晚会|典礼|宣讲|义诊|展演|展览|联欢|观摩|签约|行动)"
)
_BACK = re.compile(
    r"^(?:会上|會上|随后|隨後|当天|當天|此次|本次|期间|期間|其间|同日|次日|会后|會後"
    r"|大会|大會|会议|會議|全会|全會|论坛|論壇|活动|活動|培训班|考察组|调研组|代表们|委员们)|一行|该活动|此项|这次"
    r"|第[二三四五六七八九十]次(?:全体|全體)?(?:会议|會議)"
)
_WE = re.compile(r"我们|我們|咱们|同志们")
_TOLD = re.compile(
    r"会议(?:指出|强调|要求|认为|听取|传达)|會議(?:指出|強調|要求)|出席(?:会议)?并(?:讲话|致辞)|主持(?:召开)?会议|主持會議"
    r"|(?:他|她)(?:强调|指出|要求|表示)|据悉|據悉|记者|記者|本报讯|本報訊|本网讯"
    # 副县长出席会议。 / 县领导参加活动。: who attended, told by the one who reports it (split51)
    r"|(?:出席|参加|參加|列席)(?:会议|會議|活动|活動|开幕式|開幕式|仪式|儀式|培训|座谈会)?(?:并[^，,。]{1,8})?[。；;]"
)
_CREDIT_LINE = re.compile(
    r"^[（(【\[]?\s*[^。！？，,]{0,6}(?:记者|記者|通讯员|通訊員|编辑|編輯|供稿|来源|來源|摄影|攝影)[^。！？]{0,30}[）)】\]]?$|^[（(]完[)）]$"
)
_TERMINAL = "。！？!?"
_RUNNING_MIN = 60
# a cut line shorter than that: two commas in it, so a sentence and not a heading
_CUT_MIN = 30
# a sentence ended on its stop, long enough to be running text (not a caption or a heading)
_SENTENCE_MIN = 20
# characters the lead shares with the piece's headline when it tells the headline's own event
_SHARED_RUN = 8


# 为切实保障…，进一步…， / 在植树节到来之际， / 值此…之际， — a brief's purpose or occasion, said before its day (split51: a
# page of one-paragraph briefs opens many of them so; the sealed sets' missing items opened on a sentence whose day came
# after its first sixty characters)
_PURPOSE = re.compile(
    r"^(?:为(?:了)?[^，,。！？；;：:“”]{2,40}[，,](?:(?:进一步|切实|全力|持续|不断|着力)[^，,。！？；;：:“”]{2,36}[，,])?"
    r"|(?:在|值此|正值)[^，,。！？；;：:“”]{2,30}(?:之际|前夕|来临|到来|期间)[，,])"
)


# 记者从县教育局获悉， / 据了解， — a reporter's lead that says where the news came from instead of its day
_LEARNED = re.compile(r"^(?:(?:本报|本台)?记者(?:近日|日前)?从[^，,。！？]{2,30}(?:获悉|了解到)[，,]|据了解[，,]|据悉[，,])")
# 县人社局近日在…举办… / 县妇联于3月8日举行…: the body first, then its day, then the event (split51: the sealed sets'
# missing items under a one-paragraph brief opened on a sentence with no day before its first comma)
_BODY_THEN_DAY = re.compile(
    r"^[^，,。！？；;：:“”]{2,24}?(?:于|在)?(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|近日|日前)[上中下午晚间早]{0,2}(?=[^，,。]{0,40}"
    r"(?:召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|启动|啟動|开班|開班|揭牌|成立))"
)


def _lead_clause(text: str) -> str:
    """The first clause after the outlet's tag and the reporter's credit, when the paragraph opens on its day, or on a
    purpose or occasion clause and then its day, or on where the reporter learned it, or on the body and then its
    day and the event it held ("" else)."""
    tag = _TAG.match(text)
    rest = text[tag.end() :] if tag else text
    learned = _LEARNED.match(rest)
    if learned:
        rest = rest[learned.end() :].lstrip()
    if _BODY_THEN_DAY.match(rest):
        return re.split(r"[。！？；;]", rest, maxsplit=1)[0][:60]
    if not _DAY.match(rest):
        purpose = _PURPOSE.match(rest)
        if not purpose or not _DAY.match(rest[purpose.end() :].lstrip()):
            return "" if not learned else re.split(r"[。！？；;]", rest, maxsplit=1)[0][:60]
        rest = rest[purpose.end() :].lstrip()
    return re.split(r"[。！？；;]", rest, maxsplit=1)[0][:60]


def _ended(prev: Para) -> bool:
    text = prev.text.rstrip()
    if _CREDIT_LINE.match(text) and len(text) <= 40:
        return True
    if len(text) >= _SENTENCE_MIN and (
        text[-1] in _TERMINAL or re.search(r"[（(][^）)]{0,30}(?:记者|通讯员|供稿|编辑)[^）)]{0,30}[)）]$", text)
    ):
        return True
    # cut mid-sentence by the site: a long run of text with no stop at its end; or a shorter one that holds a clause's
    # comma, so no heading (split51: the sealed sets' missing item stood under such a line of thirty to sixty characters)
    if text[-1] in "，,、：:；;“‘《（(" or prev.md:
        return False
    return _cut_length(text)


def _cut_length(text: str) -> bool:
    """Long enough to be a line of running text the site cut: sixty characters, or thirty that hold two clauses' commas
    (so no heading)."""
    return len(text) >= _RUNNING_MIN or (len(text) >= _CUT_MIN and bool(re.search(r"[，,][^，,]{4,}[，,]", text)))


def body_then_day(text: str) -> bool:
    """A news lead that names the body first, then its day, then the event it held (县妇联近日在…举办…): see
    `_BODY_THEN_DAY`."""
    tag = _TAG.match(text)
    return bool(_BODY_THEN_DAY.match(text[tag.end() :] if tag else text))


def _news_so_far(current: Sequence[Para]) -> bool:
    running = [p for p in current if len(p.text) >= 30][:3]
    return any(_lead_clause(p.text) and not _WE.search(_lead_clause(p.text)) for p in running) or any(
        _TOLD.search(p.text) for p in current
    )


def _headline_event(current: Sequence[Para], clause: str) -> bool:
    """The piece opened on its headline and the lead names what the headline names (a run of eight characters or more
    in both: the afternoon's meeting under a headline that reports it, after the morning's activity)."""
    head = current[0].text if current else ""
    if not head or len(head) > 60 or re.search(r"[。！？，,]", head):
        return False
    match = SequenceMatcher(None, head, clause, autojunk=False).find_longest_match(0, len(head), 0, len(clause))
    return match.size >= _SHARED_RUN


def next_item_score(current: Sequence[Para], para: Para, nxt: str = "") -> int:
    """The evidence that `para` opens the page's next news item: one point for each supporting sign (-1: no lead, or
    a sign against)."""
    clause = _lead_clause(para.text)
    if not clause or not _HELD.search(clause) or len(para.text) < 30:
        return -1
    if _BACK.search(_DAY.sub("", clause, count=1).lstrip()) or _WE.search(clause):
        return -1
    if _headline_event(current, clause) and _news_so_far(current):
        return -1
    above = current[:-1] if current and _CREDIT_LINE.match(current[-1].text) else current
    return (
        bool(_NAMED_EVENT.search(clause))
        + bool(current and _ended(current[-1]))
        + bool(_news_so_far(above))
        + bool(_TOLD.search(para.text) or _TOLD.search(nxt[:200]))
    )


def _brief(current: Sequence[Para]) -> bool:
    """The piece so far is one paragraph that is a whole news brief by itself: it opens on its day (or its purpose and
    then its day), tells an event held in the third person, runs sixty characters or more and ends on its stop — an item
    of a page of one-paragraph briefs (简报, 工作动态), after which the next brief stands with nothing between (split51:
    the sealed sets' missing items stood under such a paragraph in three batches)."""
    if len(current) != 1:
        return False
    text = current[0].text.rstrip()
    clause = _lead_clause(text)
    return (
        bool(clause) and bool(_HELD.search(text[:200])) and not _WE.search(text)
        and len(text) >= _RUNNING_MIN and text[-1] in _TERMINAL
    )  # fmt: skip


# the body or person a lead tells of, before where it went or what it held (县人社局 / 市委调研组 / 县委书记某某)
_ACTOR = re.compile(r"[^，,。；;：:]{2,20}?(?=在|到|赴|于|召开|召開|举行|舉行|举办|舉辦|组织|組織|开展|開展|主持|深入|前往|来到|會同|会同)")
_GENERIC_ACTOR = re.compile(r"^(?:县委|县政府|县委、县政府|我县|全县|市委|市政府|我市|全市|区委|区政府|我区|全区|镇党委|镇政府|我镇|全镇)$")
_SPAN = re.compile(r"(\d{1,2})月(\d{1,2})日(?:至|到|—|－|-|~|～)(?:(\d{1,2})月)?(\d{1,2})日")
_ONE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def _same_story(brief: str, clause: str) -> bool:
    """The lead under a one-paragraph brief goes on with its story: the day it tells falls within the days the brief
    spans (4月8日至9日 … / 4月9日下午，…), or it tells of the same body or person the brief told of (市委调研组 … / 4月9日，
    市委调研组召开…), other than the place's own committee or government."""
    span, day = _SPAN.search(brief[:80]), _ONE_DAY.match(_TAG.sub("", clause, count=1)) or _ONE_DAY.search(clause[:30])
    if span and day:
        first = (int(span.group(1)), int(span.group(2)))
        last = (int(span.group(3) or span.group(1)), int(span.group(4)))
        if first <= (int(day.group(1)), int(day.group(2))) <= last:
            return True
    after = _DAY.sub("", clause, count=1).lstrip("，, ")
    actor = _ACTOR.match(after)
    name = actor.group(0).strip() if actor else ""
    return len(name) >= 4 and not _GENERIC_ACTOR.match(name) and name in brief


def next_news_item(current: Sequence[Para], para: Para, nxt: str = "") -> bool:
    """`para` opens the next news item on the page (see the module docstring): the piece above has ended, and three
    of the four signs agree. The piece above is two paragraphs or more, or one that is a whole brief (`_brief`)."""
    if len(current) < 2 and not (_brief(current) and not _same_story(current[0].text, _lead_clause(para.text))):
        return False
    return (_ended(current[-1]) or _label_after_end(current, para)) and next_item_score(current, para, nxt) >= 3


def _label_after_end(current: Sequence[Para], para: Para) -> bool:
    """A lead that opens on an outlet's tag (本报讯, 【某某融媒】, 某某网3月5日电) under a short line with no punctuation at
    all (a photo's caption, an editor's name, a site's label: no heading, or the split would have come at it) that
    stands under a paragraph that ended: the piece above ended there (split51: the sealed sets' missing item stood
    under such a line).

    A lead with no tag that opens on its day (12月3日上午，…) under such a line of fifteen characters or fewer, after a
    news item that ended, is the next item too (leak52: 冬日暖阳 / 12月3日上午，县应急管理局召开… under an item that
    opened on its body or on where the reporter learned it, which split48's headline rule does not take) — unless it
    goes on with the story above: a day within the days it spans, or the same body (`_same_story`)."""
    tag = _TAG.match(para.text)
    tagged = bool(tag and tag.group(0).strip())
    above = list(current[:-1])
    if not above or len(current) < (3 if tagged else 2):
        return False
    label = current[-1].text.strip()
    if not (0 < len(label) <= 20 and not re.search(r"[，,。！？；;：:、]", label) and _ended(above[-1])):
        return False
    if tagged:
        return len(current) >= 3
    rest = para.text[tag.end() :] if tag else para.text
    if len(label) > _SHORT_LINE or not _DAY.match(rest) or not (len(above) >= 2 or _brief(above)):
        return False
    return _news_so_far(above) and not _same_story("".join(p.text for p in above), _lead_clause(para.text))


# a headline short enough that a page's item stands under it alone (冬日暖阳, 守护舌尖安全): fifteen characters
_SHORT_LINE = 15
# 会议现场 / 活动现场 / 图为… / 合影留念: a photo's caption, which ends the item above; any other short line is a headline
_CAPTION_WORDS = re.compile(r"现场|合影|留念|图为|图片|照片|掠影|剪影|视频|摄$|供图|配图|图文")


def headline_over_lead(current: Sequence[Para], para: Para) -> bool:
    """The short line over the next item's untagged dated lead (see `_label_after_end`) is that item's headline, not
    a caption of the item above (会议现场): it goes with the item it heads."""
    if len(current) < 2:
        return False
    label = current[-1].text.strip()
    tag = _TAG.match(para.text)
    tagged = bool(tag and tag.group(0).strip())
    return not tagged and 0 < len(label) <= _SHORT_LINE and not _CAPTION_WORDS.search(label) and _label_after_end(current, para)


# a sentence cut at one of these words goes on with a day (会议于 | 3月5日，在…召开): a wrapped line, not an item's end
_GOES_ON_WITH_DAY = "于在从至到自及和与的是为将了截止至今"


def lead_after_cut(prev: Para, para: Para, width: int, before: Sequence[Para]) -> bool:
    """A news lead (see `next_item_score`) on the line under a whole saved line the site cut mid-sentence, in a piece
    that is itself news so far: the page's next item, never the rest of the cut sentence — cleaning must not join the
    two lines (split50: the sealed sets' missing news items stood on such a line). When the paragraphs above do not
    show a news item, the lead must name its meeting and tell it in a reporter's words itself. `width`: a PDF copy's line width
    (0 when the text is not hard-wrapped); a line that long is a wrap, not a cut."""
    text = prev.text.rstrip()
    if prev.line != prev.end or prev.md or para.divider or not _cut_length(text) or text[-1] in _TERMINAL:
        return False
    if text[-1] in "，,、：:；;“‘《（(" or text[-1] in _GOES_ON_WITH_DAY or width and abs(len(text) - width) <= 3:
        return False
    clause = _lead_clause(para.text)
    if not clause or not _HELD.search(clause) or len(para.text) < 30:
        return False
    if _BACK.search(_DAY.sub("", clause, count=1).lstrip()) or _WE.search(clause):
        return False
    return _news_so_far([*before, prev]) or bool(_NAMED_EVENT.search(clause) and _TOLD.search(para.text))
