"""Session 39's new user: a plain `pip install`, a clerk's week (prompt, draft, Word, update, check, diff, export), and the
wrong input of a busy office.

Each test here failed before its fix (branch newuser39).
"""

from __future__ import annotations

from pathlib import Path

_BASE = ("draft", "--no-input", "--no-history", "--set", "place=清河县")


def _drafted(folder: Path, name: str = "讲话.md", meeting: str = "全县安全生产工作会议", seed: str = "1") -> Path:
    from tests.cli_runner import run

    speech = folder / name
    result = run(*_BASE, "--set", f"meeting={meeting}", "--seed", seed, "-o", str(speech))
    assert result.exit_code == 0, result.output
    return speech


def test_update_into_another_meetings_draft_is_refused(tmp_path: Path) -> None:
    """`update 讲话.md --points 4 -o 防汛.md` replaced the unedited 防汛 draft (another meeting, drafter had written it)
    with a safety speech, and said nothing. The same update run again into its own 二稿 still writes over it."""
    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    flood = _drafted(tmp_path, "防汛.md", "全县防汛抗旱工作会议")
    kept, kept_record = flood.read_bytes(), (tmp_path / "防汛.answers.yaml").read_bytes()
    text = refused(run("update", str(speech), "--points", "4", "-o", str(flood)), 1,
                   "这是 drafter 起草的另一篇讲话稿（全县防汛抗旱工作会议，起草记录 防汛.answers.yaml）",
                   "会议与这次更新的不同", "-o 讲话-二稿.md", "--force")  # fmt: skip
    assert "Traceback" not in text
    assert flood.read_bytes() == kept and (tmp_path / "防汛.answers.yaml").read_bytes() == kept_record
    second = tmp_path / "讲话-二稿.md"
    for points in ("4", "2"):  # the 二稿 of the same meeting: written, then written again
        result = run("update", str(speech), "--points", points, "-o", str(second))
        assert result.exit_code == 0, result.output
    assert "两点意见" in second.read_text(encoding="utf-8")
    forced = run("update", str(speech), "--points", "4", "-o", str(flood), "--force")
    assert forced.exit_code == 0, forced.output
    assert flood.read_text(encoding="utf-8").startswith("# 在全县安全生产工作会议上的讲话")


def test_update_of_an_export_into_the_draft_it_shares_a_record_with_is_refused(tmp_path: Path) -> None:
    """`update 讲话.docx -o 讲话.md` (讲话.docx exported from 讲话.md) replaced 讲话.md and rewrote 讲话.answers.yaml, then
    said 讲话.docx 和起草记录 讲话.answers.yaml 没有改动."""
    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path)
    word = tmp_path / "讲话.docx"
    assert run("export", str(speech), "-o", str(word)).exit_code == 0
    record = tmp_path / "讲话.answers.yaml"
    kept, kept_record = speech.read_bytes(), record.read_bytes()
    refused(run("update", str(word), "--points", "4", "-o", str(speech)), 1,
            "-o 写的是起草记录 讲话.answers.yaml 所属的讲话稿", "-o 讲话-二稿.docx", "去掉 -o")  # fmt: skip
    assert speech.read_bytes() == kept and record.read_bytes() == kept_record
    forced = run("update", str(word), "--points", "4", "-o", str(speech), "--force")
    assert forced.exit_code == 0, forced.output
    assert "讲话.docx 没有改动" in forced.stderr and "起草记录 讲话.answers.yaml 没有改动" not in forced.stderr


def test_a_week_of_updates_keeps_a_bounded_number_of_backups(tmp_path: Path) -> None:
    """Every update left one more .bakN: after a week of updates the folder held dozens. Now .bak (the draft before the
    first update) and the newest five numbered ones stay; the newest holds the writer's last version."""
    from drafter.files import BACKUPS_KEPT
    from tests.cli_runner import run

    speech = _drafted(tmp_path)
    first = speech.read_bytes()
    said = ""
    for i in range(BACKUPS_KEPT + 3):
        with speech.open("a", encoding="utf-8") as f:
            f.write(f"\n手工补充的第{i + 1}句话。\n")  # the writer's own edit before each round
        last_edit = speech.read_bytes()
        result = run("update", str(speech), "--points", str(3 + i % 2))
        assert result.exit_code == 0, result.output
        said = result.stderr
    backups = sorted(p.name for p in tmp_path.glob("讲话.md.bak*"))
    assert len(backups) == BACKUPS_KEPT + 1, backups
    assert (tmp_path / "讲话.md.bak").read_bytes().startswith(first[:200])
    newest = tmp_path / f"讲话.md.bak{BACKUPS_KEPT + 3}"  # .bak, then .bak2 …
    assert newest.read_bytes() == last_edit, backups
    assert f"只留最近 {BACKUPS_KEPT} 份备份" in said, said
    assert f"手工补充的第{BACKUPS_KEPT + 3}句话" in speech.read_text(encoding="utf-8")


def test_interactive_questions_check_the_place_and_the_meeting_when_given(tmp_path: Path) -> None:
    """A speech's title typed as the meeting's name was said only after the level and superior had been asked; then an
    Enter ended the session. Now each wrong name is said at once and asked again; 清河县委 is said before the meeting."""
    from drafter.cli import app
    from tests.cli_runner import runner

    typed = "清河县委\n\n在全县安全生产工作会议上的讲话\n县第一中学开学典礼\n全县安全生产工作会议\n" + "\n" * 30
    result = runner.invoke(app, ["draft", "--seed", "1", "--no-history", "-o", str(tmp_path / "讲话.md")], input=typed)
    assert result.exit_code == 0, result.output
    asked = result.output
    place, title, school = (asked.index(s) for s in ("不是地名本身", "是讲话稿的标题，不是会议名称", "是学校的典礼"))
    level = asked.index("清河县的层级")
    assert place < asked.index("会议名称（") < title < school < level, asked
    assert "请重新输入会议名称" in asked[title:level] and "Traceback" not in asked
    assert (tmp_path / "讲话.md").read_text(encoding="utf-8").startswith("# 在全县安全生产工作会议上的讲话")


def test_serve_answers_413_to_a_script_posting_more_than_16_mb() -> None:
    """A script (http.client, requests) posting 20 MB to `drafter serve` got ConnectionResetError: the page said 413 and
    closed while the body was still coming. Now the rest is read and dropped, and the Chinese page arrives."""
    import http.client
    import time

    from drafter.limits import MAX_UPLOAD_BYTES
    from drafter.web import create_app
    from drafter.web.server import start_in_thread

    running = start_in_thread(create_app())
    try:
        host, port = running.url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        conn.request("POST", "/check", body=b"a" * (MAX_UPLOAD_BYTES + 4 * 1024 * 1024),
                     headers={"content-type": "application/octet-stream"})  # fmt: skip
        response = conn.getresponse()
        body = response.read().decode("utf-8")
        assert response.status == 413 and "上传的内容过大（上限 16 MB）" in body and "Traceback" not in body
        conn.close()
        started = time.monotonic()  # a client that sends part and waits is answered at once, not after the rest
        conn = http.client.HTTPConnection(host, int(port), timeout=20)
        conn.putrequest("POST", "/check")
        conn.putheader("content-type", "application/octet-stream")
        conn.putheader("content-length", str(50 * 1024 * 1024))
        conn.endheaders()
        conn.send(b"\0" * 65536)
        response = conn.getresponse()
        assert response.status == 413 and "过大" in response.read().decode("utf-8")
        assert time.monotonic() - started < 5
        conn.close()
    finally:
        running.stop()


def test_a_read_only_disk_is_said_before_the_update_naming_the_folder(tmp_path: Path, monkeypatch) -> None:
    """On a read-only disk `update 新.md` worked for seconds, then said `.新.md.lock：所在的磁盘是只读的`; `export -o 新.docx`
    said `.：没有在这个目录写文件的权限` (which folder? and it was no question of permissions)."""
    import os

    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path, "新.md")
    monkeypatch.chdir(tmp_path)
    real_access, real_statvfs = os.access, os.statvfs

    class ReadOnly:
        f_flag = os.ST_RDONLY

    def access(p, mode, **kw):  # type: ignore[no-untyped-def]
        return not (mode & os.W_OK and Path(p).resolve() == tmp_path.resolve()) and real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "statvfs", lambda p: ReadOnly() if Path(p).resolve() == tmp_path.resolve() else real_statvfs(p))
    kept = speech.read_bytes()
    refused(run("update", "新.md", "--points", "4"), 1, f"{tmp_path}：这个文件夹在只读的磁盘上，不能写入 新.md", "写到自己能写的文件夹")
    refused(run("export", "新.md", "-o", "新.docx"), 1, f"{tmp_path}：这个文件夹在只读的磁盘上，不能写入 新.docx")
    assert speech.read_bytes() == kept and not list(tmp_path.glob(".*.lock"))


def test_last_years_speech_given_as_a_second_file_is_said_to_go_by_against(tmp_path: Path, monkeypatch) -> None:
    """`drafter diff 讲话.md "去年 讲话.docx"` said 多余的参数……带空格的值请加引号, though the name was quoted: the second file
    is last year's speech, which diff takes by --against; check reads one file a run."""
    from tests.cli_runner import refused, run

    speech = _drafted(tmp_path, "安全 生产 讲话.md")
    last = _drafted(tmp_path, "去年 讲话.md", seed="2")
    monkeypatch.chdir(tmp_path)
    text = refused(run("diff", speech.name, last.name), 2, "这个命令只读一篇讲话稿",
                   "--against '去年 讲话.md'", "'安全 生产 讲话.md'")  # fmt: skip
    assert "带空格的值请加引号" not in text
    refused(run("check", speech.name, last.name), 2, "这个命令一次只处理一个文件", "check '去年 讲话.md'")
    refused(run("diff", speech.name, "没有这个.md"), 2, "多余的参数：没有这个.md（这个命令不接受这些参数")


def test_a_backup_kept_by_update_can_be_exported_checked_and_compared(tmp_path: Path) -> None:
    """`export 讲话.md.bak3 -o 旧稿.docx` (the clerk wants last Tuesday's version back) said 不支持的文件类型 .bak3."""
    from tests.cli_runner import run

    speech = _drafted(tmp_path)
    for points in ("4", "2"):
        assert run("update", str(speech), "--points", points).exit_code == 0
    backup = tmp_path / "讲话.md.bak2"
    assert "四点意见" in backup.read_text(encoding="utf-8")
    old = tmp_path / "旧稿.docx"
    result = run("export", str(backup), "-o", str(old))
    assert result.exit_code == 0, result.output
    import docx

    assert any("四点意见" in p.text for p in docx.Document(str(old)).paragraphs)
    checked = run("check", str(backup))
    assert checked.exit_code == 0 and "不支持的文件类型" not in checked.output, checked.output


def test_a_draft_open_in_word_or_libreoffice_is_not_rewritten(tmp_path: Path) -> None:
    """`update 讲话.docx` while the clerk had it open in Word (`~$讲话.docx` beside it) rewrote the file under Word: the
    next Save there put the old text back over the update. `export -o`, `draft -o` over an open file did the same."""
    from tests.cli_runner import refused, run

    word = _drafted(tmp_path, "讲话.docx")
    kept = word.read_bytes()
    owner = tmp_path / "~$讲话.docx"
    owner.write_bytes(b"\x05wang")
    refused(run("update", str(word), "--points", "4"), 1, "这个文件正在 Word、WPS 或 LibreOffice 中打开（旁边有它的锁文件 ~$讲话.docx）",
            "先在那里保存并关闭", "-o 讲话-二稿.docx", "--force")  # fmt: skip
    refused(run(*_BASE, "--set", "meeting=全县安全生产工作会议", "--seed", "1", "-o", str(word)), 1, "锁文件 ~$讲话.docx")
    assert word.read_bytes() == kept and not list(tmp_path.glob("讲话.docx.bak*"))
    second = run("update", str(word), "--points", "4", "-o", str(tmp_path / "讲话-二稿.docx"))  # beside it: fine
    assert second.exit_code == 0, second.output
    owner.unlink()
    speech = _drafted(tmp_path, "安全生产工作会议讲话稿.md")
    assert run("export", str(speech), "-o", str(tmp_path / "安全生产工作会议讲话稿.docx")).exit_code == 0
    (tmp_path / ".~lock.安全生产工作会议讲话稿.docx#").write_text(",王主任,pc,06.12.2026;", encoding="utf-8")
    refused(run("export", str(speech), "-o", str(tmp_path / "安全生产工作会议讲话稿.docx")), 1, "锁文件 .~lock.")
    (tmp_path / "~$生产工作会议讲话稿.docx").write_bytes(b"x")  # Word's name for a long one: its first two characters go
    (tmp_path / ".~lock.安全生产工作会议讲话稿.docx#").unlink()
    refused(run("export", str(speech), "-o", str(tmp_path / "安全生产工作会议讲话稿.docx")), 1, "锁文件 ~$生产工作会议讲话稿.docx")
    forced = run("update", str(word), "--points", "4", "--force")
    assert forced.exit_code == 0, forced.output


def test_check_fix_numbers_its_backup_after_updates_and_keeps_the_bound(tmp_path: Path) -> None:
    """`check --fix` took the first free .bakN: after update's pruning (.bak, .bak4 … .bak8) it wrote .bak2, the oldest
    number, which the next update then deleted first; its backups were not bounded either."""
    from drafter.files import BACKUPS_KEPT
    from tests.cli_runner import run

    speech = _drafted(tmp_path)
    for i in range(BACKUPS_KEPT + 2):
        assert run("update", str(speech), "--points", str(3 + i % 2)).exit_code == 0
    numbers = sorted(int(p.name.rsplit(".bak", 1)[1]) for p in tmp_path.glob("讲话.md.bak?*"))
    with speech.open("a", encoding="utf-8") as f:
        f.write("\n要抓好落实,确保见效.\n")
    edited = speech.read_bytes()
    result = run("check", str(speech), "--fix")
    assert result.exit_code in (0, 3), result.output
    newest = tmp_path / f"讲话.md.bak{numbers[-1] + 1}"
    assert newest.read_bytes() == edited
    assert len(list(tmp_path.glob("讲话.md.bak*"))) == BACKUPS_KEPT + 1


def test_two_clerks_drafting_to_one_file_at_once_both_keep_their_draft(tmp_path: Path, monkeypatch) -> None:
    """Two `draft -o 讲话.md` at once (or one answering questions while a colleague drafts): both said 已写入 讲话.md, and
    the first draft was gone. The one that finds the file written meanwhile writes beside it and says so; a draft over
    an unchanged earlier one replaces it as before."""
    from drafter import drafting
    from tests.cli_runner import run

    speech = tmp_path / "讲话.md"
    real = drafting.make_draft

    def colleague_meanwhile(request, prompt=None):  # type: ignore[no-untyped-def]
        result = real(request, prompt=prompt)
        monkeypatch.setattr(drafting, "make_draft", real)  # the colleague's own draft: once
        other = run(*_BASE, "--set", "meeting=全县防汛抗旱工作会议", "--seed", "2", "-o", str(speech))
        assert other.exit_code == 0, other.output
        return result

    monkeypatch.setattr(drafting, "make_draft", colleague_meanwhile)
    result = run(*_BASE, "--set", "meeting=全县安全生产工作会议", "--seed", "1", "-o", str(speech))
    assert result.exit_code == 0, result.output
    beside = tmp_path / "讲话-另存.md"
    assert "起草期间 讲话.md 被另一个程序写过" in result.stderr and f"已写入 {beside}" in result.stderr, result.stderr
    assert "防汛" in speech.read_text(encoding="utf-8").splitlines()[0]
    assert "安全生产" in beside.read_text(encoding="utf-8").splitlines()[0]
    assert (tmp_path / "讲话-另存.answers.yaml").is_file()
    again = run(*_BASE, "--set", "meeting=全县安全生产工作会议", "--seed", "3", "-o", str(speech))  # nobody meanwhile
    assert again.exit_code == 0 and "另存" not in again.stderr, again.output
    assert "安全生产" in speech.read_text(encoding="utf-8").splitlines()[0]
