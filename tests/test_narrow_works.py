"""A meeting named for part of a work (抗旱, 低保, 校园安全, 教师节) speaks of that part; found reading drafts (review4)."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, used_ids

from drafter.library import load_library, load_templates
from drafter.meeting import parse_meeting
from drafter.render import render_draft
from drafter.render.select import fragment_topics
from drafter.topics import narrower_tags, ruled_out_tags


def test_a_word_inside_a_longer_topic_word_names_no_narrower_work():
    assert narrower_tags("全镇抗旱工作推进会") == {"抗旱"}
    assert narrower_tags("全县防汛抗旱工作会议") == set()  # the whole topic, not its drought part
    assert narrower_tags("全县低保工作会议") == {"救助"}
    assert narrower_tags("全市防溺水工作会议") == {"校园安全"}
    assert narrower_tags("全县教育工作会议") == set()


@pytest.mark.parametrize("seed", range(3))
def test_a_drought_meeting_deploys_drought_relief_not_geohazards(seed):
    """全镇抗旱工作推进会 drew 地质灾害防治 (the whole 防汛抗旱 pool) as its one task point."""
    library, draft = draft_meeting("全镇抗旱工作推进会", "葛仙庄镇", seed)
    assert "point.flood.task.drought" in used_ids(draft, "point")
    assert "point.flood.task.geohazards" not in used_ids(draft, "point")
    _, flood = draft_meeting("全县防汛抗旱工作会议", seed=seed)
    assert "opening.flood.drought" not in used_ids(flood, "opening")  # a drought opening only for a drought meeting


@pytest.mark.parametrize("seed", range(12))
def test_a_flood_meeting_deploys_no_drought_relief(seed):
    """全镇防汛工作会议 drew 统筹抗旱减灾和水资源调配 as a task point (seed 2): a flood meeting is not a drought one."""
    _, draft = draft_meeting("全镇防汛工作会议", "葛仙庄镇", seed)
    assert not any(".drought" in i for i in used_ids(draft, "point")), used_ids(draft, "point")
    assert "统筹抗旱减灾" not in draft.text


@pytest.mark.parametrize("seed", range(6))
def test_a_flood_meeting_says_flood_and_keeps_the_users_words(seed):
    """全镇防汛工作会议 read 全力打赢防汛抗旱硬仗: our text names the meeting's own work; 指挥部 keeps its name."""
    spirit = "全省防汛抗旱工作会议精神"
    _, draft = draft_meeting("全镇防汛工作会议", "葛仙庄镇", seed, upper=spirit)
    ours = draft.text.replace(spirit, "")
    assert all(ours[m + 4 : m + 6] in ("指挥", "两手") for m in _finds(ours, "防汛抗旱")), ours
    assert spirit in draft.text  # the user's words stay as given
    _, both = draft_meeting("全县防汛抗旱工作会议", seed=seed)
    assert "防汛抗旱" in both.text.split("## ")[0]


def _finds(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at != -1:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def test_which_meetings_leave_drought_out():
    # 地面塌陷 (a plain's 地质灾害, review33) is said only at a meeting naming 地质灾害, 台风风雨 (an inland place's
    # typhoon, lead35) only at one naming 台风: left out of all the others
    def ruled(name: str) -> set[str]:
        return set(ruled_out_tags(name, "")) - {"地面塌陷", "台风风雨"}

    assert ruled("全镇防汛工作会议") == {"抗旱"}
    assert ruled("全市防台风工作会议") == {"抗旱"}
    assert ruled("全县防汛抗旱工作会议") == set()  # the whole topic
    assert ruled("全县三防工作会议") == set()  # 防汛、防旱、防风
    assert ruled("全县防汛暨抗旱工作会议") == set()  # drought named too
    assert ruled("全县应急管理工作会议") == set()
    assert "地面塌陷" not in ruled_out_tags("全县地质灾害防治工作会议", "")


@pytest.mark.parametrize("seed", range(3))
def test_a_minimum_living_allowance_meeting_is_about_assistance_not_elderly_care(seed):
    """全县低保工作会议 opened with 积极应对人口老龄化 and 养老服务体系建设."""
    library, draft = draft_meeting("全县低保工作会议", seed=seed)
    opening = draft.text.split("\n\n")[2]
    assert "养老" not in opening and "老龄化" not in opening, opening
    assert "point.civil.task.social-assistance" in used_ids(draft, "point")


@pytest.mark.parametrize("seed", range(3))
def test_an_elderly_care_meeting_recognises_elderly_care(seed):
    """全县养老服务工作会议's 认识 point was about 民政 overall (社会救助、殡葬、基层民政)."""
    library, draft = draft_meeting("全县养老服务工作会议", seed=seed)
    recognition = [library.get(i) for i in used_ids(draft, "point") if library.get(i).stage == "认识"]
    assert recognition and all("养老" in f.tags for f in recognition), [f.id for f in recognition]


@pytest.mark.parametrize(("meeting", "place"), [("全市校园安全工作会议", "南通市"), ("全市防溺水工作会议", "海安市")])
def test_a_campus_safety_meeting_deploys_campus_safety(meeting, place):
    """全市校园安全工作会议 drew 学前教育 and 义务教育控辍保学; 防溺水 named no work at all."""
    for seed in range(3):
        _, draft = draft_meeting(meeting, place, seed)
        assert "point.education.task.campus-safety" in used_ids(draft, "point")
        assert used_ids(draft, "opening") == ["opening.education.campus-safety"]


def test_a_teachers_day_commendation_speaks_of_teachers():
    """庆祝教师节暨优秀教师表彰大会 drew 学前教育 as its task."""
    for seed in range(3):
        _, draft = draft_meeting("全区庆祝教师节暨优秀教师表彰大会", "鼓楼区", seed)
        # commend37: its 任务 point is the hopes for teachers (a 表彰大会's own), not 教育's task areas
        ids = used_ids(draft, "point")
        assert "point.education.task.teachers" in ids or "point.commendation.task.teachers" in ids
        assert "学前教育" not in draft.text


@pytest.mark.parametrize(
    ("name", "work", "kind"),
    [
        ("全市文明城市创建专题会", "文明城市创建工作", "工作会议"),  # was "文明城市创建专题会工作"
        ("全县秸秆禁烧工作现场会", "秸秆禁烧工作", "推进会"),
        ("全镇节前安全生产工作会议", "安全生产工作", "工作会议"),  # was "节前安全生产工作岗位"
        ("全县冬春火灾防控工作会议", "火灾防控工作", "工作会议"),
        ("全县节前工作会议", "节前工作", "工作会议"),  # nothing left after the time: kept
    ],
)
def test_the_work_of_a_meeting_is_named_without_its_kind_or_its_time(name, work, kind):
    meeting = parse_meeting(name)
    assert (meeting.work, meeting.kind.name) == (work, kind)


def test_a_pre_holiday_safety_meeting_names_the_work_plainly():
    _, draft = draft_meeting("全镇节前安全生产工作会议", "连庄镇", 16)
    body = draft.text.replace("全镇节前安全生产工作会议", "")
    assert "节前安全生产工作" not in body


@pytest.mark.parametrize("meeting", ["全镇燃气安全工作会议", "全镇秸秆禁烧工作动员部署会", "全镇人居环境整治工作推进会"])
def test_a_narrow_work_draws_material_of_its_topic(meeting):
    """燃气安全, 秸秆禁烧 and 人居环境整治 drew only general points (推动工作常态长效, 强化要素保障)."""
    library, draft = draft_meeting(meeting, "连庄镇", 1)
    assert any(fragment_topics(library.get(i)) for i in used_ids(draft, "point")), used_ids(draft, "point")


@pytest.mark.parametrize("seed", range(6))
def test_a_town_is_not_told_to_run_hospitals_or_county_services(seed):
    """葛仙庄镇 卫生健康: 三级查房、手术安全核查、护士队伍; 城关镇 人居环境: 县域医共体、编制职称; 连庄镇 安全生产:
    督促乡镇和村级组织."""
    for meeting in ("全镇卫生健康工作会议", "全镇乡村振兴工作会议", "全镇安全生产工作会议", "全镇妇女儿童工作会议"):
        _, draft = draft_meeting(meeting, "葛仙庄镇", seed, points=4)
        assert "point.health.task.patient-experience" not in used_ids(draft, "point")
        for phrase in ("三级查房", "县域医共体", "乡镇和村级组织", "乡镇和村里", "大病不出县", "妇幼保健机构", "储能电站"):
            assert phrase not in draft.text, (meeting, phrase)


@pytest.mark.parametrize("seed", range(4))
def test_a_womens_day_symposium_is_not_spoken_to_entrepreneurs(seed):
    """全街道“三八”国际妇女节座谈会 drew 坚定共同发展的信心 and 减少审批环节, written for entrepreneurs."""
    _, draft = draft_meeting("全街道“三八”国际妇女节座谈会", "城关街道", seed)
    points = used_ids(draft, "point")
    assert "point.symposium.recognition.confidence" not in points
    assert "point.symposium.safeguard.service" not in points


def test_a_banner_names_its_seat_not_a_county_seat():
    """鄂托克旗 经济工作: 增强县城综合承载能力 — a 旗 has no 县城; its seat is 旗府所在地."""
    library, templates = load_library(), load_templates()
    for place, seat, meeting in (("鄂托克旗", "旗府所在地", "全旗经济工作会议"), ("清河县", "县城", "全县经济工作会议")):
        draft = render_draft(library, templates["work-meeting"], {"place": place, "meeting": meeting},
                             seed=3, picks=["point.economy.task.urban-renewal"])  # fmt: skip
        assert seat in draft.text
        assert place != "鄂托克旗" or "县城" not in draft.text


@pytest.mark.parametrize("place", ["城关街道", "清河县"])
def test_a_gas_safety_meeting_deploys_gas_safety(place):
    """全街道燃气安全工作会议 drew only general points (制度建设、要素保障), then 消防; a 街道 keeps the gas point
    without the county's pipe renewal, and announces the count it keeps."""
    meeting = "全街道燃气安全工作会议" if place == "城关街道" else "全县燃气安全工作会议"
    for seed in range(3):
        _, draft = draft_meeting(meeting, place, seed)
        # (a 街道 may say its own gas point instead: 摸清用气底数、陪同入户安检, reader52b)
        assert {"point.safety.task.gas", "point.safety.task.gas-town"} & set(used_ids(draft, "point"))
        pipes = ("加快老化管网和设施更新改造", "老旧燃气管道要换新", "管住燃气管网这条生命线")
        assert any(h in draft.text for h in pipes) == (place == "清河县")


def test_a_task_that_starts_with_its_own_verb_gets_no_second_verb():
    """连庄镇 党风廉政, task 推行村级小微权力清单…: the draft said 今年要着力推进推行村级小微权力清单."""
    _, draft = draft_meeting("全镇党风廉政建设工作会议", "连庄镇", 23, tasks=["推行村级小微权力清单，开展农村集体“三资”专项清理"])
    assert "推行村级小微权力清单" in draft.text
    assert "推进推行" not in draft.text


def test_a_straw_burning_meeting_deploys_the_ban_and_the_use_of_straw():
    """全镇秸秆禁烧工作动员部署会 drew general points, then the ecology doorstep clean-up (垃圾收运、沟渠河塘)."""
    for seed in range(3):
        _, draft = draft_meeting("全镇秸秆禁烧工作动员部署会", "连庄镇", seed)
        assert "point.ecology.task.straw" in used_ids(draft, "point")
    _, ecology = draft_meeting("全县生态环境保护工作会议", seed=0)
    assert "point.ecology.task.straw" not in used_ids(ecology, "point")  # only for a meeting on straw


@pytest.mark.parametrize("seed", range(5))
def test_a_drug_control_meeting_does_not_call_its_work_public_security(seed):
    """全镇禁毒工作会议's 保障 point read 以严格考核和有力问责保障平安建设任务落地 / 平安建设成效如何, lead's reading."""
    _, draft = draft_meeting("全镇禁毒工作会议", "葛仙庄镇", seed)
    last = draft.text.split("## ")[-1]
    assert "平安建设" not in last, last
