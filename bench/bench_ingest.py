"""Benchmark `drafter ingest` on a generated corpus of real-shaped speeches.

Run by hand:  python bench/bench_ingest.py [--speeches 2000] [--jobs 2] [--keep DIR]

The corpus is built from the paragraphs of the real seed speeches
(tests/fixtures/ingest/), varied the way web copies vary: level words and
place names swapped, sentences dropped and reordered, synonyms, paragraphs
broken mid-sentence, half-width punctuation, Markdown marks, site debris,
GBK and UTF-16 files, collections of several speeches and duplicate copies.

Each phase runs in its own process so its peak memory is its own:
  baseline  read and decode every file (drafter.reader.read_source)
  ingest    the whole pipeline, writing corpus and fragments to a temp folder
Reports characters per second, MB of UTF-8 text per second (target ≥ 1 MB/s),
peak RSS, and ingest as a ratio of the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "ingest"

PLACES = {
    "市": ["南通市", "扬州市", "绵阳市", "赣州市", "洛阳市", "柳州市"],
    "县": ["清河县", "如东县", "宁乡县", "桐庐县", "安吉县", "沛县"],
    "区": ["鼓楼区", "江宁区", "天河区", "武侯区", "雨花区", "滨湖区"],
}
# Speeches on other subjects reuse the same frame; swapping the subject varies every sentence.
TOPICS = ["妇女儿童", "青少年", "老年人", "残疾人", "退役军人", "农民工", "困难群众", "留守儿童", "外来务工人员"]
SYNONYMS = [("切实", "扎实"), ("进一步", "更加"), ("不断", "持续"), ("大力", "着力"), ("认真", "扎实"), ("努力", "全力")]
LEVEL_SWAPS = ("市委、市政府", "全市", "我市", "市直各部门", "市妇儿工委", "市政府", "市委")


def seed_pool() -> dict[str, list[str]]:
    """Paragraphs of the real seed speeches, by the role ingest gives them."""
    from drafter.ingest.classify import outline_speech
    from drafter.ingest.clean import clean_text
    from drafter.ingest.split import classify_kind, split_chunks
    from drafter.model import Role

    pool: dict[str, list[str]] = {"opening": [], "ack": [], "closing": [], "point": []}
    for file in sorted(SEEDS.rglob("*.*")):
        for chunk in split_chunks(clean_text(file.read_text(encoding="utf-8")).paras):
            if classify_kind(chunk.paras) != "speech":
                continue
            outline = outline_speech(chunk.paras)
            for piece in outline.pieces:
                key = {Role.OPENING: "opening", Role.ACKNOWLEDGEMENT: "ack", Role.CLOSING: "closing"}.get(piece.role)
                if key:
                    pool[key].append(piece.text)
            for point in outline.points:
                body = [point.text] if point.text else []
                body += [s.heading + s.text + "".join(i.heading + i.text for i in s.items) for s in point.subpoints]
                pool["point"].append(point.heading + "\n" + "\n".join(body))
    return pool


def vary(text: str, rng: random.Random, level: str, topic: str = "妇女儿童") -> str:
    """Swap level words, subject and synonyms, drop or reorder a sentence."""
    text = text.replace("妇女儿童", topic)
    for word in LEVEL_SWAPS:
        text = text.replace(word, word.replace("市", level))
    for a, b in SYNONYMS:
        if rng.random() < 0.3:
            text = text.replace(a, b)
    sentences = [s + "。" for s in text.split("。") if s]
    if len(sentences) > 3 and rng.random() < 0.5:
        sentences.pop(rng.randrange(1, len(sentences)))
    if len(sentences) > 3 and rng.random() < 0.3:
        i = rng.randrange(1, len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    return "".join(sentences) if sentences else text


def web_noise(paragraph: str, rng: random.Random) -> str:
    """Break a paragraph mid-sentence and paste half-width punctuation, as web copies do."""
    if len(paragraph) > 80 and rng.random() < 0.2:
        cut = rng.randrange(30, len(paragraph) - 20)
        paragraph = paragraph[:cut] + "\n\n" + paragraph[cut:]
    if rng.random() < 0.3:
        paragraph = paragraph.replace("，", ",").replace("；", ";")
    return paragraph


def speech(pool: dict[str, list[str]], rng: random.Random) -> str:
    level = rng.choice(list(PLACES))
    topic = rng.choice(TOPICS)
    n = rng.randint(3, 5)
    cn = "一二三四五六七八九"
    parts = ["同志们：", vary(rng.choice(pool["opening"]), rng, level, topic)]
    parts.append(vary(rng.choice(pool["ack"]), rng, level, topic) + f"下面，我讲{'两三四五'[n - 2]}点意见。")
    markdown = rng.random() < 0.3
    for i, point in enumerate(rng.sample(pool["point"], n)):
        heading, _, body = point.partition("\n")
        parts.append(("## " if markdown else "") + f"{cn[i]}、{heading}")
        parts += [web_noise(vary(p, rng, level, topic), rng) for p in body.split("\n") if p]
    parts.append(vary(rng.choice(pool["closing"]), rng, level, topic))
    text = "\n\n".join(parts)
    return text.replace(f"全{level}", f"全{level}", 1)


def build_corpus(folder: Path, count: int, seed: int = 7) -> None:
    pool = seed_pool()
    rng = random.Random(seed)
    written = 0
    k = 0
    while written < count:
        k += 1
        if rng.random() < 0.05 and written + 3 <= count:  # a web collection of three, one a truncated copy
            a, b = speech(pool, rng), speech(pool, rng)
            text = (
                "# 工作会议讲话(大全3篇)\n\n写范文的时候需要注意什么呢？下面是本站小编整理的范文，仅供参考。\n\n"
                f"## 讲话稿篇一\n\n{a}\n\n共2页，当前第1页12\n\n## 讲话稿篇二\n\n{b}\n\n## 讲话稿篇三\n\n{a[: len(a) * 2 // 3]}"
            )
            written += 3
        else:
            text = speech(pool, rng)
            written += 1
        encoding = rng.choices(["utf-8", "gbk", "utf-16"], weights=[8, 1, 1])[0]
        (folder / f"speech-{k:05d}.txt").write_bytes(text.encode(encoding, errors="replace"))


# ---------------------------------------------------------------- phases (each in its own process)


def phase_baseline(folder: Path) -> dict[str, float]:
    from drafter.reader import read_source

    start = time.perf_counter()
    chars = utf8 = 0
    for file in sorted(folder.iterdir()):
        text = read_source(file)[0]
        chars += len(text)
        utf8 += len(text.encode("utf-8"))
    return {"seconds": time.perf_counter() - start, "chars": chars, "utf8_bytes": utf8}


def phase_ingest(folder: Path, jobs: int) -> dict[str, float]:
    from drafter.ingest import ingest_paths

    out = Path(tempfile.mkdtemp(prefix="drafter-bench-out-"))
    (out / "lib").mkdir()
    try:
        start = time.perf_counter()
        report = ingest_paths([folder], library=out / "lib", corpus=out / "corpus", jobs=jobs)
        seconds = time.perf_counter() - start
    finally:
        shutil.rmtree(out)
    docs = report.documents
    return {
        "seconds": seconds,
        "documents": len(docs),
        "duplicates": sum(1 for d in docs if d["duplicate_of"]),
        "fragments": sum(sum(d["fragments"].values()) for d in docs),
        "errors": len(report.errors),
    }


def run_phase(name: str, folder: Path, jobs: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--phase", name, "--jobs", str(jobs), str(folder)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--speeches", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--phase", choices=["baseline", "ingest"])
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    if args.phase:
        result = phase_baseline(args.folder) if args.phase == "baseline" else phase_ingest(args.folder, args.jobs)
        result["peak_mb"] = _peak_mb()
        print(json.dumps(result))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="drafter-bench-in-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        build_corpus(folder, args.speeches)
        files = list(folder.iterdir())
        size = sum(f.stat().st_size for f in files)
        base = run_phase("baseline", folder, args.jobs)
        ingest = run_phase("ingest", folder, args.jobs)
    finally:
        if not args.keep:
            shutil.rmtree(folder)
    chars = base["chars"]
    mb = base["utf8_bytes"] / 1_000_000  # the text as UTF-8, whatever encoding the files were in
    print(f"corpus: {args.speeches} speeches in {len(files)} files, {chars:,} characters, "
          f"{mb:.1f} MB as UTF-8 ({size / 1e6:.1f} MB on disk)")
    print(f"documents {ingest['documents']:.0f}, duplicates {ingest['duplicates']:.0f}, "
          f"new fragments {ingest['fragments']:.0f}, unreadable files {ingest['errors']:.0f}")
    print(f"baseline read+decode: {base['seconds']:.2f} s, {chars / base['seconds']:,.0f} chars/s, "
          f"peak {base['peak_mb']:.0f} MB")
    print(f"ingest (jobs={args.jobs}):     {ingest['seconds']:.2f} s, {chars / ingest['seconds']:,.0f} chars/s, "
          f"{mb / ingest['seconds']:.2f} MB/s (target ≥ 1), peak {ingest['peak_mb']:.0f} MB")
    print(f"ratio ingest/baseline: time ×{ingest['seconds'] / base['seconds']:.1f}, "
          f"peak memory ×{ingest['peak_mb'] / base['peak_mb']:.1f}")


if __name__ == "__main__":
    main()
