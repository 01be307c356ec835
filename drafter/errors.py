"""One exception tree for drafter.

Every error carries a message in Chinese that tells the user what went wrong,
where (file, line, fragment id) and what to do. The CLI is the only place that
turns these into text and exit codes.
"""

from __future__ import annotations

from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import TypedDict


class DrafterError(Exception):
    """Base class of every error drafter raises on purpose.

    Attributes:
        exit_code: the process exit code the CLI uses (1 error, 2 usage).
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        """Return the full user-facing message: location, what, what to do."""
        where = ""
        if self.path:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += "："
        text = f"{where}{self.message}"
        if self.hint:
            text += f"\n  处理办法：{self.hint}"
        return text


class LimitError(DrafterError):
    """An input exceeded a safety limit (size, expansion, nesting, render time or output)."""


class LockError(DrafterError):
    """A shared file stayed locked by another process for too long."""


class UsageError(DrafterError):
    """The command line or the answers are incomplete or contradictory."""

    exit_code = 2


class MissingAnswersError(UsageError):
    """Variables that need a value were not answered (and prompting is off)."""

    def __init__(self, missing: list[tuple[str, str]], *, misspelt: tuple[str, ...] = ()) -> None:
        self.missing = missing
        lines = "\n".join([*(f"  - {name}：{prompt}" for name, prompt in missing), *(f"  {m}" for m in misspelt)])
        super().__init__(
            f"缺少以下答案：\n{lines}",
            hint="用 --set 名称=值 或 --answers 文件 提供，或去掉 --no-input 以交互方式回答。",
        )


class SourceError(DrafterError):
    """A source or input document cannot be read."""


class SourceUnavailable(SourceError):
    """A source that cannot be read now but may be later, the file itself unchanged: it could not be opened (a
    permission, a disk), or the tool it needs is not installed (LibreOffice for .doc/.wps). `diff`'s index tries such
    a source again on its next run instead of remembering it as unreadable until the file changes. (A conversion that
    timed out or was killed is not one: the file is the likely cause, and trying it on every run costs minutes.)"""


class LibraryError(DrafterError):
    """The fragment library cannot be loaded or is inconsistent."""


class FragmentFormatError(LibraryError):
    """A fragment file or fragment does not follow the fragment format."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        fragment_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.fragment_id = fragment_id
        self.words = ""  # the words at the fault, when a reader of a pasted snippet can find their line
        if fragment_id:
            message = f"片段 {fragment_id}：{message}"
        super().__init__(message, path=path, line=line, hint=hint)


class TemplateError(DrafterError):
    """A speech template is missing, malformed or unsafe."""


class RenderError(DrafterError):
    """A fragment or template failed while rendering."""


class ExportError(DrafterError):
    """A draft cannot be written in the requested format."""


class OverwriteError(DrafterError):
    """An output file holds text drafter did not write there last (it was edited by hand)."""


if TYPE_CHECKING:

    class ErrorContext(TypedDict, total=False):
        """Where a fragment problem is: the keyword arguments FragmentFormatError takes besides hint."""

        path: str | Path | None
        line: int | None
        fragment_id: str | None

else:  # a TypedDict compiles its annotations when it is made (every command imports this module): a dict is one
    ErrorContext = dict


# What the operating system said, in the user's words (its own strerror text is English).
_OS_REASONS = {
    "ENOSPC": "磁盘空间已满", "EDQUOT": "磁盘配额已用完", "EFBIG": "文件超出系统允许的大小",
    "EACCES": "没有权限", "EPERM": "没有权限", "EROFS": "所在的磁盘是只读的",
    "ENOENT": "文件或文件夹不存在", "EISDIR": "这是文件夹，不是文件", "ENOTDIR": "路径中有一段不是文件夹",
    "ENAMETOOLONG": "文件名太长", "ELOOP": "符号链接循环", "EIO": "磁盘读写出错",
    "EBUSY": "文件正被占用", "ETXTBSY": "文件正被占用", "EMFILE": "打开的文件太多",
    "ENFILE": "打开的文件太多", "EADDRINUSE": "端口已被占用", "EADDRNOTAVAIL": "本机没有这个地址",
    "EPIPE": "输出已被关闭", "EXDEV": "不能跨磁盘移动", "EEXIST": "已有同名文件", "ENXIO": "设备不存在",
}  # fmt: skip

_OS_HINTS = {
    "ENOSPC": "腾出磁盘空间，或写到另一块磁盘。", "EDQUOT": "腾出磁盘空间，或写到另一块磁盘。",
    "EACCES": "检查文件和文件夹的权限，或换一个位置。", "EPERM": "检查文件和文件夹的权限，或换一个位置。",
    "EROFS": "写到另一个可写的文件夹。",
    "EFBIG": "本机限制了单个文件的大小（ulimit -f）：写到没有这个限制的地方，或请管理员放宽限制。",
}  # fmt: skip


def os_reason(exc: OSError) -> str:
    """The reason of an OSError in Chinese: 磁盘空间已满, 没有权限 … (never the English strerror)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name) or (f"系统错误 {name}" if name else "系统错误")


def read_reason(exc: OSError | UnicodeDecodeError) -> str:
    """Why a text file could not be read, in Chinese (an OSError or a file that is not UTF-8)."""
    if isinstance(exc, UnicodeDecodeError):
        return f"不是 UTF-8 编码（第 {exc.start + 1} 个字节起无法解码）"
    return os_reason(exc)


def os_hint(exc: OSError, default: str) -> str:
    """What to do about an OSError: the fix for a full or read-only disk, else `default`."""
    import errno

    return _OS_HINTS.get(errno.errorcode.get(exc.errno or 0, ""), default)
