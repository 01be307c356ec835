"""The documents of an archive: find the files, read each one into what the audit compares.

Files are read with drafter's reader (.txt/.md in UTF-8, UTF-16 or GBK, .docx,
.doc and .wps through LibreOffice) and normalised as `drafter diff` does. A file
that cannot be read is not an error for the archive: it is skipped and named.
Reading is per file and needs nothing from other files, so both engines call
`digest` where the file is (a worker process, a Spark executor).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.audit.dates import SpeechDate, find_date
from drafter.errors import DrafterError, SourceError, os_reason
from drafter.limits import MAX_AUDIT_CHARS, missing_or_not_regular
from drafter.reader import DOC_SUFFIXES, LEGACY_SUFFIXES

SUFFIXES = frozenset(s.lstrip(".") for s in (*DOC_SUFFIXES, *LEGACY_SUFFIXES))
_HINT = "要审查的应是讲话稿文件夹或文件（.txt、.md、.docx、保存的网页 .html，装有 LibreOffice 时也读 .doc、.wps）。"


@dataclass(frozen=True, slots=True)
class DocInfo:
    """One readable document: its number in the archive, name shown, title, date and length."""

    index: int
    name: str
    path: str
    title: str
    date: SpeechDate | None
    chars: int
    draft: str = ""  # which drafter draft it is, from the answers record beside it ("" for none)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "path": self.path,
            "title": self.title,
            "date": self.date.to_dict() if self.date else None,
            "chars": self.chars,
        }

    @property
    def record(self) -> str:
        """The file name of the answers record that ties the document to its draft."""
        from drafter.files import record_path

        return record_path(self.name).name if self.draft else ""


@dataclass(frozen=True, slots=True)
class Digest:
    """A read document and its normalised text."""

    info: DocInfo
    norm: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that could not be read, and why."""

    name: str
    reason: str


def list_documents(paths: Sequence[str | Path]) -> list[tuple[int, str, str]]:
    """(index, path, name shown) of every speech file under `paths`, sorted by path.

    Names are relative to the folder given (the file name for a file given alone).

    Raises:
        SourceError: a path does not exist, or no speech file is found under it.
    """
    found: dict[str, str] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.setdefault(str(path.resolve()), path.name)
        elif path.is_dir():
            root = path.resolve()
            for file in _scan(str(root)):
                found.setdefault(file, os.path.relpath(file, root))
        else:
            raise SourceError(missing_or_not_regular(path, "要审查的文件夹或文件不存在"), path=path, hint=_HINT)
    if not found:
        where = "、".join(str(p) for p in paths)
        raise SourceError(f"没有找到讲话稿（{where}）", hint=_HINT)
    return [(i, p, found[p]) for i, p in enumerate(sorted(found))]


def _scan(root: str) -> list[str]:
    """Speech files below `root`; hidden files, Office lock files (~$…) and program folders left out."""
    out: list[str] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            raise SourceError(f"无法读取文件夹（{os_reason(exc)}）", path=folder) from exc
        for entry in entries:
            if entry.name.startswith((".", "~$")):
                continue
            if entry.is_dir():
                if not _program_folder(entry):
                    stack.append(entry.path)
            elif entry.name.rpartition(".")[2].lower() in SUFFIXES:  # devices and pipes too: reading refuses them, named as skipped
                out.append(entry.path)
    return out


_PROGRAM_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "dist-packages"})


def _program_folder(entry: os.DirEntry[str]) -> bool:
    """A Python environment or a program's packages: their .txt and .md files are no speeches."""
    return entry.name in _PROGRAM_FOLDERS or os.path.exists(os.path.join(entry.path, "pyvenv.cfg"))


def digest(index: int, path: str, name: str) -> Digest | Skipped:
    """Read and normalise one document; a file that cannot be read comes back as Skipped."""
    from drafter.diff.normalize import sentence_texts
    from drafter.reader import read_document, split_front_matter

    try:
        fields, body, _ = split_front_matter(read_document(path))
        mtime = os.stat(path).st_mtime_ns
    except (DrafterError, OSError) as exc:
        return Skipped(name, exc.message if isinstance(exc, DrafterError) else os_reason(exc))
    norm = "".join(sentence_texts(body))
    if not norm:
        return Skipped(name, "文件中没有文字")
    if len(norm) > MAX_AUDIT_CHARS:
        return Skipped(name, f"文字过长（{len(norm)} 字，上限 {MAX_AUDIT_CHARS} 字），不像一篇讲话稿")
    title = fields.get("title") or _first_line(body)
    info = DocInfo(index, name, path, title, find_date(body, fields, mtime), len(norm), draft_of(path))
    return Digest(info, norm)


MAX_RECORD_BYTES = 4 * 1024 * 1024  # a record holds the answers, the fragment list and the draft's text


def draft_of(path: str) -> str:
    """Which draft a file is, by the answers record `drafter draft -o` left beside it; "" when none.

    讲话.md and its export 讲话.docx share 讲话.answers.yaml; a revision (`update -o 二稿.md`)
    has its own record with the same seed, place and meeting. The key is those three: two files
    holding it are one speech in two formats or two rounds, not one copied from the other.
    A record that is missing, too large, or not drafter's ties nothing.
    """
    from drafter.files import record_path

    record = record_path(path)
    try:
        if not record.is_file() or record.stat().st_size > MAX_RECORD_BYTES:
            return ""
        from drafter.library.yamlio import read_yaml

        data = read_yaml(record)
    except (DrafterError, OSError, ValueError):
        return ""
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict) or "drafter" not in data or not isinstance(data.get("seed"), int):
        return ""
    place, meeting = answers.get("place"), answers.get("meeting")
    if not (isinstance(place, str) and isinstance(meeting, str) and place and meeting):
        return ""
    return f"{data['seed']}\t{place}\t{meeting}"


def _first_line(body: str) -> str:
    """The first line as a title: `# 在全县……会议上的讲话` (Markdown, often pasted into .txt too) without its #."""
    line = next((ln.strip().lstrip("#").strip() for ln in body.splitlines() if ln.strip().lstrip("#").strip()), "")
    return line[:60]
