"""What batch63 (opened unseen) and the structure misses of the opened batches showed (issue #13, split42): a spoken
piece's title over its 称谓 and a letter's title over its sender's call open the next document of a page; a survey's
count of the angles it looked from announces its parts; a 一是 item a page broke at its semicolon goes on to the 二是 of
the next line; what a ceremony opens and a named office's whole staff bind fragments to their day. Each shape in three
spellings of our own writing (tests/fixtures/split42/: simplified, traditional, half-width punctuation), and a near
shape beside it that must not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from split_fixtures import docs, read

from drafter.ingest import ingest_paths
from drafter.ingest.ceremony import ceremony_names, greeted_staff

FIXTURES = Path(__file__).parent / "fixtures" / "split42"
SPELLINGS = ("", "-traditional", "-halfwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_host_scripts_title_over_its_salutation_opens_the_next_script_after_a_cut_line(
    tmp_path: Path, spelling: str
) -> None:
    # …强化五项 (cut) | 传达与部署工作会议主持词 | 全体会议主持词。 | 同志们： | 现在开会。…
    first, second = _docs(
        tmp_path, f"host-title-over-salutation{spelling}.txt"
    )  # was: one script of 13 lines
    assert read(first) == ("speech", [1, 5], 0)
    assert read(second) == ("speech", [6, 13], 0)
    assert "主持" in second["title"]


def test_a_cut_line_going_on_into_a_sentence_naming_a_speech_stays_one_script(
    tmp_path: Path,
) -> None:
    # …大家会后要认真学习领会 | 主要负责同志在这次会议上的讲话，结合实际抓好贯彻落实。 | 同志们： (a sentence, not a title)
    (only,) = _docs(tmp_path, "host-title-guard.txt")
    assert read(only) == ("speech", [1, 8], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_letters_bare_title_over_its_call_opens_the_letter_under_a_news_item(
    tmp_path: Path, spelling: str
) -> None:
    # …会议还传达学习了上级有关会议精神。 | 倡议书 | 为…，特向全镇广大职工群众发出如下倡议： | 一、… 二、…
    news, letter = _docs(
        tmp_path, f"letter-over-call{spelling}.txt"
    )  # was: one news item of five lines
    assert read(news) == ("news", [1, 1], 0)
    assert read(letter) == ("other", [2, 5], 0)  # a letter (倡议书), not news told of it


def test_a_letter_a_speech_has_read_out_stays_in_the_speech(tmp_path: Path) -> None:
    # …下面，请团委书记宣读倡议书。 | 倡议书 | …发出如下倡议： | 一、… | 同志们，…谢谢大家！
    (only,) = _docs(tmp_path, "letter-read-out-guard.txt")
    assert only["lines"] == [1, 7]


def _report(tmp_path: Path, name: str) -> dict[str, Any]:
    (doc,) = _docs(tmp_path, name)
    return doc


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_surveys_count_of_angles_announces_its_parts_and_its_first_part_runs_on(
    tmp_path: Path, spelling: str
) -> None:
    # 我们…重点从“在干什么、想干什么、能干什么”三个视角，审视…。1.…“在干什么”… 一是…。二是…。三是 (cut)
    doc = _report(tmp_path, f"survey-angles{spelling}.txt")
    assert doc["kind"] == "report"
    assert doc["announced_count"] == 3  # was: None
    assert [len(p["subpoints"]) for p in doc["points"]] == [2]  # was: no point
    assert "在干什么" in doc["points"][0]["heading"]


def test_angles_someone_else_analysed_announce_nothing(tmp_path: Path) -> None:
    # 会上，县委书记从…三个角度分析了当前…形势。: told of another, done (了): no count of this text's parts
    doc = _report(tmp_path, "survey-angles-guard.txt")
    assert doc["kind"] == "news"
    assert doc["announced_count"] is None


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_first_item_broken_at_its_semicolon_goes_on_to_the_second_on_the_next_line(
    tmp_path: Path, spelling: str
) -> None:
    # …突出问题：一是…，存在侥幸心理； | 有的嘴上喊得响，…。二是…
    (doc,) = _docs(tmp_path, f"broken-item{spelling}.txt")
    assert doc["announced_count"] == 3
    assert [len(p["subpoints"]) for p in doc["points"]] == [2, 0, 0]  # was: [0, 0, 0]
    assert doc["points"][0]["subpoints"][1].startswith("企业有法不依")


def test_a_semicolon_line_with_no_second_item_under_it_is_no_series(tmp_path: Path) -> None:
    (doc,) = _docs(tmp_path, "broken-item-guard.txt")
    assert [len(p["subpoints"]) for p in doc["points"]] == [0, 0, 0]


def _fragments(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    report = ingest_paths(
        [FIXTURES / name], library=tmp_path / "lib", corpus=tmp_path / "corpus"
    ).as_dict()
    found: list[dict[str, Any]] = []
    for doc in report["documents"]:
        found += yaml.safe_load(Path(doc["fragment_file"]["path"]).read_text(encoding="utf-8"))
    return found


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_what_a_ceremony_opens_and_a_named_offices_staff_bind_every_fragment_that_says_them(
    tmp_path: Path, spelling: str
) -> None:
    frags = _fragments(tmp_path, f"ceremony-opening{spelling}.txt")
    naming = [f for f in frags if "花卉市场" in f["text"]]
    # the opening (…举行花卉市场开业庆典仪式), the 祝贺, 花卉市场的建成, the closing wish: all that day's
    assert len(naming) >= 3
    assert all(
        "specific" in f["tags"] for f in naming
    )  # was: 花卉市场的建成 and 祝花卉市场生意兴隆 reusable
    staff = [f for f in frags if "住建局全体同志" in f["text"]]
    assert staff and all("specific" in f["tags"] for f in staff)


def test_a_generic_ground_breaking_and_the_county_offices_staff_name_nothing_of_their_own(
    tmp_path: Path,
) -> None:
    text = (FIXTURES / "ceremony-opening-guard.txt").read_text(encoding="utf-8")
    assert ceremony_names(text) == ()  # 举行全县重大项目集中开工仪式
    assert greeted_staff(text) == []  # 县直各部门全体同志
    frags = _fragments(tmp_path, "ceremony-opening-guard.txt")
    body = [f for f in frags if "项目建设已成为" in f["text"]]
    assert body and all("specific" not in f["tags"] for f in body)
