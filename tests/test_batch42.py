"""Ingest on the counts, points and documents batch 42 showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, ingest, shape


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 今天的会议主要有两项议程，第一项是传达…；第二项由镇长作动员讲话。 / 下面先进行第一项议程，… / 下面让我们…欢迎镇长…:
        # the items listed run in after the count, only the first opened by its number: nothing was read
        ("host-agenda-runin-listed-first-opened.txt", ("speech", None, [])),
        # 本次会议的议程有四项： 一是…； / 二是… / 三是… / 四是… / 下面进行会议第一项议程：…: the list's first item run in
        # after the colon, the others on lines of their own, one item opened before the copy ends
        ("host-agenda-count-colon-yishi-lines.txt", ("speech", None, [])),
        # 今天会议有两项议程： / 1、表彰… / 2、镇党委书记作主题讲话。 / 下面进行第一项议程：…
        ("host-agenda-numbered-list-one-opened.txt", ("speech", None, [])),
    ],
)
def test_a_chairs_listed_agenda_items_are_no_points(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_the_items_a_chair_opens_are_no_points_up_to_where_the_copy_stops(tmp_path: Path) -> None:
    # 有五项议程。一是…；…五是…。 / 下面，进行第一项议程，… / 下面，进行第二项议程，… / 下面进行第三: the copy stops inside the
    # chair opening the third item (read as a collection's 第三 divider, and lost): three items are opened, five announced
    # (split49: a 主持词's agenda is the order of business it calls, not its points — batches 73–81)
    (doc,) = ingest(tmp_path, "host-agenda-five-listed-three-opened-cut.txt")
    assert shape(doc) == ("speech", None, [])


@pytest.mark.parametrize(
    "name",
    [
        # 一、…。下面，大会进行第一项：请校长作新学期致辞。 / 二、…请教师代表发言。三、…大会进行第三项：… / 四、大会进行第四项：请镇中心校
        # (cut): the third item run in after the second's stop
        "host-agenda-cues-third-run-in.txt",
    ],
)
def test_a_chairs_items_set_out_as_parts_are_its_points_without_a_count(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [0, 0, 0, 0])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …今天，我想就从这三个方面，跟大家分享一下我的感受。 / 第一点感受，…: the count pointed at with 这, a comma before
        # to whom it is told (a 护士节 speech after 刚才…作了讲话): no count was read
        ("speech-festival-count-pointed-share-feelings.txt", ("speech", 3, [0, 0, 0])),
        # 下面，我就这两个方面，和大家交流一下自己的学习体会。 / 第一点体会，…
        ("speech-study-count-pointed-exchange-experience.txt", ("speech", 2, [0, 0])),
    ],
)
def test_a_count_pointed_at_with_this_before_to_whom_is_announced(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "last"),
    [
        # …二〇二五年五月 / - / 关于元旦晚会的精彩主持词范文 / 上一篇 / - / 小学教师读书心得体会800字 / 下一篇: the site's links to
        # other pages, each title over its bare label, were read as a second document
        ("letter-pledge-prev-next-titles-over-labels.txt", 9),
        # …作出新的更大贡献！ / 关于开展安全生产大检查的通知范文 / 上一篇 / 2025年度个人工作总结范文1500字 / 下一篇: no dash, the
        # two labels together; the titles were kept in the speech's closing
        ("speech-prev-next-titles-over-labels.txt", 8),
    ],
)
def test_prev_next_link_titles_over_their_labels_are_no_text(tmp_path: Path, name: str, last: int) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["lines"][1] == last


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # 教师节慰问信1 / 全县广大教师…： / … / 20xx年9月10日 / 教师节慰问信2 / 县教育局全 (cut): the second letter of the
        # collection, only its title and a few words, was read as the first one's end
        ("letter-collection-numbered-second-stub.txt", [12, 13]),
        # 防汛安全承诺书一： / … / 特此承诺。 / 防汛安全承诺书二： / 镇党委、政府： / 一、… (cut): numbered 一、二 with a colon
        ("pledge-collection-numbered-cn-second-cut.txt", [9, 13]),
    ],
)
def test_each_piece_under_the_same_title_numbered_in_turn_is_a_document(tmp_path: Path, name: str, second: list[int]) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == ["other", "other"]
    assert docs[1]["lines"] == second


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # a whole speech on one line: …责任体系【一)拧紧思想发条。…。二织密防控网络。…。三锻造监管队伍。… / …管理模式(一)…: the
        # first sub-point's brackets do not pair, the next two lost their marks but for the numeral; none was read
        ("speech-one-line-garbled-sub-marks.txt", ("speech", None, [3, 1])),
        # 【一）成绩来之不易。… / 【二）… / （一】严控扬尘污染。… / （二】… / （三】…: the brackets mixed on every line
        ("speech-sub-marks-mixed-brackets-lines.txt", ("speech", 2, [2, 3])),
    ],
)
def test_garbled_sub_point_marks_are_read_as_the_series(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …借此机会，我也谈几点学习体会，与大家共勉。 / 首先，… (then the login wall): the first point, where the copy stops;
        # what the points are and the clause offering them after the count hid the announcement from the points
        ("speech-study-few-thoughts-offered-first-cut.txt", ("speech", "几", [0])),
        # 下面，我谈三点认识，供大家参考。 / 首先，… / 其次，… / 最后，…
        ("speech-three-thoughts-offered-in-order.txt", ("speech", 3, [0, 0, 0])),
    ],
)
def test_points_in_order_after_a_count_offered_to_the_audience(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize("name", ["host-ceremony-steps-no-count-traditional.txt", "host-agenda-runin-listed-first-opened.txt"])
def test_a_chairs_agenda_items_are_no_reusable_points(tmp_path: Path, name: str) -> None:
    # 第一項，鳴炮奏樂； / 第一项是传达…精神: the chair's cues for this meeting (split49: the order of business, no points) —
    # never gathered into another speech as a point
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [])
    assert not [f for f in fragments(tmp_path, name) if f["role"] == "point"]
