"""`drafter check --fix`: the safe, mechanical fixes (punctuation width, heading marks), in place with a backup.

A module of its own, imported only by --fix (drafter.check gives its names on first use):
a check that fixes nothing does not build its classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.check.outline import heading_label
from drafter.errors import UsageError
from drafter.structure import match_heading, strip_markdown
from drafter.text import HALF_TO_FULL, halfwidth_positions


@dataclass(frozen=True, slots=True)
class Fix:
    """One mechanical change made by `fix_text`."""

    line: int
    column: int
    old: str
    new: str
    rule: str


@dataclass(frozen=True, slots=True)
class FixResult:
    """What `fix_file` did: the changes, and where the original was kept (None if nothing changed)."""

    path: str
    backup: str | None
    changes: tuple[Fix, ...]


def fix_text(text: str) -> tuple[str, list[Fix]]:
    """Apply the safe, mechanical fixes: half-width punctuation in Chinese text, wrong heading marks.

    Returns the new text and what changed (line, column, old, new). Idempotent.
    """
    out, changes = [], []
    for lineno, line in enumerate(text.split("\n"), start=1):
        chars = list(line)
        for i in halfwidth_positions(line):
            changes.append(Fix(lineno, i + 1, chars[i], HALF_TO_FULL[chars[i]], "halfwidth-punct"))
            chars[i] = HALF_TO_FULL[chars[i]]
        line, change = _fix_heading_mark("".join(chars), lineno)
        changes += change
        out.append(line)
    return "\n".join(out), changes


def _fix_heading_mark(line: str, lineno: int) -> tuple[str, list[Fix]]:
    body, _ = strip_markdown(line)
    head = match_heading(body) if body else None
    if not head:
        return line, []
    level, number, mark, _bad = head
    if mark.startswith("第"):
        return line, []
    right = heading_label(level, number)
    if mark == right or (level == 3 and mark == f"{number}．") or (level == 1 and mark.endswith("，")):
        return line, []
    start = line.find(body[: len(mark)])
    return line[:start] + right + line[start + len(mark) :], [Fix(lineno, start + 1, mark, right, "numbering")]


def fix_file(path: str | Path) -> FixResult:
    """Apply `fix_text` to a text file in place, keeping the original as FILE.bak.

    The file keeps its encoding; both writes are atomic. A .docx is never changed.

    Raises:
        UsageError: the file is a .docx.
        SourceError: the file cannot be read.
        DrafterError: the file or its backup cannot be written.
    """
    from drafter.files import free_backup_path, prune_backups, signals_held, write_bytes_atomic
    from drafter.reader import decode_bytes, read_document

    path = Path(path)
    if path.suffix.lower() == ".docx":
        raise UsageError("不会自动修改 .docx 文件", path=path,
                         hint="按检查结果在 Word 中修改，或另存为 .txt/.md 后再用 --fix。")  # fmt: skip
    read_document(path)  # same checks and messages as `check` (missing, empty, binary …)
    data = path.read_bytes()
    text, encoding = decode_bytes(data, path)
    fixed, changes = fix_text(text)
    if not changes:
        return FixResult(str(path), None, ())
    # numbered after update's backups, and as bounded: a first free number filled a gap update's pruning left (newuser39)
    backup = free_backup_path(path, data)
    with signals_held():  # the backup and the fixed file: both written, or neither
        write_bytes_atomic(backup, data)
        write_bytes_atomic(path, fixed.encode(encoding))
    prune_backups(path)
    return FixResult(str(path), str(backup), tuple(changes))
