"""Drafts read as the leader's writer would, session 37: a teleconference is short on 认识 and long on the deployment it
is called for; a long 调度会 gives each point comparable weight (tele37)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from tests.work_drafts import draft_text


def _han(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text))


def _points(text: str) -> list[str]:
    return text.split("\n## ")[1:]


# ---------- a teleconference: 认识 at most a third, the deployment the body ----------


# Read (南京市鼓楼区 全区防汛工作视频会议, seed 5): 认识 (天气形势、工程欠账、基层能力) 705 of 1,436 characters, the
# deployment (预警叫应、转移、巡查) 347; 清河县's and 南通市's 防汛 电视电话会议 the same, half their length on 认识.
@pytest.mark.parametrize(
    ("place", "meeting", "seeds"),
    [
        ("清河县", "全县防汛工作电视电话会议", (1, 2, 3)),
        ("南通市", "全市防汛工作电视电话会议", (2, 4)),
        ("葛仙庄镇", "全镇安全生产视频会议", (1, 3, 4)),
        ("清河县", "全县森林防火工作电视电话会议", (1, 4)),
    ],
)
def test_a_teleconference_says_its_recognition_in_two_sub_points_and_a_third_of_the_speech(
    place: str, meeting: str, seeds: tuple[int, ...]
) -> None:
    for seed in seeds:
        text = draft_text(place, meeting, seed)
        first = _points(text)[0]
        assert _han(first) < _han(text) / 3, (seed, _han(first), _han(text))
        assert "（三）" not in first, (seed, first[:200])
        assert _han(_points(text)[1]) > _han(first), seed  # the deployment is the body


# Read (review35): 鼓楼区's 防汛 视频会议 lost 预警要叫应到人 when its task point gathered areas of three sub-points each.
@pytest.mark.parametrize("seed", range(1, 7))
def test_a_flood_teleconference_keeps_every_step_of_its_deployment(seed: int) -> None:
    text = draft_text("南京市鼓楼区", "全区防汛工作视频会议", seed)
    deployment = _points(text)[1]
    assert all(w in deployment for w in ("叫应", "值班", "转移", "巡查")), (seed, deployment[:300])
    # the deployment the meeting is called for comes first, then the area gathered after it
    assert deployment.index("叫应") < deployment.find("（二）") or "（二）" not in deployment, seed


# Read (重庆市 全市防汛工作电视电话会议, seed 1): the 堤防 area gathered under the deployment said 一有险情就早发现、早报告、
# 早处置 … 把险情消灭在萌芽阶段, which 巡查抢险要到点到位 had said a paragraph before.
@pytest.mark.parametrize(("place", "seed"), [("重庆市", 1), ("清河县", 2), ("南通市", 3), ("南京市鼓楼区", 4)])
def test_an_area_gathered_under_a_teleconferences_deployment_says_none_of_its_phrases_again(place: str, seed: int) -> None:
    scope = "全区" if place.endswith("区") else "全县" if place.endswith("县") else "全市"
    text = draft_text(place, f"{scope}防汛工作电视电话会议", seed)
    assert text.count("消灭在萌芽") <= 1, seed


def test_a_teleconference_draft_with_a_gathered_area_can_be_updated_and_swapped(tmp_path: Path, monkeypatch) -> None:
    # The record holds the gathered area as a second 任务 point: a swap of 一 once said it did not fit 认识、任务、保障.
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    args = ["draft", "--no-input", "--seed", "5", "--set", "place=南京市鼓楼区", "--set", "meeting=全区防汛工作视频会议"]
    assert runner.invoke(app, [*args, "-o", "稿.md"], catch_exceptions=False).exit_code == 0
    before = (tmp_path / "稿.md").read_text(encoding="utf-8")
    assert "\n1." in _points(before)[1]  # this draft gathers an area under its deployment (sections of 1. 2.)
    result = runner.invoke(app, ["update", "稿.md", "--set", "problems=部分社区防汛物资储备不足"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    after = (tmp_path / "稿.md").read_text(encoding="utf-8")
    assert _points(after)[1:] == _points(before)[1:]
    result = runner.invoke(app, ["update", "稿.md", "--swap", "一"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    swapped = (tmp_path / "稿.md").read_text(encoding="utf-8")
    assert _points(swapped)[0] != _points(after)[0] and _points(swapped)[1:] == _points(after)[1:]


# ---------- a long 调度会: points of comparable weight ----------


# Read (清河县 全县重点项目调度会, 30 minutes, seed 1): six points, 四、 and 五、 general sections of an eleventh of the
# speech each (统筹发展和安全, 站稳人民立场), chosen over five points for 30 characters nearer the length.
@pytest.mark.xfail(
    reason="open (session 37): tele37's fit rule (no point under an eighth) changed 巡察 drafts (test_review35b) and was "
    "reverted at the merge",
    strict=False,
)
@pytest.mark.parametrize(
    ("place", "meeting", "seeds"),
    [("清河县", "全县重点项目调度会", (1, 3)), ("南通市", "全市重点项目调度会", (1, 2))],
)
def test_a_thirty_minute_dispatch_speech_gives_each_point_an_eighth_of_it(
    place: str, meeting: str, seeds: tuple[int, ...]
) -> None:
    for seed in seeds:
        lengths = [_han(p) for p in _points(draft_text(place, meeting, seed, minutes=30))]
        assert min(lengths) > sum(lengths) / 8, (seed, lengths)
        assert abs(sum(lengths) - 6000) < 600 * 1.2, (seed, lengths)  # still about 30 minutes
