"""The user's folders: drafter's own XDG rule gives platformdirs' answer, without importing it."""

from __future__ import annotations

import subprocess
import sys

import platformdirs
import pytest

from drafter.userdirs import user_folder

KINDS = {"cache": "XDG_CACHE_HOME", "data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME"}


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="platformdirs answers there itself")
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("value", [None, "", "ABSOLUTE", "relative/cache"])
def test_same_folder_as_platformdirs(kind, value, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in KINDS.values():
        monkeypatch.delenv(variable, raising=False)
    if value is not None:
        monkeypatch.setenv(KINDS[kind], str(tmp_path / "xdg") if value == "ABSOLUTE" else value)
    expected = getattr(platformdirs, f"user_{kind}_dir")("drafter", appauthor=False)
    assert str(user_folder(kind)) == expected


def test_a_command_does_not_import_platformdirs(tmp_path):
    speech = tmp_path / "讲话.md"
    speech.write_text("# 讲话\n\n同志们：\n\n今天召开会议。\n", encoding="utf-8")
    code = (f"import sys\nfrom drafter.cli import main\nsys.argv = ['drafter', 'check', {str(speech)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint('platformdirs' in sys.modules, file=sys.stderr)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "False"
