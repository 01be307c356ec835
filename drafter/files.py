"""Atomic file writes: a temporary file in the target folder, then a rename.

Nothing the user had is lost or half-written if drafter fails mid-way.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from drafter import lazyctx
from drafter.errors import DrafterError, os_hint, os_reason

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically.

    Raises:
        DrafterError: the folder does not exist or cannot be written.
    """
    path = Path(path)
    if path.is_symlink():  # write through a link: the linked file stays where it is
        path = path.resolve()
    folder, mode = _checked_folder(path)
    _sweep_stale_temporaries(folder)
    with signals_held():  # Ctrl+C or SIGTERM now would leave a temporary file behind
        try:
            fd, tmp = _new_temporary(folder, path.name)
        except OSError as exc:
            raise DrafterError(
                f"无法在该目录写文件（{os_reason(exc)}）", path=folder, hint=os_hint(exc, "检查目录权限。")
            ) from exc
        _fill_and_rename(fd, tmp, path, data, mode)


def _new_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new file `.NAME.PID.XXXXXXXX.tmp` in `folder`, opened for writing: its descriptor and absolute path.

    What tempfile.mkstemp does (created exclusively, mode 0600, never through a link, eight random characters), without
    importing tempfile, which loads shutil, bz2, lzma and random for a written draft's three files (#18).
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)  # Windows: no newline translation
    for _ in range(100):  # as mkstemp: another name when one is taken
        tmp = os.path.abspath(os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}"))
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "没有可用的临时文件名", str(folder))


TEMP_SUFFIX = ".tmp"
_NAME_MAX = 255  # bytes of a file name (ext4, XFS, APFS; NTFS counts 255 UTF-16 units)
# what a temporary adds to the name: the dots, a pid, eight random characters and .tmp
_TEMP_EXTRA = 24
# A file stamp (mtime, ctime) younger than this may still move within its clock tick: a file stat'ed at that stamp is
# not trusted to be the file read (git's "racily clean" rule; the corpus manifest and the library's digests).
SETTLE_NS = 2_000_000_000
_swept: set[str] = set()  # folders this process has cleared of temporaries left by a killed writer


def _sweep_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files a writer killed outright (kill -9, power cut) left in `folder`.

    Signals are held while a file is written, but kill -9 cannot be: its `.讲话.md.<pid>.<random>.tmp`
    stays, hidden, never read as a speech or a fragment, yet never removed either. A temporary whose
    writer (the pid in its name) is no longer running on this machine is such a leftover. Once per
    folder and process: an ingest of ten thousand speeches lists its corpus folder once, not per file.
    """
    # the folder as named first: resolving it (a syscall a part) came before every write (#18)
    seen = os.path.abspath(folder)
    if seen in _swept:
        return
    key = str(folder.resolve())
    done = key in _swept
    _swept.update((seen, key))
    if done:
        return
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(".") and e.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for entry in entries:
        pid = _writer_pid(entry.name)
        if pid and pid != os.getpid() and not _running(pid):
            with lazyctx.suppress(OSError):
                os.unlink(entry.path)


def _writer_pid(name: str) -> int:
    """The writer's pid in a temporary's name (`.讲话.md.4242.k3j_x9.tmp`), or 0 when it has none."""
    parts = name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
    ours = len(parts) == 3 and parts[1].isdigit() and len(parts[2]) == 8  # eight random characters (mkstemp's before)
    return int(parts[1]) if ours else 0


def _running(pid: int) -> bool:
    """Whether a process `pid` runs on this machine (one we may not signal runs too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def check_writable(path: str | Path) -> Path:
    """The folder `path` would be written in, once it is sure a file can be written there; else say why.

    Called before a command does its work (drafting, an audit) as well as by every write, so a
    wrong -o is said at once, not after the work is done and lost.

    Raises:
        DrafterError: `path` is a folder or read-only, or its folder is missing, not a folder or not writable.
    """
    return _checked_folder(Path(path))[0]


def refuse_empty_name(path: str | Path) -> None:
    """Refuse an output named by nothing: `-o ""` is Path("."), which was said as 这是一个文件夹 naming “.” (newuser38).

    Raises:
        UsageError: `path` is empty or “.”.
    """
    if str(path) in ("", "."):
        from drafter.errors import UsageError

        raise UsageError("输出文件名是空的（写的是空字符串或“.”），不知道写到哪里",
                         hint="写出文件名，如 -o 讲话.docx（diff 是 --html 对比.html）；只想在屏幕上看，不加这个选项。")  # fmt: skip


def _checked_folder(path: Path) -> tuple[Path, int | None]:
    """`check_writable`, and the mode of the file at `path` (None: none there). One stat of the file and one of its
    folder (Path.is_dir, exists, stat and the folder's exists and is_dir were five, on every write: #18)."""
    refuse_empty_name(path)
    try:
        st: os.stat_result | None = os.stat(path)
    except (OSError, ValueError):
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):  # -o 讲话稿/ or -o "" (the current folder): a file name is wanted
        raise DrafterError("这是一个文件夹，不能作为输出文件", path=path, hint="在文件夹后写出文件名，如 -o 讲话.docx。")
    if st is not None and not st.st_mode & stat.S_IWUSR:
        raise DrafterError(
            "文件是只读的，没有写入", path=path,
            hint="如确要修改，先去掉它的只读属性（chmod u+w），或写到另一个文件。",
        )  # fmt: skip
    room = _NAME_MAX - _TEMP_EXTRA
    if len(path.name) * 4 > room and len(os.fsencode(path.name)) > room:
        # its temporary (.<name>.<pid>.<random>.tmp) would not fit: said after the draft was made, naming the folder
        # and to check its permissions (newuser36)
        raise DrafterError(
            f"文件名太长（{len(os.fsencode(path.name))} 字节），写不进去", path=path,
            hint="用短一些的文件名，如 讲话.md（六十个汉字以内都可以）。",
        )  # fmt: skip
    folder = path.parent if str(path.parent) else Path(".")
    try:
        is_folder: bool | None = stat.S_ISDIR(os.stat(folder).st_mode)
    except (OSError, ValueError):
        is_folder = None  # missing (or not to be looked at: as Path.exists said, it does not exist)
    if is_folder is False:
        raise DrafterError("这是一个文件，不是目录，不能在其中写文件", path=folder, hint="换一个输出路径。")
    if not is_folder:
        raise DrafterError("目标目录不存在", path=folder, hint="先创建该目录，或换一个输出路径。")
    if not os.access(folder, os.W_OK | os.X_OK):
        # named by its full path: `-o 新.docx` in a read-only folder said “.：没有……权限”, and a read-only disk (a CD,
        # a share mounted read-only) is no question of permissions (newuser39)
        where = folder.absolute() if folder == Path(".") else folder
        if _read_only_disk(folder):
            raise DrafterError(f"这个文件夹在只读的磁盘上，不能写入 {path.name}", path=where,
                               hint="把文件写到自己能写的文件夹（如桌面或主目录），如 -o ~/桌面/" + path.name + "。")  # fmt: skip
        raise DrafterError(
            f"没有在这个目录写文件的权限，不能写入 {path.name}", path=where,
            hint="换一个自己能写的文件夹（如桌面或主目录），或请管理员开放权限。",
        )  # fmt: skip
    return folder, (st.st_mode if st is not None else None)


def _read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return False


def _fill_and_rename(fd: int, tmp: str, path: Path, data: bytes, mode: int | None = -1) -> None:
    """Write `data` into the temporary file and rename it onto `path`; remove it on any failure. `mode`: the mode of the
    file at `path` as stat'ed just before (None: no file there), or -1 to look now."""
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mode == -1:
            mode = path.stat().st_mode if path.exists() else None
        os.chmod(tmp, mode & 0o777 if mode is not None else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DrafterError(
            f"写入失败（{os_reason(exc)}），原有文件未改动", path=path, hint=os_hint(exc, "检查路径和权限。")
        ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@lazyctx.contextmanager
def all_or_none(*paths: Path) -> Iterator[None]:
    """Files written together in the block: when it fails (a full disk at the second file, an error), each of
    `paths` is put back as it was before the block, a file the block created is removed.

    A draft written whole with its record failing on a full disk stayed alone, with no record: a later
    `draft -o` refused to overwrite it as not drafter's, `update` could not read it. Each existing file is kept
    by a hard link (no copy, no space) named as a temporary of this process, so a kill -9 leaves nothing a
    later write does not sweep.
    """
    kept: dict[Path, Path | None] = {}
    for path in paths:
        path = path.resolve() if path.is_symlink() else path
        if path in kept:
            continue
        keep: Path | None = None
        if path.is_file():
            keep = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}")  # no `secrets`: hmac, OpenSSL
            try:
                os.link(path, keep)
            except OSError:
                keep = None  # no hard links here: the file is not put back, as before
        kept[path] = keep
        if keep is None and path.exists():
            kept.pop(path)  # an existing file we could not keep: left as the block leaves it
    try:
        yield
    except BaseException:
        for path, keep in kept.items():
            with lazyctx.suppress(OSError):
                if keep is None:
                    path.unlink(missing_ok=True)
                elif _same_file(keep, path):  # the block left `path` alone (rename(2) of a link onto itself: no-op)
                    os.unlink(keep)
                else:
                    os.replace(keep, path)
        raise
    else:
        for keep in kept.values():
            if keep is not None:
                with lazyctx.suppress(OSError):
                    os.unlink(keep)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


@lazyctx.contextmanager
def told_if_cancelled(written: list[Path]) -> Iterator[None]:
    """A Ctrl+C or SIGTERM raised in the block carries the files in `written` (complete by then).

    A signal held while files are written arrives the moment they are done: the message
    must say they are there and whole, not only 已取消 (the command line prints `written`).
    """
    try:
        yield
    except KeyboardInterrupt as exc:
        if written:
            setattr(exc, "written", tuple(written))  # noqa: B010 - an attribute KeyboardInterrupt does not declare
        raise


@lazyctx.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl+C and SIGTERM wait until the block is done: files written together are all written or none.

    A signal that arrives meanwhile is delivered when the block ends. Where signals
    cannot be blocked (Windows), the block runs as it is. The mask is the calling thread's:
    the command runs in one thread, so a signal to the process waits too.
    """
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def readable(text: str) -> str:
    """`text` with the bytes of a non-UTF-8 file name (lone surrogates from the OS) read as GBK.

    A name from a Windows archive (讲话.txt in GBK) is then shown as 讲话.txt, not as a
    string no UTF-8 file or terminal can hold.
    """
    import re

    return re.sub(
        "[\udc80-\udcff]+", lambda m: m.group().encode("utf-8", "surrogateescape").decode("gb18030", "replace"), text
    )


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write UTF-8 text to `path` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def walk_files(root: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """Files under `root` with one of `suffixes` (sorted), and the folders that could not be read.

    Hidden files and Office lock files (~$…) are left out. Unlike Path.rglob,
    a folder without read permission is reported instead of silently skipped.

    A process keeps what it found (`_WALKED`) with the stamp of every folder it listed, and lists again only when one
    of them changed: a file added, removed or renamed changes its folder's modification and change time. Kept only
    when every folder was readable and its times were SETTLE_NS old when the walk began (a change during the walk,
    or within a coarse clock's tick of it, is never kept as if listed). A draft walked the library on every run:
    ~100 Path objects made and sorted, about half of reading the library in a resident's child.
    """
    key = (str(root), suffixes)
    known = _WALKED.get(key)
    if known is not None and all(_folder_stamp(folder) == stamp for folder, stamp in known[0]):
        return list(known[1]), []
    began = time.time_ns()
    found: list[Path] = []
    unreadable: list[Path] = []
    folders: list[str] = []

    def failed(exc: OSError) -> None:
        unreadable.append(Path(exc.filename) if exc.filename else root)

    for folder, dirs, names in os.walk(root, onerror=failed):
        dirs.sort()
        folders.append(folder)
        found += [
            Path(folder) / name for name in names
            if name.lower().endswith(suffixes) and not name.startswith((".", "~$"))
            and not (name.lower().endswith((".html", ".htm")) and drafter_report(Path(folder) / name))
        ]  # fmt: skip
    found.sort()
    stamps = [(folder, _folder_stamp(folder)) for folder in folders]
    if not unreadable and all(s is not None and max(s[1], s[2]) <= began - SETTLE_NS for _, s in stamps):
        if len(_WALKED) >= 16:
            _WALKED.clear()
        _WALKED[key] = (tuple(stamps), tuple(found))
    return list(found), sorted(unreadable)


# The mark drafter's own HTML reports (diff --html, audit -f html) carry in their head: a report kept beside the
# speeches it compared is no speech to read (lead44: saved web pages are read as speeches).
REPORT_MARK = '<meta name="generator" content="drafter">'


def drafter_report(path: Path) -> bool:
    """Whether an .html file is a report drafter wrote (its head carries `REPORT_MARK`)."""
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError:
        return False  # read (and reported) as any file
    return REPORT_MARK.encode() in head


# What walk_files found under a root (for these suffixes), with the stamp of each folder it listed.
_WALKED: dict[tuple[str, tuple[str, ...]], tuple[tuple[tuple[str, Any], ...], tuple[Path, ...]]] = {}


def files_stamp(files: Sequence[Path]) -> tuple[Any, ...] | None:
    """What changes when any of `files` changes: the name, mtime, size, inode and change time of each (any write
    changes the ctime), or None when one cannot be looked at. A library's and a template folder's (#18)."""
    try:
        # (os.stat of the name: Path.stat made the name again for each of a library's ~150 files, every draft)
        return tuple((name, st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns)
                     for name in map(str, files) for st in [os.stat(name)])  # fmt: skip
    except OSError:
        return None


def _folder_stamp(folder: str) -> tuple[int, int, int, int] | None:
    """What changes when a folder's entries change (or it is replaced): inode, modification and change time, device."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_dev)


def load_data_table(path: Path) -> Any:
    """A data table shipped with drafter (drafter/data/*.yaml), parsed as `parse_data_yaml` does.

    The parsed table is cached (drafter.cachefile) by the file's content and the
    installed PyYAML, so most commands never import PyYAML.

    Raises:
        OSError: the file cannot be read.
        ValueError: the file is not valid YAML (with the YAML parser's message).
    """
    from drafter.cachefile import cached

    data = path.read_bytes()
    return cached(f"table-{path.stem}", cache_key(data, module_stamp("yaml").encode()), lambda: _parse_table(data))


def _parse_table(data: bytes) -> Any:
    import yaml

    try:
        return parse_data_yaml(data.decode("utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from exc


def cache_key(*parts: bytes) -> str:
    """A key for a cache file from what its content depends on (XXH3-128 of the parts, 32 hex digits).

    Not hashlib: hashlib loads OpenSSL (~2.5 ms of a start) and a cache key needs no
    cryptographic hash; xxhash is already what the library cache hashes fragment files with.
    """
    from xxhash import xxh3_128

    digest = xxh3_128()
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))  # parts kept apart: (ab, c) is not (a, bc)
        digest.update(part)
    return digest.hexdigest()


BACKUPS_KEPT = 5  # numbered backups (.bak2 …) an update keeps besides .bak; `drafter update --help` says so


def _numbered_backups(path: Path) -> list[tuple[int, Path]]:
    """FILE.bak2, FILE.bak3 … beside `path`, oldest first (by their number)."""
    head = path.name + ".bak"
    found: list[tuple[int, Path]] = []
    try:
        names = [p.name for p in path.parent.iterdir()]
    except OSError:
        return found
    for name in names:
        tail = name[len(head):] if name.startswith(head) else ""
        if tail.isascii() and tail.isdigit() and int(tail) >= 2:
            found.append((int(tail), path.with_name(name)))
    return sorted(found)


def free_backup_path(path: Path, data: bytes) -> Path:
    """Where to keep `path`'s current bytes `data` before rewriting it: FILE.bak, else the next FILE.bakN.

    An earlier backup is never overwritten (a second `update` must not lose the draft the first
    one kept); the latest backup is reused when it already holds exactly `data`. Numbers go on from
    the highest one there (the older ones pruned by `prune_backups` leave gaps below it).
    """
    first = path.with_name(path.name + ".bak")
    if not first.exists():
        return first
    numbered = _numbered_backups(path)
    latest = numbered[-1][1] if numbered else first
    if latest.is_file() and latest.stat().st_size == len(data) and latest.read_bytes() == data:
        return latest
    return path.with_name(f"{path.name}.bak{numbered[-1][0] + 1 if numbered else 2}")


def prune_backups(path: Path, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Delete all but the newest `keep` numbered backups of `path` (a week of updates left dozens; newuser39).

    FILE.bak, the draft before its first update, stays; so do the newest rounds, the latest of which holds the
    writer's last version before the last update. Best effort: a backup that cannot be deleted stays.
    Returns the backups deleted.
    """
    gone: list[Path] = []
    for _n, old in _numbered_backups(path)[:-keep] if keep > 0 else []:
        try:
            if old.is_file() and not old.is_symlink():
                old.unlink()
                gone.append(old)
        except OSError:
            pass
    return gone


def record_path(output: str | Path) -> Path:
    """Where the record of a draft written to `output` goes: `<stem>.answers.yaml` (see drafter.answers)."""
    output = Path(output)
    return output.with_name(output.stem + ".answers.yaml")


def module_stamp(name: str) -> str:
    """Where an installed module is and when it was installed, without importing it (for cache keys)."""
    from drafter.specs import find_spec

    spec = find_spec(name)
    if spec is None or not spec.origin:
        return name
    return f"{spec.origin}\0{os.stat(spec.origin).st_mtime_ns}"


def parse_data_yaml(text: str) -> Any:
    """YAML of a data table or a record, read safely; with libyaml's C parser when PyYAML has it.

    The same loader as yaml.safe_load (safe constructor, same resolver), about ten
    times faster, which matters because every command reads a few tables.
    """
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
