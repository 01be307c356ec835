"""A saved page's footer (版权所有 … ICP备XXXXXXXX号 网站标识码：XXXXXXXXXX) is the site's, not the writer's placeholder (#13)."""

from __future__ import annotations

from pathlib import Path

from drafter.check import check_file, check_text

SPEECH = """在全县安全生产工作会议上的讲话
同志们：
今天召开全县安全生产工作会议，主要任务是部署今年的安全生产工作。下面，我讲两点意见。
一、提高认识
安全生产是发展的底线，各乡镇、县直各部门要高度重视。
二、压实责任
要层层压实责任，确保各项措施落到实处。
同志们，做好安全生产工作责任重大，让我们共同努力。
"""
FOOTER = "版权所有：XX县人民政府办公室 备案号：X ICP备XXXXXXXX号 网站标识码：XXXXXXXXXX"


def _placeholders(report) -> list[str]:
    return [f.text for f in report.findings if f.rule == "placeholder"]


def test_a_saved_pages_footer_is_no_placeholder(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>\n" for line in SPEECH.splitlines())
    page = tmp_path / "讲话.html"
    page.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}<div>{FOOTER}</div>\n'
                    "<div>主办单位：XX县人民政府 技术支持：XX网络</div></body></html>", encoding="utf-8")  # fmt: skip
    assert _placeholders(check_file(page)) == []


def test_a_copied_pages_footer_line_is_no_placeholder_but_the_speechs_is() -> None:
    assert _placeholders(check_text(SPEECH + FOOTER + "\n")) == []
    flawed = SPEECH.replace("各乡镇、县直各部门", "XX乡镇、县直各部门") + FOOTER + "\n"
    assert _placeholders(check_text(flawed)) == ["XX"]
    # footer words inside a sentence of the speech are the speech's: its placeholder is reported
    said = SPEECH.replace("确保各项措施落到实处。", "确保各项措施落到实处。主办单位：XX县人民政府。")
    assert _placeholders(check_text(said)) == ["XX"]


def test_a_section_lead_in_answering_a_question_goes_with_the_question() -> None:
    from drafter.render.sections import without_lead_in

    # the point's own lead-in has said the count; the section's 以下 sentence goes, and with it the question it answers
    intro = "粮食要稳产增产，根子在耕地，关键在农田的质量。这项工作为什么要下大力气抓，我想从以下三个方面讲一讲。"
    assert without_lead_in([intro]) == ["粮食要稳产增产，根子在耕地，关键在农田的质量。"]
    # a statement before the lead-in stays, ended where the lead-in began
    said = "城市管理，群众每天都看在眼里，要统筹推进以下三项工作："
    assert without_lead_in([said]) == ["城市管理，群众每天都看在眼里。"]


def test_a_bureaus_integrity_speech_speaks_of_its_own_party_bodies() -> None:
    from work_drafts import draft_text

    seen = ""
    for seed in (1, 2, 4):
        text = draft_text("桐城市", "市教育局2026年党风廉政建设工作会议", seed, 20)
        seen += text
        # the level's bodies are not the bureau's: no 党委（党组） or 纪委监委 asked to do the bureau's part
        assert "党委（党组）" not in text and "纪委监委" not in text, text
        assert "审议同意" not in text and "审议通过" not in text  # no 常委会-passed report at a bureau's meeting
    assert "派驻纪检监察组" in seen and "局党组" in seen
    level = "".join(draft_text("桐城市", "全市党风廉政建设工作会议", seed, 20) for seed in (1, 2, 4))
    assert "纪委监委" in level and "派驻纪检监察组" not in level


def test_a_problem_written_as_a_clause_is_not_said_after_zhuyaoshi() -> None:
    from work_drafts import draft_text

    text = draft_text("长兴县", "全县民营企业家座谈会", 7, None, problems=["企业融资难融资贵问题仍然存在"])
    assert "难处主要是企业融资难融资贵问题。" in text
    assert "问题仍然存在" not in text
    text = draft_text("长兴县", "全县安全生产工作会议", 7, 10, problems=["安全隐患依然存在"])
    assert "不容忽视的问题：安全隐患依然存在。" in text
    text = draft_text("长兴县", "全县安全生产工作会议", 7, 10, problems=["部分企业主体责任落实不到位"])
    assert "部分企业主体责任落实不到位" in text and "：部分企业" not in text






def test_a_training_class_on_a_work_long_on_its_own_text_forms_at_the_length_asked() -> None:
    """机关党建 deploys only its own areas at its own meetings (review36); a 培训班开班式's own hopes are no borrowed work."""
    from work_drafts import draft_made

    for minutes in (10, 15):
        draft = draft_made("南通市", "全市机关党建工作培训班开班式", 1, minutes)
        han = sum(1 for c in draft.text if "\u4e00" <= c <= "\u9fff")
        assert abs(han - minutes * 200) <= minutes * 200 * 0.15, (minutes, han)
        assert "学员" in draft.text and "机关党建" in draft.text
