"""A 主持词's agenda is the order of business the chair calls, not its points (issue #13, split49).

Sessions 33 to 42 read a 主持词's agenda items as its points, however the chair gave them (第一项是…；第二项由… /
下面，进行第一项，… / 仪式进行第一项：…), and the count of the agenda (今天会议的议程有三项) as the announced count. Every
collector since reads them otherwise: in the opened batches 73, 75, 76, 77 and 81, twelve 主持词 pages, each with its
items called in prose, were read with no points and no count (seven of them were ingest's misses, in three batches);
only where the chair sets the items out as the parts of his script, each under its own 一、 heading, did the collectors
count them (four pages, all marked debatable). One decision now answers both: the items the chair calls are procedure;
items numbered as the script's parts stay its points. The fixtures are of our own writing, two spellings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import fragments, shape

from drafter.ingest import ingest_paths

FIXTURES = Path(__file__).parent / "fixtures" / "split49"
PROCEDURE = "主持词：议程各项是会议的程序，不读作论点"


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    report = ingest_paths([FIXTURES / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True)
    docs: list[dict[str, Any]] = report.as_dict()["documents"]
    return docs


@pytest.mark.parametrize(
    ("name", "first"),
    [
        # 今天会议的议程有三项。 / 下面，进行第一项，请…通报… / （通报完毕） / 下面，进行第二项，… / 下面，进行第三项，请县长作动员讲话
        # (was: three points, three announced)
        ("host-items-opened-in-turn.txt", 7),
        # 今天的会议主要有两项议程，第一项是通报…；第二项由镇党委书记作讲话。 / 下面先进行第一项议程，… (was: two points, two announced)
        ("host-items-listed-run-in.txt", 7),
        # 儀式進行第一項：請…介紹… / 儀式進行第二項：… / …第四項：請區委書記宣布項目開工。 in 繁体 (was: four points)
        ("host-ceremony-steps-traditional.txt", 7),
    ],
)
def test_the_items_a_chair_calls_are_the_order_of_business_not_points(tmp_path: Path, name: str, first: int) -> None:
    (doc,) = _docs(tmp_path, name)
    assert shape(doc) == ("speech", None, [])
    assert f"{PROCEDURE}（原文第{first}行起）" in doc["warnings"]
    # a chair announces no points: neither a missing 讲几点意见 nor a doubt about points nobody read
    assert not [w for w in doc["warnings"] if w.startswith("没有找到宣布讲几点意见") or "结构存疑" in w]


@pytest.mark.parametrize("name", ["host-items-opened-in-turn.txt", "host-ceremony-steps-traditional.txt"])
def test_a_chairs_calls_are_no_reusable_point_and_the_script_keeps_its_closing(tmp_path: Path, name: str) -> None:
    frags = fragments(tmp_path, name, FIXTURES)
    assert not [f for f in frags if f["role"] == "point"]
    assert [f["role"] for f in frags if f["role"] in ("salutation", "closing")] == ["salutation", "closing"]


def test_items_the_chair_sets_out_as_the_parts_of_his_script_stay_its_points(tmp_path: Path) -> None:
    # 今天的大会共有三项议程。 / 一、请…宣读表彰决定 / … / 二、请…教师代表发言 / … / 三、为受表彰的教师颁奖 / …: the collectors
    # counted such items (batches 75 and 76); the reading is unchanged and still doubted
    (doc,) = _docs(tmp_path, "host-items-set-out-as-parts.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])
    assert [p["heading"] for p in doc["points"]] == ["请县教育局负责同志宣读表彰决定", "请受表彰的教师代表发言", "为受表彰的教师颁奖"]
    assert not [w for w in doc["warnings"] if w.startswith(PROCEDURE)]
    assert any("议程的三项读作了论点" in w for w in doc["warnings"])
