"""The core behind the web page: a draft swapped, locked, revised and downloaded; libraries kept loaded."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from drafter import session
from drafter.errors import LibraryError, UsageError

QINGHE = {"place": "清河县", "meeting": "全县安全生产工作会议"}


def _ids(work: session.Session) -> list[str]:
    return [p.fragment_id for p in work.parts()]


def test_swap_draws_one_part_again_and_keeps_the_rest() -> None:
    work = session.start(QINGHE)
    swapped = session.swap(work.state(), "opening")
    before, after = _ids(work), _ids(swapped)
    assert [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b] == [2]
    with pytest.raises(UsageError, match="没有“9”"):
        session.swap(work.state(), "9")


def test_a_locked_part_is_kept_by_a_new_selection_and_cannot_be_swapped() -> None:
    work = session.lock(session.start(QINGHE).state(), "closing", True)
    closing = next(p for p in work.parts() if p.key == "closing")
    assert closing.locked
    shuffled = session.reshuffle(work.state(), QINGHE)
    assert next(p for p in shuffled.parts() if p.key == "closing").fragment_id == closing.fragment_id
    with pytest.raises(UsageError, match="已锁定"):
        session.swap(shuffled.state(), "closing")


def test_a_new_place_keeps_the_fragments_and_a_new_meeting_drafts_afresh() -> None:
    work = session.start(QINGHE)
    moved = session.revise(work.state(), {**QINGHE, "place": "南通市", "meeting": "全县安全生产工作会议"})
    assert _ids(moved) == _ids(work)
    body = moved.draft.text.split("\n", 1)[1].replace("全县安全生产工作会议", "")  # the meeting's own name is kept
    # the county's level words are gone and the city's said (which ones depends on the day's draw: 全市, 市直, 市委 …)
    assert "全县" not in body and "我县" not in body and "县直" not in body and "县委" not in body
    assert re.search("全市|我市|市直|市委|各县（市、区）", body)
    other = session.revise(work.state(), {**QINGHE, "meeting": "全县森林防火工作会议"})
    assert "森林" in other.draft.text


def test_the_state_is_checked_like_a_record_file() -> None:
    state = json.loads(session.start(QINGHE).state())
    state["record"]["seed"] = -1
    with pytest.raises(UsageError, match="seed"):
        session.reopen(json.dumps(state))
    with pytest.raises(UsageError, match="页面状态"):
        session.reopen("not json")


def test_the_downloaded_record_replays_to_the_same_text(tmp_path: Path) -> None:
    from drafter.drafting import DraftRequest, make_draft

    work = session.swap(session.start(QINGHE).state(), "2")
    record = tmp_path / "稿.answers.yaml"
    record.write_bytes(session.download(work, ".answers.yaml"))
    assert make_draft(DraftRequest(replay=record)).draft.text == session.download(work, ".md").decode("utf-8")


def test_an_edit_on_a_stale_copy_is_refused(tmp_path: Path) -> None:
    from drafter.curate.edit import edit_fragment, locate_fragment

    lib = tmp_path / "lib"
    lib.mkdir()
    item = "- id: closing.x\n  role: closing\n  text: 同志们，让我们携起手来！\n  source: {authored: 本单位, written: 2026-12}\n"
    (lib / "c.yaml").write_text(item, encoding="utf-8")
    base = locate_fragment(lib, "closing.x").text
    edit_fragment(lib, "closing.x", base, base.replace("携起手来", "同心协力"))
    with pytest.raises(LibraryError, match="被别人修改"):
        edit_fragment(lib, "closing.x", base, base.replace("携起手来", "团结一心"))
    assert "同心协力" in (lib / "c.yaml").read_text(encoding="utf-8")


def test_a_loaded_library_is_reused_until_a_file_changes(tmp_path: Path) -> None:
    from drafter.library import load_library

    lib = tmp_path / "lib"
    lib.mkdir()
    path = lib / "c.yaml"
    path.write_text("- id: closing.x\n  role: closing\n  text: 同志们！\n  source: {speech: s, where: 结尾}\n", encoding="utf-8")
    first = load_library(lib)
    assert load_library(lib) is first
    path.write_text(path.read_text(encoding="utf-8").replace("同志们！", "同志们，加油！"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert load_library(lib).get("closing.x").text == "同志们，加油！"
