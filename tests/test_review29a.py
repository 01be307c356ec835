"""Meetings and their length, read as the leader's writer (review29a): a 调度会 or 总结会 keeps its own shape at 20 and
30 minutes, a 年轻干部培训班 speaks to its trainees, a meeting on a part of a work stays on it, and a work the library
knows nothing of is said to be so."""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting

from drafter.render.sections import load_group_headings

# A 认识 section on why the work matters: what a 调度会 or 总结会 of 20 or 30 minutes gathered into its first point.
_WHY = re.compile("政治站位|重要意义|重要性|极端重要|重要位置|突出位置|深刻认识")


def _points(library, draft) -> list[list]:
    """The fragments of each 一、 point of a draft, in order (the point, then its gathered sections)."""
    points: list[list] = []
    for use in draft.uses:
        if use.role.value != "point":
            continue
        fragment = library.get(use.id)
        if use.section:
            points[-1].append(fragment)
        else:
            points.append([fragment])
    return points


def _cadres_headings(stage: str) -> set[str]:
    """The opening words of the gathered headings a work meeting's cadres hear (sections.yaml, no @ key)."""
    table = load_group_headings()
    return {o.heading.split("{{")[0] for o in table[stage]}


@pytest.mark.parametrize(
    ("meeting", "place", "seed", "minutes", "kind"),
    [
        ("全县安全生产工作调度会", "临江县", 1, 30, "调度会"),
        ("全镇防汛工作调度会", "清河县柳镇", 4, 30, "调度会"),
        ("全县防汛工作总结会", "临江县", 1, 30, "总结会"),
    ],
)
def test_a_long_dispatch_or_summary_speech_keeps_its_kinds_first_and_last_points(meeting, place, seed, minutes, kind):
    # Read (临江县 全县安全生产工作调度会 s1 30): 一、统一思想认识，准确把握安全生产工作面临的形势任务 held 把账算清 and
    # 提高政治站位，深刻认识做好安全生产工作的极端重要性; a 30-minute 防汛工作总结会 opened on 提高政治站位…重要意义.
    # Kind sections alone (a first try) left a 30-minute 全镇防汛工作调度会 seven general task sections
    # (聚焦重点难点，奋力开创防汛工作新局面; 站稳人民立场…): the work's own sections of the stage come after the kind's.
    from drafter.render.select import fragment_topics

    library, draft = draft_meeting(meeting, place=place, seed=seed, minutes=minutes)
    points = _points(library, draft)
    first, last = points[0], points[-1]
    # a 调度会 opens on where the work stands, a 总结会 on what was learned (not on 看清眼下的形势 or 站在新的起点上)
    assert first[0].id == {"调度会": "point.dispatch.recognition.account", "总结会": "point.summary.recognition.lessons"}[kind]
    for point in (first, last):
        assert kind in point[0].tags, (point[0].id, [f.id for f in point])  # opens on the kind's own section
        assert not any(_WHY.search(f.heading) for f in point), [f.id for f in point]
        assert all(kind in f.tags or "通用" not in f.tags for f in point), [f.id for f in point]  # no general section
    tasks = [f for point in points for f in point if f.stage == "任务"]
    assert tasks and all(fragment_topics(f) for f in tasks), [f.id for f in tasks]
    assert "开创防汛工作新局面" not in draft.text
    headings = [line for line in draft.text.splitlines() if line.startswith("## ")]
    cadres = _cadres_headings("认识") | _cadres_headings("保障")
    assert not any(h.removeprefix("## ")[2:].startswith(tuple(cadres)) for h in headings), headings
    assert "政治站位" not in headings[0]


def test_gathered_task_headings_at_a_dispatch_or_summary_speak_of_the_next_steps():
    # A 调度会's gathered task point was 聚焦重点难点，推动防汛工作取得新的成效, a 总结会's 统筹当前和长远，一项一项把…抓到位:
    # the cadres' headings of a work meeting.
    table = load_group_headings()
    assert {"任务@调度会", "认识@调度会", "保障@调度会", "任务@总结会", "认识@总结会", "保障@总结会"} <= set(table)
    _, draft = draft_meeting("全县安全生产工作调度会", place="临江县", seed=1, minutes=30)
    task_heading = next(line for line in draft.text.splitlines() if line.startswith("## 二、"))
    options = {o.heading.split("{{")[0] for o in table["任务@调度会"]} | {o.again for o in table["任务@调度会"]}
    assert any(task_heading.removeprefix("## 二、").startswith(o) for o in options if o), task_heading


@pytest.mark.parametrize(("seed", "minutes"), [(1, 10), (2, 10), (1, 20), (3, 20)])
def test_a_young_cadres_class_speaks_to_its_trainees(seed, minutes):
    # Read (临江县 全县年轻干部培训班开班式 s1 20): （六）持续整顿软弱涣散基层党组织 and 三（五）压实党建工作责任, and at 10
    # minutes 更好地胜任年轻干部工作 / 年轻干部工作任务这么重: the 组织部门's work, deployed to the trainees.
    library, draft = draft_meeting("全县年轻干部培训班开班式", place="临江县", seed=seed, minutes=minutes)
    assert draft.answers["work"] == "各项工作"
    for point in _points(library, draft):
        for f in point:
            assert "培训班开班式" in f.tags or "年轻干部" in f.tags or "通用" in f.tags, f.id
            assert "{{ below }}" not in f.text + "".join(s.text for s in f.subpoints), f.id
    for words in ("年轻干部工作", "软弱涣散", "压实党建工作责任", "组织部门和各单位要把优秀年轻干部", "站在全局高度认识各项工作"):
        assert words not in draft.text, words


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_projects_meeting_borrows_what_speaks_of_projects(seed):
    # Read (临江县 全县重点项目建设推进会 s1 20): beside 项目为王, 建设宜居韧性智慧城市 and 新质生产力 from the whole 经济工作.
    from drafter.library import fragment_texts

    words = ("项目建设", "重点项目", "重大项目", "项目攻坚")
    library, draft = draft_meeting("全县重点项目建设推进会", place="临江县", seed=seed, minutes=20)
    for point in _points(library, draft):
        for f in point:
            if f.stage == "任务":
                said = "".join(fragment_texts(f))
                assert "项目建设" in f.tags or any(w in said for w in words), f.id


def test_a_meeting_on_a_work_the_library_has_nothing_on_says_so_though_its_kind_has_points():
    # Read (北京市朝阳区望京街道 全街道垃圾分类工作推进会 s3 20): the 推进会's 拧紧思想发条, then 垃圾分类工作 only as a name in
    # eleven general sections, and no note to the writer. 垃圾分类 has its own fragments since works34, 全民阅读 since works35, 气象 since review36, 机要 since works37: 对台 has none yet.
    from typer.testing import CliRunner

    from drafter.cli import app

    for meeting in ("全街道对台工作推进会", "全街道对台工作调度会"):
        result = CliRunner().invoke(
            app, ["draft", "--no-input", "--seed", "3", "--minutes", "10", "--set", "place=北京市朝阳区望京街道",
                  "--set", f"meeting={meeting}"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert "片段库里没有“对台工作”的专门内容" in result.stderr, meeting
    for meeting in ("全县新任科级干部培训班开班式", "全县2026年度总结表彰大会"):  # no one work: nothing to add
        result = CliRunner().invoke(app, ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", f"meeting={meeting}"])
        assert result.exit_code == 0, result.output
        assert "专门内容" not in result.stderr, meeting
