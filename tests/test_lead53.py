"""What the lead met in session 53 and mended (cheap: in process, no draft)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import ingest as ingest_cli
from tests.work_drafts import draft_made, draft_text, fragment_renderings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_a_large_file_is_announced_before_its_long_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A 20 MB collection took minutes of ingest with nothing on the screen: the writer is told before it starts.
    monkeypatch.setattr(ingest_cli, "LARGE_FILE_BYTES", 100)
    small = tmp_path / "小.txt"
    small.write_text("同志们：\n今天开会。\n", encoding="utf-8")
    ingest_cli._say_large([FIXTURES / "pasted-pages-related-bare.txt", small, tmp_path / "没有这个文件.txt"])
    said = capsys.readouterr().err
    assert "正在读取" in said and "pasted-pages-related-bare.txt" in said and "请稍候" in said
    assert "小.txt" not in said and "没有这个文件" not in said


def test_the_defence_guard_point_says_its_army_civil_sub_heading_once() -> None:
    # 临泉县 全县国防动员暨征兵工作会议 (12 min, seed 5): （一）形成军地合力。…形成齐抓共管的工作合力…，形成军地合力。
    texts = fragment_renderings("point.defense.guard.party-control", "县", "临泉县", "国防动员工作", seeds=4)
    assert not [t for t in texts if "形成军地合力" in t]


def test_a_general_employment_meeting_does_not_open_on_youth_employment_alone() -> None:
    # 阜南县 全县就业工作推进会 (10 min, seed 2): 一、把青年就业放在就业工作的首位 — the 高校毕业生 meeting's 认识 at a
    # meeting of all employment work (as test_reader48's 群团 meeting and the 共青团's 认识). Its own meeting still draws it.
    general = draft_made("阜南县", "全县就业工作推进会", 2, 10)
    assert "point.employment.know.youth" not in {u.id for u in general.uses}
    youth = draft_made("阜南县", "全县高校毕业生就业工作会议", 2, 10)
    assert "point.employment.know.youth" in {u.id for u in youth.uses}


def test_a_townships_market_speech_says_it_has_no_enforcement_power_once() -> None:
    # 古楼乡 全乡市场监管工作会议 (12 min, seed 3): 我们没有执法权 opened 一（一） and again 三（二）.
    text = draft_text("古楼乡", "全乡市场监管工作会议", 3, 12, superior="阜南县")
    assert text.count("没有执法权") <= 1


def test_a_streets_safety_speech_says_its_stock_phrase_for_early_mediation_once() -> None:
    # 望京街道 全街道平安建设工作推进会 (10 min, seed 7): 对矛盾纠纷要抓早抓小 in 一（二）, then 二（一）矛盾纠纷要抓早抓小.
    text = draft_text("望京街道", "全街道平安建设工作推进会", 7, 10, superior="朝阳区")
    assert text.count("抓早抓小") <= 1
