"""A user's imported speeches never spoil later drafts (ingestuse31).

After `drafter ingest` of one 招商引资 speech, drafts of a 安全生产 meeting were titled 在全县招商引资工作会议上的讲话
and said 以下两个方面 over three points. Both ends are tested: what ingest writes, and what the renderer draws
from a library however it was written.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "announce-with-audience.txt"
SAFETY = "全县安全生产工作会议"
# what only the imported 招商引资 speech says
IMPORTED = (
    "招商引资工作会议",
    "认清形势，增强抓招商的紧迫感",
    "招商引资贵在坚持",
    "总结前一阶段招商引资工作",
    "和大家进行交流",
)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "XDG_"))}
    env["HOME"] = str(home)
    return env


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        env=_env(home),
        capture_output=True,
        text=True,
        check=False,
    )


def _draft(home: Path, meeting: str, seed: int) -> tuple[str, str]:
    """`drafter draft … -o` for a user whose home is `home` (the library ingest wrote there on top of the shipped one):
    the draft and what the command said. Run in process with the environment `_run` gives a process (typer's
    runner): what is guarded is the draft drawn from the user's library, not the command's start, and each of the
    17 drafts as a process cost ~0.5-1 CPU-s more (an interpreter, its imports, the shipped library read again)."""
    from drafter.cli import app
    from tests.cli_runner import runner

    out = home / f"d{seed}.md"
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("DRAFTER_", "XDG_"))}
    done = runner.invoke(app, ["draft", "--no-input", "--seed", str(seed), "--set", "place=清河县", "--set",
                               f"meeting={meeting}", "-o", str(out)], env={**env, "HOME": str(home)})  # fmt: skip
    assert done.exit_code == 0 and done.exception is None, (done.stderr, done.exception)
    return out.read_text(encoding="utf-8"), done.stdout + done.stderr


def _library(home: Path) -> Path:
    return home / ".local" / "share" / "drafter" / "fragments"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    done = _run(home, "ingest", str(FIXTURE))
    assert done.returncode == 0, done.stderr
    return home


def test_ingest_writes_the_title_and_count_as_variables_and_tags_the_work(imported: Path) -> None:
    text = next((_library(imported) / "ingested").glob("*.yaml")).read_text(encoding="utf-8")
    assert (
        "招商引资工作会议上的讲话" not in text
    )  # the title's meeting is {{ meeting }} (or the title is a duplicate)
    assert "以下{{ count }}个方面" in text and "以下两个方面" not in text
    for tags in re.findall(r"tags: \[(.*?)\]", text):
        assert "经济工作" in tags  # every piece kept to meetings on the work it came from


def test_imported_speech_does_not_spoil_a_meeting_on_another_work(imported: Path) -> None:
    for seed in range(1, 7):
        draft, report = _draft(imported, SAFETY, seed)
        assert draft.splitlines()[0] == f"# 在{SAFETY}上的讲话"
        assert not any(w in draft for w in IMPORTED)
        assert "以下两个方面" not in draft
        assert "自查" not in report


def test_imported_speech_is_used_for_its_own_work(imported: Path) -> None:
    used = 0
    for seed in range(1, 4):
        draft, report = _draft(imported, "全县招商引资工作会议", seed)
        used += (
            "认清形势，增强抓招商的紧迫感" in draft
            or "招商引资贵在坚持" in draft
            or "和大家进行交流" in draft
        )
        assert "自查" not in report
    assert used >= 2


HOSTILE = """\
- id: mine.title
  role: title
  tags: [通用]
  text: 在{{ scope }}招商引资工作会议上的讲话
  source: {authored: 测试, written: 2026-12}

- id: mine.title-2
  role: title
  tags: [通用]
  text: 镇党委书记在新春团拜会上的致辞
  source: {authored: 测试, written: 2026-12}

- id: mine.opening
  role: opening
  tags: [通用]
  text: 今天召开这次会议，主要是总结前一阶段招商引资工作，安排部署下一步重点任务。
  source: {authored: 测试, written: 2026-12}

- id: mine.transition
  role: transition
  tags: [通用]
  text: 下面，我就以下两个方面和大家进行交流。
  source: {authored: 测试, written: 2026-12}

- id: mine.transition-3
  role: transition
  tags: [通用]
  text: 做好今年的工作，重点要抓好四个到位：
  source: {authored: 测试, written: 2026-12}

- id: mine.transition-2
  role: transition
  tags: [通用]
  text: 下面，我讲五点意见。
  source: {authored: 测试, written: 2026-12}
"""


def test_a_hand_written_library_cannot_title_or_count_a_draft_wrongly(tmp_path: Path) -> None:
    lib = _library(tmp_path)
    lib.mkdir(parents=True)
    (lib / "mine.yaml").write_text(HOSTILE, encoding="utf-8")
    for seed in range(1, 9):
        draft, report = _draft(tmp_path, SAFETY, seed)
        assert draft.splitlines()[0] == f"# 在{SAFETY}上的讲话"
        assert "招商引资工作" not in draft and "团拜" not in draft
        points = len(re.findall(r"^## ", draft, re.M))
        assert "以下两个方面" not in draft or points == 2
        assert "五点意见" not in draft or points == 5
        assert "四个到位" not in draft or points == 4
        assert "自查" not in report


def test_ingest_keeps_a_source_bound_hall_and_a_count_of_things_out_of_other_drafts(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    school = (
        Path(__file__).parent
        / "fixtures"
        / "ingest"
        / "speech-school-opening-hopes-ordinals-by-semicolons.txt"
    )
    forest = (
        Path(__file__).parent / "fixtures" / "ingest" / "speech-four-dao-wei-slogan-count-colon.txt"
    )
    done = _run(tmp_path, "ingest", str(school), str(forest), "--library", str(lib))
    assert done.returncode == 0, done.stderr
    pieces = "\n".join(
        p.read_text(encoding="utf-8") for p in (lib / "ingested").glob("*.yaml")
    ).split("\n- id: ")
    hall = [p for p in pieces if "role: salutation" in p and "老师" in p]
    things = [p for p in pieces if "role: transition" in p and "四个" in p]
    assert hall and all(
        "specific" in p.split("text:")[0] for p in hall
    )  # 亲爱的老师们: the school's hall only
    assert things and all(
        "specific" in p.split("text:")[0] for p in things
    )  # 四个到位 over any plan: never drawn
