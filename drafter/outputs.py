"""What drafter wrote where: a file edited since drafter wrote it is never overwritten.

`draft -o` keeps the hash in the answers record beside the draft (`check_draft_output`);
`export -o` and every draft also note it in a small state file in the user's
drafter folder (`outputs.json` under DRAFTER_HOME or the platformdirs data folder, with the lines appended
to `outputs.log` since it was last rewritten).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)
from drafter.answers import record_path
from drafter.errors import DrafterError, OverwriteError, UsageError
from drafter.files import files_stamp, parse_data_yaml, refuse_empty_name, write_text_atomic
from drafter.library.paths import user_data_dir
from drafter.limits import file_lock

_KEEP = 2000  # entries kept in the state file (oldest dropped first)


def state_file() -> Path:
    """The file that records the hash of every file drafter wrote."""
    return user_data_dir() / "outputs.json"


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashes.sha256(path.read_bytes()).hexdigest()


def was_written_by_drafter(path: str | Path) -> bool:
    """Whether `path` holds exactly what drafter last wrote there."""
    path = Path(path)
    known = _load().get(str(path.resolve()))
    return known is not None and path.is_file() and known == file_digest(path)


def refuse_non_file(path: Path) -> None:
    """Refuse an output path that is a folder or a device (-o 讲话稿/, -o /dev/null): a file name is wanted.

    Raises:
        UsageError: `path` exists and is not a regular file.
    """
    refuse_empty_name(path)
    if path.is_dir():
        raise UsageError("这是一个文件夹，不能作为输出文件", path=path,
                         hint=f"在文件夹后写出文件名，如 -o {path / '讲话.docx'}。")  # fmt: skip
    if path.exists() and not path.is_file():
        raise UsageError("这不是普通文件（是设备或管道），不能作为输出文件", path=path,
                         hint="-o 写一个 .docx、.md、.txt 或 .pdf 文件名；要在屏幕上看，不加 -o。")  # fmt: skip


def office_lock_file(path: Path) -> Path | None:
    """The lock file Word or WPS (`~$讲话.docx`, the name's first characters replaced when it is long) or LibreOffice
    (`.~lock.讲话.docx#`) keeps beside a document it has open, or None."""
    name, stem = path.name, len(path.stem)
    word = f"~${name[2:]}" if stem >= 8 else f"~${name[1:]}" if stem == 7 else f"~${name}"  # as Word names its owner file
    for candidate in (f".~lock.{name}#", word, f"~${name}"):
        lock = path.with_name(candidate)
        try:
            if lock.is_file():
                return lock
        except OSError:
            continue
    return None


def refuse_open_in_office(path: Path, *, force: bool = False, flag: str = "-o") -> None:
    """Refuse to rewrite a document Word, WPS or LibreOffice has open: the update was written beside the open copy, and
    the next Save there put the old text back over it (newuser39).

    Raises:
        OverwriteError: `path` exists and an office program's lock file is beside it (unless `force`).
    """
    if force or path.suffix.lower() not in (".docx", ".doc", ".wps", ".txt", ".md", ".pdf") or not path.is_file():
        return
    lock = office_lock_file(path)
    if lock is None:
        return
    raise OverwriteError(
        f"这个文件正在 Word、WPS 或 LibreOffice 中打开（旁边有它的锁文件 {lock.name}），现在改写它，"
        "之后在那里一保存就会把改好的内容冲掉，没有写入", path=path,
        hint=f"先在那里保存并关闭这个文件再运行；或写到另一个文件（{flag} {path.stem}-二稿{path.suffix}）。"
        f"确认没有打开它（锁文件是上次异常退出留下的）时，删去 {lock.name} 或加 --force。",
    )  # fmt: skip


def check_output(path: str | Path, *, force: bool = False, flag: str = "-o") -> None:
    """Refuse to overwrite `path` unless drafter wrote it and it is unchanged since.

    Raises:
        OverwriteError: the file exists and was edited, or drafter did not write it.
    """
    path = Path(path)
    refuse_non_file(path)
    refuse_open_in_office(path, force=force, flag=flag)
    if force or not path.exists() or was_written_by_drafter(path):
        return
    how = f"换一个输出文件名（如 {flag} {path.stem}-2{path.suffix}），或确认不要其中的内容后加 --force 覆盖。"
    if str(path.resolve()) in _load():
        raise OverwriteError("这个文件在 drafter 上次写入之后被改过，为免覆盖你的修改，没有写入", path=path, hint=how)
    raise OverwriteError("已有同名文件，不是 drafter 写下的，为免覆盖，没有写入", path=path, hint=how)


def refuse_report_over_draft(output: Path, *, flag: str, reading: tuple[Path, ...] = (), example: str) -> None:
    """Refuse a report (`diff --html`, `audit -o`) written over a draft, a draft's record or a file the command reads.

    `diff 讲话.md --html 讲话.md` replaced the draft with its own comparison, and `--html 二稿.md` another draft drafter
    had written (newuser38). No --force: a report is never meant to take a draft's place.

    Raises:
        UsageError: `output` is read by this command, is a record, or is a draft with its own record.
    """
    refuse_non_file(output)
    how = f"报告写到另一个文件，如 {flag} {example}。"
    if any(_same_path(output, path) for path in reading):
        raise UsageError(f"{flag} 写的是这条命令要读的文件，报告会把它换掉，没有写入", path=output, hint=how)
    if output.name.endswith(".answers.yaml"):
        raise UsageError(f"{flag} 写的是起草记录的文件名，报告会把它换掉，没有写入", path=output, hint=how)
    record = record_path(output)
    if output.is_file() and record.is_file():
        recorded = _recorded_output(record)
        if recorded and recorded.get("file") == output.name:
            raise UsageError(f"这是 drafter 起草的讲话稿（起草记录 {record.name}），报告会把它换掉，没有写入",
                             path=output, hint=how)  # fmt: skip


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def check_export_target(source: Path, output: Path, *, force: bool = False) -> None:
    """Refuse an export over a draft that has a record of its own, or over a record: a clerk lost 二稿.md (and its
    record then named a text it no longer held) to `export 讲话.md -o 二稿.md`, drafter having written both (newuser38).

    The draft's own other format (`export 讲话.md -o 讲话.docx`, one record for both) is exported as before.

    Raises:
        UsageError: `output` is no file name, or is named as a drafter record.
        OverwriteError: `output` is a draft written by `draft -o` with its own record (unless `force`).
    """
    refuse_non_file(output)
    if output.name.endswith(".answers.yaml"):
        raise UsageError("这是起草记录的文件名，不能作为导出文件", path=output,
                         hint=f"导出写 .docx、.pdf、.md 或 .txt 文件，如 -o {output.name.removesuffix('.answers.yaml')}.docx。")  # fmt: skip
    record = record_path(output)
    if force or not output.is_file() or record == record_path(source) or not record.is_file() or not source.is_file():
        return  # (a missing source is said by the export itself: 文件不存在, not that the output is another draft)
    recorded = _recorded_output(record)
    if not recorded or recorded.get("file") != output.name:
        return
    free = next(output.with_name(f"{output.stem}-导出{n or ''}{output.suffix}") for n in range(100)
                if not output.with_name(f"{output.stem}-导出{n or ''}{output.suffix}").exists())  # fmt: skip
    raise OverwriteError(
        f"这是 drafter 起草的另一篇讲话稿（起草记录 {record.name}），导出会用 {source.name} 的文字覆盖它，"
        "没有写入", path=output,
        hint=f"换一个输出文件名，如 -o {free.name}；确实不要 {output.name} 这篇稿子时加 --force。",
    )  # fmt: skip


def free_draft_name(path: Path, tag: str) -> Path:
    """A name beside `path` that no file (nor its record) holds yet: 讲话-二稿.md, 讲话-二稿2.md …"""
    for n in range(1, 1000):
        candidate = path.with_name(f"{path.stem}-{tag}{n if n > 1 else ''}{path.suffix}")
        if not candidate.exists() and not record_path(candidate).exists():
            return candidate
    return path.with_name(f"{path.stem}-{tag}-{os.getpid()}{path.suffix}")


def check_update_output(source: Path, record: Path, output: Path, *, force: bool = False) -> None:
    """Refuse `update SOURCE -o OUTPUT` where OUTPUT is the draft whose record the update reads (`update 讲话.docx
    -o 讲话.md`, the two sharing 讲话.answers.yaml): 讲话.md and that record were replaced while the command said both
    were left as they were (newuser39).

    Raises:
        OverwriteError: `output`'s record is `record` (unless `force`).
    """
    if force or not _same_path(record_path(output), record):
        return
    second = free_draft_name(source, "二稿")
    raise OverwriteError(
        f"-o 写的是起草记录 {record.name} 所属的讲话稿，这次更新正按这份记录修改，写入会换掉 {output.name} 和它的记录，"
        "没有写入", path=output,
        hint=f"要另存为二稿，换一个文件名，如 -o {second.name}；要改的就是 {output.name} 时，去掉 -o；"
        f"确实要用这次的结果换掉 {output.name} 时加 --force。",
    )  # fmt: skip


SAME_DRAFT_KEYS = ("place", "meeting", "date")


def check_update_other_draft(output: Path, answers: Any, source: Path, *, force: bool = False) -> None:
    """Refuse `update -o` over a draft (with its own record) for another place, meeting or date: an unedited 防汛.md
    was replaced by the update of 讲话.md without a word (newuser39). The same update run again (its 二稿 for the
    same meeting) writes over its own result as before.

    Raises:
        OverwriteError: `output` is a draft with its own record whose place, meeting or date differ (unless `force`).
    """
    record = record_path(output)
    if force or not output.is_file() or not record.is_file():
        return
    recorded = _recorded_output(record)
    if not recorded or recorded.get("file") != output.name:
        return
    theirs = recorded_answers(record)
    differ = [k for k in SAME_DRAFT_KEYS if str(theirs.get(k) or "") != str(answers.get(k) or "")]
    if not differ:
        return
    what = "、".join({"place": "地方", "meeting": "会议", "date": "日期"}[k] for k in differ)
    old = theirs.get("meeting") or theirs.get("place") or output.stem
    free = free_draft_name(source, "二稿")
    raise OverwriteError(
        f"这是 drafter 起草的另一篇讲话稿（{old}，起草记录 {record.name}），{what}与这次更新的不同，写入会把它换掉，没有写入",
        path=output, hint=f"换一个输出文件名，如 -o {free.name}；确实不要 {output.name} 这篇稿子时加 --force。",
    )  # fmt: skip


def recorded_answers(record: Path) -> dict[str, Any]:
    import yaml

    try:
        data = parse_data_yaml(record.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    answers = data.get("answers") if isinstance(data, dict) else None
    return answers if isinstance(answers, dict) else {}


def journal_file() -> Path:
    """What drafter wrote since `outputs.json` was last rewritten: one line a file, appended (#18)."""
    return user_data_dir() / "outputs.log"


def remember_output(path: str | Path) -> None:
    """Note the hash of a file drafter has just written (best effort: never fails a write).

    One line appended to the journal beside the state file (`outputs.json` was read and rewritten whole for each
    file written, #18); every _JOURNAL_MAX bytes of it the two are merged into a new state file (replaced whole,
    atomically) and the journal starts again. A writer killed mid-line leaves a line no reader takes (and the next
    line starts on a line of its own); one killed mid-merge leaves the old state file or the whole new one, and the
    journal, whose lines say again what the new one holds."""
    path = Path(path)
    state = state_file()
    try:
        state.parent.mkdir(parents=True, exist_ok=True)
        import json  # only a written draft reads or writes the state file: one to the screen need not load json

        line = "\n" + json.dumps([str(path.resolve()), file_digest(path)], ensure_ascii=False) + "\n"
        with file_lock(state):  # a merge must not drop a line appended while it reads
            fd = os.open(journal_file(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line.encode("utf-8"))
                size = os.fstat(fd).st_size
            finally:
                os.close(fd)
            if size > _JOURNAL_MAX:
                _merge(json)
    except (OSError, DrafterError):  # the record is a safety net: it never fails the write itself
        pass


_JOURNAL_MAX = 64 * 1024  # bytes of journal (~300 files written) before it is merged into the state file


def _merge(json: Any) -> None:
    """Write the state file anew with the journal's lines in it (the newest _KEEP), then empty the journal."""
    kept = dict(list(_load().items())[-_KEEP:])
    write_text_atomic(state_file(), json.dumps(kept, ensure_ascii=False, indent=0))
    os.truncate(journal_file(), 0)


def _load() -> dict[str, str]:
    """What drafter wrote where: the state file, then the journal's lines in order (a later line for a file wins, and
    moves it to the end, as the newest). The journal is read first: a merge meanwhile (the new state file written,
    then the journal emptied) leaves either the lines read or the state file that holds them."""
    import json

    try:
        lines = journal_file().read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    try:
        data = json.loads(state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    known = {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    for line in lines:
        if not line:
            continue
        try:
            entry = json.loads(line)
        except ValueError:  # a line cut short by a killed writer
            continue
        if isinstance(entry, list) and len(entry) == 2 and all(isinstance(x, str) for x in entry):
            known.pop(entry[0], None)
            known[entry[0]] = entry[1]
    return known


def check_draft_output(output: str | Path, *, force: bool = False) -> None:
    """Refuse to overwrite a draft (or its record) that drafter did not write there last.

    A draft may be replaced when its record beside it names the same file and the
    file's content hash is unchanged since drafter wrote it (or the state file knows it).

    Raises:
        OverwriteError: the file was edited by hand, or drafter never wrote it.
    """
    output = Path(output)
    refuse_non_file(output)  # first: -o "" is the current folder, which has no name to put a record beside
    refuse_open_in_office(output, force=force)
    record = record_path(output)
    if force or not (output.exists() or record.exists()):
        return
    how = f"换一个输出文件名（如 -o {output.stem}-2{output.suffix}），或确认不要这些修改后加 --force 覆盖。"
    recorded = _recorded_output(record) if record.exists() else {}
    if recorded is None:
        raise OverwriteError("起草记录文件已存在，但不是 drafter 写下的（可能是你的答案文件），为免覆盖，没有写入",
                             path=record, hint=how)  # fmt: skip
    owner = recorded.get("file")
    if isinstance(owner, str) and owner != output.name and (output.parent / owner).is_file():
        raise OverwriteError(
            f"旁边的起草记录 {record.name} 是 {owner} 的，写入会把它换成这一篇的，{owner} 就不能再用 drafter update 修改了，"
            "没有写入", path=output,
            hint=f"换一个输出文件名（如 -o {output.stem}-2{output.suffix}）；要 {owner} 的另一种格式，用 "
            f"drafter export {owner} -o {output.name}；确认不要 {owner} 的记录时加 --force。",
        )  # fmt: skip
    if not output.exists():
        return
    if recorded.get("file") == output.name and recorded.get("sha256") == file_digest(output):
        return
    if was_written_by_drafter(output):
        return
    if recorded or record.exists():
        raise OverwriteError("这份讲话稿在上次起草之后被改过，为免覆盖你的修改，没有写入", path=output, hint=how)
    check_output(output)  # not a draft of ours: says whether it was edited or never ours


def _recorded_output(record: Path) -> dict[str, Any] | None:
    """The `output` entry of a drafter record, or None when `record` is no such record.

    Kept per file stamp (size, mtime, inode, ctime: any write changes it): `draft -o` over an earlier draft asks
    before drafting and again before writing, and PyYAML building the whole record was ~2 ms each time (#18)."""
    stamp = files_stamp([record])
    known = _RECORDED.get(str(record))
    if stamp is not None and known is not None and known[0] == stamp:
        return dict(known[1]) if known[1] is not None else None
    output = _read_recorded_output(record)
    if stamp is not None:
        if len(_RECORDED) >= 8:
            _RECORDED.clear()
        _RECORDED[str(record)] = (stamp, dict(output) if output is not None else None)
    return output


_RECORDED: dict[str, tuple[tuple[Any, ...], dict[str, Any] | None]] = {}


def _read_recorded_output(record: Path) -> dict[str, Any] | None:
    import yaml  # only a draft written over an earlier one reads its record

    try:
        data = parse_data_yaml(record.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict) or "drafter" not in data or "fragments" not in data:
        return None
    output = data.get("output")
    return output if isinstance(output, dict) else {}
