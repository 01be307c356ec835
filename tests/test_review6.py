"""What round six of reading drafts as a reviewer found and fixed: each a fault a clerk would notice."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.drafting import DraftRequest, make_draft


def draft(*sets: str, seed: int = 1):
    return make_draft(DraftRequest(sets=sets, seed=seed, history=False))


def unknown(result) -> list[str]:
    return [f.message for f in result.findings if f.rule == "unknown-place"]


# ------------------------------------------------ a place the gazetteer does not know


@pytest.mark.parametrize(
    "place,meeting,said,like",
    [
        ("清和县", "全县安全生产工作会议", "当作县起草", ""),  # 清河县 misspelt: many one-off names, none named
        ("沭杨县", "全县教育工作会议", "当作县起草", "沭阳县（宿迁市）"),
        ("火星市", "全市安全生产工作会议", "当作地级市起草", ""),
    ],
)
def test_an_unknown_county_or_city_is_drafted_from_its_suffix_with_a_warning(place, meeting, said, like):
    result = draft(f"place={place}", f"meeting={meeting}")
    [message] = unknown(result)
    assert f"行政区划中没有“{place}”" in message and said in message
    assert "请改正" in message and "写明层级和上级" in message  # what to do
    assert like in message
    assert result.draft.text.startswith("# 在")  # drafted all the same


@pytest.mark.parametrize(
    "sets",
    [
        ("place=清河县", "meeting=全县安全生产工作会议"),
        ("place=连庄镇", "meeting=全镇安全生产工作会议"),  # towns are not in the gazetteer: no warning
        ("place=新城县", "level=县", "superior=南通市", "meeting=全县安全生产工作会议"),  # the user said what it is
    ],
)
def test_known_places_towns_and_places_the_user_described_draw_no_warning(sets):
    assert unknown(draft(*sets)) == []


def test_the_warning_reaches_the_terminal_in_chinese(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    args = ["draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=沭杨县",
            "--set", "meeting=全县教育工作会议", "-o", str(tmp_path / "d.md")]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert "行政区划中没有“沭杨县”" in result.stderr and "沭阳县" in result.stderr
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# 在全县教育工作会议上的讲话")
