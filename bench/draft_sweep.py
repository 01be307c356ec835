"""Many varied drafts in one process: hashed (every draft byte for byte, before and after a change) or profiled.

Run by hand:
    python bench/draft_sweep.py --drafts 300 --write /tmp/before.txt      # on one checkout
    python bench/draft_sweep.py --drafts 300 --compare /tmp/before.txt    # on another: every draft the same?
    python bench/draft_sweep.py --drafts 60 --resident --profile          # where a new draft's time goes in a worker
    python bench/draft_sweep.py --drafts 120 --minutes 30 --write F       # many works at 30 minutes (the length search)

Each draft is `drafter draft --no-input --no-history --json` run through the CLI in this process (what a resident's
worker does), with another place, meeting (work and kind), seed, length, number of points, tag or facts each time
(`sweep_argv`: a fixed list, the same in every checkout). What is hashed is everything the command wrote (the JSON
holds the text, the fragments, the findings and the originality figure) and its exit code. `--resident` first loads
what a resident loads (`resident_server.preload`), so the drafts meet the caches a worker has; `--profile` prints
cProfile's view of the drafts after the first `--skip`, and each draft's CPU time. DRAFTER_HOME and the XDG folders
point into a temporary folder (the user's own library and history are never read); the cache folder is the user's.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PLACES = [("清河县", "全县"), ("南通市", "全市"), ("江阴市", "全市"), ("城关镇", "全镇"), ("故城县", "全县"),
          ("鼓楼区", "全区"), ("连庄镇", "全镇"), ("江苏省", "全省"), ("无锡市", "全市"), ("海门区", "全区"),
          ("如皋市", "全市"), ("武清区", "全区")]  # fmt: skip
WORKS = ["安全生产工作", "妇女儿童工作", "乡村振兴工作", "防汛工作", "党风廉政建设工作", "优化营商环境工作", "教育工作",
         "卫生健康工作", "森林防火工作", "生态环境保护工作", "基层党建工作", "平安建设工作", "民政工作", "文明城市创建工作",
         "食品安全工作", "征兵工作", "审计工作", "就业和社会保障工作", "城市管理工作", "文化和旅游工作", "水利工作",
         "科技创新工作", "人才工作", "财政工作", "医疗保障工作", "法治建设工作", "林业工作", "档案工作", "统计工作"]  # fmt: skip
KINDS = ["会议", "推进会", "调度会", "动员部署会", "领导小组会议", "座谈会", "表彰大会", "电视电话会议", "总结会",
         "培训班开班式", "务虚会", "联席会议"]  # fmt: skip
FACTS = [(), ("achievements=去年完成各项目标任务；群众满意度明显提升",),
         ("tasks=抓好隐患排查；完善长效机制；加强队伍建设", "problems=基层力量薄弱"),
         ("targets=[\"主要指标完成率达到90%以上\"]", "achievements=重点项目全部按期推进", "tasks=强化督查考核")]  # fmt: skip
# bench_startup.py's VARIED (`--bench-like`)
BENCH_VARIED = [("清河县", "全县安全生产工作会议"), ("南通市", "全市妇女儿童工作会议"), ("江阴市", "全市乡村振兴工作推进会"),
                ("城关镇", "全镇防汛工作会议"), ("故城县", "全县党风廉政建设工作会议"), ("鼓楼区", "全区优化营商环境工作会议"),
                ("连庄镇", "全镇安全生产工作会议"), ("清河县", "全县防汛工作会议"), ("南通市", "全市乡村振兴工作推进会"),
                ("江阴市", "全市优化营商环境工作会议"), ("故城县", "全县妇女儿童工作会议")]  # fmt: skip
OPTIONS = [(), ("--minutes", "10"), ("--minutes", "20"), ("--points", "4"), ("--minutes", "30"), ("--tag", "表彰"),
           ("--points", "2"), ("--gaps",)]  # fmt: skip


def sweep_argv(number: int, minutes: int | None = None) -> list[str]:
    """The `number`th draft of the sweep (every argument from fixed lists, stepped at co-prime strides); with `minutes`,
    each draft that length instead of its own option (the length search's hardest case: `--minutes 30`)."""
    place, scope = PLACES[number % len(PLACES)]
    work = WORKS[(number * 7) % len(WORKS)]
    kind = KINDS[(number * 5) % len(KINDS)]
    meeting = f"{scope}{work}{kind}" if kind != "会议" else f"{scope}{work}会议"
    sets = [f"place={place}", f"meeting={meeting}", *FACTS[(number // 3) % len(FACTS)]]
    argv = ["draft", "--no-input", "--no-history", "--json", "--seed", str(5000 + number * 13)]
    for item in sets:
        argv += ["--set", item]
    return argv + (["--minutes", str(minutes)] if minutes else list(OPTIONS[(number * 3) % len(OPTIONS)]))


def bench_argv(number: int) -> list[str]:
    """The `number`th draft as bench_startup.py's `--varied` drafts are made: its places and meetings, another seed,
    the user's history on, nothing else."""
    place, meeting = BENCH_VARIED[number % len(BENCH_VARIED)]
    return ["draft", "--no-input", "--json", "--seed", str(1000 + number), "--set", f"place={place}", "--set",
            f"meeting={meeting}"]  # fmt: skip


def to_file(argv: list[str], output: str) -> list[str]:
    """`argv` writing its draft with `-o output --force` (over the one before, as bench_startup's `-o` drafts do)
    instead of printing JSON."""
    return [*(a for a in argv if a != "--json"), "--force", "-o", output]


def run_draft(argv: list[str], output: str | None = None) -> tuple[bytes, float]:
    """One command through the CLI in this process: (what it wrote and its exit code, CPU seconds); with `output`
    (the command's -o file), what it wrote there and in the record beside it too."""
    from drafter.cli import fast, main

    saved = sys.argv, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    sys.argv = ["drafter", *argv]
    sys.stdout, sys.stderr = io.TextIOWrapper(out, encoding="utf-8"), io.TextIOWrapper(err, encoding="utf-8")
    fast.finished = None
    start = time.process_time()
    code: object = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    finally:
        spent = time.process_time() - start
        sys.stdout.flush(), sys.stderr.flush()
        written = out.getvalue() + b"\0" + err.getvalue() + f"\0{code}".encode()
        sys.argv, sys.stdout, sys.stderr = saved
    if output is not None:
        from drafter.answers import record_path

        for path in (Path(output), record_path(Path(output))):
            written += b"\0" + (path.read_bytes() if path.exists() else b"-")
    return written, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300)
    parser.add_argument("--write", help="write each draft's hash to this file")
    parser.add_argument("--compare", help="compare each draft's hash with this file's")
    parser.add_argument("--resident", action="store_true", help="load what a resident loads first")
    parser.add_argument("--profile", action="store_true", help="cProfile the drafts after --skip")
    parser.add_argument("--skip", type=int, default=10, help="drafts before the profiled or timed ones")
    parser.add_argument("--bench-like", action="store_true", help="bench_startup.py's --varied drafts instead")
    parser.add_argument("--times", action="store_true", help="print each draft's CPU ms")
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--output", action="store_true", help="write each draft with -o (over the one before, --force)"
                        " and hash the file and its record too, instead of --json")  # fmt: skip
    parser.add_argument("--minutes", type=int, help="every sweep draft this long (a mix of works at 30 minutes)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="drafter-sweep-")
    os.environ.update({"DRAFTER_HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home})
    if args.resident:
        from drafter.cli import resident_server

        resident_server.preload()
    profiler = None
    hashes, times = [], []
    for number in range(args.drafts):
        if args.profile and number == args.skip:
            import cProfile

            profiler = cProfile.Profile(time.process_time)  # CPU: the machine is shared
            profiler.enable()
        argv = bench_argv(number) if args.bench_like else sweep_argv(number, args.minutes)
        output = os.path.join(home, "讲话.md") if args.output else None
        written, spent = run_draft(to_file(argv, output) if output else argv, output)
        written = written.replace(home.encode(), b"HOME")  # the temporary folder, named in -o's messages
        hashes.append(hashlib.sha256(written).hexdigest())
        times.append(spent)
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    kept = times[args.skip :] or times
    print(f"{args.drafts} drafts: CPU ms per draft after the first {args.skip}: median "
          f"{statistics.median(kept) * 1000:.1f}, mean {statistics.mean(kept) * 1000:.1f}")  # fmt: skip
    if args.times:
        print(" ".join(f"{t * 1000:.0f}" for t in times))
    print("all:", hashlib.sha256("".join(hashes).encode()).hexdigest())
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            out.writelines(f"{n} {h} {' '.join(sweep_argv(n, args.minutes))}\n" for n, h in enumerate(hashes))
    if args.compare:
        with open(args.compare, encoding="utf-8") as kept_file:
            before = [line.split(" ", 2)[1] for line in kept_file]
        differ = [n for n, (a, b) in enumerate(zip(before, hashes, strict=False)) if a != b]
        print(f"compared {min(len(before), len(hashes))} drafts: {len(differ)} differ {differ[:20]}")
        if differ or len(before) != len(hashes):
            raise SystemExit(1)


if __name__ == "__main__":
    main()
