"""Earlier speeches a new draft should not repeat: `--avoid` paths and the history of drafts written.

- `read_avoid(paths)`: the texts of past drafts (.md, .txt, .docx …), of records
  (`*.answers.yaml`: the draft text they keep) and of every such file in a folder.
- History: each draft written with `-o` is kept in the user's data folder under
  its place and meeting (kind and work, not the year), one file per occasion (the
  meeting's date, else the year). A later draft for the same place and meeting on
  another occasion steers away from all of them; redrafting for the same occasion
  does not avoid itself, and replaces its entry.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)
from drafter.errors import DrafterError, SourceError, os_reason
from drafter.files import write_text_atomic
from drafter.library.paths import user_data_dir
from drafter.limits import MAX_AVOID_FILES, MAX_HISTORY_ENTRIES, MAX_TEXT_BYTES, read_limited

_SPEECH_SUFFIXES = (".md", ".txt", ".docx", ".doc", ".wps", ".markdown")
_RECORD_SUFFIX = ".answers.yaml"


def read_avoid(paths: Sequence[Path]) -> list[str]:
    """Texts of the past drafts, records and folders of them given with --avoid (see `read_avoid_noting`)."""
    return read_avoid_noting(paths)[0]


def read_avoid_noting(paths: Sequence[Path]) -> tuple[list[str], tuple[str, ...]]:
    """Texts of the past drafts, records and folders of them given with --avoid, and what to tell the user.

    A file of a folder that cannot be read (a damaged .docx, a binary .txt, a broken record) is skipped with a
    note naming it and saying how many of the folder's files were read: one bad file among last year's speeches
    refused the whole draft (newuser38). A file named itself, or a folder none of whose files can be read, is refused.

    Raises:
        SourceError: a path is missing, unreadable, of an unknown kind, or a folder holds none (or none readable).
    """
    texts: list[str] = []
    notes: list[str] = []
    for path in paths:
        if not path.exists():
            raise SourceError("--avoid 给出的文件或文件夹不存在", path=path,
                              hint="给出往年的讲话稿（.md、.txt、.docx）、起草记录（.answers.yaml）或存放它们的文件夹。")  # fmt: skip
        if not path.is_dir():
            texts.append(_read_one(path))
            continue
        files = _files_in(path)
        if not files:
            raise SourceError("--avoid 给出的文件夹里没有讲话稿或起草记录", path=path,
                              hint="文件夹中应有 .md、.txt、.docx 讲话稿或 .answers.yaml 起草记录。")  # fmt: skip
        read: list[str] = []
        skipped: list[tuple[Path, DrafterError]] = []
        for file in files:
            try:
                read.append(_read_one(file))
            except DrafterError as exc:
                skipped.append((file, exc))
            except OSError as exc:  # a file unreadable to this user, or gone since the folder was listed
                skipped.append((file, SourceError(os_reason(exc), path=file)))
        if not read:
            first, why = skipped[0]
            raise SourceError(f"--avoid 给出的文件夹里的 {len(files)} 个文件都无法读取（如 {first}：{why.message}）",
                              path=path, hint="把能打开的往年讲话稿（.md、.txt、.docx）放进这个文件夹，或另存损坏的文件后再试。")  # fmt: skip
        texts += read
        if skipped:
            named = "；".join(f"{file}：{why.message.rstrip('。')}" for file, why in skipped[:5])
            more = "；……" if len(skipped) > 5 else ""
            notes.append(f"--avoid {path}：读了 {len(read)} 个文件，跳过了无法读取的 {len(skipped)} 个——{named}{more}。"
                         "新稿不会避开跳过的文件里用过的说法，要避开时另存为 .docx 或 .txt 后再试。")  # fmt: skip
    return [t for t in texts if t.strip()], tuple(notes)


def _files_in(folder: Path) -> list[Path]:
    found = sorted(
        p for p in folder.rglob("*")  # a link to a device or a pipe is listed too: skipped by name, not passed over
        if not p.is_dir() and not p.name.startswith(".") and (_is_record(p) or p.suffix.lower() in _SPEECH_SUFFIXES)
    )  # fmt: skip
    if len(found) > MAX_AVOID_FILES:
        raise SourceError(f"--avoid 的文件夹里有 {len(found)} 个文件，超过 {MAX_AVOID_FILES} 个", path=folder,
                          hint="只给出同一会议往年的讲话稿所在的文件夹。")  # fmt: skip
    return found


def _is_record(path: Path) -> bool:
    return path.name.endswith(_RECORD_SUFFIX)


def _read_one(path: Path) -> str:
    if _is_record(path):
        from drafter.answers import load_record

        record = load_record(path)
        if record.text is None:
            raise SourceError("起草记录里没有讲话稿原文（text）", path=path,
                              hint="给出讲话稿文件本身，或 drafter 0.2 以后写出的起草记录。")  # fmt: skip
        return record.text
    if path.suffix.lower() not in _SPEECH_SUFFIXES:
        raise SourceError(f"--avoid 不认识 {path.suffix or '无扩展名'} 文件", path=path,
                          hint="给出 .md、.txt、.docx 讲话稿或 .answers.yaml 起草记录。")  # fmt: skip
    from drafter.reader import read_speech

    return read_speech(path)[1]


# ----- history ---------------------------------------------------------------------------


def _folder(answers: Mapping[str, Any]) -> Path:
    from drafter.render.values import meeting_of, place_of

    meeting = meeting_of(answers)
    key = "\0".join([place_of(answers).name, meeting.kind.name, meeting.work])
    return user_data_dir() / "history" / hashes.sha256(key.encode("utf-8")).hexdigest()[:16]


def occasion(answers: Mapping[str, Any]) -> str:
    """The meeting's occasion: its date (2026-03-08), else the year the meeting names or today's."""
    date = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(answers.get("date") or ""))
    if date:
        return "{}-{:02d}-{:02d}".format(*(int(g) for g in date.groups()))
    year = re.search(r"(20\d\d)年", str(answers.get("meeting") or ""))
    return year.group(1) if year else str(time.localtime().tm_year)  # date.today()'s year, without datetime (#18)


def history_texts(answers: Mapping[str, Any]) -> list[str]:
    """Drafts written before for the same place and meeting on other occasions (newest first)."""
    folder = _folder(answers)
    if not folder.is_dir():
        return []
    mine = occasion(answers)
    entries = sorted(folder.glob("*.md"), reverse=True)[:MAX_HISTORY_ENTRIES]
    texts = []
    for entry in entries:
        if entry.stem == mine:
            continue
        try:  # bounded, and never a device: a link to /dev/zero here read until memory ran out
            texts.append(read_limited(entry, MAX_TEXT_BYTES, "起草历史").decode("utf-8"))
        except (OSError, UnicodeDecodeError, DrafterError):
            continue  # a damaged entry only weakens the steering
    return texts


def remember(answers: Mapping[str, Any], text: str) -> Path:
    """Keep a written draft in the history of its place and meeting (replacing this occasion's)."""
    folder = _folder(answers)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{occasion(answers)}.md"
    write_text_atomic(path, text)
    return path


def remember_or_say(answers: Mapping[str, Any], text: str) -> tuple[str, ...]:
    """`remember`, or what to tell the user when it could not be kept (a full or read-only data folder): the draft
    itself is written, so the command does not fail for its history (it said 错误 and exited 1 with both files
    written)."""
    try:
        remember(answers, text)
    except (DrafterError, OSError) as exc:
        if isinstance(exc, DrafterError):
            reason = f"{exc.path}：{exc.message}" if exc.path else exc.message
        else:
            reason = f"{exc.filename or _folder(answers)}：{os_reason(exc)}"
        return (f"这篇讲话稿没有记入起草历史（{reason}），下次为同一会议起草时不会自动避开它；讲话稿和起草记录已写好。",)
    return ()


def past_texts(avoid: Iterable[str], answers: Mapping[str, Any], *, history: bool) -> list[str]:
    """What a new draft steers away from: the --avoid texts, plus the history when it is on."""
    return [*avoid, *(history_texts(answers) if history else [])]
