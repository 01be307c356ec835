"""Outdated 提法: the table, `check`'s outdated-phrase rule, lint refusing them, the shipped library clean."""

from __future__ import annotations

import pytest

from drafter.check import check_text
from drafter.curate import lint
from drafter.outdated import find_outdated, load_outdated


def test_every_row_of_the_table_is_found_and_has_a_replacement():
    for entry in load_outdated():
        assert entry.replacement and entry.period
        year = entry.until + 1 if entry.until is not None else None  # a phrase of one year: said a year later
        found = find_outdated(f"我们要{entry.phrase}。", year)
        assert [m.phrase.phrase for m in found] == [entry.phrase]


def test_the_plans_first_year_wording_is_outdated_only_in_a_speech_of_a_later_year():
    # A 2026 speech reused in 2027: the clerk puts in the new year, and 确保“十五五”开好局、起好步 must go too.
    later = "# 在全县2027年经济工作会议上的讲话\n\n同志们：\n\n“十五五”开局起步，要确保“十五五”开好局、起好步。\n"
    findings = [f for f in check_text(later, place="清河县").findings if f.rule == "outdated-phrase"]
    assert [f.text for f in findings] == ["“十五五”开局起步", "“十五五”开好局"]
    assert all(f.severity == "warning" for f in findings) and "深入实施" in findings[0].suggestion
    assert findings[0].message.startswith("“十五五”开局起步是过去的提法")  # its own quotes, not ““十五五”开局起步”
    this_year = later.replace("2027年", "2026年")
    assert [f for f in check_text(this_year, place="清河县").findings if f.rule == "outdated-phrase"] == []


@pytest.mark.parametrize("text", ["改革开放新时期以来", "要巩固拓展脱贫攻坚成果"])
def test_still_correct_longer_forms_are_not_reported(text):
    assert find_outdated(text) == []


def test_check_warns_with_the_wording_of_today():
    text = "# 讲话\n\n同志们：\n\n要推动经济又好又快发展，加强社会管理创新。\n"
    findings = [f for f in check_text(text, place="清河县").findings if f.rule == "outdated-phrase"]
    assert [(f.line, f.text) for f in findings] == [(5, "又好又快"), (5, "社会管理创新")]
    assert all(f.severity == "warning" for f in findings)
    assert "高质量发展" in findings[0].suggestion


def test_lint_refuses_them_in_general_fragments_but_not_in_specific_ones(tmp_path):
    (tmp_path / "a.yaml").write_text(
        "- id: closing.old\n  role: closing\n  tags: [通用]\n"
        "  text: 同志们，让我们推动{{ work }}又好又快发展！\n"
        "  source: {authored: drafter 编写组, written: 2026-12}\n"
        "- id: closing.specific\n  role: closing\n  tags: [specific]\n"
        "  text: 同志们，让我们推动{{ work }}又好又快发展！\n"
        "  source: {authored: drafter 编写组, written: 2026-12}\n",
        encoding="utf-8",
    )
    found = [f for f in lint.lint_library(tmp_path).findings if f.rule == "outdated-phrase"]
    assert [(f.fragment_id, f.severity) for f in found] == [("closing.old", "error")]


def test_the_shipped_library_uses_no_outdated_phrase():
    found = [f for f in lint.lint_library(None).findings if f.rule == "outdated-phrase"]
    assert found == []


@pytest.mark.parametrize(
    "line",
    ["全面落实中央纪委全会和全市党风廉政建设工作部署。", "要对标国家和全市营商环境评价指标体系。", "深入贯彻全市经济工作会议精神。"],
)
def test_the_level_above_cited_in_a_county_speech_is_no_level_mix(line):
    text = f"# 讲话\n\n同志们：\n\n{line}\n"
    assert [f for f in check_text(text, place="清河县").findings if f.rule == "level-mix"] == []
    own = check_text("# 讲话\n\n同志们：\n\n全市上下要把安全生产工作抓紧抓实。\n", place="清河县").findings
    assert [f.text for f in own if f.rule == "level-mix"] == ["全市"]


# Words true of one year or one part of a year only: a draft for a meeting in 2027 must not call it
# the plan's 开局之年, nor one in March say 时间过半. Such text needs a season tag (seasons in kinds.yaml).
_DATE_BOUND = ("开局之年", "收官之年", "时间过半")


def test_the_shipped_library_says_nothing_true_of_one_year_or_half_year_only():
    from drafter.library import load_library
    from drafter.meeting import season_tags

    bound = [
        (frag.id, word)
        for frag in load_library().fragments
        if not (set(frag.tags) & season_tags())
        for word in _DATE_BOUND
        if word in frag.text
    ]
    assert bound == []
