"""Review 14: faults a reader of drafts found (a 希望 that is a problems analysis, a 编委会 drafted as a 领导小组,
colloquial sub-headings in the new works, a 迎峰度冬 meeting without 电 and 气, a verdict on the place nobody gave)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from work_drafts import draft_meeting, used_ids

from drafter.library import load_library
from drafter.library.jinja import fragment_texts
from drafter.meeting import parse_meeting
from drafter.model import APPRAISAL_TAG, SPECIFIC_TAG

_FRAGMENTS = Path(__file__).resolve().parents[1] / "fragments"


def _transition(text: str) -> str:
    return next(p for p in text.split("\n\n") if re.search(r"[讲谈提强调].{0,3}[一二两三四五六]点", p))


@pytest.mark.parametrize(
    ("meeting", "place"),
    [("县政协常委会第十次会议", "清河县"), ("政协南通市委员会常务委员会第八次会议", "南通市"), ("全县防汛工作电视电话会议", "清河县")],
)
def test_points_announced_as_hopes_are_hopes(meeting, place):
    # Read: 县政协常委会第十次会议 said 对大家下一阶段的履职，我提三点希望, then point 一 weighed the 政协's shortcomings.
    for seed in range(8):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert "点希望" not in _transition(draft.text), (seed, _transition(draft.text))


@pytest.mark.parametrize(
    ("meeting", "place", "party"),
    [("县委编委会全体会议", "清河县", "县委"), ("区委编委会全体会议", "鼓楼区", "区委"), ("市委机构编制委员会全体会议", "南通市", "市委")],
)
def test_a_staffing_committee_is_no_leading_group(meeting, place, party):
    # Read: 县委编委会全体会议 spoke of 各成员单位, 信息报送 and 议定事项 纳入年度综合考核, and thanked 各界朋友.
    parsed = parse_meeting(meeting, place)
    assert parsed.kind.name == "编委会、管委会会议" and parsed.work == "机构编制工作"
    for seed in range(5):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=4)
        text = draft.text
        assert not re.search("成员单位|信息报送|各界朋友|领导小组", text), (seed, text)
        assert all(i.startswith("point.org-staffing.") for i in used_ids(draft, "point")), (seed, used_ids(draft, "point"))
        opening = text.split("\n\n")[2]
        assert "审议" in opening or "编委会集体研究决定" in opening, (seed, opening)
        assert party in text, seed
    assert parse_meeting("县安委会全体会议", "清河县").kind.name == "领导小组会议"
    assert parse_meeting("全县机构编制工作会议", "清河县").kind.name == "工作会议"


@pytest.mark.parametrize("place", ["南通市", "苏州市"])
def test_a_housing_fund_committee_is_no_leading_group(place):
    # Read: 市住房公积金管委会全体会议 spoke of 住房公积金管委会工作 and 领导小组各成员单位: the 管委会 decides on the fund.
    for name in ("市住房公积金管委会全体会议", "全市住房公积金管理委员会全体会议", f"{place}住房公积金管理委员会全体会议"):
        parsed = parse_meeting(name, place)
        assert (parsed.kind.name, parsed.work, parsed.convenor.name) == ("编委会、管委会会议", "住房公积金工作", "政府"), name
    for seed in range(4):
        _, draft = draft_meeting("市住房公积金管委会全体会议", place=place, seed=seed, points=4)
        text = draft.text
        assert not re.search("成员单位|领导小组|管委会工作", text), (seed, text)
        assert all(i.startswith("point.housing-fund.") for i in used_ids(draft, "point")), seed
        assert "审议" in text.split("\n\n")[2], seed


# A sub-heading that talks rather than heads: 查一查有没有…, 和纪检…一起监督, 群众说不热，就要马上去看.
_COLLOQUIAL = re.compile(r"看一看|查一查|听一听|问一问|一起监督|什么就|就要马上|随叫随到|让大家知道|谁、发多少|怎么配合|一户不能断|不能断供")


def alternatives(heading: str) -> list[str]:
    """The phrasings of a heading (`{% alt %}甲{% or %}乙{% endalt %}` → 甲, 乙)."""
    return [part.strip() for part in re.split(r"\{% (?:alt|or|endalt) %\}", heading) if part.strip()]


_NEW_WORKS = ("org-staffing", "gov-openness", "energy-supply", "grain-reserves", "local-chronicles", "housing-fund")


@pytest.mark.parametrize("work", _NEW_WORKS)
def test_the_new_works_head_their_sections_in_speech_register(work):
    rows = yaml.safe_load((_FRAGMENTS / "topics" / f"{work}.yaml").read_text(encoding="utf-8"))
    headings = [s.get("heading", "") for row in rows for s in [row, *(row.get("subpoints") or [])]]
    found = [alt for h in headings for alt in alternatives(h) if _COLLOQUIAL.search(alt)]
    assert found == []
    # Each heading keeps its phrasings: a sub-heading with alternatives still has at least two.
    assert all(len(alternatives(h)) >= 2 for h in headings if "{% alt %}" in h)


@pytest.mark.parametrize("place", ["清河县", "南通市", "鼓楼区"])
def test_a_winter_peak_meeting_first_secures_power_and_gas(place):
    # Read: 全县迎峰度冬工作推进会 drew 原则, 供暖, 组织 — no point on 电力 or 天然气, and a heading 把“暖心工程”办好.
    for meeting in ("全县迎峰度冬工作推进会", "全县迎峰度冬工作会议"):
        meeting = meeting.replace("全县", {"南通市": "全市", "鼓楼区": "全区"}.get(place, "全县"))
        for seed in range(5):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            task = next(p for p in draft.text.split("\n## ")[1:] if p.startswith("二、"))
            # The point's heading, or its first area's when the point gathers several (（一）…).
            first = next((line for line in task.split("\n") if line.startswith("（一）")), task.split("\n")[0])
            head = first.split("。")[0] if first.startswith("（一）") else first
            assert "电" in head and "气" in head, (seed, task[:200])
            assert "暖心工程" not in draft.text, seed
    for seed in range(5):  # a summer meeting keeps to 电: no 供暖, no winter point
        _, summer = draft_meeting("全县迎峰度夏工作推进会", place="清河县", seed=seed, points=5)
        assert not any(i.endswith(("power-winter", "heating", "gas")) for i in used_ids(summer, "point")), seed


# A verdict on the place's own work, which only the user's 问题 may give: 我镇安全生产基础仍然薄弱, 我县档案工作还有不少短板.
_VERDICT = re.compile(
    r"\{\{ (?:we|scope) \}\}(?:的)?[^。！；？{]{0,40}?(?:薄弱|不足|短板|差距|需要改进|不少问题|问题(?:还|仍然|依然)|不高|偏低|严峻"
    r"|不强|不牢|滞后|欠账|不够(?:好|高|强|完善|规范|平衡)|不少进步)"
)
# … unless the sentence sets out to find them (找准差距, 补齐短板) or asks whether (建得强不强).
_AIM_WORDS = re.compile("找准|补齐|补上|查找|盘一盘|看清|指出|正视|研究|找一找|弥补|剖析|分析")
_AIM = re.compile(f"(?:{_AIM_WORDS.pattern})[^。，]{{0,6}}$")


def _judges(text: str) -> bool:
    return any(
        not _AIM.search(text[max(0, m.start() - 14) : m.start()])
        and not _AIM_WORDS.search(m.group(0))
        and not re.search(r"(.)不\1", m.group(0))
        for m in _VERDICT.finditer(text)
    )


def test_only_the_users_problems_judge_the_place():
    # Read: 全镇安全生产工作推进会 with no 问题 given said 总的看，我镇安全生产基础仍然薄弱. Problems points speak of the work
    # as it commonly goes (风险、短板 that are common); the place's own shortcomings come from the user's 问题.
    library = load_library()
    judging = [
        f.id
        for f in library.fragments
        if not {APPRAISAL_TAG, SPECIFIC_TAG, "导入"} & set(f.tags) and f.role.value not in {"opening", "acknowledgement"}
        and any(_judges(t) for t in fragment_texts(f))
    ]  # fmt: skip
    assert judging == []


@pytest.mark.parametrize(
    ("meeting", "place", "we"),
    [
        ("全镇安全生产工作推进会", "葛仙庄镇", "我镇"),
        ("全县安全生产工作会议", "清河县", "我县"),
        ("全区档案工作会议", "鼓楼区", "我区"),
        ("全县卫生健康工作会议", "清河县", "我县"),
        ("全市营商环境工作推进会", "南通市", "我市"),
    ],
)
def test_a_draft_without_problems_pronounces_no_verdict(meeting, place, we):
    verdict = re.compile(we + r"[^。，]{0,14}(?:基础仍然薄弱|根基还不牢|基础不牢|还有不少短板|差距还不小|不少薄弱|差距依然明显|还有不小的距离)")
    for seed in range(6):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=4)
        assert not verdict.search(draft.text), (seed, verdict.search(draft.text))
    problem = "部分企业安全投入不足"
    _, given = draft_meeting(meeting, place=place, seed=0, problems=[problem])
    assert given.text.count(problem) == 1


@pytest.mark.parametrize(
    ("meeting", "place"),
    [("全县机构编制工作会议", "清河县"), ("全市保密工作会议", "南通市"), ("全区机关党建工作会议", "鼓楼区")],
)
def test_a_work_inside_the_offices_thanks_no_public(meeting, place):
    # Read: 全县机构编制工作会议 thanked 热心关注、大力支持这项工作的各界朋友 — 机构编制 has no public behind it.
    for seed in range(8):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert not re.search("各界朋友|各界人士|社会各界", draft.text), (seed, draft.text[:400])


def test_a_summary_meeting_without_achievements_closes_on_no_praise():
    # Read: 全市安全生产工作总结会 with no 成绩 given closed 珍惜来之不易的成果……从阶段性突破走向制度化.
    praise = re.compile("来之不易的成果|阶段性突破|已有的成效值得珍惜|取得的进展只是阶段性|成绩属于过去|乘势而上|趁势而进")
    for meeting, place in [("全市安全生产工作总结会", "南通市"), ("全县教育工作总结会", "清河县"), ("全镇防汛工作总结会", "葛仙庄镇")]:
        for seed in range(6):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            closing = draft.text.rstrip().split("\n\n")[-1]
            assert not praise.search(closing), (meeting, seed, closing)


def test_no_sub_heading_is_repeated_as_its_bodys_first_words():
    # Read: 县政协常委会 （三）有的部门对政协协商重视不够。有的部门对政协协商重视不够，把提案办理……
    # Each branch of an {% if town %}…{% else %}…{% endif %} is a wording of its own, read with its own alternatives.
    branches = re.compile(r"\{%-?\s*(?:if|elif|else|endif)\b.*?%\}")

    def wordings(text: str) -> list[str]:
        return [
            re.sub(r"\{%.*?%\}", "", a).strip()
            for part in branches.split(text) if part.strip()
            for a in (alternatives(part) or [part])
        ]  # fmt: skip

    library = load_library()
    echoed = []
    for f in library.fragments:
        for sub in f.subpoints or ():
            bodies = wordings(sub.text or "")
            for heading in wordings(sub.heading or ""):
                if len(heading) >= 8 and any(b.startswith(heading) for b in bodies):
                    echoed.append((f.id, heading))
    assert echoed == []


@pytest.mark.parametrize(("meeting", "place"), [("全镇教育工作会议", "葛仙庄镇"), ("全县教育工作会议", "清河县")])
def test_an_education_meeting_without_achievements_claims_no_progress(meeting, place):
    # Read: 葛仙庄镇 全镇教育工作会议 with no 成绩 opened point 一 on 这些年，我镇教育事业取得的进步……持续向好.
    claim = re.compile("取得的进步|不断向前|一路走来|持续向好|持续进步|稳步前行")
    for seed in range(6):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=4)
        assert not claim.search(draft.text), (seed, claim.search(draft.text))


def test_a_town_meeting_on_a_county_only_work_is_told_its_points_are_general():
    # Read: 葛仙庄镇 全镇粮食和物资储备工作会议 came out as 倾听民声、解决难题 points, with no word to the writer.
    from typer.testing import CliRunner

    from drafter.cli import app

    def run(place: str, meeting: str) -> str:
        args = ["draft", "--no-input", "--no-history", "--seed", "1", "--set", f"place={place}", "--set", f"meeting={meeting}"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        return result.stderr

    note = run("葛仙庄镇", "全镇粮食和物资储备工作会议")
    assert "“粮食和物资储备工作”的内容只写给省、市、县、区一级" in note and "--set tasks=" in note
    assert "只写给" not in run("清河县", "全县粮食和物资储备工作会议")
    assert "只写给" not in run("葛仙庄镇", "全镇安全生产工作会议")


@pytest.mark.parametrize(("meeting", "place"), [("县人大常委会第二十次会议", "清河县"), ("市人大常委会第十五次会议", "南通市")])
def test_a_congress_standing_committee_sitting_presumes_no_appointments(meeting, place):
    # Read: 县人大常委会第二十次会议 said 有关决定和人事任免事项，也都按程序表决通过 and closed 新任命的同志要牢记人民的重托;
    # not every sitting appoints anyone, and nobody said this one did.
    for seed in range(6):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        said = re.search("人事任免事项|完成了人事任免|新任命的同志|被任命的同志", draft.text)
        assert not said, (seed, said)
