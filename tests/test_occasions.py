"""A draft never presumes what happened at the meeting: speeches, pledges, signings only when the user says so."""

from __future__ import annotations

import re

import pytest

from drafter.library import load_library, load_templates
from drafter.render import render_draft

PRESUMES = re.compile(
    r"作了(交流|表态)?发言|表态发言|集中签约|观看了警示|述职时|的发言|经验交流|交流了经验|汇报了|的汇报|几位同志的表态"
)
MEETINGS = ["全县安全生产工作会议", "全县乡村振兴工作会议", "全县教育工作会议", "全县党风廉政建设工作会议",
            "全县基层党建工作会议", "全县经济工作会议", "全县防汛工作会议"]  # fmt: skip


@pytest.fixture(scope="module")
def shipped():
    return load_library(), load_templates()


@pytest.mark.parametrize("meeting", MEETINGS)
def test_without_speeches_no_draft_says_someone_spoke(shipped, meeting):
    library, templates = shipped
    for seed in range(6):
        text = render_draft(library, templates["work-meeting"], {"place": "清河县", "meeting": meeting}, seed=seed).text
        found = PRESUMES.search(text)
        assert not found, f"{meeting} seed {seed}: {found[0] if found else ''}"


def test_when_units_spoke_the_draft_may_say_so(shipped):
    library, templates = shipped
    texts = [
        render_draft(library, templates["work-meeting"],
                     {"place": "清河县", "meeting": "全县安全生产工作会议", "speeches": "是"}, seed=seed).text
        for seed in range(6)
    ]  # fmt: skip
    assert any(PRESUMES.search(t) for t in texts)


@pytest.mark.parametrize(
    ("template", "meeting"),
    [("summary", "全县生态环境保护工作总结会"), ("leading-group", "县安全生产委员会全体会议"),
     ("mobilize", "全县森林防火工作动员部署会"), ("advance", "全县乡村振兴工作推进会"),
     ("teleconference", "全县防汛工作电视电话会议"), ("training", "全县党务干部培训班"),
     ("commendation", "全县优秀教师表彰大会")],
)  # fmt: skip
def test_no_kind_of_meeting_presumes_reports_or_pledges(shipped, template, meeting):
    """A 总结会, 领导小组会议 or 动员部署会 without speeches says nothing of 汇报, 交流发言 or 表态 that did not happen."""
    library, templates = shipped
    for seed in range(8):
        text = render_draft(library, templates[template], {"place": "清河县", "meeting": meeting}, seed=seed).text
        found = PRESUMES.search(text)
        assert not found, f"{meeting} seed {seed}: {text[max(found.start() - 20, 0):found.end() + 10] if found else ''}"

