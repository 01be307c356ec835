"""No repetition: near-identical headings or sentences across points, thanks once, lead-ins reworded, sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.check import check_text
from drafter.cli import app
from drafter.library import fragment_from_dict, load_library, load_templates
from drafter.library.alternatives import Chooser, choosing, lead_in_said
from drafter.model import Fragment
from drafter.render import render_draft
from drafter.render.repeat import thanks, too_close


def point(fid: str, heading: str, subs: list[tuple[str, str]], text: str = "") -> Fragment:
    data = {
        "id": fid, "role": "point", "tags": ["任务"], "heading": heading, "text": text or "要抓紧抓实。",
        "subpoints": [{"heading": h, "text": t} for h, t in subs], "source": {"speech": "s-01"},
    }  # fmt: skip
    return fragment_from_dict(data, path="x.yaml")


def test_the_same_task_under_another_heading_is_too_close():
    a = point("a", "加强组织领导，压实工作责任", [("健全工作机制", "要建立定期会商、信息通报和督查督办制度，形成上下联动的工作格局。")])
    b = point("b", "强化组织领导，压实工作责任", [("完善考核办法", "考核结果要与评先评优挂钩。")])
    c = point("c", "聚焦重点领域，深化专项整治", [("整治危险化学品", "要建立定期会商、信息通报和督查督办制度，形成上下联动的工作局面。")])
    d = point("d", "抓好宣传教育，营造浓厚氛围", [("创新宣传方式", "要用好新媒体平台，把政策讲清楚、讲明白。")])
    assert too_close(a, b)  # near-identical headings
    assert too_close(a, c)  # a sentence edited by one word
    assert not too_close(a, d)


def test_thanks_are_recognised():
    thank = point("t", "一", [], text="借此机会，我代表县委向大家表示衷心的感谢！")
    respect = point("r", "二", [], text="向全县广大工作者致以崇高的敬意！")
    plain = point("p", "三", [], text="要感受群众冷暖，把好事办好。")
    assert thanks(thank) and thanks(respect) and not thanks(plain)


def test_a_repeated_lead_in_is_reworded_and_keeps_its_count():
    # The chooser says every fixed 以下…： lead-in (a gathered point's too) one of the shared ways, away from those said,
    # and records it (review29b: the rewording after rendering is gone).
    chooser = Chooser(seed=1)
    with choosing(chooser):
        first = lead_in_said("甲", "group", "要抓好。重点抓好以下三个方面：")
        second = lead_in_said("乙", "group", "重点抓好以下三个方面：")
    assert first.startswith("要抓好。") and "以下三" in first
    assert "以下三" in second and first.removeprefix("要抓好。") != second
    assert chooser.chosen["乙"]["group.lead"] != chooser.chosen["甲"]["group.lead"]


def test_long_drafts_gather_points_as_sections_checked_clean_and_replayed(tmp_path: Path):
    result = CliRunner().invoke(app, [
        "draft", "--no-input", "--seed", "4", "--set", "place=清河县", "--set", "meeting=全县经济工作会议",
        "--minutes", "30", "-o", str(tmp_path / "稿.md"),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    text = (tmp_path / "稿.md").read_text(encoding="utf-8")
    assert "（二）" in text and "\n1." in text
    assert [f for f in check_text(text, place="清河县").findings if f.severity != "info"] == []
    assert "section: true" in (tmp_path / "稿.answers.yaml").read_text(encoding="utf-8")
    replay = CliRunner().invoke(app, ["draft", "--replay", str(tmp_path / "稿.answers.yaml")])
    assert replay.exit_code == 0 and replay.stdout == text


def test_points_never_share_a_near_identical_heading_in_long_drafts():
    lib = load_library()
    template = load_templates()["work-meeting"]
    for meeting in ("全县经济工作会议", "全县乡村振兴工作会议", "全县妇女儿童工作会议"):
        draft = render_draft(lib, template, {"place": "清河县", "meeting": meeting, "minutes": 30}, seed=2)
        used = [lib.get(u.id) for u in draft.uses if u.role == "point"]
        assert not [(a.id, b.id) for i, a in enumerate(used) for b in used[i + 1 :] if too_close(a, b)]


def test_praise_of_award_winners_waits_for_an_awards_meeting_even_untagged(mini_library):
    (mini_library / "closing.yaml").write_text(
        "- id: closing.praise\n  role: closing\n  tags: [妇女儿童]\n"
        "  text: 同志们，希望大家以受到表彰的先进典型为榜样，再创佳绩！\n  source: {speech: s-01}\n",
        encoding="utf-8",
    )
    lib = load_library(mini_library)
    template = load_templates()["work-meeting"]
    base = {"place": "清河县", "meeting": "全县妇女儿童工作会议"}
    assert all("受到表彰" not in render_draft(lib, template, base, seed=s).text for s in range(6))
    awarded = {render_draft(lib, template, {**base, "awards": "是"}, seed=s).text for s in range(6)}
    assert any("受到表彰的先进典型" in t for t in awarded)


def test_authored_text_comes_before_text_cut_from_older_speeches(mini_library):
    (mini_library / "authored.yaml").write_text(
        "- id: opening.authored\n  role: opening\n  tags: [妇女儿童]\n"
        "  text: 今天，我们召开{{ meeting }}，研究部署实施妇女儿童发展纲要的重点任务。\n"
        "  source: {authored: drafter 编写组, written: 2026-12}\n",
        encoding="utf-8",
    )
    lib = load_library(mini_library)
    base = {"place": "清河县", "meeting": "全县妇女儿童工作会议"}
    for seed in range(5):
        uses = render_draft(lib, load_templates()["work-meeting"], base, seed=seed).uses
        assert next(u.id for u in uses if u.role == "opening") == "opening.authored"


def test_a_fragment_edited_in_its_sub_points_is_not_taken_for_the_one_cached_before_it():
    """Fragments hash by id and text alone (selection's caches are asked ~1,000 times a draft);
    equality still compares every field, so an edit of a sub-point is never served a stale answer."""
    from drafter.render.repeat import mentions_awards

    plain = point("p", "加强组织领导", [("健全工作机制", "要建立定期会商制度。")])
    praised = point("p", "加强组织领导", [("健全工作机制", "要向受表彰的先进集体和先进个人学习。")])
    assert hash(plain) == hash(praised) and plain != praised
    assert point("p", "加强组织领导", [("健全工作机制", "要建立定期会商制度。")]) == plain
    assert len({plain, praised, point("p", "加强组织领导", [("健全工作机制", "要建立定期会商制度。")])}) == 2
    assert (mentions_awards(plain), mentions_awards(praised)) == (False, True)


def test_points_that_offer_the_same_short_lead_ins_are_not_one_task():
    """Every economy task point offers {% alt %}重点抓好以下N个方面{% or %}…{% endalt %}: joined, the
    alternatives read as one long shared sentence, so a 县经济工作会议 of five points deployed one
    economy task and filled the rest with general frames (坚持问题导向，扎实推进经济工作各项重点任务)."""
    from work_drafts import draft_meeting, used_ids

    for seed in range(3):
        library, draft = draft_meeting("全县经济工作会议", seed=seed, points=5)
        tasks = [i for i in used_ids(draft, "point") if library.get(i).stage == "任务"]
        assert len([i for i in tasks if "经济工作" in library.get(i).tags]) >= 3, (seed, tasks)


@pytest.mark.parametrize(
    ("meeting", "place", "seed", "points", "minutes"),
    [
        ("全县审计工作会议", "清河县", 2, 5, 20),
        ("全县经济工作会议", "清河县", 1, 4, 25),
        ("全镇安全生产工作会议", "葛仙庄镇", 0, 4, 25),
    ],
)
def test_two_gathered_points_never_share_a_heading(meeting, place, seed, points, minutes):
    """A long draft gathers points under headings from a table; two chose the same one
    (二、聚焦重点难点，推动审计工作取得新的成效 … 三、聚焦重点难点，推动审计工作取得新的成效)."""
    from work_drafts import draft_meeting

    _, draft = draft_meeting(meeting, place=place, seed=seed, points=points, minutes=minutes)
    headings = [line.split("、", 1)[1] for line in draft.text.splitlines() if line.startswith("## ")]
    assert len(headings) == points and len(set(headings)) == len(headings), headings
