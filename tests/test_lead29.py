"""Lead's fixes of session 29: what a writer saw in drafts."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from drafter.cli import app


def _draft(*args: str) -> str:
    result = CliRunner().invoke(app, ["draft", "--no-input", *args])
    assert result.exit_code == 0, result.output
    return result.output.split("\n# ", 1)[1]


@pytest.mark.parametrize("seed", [3, 5, 7])
def test_an_autumn_winter_fire_meeting_speaks_of_the_seasons_fires(seed) -> None:
    # 全镇秋冬季火灾防控工作部署会 drew the year-round 消防 area and 安全生产 lessons: not a word on 取暖, 秸秆 or
    # frozen hydrants, the things a clerk would put first at this meeting.
    body = _draft("--seed", str(seed), "--minutes", "10", "--set", "place=莱州市沙河镇",
                  "--set", "meeting=全镇秋冬季火灾防控工作部署会")
    assert "秋冬" in body.split("\n", 1)[1]
    assert "取暖" in body


def test_a_summer_fire_meeting_does_not_speak_of_heating() -> None:
    body = _draft("--seed", "3", "--minutes", "10", "--set", "place=莱州市沙河镇", "--set", "date=2026-06-20",
                  "--set", "meeting=全镇消防安全工作会议")
    assert "取暖季" not in body and "冬季灭火救援" not in body


# 要对照这个时段的风险特点，要抓好以下四个方面： — a lead-in that says 要 again in the same sentence
_TWICE = re.compile(r"要[^。！？；：]{2,30}，要[^。！？；，：]{0,12}以下[一二三四五六七八九十两]{1,2}[^：]{0,8}：")


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [("江州市", "全市秋冬季安全生产工作会议", 1), ("江州市", "全市秋冬季安全生产工作会议", 3),
     ("故城县", "全县卫生健康工作会议", 2), ("故城县", "全县卫生健康工作会议", 3)],
)
def test_a_lead_in_does_not_say_yao_twice_in_one_sentence(place, meeting, seed) -> None:
    body = _draft("--seed", str(seed), "--minutes", "20", "--set", f"place={place}", "--set", f"meeting={meeting}")
    assert not _TWICE.search(body), _TWICE.search(body)


def test_a_town_the_gazetteer_lacks_is_checked_within_the_county_its_name_starts_with(tmp_path) -> None:
    # drafter check of a 莱州市沙河镇 draft said “莱州市沙河镇”不在行政区划库中，未检查外地地名: the name says its county.
    speech = tmp_path / "speech.md"
    speech.write_text("# 在全镇秋冬季火灾防控工作部署会上的讲话\n\n同志们：\n\n平度市各村（社区）要立即行动，把火灾隐患排查到位。\n",
                      encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--place", "莱州市沙河镇", str(speech)])
    assert "平度市" in result.output
    assert "按其所属的“莱州市”所辖范围检查外地地名" in result.output


@pytest.mark.parametrize(
    "sentence", ["谁牵头、谁配合、什么时候完成都要讲清楚。", "项目建成都要组织验收。", "我们要扩大连锁经营。", "要加快形成都市圈发展格局。"]
)
def test_a_verb_ending_in_a_place_names_first_character_is_no_place(tmp_path, sentence) -> None:
    # The self-check of a 蜀山区 draft said 错误 foreign-place “成都” of its own sentence 什么时候完成都要讲清楚:
    # 完成 (and 建成, 扩大) are far commoner words than 成都 (大连), whatever follows them.
    speech = tmp_path / "speech.md"
    speech.write_text(f"# 在全区重点项目建设推进会上的讲话\n\n同志们：\n\n{sentence}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--place", "合肥市蜀山区", str(speech)])
    assert " 外地地名 " not in result.output, result.output


@pytest.mark.parametrize(("sentence", "place"), [("要学习成都的经验。", "成都"), ("赴大连考察学习。", "大连"),
                                                 ("到长沙调研。", "长沙"), ("到成都市调研。", "成都市")])
def test_a_place_after_an_ordinary_verb_is_still_found(tmp_path, sentence, place) -> None:
    speech = tmp_path / "speech.md"
    speech.write_text(f"# 在全区重点项目建设推进会上的讲话\n\n同志们：\n\n{sentence}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--place", "合肥市蜀山区", str(speech)])
    assert f"“{place}”" in result.output, result.output
