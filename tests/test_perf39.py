"""perf39 (#18): the place rule's scan for a bare place name said as ours tries each alternative only where one of its
words puts it, and finds what the whole pattern's scan of every position finds."""

from __future__ import annotations

import random
import re

import pytest

from drafter.check import check_text, places

STAKES = ["召开这次沙河防汛抗旱工作会议", "实现沭阳高质量发展", "省民政厅对天门的关心支持", "团结依靠启东百万人民",
          "没有我们滕州完不成的任务", "今年也是盱眙冲刺“百强县”的关键之年", "吴中作为中心城区，人流将汇集", "紧密结合垫江实际",
          "携手建新沭阳！", "让高邮的营商环境焕然一新", "我在监利卫生系统工作四年多", "以服务纳雍跨越发展为中心",
          "奋力谱写小康壶关建设新篇章", "向多年来关心、支持临桂经济社会发展的各界人士表示敬意", "也是作为主城区的海陵服务中心城市的职责",
          "团结依靠全县１２.5万人民", "建设新宜兴", "作为全市的中心城区的吴中"]  # fmt: skip
# Pieces a random line is made of: every alternative's words, what comes after them, names, counts and stops
PIECES = ["让", "转让", "实现", "推动", "推进", "促进", "助力", "建", "设", "新", "作为", "全市", "全省的", "中心城区", "主城区",
          "的", "在", "卫生", "系统", "战线", "结合", "实际", "以服务", "以效劳", "跨越", "发展", "高质量发展", "为中心", "关心",
          "关注", "、", "和", "支持", "小康", "建设", "谱写", "开创", "新篇章", "会议", "大会", "推进会", "座谈会", "动员会", "培训班",
          "室", "精神", "召开", "这次", "我们", "是", "关键之年", "的关心支持", "的未来", "形象", "的兴衰", "发展大局", "实现新一轮",
          "百", "一", "２", "7", ".", "万人民", "沭阳", "高邮", "天门", "滕州", "垫江", "工作", "防汛", "，", "。", "！", "“", "；",
          "经济社会", "委", "政府", "街道", "县"]  # fmt: skip


def whole_scan(line: str) -> list[tuple[str, int, int, str]]:
    """Every alternative joined in one pattern, each position of the line tried (the scan before perf39)."""
    joined = re.compile("|".join(source for _, source, _ in places._STAKE_ALTERNATIVES))
    names = [name for name, _, _ in places._STAKE_ALTERNATIVES]
    found = []
    for m in joined.finditer(line):
        group = next(g for g in names if m.group(g))
        found.append((group, m.start(), m.end(), m.group(group)))
    return found


def tried_where_words_are(line: str) -> list[tuple[str, int, int, str]]:
    return [(group, m.start(), m.end(), m.group(group)) for group, m in places._stake_matches(line)]


def test_every_planted_stake_is_found_as_the_whole_scan_finds_it() -> None:
    lines = [*STAKES, "，".join(STAKES), "".join(STAKES), "同志们：今天召开全县安全生产工作会议，主要任务是实现全县高质量发展。"]
    for line in lines:
        assert whole_scan(line), line
        assert tried_where_words_are(line) == whole_scan(line), line


@pytest.mark.parametrize("seed", range(4))
def test_random_lines_of_the_alternatives_words_give_the_same_matches(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(1500):
        line = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        whole = whole_scan(line)
        found += len(whole)
        assert tried_where_words_are(line) == whole, line
    assert found > 500  # the lines meet the alternatives, often several in one line


def test_every_alternative_is_tried_somewhere() -> None:
    assert set(places._STAKE_PLACES) == {name for name, _, _ in places._STAKE_ALTERNATIVES}


@pytest.mark.parametrize(
    ("line", "name"),
    [("今天召开这次沭阳安全生产工作会议。", "沭阳"), ("就是要实现沭阳高质量发展。", "沭阳"), ("这关系到沭阳的未来。", "沭阳"),
     ("紧密结合垫江实际，抓好落实。", "垫江"), ("没有我们滕州完不成的任务。", "滕州")],
)  # fmt: skip
def test_another_countys_bare_name_said_as_ours_is_reported_in_a_draft_for_this_county(line: str, name: str) -> None:
    text = f"同志们：\n\n{line}\n"
    found = [f.text for f in check_text(text, place="清河县").findings if f.rule == "foreign-place"]
    assert name in found, found
    ours = text.replace(name, "清河")
    assert not [f for f in check_text(ours, place="清河县").findings if f.rule == "foreign-place"]


def _said(text: str, place: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(f"同志们：\n\n{text}\n", place=place).findings]


# A rule now passes over a line that lacks a word every one of its findings holds (perf39): each slip below is still
# reported in a speech of a level it is a slip for, and not in one where it is right.
@pytest.mark.parametrize(
    ("text", "slip", "place", "right_at"),
    [("这期培训班是镇党委决定举办的。", "镇党委", "清河县", "城关镇"),
     ("在县委和镇党委坚强领导下，我们抓好各项工作。", "镇党委", "清河县", "城关镇"),
     ("这充分体现了县委对民政工作的高度重视。", "县委", "南通市", "清河县"),
     ("刚才，王区长作了具体安排。", "区长", "清河县", "鼓楼区"),
     ("当前，全市防汛工作已经进入关键阶段，全县各部门要抓好防汛工作。", "全市", "清河县", "南通市")],
)  # fmt: skip
def test_a_level_slip_is_still_reported_where_it_is_one(text: str, slip: str, place: str, right_at: str) -> None:
    found = [shown for rule, shown in _said(text, place) if rule == "level-mix"]
    assert any(slip in shown for shown in found), found
    assert not any(slip in shown for rule, shown in _said(text, right_at) if rule == "level-mix")


def test_the_longer_item_of_a_series_is_still_reported_only_at_the_items_end() -> None:
    assert ("repeated-char", "想想") in _said("要统一思想想、坚定信心、攻坚克难，把工作做好。", "清河县")
    assert ("repeated-char", "想想") in _said("要统一思想想，坚定信心，攻坚克难", "清河县")
    assert not [r for r, _ in _said("要多想想、多看看、多问问，把工作做好。", "清河县") if r == "repeated-char"]


def test_a_colon_count_and_an_agenda_count_are_still_read() -> None:
    assert [r for r, _ in _said("今年主要有三个方面任务：一是抓落实；二是抓督查。", "清河县") if r == "count-mismatch"]
    assert not [r for r, _ in _said("今年主要有两个方面任务：一是抓落实；二是抓督查。", "清河县") if r == "count-mismatch"]
