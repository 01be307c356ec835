"""Ingest on the shapes batches 33 and 34's misses showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest, shape


def test_hopes_announced_as_the_speakers_own_give_an_unnumbered_count(tmp_path: Path) -> None:
    # …同时对大家提出我个人的几点期望和建议。 / 一、希望… / 二、… / 三、…: 我个人的 between the verb and 几 hid the announcement
    (doc,) = ingest(tmp_path, "speech-hospital-festival-personal-hopes-announced.txt")
    assert shape(doc) == ("speech", "几", [0, 0, 0])


def test_views_announced_as_personal_without_i_give_an_unnumbered_count(tmp_path: Path) -> None:
    # 借此机会提出个人几点浅见，与医院全体同仁共同勉励： / 一、… / 二、… / 三、…: 个人 after 提出 hid the announcement
    (doc,) = ingest(tmp_path, "speech-anniversary-personal-views-announced.txt")
    assert shape(doc) == ("speech", "几", [0, 0, 0])


def test_a_work_plan_announcing_its_priorities_gives_their_count(tmp_path: Path) -> None:
    # …镇政府工作将抓好以下五个重点： / 一、…（一是…二是…） / 二、… … 五、…: the tasks counted as 重点 were no announcement
    (doc,) = ingest(tmp_path, "report-town-year-plan-five-priorities.txt")
    assert shape(doc) == ("report", 5, [2, 0, 0, 0, 0])


def test_ordinals_run_in_after_announced_hopes_and_parted_by_semicolons_are_the_points(tmp_path: Path) -> None:
    # 我想对同学们提出几点希望：第一，要做一个有礼貌的人。…；第二，…；第三，…。 in one paragraph: the 第二 and 第三 after a
    # semicolon stayed in the first point (one point, no count read)
    (doc,) = ingest(tmp_path, "speech-school-opening-hopes-ordinals-by-semicolons.txt")
    assert shape(doc) == ("speech", "几", [0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["要做一个有礼貌的人", "要做一个爱读书的人", "要做一个爱锻炼的人"]


def test_a_duty_report_led_by_first_then_and_a_bare_third_gives_three_points(tmp_path: Path) -> None:
    # 下面，我就几个主要方面进行汇报。 / 首先，… / 其次，… / 第三，… / 最后，我要感谢…: the announcement (no one named, by
    # 进行汇报) and the series that goes on from 其次 to a bare 第三 were both missed: no count, no point
    (doc,) = ingest(tmp_path, "report-bureau-chief-duty-first-then-third.txt")
    assert shape(doc) == ("report", "几", [0, 0, 0])


def test_a_restarted_series_under_a_part_heading_is_its_subpoints(tmp_path: Path) -> None:
    # 一、“十四五”回顾 / … / 一、农业产业… / 二、基础设施… / 三、社会事业… / 二、2026年工作思路: the copy lost a level, the
    # part's items numbered 一、 again; read as five points
    (doc,) = ingest(tmp_path, "report-town-part-heading-over-restarted-series.txt")
    assert shape(doc) == ("report", None, [3, 0])
    assert [p["heading"] for p in doc["points"]] == ["“十四五”回顾", "2026年工作思路"]


def test_a_chairs_agenda_items_opened_in_turn_are_the_order_of_business(tmp_path: Path) -> None:
    # 会议的议程有三项。 / 一是…；二是…；三是…。 / 下面，进行第一项，… / 下面，进行第二项，… / 下面，进行第三项，… with a 一、二、三、
    # list under the third (执行主席 by sitting): the chair calls the meeting's business — no count, no point (split49: the
    # collectors of batches 73–81 read a 主持词 so), and the list under the third item is that item's, no points either
    (doc,) = ingest(tmp_path, "speech-chair-agenda-three-items-opened-in-turn.txt")
    assert shape(doc) == ("speech", None, [])
    assert any(w.startswith("主持词：议程各项是会议的程序，不读作论点（原文第9行起）") for w in doc["warnings"])


def test_an_agenda_list_with_its_first_item_opened_on_the_same_line_gives_the_items(tmp_path: Path) -> None:
    # 今天会议的议程共4项： / 1.… 2.… / 3.… 4.…讲话 下面，进行第一项议程，请… / 第二项议程：… / 第三项议程：… / 最后：请…讲话
    # (split49: the items are the order of business, no points; the first item is still told from the list it ran on)
    (doc,) = ingest(tmp_path, "speech-chair-agenda-list-then-first-item-same-line.txt")
    assert shape(doc) == ("speech", None, [])
    assert any(w.startswith("主持词：议程各项是会议的程序，不读作论点") for w in doc["warnings"])
