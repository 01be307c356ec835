"""drafter check on a wider planted set (issue #13, planted19): the families a reviewer meets that check missed.
Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_word_typed_twice_and_dates_no_calendar_has() -> None:
    # 研究研究 (said twice on purpose), 一步一步, 各乡镇|乡镇长, 党支部|支部书记, 纪委|监委|监督, 县委|常委|常务, 重视|巡视|巡察,
    # 所有|有关, 2024年2月29日 (a leap year), 12月31日, 从30年前起, 1—7月份: quiet
    assert _found(_read("doubled-word-date-correct.txt")) == []
    assert _found(_read("doubled-word-date-correct.txt"), severity="warning", rule="date-format") == []
    assert _found(_read("doubled-word-date-flawed.txt")) == [
        ("date-format", "11月31日"),  # November has 30 days
        ("date-format", "19年"),  # 从19年开始
        ("date-format", "2023年2月29日"),  # not a leap year
        ("date-format", "21年"),  # 21年三季度
        ("repeated-char", "工作工作"),
        ("repeated-char", "提升提升"),
        ("repeated-char", "有有"),
    ]
    # 13月份 may be 1-3月份 that lost its dash: a warning
    assert _found(_read("doubled-word-date-flawed.txt"), severity="warning", rule="date-format") == [("date-format", "13月份")]


def test_a_count_right_before_a_colon_and_the_list_run_into_the_paragraph() -> None:
    # 呈现三个特点：一是…三是, 两个方面：一是…二是, 三项议程 then 第一项…第三项; 前三季度：一是… (no counted noun): quiet
    assert _found(_read("colon-count-correct.txt"), rule="count-mismatch") == []
    assert _found(_read("colon-count-correct.txt"), severity="warning", rule="count-mismatch") == []
    # 四个特点 before three, 三个方面 before two, 四项议程 before 第一项…第三项
    assert _found(_read("colon-count-flawed.txt"), rule="count-mismatch") == [
        ("count-mismatch", "三个方面"),
        ("count-mismatch", "四个特点"),
        ("count-mismatch", "四项议程"),
    ]
    # a run-in list the copy cut off in mid-item is only a warning
    cut = "在全县推进会上的讲话\n\n同志们：\n\n问题主要表现在四个方面：一是要素保障不够有力；二是部分项目推进较慢；三是\n"
    assert _found(cut, rule="count-mismatch") == []
    assert _found(cut, severity="warning", rule="count-mismatch") == [("count-mismatch", "四个方面")]


def test_this_meetings_tasks_its_convener_and_a_pair_of_bodies_name_our_own_level() -> None:
    # 传达学习全市…会议精神 (a superior's meeting), 县委、县政府研究决定召开的, 县人大、县政协, 省委、市委 (a list of
    # superiors), 为全市…作出贡献: quiet
    assert _found(_read("own-meeting-level-correct.txt")) == []
    # 主要任务是：…总结研判全市…工作 (this meeting's own work), 这次会议是镇党委…召开的, 县人大、市政协
    assert _found(_read("own-meeting-level-flawed.txt")) == [
        ("level-mix", "全市"),
        ("level-mix", "县人大、市政协"),
        ("level-mix", "镇党委"),
    ]


def test_a_neighbours_bare_name_where_our_own_belongs() -> None:
    # 赴蕲春学习, 与蕲春结对 (a neighbour named as elsewhere): quiet, with the place given or read from the title
    assert _found(_read("neighbour-subject-correct.txt"), rule="foreign-place") == []
    assert _found(_read("neighbour-subject-correct.txt"), severity="warning", rule="foreign-place") == []
    flawed = _read("neighbour-subject-flawed.txt")
    # 站在蕲春发展的新起点上: the plan of the speaker's own place, an error
    assert _found(flawed, rule="foreign-place") == [("foreign-place", "蕲春")]
    # ，蕲春荣获多项…荣誉 at the head of a clause, doing what our own place does: a warning (only the writer knows)
    assert _found(flawed, severity="warning", rule="foreign-place") == [("foreign-place", "蕲春")]
    assert _found(flawed, rule="foreign-place", place="英山县") == [("foreign-place", "蕲春")]


def test_the_frame_salutation_leader_titles_and_the_meeting_of_the_title() -> None:
    # 各位代表、 / 同志们： (one salutation on two lines), 县委副书记、县长, 县委王书记, 张县长, the title's meeting: quiet
    correct = _read("frame-correct.txt")
    assert _found(correct) == []
    assert _found(correct, severity="warning", rule="salutation") == []
    assert _found(correct, severity="warning", rule="consistency") == []
    flawed = _read("frame-flawed.txt")
    assert _found(flawed, rule="salutation") == [("salutation", "同志们，同志们"), ("salutation", "同志们：")]
    assert _found(flawed, rule="consistency") == [("consistency", "县委副书记、区长"), ("consistency", "县委王县长")]
    # the text holds a 农田水利 meeting, the title a 森林防火 one: a warning (which one is right only the writer knows)
    assert _found(flawed, severity="warning", rule="consistency") == [("consistency", "全县冬春农田水利建设会议")]
    # a titled speech that opens 今天，我们召开… with no salutation anywhere: a warning
    assert _found(_read("frame-no-salutation.txt"), severity="warning", rule="salutation") == [("salutation", "今天，我们召")]


def test_an_agenda_item_skipped_or_said_twice() -> None:
    # the agenda of colon-count-correct.txt (第一项, a line between, 第二项, 第三项): quiet
    assert _found(_read("colon-count-correct.txt"), rule="numbering") == []
    agenda = "表彰大会主持词\n\n同志们：\n\n今天会议共有四项议程：\n\n第一项，奏国歌。\n\n第二项，宣读表彰决定。\n\n第四项，颁奖。\n\n第四项，领导讲话。\n"
    # 第二项, 第四项, 第四项: the first 第四项 is the slip (one finding, not two)
    assert _found(agenda, rule="numbering") == [("numbering", "第四项")]
    twice = agenda.replace("第四项，颁奖", "第二项，颁奖").replace("第四项，领导", "第三项，领导")
    assert _found(twice, rule="numbering") == [("numbering", "第二项")]


def test_the_families_a_second_planted_set_met() -> None:
    # 二〇二四年二月二十九日 (leap), 好好学习, 很好地, 一个个, 50名学员, 区委、区政府和街道党工委, 各镇…在镇党委的统一领导下,
    # 王区长, 同志们！ alone, 读书班 in the title and the text: quiet
    correct = _read("slips-b-correct.txt")
    assert _found(correct) == []
    assert _found(correct, severity="warning") == []
    flawed = _read("slips-b-flawed.txt")
    assert _found(flawed) == [
        ("date-format", "九月三十一日"),  # Chinese numerals too
        ("date-format", "二〇二三年二月二十九日"),
        ("level-mix", "王县长"),  # a 区 has a 区长
        ("level-mix", "镇党委"),  # a district's bodies are not led by a town's committee
        ("repeated-char", "名名"),  # 50名名: a measure word after a figure
        ("repeated-char", "好好"),  # 很好好: no reduplication after a degree adverb
        ("repeated-char", "笔记本笔记本"),
        ("salutation", "同志们！同志们"),
    ]
    # 读书班 in the title, 培训班 in the text: the same name with one word replaced (a warning)
    assert _found(flawed, severity="warning") == [("consistency", "全区科级干部培训班开班式")]


def test_the_families_a_third_planted_set_met() -> None:
    # 全区广大干部群众，同志们：, 早上好！, 第四季度, 30周年, 好好谋划, 各镇在镇党委的坚强领导下: quiet
    correct = _read("slips-c-correct.txt")
    assert _found(correct) == []
    assert _found(correct, severity="warning") == []
    flawed = _read("slips-c-flawed.txt")
    assert _found(flawed) == [
        ("date-format", "第五季度"),
        ("level-mix", "全县"),  # the audience a district speech addresses is the district's
        ("level-mix", "镇党委"),  # 区委、区政府和镇党委一系列重要决策部署
        ("repeated-char", "周周"),  # 30周周年: a measure word after a figure
        ("repeated-char", "好好"),  # 早上好好！: a manner word with nothing to qualify
        ("salutation", "同志们：同志们"),
    ]
    # 冲刺200天 in the text, 冲刺100天 in the title: a figure changed (a warning)
    assert _found(flawed, severity="warning") == [("consistency", "全区“冲刺200天”攻坚动员大会")]


def test_three_words_sharing_characters_are_no_word_typed_twice() -> None:
    # 就业|创业|创新, 增强|做强|做优, 构建|共建|共治 (our own library says BA is a word), 能不能不重不漏, 干着干着, 有|有利:
    # quiet; the doubled words next to them are found
    text = (
        "在全县就业工作会议上的讲话\n\n同志们：\n\n今天召开全县就业工作会议。要支持就业创业创新，增强做强做优实体经济的责任感，"
        "构建共建共治共享格局，做到底数能不能不重不漏，不让劳动者干着干着没了活。我们有有利条件，也有困难。\n"
    )
    assert _found(text, rule="repeated-char") == []
    slips = text.replace("增强做强", "增强增强做强").replace("有有利条件", "有有了有利条件")
    assert _found(slips, rule="repeated-char") == [("repeated-char", "增强增强"), ("repeated-char", "有有")]


def test_a_word_starting_with_zhang_after_a_place_word_is_no_head_of_the_other_tier() -> None:
    # 牧区长期干旱, 山区长远发展 in a county speech: 长 starts the next word (a drafted 草原防火 speech said it)
    county = "在全县草原防火会议上的讲话\n\n同志们：\n\n今天召开全县草原防火会议。全县上下要抓好落实，牧区长期干旱，山区长远发展要统筹。刚才，张县长讲了。\n"
    assert _found(county) == []
    assert _found(county.replace("全县", "全区").replace("张县长", "张区长")) == []
    assert _found(county.replace("张县长", "张区长")) == [("level-mix", "张区长")]


def test_hopes_in_a_paragraph_a_count_after_its_noun_and_a_second_list_of_its_own() -> None:
    # Batch 20 (a principal's 开学 speech, a 镇 host's agenda, a county's year report): 提出三点希望：第一，…第三，
    # in one paragraph, 具体内容有三项：一是…三是, and a second 1. 2. list after its own …以下目标开展工作：: quiet
    assert _found(_read("hopes-agenda-lists-correct.txt")) == []
    # 两点希望 before 第一…第三, 内容有四项 before 一是…三是, and 1. again inside one list
    assert _found(_read("hopes-agenda-lists-flawed.txt")) == [
        ("count-mismatch", "两点希望"),
        ("count-mismatch", "内容有四项"),
        ("numbering", "1."),
    ]


def test_another_province_named_bare_as_our_own() -> None:
    # Batch 20 (a 成都 society's 重阳 speech, planted): 为重庆的精神文明建设…做出了很大的贡献 — a bare province name said as
    # ours is an error; named as somewhere else (赴上海挂职, 对口支援新疆, 重庆的同行来交流) it is left alone
    head = "在重阳节联谊会上的讲话\n\n各位老同志：\n\n"
    flawed = head + "多年来，你们为重庆的精神文明建设和文化建设做出了很大的贡献。\n"
    assert _found(flawed, place="成都市", rule="foreign-place") == [("foreign-place", "重庆")]
    correct = head + "去年我们选派干部赴上海挂职，对口支援新疆的同志也已返回，重庆的同行还来交流了经验。\n"
    assert _found(correct, place="成都市", rule="foreign-place") == []
    assert _found(correct, place="成都市", severity="warning", rule="foreign-place") == []


def test_a_neighbour_named_bare_as_the_place_whose_course_the_speech_is_about() -> None:
    # Batch 20 (a 高港区 outline, planted): 在姜堰加快工业化、城市化进程的关键时期 — 姜堰 said as ours; 到姜堰学习 is elsewhere
    head = "在全区推进会上的讲话\n\n同志们：\n\n"
    assert _found(head + "当前正是在姜堰加快工业化、城市化进程的关键时期。\n", place="高港区", rule="foreign-place") == [
        ("foreign-place", "姜堰")
    ]
    assert _found(head + "我们到姜堰学习了园区建设的经验，在姜堰看到了差距。\n", place="高港区", rule="foreign-place") == []
