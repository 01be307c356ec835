"""`drafter check`: each rule fires on the mistake a reviewer would catch, and stays quiet on the near-miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.check import check_file, check_text, fix_file, fix_text
from drafter.cli import app
from drafter.errors import UsageError

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "women-children-conference-speeches.txt"

CLEAN = """\
# 在全县妇女儿童工作会议上的讲话

同志们：

今天，我们召开全县妇女儿童工作会议，主要任务是贯彻落实全市妇女儿童工作会议精神，总结成绩，安排部署今后一个时期的工作。刚才，表彰了先进，我代表县委、县政府向受到表彰的先进集体和先进个人表示热烈的祝贺！下面，我讲三点意见。

## 一、提高认识，增强做好妇女儿童工作的责任感

近年来，在市委、市政府的坚强领导下，我县妇女儿童工作走在全市前列。2025年3月，县妇儿工委召开了全体会议。我们常常说，妇女儿童工作人人有责，要实实在在地为妇女儿童办实事，的的确确把好事办好。

## 二、突出重点，推动妇女儿童事业全面发展

各级各部门要紧紧围绕规划目标，重点抓好以下三个方面：

（一）促进妇女全面发展。一是推动妇女充分就业；二是加强妇女健康保障；三是提高妇女参与决策管理的水平。

（二）促进儿童健康成长。要落实县直各部门的责任，层层抓落实，处处见成效。

（三）维护妇女儿童合法权益。近10年来，全县依法办理了一批案件，认真落实中央1号文件精神。

## 三、加强领导，形成工作合力

一要强化组织领导。各乡镇（街道）要把妇女儿童工作摆上重要位置。

二要强化资金保障。要把经费纳入财政预算，促进社会稳定和和谐发展。

同志们，妇女儿童工作直接关系到千家万户的幸福安康。让我们携手努力，为建设幸福清河作出新的更大贡献！
"""


def rules(report, rule: str) -> list:
    return [f for f in report.findings if f.rule == rule]


def check(text: str, **kw):
    kw.setdefault("place", "清河县")
    return check_text(text, **kw)


# ------------------------------------------------------------------ clean speech


def test_a_clean_speech_has_no_errors_and_no_warnings():
    report = check(CLEAN)
    assert [f for f in report.findings if f.rule != "duration"] == []
    assert report.errors == 0
    assert (report.place, report.level) == ("清河县", "县")


def test_inferred_place_and_level_are_reported():
    report = check_text(CLEAN)
    assert report.level == "县"
    assert "全县" in report.inferred["level"]
    titled = check_text(CLEAN.replace("在全县妇女儿童工作会议", "在南通市妇女儿童工作会议"))
    assert (titled.place, titled.level) == ("南通市", "市")
    assert "标题" in titled.inferred["place"]


def test_level_is_inferred_from_we_and_scope_words_without_a_title():
    text = "同志们：\n\n我县妇女儿童工作取得新成绩，全县上下齐心协力，我县将继续努力。\n"
    assert check_text(text).level == "县"


# ------------------------------------------------------------------ count-mismatch


def test_three_points_announced_four_given():
    text = CLEAN.replace("## 三、加强领导", "## 三、加强宣传\n\n要加强宣传。\n\n## 四、加强领导")
    (finding,) = rules(check(text), "count-mismatch")
    assert finding.severity == "error"
    assert finding.line == 5
    assert finding.text == "讲三点意见"
    assert "4" in finding.message and "四" in finding.suggestion


def test_announced_sub_points_are_counted_under_their_point():
    text = CLEAN.replace("以下三个方面", "以下五个方面")
    (finding,) = rules(check(text), "count-mismatch")
    assert finding.line == 13 and "3" in finding.message


def test_digits_and_run_in_series_count_too():
    text = "同志们：\n\n下面，我讲4点意见。\n\n一要强化领导。\n\n二要强化保障。\n\n三要强化宣传。\n"
    (finding,) = rules(check(text), "count-mismatch")
    assert "3" in finding.message


@pytest.mark.parametrize("change", [("我讲三点意见", "我讲几点意见"), ("我讲三点意见", "我讲以下几个方面")])
def test_vague_counts_are_not_checked(change):
    assert rules(check(CLEAN.replace(*change)), "count-mismatch") == []


def test_an_announcement_with_no_numbered_points_after_it_is_left_alone():
    text = "同志们：\n\n会上，领导提出了三点要求，大家深受鼓舞。\n"
    assert rules(check(text), "count-mismatch") == []


# ------------------------------------------------------------------ numbering


def test_gap_and_duplicate_in_headings():
    gap = rules(check(CLEAN.replace("## 三、加强领导", "## 四、加强领导")), "numbering")
    assert [(f.line, f.text) for f in gap] == [(21, "四、")]
    assert "三" in gap[0].message
    dup = rules(check(CLEAN.replace("（三）维护", "（二）维护")), "numbering")
    assert [(f.line, f.text) for f in dup] == [(19, "（二）")]
    assert "重复" in dup[0].message


def test_wrong_heading_forms():
    text = CLEAN.replace("（一）促进", "（一）、促进") + "\n1、第一项\n"
    found = {f.text: f for f in rules(check(text), "numbering")}
    assert "（一）、" in found and "（一）" in found["（一）、"].suggestion
    assert "1、" in found and "1." in found["1、"].suggestion


def test_run_in_series_with_a_missing_member():
    text = CLEAN.replace("二是加强妇女健康保障；", "")
    (finding,) = rules(check(text), "numbering")
    assert finding.text == "三是" and "二是" in finding.message
    assert finding.line == 15


def test_run_in_series_of_yao_with_a_gap():
    text = CLEAN.replace("二要强化资金保障", "三要强化资金保障")
    (finding,) = rules(check(text), "numbering")
    assert finding.text == "三要" and "二要" in finding.message


def test_numbering_restarts_under_each_heading_and_in_each_speech():
    two = CLEAN + "\n" + CLEAN.replace("# 在全县", "## 在全县")
    assert rules(check(two), "numbering") == []
    assert rules(check(two), "count-mismatch") == []


def test_yi_shi_after_a_comma_is_still_counted():
    text = "同志们：\n\n要克服两种倾向，一是认为这是私事；二是认为不便管。\n"
    assert rules(check(text), "numbering") == []


# ------------------------------------------------------------------ placeholder


@pytest.mark.parametrize("filler", ["XX同志", "20xx年", "××", "×××", "某某", "【待补】", "TODO"])
def test_placeholders_are_errors(filler):
    text = CLEAN.replace("2025年3月", f"{filler}3月")
    (finding,) = rules(check(text), "placeholder")
    assert finding.severity == "error" and finding.line == 9
    assert filler.startswith(finding.text[:2])


def test_no_placeholder_in_real_numbers_and_words():
    text = CLEAN.replace("2025年3月", "2025年3月，XXL 号衣服，3×4 米")
    assert rules(check(text), "placeholder") == []


@pytest.mark.parametrize(
    ("filled", "mask"), [("全县12个贫困村", "×个"), ("2025年", "20*年"), ("城关镇2025年", "*镇**年"), ("王书记", "x书记"), ("清河县", "X县")]
)
def test_one_or_two_mask_characters_are_placeholders(filled, mask):
    # A page's template masks a number, a year or a name with one or two ×, *, x (batch 16's work set met ×个贫困村,
    # 20*年, *镇**年 and x书记 unreported); the same line filled in is clean.
    assert rules(check(CLEAN.replace("2025年3月", f"{filled}，3月")), "placeholder") == []
    found = rules(check(CLEAN.replace("2025年3月", f"{mask}，3月")), "placeholder")
    assert found and "".join(f.text for f in found) == mask.rstrip("个年镇书记县").replace("镇", "")


def test_markdown_bold_and_multiplication_are_no_masks():
    text = CLEAN.replace("2025年3月", "**一年来的工作**，3×5个点位，5*2个班组，x轴，X光机，3月")
    assert rules(check(text), "placeholder") == []


@pytest.mark.parametrize("line", ["〔待补：人数〕", "□□", "〇〇", "FIXME", "TBD", "ＸＸ", "ｘｘ", "某某同志", "＊镇", "【此处填写】"])
def test_a_line_of_only_a_placeholder_is_reported(line):
    # check_placeholders searches only a line holding one of its patterns' characters (#18): every kind is one of them
    from drafter.check.lines import check_placeholders

    assert check_placeholders(line, 1)


@pytest.mark.parametrize("line", ["23年底", "２３年底", "2026-03-08", "03月", "3月8号", "二0二六年", "第五季度", "4月31日"])
def test_a_line_of_only_a_date_is_checked(line):
    # check_dates searches only a line holding 年, an ASCII digit, 号, 月 or 季度 (#18)
    from drafter.check.lines import check_dates

    assert check_dates(line, 1)


# ------------------------------------------------------------------ level-mix


def test_other_level_words_in_a_county_speech():
    text = CLEAN.replace("我县妇女儿童工作", "我市妇女儿童工作").replace("县直各部门", "市直各部门")
    found = rules(check(text), "level-mix")
    assert [f.text for f in found] == ["我市", "市直"]
    assert found[0].suggestion.startswith("改为“我县”")


def test_own_scope_word_of_the_superior_is_an_error_when_used_as_own():
    text = CLEAN.replace("今天，我们召开全县妇女儿童工作会议", "今天，我们召开全市妇女儿童工作会议")
    assert [f.text for f in rules(check(text), "level-mix")] == ["全市"]


def test_superiors_and_rankings_are_fine():
    # 市委、市政府 (the superior), 走在全市前列, 贯彻全市…会议精神 are all in CLEAN.
    assert rules(check(CLEAN), "level-mix") == []


def test_county_words_in_a_city_speech():
    text = CLEAN.replace("我县妇女儿童工作", "我市妇女儿童工作，我县")
    found = rules(check(text, place="南通市"), "level-mix")
    assert "我县" in [f.text for f in found]
    assert "全县（市、区）" not in [f.text for f in rules(check("全县（市、区）要抓好落实。", place="南通市"), "level-mix")]


# ------------------------------------------------------------------ foreign-place


def test_a_place_of_another_city_is_an_error():
    text = CLEAN.replace("幸福清河", "幸福侨乡江门")
    (finding,) = rules(check(text, place="南通市"), "foreign-place")
    assert finding.text == "江门" and "广东省" in finding.message
    assert finding.severity == "error"


def test_own_place_superiors_and_subordinates_are_fine():
    text = CLEAN.replace("幸福清河", "幸福南通、强富美高新江苏，学习如皋市和北京的经验")
    assert rules(check(text, place="南通市"), "foreign-place") == []


def test_ordinary_words_that_are_also_place_names_do_not_fire():
    text = CLEAN.replace("幸福清河", "和平安康的新区，欢迎各位来宾")
    assert rules(check(text, place="南通市"), "foreign-place") == []


# ------------------------------------------------------------------ repeated-char


@pytest.mark.parametrize("typo,run", [("工作的的成绩", "的的"), ("环境和和和质量", "和和和"), ("是是", "是是")])
def test_doubled_characters(typo, run):
    text = CLEAN.replace("办实事", "办实事，" + typo)
    (finding,) = rules(check(text), "repeated-char")
    assert finding.text == run and finding.line == 9


def test_real_reduplications_are_fine():
    text = CLEAN.replace("办实事", "办实事，看看谢谢天天家家户户，为了了解情况，人人人")
    found = rules(check(text), "repeated-char")
    assert [f.text for f in found] == ["人人人"]  # tripled is a typo …


def test_a_word_ending_in_ren_before_renren_is_not_a_typo():
    text = CLEAN.replace("办实事", "办实事，保护未成年人人人有责，关爱老年人人人参与")
    assert rules(check(text), "repeated-char") == []  # … unless a word ending in 人 meets 人人


# ------------------------------------------------------------------ halfwidth-punct


def test_halfwidth_punctuation_after_chinese():
    text = CLEAN.replace("提高认识，增强", "提高认识,增强").replace("（一）促进", "(一)促进")
    found = rules(check(text), "halfwidth-punct")
    assert [(f.line, f.column) for f in found] == [(7, 10), (15, 1)]
    assert found[0].severity == "warning"


def test_decimals_and_latin_text_are_not_halfwidth_findings():
    text = CLEAN.replace("2025年3月", "达标率97.22%，使用 Word, Excel 等软件，2025年3月")
    assert rules(check(text), "halfwidth-punct") == []


# ------------------------------------------------------------------ date-format


@pytest.mark.parametrize("bad", ["25年3月", "2025年03月", "3月8号"])
def test_bad_date_forms(bad):
    text = CLEAN.replace("2025年3月", bad)
    (finding,) = rules(check(text), "date-format")
    assert finding.line == 9


def test_durations_and_document_numbers_are_not_dates():
    # 近10年来 and 中央1号文件 are in CLEAN.
    assert rules(check(CLEAN), "date-format") == []


# ------------------------------------------------------------------ duration


def test_duration_at_the_given_rate():
    text = "同志们：\n\n" + "妇女儿童工作很重要。" * 40 + "\n"  # 360 Han characters
    report = check(text, rate=180)
    assert report.duration_minutes == 2.0
    (finding,) = rules(report, "duration")
    assert finding.severity == "info"


# ------------------------------------------------------------------ fix


def test_fix_text_changes_only_mechanical_things():
    text = "一、总体要求,抓好落实\n（一）、加强领导\n1、明确责任\n(二)强化保障:落实到位\n达标率97.22%\n"
    fixed, changes = fix_text(text)
    assert fixed == "一、总体要求，抓好落实\n（一）加强领导\n1.明确责任\n（二）强化保障：落实到位\n达标率97.22%\n"
    assert {c.rule for c in changes} == {"halfwidth-punct", "numbering"}
    assert fix_text(fixed) == (fixed, [])


def test_fix_file_keeps_a_backup_and_the_encoding(tmp_path):
    path = tmp_path / "讲话.txt"
    original = "同志们：\n\n今天,我们召开会议。\n".encode("gb18030")
    path.write_bytes(original)
    result = fix_file(path)
    assert Path(result.backup).read_bytes() == original
    assert path.read_bytes().decode("gb18030") == "同志们：\n\n今天，我们召开会议。\n"
    assert fix_file(path).backup is None  # nothing left to fix: no second backup


def test_fix_never_touches_a_docx(tmp_path):
    path = tmp_path / "讲话.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UsageError, match="docx"):
        fix_file(path)


def test_unknown_level_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(CLEAN, encoding="utf-8")
    with pytest.raises(UsageError):
        check_file(path, level="村")


# ------------------------------------------------------------------ CLI

runner = CliRunner()


def write(tmp_path: Path, text: str, name: str = "讲话.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_exit_codes_and_lines(tmp_path):
    clean = write(tmp_path, CLEAN)
    result = runner.invoke(app, ["check", str(clean), "--place", "清河县"])
    assert result.exit_code == 0, result.output
    assert "错误 0 处" in result.stdout
    bad = write(tmp_path, CLEAN.replace("办实事", "办的的实事"), "bad.md")
    result = runner.invoke(app, ["check", str(bad)])
    assert result.exit_code == 3
    assert f"{bad}:9:" in result.stdout and "错误 重复字" in result.stdout and "（建议：" in result.stdout
    assert "层级：县（标题中的“全县”）" in result.stdout


def test_cli_json(tmp_path):
    path = write(tmp_path, CLEAN.replace("2025年", "20xx年"))
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["level"] == "县" and "level" in data["inferred"]
    assert data["duration_minutes"] > 0
    (finding,) = [f for f in data["findings"] if f["rule"] == "placeholder"]
    assert set(finding) == {"rule", "name", "severity", "line", "column", "text", "message", "suggestion"}
    assert (finding["severity"], finding["line"], finding["text"], finding["name"]) == ("error", 9, "20xx", "占位符")


def test_cli_fix_reports_changes_and_backup(tmp_path):
    path = write(tmp_path, CLEAN.replace("提高认识，增强", "提高认识,增强"))
    result = runner.invoke(app, ["check", str(path), "--fix"])
    assert result.exit_code == 0, result.output
    assert "已修正 1 处" in result.stderr and ".bak" in result.stderr
    assert path.read_text(encoding="utf-8") == CLEAN
    assert (tmp_path / "讲话.md.bak").exists()


def test_cli_errors_are_messages_not_tracebacks(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nope.md")])
    assert result.exit_code == 1 and "文件不存在" in result.stderr
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["check", str(docx), "--fix"])
    assert result.exit_code == 2 and ".docx" in result.stderr
    result = runner.invoke(app, ["check", str(write(tmp_path, CLEAN)), "--level", "村"])
    assert result.exit_code == 2 and "层级" in result.stderr
    assert runner.invoke(app, ["check", "--help"]).exit_code == 0


# ------------------------------------------------------------------ the real corpus


@pytest.fixture(scope="module")
def corpus_report():
    if not CORPUS.exists():
        pytest.skip("shared corpus not available")
    return check_file(CORPUS)


def test_corpus_three_points_announced_four_given(corpus_report):
    found = [(f.line, f.text) for f in rules(corpus_report, "count-mismatch")]
    assert (189, "讲三点意见") in found  # 篇四


def test_corpus_tripled_he_and_placeholders(corpus_report):
    assert [f.line for f in rules(corpus_report, "repeated-char")] == [61, 97]
    placeholder_lines = {f.line for f in rules(corpus_report, "placeholder")}
    assert placeholder_lines == {55, 61, 71, 91, 97, 105}
    assert all(f.text == "20xx" for f in rules(corpus_report, "placeholder"))


def test_corpus_halfwidth_punctuation_lines(corpus_report):
    lines = {f.line for f in rules(corpus_report, "halfwidth-punct")}
    assert {19, 25, 29, 51, 53, 185, 187} <= lines
    assert not lines & {13, 59}  # lines in full-width punctuation stay quiet


def test_corpus_speeches_do_not_produce_bogus_numbering(corpus_report):
    # Six speeches in one file, each restarting at 一、: no numbering finding is a gap or duplicate.
    assert rules(corpus_report, "numbering") == []
    levels = [s["level"] for s in corpus_report.inferred["speeches"]]
    # The last is a news report on a provincial meeting: 第六次湖南省妇女儿童工作会议, 全省 four times and 许达哲代表省委政府
    # (the speaker speaks for the province's bodies: wild24) make it the province's, against the file's 市.
    assert levels == ["市", "市", "市", "市", "县", "省"]
    assert rules(corpus_report, "level-mix") == []


def test_corpus_clean_real_speeches_have_no_errors():
    if not CORPUS.exists():
        pytest.skip("shared corpus not available")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    for first, last in [(11, 52), (135, 182), (221, 233)]:  # 篇一, 篇三 (both 市) and the 篇五 news report
        report = check_text("\n".join(lines[first - 1 : last]))
        assert report.errors == 0, [f for f in report.findings if f.severity == "error"]


def test_docx_findings_use_paragraph_numbers(tmp_path):
    import docx

    document = docx.Document()
    for text in ["在全县妇女儿童工作会议上的讲话", "同志们：", "今天，我们召开会议，XX同志作了报告。"]:
        document.add_paragraph(text)
    path = tmp_path / "讲话.docx"
    document.save(str(path))
    (finding,) = rules(check_file(path), "placeholder")
    assert (finding.line, finding.text) == (3, "XX同志")


def test_sub_points_that_do_not_restart_under_a_new_point():
    text = CLEAN.replace("一要强化组织领导", "（四）强化组织领导").replace("二要强化资金保障", "（五）强化资金保障")
    found = rules(check(text), "numbering")
    assert [(f.line, f.text) for f in found] == [(23, "（四）")]
    assert "重新开始" in found[0].message and "（一）" in found[0].suggestion


def test_a_gap_in_an_announced_series_is_reported_once_as_numbering():
    text = "同志们：\n\n最后，我再强调三点：一是要加强值班值守；三是要及时报送信息。\n"
    report = check(text)
    assert rules(report, "count-mismatch") == []
    assert [f.text for f in rules(report, "numbering")] == ["三是"]


def test_di_yi_paragraphs_are_a_series_not_headings():
    text = CLEAN.replace("一要强化组织领导", "第一，强化组织领导").replace("二要强化资金保障", "第三，强化资金保障")
    (finding,) = rules(check(text), "numbering")
    assert finding.text == "第三，" and "第二" in finding.message


def test_with_only_a_level_the_place_is_still_inferred():
    text = "同志们：\n\n江门市妇女儿童工作成绩显著，江门市各级各部门要学习佛山市经验，我市要再上新台阶。\n"
    report = check_text(text, level="市")
    assert (report.place, report.level) == ("江门市", "市")
    assert [f.text for f in rules(report, "foreign-place")] == ["佛山市"]


def test_one_mention_of_a_neighbour_does_not_become_the_place():
    text = "同志们：\n\n我县要学习海安市的经验，我县各级各部门要抓好落实。\n"
    report = check_text(text)
    assert (report.place, report.level) == (None, "县")
    assert rules(report, "foreign-place") == []


def test_check_takes_place_and_level_from_the_drafts_record(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(app, ["draft", "--no-input", "--seed", "1", "--set", "place=清河县",
                               "--set", "meeting=全县安全生产工作会议", "-o", "稿.md"])  # fmt: skip
    assert made.exit_code == 0, made.stderr
    result = runner.invoke(app, ["check", "稿.md"])
    assert "地名：清河县" in result.stdout and "层级：县" in result.stdout


def test_a_meeting_name_that_names_no_work_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["draft", "--no-input", "--set", "place=清河县", "--set", "meeting=会"])
    assert result.exit_code == 2 and "看不出是哪项工作" in result.stderr


def test_a_county_level_city_checked_at_county_level_keeps_its_city_words():
    """海安市 with level 县 is a 县级市: 全市、我市、市直 are its own words, 我县、县直 are not."""
    text = "# 在全市统计工作会议上的讲话\n\n同志们：\n\n我代表市委、市政府讲几点意见。全市上下、市直各部门要抓好落实，让我市统计工作上台阶。\n"
    report = check_text(text, place="海安市", level="县")
    assert [f.text for f in report.findings if f.rule == "level-mix"] == []
    wrong = check_text(text.replace("我市", "我县").replace("市直", "县直"), place="海安市", level="县")
    assert sorted(f.text for f in wrong.findings if f.rule == "level-mix") == ["县直", "我县"]


def test_a_street_the_gazetteer_lacks_is_checked_at_its_own_words():
    """城关街道 is no place of the gazetteer: check reads it as drafting does (a 街道: 全街道, 我街道), not as a 镇."""
    text = "# 在全街道文明创建工作总结会上的讲话\n\n同志们：\n\n这项工作的成效，是全街道上下干出来的。我讲两点意见。\n\n## 一、巩固成效\n\n要巩固。\n\n## 二、压实责任\n\n要落实。\n"
    report = check_text(text, place="城关街道")
    assert not [f for f in report.findings if f.rule == "level-mix"], report.findings
    flawed = check_text(text.replace("全街道上下", "全县上下"), place="城关街道")
    assert [f for f in flawed.findings if f.rule == "level-mix"]
