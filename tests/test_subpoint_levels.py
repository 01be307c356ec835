"""Sub-points tagged with `levels`: a town's draft leaves out what only a county can do, and counts right.

A point may suit every level while one of its sub-points is county work (乡镇公务员
recruitment, 政法机关, 气象 and 公安 departments): `levels` on the sub-point keeps it
out of a 镇 or 街道 speech, and the announced count (以下三个方面) follows what is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import check_text
from drafter.errors import FragmentFormatError, LibraryError
from drafter.features import lacked_tags
from drafter.library import load_library, load_templates
from drafter.library.schema import fragment_from_dict
from drafter.render import render_draft
from drafter.topics import load_topics

SHIPPED = load_library()
TEMPLATES = load_templates()
TOWNS = ("葛仙庄镇", "城关街道")
SCOPES = {"葛仙庄镇": "全镇", "城关街道": "全街道", "清河县": "全县"}
COUNTY = ("省", "市", "县", "区")


def _point(subpoints: list[dict]) -> dict:
    return {
        "id": "point.x", "role": "point", "tags": ["任务"], "heading": "抓好重点工作",
        "text": "重点抓好以下{{ sub_count }}个方面：", "subpoints": subpoints,
        "source": {"authored": "测试", "written": "2026-12"},
    }  # fmt: skip


def test_a_sub_point_reads_its_levels_and_rejects_unknown_ones() -> None:
    frag = fragment_from_dict(_point([{"heading": "甲", "levels": ["省", "市", "县", "区"]}, {"heading": "乙"}]))
    assert frag.subpoints[0].levels == COUNTY and frag.subpoints[1].levels == ()
    assert frag.subpoints_for("镇") == (1,) and frag.subpoints_for("县") == (0, 1)
    with pytest.raises(FragmentFormatError, match="未知的层级 村") as bad:
        fragment_from_dict(_point([{"heading": "甲", "levels": ["村"]}]), path="x.yaml")
    assert "x.yaml" in str(bad.value) and "街道" in bad.value.hint
    with pytest.raises(FragmentFormatError, match="items"):
        fragment_from_dict(_point([{"heading": "甲", "items": [{"heading": "一", "levels": ["县"]}]}]))


def _tag_last_subpoint(library: Path, levels: str) -> None:
    """Every 任务 point's last sub-point (of four) becomes county work."""
    path = library / "points.yaml"
    lines, out, count = path.read_text(encoding="utf-8").splitlines(), [], 0
    for line in lines:
        if line.startswith("    - heading: 任务") and line.split("　")[0].endswith(".4"):
            line = line.replace("    - heading:", f"    - levels: {levels}\n      heading:")
            count += 1
        out.append(line)
    assert count == 5
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_a_town_leaves_out_county_sub_points_and_announces_what_it_keeps(mini_library: Path) -> None:
    _tag_last_subpoint(mini_library, "[省, 市, 县, 区]")
    library = load_library(mini_library)
    for place, kept, word in (("清河县", 4, "四"), ("葛仙庄镇", 3, "三"), ("城关街道", 3, "三")):
        answers = {"place": place, "meeting": f"{SCOPES[place]}妇女儿童工作会议", "reporter": "张三", "points": 3}  # one area a point: all it may give
        draft = render_draft(library, TEMPLATES["work-meeting"], answers, seed=1, rate=200)
        task = next(u for u in draft.uses if u.id.startswith("point.任务"))
        assert len(task.subpoints) == kept, place
        section = draft.text.split("## 二、")[1].split("## 三、")[0]
        assert f"以下{word}" in section and f"（{word}）" in section, place
        assert ("任务" + task.id[-1] + ".4") in section if kept == 4 else ".4" not in section
        assert [f for f in check_text(draft.text, place=place).findings if f.rule == "count-mismatch"] == []


def test_a_point_left_with_one_sub_point_is_not_chosen_for_a_town(mini_library: Path) -> None:
    path = mini_library / "points.yaml"
    lines = [
        line.replace("    - heading:", "    - levels: [县]\n      heading:")
        if line.startswith("    - heading: 任务") and ".1　" not in line else line
        for line in path.read_text(encoding="utf-8").splitlines()
    ]  # only the first sub-point of each 任务 point is left for a town
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    library = load_library(mini_library)
    answers = {"place": "清河县", "meeting": "全县妇女儿童工作会议", "reporter": "张三"}
    assert render_draft(library, TEMPLATES["work-meeting"], answers, seed=1).points == 3
    town = {"place": "葛仙庄镇", "meeting": "全镇妇女儿童工作会议", "reporter": "张三"}
    with pytest.raises(LibraryError, match="任务"):
        render_draft(library, TEMPLATES["work-meeting"], town, seed=1)


def _meeting(frag, scope: str) -> tuple[str, str]:
    """A meeting (and template) whose topic this point is about."""
    if "联席会议" in frag.tags:
        return f"{scope}妇女维权联席会议", "joint-meeting"
    if "通用" in frag.tags:  # a general point serves any work's meeting
        return f"{scope}市场监管工作会议", "work-meeting"
    topic = next(t for t in load_topics() if t.tags & set(frag.tags))
    narrower = [words[0] for tag, words in topic.narrower if tag in frag.tags and topic.tag not in frag.tags]
    work = narrower[0] if narrower else topic.words[0]  # a point only for gas safety: 燃气安全工作会议
    return f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议", "work-meeting"


TAGGED = sorted(
    (f for f in SHIPPED.fragments if any(s.levels for s in f.subpoints)), key=lambda f: f.id
)


LEVEL_OF = {"葛仙庄镇": "镇", "城关街道": "街道", "清河县": "县"}


@pytest.mark.parametrize("frag", TAGGED, ids=lambda f: f.id)
def test_every_tagged_sub_point_stays_out_of_drafts_of_other_levels(frag) -> None:
    """A --pick draft keeps only sub-points its level may give (a county those tagged 省、市、县、区), at least two; one may
    give way to a task area whose theme its heading names (render/apart.py `subpoints_apart`, review27)."""
    for place, level in LEVEL_OF.items():
        if frag.levels and level not in frag.levels:
            continue
        meeting, template = _meeting(frag, SCOPES[place])
        # … and what the place lacks: a 街道 has no 村 (levels34), so a sub-point tagged 农村 is not its own either
        lacks = lacked_tags({"place": place, "place_kind": level, "meeting": meeting})
        if len(frag.subpoints_for(level, lacks=lacks)) < 2:
            continue  # too little of this point is left for the level: it is never chosen (test above)
        answers = {"place": place, "meeting": meeting, "reporter": "张三", "points": 3}  # one area a point
        draft = render_draft(SHIPPED, TEMPLATES[template], answers, seed=3, picks=[frag.id])
        keep = next(u.subpoints for u in draft.uses if u.id == frag.id)
        assert set(keep) <= set(frag.subpoints_for(level, lacks=lacks)) and len(keep) >= 2, place
        for i, sub in enumerate(frag.subpoints):
            if i in keep:
                assert not sub.levels or level in sub.levels, (place, i)
        assert [f for f in check_text(draft.text, place=place).findings if f.rule == "count-mismatch"] == []


@pytest.mark.parametrize(
    ("point", "topic", "words"),
    [
        ("point.party.task.grassroots-cadres", "基层党建", ("乡镇公务员",)),
        ("point.women-children.task.minors-protection", "妇女儿童", ("政法机关",)),
        ("point.forest.guard.responsibility", "森林防火", ("公安", "气象")),
        # Read in 全镇党风廉政建设工作会议: 防止上级部门随意将工作任务转嫁给镇和村（社区）, 上级部门不得随意抽调借用基层干部
        # — a town is where the work is passed down to; stopping 上级部门 is a county's word.
        ("point.integrity.task.formalism", "党风廉政", ("上级部门", "转嫁给镇")),
    ],
)
def test_a_town_draft_never_holds_county_sentences_a_county_draft_can(point, topic, words) -> None:
    """The reviewer's cases: 乡镇公务员 recruitment, 政法机关, the 公安/气象 departments of a forest point.

    A town never says them under any seed; a county says them under some (one phrasing of a county
    sub-point may leave the word out, so one seed's county draft proves nothing either way).
    """
    frag = SHIPPED.get(point)
    county_found: list[str] = []
    for seed in range(4):
        for place in (*TOWNS, "清河县"):
            meeting, template = _meeting(frag, SCOPES[place])
            answers = {"place": place, "meeting": meeting, "points": 3}  # the picked point with all it may give
            draft = render_draft(SHIPPED, TEMPLATES[template], answers, seed=seed, picks=[point])
            own = draft.text.split(render_point_heading(draft.text, frag))[1].split("\n## ")[0]
            found = [w for w in words if w in own]
            if place in TOWNS:
                assert found == [], (place, seed, found)
            else:
                county_found += found
    assert county_found, point


def render_point_heading(text: str, frag) -> str:
    """The numbered heading line the draft gave this point (its first phrasing may differ: find by the mark)."""
    lines = [line for line in text.splitlines() if line.startswith("## ")]
    stage = ("认识", "任务", "保障").index(frag.stage)
    return lines[stage]
