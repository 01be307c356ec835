"""fp50 (#13): a doubled character check got wrong on a text it may not show is told by its shape, never its text
(bench/archive_eval.py's false_shapes and missed_shapes, drafter.check.lines.describe_doubling). Our own sentences."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from drafter.check.lines import check_repeated, describe_doubling, judge_run

ROOT = Path(__file__).resolve().parents[1]
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _archive_eval():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("archive_eval_fp50", ROOT / "bench" / "archive_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _shape(line: str, run: str) -> dict[str, str]:
    shape = describe_doubling(["标题", "", "同志们：", line], 4, line.index(run) + 1, run)
    assert not _HAN.search(shape), shape  # no character of the text
    return dict(field.split("=", 1) for field in shape.split("|"))


def test_a_doubled_particle_is_told_by_its_class_and_the_test_that_found_it() -> None:
    shape = _shape("要切实维护人民群众的的切身利益。", "的的")
    assert shape["src"] == "char2"
    assert shape["judge"].startswith("slip:")
    assert shape["kind"] == "particle"
    assert shape["around"] == "han>han"
    assert shape["line"] == "body"


def test_two_words_meeting_say_the_words_their_copies_make() -> None:
    shape = _shape("这种种子耐旱高产，要在全县推广。", "种种")
    assert shape["kind"] == "measure"
    assert shape["left"] == "2c" and shape["right"] == "2c"  # 这种 | 种子, both common words
    assert shape["seam"] == "yes"


def test_a_word_said_twice_is_told_as_a_word() -> None:
    shape = _shape("我们要研究研究下一步的办法。", "研究研究")
    assert shape["src"] == "word2" and shape["spoken"] == "yes"


def test_a_hard_wrapped_page_is_told_from_its_open_line_ends() -> None:
    lines = ["关于做好全县项目建设工作的讲话稿全文内容如下所", "示今天我们召开这次会议主要任务是总结工作安排", "部署下一步的的工作任务希望大家认真抓好落实工", "作确保各项任务按时完成。"]
    shape = describe_doubling(lines, 3, lines[2].index("的的") + 1, "的的")
    assert "page=wrapped" in shape


def test_judge_run_agrees_with_check_repeated() -> None:
    for line in ("要切实维护人民群众的的切身利益。", "大家要常常想一想。", "工作作落实要到位。", "这是是不是问题？"):
        for m in re.finditer(r"([\u4e00-\u9fff])\1+", line):
            said = any(f.column == m.start() + 1 for f in check_repeated(line, 1))
            assert judge_run(line, m.start(), m.group(0))[0] == said, line


def test_archive_eval_collects_the_shapes_of_false_errors_and_missed_plants() -> None:
    ev = _archive_eval()
    lines = ["在全县会议上的讲话", "", "同志们：", "要切实维护人民群众的的切身利益。"]
    false = {"rule": "repeated-char", "severity": "error", "line": 4, "column": lines[3].index("的的") + 1, "text": "的的"}
    shape = ev.doubling_shape(lines, false)
    assert shape.startswith("src=char2") and not _HAN.search(shape)
    missed = ev.missed_doubling_shape(lines, {"code": "repeated-char", "phrase": "群众的的切身"}, [])
    assert missed.startswith("said=silent|src=char2") and not _HAN.search(missed)
    row = {"chars": 100, "debatable": False, "right": True, "right_also": True, "kind": "speech", "leaks": [],
           "leak_classes": [], "doubts": [], "aspects": [], "false": {"bare": 1, "place": 1},
           "false_all": {"bare": 1, "place": 1}, "in_page": {"bare": 0, "place": 0}, "excused": {"bare": 0, "place": 0},
           "false_rules": {"bare": ["repeated-char"], "place": ["repeated-char"]},
           "warn_rules": {"bare": [], "place": []}, "false_shapes": {"bare": [shape], "place": [shape]}}  # fmt: skip
    planted = {"files": 1, "total": 1, "found": {"bare": 0, "place": 0}, "missed_shapes": {"bare": {missed: 1}}}
    figures = ev.figures([row], planted)
    assert figures["false_shapes"]["bare"] == {shape: 1}
    assert figures["missed_shapes"]["bare"] == {missed: 1}
