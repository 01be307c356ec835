"""The user's own facts woven into the speech: tidy items, run-in numbering, sentences per section.

Facts are list answers: `upper` (上级精神, in the opening), `achievements` and
`problems` (the first 认识 point), `targets` and `tasks` (the 任务 point each is
about, see `placing`; else with `plans` in a closing paragraph after the last
任务 point). Each item appears exactly once. Without a fact the draft says nothing
about it, or, with the answer `gaps` = 是, a visible 〔待补：…〕 marker that
`check` reports as a placeholder (not for plans: many meetings have none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from drafter.library.alternatives import seeded_pick
from drafter.meeting import guest_audiences
from drafter.render.placing import task_verbs, verb_led
from drafter.text import close_wide_gaps, cn_number, curl_quotes, to_fullwidth_punct

FACT_KEYS = ("upper", "achievements", "problems", "targets", "tasks", "plans")
# Facts `draft` asks for before planning (optional, one per line); targets and
# plans are asked when the template or a fragment uses them.
FACT_QUESTIONS = ("upper", "achievements", "problems", "tasks")
# Which part of the speech each fact belongs to.
OPENING_FACTS = ("upper",)
RECOGNITION_FACTS = ("achievements", "problems")
TASK_FACTS = ("targets", "tasks", "plans")

GAP_HINTS = {
    "upper": "需要贯彻落实的上级会议或文件精神",
    "achievements": "一年来的主要成绩和数据",
    "problems": "当前存在的主要问题",
    "targets": "今年的目标任务和指标",
    "tasks": "今年的重点工作",
}

_LEADING_NUMBER = re.compile(
    r"^\s*(?:[（(]?[0-9０-９]{1,2}[)）.、．](?![0-9０-９])|[（(][一二三四五六七八九十]{1,3}[)）]、?|[一二三四五六七八九十]{1,3}[、是要]|"
    r"第[一二三四五六七八九十]{1,3}[，、是]|首先，?|其次，?|最后，?)\s*"
)  # 第五，and 第五是 are markers; 第五次全国经济普查 is the user's fact (reader50: it lost its 第五)
_END_MARKS = "。；，、：！？…;,.:!? \u3000"
_DOUBLED = re.compile(r"([，。；、：！？])\1+")


def tidy_item(text: str) -> str:
    """One item as the user typed it, made fit to run on: no numbering, no end mark, full-width marks."""
    item = curl_quotes(to_fullwidth_punct(str(text).strip()))
    item = close_wide_gaps(item)
    item = _LEADING_NUMBER.sub("", item, count=1)
    item = _DOUBLED.sub(r"\1", item)
    return item.rstrip(_END_MARKS)


def tidy_items(items: Sequence[Any] | None) -> list[str]:
    """The non-empty, tidied items of a list answer, each once, in the order given."""
    out: list[str] = []
    for raw in items or ():
        item = tidy_item(raw)
        if item and item not in out:
            out.append(item)
    return out


def run_in(items: Sequence[str]) -> str:
    """一是…；二是…；三是… (one item stays as it is)."""
    if len(items) == 1:
        return items[0]
    return "；".join(f"{cn_number(i)}是{item}" for i, item in enumerate(items, start=1))


def _title(plan: str) -> str:
    name = plan.strip("《》")
    return f"《{name}》"


def _join(items: Sequence[str]) -> str:
    """X、Y和Z; X、Y和Z、W when an item has its own 和 (not “…精神和…会议和…部署”)."""
    if len(items) == 1 or any("和" in i for i in items):
        return "、".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


def _short(items: Sequence[str]) -> bool:
    """Noun phrases that read well joined by 、 (no inner punctuation, not long)."""
    return all(
        i.startswith("〔") or (len(i) <= 30 and not re.search(r"[，；：。]", i)) for i in items
    )


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact to weave: its key and its items (or a gap marker)."""

    key: str
    items: tuple[str, ...]
    gap: bool = False


def gather_facts(answers: Mapping[str, Any], skip: set[str]) -> dict[str, Fact]:
    """The facts a draft states: given ones, and gap markers when `gaps` is 是; not those in `skip`.

    `skip` holds facts a chosen fragment already states itself (e.g. an opening
    that names the plans), so each item appears once.
    """
    facts = {}
    for key in FACT_KEYS:
        if key in skip:
            continue
        items = tidy_items(answers.get(key))
        if items:
            facts[key] = Fact(key, tuple(items))
        elif answers.get("gaps") == "是" and key in GAP_HINTS:
            facts[key] = Fact(key, (f"〔待补：{GAP_HINTS[key]}〕",), gap=True)
    return facts


def unsaid_upper(facts: Mapping[str, Fact], text: str) -> dict[str, Fact]:
    """`facts` without the 上级精神 items `text` already names (an opening on 中央农村工作会议精神).

    An item counts as said when its words, without a closing 精神/部署/要求, are in `text`;
    one of two joined by 和 or 、 (中国妇女发展纲要和中国儿童发展纲要) when both are.
    """
    upper = facts.get("upper")
    if upper is None or upper.gap:
        return dict(facts)

    def said(item: str) -> bool:
        stem = re.sub(r"(精神|部署|要求|决策部署)$", "", item)
        return all(part in text for part in re.split(r"[和、]", stem) if part)

    left = tuple(i for i in upper.items if not said(i))
    rest = {k: f for k, f in facts.items() if k != "upper"}
    return {**rest, "upper": Fact("upper", left)} if left else rest


def upper_in_opening(facts: Mapping[str, Fact], text: str, ctx: Mapping[str, Any]) -> tuple[str, dict[str, Fact]]:
    """An opening whose own clause names the level above (落实中央农村工作会议精神和市委、市政府工作部署) says the
    user's 上级精神 there instead, and `facts` no longer hold it: not our clause and then the user's sentence
    (我们要认真学习贯彻中央和省委、市委农村工作会议精神) one after the other.

    Only short items (noun phrases) take the clause's place; an opening without such a clause is left as it is.
    """
    upper = facts.get("upper")
    if upper is None or upper.gap or not _short(upper.items):
        return text, dict(facts)
    leaders = re.escape(str(ctx["upper"]["leadership"]))
    clause = re.compile(
        rf"(?P<pre>(?:党中央|中央|国务院|省委|省政府)[^，。；：“”]{{0,16}}?精神和)?{leaders}(?:的)?(?:工作)?(?:决策)?(?:部署要求|部署|要求)"
    )
    # The spirit the clause names before our leadership stays: `unsaid_upper` has already taken it out of the
    # user's items, so it is said once (中央农村工作会议精神和县委农村工作会议部署).
    new, n = clause.subn(lambda m: (m["pre"] or "") + _join(upper.items), text, count=1)
    if not n:
        return text, dict(facts)
    return new, {k: f for k, f in facts.items() if k != "upper"}


def fact_sentence(fact: Fact, ctx: Mapping[str, Any]) -> str:
    """The sentence(s) that state a fact in the speech, with level words from `ctx`."""
    return _SENTENCES[fact.key](list(fact.items), ctx)


def _upper(items: list[str], ctx: Mapping[str, Any]) -> str:
    leaders = ctx["upper"]["leadership"]
    if _short(items):
        return f"我们要认真学习贯彻{_join(items)}，结合{ctx['we']}实际不折不扣抓好落实。"
    return f"对{leaders}的部署要求，我们要不折不扣抓好贯彻落实：{run_in(items)}。"


def calendar_words(ctx: Mapping[str, Any]) -> tuple[str, str]:
    """How the speech names the time behind it and the time ahead, by the meeting's date.

    A meeting early in the year looks back on 过去一年 and ahead to 今年; one from April on looks back on
    今年以来; one in November or December looks ahead to 下一步 (今年 is nearly over), or to 明年 when the
    meeting is named for next year (2027年全县经济工作会议 held in December 2026). No date: 过去一年, 今年. A 推进会
    looks back on 前一阶段 where another meeting would say 过去一年.
    """
    date = re.match(r"(\d{4})年(\d{1,2})月", str(ctx.get("date") or ""))
    # a 推进会 or 调度会 looks back on the stretch since the work was set (前一阶段), not on a whole year
    early = "前一阶段" if ctx.get("meeting_kind") in ("推进会", "调度会") else "过去一年"
    if not date:
        return early, "今年"
    year, month = int(date.group(1)), int(date.group(2))
    named = re.match(r"(\d{4})年", str(ctx.get("meeting") or ""))
    if named and int(named.group(1)) == year + 1:
        return ("今年以来" if month >= 4 else early), "明年"
    return ("今年以来" if month >= 4 else early), ("下一步" if month >= 11 else "今年")


# A target that names its own time (到2027年, 2030年前, 规划期末, 十五五末, 五年内): not “今年的目标”.
_OWN_TIME = re.compile(r"\d{4}年|期末|期内|十五五|[一二三四五两]年[内来]|届末|届内")


def _aims(ahead: str, items: Sequence[str] = ()) -> str:
    """今年的目标, 明年的目标; at a year's end without next year's name, or for a target that names its own
    time (到2027年…, 规划期末…), just 的目标 (not 下一步的目标, not 今年的目标是：到2027年…)."""
    if ahead == "下一步" or any(_OWN_TIME.search(item) for item in items):
        return "的目标"
    return f"{ahead}的目标"


# The sentences the code wraps around a user's facts, each said one of a few ways by the draft's seed (`_said`): two
# counties giving the same answers no longer share them word for word (review17: 这些成绩来之不易…, 对这些问题，必须
# 高度重视… and 以上几个方面，都要紧扣… were in every such pair).
_PRAISE = (
    "这些成绩来之不易，值得倍加珍惜。",
    "这些成绩是各方面一步一个脚印干出来的，要倍加珍惜。",
    "这些进展凝结着大家的辛勤付出，来之不易。",
)
_FACING = ("同时也要清醒看到，工作中", "成绩面前更要保持清醒，工作中", "但也要看到，工作中")
_FACING_ALONE = ("我们要清醒看到，{subject}", "实事求是地讲，{subject}", "对照目标要求，{subject}")
_RESOLVE = (
    "对这些问题，必须高度重视，采取有力措施切实加以解决。",
    "这些问题，要逐项拿出管用的措施，限期加以解决。",
    "对这些问题，要找准症结、对症下药，一项一项抓好整改。",
)
_AIMED = ("以上几个方面，都要紧扣{aims}来抓。", "以上几个方面的工作，都要围绕{aims}来推进。", "抓好以上几个方面，落脚点都在{aims}上。")
_LISTED_TASKS = ("着力推进以下工作：", "重点抓好以下几项工作：", "抓紧抓实以下工作：")
_TOGETHER = (
    "{these}要明确牵头单位和完成时限，同这方面的工作一起部署、一起推进、一起检查，确保取得实效。",
    "{these}要和这方面的工作统筹起来，一并部署、一并推进、一并督查，牵头单位和完成时限都要明确。",
    "{these}由谁牵头、什么时候完成，都要明确下来，纳入这方面工作统一调度，确保按期见效。",
)
_HARD = (
    "{these}同样是硬任务，要明确牵头单位、责任人和完成时限，定期调度进展，一抓到底、务求实效。",
    "{these}也是必须完成的硬任务，牵头单位要拿出具体方案，倒排时间、压茬推进，确保按期完成。",
    "{these}要当作硬任务来抓，谁牵头、谁配合、什么时候完成都要讲清楚，一项一项抓到位。",
)


def _said(ways: Sequence[str], key: str) -> str:
    """One of `ways`, by the draft's seed (the first without one)."""
    return ways[seeded_pick(key, len(ways))]


def _achievements(items: list[str], ctx: Mapping[str, Any]) -> str:
    if ctx.get("meeting_kind") == "培训班结业式":  # the class's own gains, not 过去一年，我县乡村振兴工作… (review31b)
        said = f"，{items[0]}" if len(items) == 1 else f"：{run_in(items)}"
        return f"这期培训取得了实实在在的成效{said}。{_said(_PRAISE, 'praise')}"
    subject = f"{ctx['we']}{ctx['work']}"
    behind = "" if _BEHIND.match(items[0]) else calendar_words(ctx)[0] + "，"  # not 今年以来…：一是今年以来…
    praise = _said(_PRAISE, "praise")
    if len(items) == 1:
        return f"{behind}{subject}取得了新的成效，{items[0]}。{praise}"
    return f"{behind}{subject}取得了新的成效：{run_in(items)}。{praise}"


# The problems said to guests asked for advice (企业家 at a 座谈会): theirs to tell, ours to solve — not 我市民营经济工作还存在
# 一些不容忽视的问题……一项一项抓好整改, said to entrepreneurs as if they were the cadres to rectify it (review33b).
_GUESTS_FACING = (
    "从大家的发言和平时掌握的情况看，反映比较集中的困难",
    "结合大家谈到的情况，当前大家遇到的难处",
    "综合今天的发言和平时的走访，大家普遍关心的问题",
)
_GUESTS_RESOLVE = (
    "这些问题，{host}都记在心上，有关部门要拿出管用的办法，帮助大家逐一解决。",
    "对这些难处，有关部门要一件一件研究，能解决的抓紧解决，一时解决不了的也要给大家一个明确的说法。",
    "这些困难，我们不回避，会同有关方面逐项想办法、定措施，尽快见到成效。",
)


# 企业融资难融资贵问题仍然存在: a problem the user wrote as a whole clause, its predicate saying that it exists. After
# 难处主要是 / 突出的是 its 问题 is what is named (主要是企业融资难融资贵问题); a clause naming no such noun is said after a
# colon (lead45: 当前大家遇到的难处主要是企业融资难融资贵问题仍然存在).
_EXISTS = re.compile(r"(?:仍然|依然|依旧|仍|还|也)?(?:存在|较为突出|比较突出|十分突出|突出)$")
_NAMED = ("问题", "现象", "情况", "短板", "困难", "瓶颈", "风险")


def _one_problem(said: str, item: str) -> str:
    """`said` (主要是, 突出的是) before the one problem `item`, or a colon where `item` is a clause saying it exists."""
    tail = _EXISTS.search(item)
    if tail is None or tail.start() == 0:
        return f"{said}{item}"
    stem = item[: tail.start()]
    return f"{said}{stem}" if stem.endswith(_NAMED) and len(stem) >= 4 else f"：{item}"


# At a 巡察反馈会 (and the inspected committee's pledge) the user's problems are what the inspection found in the
# inspected organisation, not shortcomings of 我区巡察工作 (reader47: 实事求是地讲，我区巡察工作还存在一些不容忽视的问题：
# 一是落实全面从严治党主体责任有差距…).
_INSPECTION_KINDS = ("巡察反馈会", "巡察反馈表态")
_FOUND = ("这次巡察发现的问题", "巡察组反馈的问题", "这次巡察指出的问题")
_FOUND_RESOLVE = (
    "这些问题，要原原本本认领下来，逐条拿出整改措施，限期整改到位。",
    "对这些问题，要照单全收、不打折扣，一项一项整改到位。",
    "这些问题，要逐条建立台账、明确责任、限期销号。",
)


def _problems(items: list[str], ctx: Mapping[str, Any]) -> str:
    if ctx.get("meeting_kind") in _INSPECTION_KINDS:
        said = _one_problem("主要是", items[0]) if len(items) == 1 else f"主要有：{run_in(items)}"
        return f"{_said(_FOUND, 'facing')}{said}。{_said(_FOUND_RESOLVE, 'resolve')}"
    if str(ctx.get("audience") or "") in guest_audiences():
        said = _one_problem("主要是", items[0]) if len(items) == 1 else f"主要有：{run_in(items)}"
        lead = f"{_said(_GUESTS_FACING, 'facing')}{said}"
        return f"{lead}。{_said(_GUESTS_RESOLVE, 'resolve').format(host=ctx['host'])}"
    start = (
        _said(_FACING, "facing")
        if ctx.get("_after_achievements")
        else _said(_FACING_ALONE, "facing").format(subject=f"{ctx['we']}{ctx['work']}")
    )
    if len(items) == 1:
        said = "主要是" if "突出" in items[0] else "突出的是"  # not 突出的是…仍然突出
        one = _one_problem(said, items[0])
        lead = f"{start}还存在一些不容忽视的问题{one}" if one.startswith("：") else f"{start}还存在一些不容忽视的问题，{one}"
    else:
        lead = f"{start}还存在一些不容忽视的问题：{run_in(items)}"
    if ctx.get("_on_problems"):  # the point they open speaks of the faults and their remedy itself
        return f"{lead}。"
    return f"{lead}。{_said(_RESOLVE, 'resolve')}"


def _targets(items: list[str], ctx: Mapping[str, Any]) -> str:
    listed = "，".join(items) if len(items) <= 3 and _short(items) else run_in(items)
    return f"{ctx['we']}{ctx['work']}的主要目标是：{listed}。"


def _tasks(items: list[str], ctx: Mapping[str, Any]) -> str:
    lead = "围绕上述目标，要" if ctx.get("_after_targets") else f"{calendar_words(ctx)[1]}要"
    return _task_sentence(lead, items)


def _plans(items: list[str], ctx: Mapping[str, Any]) -> str:
    titles = [i if i.startswith("〔") else _title(i) for i in items]
    return f"要以{_join(titles)}为抓手，对照确定的目标任务逐项抓好落实，确保如期完成。"


_SENTENCES = {
    "upper": _upper,
    "achievements": _achievements,
    "problems": _problems,
    "targets": _targets,
    "tasks": _tasks,
    "plans": _plans,
}


def facts_paragraph(facts: Mapping[str, Fact], keys: Sequence[str], ctx: Mapping[str, Any]) -> str:
    """The sentences of `keys` (those present in `facts`) as one paragraph."""
    local = {
        **ctx,
        "_after_targets": "targets" in facts,
        "_after_achievements": "achievements" in facts,
    }
    return "".join(fact_sentence(facts[k], local) for k in keys if k in facts)


def _listed(items: Sequence[str]) -> str:
    return "，".join(items) if len(items) <= 3 and _short(items) else run_in(items)


def _task_sentence(lead: str, items: Sequence[str]) -> str:
    """`lead` ends in 要: 要开展… when the item starts with its own verb, else 要着力推进…."""
    if len(items) > 1:
        return f"{lead}{_said(_LISTED_TASKS, 'listed')}{run_in(items)}。"
    own_verb = verb_led(items[0])  # 开展汛前隐患排查: its own verb first, not a time (…汛前)
    if _WHEN.match(items[0]) and not own_verb:  # 年底前实现…: 还要确保年底前实现…, not 今年还要年底前实现…
        return f"{_AHEAD.sub('', lead)}确保{items[0]}。"
    verb = (own_verb or _season_led(items[0])) and not items[0].startswith("〔")
    return f"{lead}{'' if verb else '着力推进'}{items[0]}。"


_AHEAD = re.compile("今年|明年|下一步")
_BEHIND = re.compile("前一阶段|今年以来|今年|过去一年|一年来|去年|上半年|前三季度|近年来|近几年|这些年")

# A time before the verb (汛前完成…, 年底前建成…, 6月底前启动…, 清明节前完成…, 防火期前…, 3月15日前…).
_WHEN = re.compile(
    r"^(?:[^，。；、\s]{0,6}?(?:节|期|季|底|汛|日|号|学|年|月|耕|收)前|汛期|年内|全年|今年|上半年|下半年"
    r"|[0-9０-９一二三四五六七八九十]{1,2}月(?:中旬|上旬|下旬)?)"
)


def _these(facts: Mapping[str, Fact]) -> str:
    return "这些目标" if len(facts["targets"].items) > 1 else "这一目标"


def spot_paragraph(facts: Mapping[str, Fact], ctx: Mapping[str, Any]) -> str:
    """Targets and tasks about one point's subject, said inside that point (before its lead-in)."""
    out = ""
    ahead = calendar_words(ctx)[1]
    if "targets" in facts:
        out += f"这方面{_aims(ahead, facts['targets'].items)}是：{_listed(facts['targets'].items)}。"
    if "tasks" in facts:
        lead = f"围绕{_these(facts)}，要" if out else f"{ahead}要"
        out += _task_sentence(lead, facts["tasks"].items)
    return out


# A task said in a point that speaks of it but sets no tasks (认识, 保障): the point's text is the why, the sentence makes
# it the year's task (not 今年要加快培育新质生产力。 right after the point said 新质生产力 five times).
_SPOKEN = (
    "{ahead}要把{item}作为一项重点任务，抓紧抓实。",
    "{ahead}，{item}是我们要着力推进的一项重点任务，要拿出具体举措抓好落实。",
    "{item}，是{ahead}工作的一个重点，要拿出管用的举措，一抓到底。",
)


def spoken_paragraph(items: Sequence[str], ctx: Mapping[str, Any]) -> str:
    """Tasks no 任务 point is about, said in the point (认识, 保障) that speaks of them."""
    ahead = calendar_words(ctx)[1]
    if len(items) > 1:
        return f"{ahead}要把以下工作作为重点抓紧抓实：{run_in(items)}。"
    item = items[0]
    if item.startswith("〔") or _WHEN.match(item) or not verb_led(item):
        return _task_sentence(f"{ahead}要", items)
    return _said(_SPOKEN, "spoken").format(ahead=ahead, item=item)


def nearby_paragraph(items: Sequence[str], ctx: Mapping[str, Any], *, after: bool = False, turn: int = 0) -> str:
    """Tasks no point is about, said in the point nearest their subject: the task and what doing it takes.
    `after`: a task of the point's own was said just before (今年要组织防汛应急演练。), so the year is not said again.
    `turn`: how many such paragraphs the draft said before this one, each then said another way (read: 这项工作要明确
    牵头单位和完成时限，同这方面的工作一起部署… under 养老机构 and again under 社会救助)."""
    ahead = "" if after else calendar_words(ctx)[1]
    these = "这几项工作" if len(items) > 1 else "这项工作"
    way = _TOGETHER[(seeded_pick("together", len(_TOGETHER)) + turn) % len(_TOGETHER)]
    return _task_sentence(f"{ahead}还要", items) + way.format(these=these)


# What a task of its own takes, said after its heading (one phrasing per task, by its wording: two tasks in one
# draft rarely say the same). {ahead}: 今年, 明年 or 下一步 by the meeting's date.
_HOW = (
    "这项工作要作为{ahead}的硬任务来抓，明确牵头单位、责任人和完成时限，拿出具体推进方案，定期调度进展，确保按期见效。",
    "要由分管领导牵头，细化工作方案，把任务分解到具体单位和具体人，明确时间节点、跟踪推进，确保{ahead}取得实实在在的成效。",
    "责任单位要主动认领、加强协作，把这项工作列入{ahead}的工作台账，明确时间节点，定期报告进展情况，确保件件有着落、事事有回音。",
    "有关单位要把这项任务摆上重要位置，主要负责同志亲自过问，及时研究解决推进中的困难，确保这项任务按期落地。",
    "要把这项工作纳入重点督查事项，牵头单位负总责、配合单位各尽其责，一项一项抓推进，确保{ahead}交出满意答卷。",
    "牵头单位要把责任落实到人，遇到困难及时协调解决，推进情况纳入督查内容，确保{ahead}见到实效。",
)


# A season or period a task starts with, before its own verb (暑期组织开展…, 汛期前完成…, 春节期间开展…): the
# dates of `_WHEN` and the periods that name no deadline.
_SEASON = re.compile(
    rf"{_WHEN.pattern}|^(?:[^，。；、\s]{{1,6}}?期间|暑期|暑假|寒假|假期|明年|[春夏秋冬]季|秋冬季|冬春季|春秋两季)"
)


def _season_led(item: str) -> bool:
    """A task that starts with its season or period and then its own verb (暑期开展…, 春节期间组织…)."""
    season = _SEASON.match(item)
    return season is not None and verb_led(item[season.end() :])


def task_subpoint(item: str, ctx: Mapping[str, Any], phrasing: int) -> tuple[str, str]:
    """A task no point is about, as a sub-point of its own: its heading (the task, led by a verb) and how it is done.

    `phrasing` picks how it is said: a draft gives its own tasks consecutive ones, so three
    tasks in one point never end on the same sentence (read: 完成…改造 / 储备… / 开展… all said 件件有着落、事事有回音).
    """
    if _season_led(item):  # 暑期组织开展… is a heading as it stands
        heading = item
    elif _WHEN.match(item) and not verb_led(item):  # 年底前实现… → 确保年底前实现…
        heading = f"确保{item}"
    else:
        heading = item if verb_led(item) else f"着力推进{item}"
    how = _HOW[phrasing % len(_HOW)].format(ahead=calendar_words(ctx)[1])
    return heading.rstrip("。；，"), how


def _doing(items: Sequence[str]) -> str:
    """What a task said on its own takes (not a bare line: 除以上几个方面外，今年还要X。)."""
    these = "这几项工作" if len(items) > 1 else "这项工作"
    return _said(_HARD, "hard").format(these=these)  # not _HOW's 件件有着落


def _apart_tasks(items: Sequence[str], ahead: str) -> str:
    """Tasks no point is about, said after all the points: 以上几个方面之外，今年还有一项工作要专门强调，就是X。"""
    if len(items) > 1:
        return f"以上几个方面之外，{ahead}还有几项工作要专门强调：{run_in(items)}。"
    return f"以上几个方面之外，{ahead}还有一项工作要专门强调，就是{items[0]}。"


# Tasks that name only the meeting's own work (新引进亿元以上项目20个 at a 招商引资 meeting, 加强食品安全 at a 食品安全 one): what
# all the points are for, not 以上几个方面之外，今年还有一项工作要专门强调 (reader53).
_WHOLE_TASKS = (
    "以上几个方面，最终都要落到{ahead}的{these}上：{items}。",
    "抓好以上几个方面，都是为了完成{ahead}的任务：{items}。",
    "以上几个方面的工作，都要围绕{ahead}的{these}来推进：{items}。",
)
_WHOLE_DOING = "{these}要分解到具体单位，明确责任人和完成时限，定期调度进展、通报完成情况，一抓到底。"


def _whole_tasks(items: Sequence[str], ahead: str) -> str:
    """Tasks of the whole work said after all the points, as what the points are for."""
    these, items_said = ("几项任务", run_in(items)) if len(items) > 1 else ("这项任务", items[0])
    said = _said(_WHOLE_TASKS, "whole-tasks").format(ahead=ahead, these=these, items=items_said)
    return said + _WHOLE_DOING.format(these="这几项任务" if len(items) > 1 else "这项任务")


def closing_paragraph(facts: Mapping[str, Fact], ctx: Mapping[str, Any], whole: bool = False) -> str:
    """Targets, tasks and plans that no 任务 point is about: a paragraph of their own after those points. `whole`: the
    tasks name only the meeting's own work."""
    out = ""
    ahead = calendar_words(ctx)[1]
    if "targets" in facts:
        out += (
            _said(_AIMED, "aimed").format(aims=_aims(ahead, facts["targets"].items).removeprefix("的"))
            + f"{ctx['we']}{ctx['work']}的主要目标是："
            f"{_listed(facts['targets'].items)}。"
        )
    if "tasks" in facts:
        items = facts["tasks"].items
        if out:
            out += _task_sentence(f"围绕{_these(facts)}，{ahead}还要", items)
        elif whole:
            out += _whole_tasks(items, ahead)
        else:  # after all the points, a paragraph of its own: not 此外，今年还要… as if the last point went on
            out += _apart_tasks(items, ahead) + _doing(items)
    if "plans" in facts:
        out += _plans(list(facts["plans"].items), ctx)
    return out


# 今年要推进X。 / 下一步要X。 / 围绕这一目标，要X。: one task said in a point's intro (see `spot_paragraph`).
def _said_in(core: str, heading: str) -> bool:
    """Whether a heading says a task in its own order: the task word for word, or all but a few characters of it in
    runs of four or more (集中整治群众身边不正之风和腐败问题 says 群众身边不正之风和腐败问题集中整治)."""
    if core in heading:
        return True
    left, start = [], 0
    while start < len(core):
        end = start
        while end < len(core) and core[start : end + 1] in heading:
            end += 1
        if end - start >= 4:
            start = end
        else:
            left.append(core[start])
            start += 1
    return len(core) >= 8 and len(left) <= 2


_ONE_TASK = re.compile(r"(今年要|明年要|下一步要|围绕这[一些]目标，要)(?:着力推进)?([^。：；]+)。")


def unsaid_in_heading(text: str, heading: str) -> str:
    """A task the point's heading already states is not said again word for word under it.

    扎实推进宜居宜业和美乡村建设 followed by 今年要推进宜居宜业和美乡村建设。 reads as a slip: the sentence
    then says the task is this year's priority instead.
    """

    def reword(match: re.Match[str]) -> str:
        lead, item = match.group(1), match.group(2)
        core = next((item[len(v) :] for v in task_verbs() if item.startswith(v)), item)
        if len(core) < 4 or not _said_in(core, heading):
            return match.group(0)
        if not lead.startswith("围绕"):  # 今年要 / 明年要 / 下一步要 (the meeting's date decides)
            return f"这是{lead.removesuffix('要')}的一项重点任务，要抓紧抓实。"
        return f"{lead}把这项工作作为重点抓紧抓实。"

    return _ONE_TASK.sub(reword, text)
