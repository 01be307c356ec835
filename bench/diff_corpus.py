"""Synthetic speech corpora and drafts with known provenance, for bench_diff.py.

Speeches are generated from the real corpus text (repository corpus/*.md, else
/work/shared/corpus): paragraphs are drawn across speeches, sentences shuffled
inside paragraphs and swapped in from other speeches, level words and place
names changed, and a few word-level edits made (synonyms, adverbs, dropped 的).
Drafts are assembled from known speeches and edited at a known rate; every
draft character carries its true source (or None when the edit wrote it).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.diff.normalize import sentence_texts, sentences
from drafter.reader import split_front_matter
from drafter.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus/women-children-conference-speeches.txt")

PLACES = {
    "市": [
        "南通",
        "扬州",
        "泰州",
        "盐城",
        "淮安",
        "宿迁",
        "徐州",
        "连云港",
        "镇江",
        "常州",
        "湖州",
        "嘉兴",
        "绍兴",
        "金华",
        "衢州",
        "丽水",
        "台州",
        "温州",
        "芜湖",
        "安庆",
        "黄山",
        "赣州",
        "九江",
        "宜春",
    ],
    "县": [
        "清河",
        "沭阳",
        "泗洪",
        "如东",
        "海安",
        "宝应",
        "兴化",
        "射阳",
        "建湖",
        "涟水",
        "丰县",
        "沛县",
        "睢宁",
        "灌云",
        "东海",
        "句容",
        "溧阳",
        "德清",
        "安吉",
        "长兴",
        "桐乡",
        "海盐",
        "嵊州",
        "新昌",
    ],
    "区": [
        "崇川",
        "通州",
        "海门",
        "广陵",
        "邗江",
        "江都",
        "海陵",
        "姜堰",
        "亭湖",
        "盐都",
        "清江浦",
        "淮阴",
    ],
}
PROVINCES = ["江苏", "浙江", "安徽", "江西", "山东", "河南", "湖北", "四川"]
SYNONYMS = [("加强", "强化"), ("推动", "推进"), ("认真", "切实"), ("进一步", "更加"), ("不断", "持续"),
            ("大力", "着力"), ("全面", "整体"), ("积极", "主动"), ("重要", "关键"), ("健全", "完善")]  # fmt: skip
ADVERBS = ["进一步", "切实", "全面", "扎实", "持续"]
FILLER = "努力持续全面深入扎实有效积极稳妥统筹协调推进落实健全完善"
NEW_SENTENCES = [
    "要把安全生产责任落实到每一个岗位，坚决遏制重特大事故发生。",
    "今年的重点是把各项任务分解到季度，逐月调度，年底考核兑现。",
    "各乡镇要在六月底前完成摸底排查，建立问题清单和整改台账。",
    "数字化平台上线以来，群众办事平均时间缩短了一半以上。",
    "我们将聘请第三方机构开展满意度测评，结果向社会公开。",
    "对工作不力、推诿扯皮的单位，要通报批评并约谈主要负责人。",
    "全县今年新建改建农村公路一百二十公里，所有行政村实现通客车。",
    "营商环境评价排名连续两年进入全省前十，新登记市场主体增长百分之十八。",
    "要抓紧汛期前的水库除险加固，确保八月底前全部完工并通过验收。",
    "老旧小区改造要先问需于民，加装电梯、停车位和充电桩一并规划。",
    "请各单位于下周五前报送自查报告，逾期未报的视为未完成任务。",
    "乡村振兴不是一句口号，要落到每一个产业项目、每一户增收门路上。",
    "这次暗访发现的十二个问题，已经全部交办到相关部门限期整改。",
    "高校毕业生留在本地就业的比例，比三年前提高了整整九个百分点。",
    "冬季清洁取暖改造涉及两万多户群众，补贴资金必须足额及时发放。",
    "我们要用好大数据手段，让企业开办、项目审批全流程网上可查。",
    "食品安全抽检合格率保持在百分之九十八以上，但校园周边仍是薄弱环节。",
    "明年要重点办好十件民生实事，名单由人大代表投票确定。",
    "防汛值班人员必须二十四小时在岗，手机保持畅通，严禁擅离职守。",
    "社区网格员队伍要稳定下来，待遇保障和职业晋升通道都要跟上。",
]


def real_paragraphs() -> list[str]:
    """Paragraphs of the real corpus (Markdown marks removed, one per line)."""
    files = sorted((ROOT / "corpus").glob("*.md")) or [SHARED]
    paras: list[str] = []
    for path in files:
        _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        for para in re.split(r"\n\s*\n", body):
            para = re.sub(r"^#+\s*", "", para.strip()).replace("\n", "")
            if len(para) >= 8 and "本站小编" not in para and "范文" not in para:
                paras.append(para)
    return paras


@dataclass
class Generator:
    """Deterministic speech generator (seeded)."""

    seed: int = 1
    edit_rate: float = 0.08  # share of sentences given a small edit (more: more distinct sentences)
    recombine: float = 0.0  # share of sentences with one clause swapped for a clause from elsewhere

    def __post_init__(self) -> None:
        self.paras = real_paragraphs()
        self.pool = [s for p in self.paras for s in split_sentences(p) if len(s) > 10]
        self.clauses = [c for s in self.pool for c in re.findall(r"[^，]+，", s) if len(c) >= 6]
        material = "\n".join(self.paras).encode("utf-8")
        digest = hashlib.sha256(material).hexdigest()[:12]
        self.version = f"{self.seed}-{self.edit_rate}-{self.recombine}-{digest}"

    def speech(self, k: int) -> str:
        rng = random.Random(self.seed * 1_000_003 + k)
        level = rng.choice(["市", "市", "县", "县", "区"])
        place = rng.choice(PLACES[level])
        province = rng.choice(PROVINCES)
        out = [f"在{place}{level}妇女儿童工作会议上的讲话", "同志们："]
        size = 0
        target = rng.randint(3200, 4800)
        while size < target:
            sents = split_sentences(rng.choice(self.paras))
            if len(sents) > 2 and rng.random() < 0.3:
                rng.shuffle(sents)
            if rng.random() < 0.3:
                sents[rng.randrange(len(sents))] = rng.choice(self.pool)
            if self.recombine:
                sents = [self._recombine(s, rng) for s in sents]
            para = "".join(self._edit(s, rng, self.edit_rate) for s in sents)
            para = self._localise(para, level, place, province)
            out.append(para)
            size += len(para)
        return "\n\n".join(out) + "\n"

    def _recombine(self, sentence: str, rng: random.Random) -> str:
        """Swap one clause (up to a ，) for a clause of another sentence, as writers do."""
        parts = re.findall(r"[^，]+，", sentence)
        if rng.random() >= self.recombine or not parts:
            return sentence
        i = rng.randrange(len(parts))
        parts[i] = rng.choice(self.clauses)
        return "".join(parts) + sentence[sum(len(p) for p in re.findall(r"[^，]+，", sentence)) :]

    @staticmethod
    def _edit(sentence: str, rng: random.Random, rate: float) -> str:
        if rng.random() > rate or len(sentence) < 12:
            return sentence
        choice = rng.random()
        if choice < 0.5:
            for old, new in rng.sample(SYNONYMS, len(SYNONYMS)):
                if old in sentence:
                    return sentence.replace(old, new, 1)
        if choice < 0.8:
            i = rng.randrange(1, len(sentence) - 1)
            return sentence[:i] + rng.choice(ADVERBS) + sentence[i:]
        return sentence.replace("的", "", 1)

    @staticmethod
    def _localise(text: str, level: str, place: str, province: str) -> str:
        text = text.replace("江门", place).replace("湖南", province).replace("广东", province)
        if level != "市":
            for word in ("市委", "市政府", "全市", "我市", "市直", "市妇儿工委"):
                text = text.replace(word, word.replace("市", level))
        return text

    def write(self, folder: Path, n: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(n):
            path = folder / f"{k // 1000:03d}" / f"speech-{k:06d}.md"
            path.parent.mkdir(exist_ok=True)
            path.write_text(f"---\nid: speech-{k:06d}\n---\n{self.speech(k)}", encoding="utf-8")


@dataclass(frozen=True)
class Draft:
    text: str
    truth: list[tuple[str, str] | None]  # per character: (source id, origin sentence) or None


def make_draft(gen: Generator, n: int, rng: random.Random, rate: float, size: int = 5000) -> Draft:
    """A draft of about `size` characters: runs of paragraphs from 2–4 speeches, two new sentences."""
    chars: list[tuple[str, tuple[str, str] | None]] = []
    picks = rng.sample(range(n), rng.randint(2, 4))
    budget = size // len(picks)
    for k in picks:
        doc_id = f"speech-{k:06d}"
        paras = gen.speech(k).split("\n\n")
        start = rng.randrange(max(1, len(paras) - 4))
        used = 0
        for para in paras[start:]:
            if used >= budget:
                break
            for s in split_sentences(para):
                origin = sentence_texts(s)[0] if sentence_texts(s) else s
                chars += [(c, (doc_id, origin)) for c in s]
            chars += [("\n", None), ("\n", None)]
            used += len(para)
        if rng.random() < 0.7:
            chars += [(c, None) for c in rng.choice(NEW_SENTENCES) + "\n\n"]
    chars = edit_chars(rng, chars, rate)
    return Draft("".join(c for c, _ in chars), [t for _, t in chars])


def edit_chars(rng: random.Random, chars: list, rate: float) -> list:
    """Change about `rate` of the Han characters: substitutions, insertions, deletions."""
    han = sum("\u4e00" <= c <= "\u9fff" for c, _ in chars)
    changed = 0
    while changed < han * rate:
        i = rng.randrange(len(chars))
        if not "\u4e00" <= chars[i][0] <= "\u9fff":
            continue
        op = rng.random()
        if op < 0.5:
            chars[i] = (rng.choice(FILLER), None)
        elif op < 0.8:
            chars.insert(i, (rng.choice(FILLER), None))
        else:
            del chars[i]
        changed += 1
    return chars


def score_attribution(draft: Draft, report, holds) -> dict[str, int]:
    """Character counts: attributed, correct (strict: the true speech; tied: a speech holding the
    same origin sentence), and truly copied."""
    out = {
        "predicted": 0,
        "strict": 0,
        "tied": 0,
        "actual": sum(t is not None for t in draft.truth),
    }
    for s, norm in zip(report.sentences, sentences(draft.text), strict=True):
        for a, b in s.spans:
            for j in range(a, b):
                truth = draft.truth[norm.offsets[j]]
                out["predicted"] += 1
                if truth is None:
                    continue
                strict = truth[0] == s.source.id
                out["strict"] += strict
                out["tied"] += strict or holds(s.source.id, truth[1])
    return out


def iter_texts(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.rglob("*.md"))
