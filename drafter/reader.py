"""Read a speech document (.txt, .md, .docx; .doc and .wps through LibreOffice) into text.

Encodings: UTF-8 with or without BOM, UTF-16 (with BOM, or without one when
it decodes to readable text), GB18030/GBK, and Big5 (traditional characters, as
old archives and document-sharing sites from Hong Kong and Taiwan save them).
A decoding is accepted only when the result looks like Chinese or plain text:
bytes of another encoding (Shift-JIS …) that happen to decode as GB18030 or
Big5 give rare characters and are refused. A file that is binary, empty or in an unknown encoding raises
SourceError naming the file.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from drafter.errors import SourceError, SourceUnavailable, os_reason
from drafter.limits import (
    MAX_DOCX_BYTES,
    MAX_DOCX_PARAGRAPHS,
    MAX_DOCX_PARTS,
    MAX_DOCX_UNPACKED,
    MAX_DOCX_XML,
    MAX_TEXT_BYTES,
    check_size,
    missing_or_not_regular,
)

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
# Web pages saved from a browser: their text as a reader sees it (drafter/htmltext.py).
HTML_SUFFIXES = (".html", ".htm")
DOC_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".docx")
# Old Word and WPS files: converted to .docx by LibreOffice when it is installed.
LEGACY_SUFFIXES = (".doc", ".wps")
CONVERT_SECONDS = 120
# What a user may give as a speech, said in messages and help.
SUPPORTED = ".txt、.md、.docx、.html（保存的网页），以及（装有 LibreOffice 时）.doc、.wps"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_HINT = "请用记事本或 Word 另存为 UTF-8 编码的 .txt 后重试。"
_BINARY_HINT = "请提供 .txt、.md 或 .docx 文件。"

# The most frequent characters of Chinese official prose. Text decoded with the
# wrong codec is made of rare characters and has almost none of these.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业"
    "本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利"
    "比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
    "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干"
    "做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共"
    "权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张"
    "信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验"
    "连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写"
    "存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙"
    "妇女童工作会议讲话同志们领导推进落实加强提高发展建设服务保障权益健康教育卫生规划意见贯彻部署责任"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, path: str | Path = "") -> tuple[str, str]:
    """Decode bytes of a text file; return (text, encoding name).

    Raises:
        SourceError: binary data, or no known encoding gives readable text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, path), encoding
    if b"\x00" in data[:4096]:
        for encoding in _utf16_guesses(data):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            # Real UTF-16 text has no control characters; bytes of a binary file do.
            if looks_readable(text) and not _CONTROL.search(text):
                return text, encoding
        raise SourceError("文件看起来是二进制文件，不是文本", path=path, hint=_BINARY_HINT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # A copy cut in the middle of its last character (a download or a paste that stopped short): the
            # bytes of that half character are no text; everything before them is.
            text = data[: exc.start].decode("utf-8")
            _refuse_binary(text, path)
            return text, "utf-8"
    else:
        _refuse_binary(text, path)
        return text, "utf-8"
    for encoding in ("gbk", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_readable(text):
            return text, encoding
    # Big5 last: GBK bytes never read as readable Big5 text, but Big5 bytes often decode as (unreadable) GBK.
    # big5hkscs is the superset Hong Kong files use; plain Big5 files decode the same through it.
    try:
        text = data.decode("big5hkscs")
    except UnicodeDecodeError:
        pass
    else:
        if _reads_as_traditional(text):
            return text, "big5"
    _refuse_stray_bytes(data, path)  # not UTF-8 as a whole, and no other encoding reads it: UTF-8 but a few lines?
    raise SourceError(
        "无法识别文件编码（不是 UTF-8、UTF-16、GBK/GB18030 或 Big5）", path=path, hint=_ENCODING_HINT
    )


def _refuse_stray_bytes(data: bytes, path: str | Path) -> None:
    """A UTF-8 file with a few bytes of something else (a line pasted from a GBK file, a damaged spot): said with
    its lines, so the writer can mend them instead of being told the whole file is in an unknown encoding."""
    text = data.decode("utf-8", errors="replace")
    allowed = max(3, text.count("\n") // 100)
    lines = _spot_lines(text, allowed + 1)
    if not lines or len(lines) > allowed or not looks_readable(text.replace("\ufffd", "")):
        return
    spots = text.count("\ufffd")
    where = "、".join(f"第 {n} 行" for n in lines[:3]) + ("等" if len(lines) > 3 else "")
    raise SourceError(
        f"文件是 UTF-8 编码，但{where}有 {spots} 处无法识别的字节（可能是从别的文件粘贴的文字，或文件已损坏）",
        path=path, line=lines[0],
        hint=f"用记事本打开，改正或删去{where}的乱码，另存为 UTF-8 编码后重试。",
    )  # fmt: skip


def _spot_lines(text: str, limit: int) -> list[int]:
    """The lines (1-based) holding a replacement character, at most `limit` of them (one pass over the text)."""
    lines: list[int] = []
    line, pos = 1, 0
    i = text.find("\ufffd")
    while i >= 0 and len(lines) < limit:
        line += text.count("\n", pos, i)
        pos = i
        if not lines or lines[-1] != line:
            lines.append(line)
        i = text.find("\ufffd", i + 1)
    return lines


def _reads_as_traditional(text: str) -> bool:
    """True when Big5-decoded text reads as Chinese once put in simplified characters."""
    from drafter.text import t2s_converter  # opencc is loaded only for such files

    converter = t2s_converter()
    return converter is not None and looks_readable(converter.convert(text[:20000]))


def _decode_strict(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"文件按 {encoding} 解码失败（第 {exc.start} 字节）：文件可能不完整或已损坏",
            path=path, hint=_ENCODING_HINT,
        ) from exc  # fmt: skip
    _refuse_binary(text, path)
    return text


def _utf16_guesses(data: bytes) -> list[str]:
    """UTF-16 byte orders worth trying for BOM-less data, likeliest first."""
    sample = data[: 4096 - 4096 % 2]
    if len(sample) < 2 or len(data) % 2:
        return []
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]


def _refuse_binary(text: str, path: str | Path) -> None:
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise SourceError("文件看起来是二进制文件，不是文本", path=path, hint=_BINARY_HINT)


def looks_readable(text: str) -> bool:
    """True when `text` reads as Chinese (or plain) text rather than mis-decoded bytes."""
    sample = text[:20000]
    if _CONTROL.search(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        return False
    han = [c for c in sample if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
    if len(han) < 20:
        usual = sum(c.isascii() or _usual(c) for c in sample)
        return usual >= 0.95 * len(sample)
    common = sum(c in _COMMON for c in han)
    return common / len(han) >= 0.3


def _usual(ch: str) -> bool:
    """Han, CJK punctuation, full-width forms and general punctuation: what Chinese text is made of."""
    return (
        "\u3000" <= ch <= "\u303f" or "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
        or "\u2000" <= ch <= "\u206f" or ch in "\xa0·×÷"
    )  # fmt: skip


def read_docx_text(path: Path) -> str:
    """Text of a .docx file, one paragraph per line.

    Raises:
        SourceError: not a valid .docx (truncated, or another format renamed).
    """
    try:
        import docx  # python-docx; imported lazily so text-only commands stay fast
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise SourceError("读取 .docx 需要 python-docx", path=path, hint="pip install python-docx") from exc
    check_docx(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on broken files
        raise SourceError(
            "无法打开 .docx 文件（文件可能已损坏或不完整）", path=path, hint="用 Word 打开后另存为 .docx 再试。"
        ) from exc
    paragraphs = document.paragraphs
    if len(paragraphs) > MAX_DOCX_PARAGRAPHS:
        raise SourceError(
            f".docx 文件有 {len(paragraphs)} 个段落，超过上限 {MAX_DOCX_PARAGRAPHS}，已拒绝", path=path,
            hint="一篇讲话稿不会有这么多段落；请检查文件来源，或拆分后再处理。",
        )  # fmt: skip
    return "\n\n".join(p.text for p in paragraphs)


def check_docx(path: Path) -> None:
    """Refuse a .docx that is too large or inflates too much before anything parses it.

    The sizes declared in the zip directory bound what reading can produce:
    zipfile stops at the declared size and fails on a mismatch.

    Raises:
        SourceError: not a zip, too many parts, or too large once unpacked.
    """
    import zipfile

    check_size(path, path.stat().st_size, MAX_DOCX_BYTES, ".docx 文件", SourceError)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SourceError(
            "无法打开 .docx 文件（文件可能已损坏、不完整，或不是 Word 文档）", path=path, hint="用 Word 打开后另存为 .docx 再试。"
        ) from exc
    if len(infos) > MAX_DOCX_PARTS:
        raise SourceError(f".docx 文件含有 {len(infos)} 个部件，超过上限，已拒绝", path=path)
    unpacked = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    check_size(path, unpacked, MAX_DOCX_UNPACKED, ".docx 解压后", SourceError)
    check_size(path, xml, MAX_DOCX_XML, ".docx 的文字部分解压后", SourceError)


def read_legacy_text(path: Path) -> str:
    """Text of a .doc or .wps file, converted to .docx by LibreOffice in a private temporary folder.

    LibreOffice runs headless with its own profile (so a desktop instance is never
    touched) and is stopped after CONVERT_SECONDS.

    Raises:
        SourceError: LibreOffice is not installed, the conversion fails or takes too long.
    """
    import shutil  # here, like the modules below: only .doc/.wps files need them (start-up of check)
    import tempfile

    kind = path.suffix.lower()
    check_size(path, path.stat().st_size, MAX_DOCX_BYTES, f"{kind} 文件", SourceError)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SourceUnavailable(
            f"读取 {kind} 文件需要 LibreOffice，本机没有安装", path=path,
            hint="安装 LibreOffice（如 apt-get install libreoffice-writer-nogui），或用 WPS/Word 把文件另存为 .docx 后再处理。",
        )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="drafter-convert-", ignore_cleanup_errors=True) as tmp:
        source = Path(tmp, "source" + kind)
        shutil.copyfile(path, source)  # a plain name: LibreOffice mishandles some characters in paths
        code = _run_soffice(soffice, Path(tmp), source, path)
        converted = Path(tmp, "out", "source.docx")
        # killed, it blamed the file: 可能已损坏 (newuser36)
        if not converted.is_file() and code < 0:
            import signal

            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            raise SourceError(
                f"LibreOffice 转换 {kind} 文件时中途被终止（{name}），文件没有读出", path=path,
                hint="再运行一次；一再出现时用 WPS 或 Word 打开后另存为 .docx 再试。",
            )  # fmt: skip
        if not converted.is_file():
            raise SourceError(
                f"LibreOffice 无法转换该 {kind} 文件（可能已损坏，或不是 Word/WPS 文档）", path=path,
                hint="用 WPS 或 Word 打开后另存为 .docx 再试。",
            )  # fmt: skip
        text = read_docx_text(converted)
    if text.strip() and not looks_readable(text):  # LibreOffice imports any bytes as text
        raise SourceError(
            f"{kind} 文件转换后不是可读的文字（文件可能已损坏，或不是 Word/WPS 文档）", path=path,
            hint="用 WPS 或 Word 打开后另存为 .docx 再试。",
        )  # fmt: skip
    return text


def _run_soffice(soffice: str, tmp: Path, source: Path, shown: Path) -> int:
    """Run the conversion; soffice's exit code (negative: the signal that ended it)."""
    import contextlib
    import signal  # only a legacy .doc/.wps needs a child process: not the import of every reader
    import subprocess

    command = [
        soffice, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--norestore",
        "--nologo", "--convert-to", "docx", "--outdir", str(tmp / "out"), str(source),
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=CONVERT_SECONDS)
    except BaseException as exc:
        # soffice starts helpers in its own session: stop them all. Ctrl+C or SIGTERM too (its own session does
        # not hear the terminal's): left running, it kept writing into the temporary folder being removed, and the
        # cancelled ingest said "错误：registry：系统错误 ENOTEMPTY" (exit 1) instead of 已取消.
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if not isinstance(exc, subprocess.TimeoutExpired):
            raise
        raise SourceError(
            f"LibreOffice 转换超过 {CONVERT_SECONDS} 秒仍未完成，已停止", path=shown,
            hint="用 WPS 或 Word 打开后另存为 .docx 再试。",
        ) from None
    return process.returncode


def backed_up_suffix(path: Path) -> str:
    """The file's type by its suffix; a backup `update` or `check --fix` kept (讲话.md.bak3, 讲话.docx.bak) by the suffix
    before it: `export 讲话.md.bak3 -o 旧稿.docx` said 不支持的文件类型 .bak3 (newuser39)."""
    suffix = path.suffix.lower()
    if suffix.startswith(".bak") and suffix[4:].isdigit() or suffix == ".bak":
        return Path(path.stem).suffix.lower() or suffix
    return suffix


def read_source(path: str | Path) -> tuple[str, str]:
    """Read a .txt, .md or .docx speech; return (text, encoding or 'docx').

    Raises:
        SourceError: missing, unreadable, empty, binary or of an unsupported type.
    """
    path = Path(path)
    if path.is_dir():
        raise SourceError("这是一个文件夹，这里要的是一篇讲话稿文件", path=path,
                          hint="写出文件名，如 讲话稿/讲话.docx；整个文件夹可用 drafter ingest 或 drafter audit。")  # fmt: skip
    if not path.is_file():
        raise SourceError(missing_or_not_regular(path, "文件不存在"), path=path, hint="检查路径是否正确。")
    suffix = backed_up_suffix(path)
    if suffix == ".docx":
        text, encoding = read_docx_text(path), "docx"
    elif suffix in LEGACY_SUFFIXES:
        text, encoding = read_legacy_text(path), suffix.lstrip(".")
    elif suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES or suffix == "":
        try:
            check_size(path, path.stat().st_size, MAX_TEXT_BYTES, "文本文件", SourceError)
            data = path.read_bytes()
        except OSError as exc:
            raise SourceUnavailable(f"无法读取文件（{os_reason(exc)}）", path=path) from exc
        if not data.strip():
            raise SourceError("文件是空的", path=path, hint="请提供有内容的讲话稿。")
        if _is_zip(data, path):
            raise SourceError("文件是压缩包或 Word 文档，不是文本", path=path, hint="Word 文档请使用 .docx 扩展名。")
        text, encoding = _decode_page(data, path) if suffix in HTML_SUFFIXES else decode_bytes(data, path)
    else:
        raise SourceError(f"不支持的文件类型 {suffix}", path=path, hint=f"支持 {SUPPORTED}。")
    if not text.strip():
        raise SourceError("文件是空的", path=path, hint="请提供有内容的讲话稿。")
    return text, encoding


def _decode_page(data: bytes, path: Path) -> tuple[str, str]:
    """A saved web page's text and encoding: the encoding it declares where that reads it, else as any text file."""
    from drafter.htmltext import declared_charset, html_text

    declared = declared_charset(data)
    if declared:
        try:
            text, encoding = data.decode(declared), declared
        except UnicodeDecodeError:
            text, encoding = decode_bytes(data, path)
    else:
        text, encoding = decode_bytes(data, path)
    return html_text(text), encoding


def _is_zip(data: bytes, path: Path) -> bool:
    """zipfile.is_zipfile, asked only when the bytes hold a zip's end record (zipfile and what it
    imports cost `drafter check` of a text file a few milliseconds of start-up)."""
    if b"PK\x05\x06" not in data[-(65535 + 22) :]:  # the end record: 22 bytes and a comment of up to 64 KiB
        return False
    import zipfile

    return zipfile.is_zipfile(path)


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Split a leading `---` YAML front matter block off; return (fields, body, body offset).

    Only flat `key: value` pairs are read (id, title, duplicate_of …); the block
    is never loaded as YAML objects.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, 0
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-", "#")):
            fields[key.strip()] = value.strip().strip("'\"")
    return fields, text[m.end() :], m.end()


def read_speech(path: str | Path) -> tuple[dict[str, str], str]:
    """Read a speech file; return its front matter fields and its text.

    The front matter block (as `drafter ingest` writes it into corpus/) is
    replaced by blank lines, so line numbers still match the file.

    Raises:
        SourceError: as `read_document`.
    """
    text = read_document(path)
    fields, body, offset = split_front_matter(text)
    return fields, "\n" * text[:offset].count("\n") + body


def read_document(path: str | Path) -> str:
    """Read a .txt, .md or .docx speech into text.

    Raises:
        SourceError: missing, unreadable, empty, binary or of an unsupported type.
    """
    return read_source(path)[0]
