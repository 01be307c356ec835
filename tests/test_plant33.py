"""drafter check on doubled characters bench/check_planted.py plants and check let pass (issue #13, plant33): a
character doubled where two words meet, a stutter at a clause's start. Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_doubles_where_words_meet_and_at_a_clause_start_simplified() -> None:
    # 全县县秋冬 (全县|县秋: the second 县 opens no word), 县委委组织部, 县政政府 (县政府 a level's government with its
    # middle typed twice), 下下面，/ 刚刚才， (a clause's opener before its comma), 这这几天, 但但我们, 新新的一年, 请请相关
    # (a clause's first character, the pair no word); the correct copy keeps 层层, 一一, 年年, 常常, 人人, 事事, 全县县直,
    # 工作作风, 乡乡通, 村村通, 户户, 县委委托, 研究研究, 讨论讨论
    assert _found(_read("seam-doubles-correct.txt")) == []
    assert _found(_read("seam-doubles-correct.txt"), severity="warning") == []
    assert _found(_read("seam-doubles-flawed.txt")) == [
        ("repeated-char", "下下"), ("repeated-char", "但但"), ("repeated-char", "刚刚"), ("repeated-char", "县县"),
        ("repeated-char", "委委"), ("repeated-char", "政政"), ("repeated-char", "新新"), ("repeated-char", "请请"),
        ("repeated-char", "这这"),
    ]  # fmt: skip


def test_doubles_where_words_meet_and_at_a_clause_start_traditional() -> None:
    # 會會上，/ 區區水利局 (a level's suffix twice before its own bureau) / 會議議安排 / 市政政府; 全區區直, 區委委託, 層層, 一一
    assert _found(_read("seam-doubles-trad-correct.txt")) == []
    assert _found(_read("seam-doubles-trad-flawed.txt")) == [
        ("repeated-char", "區區"), ("repeated-char", "按按"), ("repeated-char", "政政"), ("repeated-char", "會會"),
        ("repeated-char", "議議"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("根据部署，全市市创建工作全面铺开。", "市市"),
        ("全国文明城市市已进入攻坚阶段。", "市市"),
        ("团市委委将依托各级团组织开展活动。", "委委"),
        ("感谢市委、市政政府的关心。", "政政"),
        ("前前不久，我们召开了专题会议。", "前前"),
        ("会议结束后，自自今年三月起全面推开。", "自自"),
        ("值值此新春佳节到来之际，我代表县委致以问候。", "值值"),
        ("县县委、县政府高度重视这项工作。", "县县"),
        ("鎮鎮黨委書記作了表態發言。", "鎮鎮"),
        # a common word's first character typed twice after a whole word or a particle, the pair no common word
        ("在县政府的正正确领导下，各项工作有序推进。", "正正"),
        ("着力打造生生态家园。", "生生"),
        ("感谢老师们的精精心安排。", "精精"),
        ("面对疫情的严峻考考验，我们没有退缩。", "考考"),
        ("對科級幹部進進行了集中輪訓。", "進進"),
        ("二是抓安安全稳定。", "安安"),
        ("要把安安全生产摆在首位。", "安安"),
        ("安安全生产是头等大事。", "安安"),
        # a word's last character typed twice where the second opens no word and our text says the words once
        ("根据会议议安排，下面我讲几点意见。", "议议"),
        ("从今年的天气气情况看，汛期形势严峻。", "气气"),
        ("要在各项工作中争当排头头兵。", "头头"),
    ],
)
def test_slips_said_in_a_line(line: str, pair: str) -> None:
    assert [text for _, text in _found(line, rule="repeated-char")] == [pair]


@pytest.mark.parametrize(
    "line",
    [
        "人人参与，人人尽责。", "天天向上，好好学习。", "常常是这样。", "谢谢大家！", "看看这些数字。", "研究研究再说。",
        "逐项一一核对。", "三个个体户。", "加强工作作风建设。", "实现县县通高速、村村通公路。", "户户有人管，层层压实责任。",
        "产值节节攀升，年年有余，代代相传。", "大家讨论讨论，学习学习再学习。", "干部干部，先干一步。", "全市市场主体。",
        "全县县级领导干部。", "全区区直单位。", "南通市市区。", "县委委托县政府。", "党委委员。", "常委会会议。",
        "城市市容。", "各县县长。", "全市市民。", "上上个月，我们完成了任务。", "下下周，要开展检查。", "区区几个人。",
        "县县都有。", "刚刚召开的会议。", "渐渐地，形势好转。", "好好干，干出成绩。", "大学学生会。", "面面俱到。",
        "上上下下齐心协力。", "要主动晒一晒“成绩单”，让大家给“照照镜子”。", "他们面对美国国会的条款。", "全县县乡两级。",
        "各區區委都要重視。", "我們要層層落實、人人有責。", "要多练练兵。", "大家帮帮忙。", "我们一起开开会。",
        "地方财政自收收入完成目标。", "推动项目早早签约。", "做到人人参与。",
        "校校都有新变化。", "岗岗落实到位。", "届届相传。", "级级抓落实。", "季季有评比。",
        "就是要红红脸、出出汗，让问题较多的地方警醒。", "帮他们出出主意。",
        "做好维权工作，有有利条件，也有不少难题。", "市四医院院党委书记作了发言。", "对工作作了部署。", "会议议程有三项。",
    ],
)
def test_legitimate_doubles_stay(line: str) -> None:
    assert _found(line, rule="repeated-char") == []


def test_a_siblings_short_name_where_the_own_place_is_weighed_shown_or_loved() -> None:
    # 把沙河放到全省、全市的大坐标中看, 展示南宫山水, 对临西充满深情 in 清河县's speech: the own place, a sibling's name
    # left in a copy; 学习南宫、临西的好做法 and 与沙河加强协作 name the neighbours as neighbours
    assert _found(_read("sibling-weighed-correct.txt")) == []
    assert _found(_read("sibling-weighed-correct.txt"), severity="warning") == []
    assert _found(_read("sibling-weighed-flawed.txt")) == [
        ("foreign-place", "临西"), ("foreign-place", "南宫"), ("foreign-place", "沙河"),
    ]  # fmt: skip
