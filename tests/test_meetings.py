"""Issue 10's sweep: every kind of place × every kind of meeting, drafted through the CLI.

Each draft must report what drafter understood (level, upper, work, kind), use
its own level words and its superior's, name the work exactly as the meeting
does, and say nothing of another kind of meeting.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.meeting import parse_meeting
from drafter.places import load_kinds

runner = CliRunner()

# place → (kind, upper as reported, the place's party word)
PLACES = {
    "浙江省": ("省", "党中央、国务院", "省委"),
    "内蒙古自治区": ("自治区", "党中央、国务院", "自治区党委"),
    "重庆市": ("直辖市", "党中央、国务院", "市委"),
    "南通市": ("地级市", "江苏省", "市委"),
    "恩施土家族苗族自治州": ("自治州", "湖北省", "州委"),
    "江阴市": ("县级市", "无锡市", "市委"),
    "清河县": ("县", "邢台市", "县委"),
    "鄂托克旗": ("旗", "鄂尔多斯市", "旗委"),
    "鼓楼区": ("市辖区", "市委、市政府", "区委"),  # four 鼓楼区: the superior stays generic
    "城关镇": ("镇", "县委、县政府", "镇党委"),
    "城关街道": ("街道", "区委、区政府", "街道党工委"),
}
# meeting pattern (X = scope word, P = party word) → (work, kind)
MEETINGS = {
    "X安全生产工作会议": ("安全生产工作", "工作会议"),
    "X乡村振兴工作推进会": ("乡村振兴工作", "推进会"),
    "P农村工作会议": ("农村工作", "工作会议"),
    "X2026年党风廉政建设工作会议": ("党风廉政建设工作", "工作会议"),
    "X妇女儿童工作领导小组全体会议": ("妇女儿童工作", "领导小组会议"),
    "X防汛工作电视电话会议": ("防汛工作", "电视电话会议"),
    "X优秀教师表彰大会": ("教育工作", "表彰大会"),
}


def _kind(place: str):
    return load_kinds()[PLACES[place][0]]


def _foreign_words(place: str) -> list[str]:
    """Own-level words of every other kind of place: wrong in this place's speech."""
    own = _kind(place).words
    sup_lv = {"省": "国", "自治区": "国", "直辖市": "国"}.get(PLACES[place][0])
    words = set()
    for kind in load_kinds().values():
        w = kind.words
        if w.lv in (own.lv, "国"):
            continue
        words |= {w.we, w.own_depts}
        if sup_lv is not None or w.lv not in ("市", "县", "区", "省"):
            words.add(w.scope)
    mine = {own.we, own.scope, own.own_depts, own.party, own.leadership, own.below}
    superior = load_kinds()[_kind(place).upper].words
    mine |= {superior.scope, superior.party, superior.leadership}  # the level above is cited
    return sorted(w for w in words if w not in mine and not any(w in m for m in mine))


def _topic_words(data: dict) -> tuple[str, ...]:
    """The words of the topics whose material the draft used (empty for general material only)."""
    from drafter.library import load_library
    from drafter.render.select import fragment_topics
    from drafter.topics import topic_of_tag

    library = load_library()
    tags = {t for f in data["fragments"] for t in fragment_topics(library.get(f["id"]))}
    topics = [t for t in (topic_of_tag(tag) for tag in tags) if t is not None]
    return tuple(w for t in topics for w in (*t.words, *t.marks))


def _meeting_name(pattern: str, place: str) -> str:
    words = _kind(place).words
    return pattern.replace("X", words.scope).replace("P", words.party)


CASES = [(place, pattern) for place in PLACES for pattern in MEETINGS]


@pytest.mark.parametrize(("place", "pattern"), CASES)
def test_every_place_and_meeting(place: str, pattern: str) -> None:
    meeting = _meeting_name(pattern, place)
    args = [
        "draft",
        "--no-input",
        "--seed",
        "1",
        "--set",
        f"place={place}",
        "--set",
        f"meeting={meeting}",
        "--json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    kind, upper, party = PLACES[place]
    work, meeting_kind = MEETINGS[pattern]
    assert (data["level"], data["upper"], data["work"], data["kind"]) == (
        kind,
        upper,
        work,
        meeting_kind,
    )
    text = data["text"]
    body = text.replace(meeting, "")
    words = _kind(place).words
    own = (words.scope, words.we, words.party, words.leadership, words.below, words.own_depts)
    assert any(w in body for w in own)
    # Topic libraries (#11) speak of the work in their own words (“三农”工作 for 农村工作) and name the
    # party committee where they speak of it; general and kind material must name both.
    topic = _topic_words(data)
    assert party in body or topic
    assert work in body or any(w in body for w in topic)
    # 健全乡村两级…, 安全乡村 hold 全乡 without naming a 乡: a scope word counts where no 健/完/安… joins 全 to a word
    wrong = [w for w in _foreign_words(place) if re.search("(?<![健完安齐周保成顾])" + re.escape(w), body)]
    assert not wrong, f"{place} {meeting}: words of another level {wrong}"
    assert not re.search(r"工作工作|\d{4}年" + re.escape(work), body)
    if work not in ("妇女儿童工作", "教育工作"):  # 妇女儿童工作者, 教育工作者 are words; 安全生产工作者 from a template is not
        assert work + "者" not in body
    assert not [f for f in data["findings"] if f["severity"] == "error"], data["findings"]
    if not _kind(place).layered:
        assert "各级政府" not in text and "各级党委" not in text and "各级妇儿工委" not in text
    if meeting_kind == "领导小组会议":
        assert "联席" not in text
    if meeting_kind == "电视电话会议":
        assert "分会场" in text
    if meeting_kind == "表彰大会":
        assert "祝贺" in text and "优秀教师" in body
        assert "优秀教育工作者" not in text  # it honours 优秀教师 (the greeting may still name 教师和教育工作者)
    if "党风廉政" in meeting:
        assert (
            f"代表{words.leadership}" not in text
        )  # a 纪委/党委 meeting speaks for the party committee


@pytest.mark.parametrize("place", ["内蒙古自治区", "城关街道", "清河县"])
def test_a_commendation_names_whom_the_meeting_honours(place: str) -> None:
    """An 优秀教师表彰大会 honours teachers: it never says it honoured 优秀教育工作者 (the place-mixed draws found
    表彰了一批优秀教师、优秀班主任和优秀教育工作者 at 内蒙古自治区 and 城关街道), and an 优秀教育工作者 commendation
    never says it honoured 优秀教师; whatever the seed."""
    from work_drafts import draft_meeting

    scope = _kind(place).words.scope
    for seed in range(4):
        _, draft = draft_meeting(f"{scope}优秀教师表彰大会", place=place, seed=seed)
        assert "优秀教育工作者" not in draft.text and "老师和教育工作者颁奖" not in draft.text, (seed, draft.text)
        _, draft = draft_meeting(f"{scope}优秀教育工作者表彰大会", place=place, seed=seed)
        assert not re.search("表彰[^。！；]{0,16}优秀教师", draft.text), (seed, draft.text)


@pytest.mark.parametrize("place", ["浙江省", "城关镇", "鼓楼区"])
def test_a_teleconference_speaks_as_its_own_level(place: str) -> None:
    """A 全省防汛工作电视电话会议 (seed 1 of the place-mixed draws) said 各市、县（市、区） and nothing of 全省, 我省 or
    省委: the opening that sends the meeting down to the levels below now names the level's own scope."""
    from work_drafts import draft_meeting

    words = _kind(place).words
    for seed in range(4):
        _, draft = draft_meeting(f"{words.scope}防汛工作电视电话会议", place=place, seed=seed)
        body = draft.text.split("\n", 1)[1]
        assert any(w in body for w in (words.scope, words.we, words.party, words.own_depts)), (seed, draft.text)


def test_upper_words_name_a_superior_of_the_same_level() -> None:
    """A 县级市 cites its 地级市 by name: 无锡市委、市政府, never a bare 市委 that reads as its own."""
    result = runner.invoke(app, ["draft", "--no-input", "--seed", "1", "--set", "place=江阴市",
                                 "--set", "meeting=全市妇女儿童工作会议", "--json"])  # fmt: skip
    data = json.loads(result.stdout)
    assert data["answers"]["superior"] == "无锡市"
    assert "省委、省政府" not in data["text"]


def test_a_meeting_of_another_level_is_reported() -> None:
    args = [
        "draft",
        "--no-input",
        "--seed",
        "1",
        "--set",
        "place=清河县",
        "--set",
        "meeting=全市招商引资大会",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "会议名称的口径" in result.stderr and "全市" in result.stderr and "全县" in result.stderr


@pytest.mark.parametrize(
    "kind",
    [
        "推进会",
        "动员部署会",
        "领导小组会议",
        "座谈会",
        "表彰大会",
        "电视电话会议",
        "培训班开班式",
        "总结会",
    ],
)
def test_no_fragment_of_another_kind_of_meeting(kind):
    """A 总结会 never borrows the 领导小组 acknowledgement (领导小组成立以来 …), whatever the seed."""
    from drafter.library import load_library, load_templates
    from drafter.meeting import find_meeting_kind, kind_names
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    template = templates[find_meeting_kind(kind).template]
    others = set(kind_names()) - {kind, "工作会议"}
    for seed in range(6):
        made = render_draft(
            library,
            template,
            {"place": "清河县", "meeting": "全县安全生产工作会议", "kind": kind},
            seed=seed,
        )
        used = {t for u in made.uses for t in library.get(u.id).tags}
        assert not used & others, (seed, used & others)


def test_a_commendation_named_after_a_work_honours_people_not_the_work() -> None:
    from drafter.meeting import parse_meeting

    assert parse_meeting("全县教育工作表彰大会").honorees == "先进集体和先进个人"
    assert parse_meeting("全县优秀教师表彰大会").honorees == "优秀教师"
    assert parse_meeting("全县三八红旗手表彰大会").honorees == "三八红旗手"


@pytest.mark.parametrize(
    ("name", "work", "honorees", "festival"),
    [
        ("全县庆祝教师节暨优秀教师表彰大会", "教育工作", "优秀教师", "教师节"),  # not "庆祝教师节暨优秀教师"
        ("全县教师节表彰大会", "教育工作", "优秀教师和优秀教育工作者", "教师节"),
        ("全县庆祝第42个教师节暨教育工作表彰大会", "教育工作", "优秀教师和优秀教育工作者", "教师节"),
        ("全县三八红旗手表彰大会", "妇女儿童工作", "三八红旗手", "“三八”国际妇女节"),
        ("全县第五十一次安全生产工作会议", "安全生产工作", "", None),  # 五十一 is no 五一
        ("全县安全生产工作会议", "安全生产工作", "", None),
    ],
)
def test_a_festival_in_the_name_is_the_occasion_not_the_honourees(name, work, honorees, festival) -> None:
    from drafter.meeting import parse_meeting

    meeting = parse_meeting(name)
    assert (meeting.work, meeting.honorees) == (work, honorees)
    assert (meeting.festival.name if meeting.festival else None) == festival


def test_a_festival_commendation_greets_and_states_results_after_the_congratulations():
    """庆祝教师节暨优秀教师表彰大会: the teachers get the festival's greeting, and the year's results are said right
    after the congratulations, not inside the point on learning from the honoured."""
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    answers = {"place": "清河县", "meeting": "全县庆祝教师节暨优秀教师表彰大会",
               "achievements": ["新建学校投入使用"], "problems": ["城区大班额问题仍然突出"]}  # fmt: skip
    for seed in range(4):
        text = render_draft(library, templates["commendation"], answers, seed=seed).text
        head, _, body = text.partition("## 一、")
        assert "教师节" in head and "全县广大教师和教育工作者" in head, head
        assert "新建学校投入使用" in head and "新建学校投入使用" not in body
        # lead45: a problem written as a clause saying it exists is named by its noun (主要是城区大班额问题)
        assert "突出的是城区大班额问题" not in text and "主要是城区大班额问题" in text and "问题仍然突出" not in text
        assert "庆祝教师节暨优秀教师，" not in text


def test_an_entrepreneurs_symposium_speaks_to_entrepreneurs_not_to_departments():
    """全市民营企业家座谈会: the hall is full of entrepreneurs; the speech neither hands tasks to 各县（市、区）、市直各部门
    nor talks of a "民营企业家工作"."""
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft, resolve_answers
    from drafter.render.select import addresses_cadres

    library, templates = load_library(), load_templates()
    answers = {"place": "南通市", "meeting": "全市民营企业家座谈会"}
    assert resolve_answers(answers)["audience"] == "企业家"
    for seed in range(4):
        draft = render_draft(library, templates["symposium"], answers, seed=seed)
        salutation = draft.text.split("\n\n")[1]
        assert "企业家" in salutation, salutation
        assert "民营企业家工作" not in draft.text and "民营经济" in draft.text
        assert "市直各部门" not in draft.text and "各县（市、区）" not in draft.text
        points = [library.get(u.id) for u in draft.uses if u.role.value == "point"]
        assert points and not any(addresses_cadres(f) for f in points)


def test_text_for_entrepreneurs_stays_out_of_ordinary_meetings():
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    for seed in range(6):
        draft = render_draft(library, templates["work-meeting"], {"place": "南通市", "meeting": "全市经济工作会议"}, seed=seed)
        assert not any("entrepreneurs" in u.id for u in draft.uses)
        assert "企业家朋友" not in draft.text


def test_a_symposium_about_a_work_speaks_of_that_work():
    """全县教育工作座谈会: the kind gives the listening and the answering, but the 任务 point is about education itself,
    not the kind's general hopes (做精本行、守好诚信招牌) meant for any guests."""
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    for seed in range(4):
        draft = render_draft(library, templates["symposium"], {"place": "清河县", "meeting": "全县教育工作座谈会"}, seed=seed)
        points = [library.get(u.id) for u in draft.uses if u.role.value == "point"]
        tasks = [f for f in points if f.stage == "任务"]
        assert tasks and all("教育" in f.tags for f in tasks), [f.id for f in tasks]
        assert any("座谈会" in f.tags for f in points)  # the kind still speaks: listening, answering


@pytest.mark.parametrize("meeting", ["全县教育工作座谈会", "全市民营企业家座谈会", "全镇乡村振兴工作座谈会"])
def test_a_symposium_announces_opinions_not_hopes_and_thanks_again_only_after_thanking(meeting):
    """The last point of a 座谈会 is what the government will do (保障), so the transition announces 意见, not
    三点希望; a closing says 再次感谢 only when something thanked before it."""
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    place = {"全县": "清河县", "全市": "南通市", "全镇": "葛仙庄镇"}[meeting[:2]]
    for seed in range(8):
        draft = render_draft(library, templates["symposium"], {"place": place, "meeting": meeting}, seed=seed)
        head, _, body = draft.text.partition("## 一、")
        announced = re.findall(r"[一二三四五六七八九两几]点(看法和意见|意见|看法|希望|要求|建议|想法|体会)", head)
        assert announced and not any("希望" in a for a in announced), (seed, announced)
        for match in re.finditer(r"再次感谢|再一次感谢|再次谢谢|再一次谢谢", draft.text):
            before = draft.text[: match.start()]
            assert "感谢" in before or "谢谢" in before, (seed, draft.text[match.start() - 40 : match.end()])


@pytest.mark.parametrize("name", ["开会", "开个会", "研究一下"])
def test_a_name_that_is_neither_a_meeting_nor_a_work_is_refused(name):
    """`--set meeting=开会` drafted a speech on 开会工作: a name with no meeting ending and no known work is asked again."""
    from drafter.errors import UsageError
    from drafter.render import resolve_answers

    with pytest.raises(UsageError, match="看不出是哪项工作"):
        resolve_answers({"place": "清河县", "meeting": name})
    assert resolve_answers({"place": "清河县", "meeting": "全县安全生产"})["work"] == "安全生产工作"


@pytest.mark.parametrize(
    ("place", "name", "kind", "full"),
    [
        ("清河县", "安全生产", None, "全县安全生产工作会议"),
        ("清河县", "全县防汛", None, "全县防汛工作会议"),
        ("南通市", "经济工作", None, "全市经济工作会议"),
        ("清河县", "安全生产", "推进会", "全县安全生产工作推进会"),
        ("清河县", "三八妇女节", None, "三八妇女节"),  # a festival, and a name with more in it, stay as typed
        ("清河县", "全县教师节座谈", None, "全县教师节座谈"),
    ],
)
def test_a_meeting_named_only_by_its_work_gets_a_full_name_in_the_title(place, name, kind, full):
    """`--set meeting=安全生产` had a draft titled 在安全生产上的讲话."""
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft, resolve_answers

    given = {"place": place, "meeting": name, **({"kind": kind} if kind else {})}
    assert resolve_answers(given)["meeting"] == full
    draft = render_draft(load_library(), load_templates()["work-meeting"], given, seed=1)
    assert draft.text.startswith(f"# 在{full}上的讲话")


@pytest.mark.parametrize(
    ("meeting", "work"),
    [
        ("市食安委全体会议", "食品安全工作"),
        ("县安委会全体（扩大）会议", "安全生产工作"),
        ("县安全生产委员会2026年第一次全体会议", "安全生产工作"),
        ("县食品安全委员会全体会议", "食品安全工作"),
        ("县乡村振兴领导小组会议", "乡村振兴工作"),
        ("全县防汛抗旱指挥部成员单位会议", "防汛抗旱工作"),
        ("市场监管领导小组会议", "市场监管工作"),  # 市场 is no level
    ],
)
def test_a_committees_plenary_is_about_its_work(meeting: str, work: str) -> None:
    """Before, 市食安委全体会议 was about “市食安委全体工作”, said all through the speech, and drew no topic."""
    parsed = parse_meeting(meeting)
    assert parsed.work == work and parsed.kind.name == "领导小组会议"


def test_a_committees_plenary_speaks_of_the_committee_not_a_leading_group() -> None:
    """县安委会全体会议 said 我代表领导小组 and 领导小组办公室 throughout; a leading group's meeting still says 领导小组."""
    from work_drafts import draft_meeting

    _, draft = draft_meeting("县安委会全体（扩大）会议", "清河县", 2)
    assert "领导小组" not in draft.text and "安委会" in draft.text
    _, draft = draft_meeting("县乡村振兴领导小组会议", "清河县", 2)
    assert "领导小组" in draft.text and "安委会" not in draft.text
    assert parse_meeting("全县防汛抗旱指挥部成员单位会议").body == "防汛抗旱指挥部"


@pytest.mark.parametrize(
    ("meeting", "date", "year_end"),
    [("全县安全生产工作会议", "", False), ("全县安全生产工作会议", "2026年6月8日", False),
     ("全县岁末年初安全生产工作会议", "", True), ("全县安全生产工作会议", "2026年12月28日", True)],
)  # fmt: skip
def test_an_opening_for_the_year_end_only_at_a_year_end_meeting(meeting: str, date: str, year_end: bool) -> None:
    """A plain 全县安全生产工作会议 opened 对岁末年初、重要节假日和重大活动期间的安全防范作出安排 (seed 2), in any month."""
    from work_drafts import draft_meeting, used_ids

    more = {"date": date} if date else {}
    drawn = {s for seed in range(12) for s in used_ids(draft_meeting(meeting, "清河县", seed, **more)[1], "opening")}
    assert ("opening.safety.year-end" in drawn) == year_end


@pytest.mark.parametrize(
    ("meeting", "work", "year"),
    [
        ("2027年全县经济工作会议", "经济工作", "2027"),
        ("二〇二七年全县经济工作会议", "经济工作", "2027"),
        ("2027年度全县安全生产工作会议", "安全生产工作", "2027"),
        ("2026年第一次全县安全生产工作会议", "安全生产工作", "2026"),
        ("全县2027年经济工作会议", "经济工作", "2027"),
    ],
)
def test_a_year_before_the_scope_is_no_part_of_the_work(meeting: str, work: str, year: str) -> None:
    """Before, 2027年全县经济工作会议 drafted “我县全县经济工作取得了新的成效” and drew no topic."""
    parsed = parse_meeting(meeting)
    assert (parsed.work, parsed.scope, parsed.year) == (work, "全县", year)
    result = runner.invoke(app, ["draft", "--no-input", "--no-history", "--seed", "5", "--set", "place=清河县",
                                 "--set", f"meeting={meeting}", "--set", "成绩=地区生产总值稳步增长|新签约项目一批"])
    assert result.exit_code == 0, result.output
    title = f"# 在{meeting}上的讲话"
    assert title in result.output
    body = result.output.split(title, 1)[1].replace(meeting, "")
    assert f"全县{work}" not in body and "我县全县" not in body
    assert "地区生产总值稳步增长" in body and "|" not in body  # 甲|乙 after --set: two items


def test_honorees_named_after_the_work_are_not_named_twice() -> None:
    """这次…表彰大会，要对在平安建设工作中表现突出的平安建设先进集体和先进个人予以表彰 said 平安建设 twice."""
    from drafter.render.values import level_context

    words = level_context({"place": "鼓楼区", "superior": "南京市", "meeting": "全区平安建设先进集体和先进个人表彰大会"})
    assert (words["honorees"], words["honorees_of_work"]) == ("平安建设先进集体和先进个人", "先进集体和先进个人")
    teachers = level_context({"place": "清河县", "meeting": "全县教育工作会议暨优秀教师表彰大会"})
    assert teachers["honorees_of_work"] == "优秀教师"
    for seed in range(6):
        result = runner.invoke(app, ["draft", "--no-input", "--no-history", "--seed", str(seed), "--set", "place=鼓楼区",
                                     "--set", "superior=南京市", "--set", "meeting=全区平安建设先进集体和先进个人表彰大会"])
        assert result.exit_code == 0, result.output
        assert "工作中涌现出来的平安建设" not in result.output and "工作中表现突出的平安建设" not in result.output
        assert "平安建设工作中的平安建设" not in result.output


@pytest.mark.parametrize(
    ("meeting", "work", "kind"),
    [
        # 暨 between two works: both (the first was dropped, as if it were 庆祝教师节暨…)
        ("全县安全生产暨森林防火工作会议", "安全生产和森林防火工作", "工作会议"),
        ("庆祝第四十二个教师节暨教育工作表彰大会", "教育工作", "表彰大会"),
        ("全县经济工作暨三级干部大会", "经济工作", "工作会议"),
        ("全县安全生产工作会议暨县安委会全体会议", "安全生产工作", "领导小组会议"),
        # who gathers is no work: 三级干部大会 deploys the year's whole work
        ("全市三级干部大会", "经济社会发展工作", "工作会议"),
        # kinds read off the end of the name, not pasted into the work (项目建设观摩点评会工作)
        ("全县项目建设观摩点评会", "项目建设工作", "推进会"),
        ("全县重点项目建设誓师大会", "重点项目建设工作", "动员部署会"),
        ("全县“两节”期间安全稳定工作会议", "安全稳定工作", "工作会议"),
    ],
)
def test_what_a_clerk_names_a_meeting_gives_its_work_and_kind(meeting: str, work: str, kind: str) -> None:
    parsed = parse_meeting(meeting)
    assert (parsed.work, parsed.kind.name) == (work, kind)


def test_two_works_joined_by_ji_are_both_deployed_and_the_committee_keeps_its_name() -> None:
    """安全生产暨森林防火 drew only 森林防火 points; 工作会议暨安委会全体会议 said 为领导小组决策提供支撑."""
    from work_drafts import draft_meeting

    library, draft = draft_meeting("全县安全生产暨森林防火工作会议", points=5)
    tags = {t for u in draft.uses if u.role.value == "point" for t in library.get(u.id).tags}
    assert {"安全生产", "森林防火"} <= tags
    assert parse_meeting("全县安全生产工作会议暨县安委会全体会议").body == "安委会"
    assert topics_named("全县“两节”期间安全稳定工作会议") == {"安全生产", "平安建设"}


@pytest.mark.parametrize("name", ["全县领导干部大会", "全市干部职工大会"])
def test_a_gathering_that_names_no_work_asks_for_it(name):
    """领导干部大会 drafted a speech on “领导干部工作”: the name says who gathers, not about what."""
    from drafter.errors import UsageError
    from drafter.render import resolve_answers

    with pytest.raises(UsageError, match="看不出是哪项工作"):
        resolve_answers({"place": "清河县", "meeting": name})
    answers = resolve_answers({"place": "清河县", "meeting": name, "work": "作风建设工作"})
    assert answers["work"] == "作风建设工作"


def topics_named(meeting: str) -> set[str]:
    from drafter.topics import find_topics

    return {t.tag for t in find_topics(meeting)}
