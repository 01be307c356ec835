"""A place or level slip, and what a reviewer makes of it (place50; issue #13).

First the measure: bench/archive_eval.py tells each missed planted foreign-place / level-mix slip and each false error
of those rules as a shape without its text (`place_shape`: where it stands, its form, what check read as the own place
and level and how sure, the tier of the slip, what check said on its line), so a sealed set can say why it was missed.
Every text here is our own writing.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("archive_eval_place50", ROOT / "bench" / "archive_eval.py")
assert _spec and _spec.loader
archive_eval = importlib.util.module_from_spec(_spec)
sys.modules["archive_eval_place50"] = archive_eval
_spec.loader.exec_module(archive_eval)

# A county's speech (our own writing) with slips of a copying clerk in several places.
PAGE = [
    "在全县经济工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天召开全县经济工作会议，全市上下要认清形势。",
    "",
    "一、抓好项目建设",
    "",
    "我县坚持项目为王，在市委、县人民政府的领导下，一批项目落地见效。",
    "",
    "二、抓好民生保障",
    "",
    "要持续办好民生实事，让泗洪人民有更多获得感。",
    "",
    "同志们，让我们团结带领全县干部群众，奋力谱写高质量发展新篇章！",
]
COUNTED = {"place": None, "level": "县", "inferred": {"level": "正文用语：我/全县×4", "place": "无法推断地名"}}
TITLED = {"place": "泗阳县", "level": "县", "inferred": {"level": "标题中的“泗阳县”", "place": "标题中的“泗阳县”"}}


def _shape(code: str, phrase: str, meta: dict, findings: list | None = None, given: bool = False) -> str:
    shape = archive_eval.planted_place_shape({"code": code, "phrase": phrase}, PAGE, findings or [], meta, given)
    assert shape is not None
    return shape


def test_a_missed_slip_is_told_without_a_character_of_the_text() -> None:
    for code, phrase in (("level-mix", "全市上下"), ("level-mix", "市委、县人民政府"), ("foreign-place", "泗洪")):
        shape = _shape(code, phrase, COUNTED)
        assert shape.isascii(), shape
        assert not re.search(r"[\u4e00-\u9fff]", shape)


def test_the_shape_says_where_and_in_what_form() -> None:
    whole = _shape("level-mix", "全市上下", COUNTED)
    assert whole.split("|")[:3] == ["level-mix", "opening/clause-start", "all-X-whole+han"]
    assert "own-level=county(counts)|own-place=none" in whole
    assert "word=city(higher)" in whole
    pair = _shape("level-mix", "市委、县人民政府", COUNTED)
    assert pair.split("|")[1:3] == ["body/bodies-list", "mixed-pair+han"]
    people = _shape("foreign-place", "泗洪", TITLED, given=True)
    assert people.split("|")[1:3] == ["body/mid", "X-people+han"]
    assert "own-level=county(title)|own-place=given" in people
    assert "name=in-gazetteer:county(same)|sibling" in people  # 泗洪 and 泗阳 both under 宿迁


def test_the_shape_says_what_check_said_on_that_line() -> None:
    quiet = _shape("foreign-place", "泗洪", TITLED)
    assert quiet.endswith("line=nothing|foreign-place-elsewhere=no")
    other = [{"rule": "repeated-char", "severity": "error", "line": 13}, {"rule": "foreign-place", "severity": "warning", "line": 5}]
    said = _shape("foreign-place", "泗洪", TITLED, other)
    assert said.endswith("line=repeated-char:error|foreign-place-elsewhere=yes")


def test_a_false_error_is_told_by_the_same_shape() -> None:
    finding = {"rule": "level-mix", "severity": "error", "line": 15, "column": 14, "text": "全县干部群众"}
    shape = archive_eval.false_place_shape(finding, PAGE, [finding], {**COUNTED, "level": "市"}, False)
    assert shape is not None and shape.startswith("level-mix|closing/mid|all-X-people+")
    assert "word=county(lower)" in shape
    assert archive_eval.false_place_shape({**finding, "rule": "numbering"}, PAGE, [], COUNTED, False) is None


def test_a_heading_and_a_title_are_told_apart() -> None:
    assert _shape("level-mix", "全县经济", COUNTED).split("|")[1] == "title/mid"
    assert archive_eval._where_shape(PAGE, 7, 2, 6) == "heading/mid"


# ---------------------------------------------------------------- the speaker's voice (drafter/check/voice.py)

from drafter.check import check_text  # noqa: E402


def _asked(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    """(severity, words) of what check asks or tells about, for one rule."""
    return sorted((f.severity.value, f.text) for f in check_text(text, **kw).findings
                  if f.rule == rule and f.severity.value in ("error", "warning"))


# A district's host's words copied without a mark of punctuation (our own writing): one run-on line.
RUN_ON = (
    "同志们今天区政府在这里召开全区安全生产工作会议主要任务是传达上级有关会议精神分析当前安全生产形势部署全区安全生产"
    "工作{word}进一步统一思想提高认识增强做好安全生产工作的紧迫感和责任感确保全区安全生产形势持续稳定我区各有关部门"
    "要切实履行监管职责全区上下要齐心协力共同做好安全生产各项工作\n"
)


def test_another_level_word_in_a_copy_without_punctuation_is_asked_about() -> None:
    # (传达 opens the page's one "sentence" far before the slip: it relays nothing said near it)
    assert ("warning", "全市") in _asked(RUN_ON.format(word="动员全市"), "level-mix")
    assert _asked(RUN_ON.format(word="动员全区"), "level-mix") == []
