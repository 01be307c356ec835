"""`drafter resident`: a command handed to the resident gives what it gives in-process, or runs in-process."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from drafter.cli import handover

pytestmark = pytest.mark.skipif(not handover.supported(), reason="the resident needs Linux (AF_UNIX, SO_PEERCRED, fork)")

DRAFT = ["draft", "--no-input", "--seed", "3", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议"]
SPEECH = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全市安全生产工作会议。我讲三点意见。\n\n一、提高认识\n\n"
ANSWERS = "place: 江阴市\nmeeting: 全市乡村振兴工作推进会\n成绩: 新建高标准农田\n"


def drafter(env: dict[str, str], *args: str, cwd: Path | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "drafter", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=120, **kw)  # fmt: skip


def status(env: dict[str, str]) -> dict:
    return json.loads(drafter(env, "resident", "status", "--json").stdout)


def socket_of(env: dict[str, str]) -> str:
    """The socket a resident of this interpreter and checkout listens on under env's runtime folder."""
    return os.path.join(env["XDG_RUNTIME_DIR"], "drafter", os.path.basename(handover.socket_path()))


def ask(env: dict[str, str], *, wait: bool = False) -> dict:
    """The resident's status, asked on its socket (wait: once the last command's child is reaped, as the bench)."""
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(30)
        sock.connect(socket_of(env))
        data = json.dumps({"op": "status", "wait": wait, "protocol": handover.PROTOCOL}).encode()
        sock.sendall(len(data).to_bytes(4, "big") + data)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    return json.loads(reply[5:])


def answered(env: dict[str, str]) -> int:
    return int(ask(env, wait=True)["answered"])


def gone(pid: int, within: float = 10.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


@pytest.fixture(scope="module")
def base_env(tmp_path_factory: pytest.TempPathFactory):
    """A user's environment of their own: home, config, the session's cache, a short runtime folder."""
    home = tmp_path_factory.mktemp("resident-user")
    runtime = tempfile.mkdtemp(prefix="dr-")  # a socket's path must stay under 108 bytes
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "PYTEST_", "COV_"))}
    env["DRAFTER_RESIDENT_WARM_UP"] = "0"  # only the code preloaded: the test's first commands fill the caches
    env.update({"DRAFTER_HOME": str(home / "workspace"), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_CACHE_HOME": str(tmp_path_factory.getbasetemp() / "user-cache"), "XDG_RUNTIME_DIR": runtime})  # fmt: skip
    # this user said `drafter resident off`: a command with no resident runs here and starts none (auto_env starts)
    (home / "config" / "drafter").mkdir(parents=True)
    (home / "config" / "drafter" / "resident-off").write_text("off\n")
    yield env
    subprocess.run(["rm", "-rf", runtime], check=False)


@pytest.fixture
def own_env(base_env):
    """The same user with a runtime folder of its own: a resident started here is not the module's."""
    runtime = tempfile.mkdtemp(prefix="dr-")
    yield {**base_env, "XDG_RUNTIME_DIR": runtime, "DRAFTER_RESIDENT_WARM_UP": "0"}  # a quicker start
    drafter({**base_env, "XDG_RUNTIME_DIR": runtime}, "resident", "stop")
    subprocess.run(["rm", "-rf", runtime], check=False)


def start(env: dict[str, str], idle: str = "1") -> int:
    out = drafter(env, "resident", "start", "--idle", idle)
    assert out.returncode == 0, out.stderr
    return int(status(env)["pid"])


@pytest.fixture(scope="module")
def resident(base_env):
    # idle for 10 minutes, not 1: the tests between its uses start warmed residents of their own, and on a loaded
    # machine the first of them (which settles the library's likely pairs, drafter/render/settle.py) takes a while
    pid = start(base_env, idle="10")
    yield base_env
    drafter(base_env, "resident", "stop")
    assert gone(pid), "the resident is still running after stop"


def both(env: dict[str, str], *args: str, cwd: Path) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """The command run through the resident, then in-process; asserts the first did go through the resident."""
    before = answered(env)
    there = drafter(env, *args, cwd=cwd)
    assert answered(env) == before + 1, f"{args} was not run by the resident"
    here = drafter({**env, "DRAFTER_NO_RESIDENT": "1"}, *args, cwd=cwd)
    return there, here


def test_commands_give_the_same_output_and_exit_code_through_the_resident(resident, tmp_path):
    (tmp_path / "讲话.md").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "答案.yaml").write_text(ANSWERS, encoding="utf-8")
    (tmp_path / "坏.yaml").write_text("place: [清河县\n", encoding="utf-8")
    cases = [
        DRAFT,
        ["draft", "--no-input", "--answers", "答案.yaml", "--seed", "2", "--json"],
        ["check", "讲话.md"],
        ["fragments", "search", "责任感", "--limit", "3"],
        ["draft", "--no-input", "--points", "9", *DRAFT[2:]],  # a usage error: typer's message, exit 2
        ["draft", "--no-input", "--answers", "坏.yaml"],  # a bad file: the Chinese message with its line
    ]
    codes = []
    for args in cases:
        there, here = both(resident, *args, cwd=tmp_path)
        assert (there.returncode, there.stdout, there.stderr) == (here.returncode, here.stdout, here.stderr), args
        codes.append(there.returncode)
    assert codes[:4] == [0, 0, 3, 0] or codes[:4] == [0, 0, 0, 0]
    assert codes[4] == 2 and codes[5] != 0
    assert "坏.yaml" in there.stderr and "Traceback" not in there.stderr
    # a draft written to a file: the same files, with the client's umask
    there = drafter({**resident, "DRAFTER_NO_RESIDENT": ""}, *DRAFT, "-o", "甲.md", cwd=tmp_path)
    here = drafter({**resident, "DRAFTER_NO_RESIDENT": "1"}, *DRAFT, "-o", "乙.md", cwd=tmp_path)
    assert there.returncode == here.returncode == 0
    assert (tmp_path / "甲.md").read_text(encoding="utf-8") == (tmp_path / "乙.md").read_text(encoding="utf-8")
    assert (tmp_path / "甲.md").stat().st_mode == (tmp_path / "乙.md").stat().st_mode


def test_each_command_reads_its_own_environment(resident, tmp_path):
    homes = {}
    for name in ("甲", "乙"):
        env = {**resident, "DRAFTER_HOME": str(tmp_path / name), "DRAFTER_NO_RESIDENT": "1"}
        made = drafter(env, "init", str(tmp_path / name), cwd=tmp_path)
        assert made.returncode == 0, made.stderr
        homes[name] = env
    word = "常驻测试专用词语"
    added = drafter(homes["甲"], "fragments", "add", "--id", "opening.resident-test", "--role", "opening",
                    "--tag", "通用", "--text", f"今天，我们在这里{word}。", "--source", "mine")  # fmt: skip
    assert added.returncode == 0, added.stderr
    for name, found in (("甲", True), ("乙", False), ("甲", True)):
        env = {**homes[name], "DRAFTER_NO_RESIDENT": ""}
        there, here = both(env, "fragments", "search", word, "--json", cwd=tmp_path)
        assert there.stdout == here.stdout
        assert ("opening.resident-test" in there.stdout) is found, name


@pytest.fixture(scope="module")
def _warmed(base_env, tmp_path_factory: pytest.TempPathFactory):
    """A resident warmed up on a copy of the shipped library a user edits, started once the caches a user has after a
    first draft from it are there: one for the module (its warm-up settles the library's likely pairs, a copy's first
    draft parses it cold), used by the tests that edit the library while it runs, each putting back what it edited."""
    import shutil

    from drafter.library.paths import default_library_dir

    folder = tmp_path_factory.mktemp("resident-library")
    library = folder / "片段库"
    shutil.copytree(default_library_dir(), library)
    runtime = tempfile.mkdtemp(prefix="dr-")
    env = {**base_env, "XDG_RUNTIME_DIR": runtime, "DRAFTER_RESIDENT_WARM_UP": "1", "DRAFTER_LIBRARY": str(library),
           "DRAFTER_CACHE_DIR": str(folder / "cache")}  # fmt: skip
    first = drafter({**env, "DRAFTER_NO_RESIDENT": "1"}, *DRAFT, cwd=folder)
    assert first.returncode == 0, first.stderr
    pid = start(env, idle="10")  # (10 minutes: the tests of the file between its uses take a while on a loaded machine)
    yield library, env
    drafter(env, "resident", "stop")
    assert gone(pid), "the resident is still running after stop"
    subprocess.run(["rm", "-rf", runtime], check=False)


@pytest.fixture
def edited_library(_warmed):
    """The module's copy of the library and the environment of the resident warmed up on it; files put back after."""
    library, env = _warmed
    files = {path: path.read_bytes() for path in library.rglob("*.yaml")}
    yield library, env
    for path, data in files.items():
        if path.read_bytes() != data:
            path.write_bytes(data)


def test_a_warmed_resident_drafts_as_a_command_does_and_sees_an_edited_fragment_at_once(edited_library, tmp_path):
    """The resident works out before forking what a draft needs of the library it warmed up on (every fragment
    parsed, per-fragment results, the corpus's sentences): a draft for another meeting is the same as in-process,
    and a fragment edited while the resident runs is drafted from the edited file."""
    library, env = edited_library
    women = ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议", "--json"]
    there, here = both(env, *women, cwd=tmp_path)
    assert there.returncode == here.returncode == 0, there.stderr
    assert (there.stdout, there.stderr) == (here.stdout, here.stderr)
    # A sentence of the draft that one fragment file holds word for word: edit it there.
    text = json.loads(there.stdout)["text"]
    files = sorted(library.rglob("*.yaml"))
    contents = {f: f.read_text(encoding="utf-8") for f in files}
    found = None
    for line in text.splitlines():
        for start_at in range(0, max(0, len(line) - 12), 6):
            piece = line[start_at : start_at + 12]
            holders = [f for f, c in contents.items() if piece in c]
            if len(piece) == 12 and "，" not in piece and len(holders) == 1 and contents[holders[0]].count(piece) == 1:
                found = (holders[0], piece)
                break
        if found:
            break
    assert found, "no sentence of the draft is held by one fragment file"
    file, piece = found
    file.write_text(contents[file].replace(piece, piece[:6] + "常驻改稿" + piece[6:]), encoding="utf-8")
    first = there.stdout
    there, here = both(env, *women, cwd=tmp_path)
    assert there.returncode == here.returncode == 0, there.stderr
    assert (there.stdout, there.stderr) == (here.stdout, here.stderr)
    assert there.stdout != first  # the edited text (or, its text changed, another of its phrasings) is drafted


def test_a_speech_added_to_the_corpus_between_two_drafts_is_measured_by_the_worker_s_next_draft(own_env, tmp_path):
    """The worker remembers how each draft sentence matched the corpus (what its snapshot holds): a speech added to
    the user's corpus that copies the draft with small edits is found by the next draft, as in process."""
    env = {**own_env, "DRAFTER_HOME": str(tmp_path / "workspace"), "DRAFTER_CACHE_DIR": str(tmp_path / "cache")}
    drafter({**env, "DRAFTER_NO_RESIDENT": "1"}, *DRAFT, cwd=tmp_path)  # the caches a user has after a first draft
    start(env)
    args = [*DRAFT, "--json"]
    there, here = both(env, *args, cwd=tmp_path)
    again, _ = both(env, *args, cwd=tmp_path)  # measured from what the worker remembers
    assert there.returncode == here.returncode == 0, there.stderr
    assert there.stdout == here.stdout == again.stdout
    first = json.loads(there.stdout)
    corpus = tmp_path / "workspace" / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    edited = first["text"].replace("要", "须").replace("全面", "全力").replace("工作", "事务")  # no sentence word for word
    (corpus / "抄稿.md").write_text(edited, encoding="utf-8")
    there, here = both(env, *args, cwd=tmp_path)
    assert there.returncode == here.returncode == 0, there.stderr
    assert (there.stdout, there.stderr) == (here.stdout, here.stderr)
    measured = json.loads(there.stdout)["originality"]
    assert measured["largest_source"] == "抄稿" != first["originality"]["largest_source"]


def test_a_resident_of_other_code_refuses_and_exits_and_the_command_runs_here(own_env, tmp_path):
    base_env = own_env
    pid = start(base_env)
    package = Path(handover.identity()["package"]) / "userdirs.py"
    st = package.stat()
    try:
        os.utime(package, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # as a new install would
        out = drafter(base_env, "fragments", "search", "责任感", "--limit", "1", cwd=tmp_path)
    finally:
        os.utime(package, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert out.returncode == 0 and "责任感" in out.stdout and out.stderr.startswith("找到")
    assert gone(pid), "a resident whose code changed on disk kept running"


def test_a_killed_resident_leaves_commands_running_in_process(own_env, tmp_path):
    base_env = own_env
    pid = start(base_env)
    os.kill(pid, signal.SIGKILL)
    assert gone(pid)
    assert os.path.exists(status(base_env)["socket"])  # the socket file is left behind
    there = drafter(base_env, "fragments", "search", "责任感", "--limit", "2", cwd=tmp_path)
    here = drafter({**base_env, "DRAFTER_NO_RESIDENT": "1"}, "fragments", "search", "责任感", "--limit", "2", cwd=tmp_path)
    assert (there.returncode, there.stdout, there.stderr) == (here.returncode, here.stdout, here.stderr)
    assert drafter(base_env, "resident", "status").returncode == 1


def test_unsafe_sockets_and_folders_are_refused_with_a_message(base_env, tmp_path):
    env = {**base_env, "XDG_RUNTIME_DIR": tempfile.mkdtemp(prefix="du-")}
    folder = Path(env["XDG_RUNTIME_DIR"], "drafter")
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    out = drafter(env, "fragments", "search", "责任感", "--limit", "1", cwd=tmp_path)
    assert out.returncode == 0 and "不安全" in out.stderr and "755" in out.stderr and "责任感" in out.stdout
    started = drafter(env, "resident", "start")
    assert started.returncode == 1 and "不安全" in started.stderr and "Traceback" not in started.stderr
    os.chmod(folder, 0o700)
    sock_path = json.loads(drafter(env, "resident", "status", "--json").stdout)["socket"]
    Path(sock_path).write_text("not a socket")  # a plain file where the socket should be
    out = drafter(env, "fragments", "search", "责任感", "--limit", "1", cwd=tmp_path)
    assert out.returncode == 0 and "不是套接字" in out.stderr
    os.unlink(sock_path)
    os.symlink(tmp_path / "elsewhere.sock", sock_path)  # a symbolic link
    out = drafter(env, "fragments", "search", "责任感", "--limit", "1", cwd=tmp_path)
    assert out.returncode == 0 and "符号链接" in out.stderr
    subprocess.run(["rm", "-rf", env["XDG_RUNTIME_DIR"]], check=False)


def test_another_users_folder_is_refused(base_env, monkeypatch, capsys):
    folder = Path(tempfile.mkdtemp(prefix="do-"), "drafter")
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder.parent))
    monkeypatch.delenv("DRAFTER_NO_RESIDENT", raising=False)
    real = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: real + 1)  # the folder is now another user's
    assert handover.hand_over(["check", "x.md"]) is None
    assert "属于另一个用户" in capsys.readouterr().err
    os.rmdir(folder)
    os.rmdir(folder.parent)


def test_malformed_and_giant_requests_are_refused_and_the_resident_keeps_serving(resident, tmp_path):
    path = socket_of(resident)
    for payload in (b"\xff\xff\xff\xff" + b"x" * 100, (12).to_bytes(4, "big") + b"not json!!!!", b"\x00\x00\x00\x02[]"):
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(10)
            sock.connect(path)
            sock.sendall(payload)
            assert sock.recv(1) == b"N"
    there, here = both(resident, "fragments", "search", "责任感", "--limit", "1", cwd=tmp_path)
    assert there.stdout == here.stdout


def test_ctrl_c_reaches_the_child_and_a_dead_client_takes_its_child_along(resident, tmp_path):
    for kill in (signal.SIGINT, signal.SIGKILL):
        before = answered(resident)
        # a long listing into a pipe nobody reads yet: the child waits to write
        client = subprocess.Popen([sys.executable, "-m", "drafter", "fragments", "list"], env=resident, cwd=tmp_path,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        end = time.monotonic() + 10
        while ask(resident)["running"] == 0 and time.monotonic() < end:
            time.sleep(0.02)
        assert ask(resident)["running"] == 1
        client.send_signal(kill)
        _, err = client.communicate(timeout=20)
        if kill == signal.SIGINT:
            assert client.returncode == 130 and "已取消" in err.decode()
        assert answered(resident) == before + 1 and ask(resident)["running"] == 0


def test_an_idle_resident_ends_by_itself(own_env):
    pid = start(own_env, idle="0.02")  # 1.2 seconds
    assert gone(pid, within=20), "the resident did not end after its idle time"
    assert drafter(own_env, "resident", "status").returncode == 1


def test_without_a_resident_the_hand_over_costs_a_command_next_to_nothing(base_env, tmp_path):
    code = ("import sys; from drafter.cli.handover import hand_over; "
            "print(hand_over(['check', 'x.md']), '_socket' in sys.modules, 'json' in sys.modules)")  # fmt: skip
    env = {**base_env, "XDG_RUNTIME_DIR": str(tmp_path)}  # no drafter/ folder in it: no resident was ever started
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False", "False"]


def test_a_client_that_went_away_wakes_the_resident_once_not_until_its_child_is_reaped(tmp_path):
    """The usual end of a command: the client has the exit code and exits while the child is still ending. Its
    hung-up connection is seen once (the child is told to stop); after that the loop waits for SIGCHLD, where it
    spun on that connection, using the resident's CPU for every millisecond the child took to exit."""
    from drafter.cli.resident_server import Resident

    resident = Resident(str(tmp_path / "r.sock"), 60.0)
    resident.listener.bind(resident.path)
    resident.listener.listen(1)  # nobody connects
    child = os.fork()
    if child == 0:  # a child still ending (its exit takes a moment)
        time.sleep(5)
        os._exit(0)
    ours, client = socket.socketpair()
    try:
        ours.setblocking(False)
        resident.children[child] = (ours, None)
        client.close()  # the client has its answer and is gone
        assert resident._poll(0) == [ours.fileno()]  # seen once …
        resident._client_event(ours.fileno())  # … and the child is told to stop
        assert resident.children[child][1] is not None
        assert resident._poll(0) == []  # then the loop sleeps until the child is reaped
    finally:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        ours.close()
        resident.listener.close()
        os.close(resident.wake_r)
        os.close(resident.wake_w)


# ------------------------------------------------------------------ the worker: commands served in turn


def start_probe(env: dict[str, str]) -> subprocess.Popen:
    """A resident whose `check @probe ACTION` does ACTION in the process that serves it (tests/resident_probe.py)."""
    path = socket_of(env)
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    server = subprocess.Popen([sys.executable, str(Path(__file__).with_name("resident_probe.py")), path, "300"],
                              env=env, cwd="/", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    end = time.monotonic() + 60
    while not os.path.exists(path) and time.monotonic() < end:
        time.sleep(0.05)
    assert os.path.exists(path), "the probe resident did not start"
    return server


@pytest.fixture
def probe(own_env):
    server = start_probe(own_env)
    yield own_env
    server.terminate()
    server.wait(timeout=20)


def run_probe(env: dict[str, str], action: str, cwd: Path, *, stdin: str = "") -> subprocess.CompletedProcess:
    out = drafter(env, "check", "@probe", action, cwd=cwd, input=stdin)
    assert answered(env) >= 0  # the command is over (its exit code reported) before the next starts
    return out


def report(env: dict[str, str], cwd: Path, **kw) -> dict:
    out = run_probe(env, "report", cwd, **kw)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


SEEN_ANEW = ("pid", "stdin", "random", "fds")  # by each process (a new worker's descriptors are numbered anew)


def test_what_a_command_changes_in_the_worker_does_not_reach_the_next_command(probe, tmp_path):
    (tmp_path / "甲").mkdir()
    first = report(probe, tmp_path / "甲", stdin="第一条的输入")
    assert first["cwd"] == str(tmp_path / "甲") and first["stdin"] == "第一条的输入" and first["env"] is None
    assert first["argv"] == ["check", "@probe", "report"]
    # What the worker puts back (environment, folder, umask, random state, warnings, signal handlers, sys.path):
    # the same worker serves the next command, which sees none of it.
    changed = run_probe(probe, "restorable", tmp_path)
    assert (changed.returncode, changed.stdout) == (0, "改了\n")
    again = report(probe, tmp_path / "甲", stdin="第二条")
    assert again["pid"] == first["pid"], ask(probe)["retired"]  # nothing left behind: the same worker
    assert again["stdin"] == "第二条"
    assert again["random"] not in (first["random"], random.Random(1).random())  # seeded anew, as in a forked child
    assert {k: again[k] for k in again if k not in ("stdin", "random")} == {
        k: first[k] for k in first if k not in ("stdin", "random")}  # fmt: skip
    assert report({**probe, "PROBE_LEAK": "客户端的"}, tmp_path)["env"] == "客户端的"  # the client's environment
    assert ask(probe)["by_worker"] == 4
    # What cannot be put back (a file left open, logging set up, a module's global rebound): that worker serves
    # no other command; the next runs in a new one and sees a process as the first command did.
    pids = {first["pid"]}
    for action in ("file", "logging", "global"):
        assert run_probe(probe, action, tmp_path).returncode == 0
        seen = report(probe, tmp_path / "甲")
        assert seen["pid"] not in pids, action
        pids.add(seen["pid"])
        assert {k: seen[k] for k in seen if k not in SEEN_ANEW} == {k: first[k] for k in first if k not in SEEN_ANEW}, action


def test_a_command_that_crashes_exits_or_hangs_never_leaves_a_later_command_a_wrong_answer(probe, tmp_path):
    first = report(probe, tmp_path)
    # as a forked child: a traceback and 1; sys.exit's code; os._exit: the client says the command ended abruptly
    raised = run_probe(probe, "raise", tmp_path)
    assert raised.returncode == 1 and "探针故障" in raised.stderr
    after = report(probe, tmp_path)
    assert after["pid"] != first["pid"]
    exited = run_probe(probe, "sysexit", tmp_path)
    assert exited.returncode == 4
    assert report(probe, tmp_path)["pid"] == after["pid"]  # an exit code is no reason to replace the worker
    gone_out = run_probe(probe, "exit", tmp_path)
    assert gone_out.returncode == 1 and "意外中止" in gone_out.stderr
    again = report(probe, tmp_path)
    assert again["pid"] not in (first["pid"], after["pid"])
    # a command that hangs: Ctrl+C ends it as in-process (已取消, 130); a client killed outright takes it along
    for kill in (signal.SIGINT, signal.SIGKILL):
        client = subprocess.Popen([sys.executable, "-m", "drafter", "check", "@probe", "hang"], env=probe,
                                  cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        assert client.stdout is not None and client.stdout.readline().decode() == "开始\n"
        hung = ask(probe)["worker"]["pid"]
        # meanwhile another command does not wait: it runs in a child of its own
        meanwhile = drafter(probe, "fragments", "search", "责任感", "--limit", "1", cwd=tmp_path)
        assert meanwhile.returncode == 0 and "责任感" in meanwhile.stdout
        client.send_signal(kill)
        _, err = client.communicate(timeout=20)
        if kill == signal.SIGINT:
            assert client.returncode == 130 and "已取消" in err.decode()
        assert gone(hung), "a worker whose command was stopped kept running"
        seen = report(probe, tmp_path)
        assert seen["pid"] != hung and seen["fds"] == first["fds"]


def test_a_worker_is_replaced_after_its_number_of_commands(own_env, tmp_path):
    env = {**own_env, "DRAFTER_RESIDENT_WORKER_COMMANDS": "2"}
    server = start_probe(env)
    try:
        pids = [report(env, tmp_path)["pid"] for _ in range(5)]
        assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]
        assert "2 commands" in " ".join(ask(env)["retired"])
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_the_worker_s_cpu_is_counted_in_the_resident_s_counters(probe, tmp_path):
    """bench_startup.py counts a command's CPU from the resident's counters: the worker is not reaped after each
    command, so what it spent must be in them as soon as the command is over."""
    report(probe, tmp_path)
    before = ask(probe, wait=True)
    assert run_probe(probe, "burn", tmp_path).returncode == 0
    after = ask(probe, wait=True)
    assert after["by_worker"] == before["by_worker"] + 1
    spent = after["cpu_self"] + after["cpu_children"] - before["cpu_self"] - before["cpu_children"]
    assert 0.3 <= spent < 1.0


def test_drafts_through_the_worker_are_those_of_a_forked_child_and_of_a_command(own_env, tmp_path):
    cases = [DRAFT, [*DRAFT[:3], "2", "--set", "place=江阴市", "--set", "meeting=全市乡村振兴工作推进会", "--json"],
             [*DRAFT[:3], "4", "--set", "place=城关镇", "--set", "meeting=全镇防汛工作会议", "-o", "稿.md"]]  # fmt: skip
    outputs: dict[str, list[tuple]] = {}
    for way, env in (("worker", own_env), ("fork", {**own_env, "DRAFTER_RESIDENT_WORKER": "0"}),
                     ("here", {**own_env, "DRAFTER_NO_RESIDENT": "1"})):  # fmt: skip
        if way != "here":
            start(env)
        for _ in range(2):  # twice: the worker's second draft of each is its fourth to sixth command
            for args in cases:
                out = drafter(env, *args, cwd=tmp_path)
                written = (tmp_path / "稿.md").read_text(encoding="utf-8") if "-o" in args else ""
                outputs.setdefault(way, []).append((out.returncode, out.stdout, out.stderr, written))
        if way != "here":
            known = ask(env, wait=True)
            assert known["by_worker"] == (6 if way == "worker" else 0), way
            drafter(env, "resident", "stop")
    assert outputs["worker"] == outputs["fork"] == outputs["here"]


def test_a_resident_stopped_while_its_worker_runs_a_command_lets_the_command_finish(probe, tmp_path):
    client = subprocess.Popen([sys.executable, "-m", "drafter", "check", "@probe", "slow"], env=probe, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert client.stdout is not None and client.stdout.readline() == "开始\n"
    stopped = drafter(probe, "resident", "stop")
    assert stopped.returncode == 0
    out, err = client.communicate(timeout=30)
    assert (client.returncode, out, err) == (0, "完成\n", "")


def test_a_worker_reaped_before_its_last_report_is_read_still_gives_the_command_its_exit_code(tmp_path):
    # Seen in CI under load: a worker that must not serve again (logging set up) sends its report and exits; the loop
    # reaped it before reading the socket and told the client 命令意外中止 although the command had ended with 0.
    from drafter.cli import resident_server as rs

    resident = rs.Resident(str(tmp_path / "r.sock"), idle=60)
    ours, theirs = socket.socketpair()
    client, held = socket.socketpair()
    worker = rs.Worker(os.getpid(), ours)
    worker.conn = client
    resident.worker = worker
    report = {"code": 0, "reuse": False, "left": ["logging"], "served": 3, "rss": 1, "cpu": 0.1, "user": 0.1, "faults": 5}
    theirs.sendall(handover.record("D", json.dumps(report).encode()))
    theirs.close()  # it has exited
    resident._worker_ended(0)
    held.settimeout(2)
    got = held.recv(64)
    assert got == handover.record("X", (0).to_bytes(4, "big", signed=True))
    assert resident.worker is None and resident.by_worker == 1
    held.close()
    resident.listener.close()
    os.close(resident.wake_r)
    os.close(resident.wake_w)


# ---------------------------------------------------------------- a command that finds no resident starts one


@pytest.fixture
def auto_env(base_env, tmp_path):
    """A user who did not turn the resident off (base_env's did), with a runtime folder of their own, outside CI."""
    runtime = tempfile.mkdtemp(prefix="da-")
    env = {k: v for k, v in base_env.items() if k != "CI"}
    env.update(XDG_RUNTIME_DIR=runtime, XDG_CONFIG_HOME=str(tmp_path / "config"))
    yield env
    running(env, within=60)  # one still loading answers first, then is stopped
    drafter(env, "resident", "stop")
    for pid in residents(env):
        assert gone(pid), "a resident started by a command is still running after stop"
    subprocess.run(["rm", "-rf", runtime], check=False)


def residents(env: dict[str, str]) -> list[int]:
    """The pids of resident processes for env's socket (started, whether or not they listen yet; not their workers
    and children, forked with the same command line)."""
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                cmdline = Path("/proc", name, "cmdline").read_bytes().split(b"\0")
                stat = Path("/proc", name, "stat").read_text()
            except OSError:
                continue
            if os.fsencode(socket_of(env)) in cmdline:
                parents[int(name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return sorted(pid for pid, parent in parents.items() if parent not in parents)


def running(env: dict[str, str], within: float = 60.0) -> int | None:
    """The pid of env's resident once it answers (None when none started or it does not answer in time)."""
    end = time.monotonic() + within
    while residents(env) and time.monotonic() < end:
        try:
            return int(ask(env)["pid"])
        except OSError:
            time.sleep(0.1)
    return None


SEARCH = ("fragments", "search", "责任感", "--limit", "1")


def test_a_command_with_no_resident_starts_one_that_serves_the_next(auto_env, tmp_path):
    first = drafter(auto_env, *SEARCH, cwd=tmp_path)  # returns once its output is written: nothing holds its pipes
    assert first.returncode == 0 and "责任感" in first.stdout and "Traceback" not in first.stderr
    pid = running(auto_env)
    assert pid is not None, "no resident was started"
    assert os.getsid(pid) == pid and os.readlink(f"/proc/{pid}/cwd") == "/"  # its own session; no folder kept busy
    there, here = both(auto_env, *SEARCH, cwd=tmp_path)
    assert there.stdout == here.stdout == first.stdout and there.returncode == 0
    assert "自动启动：打开" in drafter(auto_env, "resident", "status").stdout
    said = status(auto_env)  # it runs, idle: not "running": 0 (the count of its running commands)
    assert said["running"] is True and said["commands_running"] == 0 and said["auto_start"] is True


def test_off_no_resident_and_ci_start_none_and_on_starts_again(auto_env, tmp_path):
    for env in ({**auto_env, "DRAFTER_NO_RESIDENT": "1"}, {**auto_env, "CI": "true"}):
        out = drafter(env, *SEARCH, cwd=tmp_path)
        assert out.returncode == 0 and "责任感" in out.stdout
        assert residents(auto_env) == [], f"a resident was started with {set(env) - set(auto_env) or 'CI'}"
    off = drafter(auto_env, "resident", "off")
    assert off.returncode == 0 and "已关闭" in off.stdout
    assert "自动启动：关闭" in drafter(auto_env, "resident", "status").stdout
    assert drafter(auto_env, *SEARCH, cwd=tmp_path).returncode == 0
    assert drafter(auto_env, *DRAFT, cwd=tmp_path).returncode == 0
    assert residents(auto_env) == []
    assert drafter(auto_env, "resident", "on").returncode == 0
    assert drafter(auto_env, *SEARCH, cwd=tmp_path).returncode == 0
    assert running(auto_env) is not None, "resident on: a command did not start one"
    off = drafter(auto_env, "resident", "off")  # a running resident is stopped too
    assert "已停止" in off.stdout and running(auto_env, within=10) is None


def test_a_failed_start_is_not_tried_again_within_the_minute(auto_env, tmp_path):
    log = Path(socket_of(auto_env)[: -len(".sock")] + ".log")
    log.parent.mkdir(mode=0o700)
    log.mkdir()  # the resident's log cannot be opened: this start fails
    assert drafter(auto_env, *SEARCH, cwd=tmp_path).returncode == 0
    assert residents(auto_env) == []
    log.rmdir()  # whatever was wrong is gone, but the next commands of the minute do not try again
    for _ in range(2):
        out = drafter(auto_env, *SEARCH, cwd=tmp_path)
        assert out.returncode == 0 and "Traceback" not in out.stderr and residents(auto_env) == []
    stamps = Path(auto_env["XDG_CACHE_HOME"], "drafter", "resident")
    for stamp in stamps.glob("start-*"):  # the minute has passed
        if socket_of(auto_env) in stamp.read_text():
            os.utime(stamp, (time.time() - 61, time.time() - 61))
    assert drafter(auto_env, *SEARCH, cwd=tmp_path).returncode == 0
    assert running(auto_env) is not None, "no start was tried once the minute had passed"


def test_two_commands_at_once_start_one_resident(auto_env, tmp_path):
    runs = [subprocess.Popen([sys.executable, "-m", "drafter", *SEARCH], env=auto_env, cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]  # fmt: skip
    for run in runs:
        out, _ = run.communicate(timeout=120)
        assert run.returncode == 0 and "责任感".encode() in out
    pid = running(auto_env)
    assert pid is not None and residents(auto_env) == [pid]
    log = Path(socket_of(auto_env)[: -len(".sock")] + ".log")
    assert "另一个常驻进程" not in log.read_text(encoding="utf-8"), "more than one resident was started"
    # a second resident for the same socket (a `resident start` racing one that loads) leaves at once
    second = subprocess.run([sys.executable, "-P", "-m", "drafter.cli.resident_server", socket_of(auto_env), "60"],
                            env=auto_env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert second.returncode == 0 and "另一个常驻进程" in second.stderr
    assert running(auto_env) == pid


def test_stop_just_after_a_start_stops_the_resident_that_is_still_loading(own_env):
    # A command with no resident starts one in the background; `drafter resident stop` a moment later, while that one
    # still loaded, said 常驻进程没有运行 and left it running (lead28). Status says it is starting.
    path = socket_of(own_env)
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    child = subprocess.Popen([sys.executable, "-P", "-m", "drafter.cli.resident_server", path, "60"], env=own_env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/",
                             start_new_session=True)  # fmt: skip
    try:
        end = time.monotonic() + 10
        while not os.path.exists(path[:-5] + ".lock") and time.monotonic() < end:
            time.sleep(0.005)
        shown = drafter(own_env, "resident", "status")
        out = drafter(own_env, "resident", "stop")
        assert "已停止" in out.stdout, (out.stdout, shown.stdout)
        assert child.wait(timeout=30) is not None
        assert "正在启动" in shown.stdout or "运行中" in shown.stdout, shown.stdout
    finally:
        if child.poll() is None:
            child.kill()


# Last in the file (as it was when it warmed a resident of its own): the module's warmed resident serves it again.
def test_two_points_made_to_say_the_same_between_two_resident_drafts_are_no_longer_drafted_together(
    edited_library, tmp_path
):
    """The resident keeps every shipped fragment's sentences and headings worked out, and compares a new pair's in one
    call: a library edited between two drafts (one chosen point given another's heading) is compared as edited,
    so the next draft through the resident holds the two no more, as in process."""
    import yaml

    library, env = edited_library
    args = ["draft", "--no-input", "--seed", "11", "--set", "place=江阴市", "--set", "meeting=全市乡村振兴工作推进会",
            "--json"]  # fmt: skip
    there, here = both(env, *args, cwd=tmp_path)
    assert there.returncode == here.returncode == 0, there.stderr
    assert (there.stdout, there.stderr) == (here.stdout, here.stderr)
    points = [f["id"] for f in json.loads(there.stdout)["fragments"] if f["role"] == "point"]
    files = {file: yaml.safe_load(file.read_text(encoding="utf-8")) for file in library.rglob("*.yaml")}
    held = {entry["id"]: (file, entry) for file, data in files.items() if isinstance(data, list)
            for entry in data if isinstance(entry, dict) and entry.get("id") in points and entry.get("heading")}  # fmt: skip
    first, second = [p for p in points if p in held][:2]
    file, entry = held[second]
    entry["heading"] = held[first][1]["heading"]
    file.write_text(yaml.safe_dump(files[file], allow_unicode=True, sort_keys=False), encoding="utf-8")
    there, here = both(env, *args, cwd=tmp_path)
    assert there.returncode == here.returncode == 0, there.stderr
    assert (there.stdout, there.stderr) == (here.stdout, here.stderr)
    now = {f["id"] for f in json.loads(there.stdout)["fragments"]}
    assert not {first, second} <= now  # the same heading twice: too close, never in one draft
