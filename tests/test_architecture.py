"""The house rules of the code base, read from the imports of each module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "drafter"
BASE = {"model", "errors", "text", "findings", "records"}
# What a base module may import from drafter after all. drafter.findings (Finding, Severity) was
# part of drafter.model; it is a module of its own so that a check, which needs only findings,
# does not build the fragment, template and draft classes it never uses (issue #18: `drafter
# check` start-up). model re-exports it, so model may import exactly that module, itself a base.
# drafter.records (plain records with slots, in place of dataclasses made at import: startup52) is a base module too.
BASE_MAY_IMPORT = {"model": {"drafter.findings"}, "text": {"drafter.records"}, "findings": {"drafter.records"}}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_modules() -> list[Path]:
    return [
        p for p in PACKAGE.rglob("*.py")
        if "cli" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
    ]


def test_base_modules_import_nothing_from_drafter():
    for name in BASE:
        deps = {m for m in imports_of(PACKAGE / f"{name}.py") if m.startswith("drafter")}
        deps -= BASE_MAY_IMPORT.get(name, set())
        assert not deps, f"drafter/{name}.py imports {deps}"


def test_core_never_imports_the_cli_or_typer():
    for path in core_modules():
        bad = {m for m in imports_of(path) if m.startswith(("drafter.cli", "typer", "click"))}
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}"


def test_import_drafter_works_without_loading_typer():
    code = "import sys, drafter, drafter.render, drafter.library; print('typer' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_shipped_folders_are_found_from_any_working_directory(tmp_path, monkeypatch):
    from drafter.library import default_corpus_dir, default_library_dir, default_templates_dir

    monkeypatch.chdir(tmp_path)
    for var in ("DRAFTER_LIBRARY", "DRAFTER_TEMPLATES", "DRAFTER_CORPUS"):
        monkeypatch.delenv(var, raising=False)
    repo = PACKAGE.parent
    assert default_library_dir() == repo / "fragments"
    assert default_templates_dir() == repo / "templates"
    assert default_corpus_dir() == repo / "corpus"
