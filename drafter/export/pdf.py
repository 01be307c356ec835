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
    soffice = find_soffice()
    if soffice is None:
        raise ExportError("导出 PDF 需要 LibreOffice，本机没有安装", hint=_INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="drafter-lo-", ignore_cleanup_errors=True) as profile:
        command = [
            soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources),
        ]  # fmt: skip
        stderr = _run(command, timeout)
    pdfs = [outdir / (source.stem + ".pdf") for source in sources]
    missing = [p for p in pdfs if not p.is_file()]
    if missing:
        detail = stderr.strip().splitlines()[-1:] or ["无输出"]
        raise ExportError(
            f"LibreOffice 没有生成 PDF：{missing[0].name}（{detail[0]}）",
            hint="先导出 .docx 检查内容。",
        )
    return pdfs


def _run(command: list[str], timeout: float) -> str:
    """Run soffice in its own process group, killed whole on timeout; its stderr and stdout."""
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
    return output or ""


def _kill_group(proc: subprocess.Popen[str]) -> None:
    """soffice starts soffice.bin as a child: end the whole group, not only the script."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows
        proc.kill()
    proc.communicate()
