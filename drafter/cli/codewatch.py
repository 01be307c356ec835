"""Whether drafter's files may have changed since the resident loaded them, told by the kernel (inotify, Linux).

Before each command the resident checks that drafter's files and the folders on sys.path are those it loaded
(`resident_server.code_stamp`: a stat of each of ~220 files and folders, ~0.7 ms of every command, #18). With a
watch on every folder that stamp reads (and on the file or nearest existing folder of each sys.path entry), the
kernel queues an event for any change there, and a command whose queue is empty needs no stat: nothing changed.
Any event, even one that changed nothing the stamp reads, sends the resident to the full stamp as before.

Only on local file systems (ext4, xfs, btrfs, tmpfs, overlay …), where every change goes through this kernel; on any
other (NFS, a FUSE mount), or when a folder cannot be watched, there is no watch and every command stats as before.
"""

from __future__ import annotations

import contextlib
import os
import sys

# Local file systems: every change to them is made through this kernel, which tells inotify.
_LOCAL = frozenset({"ext2", "ext3", "ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "f2fs", "jfs", "reiserfs",
                    "nilfs2", "bcachefs"})  # fmt: skip
_IN_NONBLOCK, _IN_CLOEXEC = os.O_NONBLOCK, 0o2000000
# A folder: any change to an entry in it or to the folder itself (IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM,
# IN_MOVED_TO, IN_CREATE, IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF).
_ANY_CHANGE = 0x002 | 0x004 | 0x008 | 0x040 | 0x080 | 0x100 | 0x200 | 0x400 | 0x800


class CodeWatch:
    """An inotify queue watching the folders of a code stamp; `quiet` says whether nothing happened since."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def quiet(self) -> bool:
        """True when no event came since the watch began or was last asked (the events that came are dropped)."""
        found = False
        while True:
            try:
                if not os.read(self.fd, 65536):
                    return not found
            except BlockingIOError:
                return not found
            except OSError:
                return False
            found = True

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


def watch(package: str) -> CodeWatch | None:
    """A watch on every folder `code_stamp(package)` reads, armed now (so a change made after this returns is seen);
    None off Linux, off a local file system, or when a folder cannot be watched."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        init, add = libc.inotify_init1, libc.inotify_add_watch
    except (OSError, AttributeError):
        return None
    paths = _folders(package) + [_watched(entry) for entry in sys.path]
    mounts = _mounts()
    if mounts is None or any(_fs_type(os.path.realpath(p), mounts) not in _LOCAL for p in paths):
        return None
    fd = init(_IN_NONBLOCK | _IN_CLOEXEC)
    if fd < 0:
        return None
    for path in paths:
        if add(fd, os.fsencode(path), _ANY_CHANGE) < 0:
            os.close(fd)
            return None
    return CodeWatch(fd)


def _folders(package: str) -> list[str]:
    """The package folder and every folder below it that `code_stamp` walks."""
    found, stack = [], [package]
    while stack:
        folder = stack.pop()
        found.append(folder)
        with os.scandir(folder) as entries:
            stack += [e.path for e in entries if e.is_dir(follow_symlinks=False) and e.name not in ("__pycache__", "_shipped")]
    return found


def _watched(entry: str) -> str:
    """What to watch for a sys.path entry: the folder or file itself, or, when it does not exist (yet), the nearest
    folder above it that does (its creation is an event there)."""
    path = os.path.abspath(entry or ".")
    while not os.path.exists(path) and os.path.dirname(path) != path:
        path = os.path.dirname(path)
    return path


def _mounts() -> list[tuple[str, str]] | None:
    """(mount point, file system type) of every mount this process sees, longest mount point first."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as info:
            lines = info.read().splitlines()
    except OSError:
        return None
    mounts = []
    for line in reversed(lines):  # a later mount over the same point hides the earlier: it comes first (sort is stable)
        before, _, after = line.partition(" - ")
        fields, rest = before.split(), after.split()
        if len(fields) >= 5 and rest:
            mounts.append((_unescape(fields[4]), rest[0]))
    return sorted(mounts, key=lambda m: -len(m[0]))


def _unescape(path: str) -> str:
    r"""A mount point as mountinfo writes it (a space as \040)."""
    return path.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def _fs_type(path: str, mounts: list[tuple[str, str]]) -> str:
    """The file system type of the mount holding `path`."""
    for point, kind in mounts:
        if path == point or path.startswith(point.rstrip("/") + "/"):
            return kind
    return ""
