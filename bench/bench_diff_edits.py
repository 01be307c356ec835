"""Benchmark of edit kinds: do cut, reordered, localised and reworded copies count as reuse?

Run by hand (never by pytest):

    .venv/bin/python bench/bench_diff_edits.py            # table of every edit kind
    .venv/bin/python bench/bench_diff_edits.py --show 新写  # also list the misses of each kind

Sources are the corpus speeches (corpus/*.md and /work/shared/corpus), indexed
as they are. Every distinct sentence of them with at least MIN_CHARS Han
characters is edited the way writers edit, one kind at a time:

    clause extraction   some of its clauses (not all, in order, not always adjacent)
    clause reordering   its clauses in another order
    level-word swap     全市 → 全县, 市委、市政府 → 县委、县政府, 全省 → 全市 …
    figure/name removal figures, percentages, years and place names taken out
    synonym             one word replaced by a synonym
    extract+level+fig   the three together (the acceptance kind of issue #20)
    all                 every kind together

A sentence an edit leaves unchanged or with fewer than MIN_CHARS Han
characters is not used for that kind. Each kind becomes one draft (one
sentence a paragraph) followed by NEGATIVES, sentences written for this
benchmark on other subjects (none is taken from a speech). Per kind:

    recall     edited sentences marked reused (原样/改动/拆并) with a source that holds
               the sentence they were made from
    precision  of all sentences marked reused, those with such a source (a negative
               marked reused, or a wrong source, counts against it)

and the negatives marked 新写 (specificity).
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.diff import SourceDoc, Status, diff_text, index_docs, load_source, open_index  # noqa: E402
from drafter.diff.mechanical import scoring_form  # noqa: E402
from drafter.diff.normalize import canonical, sentence_texts  # noqa: E402
from drafter.gazetteer import find_places  # noqa: E402
from drafter.text import count_han  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus")
MIN_CHARS = 8
LABEL = {"verbatim": "原样", "edited": "改动", "recombined": "拆并", "new": "新写"}  # by value
_CLAUSE = re.compile(r"[^，；：]+[，；：]?")
LEVEL_SWAPS = [("市委", "县委"), ("市政府", "县政府"), ("全市", "全县"), ("我市", "我县"),
               ("市直", "县直"), ("市妇儿工委", "县妇儿工委"), ("省委", "市委"), ("省政府", "市政府"),
               ("全省", "全市"), ("各县（市、区）", "各乡镇（街道）")]  # fmt: skip
SYNONYMS = [("加强", "强化"), ("推动", "推进"), ("认真", "切实"), ("不断", "持续"), ("大力", "着力"),
            ("积极", "主动"), ("重要", "关键"), ("健全", "完善"), ("提高", "提升"), ("保障", "保证"),
            ("落实", "落细"), ("深入", "深化"), ("促进", "推动"), ("建立", "构建"), ("开展", "组织"),
            ("做好", "抓好"), ("切实", "务必"), ("广大", "全体"), ("充分", "全面"), ("显著", "明显")]  # fmt: skip
_FIGURE = re.compile(
    r"[（(]?\d[\dxX]*(?:[.．]\d+)?(?:[-–~至]\d[\dxX]*)?(?:%|％|‰|年|个百分点)?[）)]?"
    r"|百分之[零一二三四五六七八九十点]+"
)

# Written for this benchmark, no sentence of a speech: speech-like sentences on subjects the
# corpus does not treat (roads, flood control, markets, farming …), then twenty on its own
# subject (women and children), new wording as a writer's own sentences would be.
NEGATIVES = [
    line
    for line in """
今年汛期来得早、雨量集中，各乡镇要在主汛期到来之前把山塘水库逐一排查一遍，发现隐患当场登记、限期整改。
农村公路养护不能只看通车里程，还要看路面有没有坑槽、边沟是不是通畅、标志标线是否清楚。
校车安全是家长最揪心的事，驾驶员资格、车辆年检和随车照管人员三项要求一项都不能少。
冬季用电高峰快到了，供电部门要提前检修线路，对偏远村组的老旧变压器分批更换。
菜市场改造要兼顾摊贩生计，改造期间设置临时疏导点，不能让群众买菜跑远路。
秸秆禁烧和综合利用要两手抓，既要管住田间地头的火，也要给秸秆找到还田、饲料和燃料的出路。
招商引资要算清楚账，不能只看投资额，还要看亩均税收、用工数量和环保要求。
政务服务大厅的窗口要推行一次告知，材料不全的当场讲清楚，让办事的人少跑冤枉路。
网格员是离群众最近的人，要让他们手里有清单、心里有底数、遇事有人管。
医保参保动员要赶在年底前完成，外出务工人员可以通过手机缴费，村干部要逐户提醒。
景区旺季客流集中，要提前发布限流信息，停车场、厕所和应急通道都要有专人值守。
老旧小区加装电梯要尊重业主意愿，低层住户的顾虑要一户一户谈，不能搞强行推进。
蔬菜大棚的技术员要常驻村里，哪家的苗出了问题，第二天就得有人上门看。
消防通道被占用的问题反复出现，物业、社区和执法队要联合清理，清理后还要定期回头看。
农产品要卖得出去，关键在品牌和渠道，电商培训要教到会拍照、会开店、会发货为止。
工地扬尘治理要落实六个百分之百，渣土车不冲洗不准出场，夜间施工必须提前报备。
学校食堂的食材采购要公开透明，每周菜谱张贴上墙，家长委员会可以随时进后厨查看。
河道保洁不能一阵风，要把责任落实到河段，每段都要有人巡、有人管、有人记。
应急物资储备要按照最不利情况准备，帐篷、冲锋舟和发电机要定期维护、随时能用。
养殖场粪污处理设施必须和养殖规模相匹配，不达标的要限期改造，拒不改造的依法处理。
公交线路调整前要先听听沿线居民的意见，尤其是老年人和学生的出行需要。
企业反映用地难、融资难，相关部门要上门对接，一家一家把问题理清楚、把办法找出来。
森林防火期内严禁野外用火，上坟烧纸、烧荒积肥这些老习惯要靠宣传慢慢改过来。
供水管网漏损率偏高，既浪费水又增加成本，今年要把城区主管网的漏点全部找出来修好。
夜市经营要规范油烟和噪声，摊位划线经营，收摊以后地面要清扫干净。
外卖骑手和快递小哥的权益保障要跟上，职业伤害保险要应保尽保。
农机合作社要把服务做到田头，统一耕种、统一植保，小农户也能用上大机器。
路灯不亮、井盖缺失这些小事，群众打一个电话就要有人来修，修好了还要回访。
图书馆和文化站要延长开放时间，周末和假期安排志愿者值班，让孩子们有地方看书。
耕地保护是硬任务，违法占地建房发现一起、制止一起、查处一起，绝不允许先建后批。
电动自行车进楼入户充电隐患很大，小区要集中建设充电棚，物业要加强巡查劝导。
茶叶采摘季用工紧张，人社部门要提前摸清需求，组织周边劳动力就近务工。
集贸市场的计量器具要定期检定，缺斤短两的商户要公开曝光，让诚信经营的商户不吃亏。
危化品运输车辆要全程定位监控，偏离路线、超速行驶的要立即预警、及时处置。
山区群众看病远，巡回医疗队每月至少下村一次，慢性病患者的药要按时送到手上。
农村生活垃圾要分类收集、定点投放，保洁员的工资要按月发放，不能拖欠。
职业学校的专业设置要跟着本地产业走，企业缺什么人，学校就重点培养什么人。
冬春季节是流感高发期，学校和托幼机构要做好晨检，发现发热学生及时通知家长。
小微企业贷款要压缩审批时间，银行机构要把授信额度和办理时限向社会公开。
古村落保护不能大拆大建，修缮要用老工艺、老材料，保留原来的街巷格局。
停车难的问题要多想办法，机关单位的停车场下班后可以错时向周边居民开放。
乡镇卫生院要配齐全科医生，村卫生室的药品目录要和上级医院衔接起来。
饮用水源地周边严禁新建排污口，已经建成的要限期拆除，确保水质稳定达标。
节假日前要组织一次安全大检查，商场超市、宾馆饭店和娱乐场所是检查的重点。
高标准农田建设要让农民参与监督，工程质量好不好，种地的人最有发言权。
城市内涝点要逐个销号，排水管网改造要赶在雨季之前完成主体工程。
劳务派遣用工要规范，同工同酬的要求要落实，工资必须通过银行直接发放到个人账户。
文旅项目要讲好本地故事，不能千篇一律地建仿古街、玻璃栈道。
年终考核要看实绩，群众满意不满意、问题解决没解决，都要写进考核结果里。
社区食堂要办得起、办得好，老人吃饭方便了，子女上班也更放心。
房屋安全隐患排查要到边到角，自建房尤其是经营性自建房要一栋一栋过筛子。
快递包装回收点要进社区、进校园，鼓励商家使用可循环的包装箱。
信访件要件件有回音，办理结果要当面反馈，群众不满意的要重新办理。
大学生回乡创业有政策支持，场地、贷款和培训要打包提供，手续能简化的全部简化。
冷链物流是农产品出村进城的短板，要在主要产区建设一批产地冷藏库。
网络谣言要及时澄清，涉及群众切身利益的事情，权威信息要第一时间发布。
汛后要及时开展灾后评估，受损的堤防、道路和桥梁要列出清单，分轻重缓急抓紧修复。
农村宅基地管理要一户一宅，新建住房要先审批后开工，村里要设立公示栏。
特种设备使用单位要落实主体责任，电梯、锅炉和压力容器必须按期检验。
体育场馆要向社会免费或低收费开放，让群众在家门口就能健身。
企业安全培训不能走过场，新进员工必须经过考试合格才能上岗。
春耕备耕要抓早，种子、化肥和农药的储备情况要一周一报，防止出现断档。
人才公寓要建在产业园区附近，配套超市、食堂和班车，让引进的人才留得下来。
公共法律服务要延伸到村，每个村都要有法律顾问，村民遇到纠纷可以免费咨询。
流动摊贩的管理要疏堵结合，划定便民疏导区，既方便群众又保持街面整洁。
建筑工人工资专户制度要全面推行，总包单位对分包单位的欠薪承担清偿责任。
旅游厕所要按标准建设，有人管、有水冲、有纸巾，这是游客最直接的感受。
环保督察反馈的问题要建立台账，整改一项销号一项，不能以文件落实整改。
粮食收购期间要防止压级压价，收购点要公布价格标准，农民卖粮要当天结算。
残疾人就业帮扶要精准到人，有劳动能力的要推荐岗位，没有劳动能力的要兜住底线。
托育机构的收费标准要公开，普惠托位要优先保障双职工家庭和多孩家庭。
儿童之家不能只挂牌子，每周至少开放三个下午，寒暑假要有固定的活动安排。
农村留守儿童的底数每学期更新一次，班主任、村干部和家长的联系方式要对得上。
女职工劳动保护专项检查要进车间、看台账，孕期和哺乳期的岗位调整要落到实处。
婚姻家庭纠纷调解员要经过培训再上岗，调解不成的要告诉当事人下一步去哪里求助。
学校心理健康老师要配到位，发现情绪异常的学生，要在当天告知家长并跟进。
母婴室建设要覆盖车站、医院和大型商场，设施坏了要有人报修、有人维护。
妇女创业贷款的审批流程要再压缩，材料能共享的不要让申请人重复提交。
孤独症儿童康复训练补助要按季度发放，定点机构的服务质量要请家长评议。
中小学课后服务要让家长自愿选择，收费项目和服务内容都要提前公示。
困境儿童的监护情况要逐一核实，监护缺失的要及时安排临时照料。
反家暴告诫书制度要用起来，公安派出所接到求助要第一时间出警、固定证据。
村里的妇女议事会每季度开一次，议定的事项要张榜公布，办理结果要有回音。
青春期健康教育要进课堂，教材和课时要有保证，不能停留在发几张宣传单上。
医院产科和儿科的夜间值班力量要加强，危重孕产妇和新生儿转诊要有绿色通道。
家庭教育指导服务站要建到社区，周末开设家长课堂，请有经验的老师来讲。
网络游戏防沉迷措施要落实到每一个平台，未成年人的消费限额要严格执行。
女性科技人员参加评审的比例要逐步提高，评审专家库里要有更多女性专家。
儿童游乐设施每年要做一次安全检测，检测不合格的立即停用、限期维修。
""".splitlines()
    if line
]


def speech_sources() -> list[SourceDoc]:
    """The corpus speeches as they would be diffed (duplicates read as empty)."""
    paths = sorted((ROOT / "corpus").glob("*.md")) + sorted(SHARED.glob("*.txt"))
    return [load_source(p) for p in paths]


def _clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE.findall(sentence) if c]


def _join(clauses: list[str]) -> str:
    """Clauses back into one sentence: inner ；： kept as commas, a full stop at the end."""
    body = "".join(clauses).rstrip("，；：。！？")
    return body.replace("；", "，") + "。"


def extract(s: str, rng: random.Random) -> str | None:
    parts = _clauses(s)
    if len(parts) < 2:
        return None
    keep = sorted(rng.sample(range(len(parts)), rng.randint(1, len(parts) - 1)))
    return _join([parts[i] for i in keep])


def reorder(s: str, rng: random.Random) -> str | None:
    parts = [p.rstrip("，；：。！？") for p in _clauses(s)]
    if len(parts) < 2:
        return None
    order = list(range(len(parts)))
    while order == sorted(order):
        rng.shuffle(order)
    return _join([parts[i] + "，" for i in order])


def level(s: str, rng: random.Random) -> str | None:
    out = s
    for old, new in LEVEL_SWAPS:
        out = out.replace(
            old, "\0" + new[::-1] + "\0"
        )  # marks: a swapped word is not swapped again
    out = re.sub("\0(.*?)\0", lambda m: m.group(1)[::-1], out)
    return out if out != s else None


def figures(s: str, rng: random.Random) -> str | None:
    out = _FIGURE.sub("", s)
    for _, start, end in sorted(find_places(out), key=lambda p: -p[1]):
        out = out[:start] + out[end:]
    out = re.sub(r"（\s*）|\(\s*\)", "", out)
    return out if out != s else None


def synonym(s: str, rng: random.Random) -> str | None:
    options = [(a, b) for a, b in SYNONYMS if a in s]
    if not options:
        return None
    old, new = rng.choice(options)
    return s.replace(old, new, 1)


def chain(*steps: Callable) -> Callable:
    """Apply edits in turn; the result counts if at least one of them changed the sentence."""

    def run(s: str, rng: random.Random) -> str | None:
        out, changed = s, False
        for step in steps:
            nxt = step(out, rng)
            if nxt is not None:
                out, changed = nxt, True
        return out if changed else None

    return run


KINDS: dict[str, Callable] = {
    "clause extraction": extract,
    "clause reordering": reorder,
    "level-word swap": level,
    "figure/name removal": figures,
    "synonym (one word)": synonym,
    "extract+level+fig": chain(extract, level, figures),
    "all": chain(extract, reorder, level, figures, synonym),
}


def corpus_sentences(docs: list[SourceDoc]) -> list[str]:
    """Every distinct sentence of the speeches with at least MIN_CHARS Han characters."""
    seen: dict[str, None] = {}
    for doc in docs:
        for s in sentence_texts(doc.text):
            if count_han(s) >= MIN_CHARS:
                seen.setdefault(s)
    return list(seen)


def _right(source, origin: str, draft: str, holders: dict[str, set[str]]) -> tuple[bool, bool]:
    """(strict, lenient): strict is a source holding the sentence the edit started from (with
    --against, also a localised copy of it: equal but for level words, figures and places);
    lenient also takes a source sentence at least as close to the draft as that sentence
    (a generated speech may hold the draft's very wording)."""
    if source is None:
        return False, False
    if source.id in holders.get(origin, ()):
        return True, True
    if not holders.get("*"):
        return False, False
    if scoring_form(source.text)[0] == scoring_form(origin)[0]:
        return True, True
    return False, _closeness(draft, source.text) >= _closeness(draft, origin) - 1


def _closeness(draft: str, sentence: str) -> float:
    """How well the clauses of `draft` are found in `sentence` (partial ratio, by length)."""
    form = scoring_form(canonical(draft))[0]
    target = scoring_form(canonical(sentence))[0]
    parts = [p for p in re.split(r"[，；：。！？]", form) if p]
    total = sum(len(p) for p in parts) or 1
    return sum(fuzz.partial_ratio(p, target) * len(p) for p in parts) / total


def run_kind(index, edit: Callable, sents: list[str], holders: dict[str, set[str]], rng) -> dict:
    """Diff one draft of edited sentences plus the negatives; count per sentence."""
    items: list[tuple[str, str | None]] = []
    for s in sents:
        out = edit(s, rng)
        if out is not None and count_han(out) >= MIN_CHARS:
            items.append((out, s))
    items += [(n, None) for n in NEGATIVES]
    text = "\n\n".join(t for t, _ in items) + "\n"
    starts, pos = [], 0
    for t, _ in items:
        starts.append(pos)
        pos += len(t) + 2
    start = time.perf_counter()
    report = diff_text(text, index)
    seconds = time.perf_counter() - start
    by_item: dict[int, list] = {}
    for sd in report.sentences:
        by_item.setdefault(bisect.bisect_right(starts, sd.start) - 1, []).append(sd)
    c: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    for k, (t, origin) in enumerate(items):
        parts = by_item.get(k, [])
        reused = [p for p in parts if p.status != Status.NEW]
        status = LABEL[reused[0].status.value] if reused else "新写"
        if origin is None:
            c["neg"] += 1
            c["neg_new"] += not reused
            c["marked"] += bool(reused)
            if reused:
                misses.append(("negative", t, str(reused[0].source.id if reused[0].source else "")))
            continue
        c["pos"] += 1
        c[f"status:{status}"] += 1
        judged = [_right(p.source, origin, p.text, holders) for p in reused]
        right = bool(reused) and all(strict for strict, _ in judged)
        c["lenient"] += bool(reused) and all(lenient for _, lenient in judged)
        c["marked"] += bool(reused)
        c["right"] += right
        if not right:
            misses.append((status, t, origin))
    return {"counts": c, "misses": misses, "seconds": seconds, "chars": len(text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument(
        "--show", default="", help="list misses with this label (新写, 改动 …) or 'all'"
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="more sources to index with the corpus (e.g. bench_diff.py's 10,000 generated speeches)",
    )
    args = parser.parse_args()
    docs = speech_sources()
    sents = corpus_sentences(docs)
    holders: dict[str, set[str]] = {}
    for doc in docs:
        for s in sentence_texts(doc.text):
            holders.setdefault(s, set()).add(doc.id)
    if args.against:
        holders["*"] = {"any localised copy"}
        paths = [
            *sorted((ROOT / "corpus").glob("*.md")),
            *sorted(SHARED.glob("*.txt")),
            args.against,
        ]
        index = open_index(paths, Path("/tmp") / f"bench-diff-edits-{args.against.name}.sqlite")
        extra = index.stats()["docs"] - len(docs)
    else:
        index, extra = index_docs(docs), 0
    print(f"{len(docs)} source speeches (+ {extra:,} from --against), {len(sents)} distinct sentences "
          f"(≥ {MIN_CHARS} Han characters), {len(NEGATIVES)} negative sentences\n")  # fmt: skip
    lenient = " | recall / precision (as close a source)" if args.against else ""
    print(
        f"| edit kind | sentences | recall | precision{lenient} | 原样 | 改动 | 拆并 | 新写 "
        "| negatives 新写 | diff (s) |"
    )
    print("|---" * (11 if args.against else 10) + "|")
    for name, edit in KINDS.items():
        result = run_kind(index, edit, sents, holders, random.Random(args.seed))
        c = result["counts"]
        marked = c["marked"] or 1
        cells = [f"{c['pos']}", f"{c['right'] / c['pos']:.1%}", f"{c['right'] / marked:.1%}"]
        if args.against:
            cells.append(f"{c['lenient'] / c['pos']:.1%} / {c['lenient'] / marked:.1%}")
        cells += [str(c[f"status:{label}"]) for label in ("原样", "改动", "拆并", "新写")]
        cells += [f"{c['neg_new'] / c['neg']:.1%}", f"{result['seconds']:.2f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
        for label, text, origin in result["misses"]:
            if args.show in (label, "all"):
                print(f"    [{label}] {text}\n        ← {origin}", file=sys.stderr)
    index.close()


if __name__ == "__main__":
    main()
