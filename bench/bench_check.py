"""Benchmark `drafter check` on a 10,000-character speech, in-process, after the gazetteer is loaded.

Run by hand:  python bench/bench_check.py [--runs 20] [--chars 10000]

The speech is built from the real corpus (篇二, a complete 市 speech, repeated
as separate speeches until it reaches --chars characters). Reports medians of
check_text (target < 0.2 s), of loading the gazetteer once, and the ratio of
check_text to a baseline measured in the same run: one plain regex scan per
line for placeholders and half-width punctuation, what a naive checker does.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from timing import median_seconds

from drafter.check import check_text
from drafter.gazetteer import load_gazetteer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "women-children-conference-speeches.txt"
FALLBACK = (
    "同志们：\n\n今天，我们召开全市妇女儿童工作会议。下面，我讲三点意见。\n\n"
    "一、提高认识\n\n要充分认识做好妇女儿童工作的重要意义，切实增强责任感和使命感。\n\n"
    "二、突出重点\n\n一是推动妇女充分就业；二是加强妇女健康保障；三是维护合法权益。\n\n"
    "三、加强领导\n\n各级各部门要加强组织领导，形成工作合力，推动工作落实。\n"
)
BASELINE = re.compile(r"[XxＸ×]{2,}|某某|【待补】|TODO|(?<=[\u4e00-\u9fff])[,.;:?!()]")


def speech(chars: int) -> str:
    if CORPUS.exists():
        lines = CORPUS.read_text(encoding="utf-8").splitlines()
        unit = "\n".join(lines[88:133]) + "\n\n"  # 篇二: 同志们： … closing
    else:
        unit = FALLBACK + "\n"
    text = ""
    while len(text) < chars:
        text += unit
    return text[: text.rfind("\n\n", 0, chars) + 2] if len(text) > chars else text


def baseline(text: str) -> int:
    return sum(len(BASELINE.findall(line)) for line in text.splitlines())



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--chars", type=int, default=10_000)
    args = parser.parse_args()
    text = speech(args.chars)
    start = time.perf_counter()
    load_gazetteer()
    load = time.perf_counter() - start
    check = median_seconds(lambda: check_text(text, place="南通市"), args.runs)
    infer = median_seconds(lambda: check_text(text), args.runs)
    base = median_seconds(lambda: baseline(text), args.runs)
    report = check_text(text, place="南通市")
    print(f"speech: {len(text)} characters, {report.han_chars} Han, {len(report.findings)} findings")
    print(f"load_gazetteer (once, cold):        {load * 1000:8.1f} ms")
    print(f"check_text, place given:            {check * 1000:8.1f} ms   (target < 200 ms)")
    print(f"check_text, place/level inferred:   {infer * 1000:8.1f} ms")
    print(f"baseline: plain regex scan:         {base * 1000:8.1f} ms")
    print(f"ratio check / baseline:             {check / base:8.1f}x")
    print("OK" if check < 0.2 else "SLOWER THAN TARGET")


if __name__ == "__main__":
    main()
