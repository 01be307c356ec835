"""Safety limits for everything drafter reads, renders or rewrites, in one place.

Fragment libraries, templates and speeches are shared between offices and may
be hostile: every reader checks its input against these bounds before doing
work that grows with it, and every read-modify-write of a shared file holds
`file_lock` so that two people editing at once never lose an update.
"""

from __future__ import annotations

import _thread
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from drafter import lazyctx
from drafter.errors import DrafterError, LimitError, LockError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

# YAML (fragment files, templates, answers records, font profiles).
MAX_YAML_BYTES = 8 * 1024 * 1024
MAX_YAML_NODES = 500_000  # nodes after expanding every alias: stops "billion laughs"
MAX_YAML_DEPTH = 64

# Memos keyed by a fragment (its sentences, topics, counts …): a resident keeps them across library edits, each edit
# a new set of fragments; ~6 libraries of today's ~2,600 fragments fit (#18: functools.cache grew without bound).
FRAGMENTS_KEPT = 16_384

# Speech files.
MAX_TEXT_BYTES = 32 * 1024 * 1024
MAX_DOCX_BYTES = 64 * 1024 * 1024  # the .docx file itself
MAX_DOCX_UNPACKED = 256 * 1024 * 1024  # all parts, as declared in the zip directory
MAX_DOCX_XML = 48 * 1024 * 1024  # XML parts that python-docx parses
MAX_DOCX_PARTS = 5_000
MAX_DOCX_PARAGRAPHS = 100_000
# One document of an archive `audit` compares (normalised characters): a speech is a few
# thousand; a larger file is refused rather than compared.
MAX_AUDIT_CHARS = 1_000_000
# One text `drafter check` reads (a speech, or a file of several): 10 MB of text took 76 s, on the web page too.
MAX_CHECK_CHARS = 1_000_000
# One request to `drafter serve` (an uploaded speech, a form): a speech is far smaller.
MAX_UPLOAD_BYTES = 16 * 1024 * 1024

# Jinja rendering of fragments and templates.
MAX_JINJA_NESTING = 16  # nested {% if/for %} blocks
MAX_LOOP_NESTING = 3  # nested {% for %} loops
MAX_RENDER_CHARS = 2_000_000  # one rendered text
# Loop steps one text may take at most, counted before it runs: each {% for %} over a variable as 500 steps (a list
# answer has at most 50 items, an item at most 500 characters), over anything else (a filter's result) as 25,000,
# times the loops around it. Two loops nested over answers fit; three (125 million steps, minutes of a draft
# that writes nothing) do not.
MAX_LOOP_STEPS = 300_000
MAX_RENDER_SECONDS = 10.0
# Answers: the longest real meeting name is about fifty characters (…全体会议暨县委经济工作会议暨…), one
# achievement or task a few lines. A name of thousands (a pasted page) made a speech of hundreds of minutes.
MAX_NAME_CHARS = 80  # place, meeting, speaker, reporter … (any answer that is not a list)
MAX_ITEM_CHARS = 500  # one item of a list answer
MAX_ITEMS = 50  # items of one list answer
NAME_LOOP_STEPS = max(MAX_ITEMS, MAX_ITEM_CHARS)  # the steps of a {% for %} over a variable (the plain renderer's too)
MAX_MINUTES = 120  # --minutes: no speech is longer, and planning one would only spin
MAX_SEARCH_CHARS = 100  # a search: fuzzy scoring grows with the query (40,000 characters ran for minutes)

# Earlier speeches a draft steers away from (--avoid folders, the history of a place and meeting).
MAX_AVOID_FILES = 500
MAX_HISTORY_ENTRIES = 20

# How long a writer waits for another's lock on a shared file.
LOCK_TIMEOUT_SECONDS = 30.0

# Programs export runs: LibreOffice converting to PDF (one call may convert several
# files), fontconfig listing and matching fonts.
PDF_CONVERT_SECONDS = 180.0
FONTCONFIG_SECONDS = 10.0


def check_size(
    path: str | Path, size: int, limit: int, what: str, error: type[DrafterError] = LimitError
) -> None:
    """Refuse an input larger than `limit` bytes.

    Raises:
        LimitError (or `error`): naming the file, its size and the limit.
    """
    if size > limit:
        raise error(
            f"{what}过大（{_mb(size)}，上限 {_mb(limit)}），已拒绝，未做任何处理",
            path=path, hint="确认文件来源可靠；如确需处理，请拆分成较小的文件。",
        )  # fmt: skip


NOT_REGULAR = "不是普通文件（是设备、管道，或指向它们的链接），已拒绝读取"
NOT_A_FILE = "这是一个文件夹，不是文件"


def missing_or_not_regular(path: str | Path, missing: str) -> str:
    """What to tell a user whose path is not a readable file: `missing`, or that it is a device or pipe."""
    if os.path.isdir(path):
        return NOT_A_FILE
    return NOT_REGULAR if os.path.exists(path) else missing


def read_limited(
    path: str | Path, limit: int, what: str, error: type[DrafterError] = LimitError
) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, read without trusting its stated size.

    A shared library or an incoming folder may hold a link to a device (/dev/zero, /dev/urandom)
    or a named pipe under a harmless name: such a file states size 0 and never ends (or never
    starts). It is refused before any byte is read, and no read goes past `limit` + 1 bytes.

    Raises:
        OSError: the file cannot be opened or read.
        LimitError (or `error`): not a regular file, or larger than `limit`.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(NOT_A_FILE, path=path, hint="写出文件夹中的文件名，如 讲话稿/讲话.docx。")
        if not stat.S_ISREG(info.st_mode):
            raise error(
                NOT_REGULAR, path=path,
                hint="换成普通文件；来自别人的片段库或文件夹请先确认来源。",
            )  # fmt: skip
        check_size(path, info.st_size, limit, what, error)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            check_size(path, total, limit, what, error)  # grew while being read
        return b"".join(chunks)
    finally:
        os.close(fd)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} 字节"


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@lazyctx.contextmanager
def file_lock(path: str | Path, timeout: float = LOCK_TIMEOUT_SECONDS, *, tidy: bool = False) -> Iterator[None]:
    """Hold an exclusive, cross-process lock for a read-modify-write of `path`.

    The lock is a hidden sibling file (`.name.lock`), so the file itself can be
    replaced atomically while the lock is held. On POSIX it is a `flock` on that
    file, taken here (the filelock package, which takes the same `flock`, costs a
    draft's start ~5 ms to import); where `flock` is missing or refused (Windows,
    some network file systems) filelock's own.

    `tidy`: the lock file is removed when the lock is released, for a lock beside the user's own files (a speech
    `update` rewrites: Windows shows dot files). Every taker of a tidy lock checks, once it holds the flock, that
    the lock file it holds is still the one at that name (a releaser may have removed it meanwhile) and else takes
    the new one; so every taker of one tidy lock must pass `tidy=True`.

    Raises:
        LockError: another process held the lock for longer than `timeout`.
    """
    target = Path(path)
    try:
        with _flock(_lock_path(target), timeout, tidy):
            yield
    except TimeoutError as exc:
        raise LockError(
            f"文件正被另一个 drafter 进程修改，等待 {timeout:.0f} 秒后仍未释放",
            path=target,
            hint=f"稍后再试；如确认没有其他人在修改，删除同目录下的 .{target.name}.lock 后重试。",
        ) from exc
    except PermissionError as exc:
        raise LockError(
            "无法在文件所在目录创建锁文件（没有写权限）",
            path=target,
            hint="检查目录权限，或把文件（讲话稿、片段库）复制到自己能写的文件夹再试；drafter update 也可用 -o 把改好的稿子写到别处。",
        ) from exc


# Lock files this thread holds, with how many times (a nested lock of the same file in one thread is the same
# lock, as filelock's is: a second flock through another descriptor would wait for the first forever).
_held: dict[tuple[int, str], int] = {}


@lazyctx.contextmanager
def _flock(lock_file: Path, timeout: float, tidy: bool = False) -> Iterator[None]:
    """An exclusive flock on `lock_file` (created if missing), waited for at most `timeout` seconds; `tidy`: see
    `file_lock` (the file is removed on release).

    Raises:
        TimeoutError: still held by another after `timeout`.
        PermissionError: the lock file cannot be created or opened.
    """
    held = _held
    key = (_thread.get_ident(), os.path.abspath(lock_file))
    if held.get(key):
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    try:
        import fcntl
    except ImportError:  # Windows
        fcntl = None  # type: ignore[assignment]
    fd = None
    if fcntl is not None:
        import time

        deadline = time.monotonic() + max(timeout, 0)
        while True:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            try:
                if not _flock_wait(fcntl, fd, deadline - time.monotonic()):
                    os.close(fd)
                    raise TimeoutError(str(lock_file))
            except OSError as exc:
                if isinstance(exc, TimeoutError):
                    raise
                os.close(fd)
                if exc.errno not in (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK, errno.EINVAL):
                    raise
                fd = None  # this file system has no flock: filelock's own way below
                break
            if not tidy or _same_file(fd, lock_file):
                break
            os.close(fd)  # its holder removed it on release after we opened it: take the one at the name now
    if fd is None:
        import filelock

        try:
            with filelock.FileLock(str(lock_file), timeout=timeout):
                held[key] = 1
                try:
                    yield
                finally:
                    held.pop(key, None)
        except filelock.Timeout as exc:
            raise TimeoutError(str(lock_file)) from exc
        return
    held[key] = 1
    try:
        yield
    finally:
        held.pop(key, None)
        if tidy:
            with lazyctx.suppress(OSError):
                os.unlink(lock_file)  # while still held: a waiter on this file sees it gone and takes a new one
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    """Whether the open `fd` is still the file at `path`."""
    try:
        at_name = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (at_name.st_dev, at_name.st_ino)


def _flock_wait(fcntl: Any, fd: int, timeout: float) -> bool:
    """Take the flock on `fd`, polling until `timeout` seconds have passed; False if it never came free."""
    import time

    deadline = time.monotonic() + max(timeout, 0)
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
