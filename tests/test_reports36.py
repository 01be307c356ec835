"""Reports of our own writing, by kind (issue #13, reports36): a census of 28 reports in nine kinds, read as a clerk reads them.

tests/fixtures/ingest/reports36-*.txt: 政府工作报告 (镇/县), 部门年度工作总结和下年打算, 述职(述廉)报告, 调研报告, 情况通报/督查通报,
职代会/团代会/妇代会 工作报告, 半年工作总结, 专项工作情况汇报 (to an inspection team), 党委(党组) 主体责任情况报告 — parts with and
without 一、, （一） or 1. or run-in 一是 under them, bold leads lost, a 称谓 or none, a title over a date or author line, 现将…报告如下,
以上报告请予审议 / 不妥之处请批评指正, traditional characters, halfwidth punctuation, a site's header and tail. The reading a careful
clerk gives each (written before drafter ran) is in reports36-clerk/expected.json, in bench/archive_eval.py's format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import INGEST, clerk_readings, ingest, shape

CLERK: dict[str, list[dict[str, Any]]] = json.loads((INGEST / "reports36-clerk" / "expected.json").read_text(encoding="utf-8"))
# Four reports written after the first rules, read before the later changes: 0/4 with main, 1/4 with the first rules, 4/4 now.
LATER: dict[str, list[dict[str, Any]]] = json.loads(
    (INGEST / "reports36-later-clerk" / "expected.json").read_text(encoding="utf-8")
)
KINDS = ("gov", "dept-summary", "duty-report", "survey", "circular", "congress", "halfyear", "huibao", "party-duty")


def test_the_census_holds_three_reports_or_more_of_each_kind() -> None:
    assert sum(len(v) for v in CLERK.values()) >= 24
    for kind in KINDS:
        assert sum(name.startswith(f"reports36-{kind}-") for name in CLERK) >= 3, kind
    assert all(e["kind"] == "report" for page in CLERK.values() for e in page)


@pytest.mark.parametrize("name", [*sorted(CLERK), *sorted(LATER)])
def test_each_report_is_read_as_the_clerk_reads_it(tmp_path: Path, name: str) -> None:
    docs = ingest(tmp_path, name)
    entries = CLERK.get(name) or LATER[name]
    assert len(docs) == len(entries), [d["title"] for d in docs]
    for doc, entry in zip(docs, entries, strict=True):
        assert shape(doc) in clerk_readings(entry), (entry["title"], shape(doc))


@pytest.mark.parametrize(
    ("name", "headings", "subs"),
    [
        # 过去一年工作回顾 / （一）…（三） / 今年工作安排 / （一）…（四） / 全面加强政府自身建设 (was: the seven （一） items as points)
        ("reports36-gov-county-bare-parts.txt", ["过去一年工作回顾", "今年工作安排", "全面加强政府自身建设"], [3, 4, 0]),
        # 基本情况 / 存在问题 / （一）… / 对策建议 / （一）… (was: six points, the parts lost)
        ("reports36-survey-bare-parts.txt", ["基本情况", "存在问题", "对策建议"], [0, 3, 3]),
        # 过去五年的主要工作 / （一）… / 今后五年的工作任务 / （一）… (was: six points)
        ("reports36-congress-women.txt", ["过去五年的主要工作", "今后五年的工作任务"], [3, 3]),
        # 现状与成效 / 问题与不足 / （一）… / 几点建议 / （一）…: parts in words of its own, the shape the evidence
        ("reports36-later-survey-own-part-names.txt", ["现状与成效", "问题与不足", "几点建议"], [0, 3, 3]),
        # 尊敬的各位领导： / 主要做法 / （一）…（三） / 下一步打算 / （一）（二）
        ("reports36-later-huibao-bare-parts.txt", ["主要做法", "下一步打算"], [3, 2]),
        # 县教育局2026年工作总结和2027年工作计划 / 2026年工作总结 / 1.…3. / 2027年工作计划 / 1.2. (was: a second document
        # titled 2026年工作总结 — the title names its parts)
        ("reports36-later-dept-plan-arabic.txt", ["2026年工作总结", "2027年工作计划"], [3, 2]),
    ],
)
def test_bare_part_lines_over_items_numbered_again_are_the_points(tmp_path: Path, name: str, headings: list[str], subs: list[int]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert [p["heading"] for p in doc["points"]] == headings
    assert [len(p["subpoints"]) for p in doc["points"]] == subs
    assert doc["announced_count"] is None  # (重点做好以下几个方面工作： inside a part announces that part's items only)


def test_bracket_items_with_no_part_line_over_them_stay_the_points(tmp_path: Path) -> None:
    # 今年以来，…现将上半年工作总结如下： / （一）…（五） / 下半年，我们将…: one series, no part line, five points
    (doc,) = ingest(tmp_path, "reports36-halfyear-bracket-top.txt")
    assert len(doc["points"]) == 5 and doc["points"][0]["heading"] == "法治政府建设稳步推进"


def test_a_count_with_what_is_reported_before_the_verb_is_announced(tmp_path: Path) -> None:
    # 下面我从三个方面把我县城乡居民医保工作情况作简要汇报。 (was: no count)
    (doc,) = ingest(tmp_path, "reports36-huibao-three-aspects.txt")
    assert doc["announced_count"] == 3
    assert [p["heading"] for p in doc["points"]] == ["基本情况", "主要工作措施", "下一步工作打算"]
