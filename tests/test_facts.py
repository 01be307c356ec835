"""The user's own facts: each item once, tidied, run-in numbered, in the section it belongs to."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.check import check_text
from drafter.cli import app
from drafter.library import load_library, load_templates
from drafter.render import render_draft
from drafter.render.facts import run_in, tidy_item

REPO = Path(__file__).resolve().parent.parent
BASE = {"place": "清河县", "meeting": "全县妇女儿童工作会议", "points": 3}

# 以上几个方面，都要紧扣…来抓 is said one of three ways, by the draft's seed (review17)
_AIMED = "(?:以上几个方面，都要紧扣{aims}来抓。|以上几个方面的工作，都要围绕{aims}来推进。|抓好以上几个方面，落脚点都在{aims}上。)"


def sections(text: str) -> list[str]:
    """The frame before the points, then each point (一、 二、 三、)."""
    return text.split("\n## ")


def draft(lib: Path, **answers):
    return render_draft(load_library(lib), load_templates()["work-meeting"], {**BASE, **answers}, seed=1)


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("排查整改隐患3200余处。", "排查整改隐患3200余处"),
        ("1.深入开展治本攻坚行动；", "深入开展治本攻坚行动"),
        ("（2）抓好重点行业领域专项整治,", "抓好重点行业领域专项整治"),
        ("二是 新建儿童之家20个。。", "新建儿童之家20个"),
        ("1.5万名妇女参加技能培训", "1.5万名妇女参加技能培训"),
        ("第三，完善工作机制", "完善工作机制"),
    ],
)
def test_bare_user_text_is_tidied(raw, tidy):
    assert tidy_item(raw) == tidy


def test_run_in_numbering():
    assert run_in(["甲", "乙", "丙"]) == "一是甲；二是乙；三是丙"
    assert run_in(["甲"]) == "甲"


def test_achievements_go_to_the_recognition_point_once_each(mini_library):
    items = ["新建儿童之家20个。", "妇女“两癌”检查覆盖全县适龄妇女"]
    text = draft(mini_library, achievements=items).text
    parts = sections(text)
    assert "一是新建儿童之家20个；二是妇女“两癌”检查覆盖全县适龄妇女。" in parts[1]
    assert all(text.count(i.rstrip("。")) == 1 for i in items)


def test_problems_go_to_the_recognition_point_once_each(mini_library):
    items = ["农村留守儿童关爱服务还有短板", "部分部门协作不够紧密"]
    text = draft(mini_library, problems=items).text
    parts = sections(text)
    assert "不容忽视的问题：一是农村留守儿童关爱服务还有短板；二是部分部门协作不够紧密。" in parts[1]
    assert all(text.count(i) == 1 for i in items)


def test_tasks_go_to_the_first_task_point_once_each(mini_library):
    items = ["1.实施妇女儿童发展规划中期评估", "2.建设县级妇女儿童活动中心；"]
    text = draft(mini_library, tasks=items).text
    parts = sections(text)
    # No point of the mini library is about them: each is a sub-point of its own in the first task point.
    assert "（五）实施妇女儿童发展规划中期评估。" in parts[2] and "（六）建设县级妇女儿童活动中心。" in parts[2]
    # The lead-in counts them (its wording is chosen among the shared lead-ins: 重点抓好以下六个方面, 要在以下六个方面…).
    assert re.search(r"以下六(?:个方面|项|件|点|个)[^。：]*：", parts[2])
    assert text.count("中期评估") == 1 and text.count("活动中心") == 1


def test_upper_goes_to_the_opening(mini_library):
    text = draft(mini_library, upper=["全市妇女儿童工作会议精神", "《中国妇女发展纲要（2021—2030年）》"]).text
    frame = sections(text)[0]
    assert "认真学习贯彻全市妇女儿童工作会议精神和《中国妇女发展纲要（2021—2030年）》" in frame
    assert "结合我县实际不折不扣抓好落实" in frame


def test_long_upper_items_are_numbered(mini_library):
    items = ["省委强调，要坚决守住不发生重大事件的底线", "市委要求各地压实属地责任"]
    frame = sections(draft(mini_library, upper=items).text)[0]
    assert "抓好贯彻落实：一是省委强调，要坚决守住不发生重大事件的底线；二是市委要求各地压实属地责任。" in frame


def test_targets_and_plans_become_sentences_for_any_topic(mini_library):
    text = draft(
        mini_library, meeting="全县安全生产工作会议",
        targets=["实现事故起数和死亡人数“双下降”", "坚决遏制较大以上生产安全事故。"],
        plans=["清河县安全生产专项整治方案"],
    ).text  # fmt: skip
    task = text.rsplit("\n## ", 1)[1]  # no point is about them: after all the points, before the closing
    assert "我县安全生产工作的主要目标是：实现事故起数和死亡人数“双下降”，坚决遏制较大以上生产安全事故。" in task
    assert "要以《清河县安全生产专项整治方案》为抓手" in task


def test_without_facts_the_draft_states_none_and_with_gaps_it_marks_them(mini_library):
    plain = draft(mini_library).text
    assert "过去一年" not in plain and "待补" not in plain and "主要目标是" not in plain
    marked = draft(mini_library, gaps="是").text
    found = [f for f in check_text(marked, place="清河县").findings if f.rule == "placeholder"]
    assert {f.text for f in found} == {
        "〔待补：需要贯彻落实的上级会议或文件精神〕", "〔待补：一年来的主要成绩和数据〕",
        "〔待补：当前存在的主要问题〕", "〔待补：今年的目标任务和指标〕", "〔待补：今年的重点工作〕",
    }  # fmt: skip


def test_cli_sets_every_fact_and_gaps_flag(mini_library):
    runner = CliRunner()
    args = ["draft", "--no-input", "--seed", "1", "--library", str(mini_library), "--set", "place=清河县",
            "--set", "meeting=全县妇女儿童工作会议", "--json"]  # fmt: skip
    facts = {
        "achievements": ["新建儿童之家20个"], "problems": ["协作不够紧密"],
        "tasks": ["建设县级妇女儿童活动中心"], "upper": ["全市妇女儿童工作会议精神"],
    }  # fmt: skip
    sets = [x for k, v in facts.items() for x in ("--set", f"{k}={json.dumps(v, ensure_ascii=False)}")]
    result = runner.invoke(app, [*args, *sets])
    assert result.exit_code == 0, result.output
    text = json.loads(result.stdout)["text"]
    assert all(text.count(v[0]) == 1 for v in facts.values())
    gaps = runner.invoke(app, [*args, "--gaps"])
    assert "〔待补：今年的重点工作〕" in json.loads(gaps.stdout)["text"]
    assert "占位符" in gaps.stderr


def test_the_upper_answer_never_hides_the_level_above_in_texts(mini_library):
    (mini_library / "closing.yaml").write_text(
        "- id: closing.upper\n  role: closing\n  tags: [妇女儿童]\n"
        "  text: 同志们，让我们努力推动{{ we }}妇女儿童工作走在{{ upper.scope }}前列！\n  source: {speech: s-01}\n",
        encoding="utf-8",
    )
    lib = load_library(mini_library)
    drafts = [render_draft(lib, load_templates()["work-meeting"], {**BASE, "upper": ["全市会议精神"]}, seed=s) for s in range(6)]
    closings = [d.text for d in drafts if any(u.id == "closing.upper" for u in d.uses)]
    assert closings and all("走在全市前列" in t and t.count("全市会议精神") == 1 for t in closings)


def test_upper_opens_the_first_point_when_the_template_has_no_opening(mini_library):
    from dataclasses import replace

    from drafter.render import plan_draft, render_plan, resolve_answers

    template = load_templates()["work-meeting"]
    bare = replace(template, skeleton=template.skeleton.replace("{{ opening }}", ""))
    answers = resolve_answers({**BASE, "upper": ["全市妇女儿童工作会议精神"]})
    plan = plan_draft(load_library(mini_library), bare, answers, seed=1)
    plan = replace(plan, frame={r: f for r, f in plan.frame.items() if r != "opening"})
    text = render_plan(plan, answers).text
    assert text.count("全市妇女儿童工作会议精神") == 1
    assert "全市妇女儿童工作会议精神" in sections(text)[1]


def _shipped(answers, picks, seed=1):
    return render_draft(load_library(), load_templates()["work-meeting"], answers, seed=seed, picks=picks).text


def _point_of(text: str, needle: str) -> str:
    """The heading of the point whose text holds `needle`."""
    return next(p.split("\n")[0] for p in sections(text)[1:] if needle in p)


def test_targets_and_tasks_go_to_the_point_about_them():
    """粮食播种面积 belongs in the grain point, not in the reform point that happens to come first."""
    answers = {
        "place": "清河县", "meeting": "全县农村工作会议", "points": 4,
        "targets": ["粮食播种面积稳定在120万亩以上"],
        "tasks": ["新建高标准农田3万亩", "深化农村集体产权制度改革"],
    }  # fmt: skip
    text = _shipped(answers, ["point.rural.task.rural-reform", "point.rural.task.grain-security"])
    grain = _point_of(text, "120万亩")  # the grain point, in whichever of its phrasings the seed chose
    assert any(w in grain for w in ("粮食", "饭碗", "米袋子")) and "改革" not in grain
    assert _point_of(text, "高标准农田3万亩") == _point_of(text, "120万亩")
    assert "改革" in _point_of(text, "产权制度改革。")
    assert "这方面今年的目标是：粮食播种面积稳定在120万亩以上。围绕这一目标，要新建高标准农田3万亩。" in text


def test_a_target_that_names_its_own_time_is_not_this_years():
    # goldenread: “这方面今年的目标是：到2027年…” in the county golden; a plan's end (规划期末) is no more this year's
    answers = {
        "place": "清河县", "meeting": "全县农村工作会议", "points": 4,
        "targets": ["到2027年粮食播种面积稳定在120万亩以上"], "tasks": ["新建高标准农田3万亩"],
    }  # fmt: skip
    text = _shipped(answers, ["point.rural.task.rural-reform", "point.rural.task.grain-security"])
    assert "这方面的目标是：到2027年粮食播种面积稳定在120万亩以上。" in text and "今年的目标" not in text
    answers = {
        "place": "南通市", "meeting": "全市妇女儿童工作会议", "points": 4,
        "targets": ["规划期末全市新建儿童之家50个"], "tasks": ["开展未成年人网络保护专项行动"],
    }  # fmt: skip
    text = _shipped(answers, ["point.women-children.task.child-safety", "point.women-children.task.family-education"])
    assert re.search(_AIMED.format(aims="目标"), text) and "今年的目标" not in text


def test_an_item_no_point_is_about_closes_the_task_points_in_a_paragraph_of_its_own():
    """儿童之家 is not about online safety: it gets its own paragraph after all the points, just before the closing."""
    answers = {
        "place": "南通市", "meeting": "全市妇女儿童工作会议", "points": 4,
        "targets": ["全市新建儿童之家50个"], "tasks": ["开展未成年人网络保护专项行动"],
    }  # fmt: skip
    picks = ["point.women-children.task.child-safety", "point.women-children.task.family-education"]
    text = _shipped(answers, picks)
    paragraphs = text.split("\n\n")
    own = next(p for p in paragraphs if "儿童之家50个" in p)
    said = re.fullmatch(_AIMED.format(aims="今年的目标") + "我市妇女儿童工作的主要目标是：全市新建儿童之家50个。", own)
    assert said, own
    after = paragraphs[paragraphs.index(own) + 1 :]
    assert len(after) == 1 and after[0].startswith("同志们")  # nothing but the closing follows it
    task = next(p for p in paragraphs if "网络保护专项行动" in p)
    assert "今年要开展未成年人网络保护专项行动。" in task and "网络" in task.replace("网络保护专项行动", "")


def test_the_task_point_chosen_is_one_about_the_users_tasks():
    """With three points there is one 任务 point: when the user named 高标准农田, it is the grain point (or, since
    review35, the farmland point 把耕地种好养好用好) on every seed, so the item is deployed where it belongs, not
    pasted after an unrelated point."""
    answers = {"place": "清河县", "meeting": "全县乡村振兴工作会议", "tasks": ["新建高标准农田5万亩"]}
    for seed in range(5):
        text = render_draft(load_library(), load_templates()["work-meeting"], answers, seed=seed).text
        # The area of the task point that says the item (its heading and opening paragraph) is the grain one.
        point = next(p for p in text.split("\n\n") if "高标准农田5万亩" in p)
        assert any(w in point for w in ("粮食", "饭碗", "米袋子", "耕地")), (seed, point)
        assert "除以上几个方面外" not in text


@pytest.mark.parametrize(
    ("item", "said"),
    [("汛前完成河道清障", "要确保汛前完成河道清障。"), ("年底前建成县城污水处理厂", "要确保年底前建成县城污水处理厂。"),
     ("清明节前完成防火隔离带清理", "要确保清明节前完成防火隔离带清理。"), ("3月15日前完成排查", "要确保3月15日前完成排查。"),
     ("招引亿元以上项目30个", "今年要招引亿元以上项目30个。"), ("帮助困难群众解决实际问题", "今年要帮助困难群众解决实际问题。"), ("县域普通高中振兴", "今年要着力推进县域普通高中振兴。")],
)  # fmt: skip
def test_a_task_that_starts_with_its_own_verb_is_not_pushed_again(item, said):
    """汛前完成河道清障 is a task with its verb after a time: not 要着力推进汛前完成河道清障, nor 今年要年底前建成…."""
    from drafter.render.facts import _task_sentence

    assert _task_sentence("今年要", [item]) == said


def test_a_space_typed_in_the_reporters_name_does_not_split_the_sentence():
    from drafter.render import resolve_answers

    answers = {"place": "清河县", "meeting": "全县安全生产工作会议", "reporter": "县应急管理局局长　李强 "}
    assert resolve_answers(answers)["reporter"] == "县应急管理局局长李强"


def test_facts_given_by_their_chinese_names_reach_the_draft_and_a_name_nothing_uses_is_reported(tmp_path):
    answers = tmp_path / "答案.yaml"
    # (an answers file's unknown name is said and the rest drafted; a --set one is refused: tests/test_user52.py)
    answers.write_text("地名: 清河县\n会议: 全县安全生产工作会议\n问题:\n  - 部分企业主体责任落实不到位\n成积: 错字\n",
                       encoding="utf-8")  # fmt: skip
    done = CliRunner().invoke(app, [
        "draft", "--no-input", "--no-history", "--seed", "1", "--answers", str(answers),
        "--set", "成绩=全年排查整改隐患3200余处", "--set", "任务=开展燃气安全专项整治",
        "-o", str(tmp_path / "讲话.md"),
    ])  # fmt: skip
    assert done.exit_code == 0, done.output
    text = (tmp_path / "讲话.md").read_text(encoding="utf-8")
    for fact in ("排查整改隐患3200余处", "部分企业主体责任落实不到位", "开展燃气安全专项整治"):
        assert text.count(fact) == 1
    assert "不认识答案名称“成积”" in done.stderr and "成绩" not in done.stderr.split("成积")[0]
    record = (tmp_path / "讲话.answers.yaml").read_text(encoding="utf-8")
    assert "achievements:" in record and "tasks:" in record and "\n  成绩:" not in record


def test_facts_given_as_a_block_of_lines_are_one_item_per_line():
    """成绩: | in an answers file (two lines): 一是…；二是…, not the two run together without a mark."""
    from drafter.render.values import resolve_answers

    answers = resolve_answers({"place": "清河县", "meeting": "全县基层党建工作会议",
                               "achievements": "新建党群服务中心2个\n发展党员14名，其中35岁以下9名\n"})  # fmt: skip
    assert answers["achievements"] == ["新建党群服务中心2个", "发展党员14名，其中35岁以下9名"]


@pytest.mark.parametrize(
    ("meeting", "date", "behind", "ahead"),
    [
        ("全县安全生产工作会议", "", "过去一年，", "今年还要"),  # no date: as before
        ("全县安全生产工作会议", "2026-03-05", "过去一年，", "今年还要"),
        ("全县安全生产工作会议", "2026-07-10", "今年以来，", "今年还要"),
        ("全县安全生产工作会议", "2026-12-18", "今年以来，", "下一步还要"),  # 今年 is nearly over
        ("2027年全县安全生产工作会议", "2026-12-28", "今年以来，", "明年还要"),  # named for next year
    ],
)
def test_the_time_behind_and_ahead_follows_the_meetings_date(meeting: str, date: str, behind: str, ahead: str):
    """A July meeting said 过去一年…取得了新的成效 and a December one 今年还要着力推进 (with a fortnight of the year left)."""
    answers = {
        "place": "清河县", "meeting": meeting, "points": 3, "achievements": ["事故起数明显下降"],
        # (no 消防 in them: a task naming a part of the work, 消防, is said in the 消防 point, review30a)
        "tasks": ["抓好校外培训机构隐患整治", "完成全县小区充电桩改造"],
        **({"date": date} if date else {}),
    }  # fmt: skip
    text = render_draft(load_library(), load_templates()["work-meeting"], answers, seed=1).text
    assert f"{behind}我县安全生产工作取得了新的成效，事故起数明显下降。" in text
    # No point is about the tasks: each is a sub-point of its own or, when not even a word of it is the last point's
    # (充电桩 under 治本攻坚: review18), said after the points; either way its sentence of how says the time ahead.
    when = ahead.removesuffix("还要")
    for item in answers["tasks"]:
        [own] = [p for p in text.split("\n\n") if p.startswith(("（", "以上几个方面之外")) and item in p]
        assert when in own and not any(w in own for w in {"今年", "明年", "下一步"} - {when}), own


def test_a_users_own_time_word_is_not_said_twice():
    answers = {**BASE, "date": "2026-12-18", "achievements": ["今年以来全县新建儿童之家30个", "妇女创业贷款稳步增长"]}
    text = render_draft(load_library(), load_templates()["work-meeting"], answers, seed=1).text
    assert "我县妇女儿童工作取得了新的成效：一是今年以来全县新建儿童之家30个" in text
    assert "今年以来，我县" not in text and "过去一年，我县" not in text
