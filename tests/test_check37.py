"""drafter check on batch 37's false errors and planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_doubled_character_at_an_idioms_edge_or_in_an_unattested_pair_is_a_slip() -> None:
    # 攻坚克难难，真抓实干 (the idiom's last character twice before a stop), 点评入木木三分 (an idiom a reviewer says
    # whole) and 提升城城镇品位 (城城 written nowhere, 城镇 a common word) were not found; 奋发图强，强化担当 stays clean
    assert _found(_read("idiom-edge-doubled-correct.txt"), rule="repeated-char") == []
    assert _found(_read("idiom-edge-doubled-flawed.txt"), rule="repeated-char") == [
        ("repeated-char", "城城"),
        ("repeated-char", "木木"),
        ("repeated-char", "难难"),
    ]


def test_a_post_a_named_person_holds_elsewhere_is_no_foreign_place_slip() -> None:
    # 县长马永良（现任平阳县委书记）作了批示 in 新昌县's 调研报告 was an error: the post a person named went to is where he
    # works, at most a warning; 文成县竹产业起步早 said of the county's own work stays an error
    for place in ("德清县", ""):
        assert _found(_read("post-held-elsewhere-correct.txt"), rule="foreign-place", place=place) == []
        assert _found(_read("post-held-elsewhere-flawed.txt"), rule="foreign-place", place=place) == [
            ("foreign-place", "文成县"),
        ]


def test_a_neighbours_short_name_opening_one_of_the_own_names_parallel_clauses_is_a_slip() -> None:
    # 嵊州的农民，因茶叶而殷实；新昌的文化，因茶叶而丰富；新昌的形象… in 新昌县's report was not found: clauses that each
    # open on the own name in one frame, one of them on a neighbour's; 我县学习安吉的做法 stays clean
    for place in ("德清县", ""):
        assert _found(_read("parallel-own-name-correct.txt"), rule="foreign-place", place=place) == []
        assert _found(_read("parallel-own-name-flawed.txt"), rule="foreign-place", place=place) == [
            ("foreign-place", "安吉"),
        ]


def test_what_this_meetings_task_pushes_is_the_own_places() -> None:
    # 会议的主要任务是，深入分析当前我县…，进行动员部署，推动全市营商环境持续向好 in a county speech was not found
    # without --place: the work this meeting's task pushes (推动, as 推进) is the county's own
    assert _found(_read("meeting-task-push-correct.txt"), rule="level-mix") == []
    assert _found(_read("meeting-task-push-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


def test_the_event_going_on_named_by_its_scope_is_the_own_levels() -> None:
    # 今天…进行表彰，像这样全县性的表彰活动，我们今后…年年搞 in a 镇's speech was not found, with --place 麻屯镇 (the
    # event going on, named by its scope, is the town's) nor without (我代表麻屯镇党委政府 did not count as speaking for
    # the town: a town's committee is its 党委, the pair written without a stop)
    for place in ("青禾镇", ""):
        assert _found(_read("this-event-scope-correct.txt"), rule="level-mix", place=place) == []
        assert _found(_read("this-event-scope-flawed.txt"), rule="level-mix", place=place) == [("level-mix", "全县")]


def test_the_work_a_speaker_ties_to_its_own_assessment_is_its_own() -> None:
    # 将全市党建工作与绩效考核深度挂钩 in a 镇's plan to its 区 was not found: the work a speaker ties to its own
    # assessment is its own; 落实全市党建工作会议部署 (the superior's meeting, carried out) stays clean
    for place in ("青禾镇", ""):
        assert _found(_read("tied-to-assessment-correct.txt"), rule="level-mix", place=place) == []
        assert _found(_read("tied-to-assessment-flawed.txt"), rule="level-mix", place=place) == [("level-mix", "全市")]
