"""Hostile input: shared libraries, templates and speech files built to hang, exhaust or trick drafter.

Every case runs the real command in a child process capped at 1 GB of memory
and 10 seconds of CPU (a minute of wall time, for a loaded machine), and must end with a clear Chinese message naming the file, a
non-zero exit, no traceback, and no file changed.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import MINI_LIBRARY, REPO

pytestmark = pytest.mark.hostile

MEMORY_CAP = 1024 * 1024 * 1024
TIME_CAP = 10  # seconds of CPU: what a hang or a blow-up spends, however loaded the machine is
WALL_CAP = 60  # a child blocked without spending CPU


def _cap_memory() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    resource.setrlimit(resource.RLIMIT_CPU, (TIME_CAP, TIME_CAP + 1))


def drafter(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(cwd / ".cache")}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "drafter", *args], cwd=cwd, env=env, capture_output=True,
            text=True, timeout=WALL_CAP, preexec_fn=_cap_memory,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"drafter {' '.join(args)} ran past {WALL_CAP} s")
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        pytest.fail(f"drafter {' '.join(args)} used more than {TIME_CAP} s of CPU")
    return done


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.parts and not p.name.endswith(".lock")
    }


def refused(result: subprocess.CompletedProcess[str], *names: str) -> None:
    """A clear refusal: non-zero, no traceback, Chinese, naming what it refused."""
    assert result.returncode != 0, result.stdout[-500:]
    assert "Traceback" not in result.stderr + result.stdout, result.stderr[-2000:]
    said = result.stderr + result.stdout  # lint reports its findings on stdout
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr), result.stderr
    for name in names:
        assert name in said, said[-2000:]


# What a command keeps in its cache folder of drafter's own code and tables, whatever the input: regular expressions
# (regexcache), dataclass code (execcache), the command line's spec, the gazetteer and the data tables. Keyed by code
# and tables alone, never by a library, template, corpus or file a test builds to attack.
_CODE_CACHES = ("regex-", "exec-", "clispec-", "gazetteer-", "table-")


@pytest.fixture(scope="session")
def _code_caches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Those caches, as the commands of this file write them in an empty cache folder, made once per worker.

    Each case's command runs with a cache folder of its own (`drafter`: `.cache` in its folder), so that nothing one
    hostile input leaves there reaches another; built cold each time, drafter's own caches cost each command ~1 s of
    CPU (a draft 1.6 s cold, 0.6 s warm), some forty commands a run. A case's folder starts with a copy of them: what
    a hostile input can make drafter write (the library's parse, a corpus index, a snapshot) is still made afresh.
    """
    work = tmp_path_factory.mktemp("hostile-code-caches")
    (work / "lib").mkdir()
    (work / "lib" / "base.yaml").write_text(MINI_LIBRARY + _points(), encoding="utf-8")
    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "s.md").write_text("同志们：\n\n今天召开全县妇女儿童工作会议，主要任务是安排部署工作。\n", encoding="utf-8")
    for args in (DRAFT + ("-o", "稿.md"), ("check", "稿.md"), ("diff", "稿.md", "--against", "corpus")):
        subprocess.run([sys.executable, "-m", "drafter", *args], cwd=work, capture_output=True, timeout=300,
                       env={**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(work / ".cache")})  # fmt: skip
    kept = work / "kept"
    kept.mkdir()
    for path in (work / ".cache").rglob("*"):
        if path.is_file() and path.name.startswith(_CODE_CACHES):
            shutil.copy2(path, kept / path.name)
    assert any(kept.glob("gazetteer-*")) and any(kept.glob("regex-*")), sorted(p.name for p in (work / ".cache").rglob("*"))
    return kept


@pytest.fixture
def work(tmp_path: Path, _code_caches: Path) -> Path:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "base.yaml").write_text(MINI_LIBRARY + _points(), encoding="utf-8")
    shutil.copytree(_code_caches, tmp_path / ".cache" / "drafter")
    return tmp_path


# Distinct headings: the planner never puts two near-identical points in one draft.
_HEADS = ("提高思想认识", "突出工作重点", "狠抓任务落实", "强化组织保障")


def _points() -> str:
    out = []
    for stage in ("认识", "任务", "任务", "保障"):
        n = len(out)
        out.append(
            f"- id: point.{n}\n  role: point\n  tags: [{stage}]\n  heading: {_HEADS[n]}\n"
            f"  text: 这是第{n}个{stage}要点的开头。\n"
            f"  source: {{speech: s-01, where: 第{n}点}}\n"
        )
    return "".join(out)


DRAFT = ("draft", "--no-input", "--seed", "1", "--library", "lib",
         "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议")  # fmt: skip


def _hostile_text(body: str) -> str:
    return (
        "- id: opening.hostile\n  role: opening\n  tags: [妇女儿童]\n"
        f'  text: "{body}"\n  source: {{speech: s-01, where: 开头}}\n'
    )


BILLION_LAUGHS = (
    "- id: point.bomb\n  role: point\n  tags: [任务]\n  heading: 炸弹\n  text: 正文。\n"
    "  source: {speech: s-01, where: x}\n  subpoints: &a9 [&a8 [&a7 [&a6 [&a5 [&a4 [&a3 [&a2 [&a1 "
    "[&a0 {heading: 甲}, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0], "
    + ", ".join(", ".join([f"*a{i}"] * 8) + "]" for i in range(1, 9))
    + "\n"
)


@pytest.mark.parametrize("command", [("fragments", "lint", "--library", "lib"), DRAFT,
                                     ("fragments", "list", "--library", "lib")])  # fmt: skip
def test_yaml_alias_bomb_is_refused_quickly(work: Path, command: tuple[str, ...]) -> None:
    (work / "lib" / "bomb.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    before = snapshot(work)
    result = drafter(*command, cwd=work)
    if command[:2] == ("fragments", "list"):  # list shows the rest and reports the broken file
        assert "bomb.yaml" in result.stderr and "Traceback" not in result.stderr
    else:
        refused(result, "bomb.yaml", "锚点")
    assert snapshot(work) == before


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("{{ targets.append('伪造的目标') or '' }}", "调用函数"),
        ("{{ 'x' * 1000000000 }}", "乘法"),
        ("{{ '%0999999999d' | format(1) }}", "format"),
        ("{{ 9 ** 999999999 }}", "乘方"),
        ("{{ 1 / 0 }}", "除法"),
        ("{{ '%d' | format(meeting) }}", "format"),
        ("{% set s = meeting ~ meeting %}{{ s }}", "赋值"),
        ("{{ meeting | replace('', 'xxxxxxxx') }}", "replace"),
        (
            "{% for a in plans %}{% for b in plans %}{% for c in plans %}{% for d in plans %}"
            "{{ d }}{% endfor %}{% endfor %}{% endfor %}{% endfor %}",
            "循环嵌套",
        ),
    ],
)
def test_dangerous_jinja_is_refused_at_load_by_draft_and_lint(
    work: Path, body: str, what: str
) -> None:
    (work / "lib" / "evil.yaml").write_text(_hostile_text(body), encoding="utf-8")
    before = snapshot(work)
    refused(drafter(*DRAFT, "-o", "稿.md", cwd=work), "evil.yaml", what)
    refused(drafter("fragments", "lint", "--library", "lib", cwd=work), "evil.yaml", what)
    assert snapshot(work) == before


def test_deeply_nested_blocks_are_refused_without_recursion_error(work: Path) -> None:
    body = "{% if meeting %}" * 400 + "甲" + "{% endif %}" * 400
    (work / "lib" / "deep.yaml").write_text(_hostile_text(body), encoding="utf-8")
    refused(drafter("fragments", "lint", "--library", "lib", cwd=work), "deep.yaml")
    refused(drafter(*DRAFT, cwd=work), "deep.yaml")


def test_a_template_with_arithmetic_names_its_file_and_line(work: Path) -> None:
    shutil.copytree(REPO / "templates", work / "tpl")
    path = work / "tpl" / "work-meeting.yaml"
    text = path.read_text(encoding="utf-8").replace("{{ closing }}", "{{ closing }}{{ 1/0 }}")
    path.write_text(text, encoding="utf-8")
    result = drafter(*DRAFT, "--templates", "tpl", cwd=work)
    refused(result, "work-meeting.yaml:")
    assert "work-meeting.yaml:1：" not in result.stderr


def test_a_template_with_duplicate_keys_is_refused(work: Path) -> None:
    shutil.copytree(REPO / "templates", work / "tpl")
    path = work / "tpl" / "work-meeting.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nname: 又一个名字\n", encoding="utf-8")
    refused(drafter(*DRAFT, "--templates", "tpl", cwd=work), "work-meeting.yaml", "重复")


def _docx_bomb(path: Path, xml_bytes: int) -> None:
    """A small .docx whose document.xml inflates to `xml_bytes`."""
    head = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head)
            chunk = b"<w:p><w:r><w:t>" + b"\xe5\x95\x8a" * 20000 + b"</w:t></w:r></w:p>"
            for _ in range(xml_bytes // len(chunk) + 1):
                part.write(chunk)
            part.write(b"</w:body></w:document>")


@pytest.mark.parametrize("command", ["ingest", "check", "diff"])
def test_docx_that_inflates_is_refused_before_parsing(work: Path, command: str) -> None:
    _docx_bomb(work / "炸弹.docx", 120 * 1024 * 1024)
    assert (work / "炸弹.docx").stat().st_size < 2 * 1024 * 1024
    (work / "corpus").mkdir()
    args = {
        "ingest": ("ingest", "炸弹.docx", "--library", "lib", "--corpus", "corpus"),
        "check": ("check", "炸弹.docx"),
        "diff": ("diff", "炸弹.docx", "--against", "corpus"),
    }[command]
    before = snapshot(work)
    result = drafter(*args, cwd=work)
    assert "Traceback" not in result.stderr
    assert "炸弹.docx" in result.stderr and "解压后" in result.stderr, result.stderr
    if command != "ingest":  # ingest reports the file and goes on with the others
        refused(result)
    assert snapshot(work) == before


_ROUNDS = """
import sys
from drafter.curate.edit import add_fragment, locate_fragment, remove_located, replace_fragment

w, rounds = sys.argv[1], int(sys.argv[2])
for i in range(rounds):
    fid = f"opening.w{w}.{i}"
    add_fragment("lib", f"- id: {fid}\\n  role: opening\\n  tags: [通用]\\n"
                 f"  text: 第{w}组第{i}条开场白。\\n  source: {{speech: s-01, where: 开头}}\\n", file="lib/base.yaml")
    located = locate_fragment("lib", fid)
    if i % 2:
        remove_located(located)
    else:
        replace_fragment("lib", located, located.text.replace("开场白", "改过的开场白"))
"""


def _final_state(work: Path) -> dict[str, str]:
    from drafter.library import load_library

    return {f.id: f.text for f in load_library(work / "lib", strict=True, cache=False).fragments}


def test_four_writers_add_edit_and_remove_in_one_file_and_lose_nothing(work: Path, tmp_path: Path) -> None:
    """4 processes × 50 rounds of add, then edit or remove, on one file: the result of a serial run.

    The serial result is written out, not run: the library as it was, plus each writer's even rounds with
    their edited text (odd rounds were removed). Four serial processes computed the same (26 s of the suite)
    and would have agreed with a wrong edit; this oracle does not.
    """
    expected = _final_state(work) | {
        f"opening.w{w}.{i}": f"第{w}组第{i}条改过的开场白。" for w in range(4) for i in range(0, 50, 2)
    }
    procs = [
        subprocess.Popen([sys.executable, "-c", _ROUNDS, str(w), "50"], cwd=work, stderr=subprocess.PIPE, text=True)
        for w in range(4)
    ]
    errors = [p.communicate(timeout=600)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), [e[-600:] for e in errors]
    assert _final_state(work) == expected
    assert sum(1 for k in expected if k.startswith("opening.w")) == 4 * 25


def test_read_only_fragment_file_stays_untouched(work: Path) -> None:
    path = work / "lib" / "base.yaml"
    path.chmod(0o444)
    try:
        result = drafter("fragments", "rm", "ack.thanks", "--library", "lib", cwd=work)
        refused(result, "只读")
        assert "ack.thanks" in path.read_text(encoding="utf-8")
        assert not path.stat().st_mode & 0o200
    finally:
        path.chmod(0o644)


def test_a_symlinked_fragment_file_stays_a_link(work: Path) -> None:
    real = work / "shared-base.yaml"
    (work / "lib" / "base.yaml").rename(real)
    (work / "lib" / "base.yaml").symlink_to(real)
    result = drafter("fragments", "rm", "ack.thanks", "--library", "lib", cwd=work)
    assert result.returncode == 0, result.stderr
    assert (work / "lib" / "base.yaml").is_symlink()
    assert "ack.thanks" not in real.read_text(encoding="utf-8")


def _device_or_pipe(path: Path, kind: str) -> None:
    if kind == "pipe":
        os.mkfifo(path)  # a reader waits for a writer that never comes
    else:
        path.symlink_to("/dev/urandom")  # states size 0, never ends


needs_devices = pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/urandom").exists(), reason="POSIX only")


@needs_devices
@pytest.mark.parametrize("kind", ["device", "pipe"])
@pytest.mark.parametrize("command", [("fragments", "lint", "--library", "lib"), DRAFT])
def test_a_device_or_pipe_in_a_shared_library_is_refused_unread(work: Path, kind: str, command: tuple[str, ...]) -> None:
    _device_or_pipe(work / "lib" / "topic.yaml", kind)
    refused(drafter(*command, cwd=work), "topic.yaml", "不是普通文件")


@needs_devices
@pytest.mark.parametrize("kind", ["device", "pipe"])
@pytest.mark.parametrize("command", [
    ("check", "{f}"), ("ingest", "in", "--dry-run"), ("audit", "in", "--min-chars", "30"),
    ("draft", "--no-input", "--answers", "{f}", "-o", "out.md"), ("diff", "out.md", "--against", "{f}"),
])  # fmt: skip
def test_a_device_or_pipe_given_as_input_is_refused_unread(work: Path, kind: str, command: tuple[str, ...]) -> None:
    (work / "in").mkdir()
    _device_or_pipe(work / "in" / "讲话.txt", kind)
    (work / "out.md").write_text("# 讲话\n\n同志们：\n\n今天开会。\n", encoding="utf-8")
    for n in (1, 2):  # the folder's other speeches are read as usual
        (work / "in" / f"其他{n}.txt").write_text(f"# 讲话{n}\n\n同志们：\n\n{'今天召开全县安全生产工作会议，部署当前工作。' * 3}\n", encoding="utf-8")
    result = drafter(*(a.replace("{f}", "in/讲话.txt") for a in command), cwd=work)
    if command[0] == "audit":  # the archive is audited; the file is named among those skipped
        assert result.returncode == 0 and "其他1.txt" in result.stdout, result.stderr
        assert "讲话.txt：不是普通文件" in result.stdout
        return
    refused(result, "讲话.txt", "不是普通文件")
    assert "不存在" not in result.stderr


def test_a_line_of_repeated_characters_is_reported_not_crashed(work: Path) -> None:
    (work / "稿.txt").write_text("同志们：\n\n" + "啊" * 101 + "。\n", encoding="utf-8")
    result = drafter("check", "稿.txt", cwd=work)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "一百" in result.stdout


@pytest.mark.parametrize(
    ("value", "shown"), [("reporter=007", "007"), ("reporter={x}主任", "{x}主任")]
)
def test_set_values_stay_text(work: Path, value: str, shown: str) -> None:
    result = drafter(*DRAFT, "--set", value, "--json", cwd=work)
    assert result.returncode == 0, result.stderr
    assert shown in result.stdout


def test_same_name_from_another_folder_gets_its_own_corpus_id(work: Path) -> None:
    seed = (
        REPO / "tests" / "fixtures" / "ingest" / "seed" / "women-children-conference-speeches.txt"
    )
    lines = seed.read_text(encoding="utf-8").splitlines()
    (work / "A").mkdir()
    (work / "B").mkdir()
    (work / "A" / "讲话.txt").write_text("\n".join(lines[:60]), encoding="utf-8")
    (work / "B" / "讲话.md").write_text("\n".join(lines[88:133]), encoding="utf-8")
    for src in ("A/讲话.txt", "B/讲话.md"):
        result = drafter("ingest", src, "--library", "lib", "--corpus", "corpus", cwd=work)
        assert result.returncode == 0, result.stderr
    origins = sorted(p.read_text(encoding="utf-8").split("file: ")[1].split("\n")[0]
                     for p in (work / "corpus").glob("*.md"))  # fmt: skip
    assert "讲话.md" in origins and "讲话.txt" in origins


def test_an_unreadable_subfolder_is_reported_not_skipped(work: Path, monkeypatch) -> None:
    """Root reads every folder, so the permission failure is simulated at os.scandir."""
    from drafter.library import load_library

    (work / "lib" / "locked").mkdir()
    (work / "lib" / "locked" / "more.yaml").write_text(MINI_LIBRARY, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    library = load_library(work / "lib", strict=False, cache=False)
    assert any("locked" in str(e.path) and "读权限" in e.message for e in library.errors)


def _corpus(work: Path, n: int = 6) -> Path:
    seed = REPO / "tests" / "fixtures" / "ingest" / "seed" / "women-children-conference-speeches.txt"
    paras = [p for p in seed.read_text(encoding="utf-8").split("\n\n") if len(p) > 40]
    corpus = work / "corpus"
    corpus.mkdir(exist_ok=True)
    for i in range(n):
        (corpus / f"s{i}.md").write_text("\n\n".join(paras[i::n]), encoding="utf-8")
    return corpus


def test_four_diffs_at_once_on_a_fresh_index_all_succeed(work: Path) -> None:
    corpus = _corpus(work)
    draft = work / "稿.md"
    draft.write_text((corpus / "s1.md").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "drafter", "diff", "稿.md", "--against", "corpus", "--json"],
            cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [e[-800:] for _, e in outs]
    assert all("Traceback" not in e for _, e in outs)
    assert len({o for o, _ in outs}) == 1  # every run reports the same


def test_a_damaged_index_is_rebuilt_with_a_notice(work: Path) -> None:
    corpus = _corpus(work)
    (work / "稿.md").write_text((corpus / "s2.md").read_text(encoding="utf-8"), encoding="utf-8")
    first = drafter("diff", "稿.md", "--against", "corpus", "--json", cwd=work)
    assert first.returncode == 0, first.stderr
    (index,) = corpus.glob(".*.sqlite")  # kept beside the sources, hidden
    data = bytearray(index.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page past the header
    index.write_bytes(bytes(data))
    again = drafter("diff", "稿.md", "--against", "corpus", "--json", cwd=work)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
    assert "重新建立" in again.stdout + again.stderr
    import json

    assert json.loads(again.stdout)["reuse"] == json.loads(first.stdout)["reuse"]


def test_a_same_size_edit_with_its_mtime_restored_is_seen(work: Path) -> None:
    corpus = _corpus(work, 2)
    src = corpus / "s0.md"
    text = src.read_text(encoding="utf-8")
    (work / "稿.md").write_text(text, encoding="utf-8")
    first = drafter("diff", "稿.md", "--against", "corpus", "--json", cwd=work)
    assert '"reuse": 1' in first.stdout.replace(" ", "") or "100" in first.stdout
    st = src.stat()
    swapped = "\n".join(line[::-1] for line in text.split("\n"))  # same size, other text
    assert len(swapped.encode()) == len(text.encode())
    src.write_text(swapped, encoding="utf-8")
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    import json

    report = json.loads(drafter("diff", "稿.md", "--against", "corpus", "--json", cwd=work).stdout)
    before = json.loads(first.stdout)
    assert report["reuse"] < before["reuse"]


def test_a_fonts_path_to_a_private_file_is_not_echoed(work: Path) -> None:
    secret = work / "secret.txt"
    secret.write_text("root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\nalice: 口令是一二三\n", encoding="utf-8")
    (work / "稿.md").write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天开会。\n", encoding="utf-8")
    result = drafter("export", "稿.md", "-o", "稿.docx", "--fonts", "secret.txt", cwd=work)
    refused(result, "secret.txt")
    assert "hashhash" not in result.stderr and "口令" not in result.stderr
    assert not (work / "稿.docx").exists()


def test_export_onto_its_own_input_is_refused(work: Path) -> None:
    text = "---\nid: s-01\ntitle: 在全县安全生产工作会议上的讲话\n---\n\n同志们：\n\n今天开会。\n"
    (work / "语料.md").write_text(text, encoding="utf-8")
    refused(drafter("export", "语料.md", "-o", "语料.md", cwd=work), "语料.md")
    assert (work / "语料.md").read_text(encoding="utf-8") == text
