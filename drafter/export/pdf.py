"""Convert .docx files to PDF with LibreOffice (soffice --headless), when it is installed.

Each conversion runs in its own temporary folder with its own LibreOffice
profile (-env:UserInstallation), so it neither disturbs nor waits for a
LibreOffice the user has open, and it is bounded in time. Several files go
through one soffice start, which costs about a second.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from drafter.errors import ExportError
from drafter.limits import PDF_CONVERT_SECONDS

_INSTALL_HINT = (
    "安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），"
    "或先导出 .docx，再用 Word/WPS 另存为 PDF。"
)


def find_soffice() -> str | None:
    """The LibreOffice program (soffice or libreoffice) on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice(path: Path | None = None) -> str:
    """The LibreOffice program, or the error saying to install it (naming the PDF `path` not written).

    Raises:
        ExportError: LibreOffice is not installed.
    """
    soffice = find_soffice()
    if soffice is None:
        raise ExportError("导出 PDF 需要 LibreOffice，本机没有安装", path=path, hint=_INSTALL_HINT)
    return soffice


def docx_to_pdf(docx: bytes) -> bytes:
    """The PDF of a .docx given as bytes.

    Raises:
        ExportError: LibreOffice is not installed, timed out or made no PDF.
    """
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
        source = Path(tmp) / "speech.docx"
        source.write_bytes(docx)
        (pdf,) = convert_files([source], Path(tmp))
        return pdf.read_bytes()


def convert_files(
    sources: Sequence[Path], outdir: Path, timeout: float = PDF_CONVERT_SECONDS
) -> list[Path]:
    """Convert .docx files to PDF in `outdir` with one soffice call; the PDF paths, in order.

    Raises:
        ExportError: LibreOffice is not installed, timed out or made no PDF.
    """
    soffice = require_soffice()
    with tempfile.TemporaryDirectory(prefix="drafter-lo-", ignore_cleanup_errors=True) as profile:
        command = [
            soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources),
        ]  # fmt: skip
        stderr, code = _run(command, timeout)
    pdfs = [outdir / (source.stem + ".pdf") for source in sources]
    missing = [p for p in pdfs if not p.is_file()]
    if missing:
        # It said “没有生成 PDF：speech.pdf（Warning: failed to launch javaldx …）” (newuser36, soffice killed): a
        # name of our temporary folder and LibreOffice's last English line, neither what happened nor the file.
        why = _how_it_ended(code, stderr)
        raise ExportError(f"LibreOffice 没有生成 PDF（{why}）", hint=_FAILED_HINT)
    return pdfs


_FAILED_HINT = (
    "再导出一次；一再失败时先导出 .docx（-o 讲话.docx）检查内容，用 Word/WPS 另存为 PDF，"
    "或关掉其他 LibreOffice 窗口后重试。"
)


def _how_it_ended(code: int | None, output: str) -> str:
    """How soffice ended, in Chinese: killed by a signal, an exit code, or ended with no PDF."""
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return f"它中途被终止，{name}"
    if code:
        return f"它出错退出，退出码 {code}"
    errors = [line for line in output.splitlines() if line.strip().lower().startswith("error")]
    return "它报告：" + errors[-1].strip()[:200] if errors else "它没有说明原因"


def _run(command: list[str], timeout: float) -> tuple[str, int | None]:
    """Run soffice in its own process group, killed whole on timeout; its stderr and stdout, and its exit code."""
    try:
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        from drafter.errors import os_reason

        raise ExportError(f"无法启动 LibreOffice（{os_reason(exc)}）", hint=_INSTALL_HINT) from exc
    try:
        output, _ = proc.communicate(timeout=timeout)
    except BaseException as exc:
        # Ctrl+C or SIGTERM too: soffice, in its own session, does not hear the terminal. Left running, it wrote on
        # into the profile folder being removed, and `export -o 讲话.pdf` cancelled said an ENOTEMPTY error (exit 1).
        _kill_group(proc)
        if not isinstance(exc, subprocess.TimeoutExpired):
            raise
        raise ExportError(
            f"LibreOffice 转换 PDF 超过 {timeout:.0f} 秒未完成", hint="稍后重试，或先导出 .docx。"
        ) from exc
    return output or "", proc.returncode


def _kill_group(proc: subprocess.Popen[str]) -> None:
    """soffice starts soffice.bin as a child: end the whole group, not only the script."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows
        proc.kill()
    proc.communicate()
