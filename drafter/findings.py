"""What a check or the linter reports: `Finding` and its `Severity` (plain data, like drafter.model).

A module of its own so that proof-reading a speech (`drafter check`, the CLI's quickest command
after `fragments search`) does not build the fragment, template and draft classes of
drafter.model, which it never uses. drafter.model re-exports both names; this module, like
model, errors and text, imports nothing from drafter.
"""

from __future__ import annotations

from enum import StrEnum

from drafter.records import Record


class Severity(StrEnum):
    """Severity of a checker or lint finding."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# Every rule id a finding can carry, by its Chinese name: the id is for `--json` and scripts, the name for the user (a
# draft's self-check said 自查：unknown-place：… under the speech, draft38). Checker rules, the notes on a draft's answers
# (questions), `drafter fragments lint` and `drafter check --fix`. A test walks the code for every id.
RULE_NAMES = {
    # drafter check (and a draft's self-check)
    "count-mismatch": "讲几点与实际不符", "numbering": "序号", "placeholder": "占位符", "conflict": "修改冲突",
    "level-mix": "层级用语", "order": "排列顺序", "foreign-place": "外地地名", "repeated-char": "重复字",
    "repeated-paragraph": "重复段落", "halfwidth-punct": "半角标点", "date-format": "日期写法", "duration": "时长",
    "outdated-phrase": "过时提法", "salutation": "称呼", "consistency": "前后不一致",
    # what a draft says of its answers
    "superior": "上级", "unknown-place": "地名不在行政区划中", "meeting-scope": "会议名称的口径",
    # drafter fragments lint
    "yaml": "YAML 格式", "unreadable": "无法读取", "duplicate-id": "id 重复", "jinja-syntax": "Jinja 语法",
    "unsafe-jinja": "不安全的 Jinja", "undeclared-variable": "未声明的变量", "unknown-role": "未知的 role",
    "schema": "片段格式", "unused-variable": "未使用的变量", "near-duplicate": "近似重复", "missing-source": "来源讲话缺失",
    "missing-corpus": "语料库缺失", "alt-repeat": "说法重复", "no-tags": "没有标签", "no-where": "来源未写位置",
    "schema-line": "格式声明",
}  # fmt: skip


def rule_name(rule: str) -> str:
    """The Chinese name of a rule id (the id itself for one this table does not know)."""
    return RULE_NAMES.get(rule, rule)


class Finding(Record):
    """A problem found by the checker or the linter (a frozen record: drafter/records.py)."""

    __slots__ = ("rule", "severity", "message", "line", "column", "text", "suggestion", "path", "fragment_id")
    rule: str
    severity: Severity
    message: str
    line: int
    column: int
    text: str
    suggestion: str
    path: str
    fragment_id: str

    def __init__(self, rule: str, severity: Severity, message: str, line: int = 0, column: int = 0, text: str = "",
                 suggestion: str = "", path: str = "", fragment_id: str = "") -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "rule", rule)
        set_field(self, "severity", severity)
        set_field(self, "message", message)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "text", text)
        set_field(self, "suggestion", suggestion)
        set_field(self, "path", path)
        set_field(self, "fragment_id", fragment_id)

    @property
    def name(self) -> str:
        """The rule's Chinese name, as the user reads it (`rule` is its id)."""
        return rule_name(self.rule)
