"""What a draft's length search and a speech's check ask again, kept cut (ci53a): guards by counts.

A length search goes back and forth between a few plans (each point grown in turn): `select._Apart` now starts from the
answers of the last few sets of fragments it was asked about, not the last one only, and `new_ideas` builds its test
once per plan. A check that meets a line naming a site footer's words (技术支持, 主办单位) asks ingest's debris rule;
importing drafter.ingest no longer imports every stage of the pipeline for it (~1 CPU-s once per process). That the
drafts and the findings are those of before is the golden drafts' and the check fixtures' to say.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from drafter.library import load_library, load_templates
from drafter.render import render_draft, select
from tests.work_drafts import count_calls

ROOT = Path(__file__).resolve().parents[1]


def test_a_length_search_asks_fewer_pairs_again_and_builds_its_idea_test_once(monkeypatch) -> None:
    library, template = load_library(), load_templates()["work-meeting"]
    counts = count_calls(monkeypatch, select, too_close="too_close", idea_test="idea_test")
    monkeypatch.setattr(select._LAST_APART, "apart", None, raising=False)  # no set of fragments kept from another test's draft
    draft = render_draft(library, template, {"place": "清河县", "meeting": "全县民政工作会议", "minutes": 30}, seed=0)
    assert abs(draft.han_chars - 6000) <= 600
    # main (0dea8fb3) asked 375 pairs, its final pools read against the last set of fragments only
    assert counts["too_close"] <= 300, counts
    assert counts["idea_test"] <= 2, counts  # main built it at each of its 17 asks


def test_checking_a_line_that_names_a_footer_word_does_not_import_the_ingest_pipeline(tmp_path) -> None:
    text = "同志们：\n\n今天召开这次会议。\n\n一、强化保障\n\n要加强技术支持，主办单位要做好服务保障工作。\n"
    code = (
        "import sys\n"
        "from drafter.check import check_text\n"
        f"report = check_text({text!r})\n"
        "print(sorted(f.rule for f in report.findings))\n"
        "print('drafter.ingest.pipeline' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache"), "DRAFTER_NO_RESIDENT": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    *_, imported = done.stdout.split()
    assert imported == "False", done.stdout  # main imported every stage (~1 CPU-s) to ask debris_reason of the line
