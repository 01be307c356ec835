"""Review 15: faults review14 saw and left alone (a 致敬 that fits few works, a 务虚会 thanking people not in the
room, 甘于寂寞 three times in one 地方志 speech, a 县 drafting a 住房公积金管委会 sitting without a word)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner
from work_drafts import draft_meeting, used_ids

from drafter.cli import app


# (a 县委's 党风廉政建设工作会议 thanks the 纪检监察干部 since review25; a bureau's still draws the general respect)
@pytest.mark.parametrize("meeting", ["县教育局2026年党风廉政建设工作会议", "全县粮食和物资储备工作会议"])
def test_the_general_respect_fits_the_work(meeting):
    # Read: 党风廉政建设工作千头万绪，靠的是一线同志的辛勤付出……向全县每一位投身党风廉政建设工作的同志致以诚挚的敬意.
    odd = re.compile("投身.{0,12}工作的同志|工作战线的同志|工作千头万绪，靠的是一线|奋战在.{0,14}一线")
    drawn = 0
    for seed in range(6):
        _, draft = draft_meeting(meeting, seed=seed)
        drawn += "acknowledgement.general.respect" in used_ids(draft, "acknowledgement")
        assert not odd.search(draft.text), (seed, odd.search(draft.text))
    assert drawn, "the general respect was never drawn: the test shows nothing"


@pytest.mark.parametrize(("meeting", "place"), [("全县经济工作务虚会", "清河县"), ("2027年全市经济工作务虚会", "南通市")])
def test_a_retreat_thanks_the_people_in_the_room(meeting, place):
    # Read: 全县经济工作务虚会 thanked 扎根我县投资兴业的广大企业家, who do not sit at a 务虚会.
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        thanks = draft.text.split("\n\n")[3]
        assert used_ids(draft, "acknowledgement") == ["acknowledgement.retreat.in-the-room"], (seed, thanks)
        assert not re.search("企业家|各界|群众", thanks), (seed, thanks)


def test_a_chronicles_speech_says_gan_yu_ji_mo_once():
    # Read: 全县地方志工作会议 said 甘于寂寞 in a point heading, its sub-point and the closing.
    for seed in range(8):
        _, draft = draft_meeting("全县地方志工作会议", seed=seed, points=5)
        assert draft.text.count("甘于寂寞") <= 1, (seed, draft.text.count("甘于寂寞"))


def _notes(place: str, meeting: str) -> str:
    args = ["draft", "--no-input", "--no-history", "--seed", "1", "--set", f"place={place}", "--set", f"meeting={meeting}"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.stderr


def test_a_county_housing_fund_committee_is_drafted_with_a_note():
    # Read: 县住房公积金管委会全体会议 was drafted for 清河县 with no word: the 管委会 sits in the 市, a 县 has its branch.
    note = _notes("清河县", "县住房公积金管委会全体会议")
    assert "住房公积金管理委员会设在直辖市和设区的市" in note and "清河县（县）" in note and "核对会议名称和地方" in note
    assert "设区的市" in _notes("海安市", "全市住房公积金管理委员会全体会议")  # a 县级市 is county rank
    assert "设区的市" not in _notes("南通市", "市住房公积金管委会全体会议")
    assert "设区的市" not in _notes("清河县", "全县住房公积金工作会议")  # a work meeting, no 管委会


def test_the_web_page_says_the_housing_fund_note():
    import html

    from test_web import Browserless

    from drafter.web import create_app
    from drafter.web.server import start_in_thread

    running = start_in_thread(create_app())
    try:
        page = Browserless(running.url).draft(place="清河县", meeting="县住房公积金管委会全体会议")
    finally:
        running.stop()
    assert "住房公积金管理委员会设在直辖市和设区的市" in html.unescape(page)
