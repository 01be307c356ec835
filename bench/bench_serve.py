"""Benchmark `drafter serve`: the preview round trip (form → draft on screen) over real HTTP.

Run by hand:  python bench/bench_serve.py [--runs 20]
The server runs in this process (uvicorn in a thread); each request goes through
the socket, the guard, the form parser, the engine, the self-check, the
originality measure and the page template, as a browser's does. The target is
300 ms; the baseline is the same draft made in-process with no web layer
(drafting.make_draft, which measures originality itself), so the ratio is the web
layer's cost. The library and templates stay loaded in the server process while
their files are unchanged.
"""

from __future__ import annotations

import argparse
import html
import re
import urllib.parse
import urllib.request

from timing import median_seconds

from drafter import drafting
from drafter.web import create_app
from drafter.web.server import start_in_thread

ANSWERS = {"place": "清河县", "meeting": "全县安全生产工作会议", "achievements": "全县生产安全事故起数同比下降12%"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    running = start_in_thread(create_app())
    try:
        url = running.url
        page = _get(url + "/draft")
        csrf = re.search(r'name="csrf" value="(\w+)"', page).group(1)  # type: ignore[union-attr]
        first = _post(url + "/draft", {**ANSWERS, "csrf": csrf, "action": "draft", "state": ""})  # warm caches
        state = html.unescape(re.search(r'name="state" value="([^"]*)"', first).group(1))  # type: ignore[union-attr]
        fresh = median_seconds(lambda: _post(url + "/draft", {**ANSWERS, "csrf": csrf, "action": "draft", "state": ""}), args.runs)
        swap = median_seconds(lambda: _post(url + "/draft", {**ANSWERS, "csrf": csrf, "action": "swap:2", "state": state}), args.runs)
        revise = median_seconds(lambda: _post(url + "/draft", {**ANSWERS, "date": "2026年12月8日", "csrf": csrf, "action": "draft", "state": state}), args.runs)
        static = median_seconds(lambda: _get(url + "/static/style.css"), args.runs)
    finally:
        running.stop()
    request = drafting.DraftRequest(answers={**ANSWERS, "achievements": [ANSWERS["achievements"]]}, seed=None)
    core = median_seconds(lambda: drafting.make_draft(request), args.runs)
    print(f"{'engine only (make_draft, no web)':28s} {core * 1000:7.1f} ms")
    for name, seconds in (("起草 (form → preview)", fresh), ("换一段 (swap a point)", swap),
                          ("按修改更新 (date changed)", revise), ("static CSS", static)):  # fmt: skip
        print(f"{name:28s} {seconds * 1000:7.1f} ms  ({seconds / core:.1f}× engine; target 300 ms)")


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def _post(url: str, fields: dict[str, str]) -> str:
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as response:
        return response.read().decode("utf-8")


if __name__ == "__main__":
    main()
