"""Shared fixtures: a small library built in tmp_path, and golden-file updating."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

MINI_LIBRARY = """\
- id: title.standard
  role: title
  text: 在{{ meeting }}上的讲话
  source: {speech: s-01, where: 标题}
- id: salutation.comrades
  role: salutation
  text: 同志们：
  source: {speech: s-01, where: 称谓}
- id: opening.a
  role: opening
  tags: [妇女儿童]
  text: 今天，我们召开{{ meeting }}，主要任务是总结成绩，交流经验，安排部署今后一个时期的妇女儿童工作。
  source: {speech: s-01, where: 开头}
- id: opening.general
  role: opening
  tags: [通用]
  text: 今天，我们召开{{ meeting }}，主要任务是总结成绩，安排部署今后一个时期的{{ work }}。
  source: {speech: s-01, where: 开头}
- id: ack.reporter
  role: acknowledgement
  variables: {reporter: }
  text: 刚才，{{ reporter }}同志作了很好的工作报告，我完全同意。
  source: {speech: s-02, where: 第2段}
- id: ack.praise
  role: acknowledgement
  tags: [表彰]
  text: 刚才，表彰了先进，我代表{{ leadership }}向受到表彰的先进集体和先进个人表示热烈的祝贺！
  source: {speech: s-01, where: 开头}
- id: ack.thanks
  role: acknowledgement
  text: 借此机会，我谨代表{{ leadership }}向{{ scope }}广大工作者表示衷心的感谢和诚挚的问候！
  source: {speech: s-03, where: 一、}
- id: transition.below
  role: transition
  text: 下面，我讲{{ count }}点意见。
  source: {speech: s-01, where: 开头}
- id: closing.a
  role: closing
  text: 同志们，{{ work }}直接关系到千家万户的幸福安康。各级各部门要扎实工作，努力推动{{ we }}各项事业再上新台阶！
  source: {speech: s-01, where: 结尾}
"""

POINT = """\
- id: point.{stage}.{n}
  role: point
  tags: [{stage}]
  heading: {heading}
  text: 这是{scope_word}第{n}个{stage}要点的开头，{{{{ scope }}}}各级各部门要高度重视。重点抓好以下{{{{ sub_count }}}}个方面：
  subpoints:
{subs}
  source: {{speech: s-01, where: 要点}}
"""


def _point(stage: str, n: int, subs: int) -> str:
    sub_yaml = "\n".join(
        f"    - heading: {stage}{n}的分论点{i}\n      text: 要认真落实{stage}{n}的各项措施，推动工作取得实效，确保目标任务全面完成。"
        for i in range(1, subs + 1)
    )
    heading = f"{stage}要点{n}，推动工作落实"
    return POINT.format(stage=stage, n=n, heading=heading, scope_word="", subs=sub_yaml)


@pytest.fixture(autouse=True)
def _no_user_workspace(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own workspace and config out of every test (drafts must not depend on them)."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("DRAFTER_HOME", str(home / "workspace"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DRAFTER_CONFIG", raising=False)


@pytest.fixture
def mini_library(tmp_path: Path) -> Path:
    """A small complete library: frame fragments and points of every stage."""
    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "frame.yaml").write_text(MINI_LIBRARY, encoding="utf-8")
    points = [_point(stage, n, 4) for stage in ("认识", "任务", "保障") for n in range(1, 6)]
    (lib / "points.yaml").write_text("\n".join(points), encoding="utf-8")
    return lib


@pytest.fixture
def write(tmp_path: Path):
    """Write a file (dedented) under tmp_path and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return _write


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite expected golden files")
