"""Meeting kinds read as the leader's writer (review28a): a 调度会 is no 推进会, a speech never names its meeting by
a kind it is not, and a 党员干部培训班 is drafted as a class."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, used_ids

from drafter.meeting import parse_meeting


@pytest.mark.parametrize(
    ("name", "work"),
    [
        ("全县安全生产调度会", "安全生产工作"),
        ("全市重点项目建设调度会议", "重点项目建设工作"),
        ("全县防汛专题调度会", "防汛工作"),
        ("全镇人居环境整治工作调度会", "人居环境整治工作"),
    ],
)
def test_a_dispatch_meeting_is_its_own_kind(name, work):
    # Read (清河县 全县安全生产调度会 seed 1, 10 minutes): 按……推进会……起草, and the speech closed 推进会既是督战会.
    meeting = parse_meeting(name)
    assert (meeting.kind.name, meeting.work) == ("调度会", work)


def test_a_video_dispatch_meeting_still_speaks_to_the_branch_halls():
    assert parse_meeting("全县防汛视频调度会").kind.name == "电视电话会议"


@pytest.mark.parametrize(("place", "name", "seed", "minutes"), [
    ("清河县", "全县安全生产调度会", 1, 10),
    ("清河县", "全县安全生产调度会", 4, 20),
    ("清河县柳镇", "全镇人居环境整治调度会", 3, 10),
    ("清河县", "全县重点项目建设调度会", 2, 30),
])  # fmt: skip
def test_a_dispatch_speech_follows_the_reports_and_ends_on_what_comes_after(place, name, seed, minutes):
    # A 调度会 hears the units' reports first (刚才，各单位汇报了……), then the speaker sets 时间节点 and who leads, and
    # sends them off (会后 / 下一步 / 回去后) — not a 推进会's 肯定进展 or 督战会, nor a work meeting's thanks.
    library, draft = draft_meeting(name, place=place, seed=seed, minutes=minutes)
    assert "推进会" not in draft.text
    first = draft.text.split("\n## ")[0]
    assert "汇报" in first, first
    assert any(word in draft.text.split("\n\n")[-1] for word in ("会后", "下一步", "回去后", "调度会开完了"))
    assert "调度会" in {t for i in used_ids(draft, "closing") for t in library.get(i).tags}
    assert not used_ids(draft, "acknowledgement")  # no thanks before the 要求: the reports were the business
    assert any("调度会" in library.get(i).tags for i in used_ids(draft, "point"))


@pytest.mark.parametrize("name", ["全县乡村振兴工作现场会", "全县项目建设观摩点评会", "全县招商引资经验交流会"])
@pytest.mark.parametrize("seed", range(6))
def test_a_speech_never_calls_its_meeting_a_push_meeting_it_is_not(name, seed):
    # A 现场会 drafted on the 推进会 skeleton closed 同志们，推进会既是督战会 or opened a point 开推进会，就是要……
    _, draft = draft_meeting(name, seed=seed)
    assert "推进会" not in draft.text


@pytest.mark.parametrize("seed", range(6))
def test_a_video_meeting_is_not_called_a_telephone_conference(seed):
    _, draft = draft_meeting("全县防汛视频会议", seed=seed)
    assert "电视电话" not in draft.text


@pytest.mark.parametrize(("place", "name", "work"), [
    ("清河县柳镇", "全镇党员干部培训班开班式", "基层党建工作"),
    ("清河县", "全县农村党员培训班开班式", "基层党建工作"),
    ("清河县", "全县领导干部培训班开班式", "各项工作"),
])  # fmt: skip
def test_a_class_of_party_members_and_cadres_is_drafted(place, name, work):
    # 全镇党员干部培训班开班式 was refused (看不出是哪项工作): 党员干部 was read as who gathers at a 干部大会. A class of
    # 领导干部 does every kind of work: its speech says 各项工作任务这么重, not 干部教育培训工作任务这么重 (the
    # 组织部门's work, not theirs).
    from drafter.meeting import is_vague

    assert not is_vague(name)
    meeting = parse_meeting(name)
    assert (meeting.kind.name, meeting.work) == ("培训班开班式", work)
    _, draft = draft_meeting(name, place=place, seed=2, minutes=20)
    assert draft.text.startswith(f"# 在{name}上的讲话")
    assert "干部教育培训工作任务" not in draft.text and "为做好干部教育培训工作" not in draft.text


@pytest.mark.parametrize(("name", "seed"), [("全镇党员干部培训班开班式", 1), ("全县年轻干部培训班开班式", 2),
                                            ("全县领导干部培训班开班式", 3)])  # fmt: skip
def test_trainees_are_not_told_how_to_run_training(name, seed):
    # Read (清河县柳镇 全镇党员干部培训班开班式 seed 1): the trainees heard 一把手……不能以工作忙为由不放人、不派人 and
    # 对年轻干部严管厚爱 — what a 干部教育培训工作会议 tells the 组织部门 and the units.
    library, draft = draft_meeting(name, place="清河县柳镇" if "全镇" in name else "清河县", seed=seed, minutes=10)
    used = {t for u in draft.uses for t in library.get(u.id).tags}
    assert "干部培训" not in used
    assert "不放人" not in draft.text


def test_a_dispatch_meeting_borrows_no_fragment_of_another_kind():
    from drafter.library import load_library, load_templates
    from drafter.meeting import kind_names
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    others = set(kind_names()) - {"调度会", "工作会议"}
    for seed in range(4):
        made = render_draft(library, templates["dispatch"], {"place": "清河县", "meeting": "全县安全生产调度会"}, seed=seed)
        used = {t for u in made.uses for t in library.get(u.id).tags}
        assert not used & others, (seed, used & others)


@pytest.mark.parametrize("name", ["全县防汛工作总结会", "全县安全生产工作总结会", "全街道文明创建工作总结会"])
def test_a_summary_meeting_closes_on_follow_through_not_on_the_season_it_summed_up(name):
    # Read (清河县 全县防汛工作总结会 seed 1, 10 minutes): its 保障 point was 值班值守一丝不苟……严格落实二十四小时值班,
    # said after the flood season it was summing up. Every draw (seeds 0–2), not one seed's: the last point leads with
    # the summary's own follow-through (its sections may gather the work's own 保障 text after it, overview46).
    place = "北京市朝阳区望京街道" if "街道" in name else "清河县"
    for seed in range(3):
        library, draft = draft_meeting(name, place=place, seed=seed, minutes=10)
        last = library.get([u.id for u in draft.uses if u.role.value == "point" and not u.section][-1])
        assert "总结会" in last.tags and "保障" in last.tags, (seed, last.id)
        assert "二十四小时值班" not in draft.text, seed


@pytest.mark.parametrize("seed", range(8))
def test_a_symposium_does_not_say_twice_how_the_opinions_will_be_handled(seed):
    # Read (清河县 全县教育工作座谈会 seed 5, 20 minutes): 会后，我们会把大家的建议一条一条研究落实……给大家一个交代 after the
    # speeches, and again in point 三: 今天大家反映的问题，要一条一条记下来……都要给大家一个明确答复.
    _, draft = draft_meeting("全县教育工作座谈会", seed=seed, minutes=20)
    before_points = draft.text.split("\n## ")[0]
    assert not any(w in before_points for w in ("一条一条", "逐条梳理", "讲明原因", "作出说明"))


@pytest.mark.parametrize("seed", range(8))
def test_a_leading_group_chair_sets_requirements_not_hopes(seed):
    # Read (邢台市 全市文明城市创建领导小组全体会议 seed 2, 30 minutes): 就做好下一步工作，我提三点希望 — to the 成员单位.
    _, draft = draft_meeting("全市文明城市创建领导小组全体会议", place="邢台市", seed=seed)
    assert "点希望" not in draft.text


@pytest.mark.parametrize("seed", range(4))
def test_a_site_meeting_closes_on_what_was_seen(seed):
    # A 现场会 opened on 刚才，我们一起实地观摩了现场 and closed as any 推进会 (推进会既是督战会): its closing now speaks
    # of the points seen; a 推进会 with no visit never does.
    library, draft = draft_meeting("全县乡村振兴工作现场会", seed=seed)
    assert "现场观摩" in library.get(used_ids(draft, "closing")[0]).tags
    _, plain = draft_meeting("全县乡村振兴工作推进会", seed=seed)
    assert "今天看的几个点" not in plain.text and "今天一目了然" not in plain.text
