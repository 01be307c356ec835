"""Benchmark `drafter audit` on a generated archive with planted copying.

Run by hand (never by pytest), niced: the 100k run reads and compares 100,000 files.

    nice .venv/bin/python bench/bench_audit.py --n 100000 --spark-sample 2000 > bench-audit.txt

Speeches come from the same material as bench_diff.py (the real corpus, through
diff_corpus.Generator's clauses, level words and edits), but every sentence is put
together from clauses of different speeches, edited, and given local figures, so
that like a real archive each speech has wording of its own. Planted: `--pairs`
copying pairs (a later speech takes 1–3 passages of 80–600 characters from an
earlier one, changing level words), and three superior's passages each quoted by
0.5% of the speeches (common text, which must not come out as pairs). 80% of
speeches carry a date line. Reported: time, peak memory (main process and worker
processes), precision and recall of the planted pairs, direction accuracy, and for
`--spark-sample` speeches whether Spark's result equals the local one.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diff_corpus import PLACES, PROVINCES, Generator  # noqa: E402

from drafter.audit import audit_archive  # noqa: E402

UNITS = ["个", "项", "家", "户", "人次", "公里", "万元", "所", "处"]
FIGURE_WORDS = ["完成", "新增", "建成", "排查", "整改", "培训", "走访", "帮扶", "投入"]
UPPER = [
    "上级会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，"
    "以钉钉子精神抓好各项任务落实，推动高质量发展取得新的更大成效。",
    "各地各部门要把思想和行动统一到上级决策部署上来，切实扛起政治责任，健全工作机制，"
    "加强督促检查，确保各项目标任务落地见效，以实际行动推进中国式现代化。",
    "要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，持续改善民生福祉，"
    "让人民群众的获得感、幸福感、安全感更加充实、更有保障、更可持续。",
]


def library_sentences() -> list[str]:
    """Sentences of the shipped fragment library, level words filled in for a 市."""
    import yaml

    words = {"scope": "全市", "we": "我市", "leadership": "市委、市政府", "party": "市委", "government": "市政府",
             "below": "各县（市、区）", "own_depts": "市直各部门", "work": "这项工作", "meeting": "这次会议"}  # fmt: skip
    out: list[str] = []
    root = Path(__file__).resolve().parent.parent / "fragments"
    for path in sorted(root.rglob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if not isinstance(item, dict):
                continue
            texts = [item.get("text") or ""] + [s.get("text") or "" for s in item.get("subpoints") or []]
            for text in texts:
                text = re.sub(r"\{\{\s*([\w.]+)\s*\}\}", lambda m: words.get(m[1], ""), str(text))
                text = re.sub(r"\{%.*?%\}", "", text)
                out += [x for x in re.findall(r"[^。！？]+[。！？]", text) if len(x) > 10]
    return out


class AuditGenerator:
    """Speeches with wording of their own, planted copying pairs and common text (seeded)."""

    def __init__(self, n: int, pairs: int, seed: int = 1) -> None:
        self.gen = Generator(seed=seed)
        self.n, self.seed = n, seed
        sentences = self.gen.pool + library_sentences()
        self.clauses = sorted({c for x in sentences for c in re.findall(r"[^，。；！？\s]{6,22}，", x)})
        # clauses and endings of at most 23 characters: a 50-character run spans three random picks,
        # so two speeches share one only by planting (or as common text)
        self.tails = sorted({t for x in sentences if "，" in x and x[-1] in "。！"
                             and 6 <= len(t := x.rsplit("，", 1)[-1]) <= 23})  # fmt: skip
        rng = random.Random(seed)
        docs = rng.sample(range(n), 2 * pairs)
        self.copies = {docs[2 * i + 1]: docs[2 * i] for i in range(pairs)}  # copy → source
        self.sources = set(self.copies.values())
        self.upper = {k: rng.randrange(3) for k in rng.sample(range(n), min(n, 3 * n // 200))}

    def planted(self) -> set[tuple[int, int]]:
        return {(min(c, s), max(c, s)) for c, s in self.copies.items()}

    def date(self, k: int) -> tuple[int, int, int] | None:
        rng = random.Random(self.seed * 7_000_003 + k)
        if k in self.copies or k in self.sources:  # planted pairs: the copy comes a month later
            source = self.copies.get(k, k)
            day = random.Random(self.seed * 11 + source).randrange(3000) + (30 if k in self.copies else 0)
        else:
            if rng.random() < 0.2:
                return None
            day = rng.randrange(3650)
        when = datetime.date(2016, 1, 1) + datetime.timedelta(days=day)
        return when.year, when.month, when.day

    def base(self, k: int) -> tuple[str, str, list[str]]:
        rng = random.Random(self.seed * 1_000_003 + k)
        level = rng.choice(["市", "市", "县", "县", "区"])
        place = rng.choice(PLACES[level])
        paras, size, target = [], 0, rng.randint(3200, 4800)
        while size < target:
            para = "".join(self._sentence(rng, level) for _ in range(rng.randint(3, 7)))
            para = self.gen._localise(para, level, place, rng.choice(PROVINCES))
            paras.append(para)
            size += len(para)
        return level, place, paras

    def _sentence(self, rng: random.Random, level: str) -> str:
        clauses = [Generator._edit(rng.choice(self.clauses), rng, 0.6) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            clauses.insert(rng.randrange(len(clauses) + 1),
                           f"全{level}{rng.choice(FIGURE_WORDS)}{rng.randint(3, 980)}{rng.choice(UNITS)}，")  # fmt: skip
        return "".join(clauses) + Generator._edit(rng.choice(self.tails), rng, 0.6)

    def speech(self, k: int) -> str:
        level, place, paras = self.base(k)
        rng = random.Random(self.seed * 3_000_017 + k)
        if k in self.copies:
            _, _, source = self.base(self.copies[k])
            for _ in range(rng.randint(1, 3)):
                para = rng.choice(source)
                length = rng.randint(80, 600)
                start = rng.randrange(max(1, len(para) - length))
                piece = self.gen._localise(para[start : start + length], level, place, "")
                paras.insert(rng.randrange(len(paras) + 1), piece)
        if k in self.upper:
            paras.insert(rng.randrange(len(paras) + 1), UPPER[self.upper[k]])
        date = self.date(k)
        head = [f"在{place}{level}重点工作推进会上的讲话"]
        if date:
            head.append(f"（{date[0]}年{date[1]}月{date[2]}日）")
        return "\n\n".join([*head, "同志们：", *paras]) + "\n"

    def write(self, folder: Path) -> None:
        for k in range(self.n):
            path = folder / f"{k // 1000:03d}" / f"speech-{k:06d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(self.speech(k), encoding="utf-8")


def ensure(gen: AuditGenerator, folder: Path) -> float:
    marker = folder / ".complete"
    stamp = f"{gen.n} {len(gen.copies)} {gen.gen.version} v2-{len(gen.clauses)}-{len(gen.tails)}"
    if marker.exists() and marker.read_text() == stamp:
        return 0.0
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    gen.write(folder)
    marker.write_text(stamp)
    return time.perf_counter() - start


def index_of(name: str) -> int:
    return int(name.rsplit("-", 1)[1].split(".")[0])


def score(report, gen: AuditGenerator, subset: set[int] | None = None) -> dict:
    planted = {p for p in gen.planted() if subset is None or set(p) <= subset}
    found = {tuple(sorted((index_of(p.a.name), index_of(p.b.name)))) for p in report.pairs}
    hit = found & planted
    right = wrong = 0
    for p in report.pairs:
        pair = p.source_and_copy()
        a, b = index_of(p.a.name), index_of(p.b.name)
        if pair is None or (min(a, b), max(a, b)) not in planted:
            continue
        copy = index_of(pair[1].name)
        right += copy in gen.copies
        wrong += copy not in gen.copies
    return {
        "planted": len(planted), "found": len(found), "true_pairs": len(hit),
        "precision": round(len(hit) / len(found), 4) if found else None,
        "recall": round(len(hit) / len(planted), 4) if planted else None,
        "direction_right": right, "direction_wrong": wrong,
        "common_passages_shown": len(report.common),
        "unplanted_min_shared": min((p.shared for p in report.pairs
                                     if tuple(sorted((index_of(p.a.name), index_of(p.b.name)))) not in planted), default=None),
    }  # fmt: skip


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished workers (contention-proof, unlike wall time)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(paths: list[Path], engine: str) -> tuple[object, float, float]:
    start, cpu = time.perf_counter(), cpu_seconds()
    report = audit_archive(paths, engine=engine)
    return report, time.perf_counter() - start, cpu_seconds() - cpu


def baseline(folder: Path, n: int, pairs: int) -> dict:
    """The naive way: difflib's matching blocks on every pair, timed on a sample and extrapolated."""
    import difflib

    from drafter.audit.documents import digest, list_documents

    entries = list_documents([folder])
    rng = random.Random(9)
    sample = [rng.sample(entries, 2) for _ in range(pairs)]
    texts = {e[0]: digest(*e).norm for pair in sample for e in pair}
    start = time.perf_counter()
    for a, b in sample:
        difflib.SequenceMatcher(None, texts[a[0]], texts[b[0]], autojunk=False).get_matching_blocks()
    per_pair = (time.perf_counter() - start) / pairs
    all_pairs = n * (n - 1) // 2
    return {"difflib_ms_per_pair": round(per_pair * 1000, 2), "all_pairs": all_pairs,
            "extrapolated_days_on_2_cores": round(per_pair * all_pairs / 2 / 86400, 1)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--pairs", type=int, default=0, help="planted pairs (default n / 100)")
    ap.add_argument("--root", type=Path, default=Path("/tmp/drafter-bench-audit"))
    ap.add_argument("--spark-sample", type=int, default=2000)
    ap.add_argument("--skip-local", action="store_true")
    ap.add_argument("--baseline", type=int, default=0, help="time difflib on this many random pairs")
    args = ap.parse_args()
    gen = AuditGenerator(args.n, args.pairs or max(10, args.n // 100))
    folder = args.root / f"n{args.n}"
    gen_s = ensure(gen, folder)
    out: dict = {"n": args.n, "generate_s": round(gen_s, 1)}
    if not args.skip_local:
        report, seconds, cpu = run([folder], "local")
        out["local"] = {"seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
                        "peak_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                        "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
                        **score(report, gen)}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False), flush=True)
    if args.baseline:
        out["baseline"] = baseline(folder, args.n, args.baseline)
    if args.spark_sample:
        sample = sorted(random.Random(5).sample(range(args.n), min(args.n, args.spark_sample)))
        # the planted partners of the sample join it, so that it holds whole pairs
        keep = set(sample) | {gen.copies[k] for k in sample if k in gen.copies}
        keep |= {c for c, s in gen.copies.items() if s in keep}
        files = [folder / f"{k // 1000:03d}" / f"speech-{k:06d}.txt" for k in sorted(keep)]
        local, l_s, _ = run(files, "local")
        spark, s_s, _ = run(files, "spark")
        same = local.to_dict() | {"engine": ""} == spark.to_dict() | {"engine": ""}
        out["spark_sample"] = {"documents": len(files), "local_s": round(l_s, 1), "spark_s": round(s_s, 1),
                               "identical": same, **score(spark, gen, keep)}  # fmt: skip
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
