"""The last names of issue #13 (leak51): names a speech without a place says with nothing around them that says so.

The held-out speeches that still leaked after session 50 were all speeches where ingest found no place. Told by their
shapes (bench/archive_eval.py's leak_detail): a firm's short name that jieba holds as a rare verb, said some twenty times
in the speech but in a fragment once, after a verb and before 人; the same firm with 公司; the speech's own hospital by
the name every county's has (人民医院), said once; a spot of the county that jieba knows as a place and no gazetteer does,
said once in a point. On the real pages read beside them, a school by a name no dictionary holds as the owner of its
teachers (一名X的教师) and a district's own school of a kind (区教师进修学校) leaked the same way. Fixtures of our own writing (tests/fixtures/leak51/, invented or dictionary names) hold each; none
may reach a fragment not tagged `specific`, while the points that name nothing stay reusable. Each rule is tried on its
own as well, with the everyday words it must leave alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding
from doubt_harness import load_archive_eval

from drafter.ingest.entities import entity_reasons
from drafter.ingest.oncenames import once_name_reasons
from drafter.ingest.ownbodies import recurring_own_names

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "leak51"
ROOT = Path(__file__).resolve().parents[1]



@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("firm-said-often.txt", "远航"),  # 远航公司 … 远航人 … 争做新时代远航人: a rare verb of jieba's, the firm's name
        ("hospital-once.txt", "人民医院"),  # 为人民医院的发展: the own hospital said once, without 县
        ("spot-once.txt", "七里湖"),  # 七里湖畔的民宿: a spot jieba knows as a place, said once in a point
        ("school-owner-once.txt", "澄川"),  # 作为一名澄川的教师: the own school by a name no dictionary holds, said once
    ],
)
def test_no_name_said_once_reaches_a_general_fragment(tmp_path: Path, name: str, word: str) -> None:
    frags = fragments(tmp_path, name, FIXTURES)
    assert any(word in str(f) for f in frags), word  # the fixture still says it
    assert general_holding(frags, word) == []


def test_the_points_that_name_nothing_stay_reusable(tmp_path: Path) -> None:
    cases = (("firm-said-often.txt", set()), ("hospital-once.txt", set()), ("spot-once.txt", {1}), ("school-owner-once.txt", set()))
    for name, naming in cases:
        frags = fragments(tmp_path / name, name, FIXTURES)
        points = {f["id"]: f for f in frags if ".point-" in f["id"]}
        assert len(points) == 3, name
        for fid, f in points.items():
            assert f["specific"] == (int(fid.rsplit("-", 1)[1]) in naming), (name, fid)


def test_a_rare_word_said_over_and_over_where_a_name_stands_is_the_speech_own() -> None:
    text = "远航公司建厂三十年，远航人埋头苦干，远航的发展离不开大家。远航公司的明天，争做远航人，祝远航公司兴旺。"
    assert recurring_own_names(text) == ((), ("远航",))
    # said three times only: a rare word may be anything (扬帆远航), a name needs to be said over and over
    assert recurring_own_names("扬帆远航，远航人，远航的发展。") == ((), ())


def test_the_work_a_meeting_is_on_is_no_name_however_often_said() -> None:
    # 信访 is a rare verb of jieba's too, and 信访人 stands as 远航人 does; but it is said as work (信访工作, 信访问题)
    text = (
        "今天召开信访工作会议。信访工作是群众工作。要维护信访人合法权益，信访人的诉求要回应。"
        "信访问题要化解，信访部门要负责，信访事项要办结，信访秩序要规范。"
    )
    assert recurring_own_names(text) == ((), ())
    # a noun (劳模, 母校) said as often is a word of its own, whatever stands after it
    assert recurring_own_names("劳模精神，劳模人，劳模的发展，劳模劳模劳模劳模，劳模人。") == ((), ())


def test_a_hospital_or_a_spot_said_once() -> None:
    assert once_name_reasons("为人民医院的发展付出了汗水。") == ["本地单位（人民医院）"]
    assert once_name_reasons("感谢中心医院的支持。") == ["本地单位（中心医院）"]
    # a county's list of who does what names every place's hospital
    assert once_name_reasons("公办幼儿园、中小学要做好校舍排查，人民医院要做好防疫。") == []
    assert once_name_reasons("七里湖畔的民宿一房难求。") == ["本地地名（七里湖）"]
    # kinds of hospital, a class jieba holds as a place, a place of the nation's history said for what it stands for
    assert once_name_reasons("推动各级人民医院改革，建设区域中心医院，办好二级以上人民医院。") == []
    assert once_name_reasons("在中青班结业式上讲几点体会。") == []
    assert once_name_reasons("弘扬沂蒙山精神。") == []


def test_the_one_school_of_its_kind_and_a_name_owning_the_people_spoken_to() -> None:
    assert once_name_reasons("会议借区教师进修学校的礼堂召开。") == ["本地单位（教师进修学校）"]
    # (县职业中学: the place's one school of a kind after its level, ownnames' rule since leak52 folded the two)
    said = "今天在中心学校的操场上开现场会，县职业中学要扩招。"
    assert once_name_reasons(said) == ["本地单位（中心学校）"]
    assert {"本地单位（中心学校）", "本地单位（职业中学）"} <= set(entity_reasons(said))
    assert once_name_reasons("向中医院全体职工致敬。") == ["本地单位（中医院）"]
    assert once_name_reasons("作为一名澄川的教师，我倍感自豪。") == ["本地名称（澄川）"]
    assert once_name_reasons("为了溪小的发展，大家拼搏奋斗。") == ["本地名称（溪小）"]
    # kinds of school, words before 的老师 or 的发展, a word inside three characters
    assert once_name_reasons("要办好一所特殊教育学校，加强职业学校建设，各中心小学要配齐教师，办好中医院校。") == []
    assert once_name_reasons("敬爱的老师们，教书育人的老师们，希望有更多的同学成才，推动经济的发展。") == []
    # a salutation misread at the start of its line (苯敬 for 尊敬) owns no one
    assert once_name_reasons("苯敬的各位老师，亲爱的同学们：") == []


def test_a_leak_is_told_closely_without_its_text() -> None:
    """bench/archive_eval.py's leak_detail: the shape that told a rare verb of jieba's said twenty times (leak51)."""
    ae = load_archive_eval()
    frag = {"id": "d-01.other", "role": "other", "source": {"where": "过渡语之后（原文第3段）"}, "text": "争做新时代远航人，为远航公司再创辉煌！"}
    text = str(frag["text"])
    detail = ae.leak_detail("bare_name", "远航", frag, text, text + "远航的发展")
    assert detail == "bare_name|other:过渡语之后|len2|jb:v:<300|n2>人|x2/3|<100"
    assert "远" not in detail and "航" not in detail
    detail = ae.leak_detail("institution", "远航公司", frag, text, text)
    assert detail == "institution|other:过渡语之后|len4|jb:none+head:<300+tail:3k+|为>再|x1/1|<100"
