"""Lint the fragment library: every problem as a Finding naming file, line and fragment id.

Errors are what loading reports (bad YAML, schema, Jinja syntax, unsafe Jinja,
undeclared variables, unknown roles, duplicate ids) and phrases of past
periods in fragments meant for any draft (outdated-phrase); warnings are what makes a
valid library worse (variables declared but not used, near-duplicate texts,
sources missing from the corpus, alternatives that can say one clause twice). `strict` adds house-style notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.curate.corpus import corpus_dir, plain_text, speech_path
from drafter.curate.edit import SCHEMA_LINE, library_root, schema_reference
from drafter.curate.similar import DEFAULT_THRESHOLD, near_duplicate_groups
from drafter.errors import FragmentFormatError
from drafter.findings import Finding, Severity
from drafter.library import fragment_files, fragment_texts, load_library, used_variables
from drafter.library.alternatives import split_alternatives, without_alternatives
from drafter.model import Fragment
from drafter.outdated import find_outdated
from drafter.text import halfwidth_positions

# Loading errors, told apart by the message drafter.library gives them.
_ERROR_RULES = (
    ("YAML 格式错误", "yaml"),
    ("无法读取文件", "unreadable"),
    ("id 重复", "duplicate-id"),
    ("Jinja 语法错误", "jinja-syntax"),
    ("不安全的 Jinja", "unsafe-jinja"),
    ("未声明的变量", "undeclared-variable"),
    ("未知的 role", "unknown-role"),
)
_PLACEHOLDER = re.compile(r"XX|××|×××|20xx|某某|【待补】|TODO", re.I)


@dataclass(frozen=True, slots=True)
class LintReport:
    """What lint found, and how much it looked at."""

    findings: tuple[Finding, ...]
    fragments: int
    files: int
    corpus: str

    @property
    def errors(self) -> int:
        return sum(f.severity == Severity.ERROR for f in self.findings)


def lint_library(
    root: str | Path | None,
    *,
    strict: bool = False,
    corpus: str | Path | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> LintReport:
    """Check a whole library; never raises for a problem inside it (only for a missing folder)."""
    path = library_root(root)
    library = load_library(path, strict=False)
    folder = corpus_dir(path, corpus)
    findings = [_from_error(e) for e in library.errors]
    findings += _unused_variables(library.fragments)
    findings += _near_duplicates(library.fragments, threshold)
    findings += _missing_sources(library.fragments, folder)
    findings += _outdated(library.fragments)
    findings += _alt_repeats(library.fragments)
    if strict:
        findings += _style(library.fragments)
        findings += _schema_lines(path)
    findings.sort(key=lambda f: (f.path, f.line, f.rule, f.fragment_id))
    return LintReport(tuple(findings), len(library.fragments), len(fragment_files(path)), str(folder))


def rule_of(error: FragmentFormatError) -> str:
    """The lint rule id of a loading error."""
    return next((rule for marker, rule in _ERROR_RULES if marker in error.message), "schema")


def _from_error(error: FragmentFormatError) -> Finding:
    fid = getattr(error, "fragment_id", None) or ""
    message = error.message.removeprefix(f"片段 {fid}：") if fid else error.message
    return Finding(
        rule=rule_of(error), severity=Severity.ERROR, message=message, line=error.line or 0,
        suggestion=error.hint or "", path=error.path or "", fragment_id=fid,
    )  # fmt: skip


def _finding(frag: Fragment, rule: str, severity: Severity, message: str, suggestion: str = "") -> Finding:
    return Finding(rule, severity, message, frag.line, 0, "", suggestion, frag.path, frag.id)


def _unused_variables(fragments: Sequence[Fragment]) -> Iterator[Finding]:
    for frag in fragments:
        unused = [v.name for v in frag.variables if v.name not in used_variables(fragment_texts(frag))]
        if unused:
            yield _finding(
                frag, "unused-variable", Severity.WARNING, f"声明了但没有使用的变量 {', '.join(unused)}",
                "从 variables 中删去，或在文本里用上它。",
            )  # fmt: skip


def _near_duplicates(fragments: Sequence[Fragment], threshold: float) -> Iterator[Finding]:
    for group in near_duplicate_groups(fragments, threshold):
        keep = group.keep
        for other, score in group.others:
            yield _finding(
                other, "near-duplicate", Severity.WARNING,
                f"与 {keep.id}（{keep.path}:{keep.line}）几乎相同（相似度 {score:g}）",
                "用 drafter fragments dedupe --apply 合并（保留全部来源），或改写其中一个。",
            )  # fmt: skip


def _missing_sources(fragments: Sequence[Fragment], folder: Path) -> Iterator[Finding]:
    if not folder.is_dir():
        if fragments:
            yield Finding(
                "missing-corpus", Severity.WARNING, "语料库目录不存在，无法核对片段的来源讲话",
                suggestion="用 drafter ingest 生成 corpus/，或用 --corpus 指向它。", path=str(folder),
            )  # fmt: skip
        return
    present: dict[str, bool] = {}
    for frag in fragments:
        if frag.source and frag.source.is_authored:
            continue
        speech = frag.source.speech if frag.source else ""
        if speech not in present:
            present[speech] = speech_path(folder, speech) is not None
        if not present[speech]:
            yield _finding(
                frag, "missing-source", Severity.WARNING, f"来源讲话 {speech} 不在语料库中（{folder}/{speech}.md）",
                "检查 source.speech 的拼写，或把该讲话加入语料库（drafter ingest）。",
            )  # fmt: skip


def _outdated(fragments: Sequence[Fragment]) -> Iterator[Finding]:
    """Phrases of past periods (drafter/data/outdated-phrases.yaml) in text meant for any draft."""
    for frag in fragments:
        if frag.is_specific:
            continue
        for text in fragment_texts(frag):
            for match in find_outdated(plain_text(text)):
                entry = match.phrase
                yield _finding(
                    frag, "outdated-phrase", Severity.ERROR, f"“{entry.phrase}”是过去的提法（{entry.period}）",
                    f"改用现在的说法：{entry.replacement}；原讲话特有的内容则标为 specific。",
                )  # fmt: skip


# 要强化…帮扶，确保零就业家庭动态清零。 in one block and 要统筹开发公益性岗位…，确保零就业家庭动态清零。 in the next: each
# alternative reads well alone, but a draft that draws both says the clause twice in one paragraph (全市经济工作会议
# seed 3, read as its writer). Blocks of one text are drawn independently, so any clause two blocks (or a block and the
# fixed text) share can meet; blocks in the two branches of an {% if %} never do.
_CLAUSE_BREAK = re.compile(r"[，。；！？：、,;!?:]")
_TAG = re.compile(r"\{%-?\s*(if|elif|else|endif)\b[^%]*-?%\}")
_ANY_JINJA = re.compile(r"\{\{.*?\}\}|\{#.*?#\}")
_REPEAT_HAN = 6
_MAX_BRANCHINGS = 64


def _branchings(text: str) -> list[str]:
    """Every text `text` can render as, one per choice of its {% if %} branches (an if without else may say nothing)."""
    out: list[str] = [""]
    stack: list[tuple[list[str], list[str], bool]] = []  # (texts before the if, branches so far, may be open-ended)
    pos = 0
    for m in _TAG.finditer(text):
        out = [o + text[pos : m.start()] for o in out]
        pos = m.end()
        kind = m.group(1)
        if kind == "if":
            stack.append((out, [], True))
            out = [""]
        elif not stack:
            return [text]  # unbalanced: leave it to the loader's own error
        elif kind in ("elif", "else"):
            before, done, _ = stack.pop()
            stack.append((before, done + out, kind == "elif"))
            out = [""]
        else:
            before, done, open_end = stack.pop()
            branches = done + out + ([""] if open_end else [])
            out = [b + x for b in before for x in branches][:_MAX_BRANCHINGS]
    return [o + text[pos:] for o in out] if not stack else [text]


def _clauses(text: str) -> set[str]:
    plain = plain_text(_ANY_JINJA.sub("某", text)).replace("\n", "")
    return {c.strip() for c in _CLAUSE_BREAK.split(plain) if sum("\u4e00" <= ch <= "\u9fff" for ch in c) >= _REPEAT_HAN}


def _alt_repeats(fragments: Sequence[Fragment]) -> Iterator[Finding]:
    for frag in fragments:
        said: set[str] = set()
        for text in fragment_texts(frag):
            for variant in _branchings(text):
                blocks = [[_clauses(option) for option in block] for block in split_alternatives(variant)]
                if not blocks:
                    continue
                fixed = _clauses(without_alternatives(variant))
                for i, block in enumerate(blocks):
                    others = [fixed] + [o for later in blocks[i + 1 :] for o in later]
                    for option in block:
                        for other in others:
                            for clause in sorted(option & other):
                                if clause in said:
                                    continue
                                said.add(clause)
                                yield _finding(
                                    frag, "alt-repeat", Severity.WARNING,
                                    f"两处备选说法都有“{clause}”，同一篇稿子可能把这句话说两遍",
                                    "改写其中一处，或把两处并成一个 {% alt %}。",
                                )  # fmt: skip


def _style(fragments: Sequence[Fragment]) -> Iterator[Finding]:
    for frag in fragments:
        if not frag.tags:
            yield _finding(frag, "no-tags", Severity.INFO, "没有标签", "加上主题（如 妇女儿童、通用）和会议类型标签。")
        if frag.source and not frag.source.where and not frag.source.is_authored:
            yield _finding(frag, "no-where", Severity.INFO, "来源没有写 where（在讲话中的位置）", "例如 where: 一、第2段。")
        for text in fragment_texts(frag):
            plain = plain_text(text)
            if _PLACEHOLDER.search(plain):
                yield _finding(frag, "placeholder", Severity.INFO, f"含有占位符“{_PLACEHOLDER.search(plain).group()}”")  # type: ignore[union-attr]
            if any(halfwidth_positions(line) for line in plain.splitlines()):
                yield _finding(frag, "halfwidth-punct", Severity.INFO, "中文之间有半角标点", "改为全角标点（，。；：？！）。")


def _schema_lines(root: Path) -> Iterator[Finding]:
    hint = f"第一行写 {SCHEMA_LINE}<到 drafter/data/fragment.schema.json 的相对路径>，编辑器即可提示和校验。"
    for file in fragment_files(root):
        schema = schema_reference(file)
        if schema is None:
            message = "文件第一行没有指向片段格式的 JSON Schema"
        elif not schema.is_file():
            message = f"第一行指向的 JSON Schema 不存在（{schema}）"
        else:
            continue
        yield Finding("schema-line", Severity.INFO, message, line=1, path=str(file), suggestion=hint)
