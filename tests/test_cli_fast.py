"""The fast path: plain command lines run without typer, with exactly what typer would do."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import fast, spec
from drafter.cli import typer_app as cli_app

FAST, TYPER = "fast", "typer"  # which path must parse the command line

# (argv, path). "{f}" is an existing speech file, "{d}" an existing folder, "{m}" a missing file.
VECTORS: list[tuple[list[str], str]] = [
    (["check", "{f}"], FAST),
    (["check", "{f}", "--json", "-p", "南通市", "--level", "县", "--fix"], FAST),
    (["check", "--rate=220", "{f}"], FAST),
    (["check", "{f}", "--rate", "999"], FAST),  # in range for click; the body refuses it
    (["check", "{f}", "--place", "--json"], FAST),  # --json is the place's value, as in click
    (["check", "--", "-讲话.md"], FAST),
    (["check", "{f}", "--rate", "+2_00"], FAST),  # int() reads it, so does click
    (["check", "{m}"], FAST),  # a missing file is the body's to report
    (["check", "{f}", "--place", "南通市", "--place", "清河县"], FAST),  # the last one wins
    (["check"], TYPER),
    (["check", "{f}", "--rate", "快"], TYPER),
    (["check", "{f}", "--nope"], TYPER),
    (["check", "{f}", "extra"], TYPER),
    (["check", "{f}", "-h"], TYPER),
    (["check", "{f}", "--help"], TYPER),
    (["check", "{f}", "--json=1"], TYPER),
    (["check", "{f}", "--place"], TYPER),
    (["check", "{f}", "-p南通市"], TYPER),  # click reads it; the fast parser leaves run-together options to click
    (["check", "{f}", "--pla", "南通市"], TYPER),
    (["fragments", "search", "责任感"], FAST),
    (["fragments", "search", "妇女儿童 加强领导", "-n", "5", "--json", "--library", "{d}"], FAST),
    (["fragments", "search", "责任感", "--limit", "0"], TYPER),
    (["fragments", "search"], TYPER),
    (["fragments"], TYPER),
    (["fragments", "nope"], TYPER),
    (["fragments", "--help"], TYPER),
    (["fragments", "list", "--tag", "妇女儿童", "--tag", "通用", "--role", "opening", "--level", "县"], FAST),
    (["fragments", "list"], FAST),
    (["fragments", "show", "opening.a", "--corpus", "{d}", "--json"], FAST),
    (["fragments", "add", "--id", "x", "--role", "opening", "--text", "今天", "--var", "a=b", "--source", "s"], FAST),
    (["fragments", "edit", "opening.a", "--from", "{f}", "--no-input"], FAST),
    (["fragments", "rm", "opening.a", "--file", "a.yaml"], FAST),
    (["fragments", "lint", "--strict", "--threshold", "85.5"], FAST),
    (["fragments", "lint", "--threshold", "高"], TYPER),
    (["fragments", "dedupe", "--apply", "--json"], FAST),
    (["fragments", "stats", "--spare", "0", "--templates", "{d}"], FAST),
    (["fragments", "stats", "--spare", "-1"], TYPER),
    (["draft", "--no-input", "--set", "place=清河县", "-s", "meeting=全县妇女儿童工作会议", "--seed", "1"], FAST),
    (["draft", "--library", "{d}", "--library", "自带", "--avoid", "{f}", "-o", "x.docx", "--force", "--gaps"], FAST),
    (["draft"], FAST),
    (["draft", "--points", "两"], TYPER),
    (["draft", "--seed"], TYPER),
    (["ingest", "{f}", "{d}", "--dry-run", "-j", "2", "--json"], FAST),
    (["ingest"], TYPER),
    (["ingest", "{f}", "--jobs", "0"], TYPER),
    (["audit"], FAST),
    (["audit", "{d}", "{f}", "--format", "json", "--min-chars", "80", "--corpus"], FAST),
    (["init"], FAST),
    (["init", "{d}", "--no-default"], FAST),
    (["init", "--default"], FAST),
    (["init", "{d}", "--default=yes"], TYPER),
    (["serve", "--port", "9000", "--token", "口令", "--open"], FAST),
    (["export", "{f}", "-o", "x.docx", "--font", "title=黑体", "--title-font", "华文中宋"], FAST),
    (["export", "{f}"], TYPER),
    (["diff", "{f}", "--against", "{d}", "--max-source-share", "0.3", "--summary"], FAST),
    (["diff", "{f}", "--max-source-share", "0.3x"], TYPER),
    (["templates", "list", "--json"], FAST),
    (["templates", "show", "工作会议讲话", "--templates", "{d}"], FAST),
    (["templates"], TYPER),
    (["update", "{f}", "--swap", "二", "-n", "4", "--dry-run"], FAST),
    (["--version"], TYPER),
    (["--help"], TYPER),
    (["-h"], TYPER),
    ([], TYPER),
    (["nope"], TYPER),
    (["--", "check", "{f}"], TYPER),
    (["--show-completion"], TYPER),
]


@pytest.fixture(scope="module")
def the_spec() -> dict:
    return spec.build_spec()


def _fill(argv: list[str], tmp_path: Path) -> list[str]:
    (tmp_path / "讲话.md").write_text("# 讲话\n\n同志们：\n", encoding="utf-8")
    (tmp_path / "folder").mkdir(exist_ok=True)
    places = {"{f}": str(tmp_path / "讲话.md"), "{d}": str(tmp_path / "folder"), "{m}": str(tmp_path / "没有.md")}
    return [places.get(word, word) for word in argv]


def _typer_call(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict] | None:
    """(body, kwargs) typer hands to the body for ARGV, or None when it stops before (usage error, help)."""
    seen: list[tuple[str, dict]] = []
    monkeypatch.setattr(cli_app, "call", lambda body, kwargs: seen.append((f"{body.__module__}:{body.__qualname__}", kwargs)))
    try:
        cli_app.app(argv, prog_name="drafter", standalone_mode=False)
    except (Exception, SystemExit):  # noqa: BLE001 - click's usage errors, help: typer did not call the body
        return None
    return seen[0] if seen else None


@pytest.mark.parametrize(("argv", "path"), VECTORS, ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_the_fast_parser_gives_typers_arguments_or_declines(argv, path, the_spec, tmp_path, monkeypatch):
    argv = _fill(argv, tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTER_TOKEN", raising=False)
    found = fast.parse(the_spec, argv)
    assert (found is not None) == (path == FAST)
    if found is not None:  # typer is run only here: its body is replaced, so nothing is done twice
        assert found == _typer_call(argv, monkeypatch)  # same body, same arguments (Path, list, None alike)


def test_an_option_whose_environment_variable_is_set_goes_to_typer(the_spec, monkeypatch):
    monkeypatch.delenv("DRAFTER_TOKEN", raising=False)
    assert fast.parse(the_spec, ["serve"]) is not None
    monkeypatch.setenv("DRAFTER_TOKEN", "口令")
    assert fast.parse(the_spec, ["serve"]) is None


def test_the_spec_covers_every_command_and_every_command_is_plain(the_spec):
    import typer

    commands: list[list[str]] = []

    def walk(command, words: list[str]) -> None:
        subs = getattr(command, "commands", {})
        commands.extend([] if subs else [words])
        for name, sub in subs.items():
            walk(sub, [*words, name])

    walk(typer.main.get_command(cli_app.app), [])
    assert len(commands) >= 20
    for words in commands:
        node = the_spec["root"]
        for word in words:
            node = node["commands"][word]
        assert node["plain"] and node["body"].startswith("drafter.cli."), words
    assert fast._FORMAT == spec.FORMAT


def test_a_spec_of_another_shape_declines_instead_of_failing():
    assert fast.parse({"format": 1, "root": {"group": True, "plain": True, "commands": {"check": {}}}}, ["check"]) is None
    assert fast.parse({}, ["check", "x"]) is None


@pytest.fixture(autouse=True)
def _no_spec_in_memory(monkeypatch):
    """Each test reads the spec from its own cache folder (a process keeps the spec it read, `fast._LOADED`)."""
    monkeypatch.setattr(fast, "_LOADED", {})


def test_the_spec_cache_is_rebuilt_when_the_cli_changes_or_the_file_is_damaged(tmp_path, monkeypatch):
    copy = tmp_path / "cli"
    shutil.copytree(Path(fast.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    key = fast.spec_key(copy)
    assert fast.spec_key(copy) == key
    (copy / "commands" / "check.py").write_text((copy / "commands" / "check.py").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fast.spec_key(copy) != key  # an edited declaration is a new spec

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    built: list[int] = []
    real = spec.build_spec
    monkeypatch.setattr(spec, "build_spec", lambda: built.append(1) or real())
    first = fast.load_spec()
    (file,) = (tmp_path / "cache").glob("clispec-*.pickle")
    assert fast.load_spec() is first and len(built) == 1  # kept in memory: the file is not read again
    fast._LOADED.clear()  # a new process
    assert fast.load_spec() == first and len(built) == 1  # read back, not rebuilt
    fast._LOADED.clear()
    file.write_bytes(b"\x80\x05 not a pickle")
    assert fast.load_spec() == first and len(built) == 2
    fast._LOADED.clear()
    file.write_bytes(pickle.dumps({"format": 99, "root": {}}))  # another drafter's layout
    assert fast.load_spec() == first and len(built) == 3
    assert pickle.loads(file.read_bytes()) == first


def test_without_a_cache_folder_typer_parses(monkeypatch):
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    assert fast.load_spec() is None


# ------------------------------------------------------------------ end to end, both paths


def _drafter(argv: list[str], cwd: Path, env: dict[str, str], stdin: str = "") -> tuple[int, str, str]:
    out = subprocess.run([sys.executable, "-m", "drafter", *argv], input=stdin, capture_output=True, text=True,
                         cwd=cwd, env=env)  # fmt: skip
    return out.returncode, out.stdout, out.stderr


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


SPEECH = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天,我们召开全县安全生产工作会议。我市讲三点意见。\n\n一、提高认识\n\n"

RUNS = [
    ["check", "讲话.md"],
    ["check", "讲话.md", "--json", "--place", "清河县"],
    ["check", "讲话.md", "--fix"],
    ["check", "讲话.md", "--rate", "999"],
    ["check", "没有.md"],
    ["fragments", "search", "责任感", "-n", "3"],
    ["fragments", "search", "妇女儿童 加强领导", "--json", "--limit", "2"],
    ["draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议", "-o", "讲话稿.md"],
    ["draft", "--no-input", "--no-history", "--set", "place=清河县"],
    ["draft", "--no-history", "--set", "place=清河县"],  # asks for the meeting; the input ends (typer's prompt, loaded then)
    ["templates", "list"],
    ["check", "讲话.md", "--nope"],
]


@pytest.mark.parametrize("argv", RUNS, ids=" ".join)
def test_both_paths_print_write_and_exit_alike(argv, tmp_path):
    results = []
    for name, no_fast in (("fast", ""), ("typer", "1")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "讲话.md").write_text(SPEECH, encoding="utf-8")
        env = {**os.environ, "DRAFTER_NO_FAST": no_fast, "DRAFTER_HOME": str(tmp_path / f"home-{name}"),
               "XDG_DATA_HOME": str(tmp_path / f"data-{name}")}  # fmt: skip
        code, out, err = _drafter(argv, folder, env)
        results.append((code, out.replace(str(folder), "<dir>"), err.replace(str(folder), "<dir>"), _files(folder)))
    assert results[0] == results[1]


def test_a_plain_command_line_imports_no_typer(tmp_path):
    (tmp_path / "讲话.md").write_text(SPEECH, encoding="utf-8")
    code = ("import sys\nsys.argv = ['drafter', *sys.argv[1:]]\nfrom drafter.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click')), file=sys.stderr)")  # fmt: skip

    def typer_modules(*argv: str) -> str:
        out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=tmp_path)
        return out.stderr.splitlines()[-1]

    typer_modules("check", "讲话.md")  # the first run builds the spec (with typer)
    assert typer_modules("check", "讲话.md") == "[]"
    assert typer_modules("fragments", "search", "责任感") == "[]"
    assert typer_modules("check", "--help") != "[]"  # help is typer's


def record(**kwargs):
    """The body of the test command below (the test compares what each path hands it)."""
    return kwargs


def test_path_checks_and_ranges_follow_click(tmp_path, monkeypatch):
    import typer

    from drafter.cli.zh import ChineseCommand

    def shape(
        source: Path = typer.Argument(..., exists=True, dir_okay=False),  # noqa: B008
        folder: Path | None = typer.Option(None, "--folder", file_okay=False, resolve_path=True),  # noqa: B008
        share: float = typer.Option(0.5, "--share", min=0, max=1),  # noqa: B008
        count: int = typer.Option(1, "--count", "-c", min=1),  # noqa: B008
        names: list[str] = typer.Option(None, "--name"),  # noqa: B008
    ) -> None: ...

    app = typer.Typer()
    app.command("t", cls=ChineseCommand)(cli_app.handle_errors(record, shape))
    app.command("u", cls=ChineseCommand)(cli_app.handle_errors(record, shape))  # two commands make a group
    root = typer.main.get_command(app)
    ctx = root.context_class(root, info_name="t")
    node = spec._group(root, ctx)["commands"]["t"]
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "dir").mkdir()
    monkeypatch.chdir(tmp_path)
    cases = {
        ("a.md",): FAST, ("a.md", "--folder", "dir", "--share", "0.99", "-c", "3", "--name", "甲"): FAST,
        ("a.md", "--folder", "还没有"): FAST, ("没有.md",): TYPER, ("dir",): TYPER, ("a.md", "--folder", "a.md"): TYPER,
        ("a.md", "--share", "1.01"): TYPER, ("a.md", "--share", "-0.1"): TYPER, ("a.md", "-c", "0"): TYPER,
    }  # fmt: skip
    seen: list[dict] = []
    monkeypatch.setattr(cli_app, "call", lambda body, kwargs: seen.append(kwargs))
    for argv, path in cases.items():
        found = fast._arguments(node, list(argv)) if path == FAST else None
        if path == TYPER:
            with pytest.raises(fast.Decline):
                fast._arguments(node, list(argv))
            continue
        root.main(["t", *argv], prog_name="t", standalone_mode=False)
        assert found == seen.pop(), argv
    assert fast._arguments(node, ["a.md"])["names"] is None  # typer: an empty list with default None is None


def test_a_cache_folder_that_cannot_keep_the_spec_leaves_every_run_to_typer(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fast, "_writable", lambda folder: False)
    monkeypatch.setattr(spec, "build_spec", lambda: pytest.fail("built a spec it could not keep"))
    assert fast.load_spec() is None


def test_the_bodies_and_the_fast_path_do_not_import_typer_at_module_level():
    import ast

    folder = Path(fast.__file__).parent
    typed = {"typer_app.py", "zh.py", "spec.py"}  # the typer application, its Chinese frame, the spec builder
    for path in sorted(folder.glob("*.py")):
        if path.name in typed:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in tree.body if isinstance(n, ast.ImportFrom)}
        assert not {n for n in names if n.split(".")[0] in ("typer", "click") or n == "drafter.cli.typer_app"}, path.name
