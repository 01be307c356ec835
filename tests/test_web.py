"""`drafter serve` over real HTTP: drafting, swap and lock, downloads, and hostile requests.

The server runs in this process (uvicorn in a thread, on a free port); requests
go through the socket like a browser's, so the guard, the form parser and the
error pages are the ones users meet.
"""

from __future__ import annotations

import contextlib
import html
import http.client
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app as cli
from drafter.web import create_app
from drafter.web.server import Running, start_in_thread

QINGHE = {"place": "清河县", "meeting": "全县安全生产工作会议"}


@dataclass
class Browserless:
    """A client with cookies that reads the page's CSRF token and state like a browser would."""

    url: str
    jar: CookieJar = field(default_factory=CookieJar)

    def open(self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
        request = urllib.request.Request(self.url + path, data=data, headers=headers or {})
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()

    def get(self, path: str) -> tuple[int, str]:
        status, _, body = self.open(path)
        return status, body.decode("utf-8")

    def post(self, path: str, fields: dict[str, str], csrf: str | None = None, **headers: str) -> tuple[int, dict[str, str], bytes]:
        data = dict(fields)
        data["csrf"] = self.csrf() if csrf is None else csrf
        body = urllib.parse.urlencode(data).encode()
        return self.open(path, body, {"content-type": "application/x-www-form-urlencoded", **headers})

    def upload(self, path: str, name: str, content: bytes, **fields: str) -> tuple[int, str]:
        boundary = "----drafter-test-boundary"
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in {"csrf": self.csrf(), **fields}.items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")  # fmt: skip
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        status, _, out = self.open(path, body, {"content-type": f"multipart/form-data; boundary={boundary}"})
        return status, out.decode("utf-8")

    def csrf(self) -> str:
        _, page = self.get("/draft")
        return re.search(r'name="csrf" value="(\w+)"', page).group(1)  # type: ignore[union-attr]

    def draft(self, action: str = "draft", state: str = "", **answers: str) -> str:
        status, _, body = self.post("/draft", {**QINGHE, **answers, "action": action, "state": state})
        page = body.decode("utf-8")
        assert status == 200, message(page)
        return page


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def state_of(page: str) -> str:
    return html.unescape(re.search(r'name="state" value="([^"]*)"', page).group(1))  # type: ignore[union-attr]


def fragments_of(page: str) -> list[str]:
    return [u["id"] for u in json.loads(state_of(page))["record"]["fragments"]]


def headings(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'<h2 class="doc-h1">(.*?)</h2>', page)]


def message(page: str) -> str:
    found = re.search(r'<p class="message">(.*?)</p>|<div class="alert" role="alert"[^>]*><p>(.*?)</p>', page, re.S)
    return html.unescape(next(g for g in found.groups() if g)) if found else page[:300]


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    running = start_in_thread(create_app())
    yield running
    running.stop()


@pytest.fixture
def client(server: Running) -> Browserless:
    return Browserless(server.url)


def test_the_form_drafts_for_qinghe_with_the_right_count_and_level_words(client: Browserless) -> None:
    page = client.draft()
    points = headings(page)
    assert len(points) == 3
    assert "下面，我讲三点意见" in page or "我讲三点意见" in page
    preview = page.split('<article class="paper"')[1].split("</article>")[0]
    assert "全县" in preview and "县委、县政府" in preview
    assert "我市" not in preview and "全市" not in preview
    # where each part comes from, by the source speech's title, never a file name
    shown = re.sub(r'<input type="hidden"[^>]*>', "", page)
    assert "原创" in shown and "《在全市妇女儿童工作会议上的讲话》" in shown and "women-children" not in shown
    assert re.findall(r'value="swap:(\d)"', page) == ["1", "2", "3"]
    assert "原创度" in page and "与语料库重合" in page


def test_the_draft_is_what_drafter_draft_writes_for_the_same_answers(client: Browserless, tmp_path: Path) -> None:
    page = client.draft()
    status, _, md = client.post("/draft/download", {**QINGHE, "state": state_of(page), "format": ".md"})
    assert status == 200
    out = tmp_path / "cli.md"
    done = CliRunner().invoke(cli, ["draft", "--no-input", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert md.decode("utf-8") == out.read_text(encoding="utf-8")


def test_swap_changes_one_point_and_the_docx_matches_draft_replay_and_export(client: Browserless, tmp_path: Path) -> None:
    import docx

    page = client.draft()
    before = fragments_of(page)
    swapped = client.draft("swap:2", state_of(page))
    after = fragments_of(swapped)
    # Point 二 gathers three areas (a head and two sections): those change, nothing else does.
    records = [json.loads(state_of(p))["record"]["fragments"] for p in (page, swapped)]
    kept = [[u["id"] for u in r if u["role"] != "point" or not u["id"].startswith("point.safety.task.")] for r in records]
    assert kept[0] == kept[1] and before != after
    assert [headings(swapped)[i] for i in (0, 2)] == [headings(page)[i] for i in (0, 2)]

    state = state_of(swapped)
    files = {}
    for suffix in (".docx", ".answers.yaml", ".md", ".txt"):
        status, headers, body = client.post("/draft/download", {**QINGHE, "state": state, "format": suffix})
        assert status == 200 and "attachment" in headers["content-disposition"]
        files[suffix] = body
    record = tmp_path / "讲话.answers.yaml"
    record.write_bytes(files[".answers.yaml"])
    runner = CliRunner()
    done = runner.invoke(cli, ["draft", "--replay", str(record), "-o", str(tmp_path / "cli.md")])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "cli.md").read_bytes() == files[".md"]
    done = runner.invoke(cli, ["export", str(tmp_path / "cli.md"), "-o", str(tmp_path / "cli.docx")])
    assert done.exit_code == 0, done.output
    (tmp_path / "web.docx").write_bytes(files[".docx"])
    web = [p.text for p in docx.Document(str(tmp_path / "web.docx")).paragraphs]
    ours = [p.text for p in docx.Document(str(tmp_path / "cli.docx")).paragraphs]
    assert web == ours and len(web) > 10
    assert headings(swapped)[1] in files[".txt"].decode("utf-8")


def test_a_locked_point_survives_a_new_selection(client: Browserless) -> None:
    page = client.draft()
    locked = client.draft("lock:2", state_of(page))
    assert 'value="unlock:2"' in locked and fragments_of(locked) == fragments_of(page)
    shuffled = client.draft("reshuffle", state_of(locked))
    assert fragments_of(shuffled)[7] == fragments_of(page)[7]  # frame parts come first: point 2 is the 8th
    assert fragments_of(shuffled) != fragments_of(page)
    refused = client.post("/draft", {**QINGHE, "action": "swap:2", "state": state_of(shuffled)})
    assert refused[0] == 400 and "已锁定" in message(refused[2].decode("utf-8"))


def test_changing_the_place_keeps_the_fragments_and_changes_the_level_words(client: Browserless) -> None:
    page = client.draft()
    moved = client.draft("draft", state_of(page), place="南通市", meeting="全市安全生产工作会议")
    assert fragments_of(moved) == fragments_of(page) or "全市" in moved
    assert "市委、市政府" in moved and "我县" not in moved


def test_a_jinja_expression_in_a_field_stays_literal_text(client: Browserless) -> None:
    page = client.draft(speaker="{{ 7*7 }}", achievements="{% for x in range(3) %}啊{% endfor %}成绩{{ 7*7 }}")
    assert "{{ 7*7 }}" in html.unescape(page)
    assert "{% for x in range(3) %}" in html.unescape(page)
    preview = page.split('<article class="paper"')[1].split("</article>")[0]
    assert "49" not in preview and "啊啊啊" not in preview
    status, _, md = client.post("/draft/download", {**QINGHE, "state": state_of(page), "format": ".md"})
    assert "{{ 7*7 }}" in md.decode("utf-8")


def test_html_in_a_field_is_escaped_on_the_page(client: Browserless) -> None:
    page = client.draft(speaker="<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_missing_answers_are_named_in_chinese_and_the_form_keeps_what_was_typed(client: Browserless) -> None:
    status, _, body = client.post("/draft", {"place": "清河县", "speaker": "张三", "action": "draft", "state": ""})
    page = body.decode("utf-8")
    assert status == 400 and "会议名称" in message(page)
    assert 'value="张三"' in page and "Traceback" not in page


def test_a_long_field_is_never_cut_silently(client: Browserless) -> None:
    """The form cut every field at 4,000 characters: the last of a long list of problems lost its end without a word."""
    problems = [f"第{i}个问题" + "部分单位隐患排查流于形式，整改台账不闭环" * 20 + f"尾{i}" for i in range(12)]
    page = client.draft(problems="\n".join(problems))  # 12 items of ~390 characters: 4,700 in all
    assert "尾11" in page.split('<article class="paper"')[1]
    status, _, body = client.post("/draft", {**QINGHE, "problems": "隐患排查不到位" * 5000, "action": "draft", "state": ""})
    page = body.decode("utf-8")
    assert status == 400 and "“存在的主要问题”一栏太长" in message(page) and "Traceback" not in page
    assert page.count("隐患排查不到位") >= 5000  # what was typed is still in the box


def test_the_setting_is_read_as_the_place_is_typed(client: Browserless) -> None:
    status, body = client.get("/api/setting?" + urllib.parse.urlencode({"place": "江阴市", "meeting": "全市乡村振兴工作推进会"}))
    found = json.loads(body)
    assert found["ok"] and found["level"] == "县级市" and found["upper"].startswith("无锡市")
    _, body = client.get("/api/setting?place=" + urllib.parse.quote("不存在的地方"))
    assert not json.loads(body)["ok"]


# ------------------------------------------------------------------ hostile requests


def test_a_forged_or_missing_csrf_token_is_refused_and_nothing_is_written(server: Running, own_library: Path) -> None:
    client = Browserless(server.url)
    before = _snapshot(own_library)
    fid = "closing.mine.one"
    for path, fields in ((f"/fragments/{fid}", {"base": "", "text": "x"}), ("/fragments/new", {"text": "id: a\nrole: closing"}),
                         ("/draft", {**QINGHE, "action": "draft"})):  # fmt: skip
        for csrf in ("", "0" * 64):
            status, _, body = client.post(path, fields, csrf=csrf)
            assert status == 403, path
            assert "校验码" in message(body.decode("utf-8"))
    status, _, body = client.post("/draft", {**QINGHE}, Origin="http://evil.example")
    assert status == 403 and "其他网站" in message(body.decode("utf-8"))
    assert _snapshot(own_library) == before


def test_a_50_mb_upload_is_refused_before_it_is_read(server: Running) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.putrequest("POST", "/check")
    conn.putheader("content-type", "multipart/form-data; boundary=x")
    conn.putheader("content-length", str(50 * 1024 * 1024))
    conn.endheaders()
    conn.send(b"--x\r\n" + b"\0" * 65536)
    response = conn.getresponse()
    body = response.read().decode("utf-8")
    assert response.status == 413 and "过大" in body and "Traceback" not in body
    conn.close()


def test_a_body_without_a_length_is_cut_off_at_the_limit(server: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.limits import MAX_UPLOAD_BYTES

    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    chunk = b"a" * (1024 * 1024)
    chunks = (chunk for _ in range(MAX_UPLOAD_BYTES // len(chunk) + 2))
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the server stopped reading: good
        conn.request("POST", "/check", body=chunks, headers={"content-type": "application/x-www-form-urlencoded"},
                     encode_chunked=True)  # fmt: skip
    response = conn.getresponse()
    assert response.status == 413 and "过大" in response.read().decode("utf-8")
    conn.close()


@pytest.mark.parametrize("path", ["/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
                                  "/fragments/..%2f..%2fpyproject.toml", "/static/..%5c..%5cpyproject.toml"])  # fmt: skip
def test_a_path_with_dot_dot_is_refused(server: Running, path: str) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read().decode("utf-8")
    assert response.status == 400 and "不允许" in body and "[project]" not in body
    conn.close()


def test_another_site_pointed_at_this_computer_gets_no_page(server: Running) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    for name, status in ((f"evil.example:{port}", 400), (f"localhost:{port}", 200), (f"127.0.0.1:{port}", 200)):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("GET", "/draft", headers={"Host": name})
        response = conn.getresponse()
        body = response.read().decode("utf-8")
        assert response.status == status, name
        assert ("会议名称" in body) == (status == 200)
        conn.close()


def test_errors_are_chinese_pages_without_a_traceback(client: Browserless, monkeypatch: pytest.MonkeyPatch) -> None:
    status, page = client.get("/no-such-page")
    assert status == 404 and "没有这个页面" in page
    status, page = client.get("/draft/download")
    assert status == 405 and "不接受" in page
    status, _, body = client.post("/draft", {**QINGHE, "action": "swap:1", "state": '{"record": {"answers": 3}}'})
    assert status == 400 and "Traceback" not in body.decode("utf-8")

    from drafter import session

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(session, "start", broken)
    status, _, body = client.post("/draft", {**QINGHE, "action": "draft", "state": ""})
    page = body.decode("utf-8")
    assert status == 500 and "服务内部出错" in page and "boom" not in page and "Traceback" not in page


def test_an_office_network_address_needs_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.errors import UsageError

    monkeypatch.delenv("DRAFTER_TOKEN", raising=False)
    with pytest.raises(UsageError, match="口令"):
        create_app(host="0.0.0.0")
    done = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8799"])
    assert done.exit_code == 2 and "必须设置访问口令" in done.output

    running = start_in_thread(create_app(host="0.0.0.0", token="s3cret-口令"[:6]))
    try:
        client = Browserless(running.url)
        status, page = client.get("/draft")
        assert status == 403 and "访问口令" in page
        status, page = client.get("/draft?token=wrong")
        assert status == 403
        status, headers, _ = client.open("/draft?token=s3cret")
        assert status == 303 and headers["location"] == "/draft"
        status, page = client.get("/draft")  # the cookie now carries the token
        assert status == 200 and "会议名称" in page
    finally:
        running.stop()


# ------------------------------------------------------------------ 校对, 对比, 片段库


def test_an_uploaded_speech_is_checked_and_a_bad_type_refused(client: Browserless, tmp_path: Path) -> None:
    from drafter.export import render_docx

    text = "# 在全县工作会议上的讲话\n\n同志们：\n\n下面，我讲三点意见。\n\n## 一、提高认识\n\n我市的的工作要抓好,XX同志负责。\n"
    status, page = client.upload("/check", "讲话.docx", render_docx(text))
    assert status == 200
    report = page.split('class="card report"')[1]
    for rule in ("讲几点与实际不符", "重复字", "占位符", "半角标点", "层级用语"):
        assert rule in report
    # what a clerk reads names no rule id and no command-line option (--fix, --level, --rate)
    assert not re.search(r"count-mismatch|level-mix|--[a-z]", report)
    status, page = client.upload("/check", "病毒.exe", b"MZ\0\0")
    assert status == 400 and "不能读取" in message(page)
    assert not list(tmp_path.iterdir())


def test_a_pasted_draft_gets_the_source_report(client: Browserless) -> None:
    page = client.draft()
    status, _, md = client.post("/draft/download", {**QINGHE, "state": state_of(page), "format": ".txt"})
    status, _, body = client.post("/diff", {"text": md.decode("utf-8")})
    report = body.decode("utf-8")
    assert status == 200 and "与语料库重合" in report and "srcdoc=" in report and "sandbox" in report


def test_the_library_is_browsed_by_role_topic_and_level(client: Browserless) -> None:
    status, page = client.get("/fragments?" + urllib.parse.urlencode({"role": "point", "topic": "安全生产", "level": "县"}))
    assert status == 200
    ids = re.findall(r'<a href="/fragments/([^"]+)">', page)
    assert ids and all(i.startswith("point.") for i in ids)
    status, page = client.get("/fragments?q=" + urllib.parse.quote("双重预防"))
    assert status == 200 and "point.safety.task.dual-prevention" in page
    status, page = client.get("/fragments/point.safety.task.dual-prevention")
    assert status == 200 and "原创" in page


@pytest.fixture
def own_library(tmp_path: Path) -> Path:
    lib = tmp_path / "mine" / "fragments"
    lib.mkdir(parents=True)
    (lib / "closings.yaml").write_text(
        "- id: closing.mine.one\n  role: closing\n  tags: [通用]\n  text: 同志们，让我们携起手来，推动{{ work }}再上新台阶！\n"
        "  source: {authored: 本单位, written: 2026-12}\n", encoding="utf-8",
    )  # fmt: skip
    return lib


def test_an_edit_based_on_a_stale_copy_is_refused_and_kept(own_library: Path) -> None:
    running = start_in_thread(create_app(library=own_library))
    try:
        first, second = Browserless(running.url), Browserless(running.url)
        _, page_a = first.get("/fragments/closing.mine.one")
        _, page_b = second.get("/fragments/closing.mine.one")
        base = html.unescape(re.search(r'name="base" value="([^"]*)"', page_a).group(1))  # type: ignore[union-attr]
        assert "携起手来" in base
        mine = base.replace("携起手来", "同心协力")
        status, headers, _ = first.post("/fragments/closing.mine.one", {"base": base, "text": mine})
        assert status == 303, headers
        theirs = base.replace("携起手来", "团结一心")
        status, _, body = second.post("/fragments/closing.mine.one", {"base": base, "text": theirs})
        page = body.decode("utf-8")
        assert status == 409 and "被别人修改" in message(page)
        assert "团结一心" in page and "同心协力" in page  # their text kept in the box, the file's shown
        saved = (own_library / "closings.yaml").read_text(encoding="utf-8")
        assert "同心协力" in saved and "团结一心" not in saved
        status, _, body = first.post("/fragments/new", {"text": "id: closing.mine.two\nrole: closing\ntags: [通用]\n"
                                                         "text: 同志们，让我们奋发有为！\nsource: {authored: 本单位, written: 2026-12}\n"})  # fmt: skip
        assert status == 303
        assert "closing.mine.two" in (own_library / "closings.yaml").read_text(encoding="utf-8")
    finally:
        running.stop()


def test_a_jinja_mistake_in_the_edit_box_names_the_box_line_and_keeps_the_text(own_library: Path) -> None:
    running = start_in_thread(create_app(library=own_library))
    try:
        client = Browserless(running.url)
        box = ("id: closing.mine.three\nrole: closing\ntags: [通用]\ntext: |-\n  同志们，\n"
               "  让我们推动{{ work }再上新台阶！\nsource: {authored: 本单位, written: 2026-12}\n")  # fmt: skip
        status, _, body = client.post("/fragments/new", {"text": box})
        page = body.decode("utf-8")
        assert status == 400 and "网页编辑框第 6 行" in message(page) and "{{ work }再上" in message(page)
        assert "让我们推动{{ work }再上新台阶" in html.unescape(page)  # the writer's text stays in the box
        assert "closing.mine.three" not in (own_library / "closings.yaml").read_text(encoding="utf-8")
    finally:
        running.stop()


def test_other_commands_do_not_load_the_web_stack() -> None:
    code = ("import sys; from drafter.cli import app; from typer.testing import CliRunner; "
            "CliRunner().invoke(app, ['check', '--help']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'multipart', 'python_multipart')))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}





def test_a_swap_reads_the_form_as_it_is_now(client: Browserless) -> None:
    page = client.draft()
    swapped = client.draft("swap:3", state_of(page), date="2026年12月8日", speaker="县长 李明")
    assert "（县长 李明　2026年12月8日）" in html.unescape(swapped)
    status, _, body = client.post("/draft", {**QINGHE, "points": "4", "action": "swap:1", "state": state_of(page)})
    again = body.decode("utf-8")
    assert status == 400 and "按修改更新" in again and 'value="4"' in again


def test_only_the_web_package_and_the_serve_command_import_the_web_stack() -> None:
    import ast

    package = Path(__file__).resolve().parent.parent / "drafter"
    allowed = {package / "cli" / "serve.py", *(package / "web").rglob("*.py")}
    for path in package.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        web = {n for n in names if n.split(".")[0] in ("starlette", "uvicorn", "multipart", "python_multipart")}
        assert not web or path in allowed, f"{path} imports {web}"
    web_imports = {n for p in (package / "web").rglob("*.py") for n in _imports(p) if n.startswith("drafter.cli")}
    assert not web_imports, "the web pages call the core, never the CLI"


def _imports(path: Path) -> set[str]:
    import ast

    return {n.module for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.ImportFrom) and n.module}


def _point_text(page: str, n: int) -> str:
    """The words of point `n` in the preview (heading and body, up to the next point or the end)."""
    article = page.split('<article class="paper"')[1].split("</article>")[0]
    body = article.split(f'id="point-{n}"')[1].split('class="point-head')[0]
    return re.sub(r"<[^>]+>|换一段|已锁定|锁定|\s", "", html.unescape(body))


def test_a_locked_point_keeps_its_words_through_a_new_selection_and_more_points(client: Browserless) -> None:
    page = client.draft()
    locked = client.draft("lock:1", state_of(page))
    words = _point_text(locked, 1)
    shuffled = locked
    for _ in range(3):
        shuffled = client.draft("reshuffle", state_of(shuffled))
        assert _point_text(shuffled, 1) == words
    more = client.draft("draft", state_of(shuffled), points="4")
    assert len(headings(more)) == 4 and _point_text(more, 1) == words


def test_an_edit_sent_with_a_browsers_line_breaks_is_saved(own_library: Path) -> None:
    running = start_in_thread(create_app(library=own_library))
    try:
        client = Browserless(running.url)
        _, page = client.get("/fragments/closing.mine.one")
        base = html.unescape(re.search(r'name="base" value="([^"]*)"', page).group(1))  # type: ignore[union-attr]
        crlf = base.replace("\n", "\r\n")  # what every browser sends for the textarea and the hidden field
        status, headers, body = client.post("/fragments/closing.mine.one",
                                            {"base": crlf, "text": crlf.replace("携起手来", "同心协力")})  # fmt: skip
        assert status == 303, message(body.decode("utf-8"))
        saved = (own_library / "closings.yaml").read_bytes()
        assert "同心协力".encode() in saved and b"\r" not in saved
    finally:
        running.stop()


def test_a_file_that_cannot_be_read_is_explained_on_the_same_page_with_the_answers_kept(client: Browserless) -> None:
    status, page = client.upload("/check", "空.txt", b"", place="清河县")
    assert status == 400 and "文件是空的" in message(page)
    assert 'action="/check"' in page and 'value="清河县"' in page  # still the 校对 page, the place kept
    status, page = client.upload("/diff", "../../坏.docx", b"PK\x03\x04 not a zip")
    assert status == 400 and "坏.docx" in message(page) and 'action="/diff"' in page and ".." not in message(page)


def test_a_form_with_thousands_of_fields_is_refused_in_words_a_clerk_can_act_on(client: Browserless) -> None:
    fields = {f"x{i}": "1" for i in range(5000)}
    status, _, body = client.post("/draft", {**QINGHE, **fields})
    page = body.decode("utf-8")
    assert status == 400 and "项目过多或内容过长" in message(page) and "Too many" not in page


def test_one_clerks_long_request_does_not_hold_up_the_others(server: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import drafter.check

    started, release = threading.Event(), threading.Event()
    real = drafter.check.check_file

    def slow_check(path: Path, place: str | None = None) -> object:
        started.set()
        release.wait(30)  # held until the other clerk's pages have loaded
        return real(path, place=place)

    monkeypatch.setattr(drafter.check, "check_file", slow_check)
    slow = Browserless(server.url)
    csrf = slow.csrf()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(slow.post("/check", {"text": "同志们：抓好工作。"}, csrf=csrf)[0]))
    worker.start()
    try:
        assert started.wait(30)
        other = Browserless(server.url)
        for path in ("/static/style.css", "/draft", "/fragments?q=" + urllib.parse.quote("燃气")):
            status, _ = other.get(path)  # answered while the check is still running
            assert status == 200 and not release.is_set() and worker.is_alive()
        assert other.draft().count('class="doc-h1"') == 3
    finally:
        release.set()
        worker.join(30)
    assert result == [200]


def test_the_server_reads_the_library_as_it_starts_not_when_the_clerk_presses_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import drafter.library.load

    monkeypatch.setattr(drafter.library.load, "_LOADED", {})  # as in a fresh process
    running = start_in_thread(create_app())
    try:
        loaded = threading.Event()
        for _ in range(600):  # no request is made: the warm-up alone loads it
            if drafter.library.load._LOADED:
                loaded.set()
                break
            loaded.wait(0.1)
        assert loaded.is_set()
        assert Browserless(running.url).draft().count('class="doc-h1"') == 3
    finally:
        running.stop()


def test_bad_jinja_and_a_sandbox_escape_in_a_fragment_are_refused_in_chinese_naming_the_line(own_library: Path) -> None:
    running = start_in_thread(create_app(library=own_library))
    before = _snapshot(own_library)
    snippet = ("id: closing.mine.bad\nrole: closing\ntags: [通用]\ntext: |-\n  同志们，\n  {{ scope 上下要团结一心！\n"
               "source: {authored: 本单位, written: 2026-12}\n")  # fmt: skip
    try:
        client = Browserless(running.url)
        status, _, body = client.post("/fragments/new", {"text": snippet})
        said = message(body.decode("utf-8"))
        assert status == 400 and "closing.mine.bad" in said and "缺少 }}" in said and "expected token" not in said
        assert re.search(r"编辑框第 \d+ 行", said)
        assert "{{ scope 上下要团结一心！" in html.unescape(body.decode("utf-8"))  # the text stays in the box
        for evil in ("{{ ''.__class__ }}", "{{ scope.__class__.__mro__ }}"):
            status, _, body = client.post("/fragments/new", {"text": snippet.replace("{{ scope 上下", evil + "上下")})
            said = message(body.decode("utf-8"))
            assert status == 400 and "不安全" in said and "已拒绝" in said and "Traceback" not in body.decode("utf-8")
        _, page = client.get("/fragments/closing.mine.one")
        base = html.unescape(re.search(r'name="base" value="([^"]*)"', page).group(1))  # type: ignore[union-attr]
        status, _, body = client.post("/fragments/closing.mine.one", {"base": base, "text": base.replace("{{ work }}", "{{ ''.__class__ }}")})
        assert "不安全" in message(body.decode("utf-8"))
        assert _snapshot(own_library) == before  # nothing written
    finally:
        running.stop()


def test_the_library_list_shows_one_phrasing_of_a_heading_not_all_of_them_run_together(client: Browserless) -> None:
    status, page = client.get("/fragments?" + urllib.parse.urlencode({"q": "point.safety.know.political"}))
    row = html.unescape(page.split('href="/fragments/point.safety.know.political"')[1].split("</tr>")[0])
    assert status == 200 and "提高政治站位，深刻认识做好安全生产工作的极端重要性" in row
    assert "站在讲政治的高度" not in row


def test_the_address_for_colleagues_is_never_a_loopback_one(monkeypatch):
    """drafter serve --host 0.0.0.0 tells colleagues an address they can open: not 127.0.1.1 (a host name's usual address)."""
    import socket

    from drafter.cli.serve import _lan_address

    monkeypatch.setattr(socket, "gethostbyname", lambda _name: "127.0.1.1")
    address = _lan_address()
    assert not address.startswith("127.")
