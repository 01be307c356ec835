"""Read a speech document (.txt, .md, .docx) into text, detecting the encoding.

Encodings: UTF-8 with or without BOM, UTF-16 (BOM), GB18030/GBK. A file that
is binary, empty or in an unknown encoding raises SourceError naming the file.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

from drafter.errors import SourceError

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
DOC_SUFFIXES = (*TEXT_SUFFIXES, ".docx")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, path: str | Path = "") -> tuple[str, str]:
    """Decode bytes of a text file; return (text, encoding name).

    Raises:
        SourceError: binary data or no known encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:4096]:
        raise SourceError("文件看起来是二进制文件，不是文本", path=path, hint="请提供 .txt、.md 或 .docx 文件。")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SourceError("无法识别文件编码", path=path, hint="请另存为 UTF-8 编码后重试。")


def read_docx_text(path: Path) -> str:
    """Text of a .docx file, one paragraph per line.

    Raises:
        SourceError: not a valid .docx (truncated, or another format renamed).
    """
    try:
        import docx  # python-docx; imported lazily so text-only commands stay fast
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise SourceError("读取 .docx 需要 python-docx", path=path, hint="pip install python-docx") from exc
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SourceError(
            "无法打开 .docx 文件（文件可能已损坏或不完整）", path=path, hint="用 Word 打开后另存为 .docx 再试。"
        ) from exc
    return "\n\n".join(p.text for p in document.paragraphs)


def read_document(path: str | Path) -> str:
    """Read a .txt, .md or .docx speech into text.

    Raises:
        SourceError: missing, unreadable, empty, binary or of an unsupported type.
    """
    path = Path(path)
    if not path.is_file():
        raise SourceError("文件不存在", path=path, hint="检查路径是否正确。")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text = read_docx_text(path)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(f"无法读取文件（{exc.strerror}）", path=path) from exc
        text, _ = decode_bytes(data, path)
    else:
        raise SourceError(f"不支持的文件类型 {suffix}", path=path, hint="支持 .txt、.md 和 .docx。")
    if not text.strip():
        raise SourceError("文件是空的", path=path, hint="请提供有内容的讲话稿。")
    return text
