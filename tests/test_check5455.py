"""drafter check on batches 54 and 55's false errors and planted misses, by class (issue #13). Fixtures are our own
writing: each class in two or three spellings, simplified and traditional."""

from __future__ import annotations

import pytest
from check_fixtures import found
from check_fixtures import found_both as _both
from check_fixtures import traditional as _trad

from drafter.check import CheckReport, check_text

# --- 1. A common word's last character typed twice before a stop, or where the pair is a reduplication -----------------

TOWN = (
    "在全镇夏季防汛工作会议上的讲话\n\n同志们：\n\n今天，我们召开全镇防汛工作会议，安排部署今年的防汛工作。"
    "{sentence}全镇上下要高度重视，切实把各项措施落到实处。\n"
)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # batch 55 p20: 安全全, — the pair before a stop, where our own text writes 安全全 only as 安全|全面
        ("防汛工作事关人民群众生命财产安全全，事关经济社会发展大局。", "全全"),
        ("今年的汛期形势十分严峻峻，我们不能有丝毫松懈。", "峻峻"),
        # batch 55 p01: 重点点在 — 点点 is a reduplication of the language, but not after 重点
        ("防汛工作的重点点在村组，难点在山塘水库。", "点点"),
        ("各村干部要经常常到河堤上走一走、看一看。", "常常"),
        ("这份预案文件件要发到每一个村民小组。", "件件"),
    ],
)
def test_a_words_last_character_typed_twice_is_a_slip(sentence: str, pair: str) -> None:
    text = TOWN.format(sentence=sentence)
    assert _both(text, rule="repeated-char") == [[("repeated-char", pair)]] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "我们要紧紧围绕防汛目标，一点点排查隐患，不仅仅是看一看。",
        "今天天气晴好，但困难重重，心事重重，大家的点点滴滴都记在心里。",
        "生产安全全面加强，各村要层层压实责任，家家户户都要知晓。",
        "有的同志问，实干干什么？我们要好好学习，牢牢把握工作主动权。",
        "下面，我想从三个方面谈谈，防汛工作要坚持久久为功。",
    ],
)
def test_reduplications_and_words_meeting_are_no_slip(sentence: str) -> None:
    assert _both(TOWN.format(sentence=sentence), rule="repeated-char") == [[], []]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # check_planted's doubled characters left: a word's last character typed twice, alone before the next word
        ("审计结果果表明，全镇防汛物资储备充足。", "果果"),
        ("我们要深刻领会会议精神神实质，把防汛责任落到实处。", "神神"),
        ("去年全镇防汛工作成效创历史史新高。", "史史"),
    ],
)
def test_a_words_last_character_typed_twice_before_the_next_word_is_a_slip(
    sentence: str, pair: str
) -> None:
    assert (
        _both(TOWN.format(sentence=sentence), rule="repeated-char")
        == [[("repeated-char", pair)]] * 2
    )


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # check_planted's doubled characters left: the level's suffix typed twice before its own body, mid-sentence
        ("对照县县委要求，全镇防汛工作还有差距。", "县县"),
        ("按照市市政府的部署，全镇开展汛前大检查。", "市市"),
        ("经过区区委研究决定，全镇增设两个防汛物资仓库。", "区区"),
    ],
)
def test_the_levels_suffix_typed_twice_before_its_body_is_a_slip(sentence: str, pair: str) -> None:
    assert (
        _both(TOWN.format(sentence=sentence), rule="repeated-char")
        == [[("repeated-char", pair)]] * 2
    )


def test_a_places_name_or_a_word_before_its_body_is_no_slip() -> None:
    sentence = "在清河县县委、和县县委和经济开发区区委的关心下，全镇防汛工作有序推进。"
    assert _both(TOWN.format(sentence=sentence), rule="repeated-char") == [[], []]


@pytest.mark.parametrize(
    "sentence",
    [
        "干部的工作作风、学生生活、人民民主和会议议定的事项，今年年底前都要落实。",
        # a character that stands alone as a verb or a prefix (作, 新): batch 47 p17, batch 51 p31 in the first version
        "下面，我就下一步工作作简要安排。今年以来，全镇科技创新新动能不断增强。",
    ],
)
def test_two_words_sharing_a_character_are_no_slip(sentence: str) -> None:
    assert _both(TOWN.format(sentence=sentence), rule="repeated-char") == [[], []]


# --- 2. Correct texts the doubled-character rules read as slips ---------------------------------------------------------

REPORT = (
    "{title}\n\n根据有关规定，编制并发布本报告。\n\n一、总体情况\n\n2026年，{body}坚持以人民为中心，"
    "全面推进政务公开工作，各项工作取得新成效。\n"
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # batch 54 p13: the bare level naming a department whose own name opens with that character
        ("某市市场监督管理局2026年政府信息公开工作年度报告", "市市场监管局机关"),
        ("某市市政园林局2026年政府信息公开工作年度报告", "市市政园林局"),
        ("某县县域经济发展服务中心2026年工作报告", "县县域经济发展服务中心"),
    ],
)
def test_the_level_before_a_department_of_its_name_is_no_slip(title: str, body: str) -> None:
    assert _both(REPORT.format(title=title, body=body), rule="repeated-char") == [[], []]


def test_the_levels_own_body_typed_twice_stays_a_slip() -> None:
    text = REPORT.format(title="某县2026年政府信息公开工作年度报告", body="县县政府办公室")
    assert _both(text, rule="repeated-char") == [[("repeated-char", "县县")]] * 2


TOWN_NAMED = (
    "{name}镇2026年政府工作报告\n\n发布机构：{name}镇\n\n2026年1月8日在{name}镇第三届人民代表大会第五次会议上\n\n"
    "各位代表：\n\n现在，我代表镇人民政府向大会报告工作，请予审议。过去一年，全镇经济运行稳中有进。\n"
)


@pytest.mark.parametrize("name", ["乌镇", "古镇", "新镇"])
def test_a_town_whose_name_ends_in_its_suffix_is_no_slip(name: str) -> None:
    # batch 55 p35: 乌镇镇, written the same way in the title, the publisher's line and the meeting's name
    assert _both(TOWN_NAMED.format(name=name), rule="repeated-char") == [[], []]


def test_a_suffix_typed_twice_once_stays_a_slip() -> None:
    text = TOWN.format(sentence="今年，全县县域内的河道都要清理一遍。县县委、县政府高度重视。")
    assert found(text, rule="repeated-char") == [("repeated-char", "县县")]


EMPHASIS = (
    "在全县森林防火工作会议上的讲话\n\n同志们：\n\n{sentence}全县上下要时刻绷紧防火这根弦。\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # batch 55 p08: 发展的底线的底线 — a noun of priority said N的N for weight
        "生态保护是我县发展的底线，而森林防火又是我们发展的底线的底线。",
        "安全生产是重点的重点，森林防火是关键的关键的一环。",
        "人民群众的生命安全是核心的核心。",
    ],
)
def test_a_noun_of_priority_said_twice_for_weight_is_no_slip(sentence: str) -> None:
    assert _both(EMPHASIS.format(sentence=sentence), rule="repeated-char") == [[], []]


def test_another_word_said_twice_stays_a_slip() -> None:
    text = EMPHASIS.format(sentence="不发生重大火灾是我们发展的目标的目标。")
    assert found(text, rule="repeated-char") == [("repeated-char", "的目标的目标")]


# --- 3. The people the speaker answers to for the own work -------------------------------------------------------------

COUNTY = (
    "在全县秸秆禁烧工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县秸秆禁烧工作会议。"
    "我县秸秆禁烧任务很重，全县上下要高度重视。{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # batch 55 p01: 如果我们做不好此项工作，我们无法向全市人民交代
        "如果我们做不好禁烧工作，我们就无法向全市人民交代。",
        "我们一定要对全市人民负责，守住不点一把火的底线。",
        "我们要以实际行动给全市人民交上一份满意的答卷。",
        # the trust the speaker or the own deputies carry (check_planted's level-word misses)
        "各位代表肩负全市人民的重托，要认真履行职责。",
        "我们决不辜负全市人民的期望，坚决打赢禁烧攻坚战。",
    ],
)
def test_the_people_we_answer_to_are_our_own(sentence: str) -> None:
    assert (
        _both(COUNTY.format(sentence=sentence), rule="level-mix") == [[("level-mix", "全市")]] * 2
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "市委要求我们向全市人民交上一份满意的答卷。",
        "我们要为全市人民作出应有的贡献。",
        "我们决不辜负市委和全市人民的期望。",
        "我们无法向全县人民交代，也无法向上级交代。",
    ],
)
def test_a_superiors_demand_or_a_share_is_no_slip(sentence: str) -> None:
    assert found(COUNTY.format(sentence=sentence), rule="level-mix") == []


# --- 4. A department's title names its level ---------------------------------------------------------------------------

BUREAU = (
    "{title}{speaker}同志们：今天，我们召开这次局系统工作推进会议，总结全年工作，安排下一阶段任务。"
    "一年来，全局上下紧紧围绕县委工作会议提出的目标，不断取得新的进展。{sentence}"
    "可以说，今年的工作思路清晰，任务明确，措施得力，效果显著。\n"
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # batch 54 p11: the page run into one line, the title a county bureau's meeting
        ("县住建局年终工作推进会议讲话", "县住建局党委书记、局长某某某"),
        ("县农业农村局2026年工作会议上的讲话", ""),
        ("区教育局党委书记在全区教育工作会议上的讲话", ""),
    ],
)
def test_a_departments_title_gives_its_level(title: str, speaker: str) -> None:
    lv = title[0]
    text = BUREAU.format(
        title=title,
        speaker=speaker,
        sentence=f"我们要召开全市住房城乡建设工作会议，全{lv}上下要形成合力。",
    )
    for report in _reports(text):
        assert report.level == lv


def _reports(text: str) -> list[CheckReport]:
    return [check_text(text), check_text(_trad(text))]


def test_a_title_that_names_another_levels_scope_gives_no_level_by_itself() -> None:
    text = BUREAU.format(title="市教育局局长在全县教育工作会议上的讲话", speaker="", sentence="")
    assert "教育局" not in str(check_text(text).inferred.get("level", ""))


# --- 5. A neighbour's short name where the own place makes its contribution ---------------------------------------------

DISTRICT = (
    "在全区三级干部大会上的讲话\n\n同志们：\n\n今天，我们召开全区三级干部大会，全区上下要奋力拼搏，"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    ("place", "sentence", "name"),
    [
        # batch 54 p26: 作出分宜新贡献 in 渝水区's speech
        ("渝水区", "为全市高质量发展作出分宜新贡献。", "分宜"),
        ("鄞州区", "为全市现代化建设作出海曙更大贡献。", "海曙"),
        ("鄞州区", "为全市共同富裕贡献海曙新力量。", "海曙"),
    ],
)
def test_a_neighbours_name_in_the_own_contribution_is_an_error(
    place: str, sentence: str, name: str
) -> None:
    text = DISTRICT.format(sentence=sentence)
    assert _both(text, rule="foreign-place", place=place) == [[("foreign-place", name)]] * 2
    own = text.replace(name, place[:2])
    assert found(own, rule="foreign-place", place=place) == []


# --- 6. A page run into one line and cut short after its first sub-heading, misnumbered --------------------------------

FLAT = (
    "县教育局局长在秋季开学工作会议上的讲话同志们：大家上午好！今天，我们召开全县教育系统秋季开学工作会议，"
    "主要任务是全面总结上学年工作，研究部署新学期重点工作。下面，我讲三点意见。一、肯定成绩，坚定信心过去一学年，"
    "在县委、县政府的坚强领导下，我县教育人坚守初心、勇担使命，扎实工作、拼搏奉献，各项工作取得了新进展、新突破，"
    "办学条件持续改善，教师队伍不断壮大，群众满意度稳步提升。"
    "（{n}）教学质量取得新突破。今年中考，我县优秀率、合格率均较去年有所提高，多所学校"
)


@pytest.mark.parametrize(
    "flat", [FLAT, FLAT.replace("（{n}）", "({n})"), FLAT.replace("。一、", "：一、")]
)
def test_the_lone_first_sub_heading_misnumbered_is_found(flat: str) -> None:
    assert (
        _both(flat.format(n="二"), severity="warning", rule="numbering")
        == [[("numbering", "（二）" if "（" in flat else "(二)")]] * 2
    )
    assert found(flat.format(n="一"), severity="warning", rule="numbering") == []
