"""Answers from files and flags, and the answers record written beside a draft.

The record (`<draft>.answers.yaml`) holds the answers, seed, template, options
and the fragments used with their sources, so `--replay` reproduces a draft
byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import __version__
from drafter.errors import DrafterError, FragmentFormatError, UsageError
from drafter.files import (
    record_path as record_path,  # where it always was: drafting, outputs and update use it
)
from drafter.limits import MAX_MINUTES, missing_or_not_regular
from drafter.model import Draft


@dataclass(frozen=True, slots=True)
class Record:
    """What an answers file holds: answers, and for a replay the recorded plan."""

    answers: Mapping[str, Any]
    seed: int | None = None
    template: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    fragments: tuple[Mapping[str, Any], ...] = ()
    text: str | None = None  # the draft as drafter wrote it (the base `drafter update` merges on)
    path: str = ""
    version: str = ""  # the drafter version that wrote it
    output_file: str = ""  # the name of the draft file the record was written for (output.file)


# What a clerk may call an answer in Chinese (--set 成绩=…, an answers file written in Chinese): the
# standard name it means. Every standard name's own Chinese word is here, and the usual synonyms.
ANSWER_ALIASES: dict[str, str] = {
    "地名": "place", "地方": "place", "层级": "level", "级别": "level", "上级": "superior", "上级地方": "superior",
    "会议": "meeting", "会议名称": "meeting", "会名": "meeting", "工作": "work", "工作名称": "work",
    "会议种类": "kind", "会议类型": "kind", "召集方": "convenor", "听众": "audience", "参会人员": "audience",
    "日期": "date", "讲话日期": "date", "讲话人": "speaker", "报告人": "reporter", "作报告的同志": "reporter",
    "规划": "plans", "规划名称": "plans", "目标": "targets", "目标任务": "targets", "指标": "targets",
    "上级精神": "upper", "上级会议精神": "upper", "上级文件精神": "upper",
    "成绩": "achievements", "成效": "achievements", "主要成绩": "achievements", "工作成绩": "achievements",
    "问题": "problems", "存在问题": "problems", "存在的问题": "problems", "主要问题": "problems",
    "任务": "tasks", "重点工作": "tasks", "重点任务": "tasks", "工作任务": "tasks",
    "待补": "gaps", "几点": "points", "讲几点": "points", "要点数": "points", "时长": "minutes",
    "讲话时长": "minutes", "分钟": "minutes", "表彰": "awards", "发言": "speeches", "表态发言": "speeches",
    "地方特点": "features", "特点": "features", "地貌": "features",
}  # fmt: skip


def standard_name(key: str) -> str:
    """The standard name of an answer given by its Chinese name (成绩 → achievements); other names as given."""
    return ANSWER_ALIASES.get(key.strip(), key.strip())


def parse_set(items: Iterable[str]) -> dict[str, Any]:
    """Parse repeated `--set key=value`; a value that is valid JSON list/number is decoded.

    Raises:
        UsageError: an item without `=`.
    """
    answers: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set 的写法应是 名称=值，而不是“{item}”", hint="例如 --set place=清河县")
        answers[standard_name(key)] = _decode_value(value.strip())
    return answers


def _decode_value(value: str) -> Any:
    """A list written as JSON (["甲", "乙"]) is a list; everything else stays text.

    Digits stay text too (a reporter called 007 keeps its zeros): typed answers
    such as points are converted where their type is known.
    """
    if not value.startswith("["):
        return value
    import json

    try:
        decoded = json.loads(_straight_quotes(value))
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"无法解析列表“{value}”：第 {exc.pos + 1} 个字符附近写法有误（方括号、英文双引号和逗号要配对）",
            hint='列表请写成 \'["第一句", "第二句"]\'（整个值外面加单引号，每一项用英文双引号）',
        ) from exc
    return decoded


def _straight_quotes(value: str) -> str:
    """A list typed with Chinese quotes and commas ([“甲”，“乙”]) as the JSON it was meant to be.

    Only the quotes that open and close items change: 实现“双下降” inside an item stays as written.
    """
    import re

    if not value.startswith("[“"):
        return value
    return re.sub(r"”\s*[，,]\s*“", '", "', re.sub(r"”\s*]$", '"]', '["' + value[2:]))


def load_record(path: str | Path) -> Record:
    """Read an answers file: a plain mapping of answers, or a record written by `draft -o`.

    Raises:
        UsageError: missing file, bad YAML or not a mapping.
    """
    # The library package (its loaders) is imported only when there is a record to read.
    from drafter.library import read_yaml

    path = Path(path)
    if path.is_dir():
        raise UsageError("这是一个文件夹，不是答案文件", path=path, hint="--answers / --replay 写出文件名，如 讲话.answers.yaml。")
    if not path.is_file():
        raise UsageError(missing_or_not_regular(path, "答案文件不存在"), path=path, hint="检查 --answers / --replay 的路径。")
    try:
        data = read_yaml(path)
    except FragmentFormatError as exc:
        data = _with_wide_colons(path)
        if data is None:
            _refuse_a_speech(path)
            raise UsageError(exc.message, path=path, line=exc.line, hint=exc.hint) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        data = _with_wide_colons(path) or data
    if not isinstance(data, dict):
        _refuse_a_speech(path)
        dash = "；行首不要写“- ”" if isinstance(data, list) else ""  # a line of plain words has no dash (newuser37)
        raise UsageError("答案文件应一行写一项“名称: 值”", path=path, line=1,
                         hint=f"每行写一项“名称: 值”，如 地名: 清河县（下一行 会议: 全县安全生产工作会议）{dash}。")  # fmt: skip
    if "answers" not in data:
        return Record(answers={standard_name(str(k)): v for k, v in data.items()}, path=str(path))
    return _validated(data, path)


# 地名：清河县 — a name at the start of a line, then the full-width colon a Chinese input method types
_WIDE_KEY = r"^([^\s:：#\-\"'\[{][^:：\s]{0,19})[ \t\u3000]*：[ \t\u3000]*"


def _with_wide_colons(path: Path) -> Any:
    """The answers of a file whose names are followed by “：”, or None when that is not what is wrong with it.

    `地名：清河县` (the colon of a Chinese input method) was read as one line of text and refused with
    答案文件应一行写一项“名称: 值”, the colon's difference unseen (user52). Only a colon after a name at the
    start of a line changes (values keep theirs); a misspelt name is then said as any unknown name is.
    """
    import re

    from drafter.library.yamlio import MAX_YAML_BYTES, decode_yaml, parse_yaml, read_limited

    try:
        text = decode_yaml(read_limited(path, MAX_YAML_BYTES, "YAML 文件"), path)
    except (OSError, DrafterError):
        return None
    fixed = re.sub(_WIDE_KEY, r"\1: ", text, flags=re.M)
    if fixed == text:
        return None
    try:
        data = parse_yaml(fixed, path)
    except FragmentFormatError:
        return None
    return data if isinstance(data, dict) else None


_SPEECH_SUFFIXES = (".md", ".markdown", ".txt", ".docx", ".doc", ".wps", ".pdf")


def _refuse_a_speech(path: Path) -> None:
    """A speech given where its record was meant (--replay 讲话.md): said so, not as a YAML error at line 11.

    Raises:
        UsageError: `path` is a speech file that cannot be read as answers.
    """
    if path.suffix.lower() not in _SPEECH_SUFFIXES:
        return
    record = record_path(path)
    if record.is_file():
        hint = f"--replay / --answers 写它旁边的起草记录 {record.name}；要修改这篇讲话稿，用 drafter update {path.name}。"
    else:  # no record: `drafter update` was suggested, and refused it for that (user52)
        hint = ("--replay / --answers 写起草记录（*.answers.yaml）或答案文件（每行一项“名称: 值”，如 地名: 清河县）；"
                f"{path.name} 旁边没有起草记录，不能用 drafter update 修改，要照它写新稿时用 drafter draft 重新起草。")  # fmt: skip
    raise UsageError("这是讲话稿，不是答案文件或起草记录", path=path, hint=hint)


def parse_record(data: Mapping[str, Any], origin: str) -> Record:
    """A record given as data (the web page's hidden state), checked like a record file.

    Raises:
        UsageError: naming `origin`, the field and what it should be.
    """
    return _validated(data, Path(origin))


def _validated(data: Mapping[str, Any], path: Path) -> Record:
    """A record as `draft -o` writes it, every field checked: a hand-edited record must not crash replay.

    Raises:
        UsageError: naming the file, the field and what it should be.
    """

    def bad(what: str, line: Any = None) -> UsageError:
        return UsageError(
            f"起草记录中 {what}", path=path, line=getattr(line, "line", None) or None,
            hint="起草记录由 drafter draft -o 写出；改坏了可以删去它，用 --answers 提供答案重新起草。",
        )  # fmt: skip

    answers = data.get("answers") or {}
    if not isinstance(answers, dict):
        raise bad("answers 应是 名称: 值 的映射")
    seed = data.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise bad(f"seed 应是非负整数，而不是“{seed}”")
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise bad("options 应是映射")
    rate = options.get("rate", 200)
    if isinstance(rate, bool) or not isinstance(rate, int) or not 180 <= rate <= 240:
        raise bad(f"options.rate（语速）应是 180–240 之间的整数，而不是“{rate}”")
    for key in ("picks", "tags"):
        if not isinstance(options.get(key, []), list):
            raise bad(f"options.{key} 应是列表")
    for key, low, high in (("points", 2, 6), ("minutes", 1, MAX_MINUTES)):
        value = answers.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
            raise bad(f"answers.{key} 应是 {low}–{high} 之间的整数，而不是“{value}”", answers)
    fragments = data.get("fragments") or []
    if not isinstance(fragments, list):
        raise bad("fragments 应是列表")
    for i, use in enumerate(fragments, start=1):
        subs = use.get("subpoints", []) if isinstance(use, dict) else None
        if not isinstance(use, dict) or not isinstance(use.get("id"), str):
            raise bad(f"fragments 第 {i} 项应含片段 id")
        if not isinstance(subs, list) or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in subs):
            raise bad(f"fragments 第 {i} 项（{use['id']}）的 subpoints 应是非负整数列表", use)
        alts = use.get("alts", {})
        if not isinstance(alts, dict) or not all(
            isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool) and n >= 0 for k, n in alts.items()
        ):
            raise bad(f"fragments 第 {i} 项（{use['id']}）的 alts 应是“块：说法序号”的映射", use)
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise bad("text 应是文字")
    template = data.get("template")
    output = data.get("output")
    return Record(
        answers=dict(answers), seed=seed, template=str(template) if template else None,
        options=dict(options), fragments=tuple(fragments), text=text, path=str(path),
        version=str(data.get("drafter") or ""),
        output_file=str(output.get("file") or "") if isinstance(output, dict) else "",
    )  # fmt: skip


def dump_record(draft: Draft, options: Mapping[str, Any], output: Path | None = None) -> str:
    """The YAML record of a draft (answers, seed, fragments and their sources).

    With `output` (the draft file just written), the record keeps the file's name and
    content hash, so a later `draft -o` to the same path can tell a hand-edited file.
    """
    data = record_data(draft, options)
    if output is not None:
        from drafter import hashes  # sha256 without OpenSSL (#18)

        data["output"] = {"file": output.name, "sha256": hashes.sha256(output.read_bytes()).hexdigest()}
    data["text"] = draft.text  # the base `drafter update` merges hand edits on
    header = "# drafter 起草记录：用 drafter draft --replay 本文件 可逐字重现这份讲话稿。\n"
    return header + record_yaml(data)


def record_yaml(data: Mapping[str, Any]) -> str:
    """`data` as YAML, as `yaml.safe_dump(…, allow_unicode=True, sort_keys=False, width=100)` writes it.

    PyYAML's emitter is Python that looks at every character of the draft's text twice (~10 ms of a
    written draft); libyaml's, in C, writes the same bytes for what a record holds: keys of one short
    line, text of printable characters in which no line starts or ends with a space. Anything else
    (a tab, a control character, a character beyond the BMP, a long key …), where the two emitters
    quote or fold differently, goes through PyYAML's emitter as before.
    """
    if type(data) is not dict or _not_a_plain_tree(data):
        return _dumped(data)
    # A top-level key's lines depend on nothing before it (each starts at column 0, indent 0, no aliases): the keys
    # whose values are made of plain scalars (the fragment list, the options, most answers) and the draft's text
    # (in single quotes) are written here, the others (an answer PyYAML would escape …) by the dumper, in order.
    pieces: list[str] = []
    rest: dict[str, Any] = {}
    for key, value in data.items():
        lines: list[str] = []
        try:
            _block_pairs({key: value}, 0, lines)
        except _NotPlain:
            quoted = _single_quoted_pair(key, value)
            if quoted is None:
                rest[key] = value
                continue
            lines = [quoted]
        if rest:
            pieces.append(_dumped(rest))
            rest = {}
        pieces += lines
    if rest:
        pieces.append(_dumped(rest))
    return "".join(pieces)


def _dumped(data: Any) -> str:
    import yaml  # only a record holding what is not written here needs it (#18: ~1× `python -c pass` to import)

    dumper = _fast_dumper(yaml) if _emitted_alike(data) else None
    return yaml.dump(data, Dumper=dumper or yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=100)


# Writing a record's lines directly (#18: the representer, serializer and emitter, even libyaml's, made ~1 ms of a
# written draft's ~3 ms): block mappings and sequences as PyYAML writes them (two spaces a level, a list under a key
# at the key's indent, `[]` and `{}` when empty) of scalars it writes plain or in single quotes without folding.
# Anything else (a string it would escape or fold, a float such as 1e-07, a list in a list, a tuple, a list met
# twice that PyYAML would anchor) is left to the dumper: tests/test_perf37.py fuzzes both against yaml.safe_dump.


class _NotPlain(Exception):
    """A value record_yaml leaves to the dumper."""


def _block_pairs(mapping: dict[Any, Any], indent: int, out: list[str], first: str | None = None) -> None:
    """`mapping`'s pairs at `indent` (the first one after `first`, "- ", when it is an item of a list)."""
    pad = " " * indent
    for key, value in mapping.items():
        lead = pad if first is None else first
        first = None
        if type(key) is not str or len(key) >= 100 or " " in key:
            raise _NotPlain
        name, kind = _plain(key), type(value)
        if kind is dict:
            if not value:
                out.append(f"{lead}{name}: {{}}\n")
            else:
                out.append(f"{lead}{name}:\n")
                _block_pairs(value, indent + 2, out)
        elif kind is list:
            if not value:
                out.append(f"{lead}{name}: []\n")
            else:
                out.append(f"{lead}{name}:\n")
                _block_items(value, indent, out)
        else:
            out.append(f"{lead}{name}: {_plain_scalar(value, len(lead) + len(name) + 2)}\n")


def _block_items(items: list[Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for value in items:
        kind = type(value)
        if kind is dict:
            if not value:
                out.append(f"{pad}- {{}}\n")
            else:
                _block_pairs(value, indent + 2, out, first=f"{pad}- ")
        elif kind is list:
            if value:
                raise _NotPlain
            out.append(f"{pad}- []\n")
        else:
            out.append(f"{pad}- {_plain_scalar(value, indent + 2)}\n")


def _plain_scalar(value: Any, column: int) -> str:
    """`value` written plain from `column`: a string with a space only if it ends by column 100 (the emitters fold a
    plain scalar at a space past it)."""
    kind = type(value)
    if kind is str:
        if " " in value and column + len(value) > 100:
            raise _NotPlain
        return _plain(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if value is None:
        return "null"
    if kind is float:  # as SafeRepresenter writes a finite one with a point (0.3), read back as a float
        written = repr(value)
        if "." in written and written.replace(".", "", 1).replace("-", "", 1).isdigit():
            return written
    raise _NotPlain


def _single_quoted_pair(key: Any, value: Any) -> str | None:
    """`key: 'value'` for a top-level key and a text of several lines (the draft's), as PyYAML's emitter writes it, or
    None: a key that is not plain, a text of one line (written plain or folded otherwise), or one the emitters do not
    write alike (`_emitted_alike`: a tab, a control character, a line starting or ending with a space …).

    Such a text PyYAML writes in single quotes (a break followed or preceded by a space, the only other bar, is no part
    of it), as its `write_single_quoted` does from column len(key) + 3, its lines indented by two: a line break doubled
    (a blank line in single quotes is a break), a quote doubled, and a single space past column 100 (`width`) between
    two words made a line break. tests/test_startup45.py fuzzes it against yaml.safe_dump."""
    if type(value) is not str or "\n" not in value or type(key) is not str or not _emitted_alike({key: value}):
        return None
    if "\u2028" in value or "\u2029" in value:  # line breaks to PyYAML's emitter too, written as they are
        return None
    try:
        name = _plain(key)
    except _NotPlain:
        return None
    if len(name) + 2 >= 100:  # (a long key: PyYAML's emitter starts the value on a line of its own)
        return None
    if _folds_nothing(value, len(name) + 3):
        # No space to fold (a draft's lines are Chinese): what the loop below writes, a quote doubled and each run of
        # breaks one break longer, then the indent, made by two passes in C (the loop read each character in Python:
        # ~0.5 ms of a written draft, #18).
        quoted = value.replace("'", "''") if "'" in value else value
        global _BREAK_RUN
        if _BREAK_RUN is None:
            import re

            _BREAK_RUN = re.compile("\n+")
        return f"{name}: '{_BREAK_RUN.sub(_longer_break, quoted)}'\n"
    out = [name, ": '"]
    column = len(name) + 3
    text, end, start, spaces, breaks = value, 0, 0, False, False
    size = len(text)
    while end <= size:
        ch = text[end] if end < size else None
        if spaces:
            if ch != " ":
                if start + 1 == end and column > 100 and start != 0 and end != size:
                    out.append("\n  ")  # the space folded: a line break, the indent
                    column = 2
                else:
                    out.append(text[start:end])
                    column += end - start
                start = end
        elif breaks:
            if ch != "\n":
                out.append("\n" * (end - start + 1) + "  ")  # one break more than the text holds, then the indent
                column = 2
                start = end
        elif (ch is None or ch in " \n'") and start < end:
            out.append(text[start:end])
            column += end - start
            start = end
        if ch == "'":
            out.append("''")
            column += 2
            start = end + 1
        if ch is not None:
            spaces, breaks = ch == " ", ch == "\n"
        end += 1
    out.append("'\n")
    return "".join(out)


def _folds_nothing(text: str, column: int) -> bool:
    """Whether `_single_quoted_pair`'s loop folds no space of `text` written from `column`: it folds a space only
    past column 100, and a line (the first from `column`, the others from 2 after the indent) holding a space reaches
    at most its start, its length and one more column for each quote (written twice)."""
    if " " not in text:
        return True
    for line in text.split("\n"):
        if " " in line and column + len(line) + line.count("'") > 100:
            return False
        column = 2
    return True


_BREAK_RUN: Any = None  # a run of line breaks (compiled at first use, as _PLAIN_RE)


def _longer_break(run: Any) -> str:
    return "\n" * (run.end() - run.start() + 1) + "  "


_PLAIN: dict[str, str | None] = {}  # how a string is written, per string (every fragment id, role, source …)
_PLAIN_RE: Any = None
_IMPLICIT: dict[str, Any] = {}  # first character -> the pattern of the implicit types a plain scalar so starting reads as


def _plain(text: str) -> str:
    """`text` as both emitters write it, or _NotPlain: letters, digits, CJK, `._/-` and single spaces inside (no
    indicator, quote, tab or line break; never first a `-` or `.`, never last a space), plain, or in single quotes
    when the resolver would read it back as another type (1, 12.0, true, 2026-12-05)."""
    written = _PLAIN.get(text, "")
    if written == "":
        global _PLAIN_RE
        if _PLAIN_RE is None:
            import re

            _PLAIN_RE = re.compile(_PLAIN_CHARS)
        written = None
        if _PLAIN_RE.fullmatch(text) is not None:
            written = f"'{text}'" if _implicit_type(text) else text
        if len(_PLAIN) >= 20_000:
            _PLAIN.clear()
        _PLAIN[text] = written
    if written is None:
        raise _NotPlain
    return written


def _implicit_type(text: str) -> bool:
    """Whether PyYAML's resolver reads `text`, written plain, as another type than a string (1, 12.0, true, null,
    2026-12-05): its implicit resolvers (yaml/resolver.py: bool, float, int, merge, null, timestamp, value), chosen as
    it chooses them by the first character, without importing PyYAML (#18). tests/test_startup45.py holds the two to
    the same answer."""
    if not _IMPLICIT:
        import re

        x = re.X
        bool_ = re.compile(r"""^(?:yes|Yes|YES|no|No|NO
                    |true|True|TRUE|false|False|FALSE
                    |on|On|ON|off|Off|OFF)$""", x)
        float_ = re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                    |[-+]?\.(?:inf|Inf|INF)
                    |\.(?:nan|NaN|NAN))$""", x)
        int_ = re.compile(r"""^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""", x)
        null = re.compile(r"""^(?: ~
                    |null|Null|NULL
                    | )$""", x)
        timestamp = re.compile(r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                     (?:[Tt]|[ \t]+)[0-9][0-9]?
                     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""", x)
        table: dict[str, list[Any]] = {}
        for pattern, first in ((bool_, "yYnNtTfFoO"), (float_, "-+0123456789."), (int_, "-+0123456789"),
                               (re.compile(r"^(?:<<)$"), "<"), (null, ["~", "n", "N", ""]),
                               (timestamp, "0123456789"), (re.compile(r"^(?:=)$"), "=")):  # fmt: skip
            for ch in first:
                table.setdefault(ch, []).append(pattern)
        _IMPLICIT.update(table)
    return any(pattern.match(text) for pattern in _IMPLICIT.get(text[:1], ()))


# Characters no emitter quotes or escapes anywhere in a plain scalar (ASCII letters and digits, `_`, and printable
# characters beyond Latin-1 but the line and paragraph separators, the BOM and the ideographic space); `.`, `/`, `@`
# and `-` after the first character, and a space between two others (`drafter 编写组`).
_WORD = "0-9A-Za-z_\u0100-\u2027\u202a-\u2fff\u3001-\ud7ff\ue000-\ufefe\uff00-\ufffd"
_PLAIN_CHARS = f"[{_WORD}](?: ?[{_WORD}./@-])*"


def _not_a_plain_tree(data: Any) -> bool:
    """Whether `data` holds anything but dicts, lists and scalars with str keys, or a list or dict twice (PyYAML then
    writes an anchor and an alias): all of it is then left to the dumper."""
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is dict:
            if not all(type(k) is str for k in node):
                return True
            children: Any = node.values()
        elif kind is list:
            children = node
        elif kind in _SCALARS:
            continue
        else:
            return True
        if id(node) in seen:
            return True
        seen.add(id(node))
        stack.extend(children)
    return False


_SCALARS = (str, int, bool, float, type(None))


_FAST_DUMPER: Any = None
_RESOLVED: dict[tuple[str, Any], str] = {}  # the tag each (plain scalar, implicit flags) resolves to


def _fast_dumper(yaml: Any) -> Any:
    """libyaml's safe dumper, with the nodes of plain scalars made directly (None without libyaml).

    SafeRepresenter makes a node of each str, bool, int and None through its generic dispatch (~0.6 µs each,
    ~800 in a record: ~0.4 ms of a written draft, #18); the nodes made here are the ones it makes (tag, value,
    no style: `yaml.dump`'s default_style), and every other value (floats, mappings, lists and their aliases)
    goes through it as before."""
    global _FAST_DUMPER
    base = getattr(yaml, "CSafeDumper", None)
    if base is None:
        return None
    if _FAST_DUMPER is None:
        node, tag = yaml.ScalarNode, "tag:yaml.org,2002:"
        str_, bool_, int_, null = tag + "str", tag + "bool", tag + "int", tag + "null"

        class FastDumper(base):  # type: ignore[misc, valid-type]
            def represent_data(self, data: Any) -> Any:
                kind = type(data)
                if kind is str:
                    return node(str_, data)
                if kind is bool:
                    return node(bool_, "true" if data else "false")
                if kind is int:
                    return node(int_, str(data))
                if data is None:
                    return node(null, "null")
                return super().represent_data(data)

            # libyaml's serializer asks the resolver twice for each scalar whether its plain text reads back as
            # its tag (~850 Python calls a record, ~0.2 ms, #18): the answer depends only on the value and the
            # flags asked (the implicit resolvers are fixed tables), so it is kept, per process, for any value met
            # again (every fragment id, role and source of the library).
            def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
                if kind is not node or type(value) is not str:
                    return super().resolve(kind, value, implicit)
                key = (value, implicit)
                tag = _RESOLVED.get(key)
                if tag is None:
                    if len(_RESOLVED) >= 20_000:
                        _RESOLVED.clear()
                    tag = _RESOLVED[key] = super().resolve(kind, value, implicit)
                return tag

        if not FastDumper.yaml_path_resolvers:  # no path resolvers (SafeDumper has none): each node's step is a no-op

            def descend_resolver(self: Any, current_node: Any, current_index: Any) -> None:
                return None

            def ascend_resolver(self: Any) -> None:
                return None

            FastDumper.descend_resolver, FastDumper.ascend_resolver = descend_resolver, ascend_resolver
        _FAST_DUMPER = FastDumper
    return _FAST_DUMPER


_PRINTABLE_RE: Any = None


def _emitted_alike(data: Any) -> bool:
    """Whether libyaml's emitter writes `data` byte for byte as PyYAML's (tested by fuzzing, tests/test_startup.py)."""
    texts: list[str] = []
    if not _plain_tree(data, texts.append):
        return False
    global _PRINTABLE_RE
    if _PRINTABLE_RE is None:
        import re

        _PRINTABLE_RE = re.compile(_PRINTABLE)
    # Every string at once (one match, not ~450 a record, #18): "|" between them is printable and puts no space next
    # to a line break, so the whole passes exactly when each string does.
    whole = "|".join(texts)
    return _PRINTABLE_RE.fullmatch(whole) is not None and " \n" not in whole and "\n " not in whole


def _plain_tree(data: Any, add: Any) -> bool:
    """Whether `data` is made of what both emitters write alike (short one-line keys, lists, mappings, plain scalars);
    its strings, keys included, given to `add`."""
    if isinstance(data, str):
        add(data)
        return True
    if isinstance(data, Mapping):
        for k, v in data.items():
            if not (type(k) is str and 0 < len(k) < 100 and "\n" not in k and _plain_tree(v, add)):
                return False
            add(k)
        return True
    if isinstance(data, list | tuple):
        return all(_plain_tree(v, add) for v in data)
    return data is None or type(data) in (bool, int, float)


# The characters both emitters write as they are.
_PRINTABLE = "[\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]*"


def record_data(draft: Draft, options: Mapping[str, Any]) -> dict[str, Any]:
    """What a record holds besides the file and text: version, template, seed, options, answers, fragments."""
    return {
        "drafter": __version__,
        "template": draft.template,
        "seed": draft.seed,
        "options": dict(options),
        "answers": {k: v for k, v in sorted(draft.answers.items())},
        "fragments": [_use_dict(u) for u in draft.uses],
    }


def _use_dict(use: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"id": use.id, "role": use.role.value}
    if use.source is not None and use.source.is_authored:
        item["source"] = {"authored": use.source.authored, "written": use.source.written}
    elif use.source is not None:
        item["source"] = {"speech": use.source.speech, "where": use.source.where}
    if use.role.value == "point":
        item["subpoints"] = list(use.subpoints)
    if getattr(use, "section", False):
        item["section"] = True
    if use.digest:
        item["digest"] = use.digest
    if getattr(use, "alts", None):
        item["alts"] = dict(sorted(use.alts.items()))
    return item


