"""Announced counts (#13, count50): what a speech announces against what it delivers, in the shapes planters 48 and 49
left unread — a count that ends its sentence (这样两个特点。一是…), a count run into a comma (抓三大块，一是…), a copy
that lost its punctuation (有五项议程一是…六是…) and a PDF copy hard-wrapped at the page's width, whose run-in list
goes on past a line that happens to end on a stop. And the figure that tells a sealed set's missed or wrongly
reported count by its shape, never its text (bench/archive_eval.py `count_shape`).

Every text here is our own writing."""

from __future__ import annotations

from pathlib import Path

from doubt_harness import load_archive_eval

from drafter.check import check_text

ROOT = Path(__file__).resolve().parent.parent



def _counts(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, str(f.severity.value if hasattr(f.severity, "value") else f.severity), f.text)
            for f in check_text(text).findings if f.rule in ("count-mismatch", "numbering")]  # fmt: skip


_BODY = "要坚持问题导向，把各项任务落到实处，推动高质量发展不断取得新成效。"


def _speech(middle: str) -> str:
    return "在全县重点工作推进会上的讲话\n\n同志们：\n\n" + middle + "\n\n同志们，让我们奋发有为，扎实工作，谢谢大家！\n"


# ---------------------------------------------------------------- check


def test_a_count_ending_its_sentence_announces_the_run_in_list_after_it() -> None:
    wrong = _speech(
        "从刚才各单位的汇报看，这次汇报体现出这样两个特点。一是思想统一，步调一致，" + _BODY
        + "二是思路活跃，敢于创新，" + _BODY + "三是敢想敢干，善抓大事，" + _BODY
    )  # fmt: skip
    assert ("count-mismatch", "error", "两个特点") in _counts(wrong)
    right = wrong.replace("这样两个特点", "这样三个特点")
    assert not [c for c in _counts(right) if c[0] == "count-mismatch"]


def test_a_count_run_into_a_comma_and_a_copy_cut_inside_its_list_is_a_warning() -> None:
    cut = (
        "在全县重点工作推进会上的讲话\n\n同志们：\n\n今年自身建设主要抓三大块，一是抓好班子自身建设，" + _BODY
        + "二是开展争先创优活动，加强部门自身建设，建立"
    )  # fmt: skip
    assert ("count-mismatch", "warning", "三大块") in _counts(cut)
    whole = _speech("今年自身建设主要抓三大块，一是抓好班子建设，" + _BODY + "二是开展创优活动，" + _BODY
                    + "三是改进工作作风，" + _BODY + "四是加强廉政建设，" + _BODY)  # fmt: skip
    assert ("count-mismatch", "error", "三大块") in _counts(whole)


def test_a_copy_without_punctuation_still_counts_its_agenda() -> None:
    items = "一是县安委会领导作工作报告二是布置全县安全生产工作三是通报考核情况四是表彰先进五是单位交流发言六是县领导讲话"
    lead = "同志们今天县政府在这里召开全县安全生产工作会议主要任务是传达上级会议精神分析当前形势部署全年工作"
    text = lead + "今天会议主要有五项议程" + items + "下面进行会议第一项议程请县安监局负责同志作报告大家欢迎\n"
    assert ("count-mismatch", "error", "五项议程") in _counts(text)
    assert not [c for c in _counts(text.replace("五项议程", "六项议程")) if c[0] == "count-mismatch"]


_WRAPPED = """在全县经济工作会议上的讲话

同志们:
这次会议是新年上班后的第一个全体会议。今天的会议,主要
有四点考虑:一是再鼓干劲。县委提出全年目标定位,每一个
目标的实现都是一场硬仗,大家要拿出攻坚的劲头,一鼓作气。
年初县委就召开了动员大会,各方面的氛围空前浓厚,进攻的
士气空前高涨,必胜的信心空前坚定,今天的会议就是再传令,
推动县委决策部署落实落地落细,把各项任务抓实抓好。二是
分解任务。县委经济工作会议明确了今年的目标任务,政府工作
报告部署了重点工作,这是一份沉甸甸的信任和期望,我们必须
交出新的更好答卷,今天的会议就是拿出施工图和任务书。三是
加压奋进。一季度是全年的首战,好的开始是成功的一半,今天
的会议就是吹响集结号,大家要从思想上做到返岗即收心。
刚才,有关同志通报了去年主要工作任务的完成情况,讲得很好,
我都同意,请大家抓好落实,以实干实绩迎接新的一年的考验。
"""


def test_a_run_in_list_goes_on_past_a_full_width_line_of_a_wrapped_copy() -> None:
    assert ("count-mismatch", "error", "四点考虑") in _counts(_WRAPPED)
    assert not [c for c in _counts(_WRAPPED.replace("四点考虑", "三点考虑")) if c[0] == "count-mismatch"]


# ---------------------------------------------------------------- the figure


def test_count_shape_tells_a_missed_count_without_its_text() -> None:
    bench = load_archive_eval()
    lines = _speech("下面，我讲三点意见。\n\n一、统一思想\n\n" + _BODY + "\n\n二、突出重点\n\n" + _BODY
                    + "\n\n三、强化保障\n\n" + _BODY + "\n\n四、改进作风\n\n" + _BODY).splitlines()  # fmt: skip
    at = next(i + 1 for i, ln in enumerate(lines) if "三点意见" in ln)
    shape = bench.count_shape("count-mismatch", lines, at, "三点意见", [])
    parts = shape.split("|")
    assert parts[:4] == ["count-mismatch", "opening", "speaker-N点-意见。", "points=一、@linex4"]
    assert "<counted" in parts and "one-list" in parts and "near=silent" in parts and "lines" in parts
    assert not any(word in shape for word in ("统一思想", "突出重点", "讲三点"))  # no word of the text, only its form


def test_count_shape_tells_a_look_back_and_what_check_said_near_it() -> None:
    bench = load_archive_eval()
    body = "一、统一思想\n\n" + _BODY + "\n\n二、突出重点\n\n" + _BODY + "\n\n"
    lines = _speech(body + "以上四点，请大家认真抓好落实。\n\n最后，我再提三点要求：一是…。二是…。三是…。").splitlines()
    at = next(i + 1 for i, ln in enumerate(lines) if "以上四点" in ln)
    near = [{"rule": "numbering", "severity": "warning", "line": at}]
    parts = bench.count_shape("count-mismatch", lines, at, "以上四点", near).split("|")
    assert parts[1] == "lookback" and parts[2].startswith("lookback-N点")
    assert ">counted" in parts and "near=numbering:warn" in parts
    one_line = bench.count_shape("count-mismatch", ["".join(lines)], 1, "以上四点", [])
    assert one_line.split("|")[7] == "one-line"
    broken = bench.count_shape("count-mismatch", lines, 0, "四点意见", [])  # a phrase no one line holds
    assert broken.split("|")[1] == "unplaced"
    quoted = bench.count_shape("count-mismatch", ["要做到“三个确保”：一是…。二是…。"], 1, "三个确保", [])
    assert quoted.split("|")[2] == "bare-N个-qx2："


def test_an_agendas_items_run_in_after_its_count_are_counted() -> None:
    text = (
        "在全县工作会议上的主持词\n\n同志们：\n\n今天的会议有四项议程：第一项，传达上级会议精神；第二项，通报去年工作情况；"
        "第三项，表彰先进；第四项，签订责任书；第五项，县长讲话。\n\n下面进行第一项议程，请县委办负责同志传达会议精神。\n"
    )
    found = [f for f in check_text(text).findings if f.rule == "count-mismatch"]
    assert [(f.severity, f.text) for f in found] == [("error", "四项议程")] and "第一项至第五项" in found[0].message
    assert not [f for f in check_text(text.replace("四项议程", "五项议程")).findings if f.rule == "count-mismatch"]


def test_count_shape_tells_a_numbering_slips_mark_and_how_it_follows() -> None:
    bench = load_archive_eval()
    lines = ["同志们：", "一、抓好重点", "一是抓项目。二是抓招商。四是抓民生。", "二、强化保障", "二、改进作风"]
    assert bench.count_shape("numbering", lines, 3, "四是抓民生", []).split("|")[2] == "mark-一是@run-in-gap"
    assert bench.count_shape("numbering", lines, 5, "二、改进", []).split("|")[2] == "mark-一、@line-dup"


def test_a_skipped_number_in_a_run_in_list_is_a_numbering_slip_not_also_a_miscount() -> None:
    body = "要坚持问题导向，把各项任务落到实处，推动高质量发展不断取得新成效。"
    text = _speech("今年要重点抓好四件事：一是抓项目建设，" + body + "二是抓招商引资，" + body + "四是抓民生保障，" + body)
    found = _counts(text)
    assert ("numbering", "error", "四是") in found
    assert not [c for c in found if c[0] == "count-mismatch"]  # four said, the last item is 四是: the count is right
    assert ("count-mismatch", "error", "抓好五件事") in _counts(text.replace("四件事", "五件事"))


def test_an_agenda_item_may_open_with_any_word() -> None:
    text = (
        "在全县工作会议上的主持词\n\n同志们：\n\n今天的会议有五项议程：第一项是通报去年全县工作情况；第二项是传达上级会议精神；"
        "第三项是宣读表彰决定；第四项由县委负责同志讲话；第五项是请县长作重要讲话。\n\n下面，进行第一项议程。\n"
    )
    assert not [f for f in check_text(text).findings if f.rule == "count-mismatch"]
    assert [f.text for f in check_text(text.replace("五项议程", "四项议程")).findings if f.rule == "count-mismatch"] == ["四项议程"]


def test_a_copy_holding_only_point_one_is_cut_though_a_vocative_opens_that_point() -> None:
    body = "要坚持问题导向，把各项任务落到实处，推动高质量发展不断取得新成效。"
    text = (
        "在全镇村干部大会上的讲话\n\n同志们：\n\n今天我们召开全镇村干部大会，" + body + "\n\n下面，我讲三点意见。\n\n"
        "一、回望来路，认清发展方位\n\n同志们，我们今天的起点，是历届班子和全镇群众一起奋斗出来的，" + body + "\n\n"
        "回顾过去五年，我们的发展步伐是坚实的，" + body + "\n"
    )
    found = [f for f in check_text(text).findings if f.rule == "count-mismatch"]
    assert [(f.severity.value, f.text) for f in found] == [("warning", "讲三点意见")] and "没抄完" in found[0].message
