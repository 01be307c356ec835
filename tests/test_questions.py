"""Questions about place and meeting, meeting names read as a writer reads them, dates."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from typer.testing import CliRunner

from drafter.check import check_text
from drafter.cli import app
from drafter.drafting import DraftRequest, make_draft
from drafter.meeting import parse_meeting
from drafter.model import Variable
from drafter.render.values import normalize_date


class Script:
    """A prompt that answers from a list (by variable name) and records every question."""

    def __init__(self, answers: dict[str, Iterable[str]]) -> None:
        self.answers = {k: list(v) for k, v in answers.items()}
        self.asked: list[Variable] = []

    def __call__(self, var: Variable) -> str:
        self.asked.append(var)
        queue = self.answers.get(var.name)
        return queue.pop(0) if queue else ""

    def prompts(self, name: str) -> list[str]:
        return [v.prompt for v in self.asked if v.name == name]


def draft(prompt: Script, *sets: str):
    return make_draft(DraftRequest(sets=sets, seed=1), prompt=prompt)


def test_derived_level_upper_work_and_kind_are_shown_and_confirmed():
    script = Script({"place": ["江阴市"], "meeting": ["全市乡村振兴工作推进会"]})
    result = draft(script)
    defaults = {v.name: v.default for v in script.asked}
    assert defaults["level"] == "县级市" and defaults["superior"] == "无锡市"
    assert defaults["work"] == "乡村振兴工作" and defaults["kind"] == "推进会"
    assert result.draft.template == "advance"
    assert result.draft.answers["superior"] == "无锡市"


def test_a_derived_answer_can_be_changed():
    script = Script({"place": ["清河县"], "meeting": ["全县教育工作会议"], "kind": ["座谈会"]})
    result = draft(script)
    assert result.draft.template == "symposium"
    assert result.draft.answers["kind"] == "座谈会"


def test_a_wrong_answer_is_asked_again_with_the_choices():
    script = Script(
        {
            "place": ["花果山"],
            "meeting": ["全旗统计工作会议"],  # general material: it names the 旗委 it speaks for
            "level": ["火星", "旗"],
            "awards": ["也许", "否"],
        }
    )
    result = draft(script)
    level_prompts = script.prompts("level")
    assert len(level_prompts) == 2 and "火星" in level_prompts[1] and "自治州" in level_prompts[1]
    assert result.draft.answers["place_kind"] == "旗" and "旗委" in result.draft.text
    awards = script.prompts("awards")
    assert len(awards) == 2 and "也许" in awards[1]
    assert not any(
        "awards" in v.prompt for v in script.asked
    )  # no internal key in what the user reads


def test_a_meeting_of_another_level_is_asked_about_and_can_be_renamed():
    script = Script(
        {
            "place": ["清河县"],
            "meeting": ["全市招商引资大会", "全县招商引资大会"],
            "scope_ok": ["否"],
        }
    )
    result = draft(script)
    assert "全市" in script.prompts("scope_ok")[0]
    assert result.draft.answers["meeting"] == "全县招商引资大会"
    assert not [f for f in result.findings if f.rule == "meeting-scope"]


def test_without_questions_a_meeting_of_another_level_is_a_warning():
    result = make_draft(DraftRequest(sets=("place=清河县", "meeting=全市招商引资大会"), seed=1))
    warning = next(f for f in result.findings if f.rule == "meeting-scope")
    assert "全市" in warning.message and "全县" in warning.message


def test_interactive_session_re_asks_through_the_cli():
    # place, meeting, level (wrong, then right), work, kind, awards, speeches, four optional facts, speaker,
    # date, targets
    answers = "花果山\n全旗统计工作会议\n火星\n旗\n\n\n\n\n" + "\n" * 4 + "\n2026.3.8\n\n"
    result = CliRunner().invoke(app, ["draft", "--seed", "1"], input=answers)
    assert result.exit_code == 0, result.output
    assert "不是可选的层级" in result.stderr and "旗委" in result.stdout
    assert "2026年3月8日" in result.stdout
    assert "awards" not in result.stderr


@pytest.mark.parametrize(
    ("name", "scope", "year", "session", "work", "kind", "convenor"),
    [("全县乡村振兴工作推进会", "全县", "", "", "乡村振兴工作", "推进会", "党委和政府"),
     ("全县2024年安全生产工作会议", "全县", "2024", "", "安全生产工作", "工作会议", "党委和政府"),
     ("县委农村工作会议", "县委", "", "", "农村工作", "工作会议", "党委"),
     ("全县2026年党风廉政建设工作会议", "全县", "2026", "", "党风廉政建设工作", "工作会议", "纪委"),
     ("全县妇女儿童工作领导小组全体会议", "全县", "", "", "妇女儿童工作", "领导小组会议", "领导小组"),
     ("全州2025年第三次安全生产工作会议", "全州", "2025", "第三次", "安全生产工作", "工作会议", "党委和政府"),
     ("全旗防汛工作电视电话会议", "全旗", "", "", "防汛工作", "电视电话会议", "党委和政府"),
     ("全县优秀教师表彰大会", "全县", "", "", "教育工作", "表彰大会", "党委和政府"),
     ("全市妇女维权联席会议", "全市", "", "", "妇女维权工作", "联席会议", "领导小组"),
     ("全街道安全生产培训班开班式", "全街道", "", "", "安全生产工作", "培训班开班式", "党委和政府"),
     ("县政府安全生产工作座谈会", "县政府", "", "", "安全生产工作", "座谈会", "政府"),
     ("全县森林防火工作动员部署会", "全县", "", "", "森林防火工作", "动员部署会", "党委和政府"),
     ("全县安全生产专项整治总结会", "全县", "", "", "安全生产专项整治工作", "总结会", "党委和政府")],
)  # fmt: skip
def test_meeting_names_are_read_as_a_writer_reads_them(
    name, scope, year, session, work, kind, convenor
):
    m = parse_meeting(name)
    assert (m.scope, m.year, m.session, m.work, m.kind.name, m.convenor.name) == (
        scope,
        year,
        session,
        work,
        kind,
        convenor,
    )


@pytest.mark.parametrize(
    ("given", "written"),
    [("2026-03-08", "2026年3月8日"), ("2026.3.8", "2026年3月8日"), ("2026/03/08", "2026年3月8日"),
     ("2026年03月08号", "2026年3月8日"), ("2026年3月8日", "2026年3月8日"), ("2026年3月上旬", "2026年3月上旬")],
)  # fmt: skip
def test_dates_are_normalised(given, written):
    assert normalize_date(given) == written


def test_check_reports_numeric_and_spoken_dates():
    text = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n会议于2026-03-08召开，文件2026.3.8印发，3月8号报送。\n"
    found = [f for f in check_text(text, place="清河县").findings if f.rule == "date-format"]
    assert {f.text for f in found} == {"2026-03-08", "2026.3.8", "8号"}
    assert any("2026年3月8日" in f.suggestion for f in found)


def test_an_ambiguous_place_takes_its_kind_from_the_meeting_and_asks_for_its_superior():
    script = Script(
        {"place": ["朝阳"], "meeting": ["全区统计工作会议"], "superior": ["沈阳市", "长春市"]}
    )
    result = draft(script)
    level = next(v for v in script.asked if v.name == "level")
    assert level.default == "市辖区"  # derived from 全区 and shown, not asked blind
    superior = script.prompts("superior")
    assert len(superior) == 2 and "北京市" in superior[1] and "长春市" in superior[1]
    assert result.draft.answers["superior"] == "长春市" and "区委、区政府" in result.draft.text


def test_the_cli_shows_what_it_derived():
    # place, meeting, then Enter to confirm level, superior, work and kind; awards, speeches, four optional
    # facts, speaker, date, targets
    answers = "江阴市\n全市乡村振兴工作推进会\n" + "\n" * 6 + "\n" * 4 + "\n\n\n"
    result = CliRunner().invoke(app, ["draft", "--seed", "1"], input=answers)
    assert result.exit_code == 0, result.output
    for shown in ("[县级市]", "[无锡市]", "[乡村振兴工作]", "[推进会]"):
        assert shown in result.stderr
    assert "按 江阴市（县级市，上级 无锡市）、推进会、乡村振兴工作 起草" in result.stderr
    assert "无锡市委" in result.stdout or "省委" not in result.stdout
