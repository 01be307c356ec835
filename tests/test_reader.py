"""Reading speech files: encodings, .docx, and clear errors for what cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import SourceError
from drafter.reader import decode_bytes, read_document, read_source

SPEECH = "同志们：\n\n今天，我们召开全县妇女儿童工作会议，主要任务是总结成绩，交流经验，安排部署今后一个时期的工作。下面，我讲三点意见。\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("gbk", "gbk"),
        ("gb18030", "gbk"),
    ],
)
def test_every_common_encoding_reads_back_the_same_text(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(SPEECH.encode(encoding))
    text, found = read_source(path)
    assert text.lstrip("\ufeff") == SPEECH
    assert found == expected


def test_gb18030_only_characters_are_read(tmp_path: Path) -> None:
    text = SPEECH + "㐀䶵"  # outside GBK, inside GB18030
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read_document(path) == text


TRADITIONAL = "各位同志：今天我們召開全縣婦女兒童工作會議，總結經驗，部署今後的工作。下面，我講三點意見。"


def test_big5_files_are_read(tmp_path: Path) -> None:
    # Old archives and document-sharing sites keep traditional-character speeches in Big5.
    path = tmp_path / "繁体.txt"
    path.write_bytes((TRADITIONAL * 5).encode("big5"))
    text, found = read_source(path)
    assert text == TRADITIONAL * 5
    assert found == "big5"


def test_unknown_encoding_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "日文.txt"
    path.write_bytes(("本日は全国会議を開催し、これまでの取り組みを振り返ります。" * 5).encode("shift_jis"))
    with pytest.raises(SourceError) as info:
        read_document(path)
    assert "日文.txt" in info.value.render()
    assert "编码" in info.value.message


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("图片.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "二进制"),
        ("空.txt", b"", "空"),
        ("空白.md", b"  \n\n\t\n", "空"),
        ("压缩包.txt", b"PK\x05\x06" + b"\x00" * 18, "压缩包"),
    ],
)
def test_bad_text_files_give_a_clear_message(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError) as info:
        read_document(path)
    assert name in info.value.render()
    assert words in info.value.message


def test_a_zip_with_a_long_comment_saved_as_text_is_still_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "讲话.md"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.comment = "注".encode() * 20000  # the end record sits 60 KB before the end of the file
    with pytest.raises(SourceError, match="压缩包"):
        read_document(path)


def test_docx_paragraphs_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in SPEECH.strip().split("\n\n"):
        document.add_paragraph(line)
    path = tmp_path / "讲话.docx"
    document.save(str(path))
    text, encoding = read_source(path)
    assert encoding == "docx"
    assert "下面，我讲三点意见。" in text


def test_truncated_docx_is_reported(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(SPEECH)
    whole = tmp_path / "whole.docx"
    document.save(str(whole))
    path = tmp_path / "截断.docx"
    path.write_bytes(whole.read_bytes()[:2000])
    with pytest.raises(SourceError) as info:
        read_document(path)
    assert "截断.docx" in info.value.render()
    assert "损坏" in info.value.message


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(SourceError, match="不支持"):
        read_document(pdf)
    with pytest.raises(SourceError, match="不存在"):
        read_document(tmp_path / "none.txt")


def test_decode_bytes_keeps_its_contract() -> None:
    assert decode_bytes(SPEECH.encode("utf-8")) == (SPEECH, "utf-8")
    with pytest.raises(SourceError):
        decode_bytes(b"\x00\x01\x02\x03" * 100, "x.bin")


def test_a_few_binary_bytes_are_not_taken_for_utf16(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(SourceError, match="二进制"):
        read_document(path)


def test_a_utf8_copy_cut_inside_its_last_character_is_read(tmp_path: Path) -> None:
    # A paste or download that stopped short leaves half of the last character: the rest is still the speech.
    path = tmp_path / "截断.txt"
    path.write_bytes(SPEECH.encode() + "讲".encode()[:2])
    text, found = read_source(path)
    assert text == SPEECH and found == "utf-8"


def test_a_utf8_file_with_one_pasted_gbk_line_names_that_line(tmp_path: Path) -> None:
    path = tmp_path / "拼接.txt"
    path.write_bytes(SPEECH.encode() * 3 + "一、这一行是从旧文件粘贴的\n".encode("gbk") + SPEECH.encode())
    with pytest.raises(SourceError) as info:
        read_document(path)
    said = info.value.render()
    assert "拼接.txt:10" in said and "第 10 行" in said and "UTF-8" in said
