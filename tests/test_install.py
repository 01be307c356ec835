"""drafter installed like any tool: sdist → wheel → fresh venv, used from a folder outside the repository.

The build runs on a copy of the repository (the checkout is never written), from the sdist
(so a file the sdist forgets fails here), without build isolation (offline, fast). The new
venv sees the test environment's dependencies through a .pth line but not its drafter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "LICENSE", "README.md", "bin", "drafter", "fragments", "templates",
           "corpus")
SEED = REPO / "tests" / "fixtures" / "ingest" / "county-safety-diyi.txt"


def _build(work: Path) -> tuple[Path, Path]:
    """Build an sdist from a copy of the repository, then a wheel from the unpacked sdist."""
    copy = work / "checkout"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.sqlite*")
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=ignore)
        else:
            copy.mkdir(exist_ok=True)
            shutil.copy2(source, copy / name)
    dist = work / "dist"
    # Neither the build nor the install sees PYTHONPATH: a checkout on it that was once pip-installed in place holds a
    # drafter.egg-info, and pip took that for drafter already installed — the venv got no bin/drafter (lead48).
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    hook = "import sys; from setuptools import build_meta as b; print(getattr(b, sys.argv[1])(sys.argv[2]))"
    sdist = subprocess.run([sys.executable, "-c", hook, "build_sdist", str(dist)], cwd=copy, env=clean,
                           capture_output=True, text=True, check=True).stdout.split()[-1]  # fmt: skip
    with tarfile.open(dist / sdist) as tar:
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python >= 3.11.4
        tar.extractall(work / "unpacked", **safe)  # type: ignore[arg-type]
    unpacked = next((work / "unpacked").iterdir())
    # pip builds the wheel the way users' pip does (isolated, setuptools from pyproject's build-system).
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(unpacked)],
                   capture_output=True, check=True, env=clean)  # fmt: skip
    return dist / sdist, next(dist.glob("drafter-*.whl"))


def _venv(work: Path, wheel: Path) -> Path:
    """A fresh venv with the wheel installed (no deps: they come from the test env via .pth)."""
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    Path(purelib, "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", "--no-compile", str(wheel)], check=True, capture_output=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})  # fmt: skip
    return env_dir


def _snapshot(root: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in root.rglob("*") if "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    work = tmp_path_factory.mktemp("install")
    sdist, wheel = _build(work)
    return sdist, wheel, _venv(work, wheel)


def test_the_sdist_carries_the_license_and_the_shipped_folders(installed: tuple[Path, Path, Path]) -> None:
    sdist, wheel, _ = installed
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"LICENSE", "setup.py", "fragments/openings.yaml", "templates/work-meeting.yaml"} <= names
    assert any(n.startswith("corpus/") and n.endswith(".md") for n in names)
    import zipfile

    inside = set(zipfile.ZipFile(wheel).namelist())
    assert "drafter/_shipped/fragments/openings.yaml" in inside
    assert "drafter/_shipped/templates/work-meeting.yaml" in inside
    assert not any(n.endswith(".sqlite") for n in inside)


def test_a_new_user_drafts_checks_diffs_exports_and_ingests_from_an_empty_folder(
    installed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, _, env_dir = installed
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    home, here = tmp_path / "home", tmp_path / "empty"
    allowed = {"cache": tmp_path / "cache", "data": tmp_path / "data", "config": tmp_path / "config"}
    here.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "XDG_", "PYTHONPATH"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(allowed["cache"]), XDG_DATA_HOME=str(allowed["data"]),
               XDG_CONFIG_HOME=str(allowed["config"]), PYTHONDONTWRITEBYTECODE="1", NO_COLOR="1",
               DRAFTER_NO_RESIDENT="1")  # no resident left running (tests/test_resident.py tries the resident)  # fmt: skip
    shutil.copy(SEED, here / "旧稿.txt")
    package_before = _snapshot(env_dir)
    repo_before = _snapshot(REPO / "corpus") | _snapshot(REPO / "fragments")

    def run(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(scripts / "drafter"), *args], cwd=here, env=env, capture_output=True, text=True)
        assert done.returncode == code, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        return done

    run("draft", "--no-input", "--seed", "3", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议", "-o", "稿.md")
    assert "全县" in (here / "稿.md").read_text(encoding="utf-8")
    run("check", "稿.md")
    assert "来源" in run("diff", "稿.md").stdout or run("diff", "稿.md", "--json").stdout
    run("export", "稿.md", "-o", "稿.docx")
    assert (here / "稿.docx").stat().st_size > 1000
    run("init", "我的库")
    out = run("ingest", "旧稿.txt")
    assert list((here / "我的库" / "fragments" / "ingested").glob("*.yaml")), out.stdout
    assert list((here / "我的库" / "corpus").glob("*.md"))
    assert "不能修改" in run("fragments", "rm", "closing.wc.new-goals", "--library", "自带", code=1).stderr
    run("fragments", "add", "--id", "closing.mine.new", "--role", "closing", "--tag", "通用", "--source", "旧稿-01",
        "--text", "同志们，让我们携起手来，推动{{ work }}再上新台阶！")  # fmt: skip
    own_files = (here / "我的库" / "fragments").rglob("*.yaml")
    assert any("closing.mine.new" in p.read_text(encoding="utf-8") for p in own_files)
    listed = run("fragments", "list", "--json").stdout
    assert '"ingested/' in listed or "我的库" in listed  # the user's fragments are stacked on the shipped ones

    assert _snapshot(env_dir) == package_before, "drafter wrote into its installed package"
    assert _snapshot(REPO / "corpus") | _snapshot(REPO / "fragments") == repo_before
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert any(path.is_relative_to(p) for p in (here, *allowed.values())), f"wrote outside: {path}"
    assert not list(home.rglob("*")), "wrote into the home folder"


def test_drafter_serve_starts_from_the_installed_wheel_and_serves_its_pages(
    installed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    import socket
    import time
    import urllib.request
    import zipfile

    _, wheel, env_dir = installed
    inside = set(zipfile.ZipFile(wheel).namelist())
    assert {"drafter/web/templates/draft.html", "drafter/web/static/style.css", "drafter/web/static/app.js"} <= inside
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "XDG_", "PYTHONPATH"))}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONDONTWRITEBYTECODE="1")  # fmt: skip
    server = subprocess.Popen([str(scripts / "drafter"), "serve", "--port", str(port)], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        pages = {}
        deadline = time.monotonic() + 120  # a cold library read on a busy machine (no cache under the temp folder)
        for path in ("/draft", "/static/style.css", "/fragments?role=closing"):
            while path not in pages:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
                        pages[path] = response.read().decode("utf-8")
                except OSError:
                    if server.poll() is None and time.monotonic() < deadline:
                        time.sleep(0.2)
                        continue
                    server.kill()
                    raise AssertionError(server.communicate(timeout=10)) from None
        assert "会议名称" in pages["/draft"] and "--song" in pages["/static/style.css"]
        assert "closing." in pages["/fragments?role=closing"]
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in err and "Traceback" not in err
