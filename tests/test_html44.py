"""Saved web pages (.html, .htm) read as a browser shows them (lead44).

batch67 held a page saved from a browser (p17.html): `drafter ingest` said 不支持的文件类型 .html and read nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from drafter.reader import read_source

# Our own page, as a county site's 领导讲话 column publishes one: a menu, a script, a style, the speech, a footer.
PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县秋季开学工作会议上的讲话_县政府网</title>
<style>p {{ margin: 0 }} .nav {{ color: red }}</style>
<script>var 同志们 = "不是正文"; document.write("<p>一、也不是</p>");</script></head>
<body><div class="nav">首页 &gt; 领导讲话</div>
<h1>在全县秋季开学工作会议上的讲话</h1>
<p>同志们：</p>
<p>开学在即，召开这次会议，就是要把开学前的各项准备再过一遍。下面，我讲三点意见。</p>
<p><strong>一、把安全摆在第一位</strong></p>
<p>校舍、食堂、校车，开学前都要逐一查到。<br>发现隐患，当场整改。</p>
<p><strong>二、把课开齐上好</strong></p>
<p>课程表怎么排就怎么上，&ldquo;副科&rdquo;不能让路。</p>
<p><strong>三、把责任压到人</strong></p>
<p>哪所学校出了问题，就找哪所学校的负责人。</p>
<p>同志们，{closing}</p>
<div class="footer">主办：县人民政府办公室&nbsp;&nbsp;技术支持：某某网络</div>
</body></html>"""


def _page(tmp_path: Path, name: str = "讲话.html", encoding: str = "gbk") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(closing="让我们以扎实的准备迎接新学期！").encode(encoding))
    return path


def test_a_saved_page_reads_as_its_text_in_the_encoding_it_declares(tmp_path: Path) -> None:
    text, encoding = read_source(_page(tmp_path))
    assert encoding == "gb18030"  # gb2312 declared, read by its superset
    lines = text.splitlines()
    assert "在全县秋季开学工作会议上的讲话" in lines and "同志们：" in lines
    assert "不是正文" not in text and "margin" not in text  # script and style are no text
    assert "一、把安全摆在第一位" in lines
    assert "校舍、食堂、校车，开学前都要逐一查到。" in lines and "发现隐患，当场整改。" in lines  # <br> ends a line
    assert "“副科”" in text  # entities decoded


def test_ingest_reads_a_folder_of_saved_pages(tmp_path: Path) -> None:
    pages = tmp_path / "网页"
    pages.mkdir()
    _page(pages, "开学.htm", "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "drafter", "ingest", str(pages), "--dry-run", "--json",
         "--library", str(tmp_path / "lib"), "--corpus", str(tmp_path / "corpus")],
        capture_output=True, text=True, env={"DRAFTER_NO_RESIDENT": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    docs = report["documents"]
    assert len(docs) == 1 and docs[0]["kind"] == "speech"
    assert docs[0]["announced_count"] == 3 and len(docs[0]["points"]) == 3, docs[0]
    assert docs[0]["title"] == "在全县秋季开学工作会议上的讲话"
    removed = [r["text"] for r in report["files"][0]["removed"]]
    assert any("县人民政府办公室" in r for r in removed)  # the site's footer is page debris, no closing


def test_a_report_drafter_wrote_beside_the_speeches_is_no_speech(tmp_path: Path) -> None:
    """`drafter audit 旧讲话 -f html -o 旧讲话/审查.html` (or `diff --html` into the corpus) keeps its report with the
    speeches: read as a page, the next ingest or audit would take the report's tables for a speech."""
    import inspect

    from drafter.audit import output as audit_output
    from drafter.diff import output as diff_output
    from drafter.files import REPORT_MARK, walk_files

    for module in (audit_output, diff_output):
        assert "{REPORT_MARK}" in inspect.getsource(module.format_html)
    folder = tmp_path / "旧讲话"
    folder.mkdir()
    page = _page(folder, "讲话.html")
    (folder / "审查.html").write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8">{REPORT_MARK}<title>讲话稿雷同审查'
                                     "</title></head><body><h1>讲话稿雷同审查</h1></body></html>", encoding="utf-8")  # fmt: skip
    files, unreadable = walk_files(folder, (".html", ".htm"))
    assert files == [page] and unreadable == []
