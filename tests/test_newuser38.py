"""Session 38's new user: a plain `pip install`, every command, then the wrong input and hostile files of a busy office.

Each test here failed before its fix (branch newuser38).
"""

from __future__ import annotations

from pathlib import Path

import pytest

_BASE = ("draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议")


def _drafted(folder: Path, name: str = "讲话.md", seed: str = "1") -> Path:
    from tests.cli_runner import run

    speech = folder / name
    result = run(*_BASE, "--seed", seed, "-o", str(speech))
    assert result.exit_code == 0, result.output
    return speech


def _exported_and_edited_in_word(speech: Path, word: Path) -> None:
    """Export `speech` to `word`, and add a sentence to its 三点意见 paragraph there, as a writer would."""
    import docx

    from tests.cli_runner import run

    assert run("export", str(speech), "-o", str(word)).exit_code == 0
    document = docx.Document(str(word))
    paragraph = next(p for p in document.paragraphs if "三点意见" in p.text)
    edited = paragraph.text + "这次会议开得很及时。"
    for r in paragraph.runs[1:]:
        r.text = ""
    paragraph.runs[0].text = edited
    document.save(str(word))


def test_avoid_a_folder_with_one_damaged_file_skips_it_and_names_it(tmp_path: Path) -> None:
    """One damaged .docx among last year's speeches refused the whole draft: 无法打开 .docx 文件."""
    from tests.cli_runner import refused, run

    old = tmp_path / "往年"
    old.mkdir()
    _drafted(old, "去年.md")
    (old / "坏的.docx").write_bytes(b"not a zip")
    (old / "乱码.txt").write_bytes(bytes(range(256)) * 64)
    result = run(*_BASE, "--seed", "2", "--avoid", str(old))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# 在全县安全生产工作会议上的讲话")
    said = result.stderr
    assert f"--avoid {old}：读了 2 个文件，跳过了无法读取的 2 个——" in said, said  # 去年.md and its record
    assert str(old / "坏的.docx") in said and str(old / "乱码.txt") in said, said
    bad = tmp_path / "坏"
    bad.mkdir()
    (bad / "坏的.docx").write_bytes(b"not a zip")
    refused(run(*_BASE, "--seed", "2", "--avoid", str(bad)), 1, "文件夹里的 1 个文件都无法读取", str(bad / "坏的.docx"))
    refused(run(*_BASE, "--seed", "2", "--avoid", str(bad / "坏的.docx")), 1, "无法打开 .docx 文件")


def test_export_over_another_draft_is_refused_and_its_own_format_is_not(tmp_path: Path) -> None:
    """`export 讲话.md -o 二稿.md` replaced 二稿.md (drafter had written it, so it was not protected): the draft was lost
    and its record named a text no longer there."""
    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    second = _drafted(tmp_path, "二稿.md", "2")
    kept = second.read_bytes()
    text = refused(run("export", str(speech), "-o", str(second)), 1, "这是 drafter 起草的另一篇讲话稿（起草记录 二稿.answers.yaml）",
                   "导出会用 讲话.md 的文字覆盖它", "-o 二稿-导出.md")  # fmt: skip
    assert "Traceback" not in text and second.read_bytes() == kept
    docx = _drafted(tmp_path, "三稿.docx", "3")
    refused(run("export", str(speech), "-o", str(docx)), 1, "另一篇讲话稿")
    refused(run("export", str(speech), "-o", str(tmp_path / "二稿.answers.yaml")), 2, "这是起草记录的文件名，不能作为导出文件")
    refused(run("export", str(tmp_path / "无.md"), "-o", str(second)), 1, "文件不存在")  # the source first
    for own in ("讲话.docx", "讲话.txt"):  # the draft's own formats share its record: exported, and again after an update
        for _ in range(2):
            assert run("export", str(speech), "-o", str(tmp_path / own)).exit_code == 0
    forced = run("export", str(speech), "-o", str(second), "--force")
    assert forced.exit_code == 0 and second.read_bytes() == speech.read_bytes()


def test_diff_of_a_whole_archive_in_one_file_is_refused_at_once(tmp_path: Path) -> None:
    """A 10 MB draft was compared for 26 seconds."""
    import time

    from tests.cli_runner import refused, run

    archive = tmp_path / "合集.md"
    archive.write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n" + "今天，我们召开全县安全生产工作会议。\n" * 60_000, encoding="utf-8")
    started = time.monotonic()
    refused(run("diff", str(archive)), 1, "文字过长", "上限 100 万字", "没有对比", "合集.md", "drafter audit")
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("command", [(*_BASE, "-o", ""), ("export", "讲话.md", "-o", ""), ("diff", "讲话.md", "--html", ""),
                                     ("update", "讲话.md", "--points", "4", "-o", ""), ("audit", ".", "-o", "", "--format", "html")])  # fmt: skip
def test_an_empty_output_name_is_said_to_be_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]) -> None:
    """`draft -o ""` said 错误：.：这是一个文件夹，不能作为输出文件; `export -o ""` ended in a traceback."""
    from tests.cli_runner import refused, run

    monkeypatch.chdir(tmp_path)
    _drafted(tmp_path)
    text = refused(run(*command), 2, "输出文件名是空的", "如 -o 讲话.docx")
    assert "文件夹" not in text, text


def test_two_shells_adding_one_id_at_the_same_moment_do_not_both_land(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two `fragments add --id closing.同名` run at once both said 已添加: the file held the id twice, and `edit`/`rm` of it
    then asked to rename one by hand. The second is refused under the file's lock (here: its first check passed, as it
    does when the other shell writes between the check and the lock)."""
    from drafter.curate import edit
    from tests.cli_runner import refused, run

    library = tmp_path / "库"
    library.mkdir()
    add = ("fragments", "add", "--library", str(library), "--id", "closing.同名", "--role", "closing", "--tag", "通用",
           "--source", "{authored: 本单位, written: 2026-12}", "--text")  # fmt: skip
    assert run(*add, "同志们，甲写的一条。").exit_code == 0
    monkeypatch.setattr(edit, "_taken_ids", lambda library: set())
    refused(run(*add, "同志们，乙写的一条。"), 2, "id closing.同名 已被占用", "刚刚有人添加了它", "closing.yaml:1")
    text = (library / "closing.yaml").read_text(encoding="utf-8")
    assert text.count("closing.同名") == 1 and "乙写的" not in text, text


def test_a_draft_exported_to_word_and_edited_there_can_be_updated_into_a_second_draft(tmp_path: Path) -> None:
    """`export 讲话.md -o 讲话.docx`, edited in Word, then `update 讲话.docx --points 4`: refused, and the only way shown was
    to update 讲话.md and export again, which leaves out every edit made in Word. Now `-o 讲话-二稿.docx` merges them."""
    import docx

    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    word = tmp_path / "讲话.docx"
    _exported_and_edited_in_word(speech, word)
    md, record = speech.read_bytes(), (tmp_path / "讲话.answers.yaml").read_bytes()
    refused(run("update", str(word), "--points", "4"), 2, "起草记录 讲话.answers.yaml 是 讲话.md 的",
            "drafter update 讲话.docx … -o 讲话-二稿.docx")  # fmt: skip
    second = tmp_path / "讲话-二稿.docx"
    result = run("update", str(word), "--points", "4", "-o", str(second))
    assert result.exit_code == 0, result.output
    assert "讲话.docx 和起草记录 讲话.answers.yaml 没有改动" in result.stderr
    text = "\n".join(p.text for p in docx.Document(str(second)).paragraphs)
    assert "我讲四点意见。这次会议开得很及时。" in text and "四、" in text, text
    assert speech.read_bytes() == md and (tmp_path / "讲话.answers.yaml").read_bytes() == record
    assert "file: 讲话-二稿.docx" in (tmp_path / "讲话-二稿.answers.yaml").read_text(encoding="utf-8")
    again = run("update", str(second), "--points", "3")  # the second draft is updated in place, as any other
    assert again.exit_code == 0, again.output


def test_facts_copied_out_of_word_lose_their_control_characters(tmp_path: Path) -> None:
    """A task copied out of a Word table (cell mark \\x07) or a line of Word (manual break \\x0b), or a terminal's colour
    code, reached the speech unseen: 今年还要开展隐患\\x07排查."""
    import re

    from tests.cli_runner import run

    answers = tmp_path / "答案.yaml"
    answers.write_text('place: 清河县\nmeeting: 全县安全生产工作会议\ntasks:\n  - "开展隐患\\x07排查\\x1b[31m整治"\n'
                       'problems: "部分企业\\x0b主体责任落实不到位"\n', encoding="utf-8")  # fmt: skip
    result = run("draft", "--no-input", "--no-history", "--seed", "1", "-a", str(answers))
    assert result.exit_code == 0, result.output
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", result.stdout)
    assert "开展隐患排查整治" in result.stdout and "[31m" not in result.stdout
    assert "部分企业主体责任落实不到位" in result.stdout.replace(" ", ""), result.stdout


def test_the_web_page_says_which_field_is_empty_in_its_own_words() -> None:
    """The page said 缺少以下答案： - place：地名… 处理办法：用 名称=值 或 文件 提供，或去掉 以交互方式回答 (the command line's
    hint with its options taken out), and asked for a 层级 the page has no field for."""
    from drafter.errors import MissingAnswersError
    from drafter.web.draft import _missing_text

    said = _missing_text(MissingAnswersError([("place", "地名（如 清河县、南通市）"), ("meeting", "会议名称")]))
    assert said == ("还没有填写“地名”“会议名称”", "填好后再点“起草”。")
    level = _missing_text(MissingAnswersError([("level", "层级（无法从地名“火星”推出，请选择）（省/县）")]))
    assert level[0] == "看不出“火星”是哪一级的地方（省、市、县、镇……）" and "如 清河县" in level[1]
    assert not any("--" in text or "名称=值" in text for text in (*said, *level))


def test_a_forged_page_state_is_refused_with_a_message_not_a_server_error(tmp_path: Path) -> None:
    """`state=[[[[…` (deeper than Python's recursion) and a fragment without its role, posted as the page's state, were
    answered 500 服务内部出错."""
    import json

    from drafter.web import create_app
    from drafter.web.server import start_in_thread
    from tests.test_web import QINGHE, Browserless, message, state_of

    running = start_in_thread(create_app())
    try:
        client = Browserless(running.url)
        status, _, body = client.post("/draft", {**QINGHE, "action": "swap:1", "state": "[" * 100_000})
        assert status == 400 and "页面状态无法读取" in message(body.decode("utf-8")), body[:300]
        forged = json.loads(state_of(client.draft()))
        forged["record"]["fragments"][0] = {"id": "closing.x"}
        status, _, body = client.post("/draft", {**QINGHE, "action": "swap:1", "state": json.dumps(forged)})
        assert status == 400 and "页面状态中的片段无法读取" in message(body.decode("utf-8")), body[:300]
        status, _, body = client.post("/draft", {"place": "", "meeting": "", "action": "draft", "state": ""})
        assert status == 400 and message(body.decode("utf-8")) == "还没有填写“地名”“会议名称”"
    finally:
        running.stop()


def test_avoid_a_folder_names_a_link_to_a_device_it_skips(tmp_path: Path) -> None:
    """A link to /dev/zero among last year's speeches was passed over without a word, the count of files read short."""
    import os

    from tests.cli_runner import run

    old = tmp_path / "往年"
    old.mkdir()
    _drafted(old, "去年.md")
    os.symlink("/dev/zero", old / "设备.txt")
    result = run(*_BASE, "--seed", "2", "--avoid", str(old))
    assert result.exit_code == 0, result.output
    assert f"跳过了无法读取的 1 个——{old / '设备.txt'}：不是普通文件" in result.stderr, result.stderr


def test_a_draft_saved_in_word_under_another_name_is_updated_with_its_first_record(tmp_path: Path) -> None:
    """讲话（王主任改）.docx, saved from the exported 讲话.docx: `update` said only 找不到这份讲话稿的起草记录 and to draft
    again with `drafter draft`, which loses every edit made in Word."""
    import docx

    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    word = tmp_path / "讲话（王主任改）.docx"
    _exported_and_edited_in_word(speech, word)
    record = tmp_path / "讲话.answers.yaml"
    kept = record.read_bytes()
    refused(run("update", str(word), "--points", "4"), 2, "找不到这份讲话稿的起草记录",
            "它是 讲话.md 另存为别的名字的修改稿时", "drafter update 讲话（王主任改）.docx --record 讲话.answers.yaml …")  # fmt: skip
    refused(run("update", str(word), "--record", str(speech), "--points", "4"), 2, "--record 应是起草记录")
    result = run("update", str(word), "--record", str(record), "--points", "4")
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "我讲四点意见。这次会议开得很及时。" in text and "四、" in text, text
    assert record.read_bytes() == kept
    assert "file: 讲话（王主任改）.docx" in (tmp_path / "讲话（王主任改）.answers.yaml").read_text(encoding="utf-8")
    again = run("update", str(word), "--points", "3")  # its own record now
    assert again.exit_code == 0, again.output


def test_a_template_is_found_by_the_meeting_kind_it_is_listed_under() -> None:
    """`templates show 工作会议` (the list says 工作会议讲话（work-meeting）) said 没有名为“工作会议”的模板."""
    from tests.cli_runner import refused, run

    shown = run("templates", "show", "工作会议")
    assert shown.exit_code == 0 and shown.stdout.startswith("工作会议讲话（work-meeting）"), shown.output
    assert run("templates", "show", "推进会讲话").exit_code == 0
    refused(run("templates", "show", "工作"), 1, "没有名为“工作”的模板")


def test_a_page_opened_to_the_network_refuses_a_token_anyone_could_guess() -> None:
    """`serve --host 0.0.0.0 --token 1` started: anyone on the office network reached the library on the tenth try."""
    from drafter.errors import UsageError
    from drafter.web.security import require_token

    with pytest.raises(UsageError, match="访问口令太短（1 个字符）"):
        require_token("0.0.0.0", "1")
    require_token("0.0.0.0", "qh2026anjian")
    require_token("127.0.0.1", "1")  # only this computer: any token, or none


def test_fragments_add_with_an_empty_text_says_how_to_write_the_text(tmp_path: Path) -> None:
    """`fragments add … --text ""` said 还需要 --text with a hint only about --source."""
    from tests.cli_runner import refused, run

    library = tmp_path / "库"
    library.mkdir()
    text = refused(run("fragments", "add", "--library", str(library), "--id", "closing.mine", "--role", "closing",
                       "--text", "", "--source", "{authored: 本单位, written: 2026-12}"), 2,
                   "还需要 --text（--text 是空的）", "--text 写片段的文字")  # fmt: skip
    assert "--source 写" not in text, text


def test_every_list_question_one_may_leave_empty_says_so() -> None:
    """An interactive session asked 讲话必须讲到的目标和数字 with no （可留空）, beside 成绩、问题、重点工作 that said it,
    though an empty answer is taken."""
    from drafter.library import STANDARD_VARIABLES

    for name in ("upper", "achievements", "problems", "tasks", "targets"):
        assert "可留空" in STANDARD_VARIABLES[name].prompt, name


def test_a_file_over_the_upload_limit_is_refused_in_the_browser_before_it_is_sent(tmp_path: Path) -> None:
    """A 17 MB file on the 校对 page: the server refuses the body unread, which Chromium showed as a reset connection
    (ERR_CONNECTION_RESET), no Chinese message in sight. The page now says so before sending anything."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from conftest import need_chromium

    from drafter.web import create_app
    from drafter.web.server import start_in_thread
    from tests.test_web_browser import ARGS

    chromium = need_chromium()
    big = tmp_path / "合集.txt"
    big.write_bytes("今天，我们召开全县安全生产工作会议。\n".encode() * 320_000)
    running = start_in_thread(create_app())
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS, timeout=30_000)
            page = browser.new_page()
            page.set_default_timeout(15_000)
            page.goto(f"{running.url}/check")
            page.set_input_files("input[type=file]", str(big))
            with _no_post(page) as posts:
                page.click("button.primary")
                sync_api.expect(page.locator("#busy-note")).to_contain_text("所选文件过大（")
            assert posts == [] and page.url.endswith("/check")
            assert "上限 16 MB" in page.inner_text("#busy-note")
            browser.close()
    finally:
        running.stop()


class _no_post:  # noqa: N801 - used as `with _no_post(page) as posts`
    """The POST requests a page sends while the block runs."""

    def __init__(self, page: object) -> None:
        self.page, self.posts = page, []

    def __enter__(self) -> list[str]:
        self.page.on("request", self._seen)  # type: ignore[attr-defined]
        return self.posts

    def __exit__(self, *exc: object) -> None:
        self.page.remove_listener("request", self._seen)  # type: ignore[attr-defined]

    def _seen(self, request: object) -> None:
        if request.method == "POST":  # type: ignore[attr-defined]
            self.posts.append(request.url)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", [("diff", "讲话.md", "--html", "讲话.md"), ("diff", "旧稿.md", "--html", "讲话.md"),
                                     ("diff", "旧稿.md", "--html", "讲话.answers.yaml"), ("audit", "往年", "-o", "讲话.md"),
                                     ("audit", "讲话.md", "旧稿.md", "-o", "旧稿.md")])  # fmt: skip
def test_a_report_is_never_written_over_a_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]) -> None:
    """`diff 讲话.md --html 讲话.md` replaced the draft with its own comparison; `--html 二稿.md` and `audit -o 二稿.md`
    another draft drafter had written (it was drafter's, so not protected)."""
    from tests.cli_runner import refused, run

    monkeypatch.chdir(tmp_path)
    speech = _drafted(tmp_path)
    (tmp_path / "旧稿.md").write_text(speech.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "往年").mkdir()
    (tmp_path / "往年" / "去年.md").write_text(speech.read_text(encoding="utf-8"), encoding="utf-8")
    kept = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    refused(run(*command), 2, "报告会把它换掉，没有写入", "报告写到另一个文件")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == kept
