"""General rules found by the planted-error benchmark (bench/check_planted.py, #13): each flagged in the flawed
text of our own writing and silent in the right one."""

from __future__ import annotations

from check_fixtures import found, read_fixture


def test_this_meeting_held_with_another_level_and_the_thanks_for_the_own_committee() -> None:
    assert found(read_fixture("held-this-meeting-correct.txt")) == []
    assert found(read_fixture("held-this-meeting-correct.txt"), "warning") == []
    flawed = read_fixture("held-this-meeting-flawed.txt")
    # 召开这次全市…会议 in a 县 speech: the meeting the speaker holds is the county's; 我代表县委、县政府，向全市…表示感谢:
    # whom the speaker thanks for the own committee are the county's people
    assert found(flawed) == [("level-mix", "全市"), ("level-mix", "全市")]
    # 确保13月底前: a month no calendar has (a warning, as 13月份 is)
    assert found(flawed, "warning", "date-format") == [("date-format", "13月")]


def test_a_superior_s_meeting_or_a_span_of_months_stays_silent() -> None:
    text = ("在全县经济工作会议上的讲话\n\n同志们：\n\n市委召开这次全市经济工作会议，对今年工作作了全面部署。"
            "全县上下要用13个月的工夫，把这些项目抓出成效。县委、县政府将定期调度。\n")  # fmt: skip
    assert found(text) == []
    assert found(text, "warning") == []


def test_the_speaker_speaks_for_a_peer_level_s_bodies() -> None:
    assert found(read_fixture("speaks-for-peer-correct.txt")) == []
    flawed = read_fixture("speaks-for-peer-flawed.txt")
    # 我代表县委、县政府 in a 区 speech (a 县 is the district's peer, never its own body); 安全全管理: a doubled character
    # inside one word
    assert found(flawed) == [("level-mix", "县委"), ("repeated-char", "全全")]


def test_a_superior_s_leader_speaks_for_the_superior() -> None:
    # 我代表市委、市政府 at a county's meeting: the city's leader, not a slip
    text = ("在全县招商引资工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县招商引资工作会议。首先，我代表市委、市政府，"
            "向全县招商战线的同志们表示感谢！县委、县政府要把招商引资摆在突出位置。\n")  # fmt: skip
    assert found(text, rule="level-mix") == []


def test_two_words_meeting_on_a_character_are_no_doubled_slip() -> None:
    # 工作|作风, 实施|施工, 一起起 (a count's measure said twice): words of their own, not a slip
    text = ("在全县干部作风建设大会上的讲话\n\n同志们：\n\n各部门要转变工作作风，对已实施施工许可的项目加强监管。"
            "仔细剖析一起起事故，责任悬空的问题几乎每次都有。县委、县政府将严格考核。\n")  # fmt: skip
    assert found(text, rule="repeated-char") == []


def test_a_neighbour_s_short_name_in_this_meeting_s_name_or_as_the_place_honoured() -> None:
    assert found(read_fixture("bare-neighbour-meeting-correct.txt")) == []
    assert found(read_fixture("bare-neighbour-meeting-correct.txt"), "warning") == []
    flawed = read_fixture("bare-neighbour-meeting-flawed.txt")
    # 召开这次沙河防汛抗旱工作会议 in 清河县's speech: the meeting going on is named after another county
    assert found(flawed) == [("foreign-place", "沙河")]
    # ，南宫被评为全市防汛工作先进县: a neighbour at the head of a clause, honoured as the own county is (only the
    # writer knows: a warning)
    assert found(flawed, "warning", "foreign-place") == [("foreign-place", "南宫")]


def test_a_meeting_of_history_or_held_elsewhere_is_not_this_meeting() -> None:
    text = ("在清河县党史学习教育动员会上的讲话\n\n同志们：\n\n遵义会议是党的历史上生死攸关的转折点。"
            "上个月，我们在沙河召开的现场观摩会议上学到了不少经验。清河县委、县政府要抓好落实。\n")  # fmt: skip
    assert found(text, rule="foreign-place") == []


def test_one_speaker_speaks_for_one_level() -> None:
    # 我代表县委、县政府 at the opening, then 我代表市委 in a paragraph copied from the city's speech: a slip
    text = ("在全县统一战线工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县统一战线工作会议。首先，我代表县委、县政府，"
            "向全县统战干部表示感谢！\n\n统战干部顶着压力做了大量工作。借这个机会，我代表市委，向大家道一声辛苦！\n")  # fmt: skip
    assert found(text) == [("level-mix", "市委")]


def test_a_doubled_character_that_breaks_one_word() -> None:
    # 今天召开开的会议: 召开 is a word, 开的 no word here; 会议议程 (written so) and 一起起 stay silent
    text = ("在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天召开开的会议，是一次动员会。会议议程有三项。"
            "仔细剖析一起起事故，教训深刻。县委、县政府将严格考核。\n")  # fmt: skip
    assert found(text, rule="repeated-char") == [("repeated-char", "开开")]
