"""Alternative phrasings inside fragments: chosen by seed, replayed by the record, all really different."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

import pytest
import yaml
from alt_similarity import plain, too_alike
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import LibraryError
from drafter.library import fragment_texts, load_library
from drafter.library.alternatives import split_alternatives

runner = CliRunner()

CLOSING = """
- id: closing.alts
  role: closing
  text: >-
    {% alt %}同志们，{{ work }}直接关系到千家万户的幸福安康。{% or %}同志们，做好这项工作，群众看在眼里、记在心上。{% or %}同志们，任务已经明确，关键在于抓落实、见实效。{% endalt %}{% alt %}让我们扎实工作，推动{{ we }}各项事业再上新台阶！{% or %}希望大家以只争朝夕的劲头，把各项部署落到实处！{% endalt %}
  source: {speech: s-01, where: 结尾}
"""
SAYINGS = ("千家万户", "群众看在眼里", "关键在于抓落实")


def _library(mini_library: Path) -> Path:
    frame = mini_library / "frame.yaml"
    text = frame.read_text(encoding="utf-8")
    start = text.index("- id: closing.a")
    frame.write_text(text[:start] + CLOSING.lstrip("\n"), encoding="utf-8")
    return mini_library


def _draft(library: Path, *args: str) -> str:
    result = runner.invoke(app, ["draft", "--no-input", "--library", str(library), "--set", "place=清河县",
                                 "--set", "meeting=全县妇女儿童工作会议", *args])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _closing(text: str) -> str:
    return next(s for s in SAYINGS if s in text)


def test_seeds_choose_among_alternatives_and_a_seed_repeats_itself(mini_library: Path) -> None:
    library = _library(mini_library)
    said = {_closing(_draft(library, "--seed", str(seed))) for seed in range(12)}
    assert said == set(SAYINGS)
    assert _draft(library, "--seed", "5") == _draft(library, "--seed", "5")


def test_the_record_replays_each_choice(mini_library: Path, tmp_path: Path) -> None:
    library = _library(mini_library)
    out = tmp_path / "稿.md"
    _draft(library, "--seed", "3", "-o", str(out))
    record = tmp_path / "稿.answers.yaml"
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    use = next(u for u in data["fragments"] if u["id"] == "closing.alts")
    assert sorted(use["alts"]) and all(isinstance(i, int) for i in use["alts"].values())
    replayed = runner.invoke(app, ["draft", "--replay", str(record), "--library", str(library)])
    assert replayed.exit_code == 0, replayed.stderr
    assert replayed.stdout == out.read_text(encoding="utf-8")
    # Choosing another phrasing in the record changes exactly that sentence.
    first = sorted(use["alts"])[0]
    use["alts"][first] = (use["alts"][first] + 1) % 3
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    again = runner.invoke(app, ["draft", "--replay", str(record), "--library", str(library)])
    assert again.exit_code == 0 and _closing(again.stdout) != _closing(replayed.stdout)


def test_nested_or_unsafe_alternatives_are_refused(mini_library: Path) -> None:
    bad = mini_library / "bad.yaml"
    bad.write_text(
        "- id: closing.nested\n  role: closing\n  text: '{% alt %}甲{% alt %}乙{% endalt %}{% or %}丙{% endalt %}'\n"
        "  source: {speech: s-01}\n", encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(LibraryError, match="不能嵌套"):
        load_library(mini_library, cache=False)
    bad.write_text(
        "- id: closing.unsafe\n  role: closing\n  text: '{% alt %}{{ work.__class__ }}{% or %}丙{% endalt %}'\n"
        "  source: {speech: s-01}\n", encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(LibraryError, match="下划线"):
        load_library(mini_library, cache=False)


def test_shipped_alternatives_are_really_different_wording() -> None:
    """Two phrasings `drafter diff` would call the same sentence make no two drafts differ."""
    alike = [
        (frag.id, a[:40], b[:40])
        for frag in load_library().fragments
        for text in fragment_texts(frag)
        for block in split_alternatives(text)
        for a, b in too_alike(block)
    ]
    assert alike == []


@pytest.mark.parametrize(
    ("text", "says"),
    [("同志们，{% or %}努力吧！", "{% or %} 只能用在 {% alt %}"), ("同志们，{% alt %}努力吧！", "缺少 {% or %}、{% endalt %}")],
)
def test_a_broken_block_is_explained_in_chinese_with_its_file_and_line(tmp_path: Path, text: str, says: str) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "x.yaml").write_text(
        f"- id: closing.bad\n  role: closing\n  text: '{text}'\n  source: {{authored: 我们, written: 2026-12}}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["fragments", "lint", "--library", str(lib)])
    assert result.exit_code != 0
    # The fault is in the text on line 3 (the message names the words there since 5b1e5d4), not the role line.
    assert says in result.stdout + result.stderr and "x.yaml:3" in result.stdout + result.stderr


def test_a_points_subheadings_keep_one_form_across_the_series(mini_library: Path) -> None:
    """Sub-point headings are a parallel series: one draft never mixes 加强…… with ……要加强."""
    points = mini_library / "points.yaml"
    text = points.read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("    - heading: "):
            head = line.removeprefix("    - heading: ")
            line = f"    - heading: '{{% alt %}}甲式{head}{{% or %}}乙式{head[::-1]}{{% endalt %}}'"
        lines.append(line)
    points.write_text("\n".join(lines) + "\n", encoding="utf-8")
    forms = set()
    for seed in range(8):
        body = _draft(mini_library, "--seed", str(seed))
        # A point's series, or each gathered area's (（一）（二）: a point of its own under a group heading).
        for part in (a for p in body.split("\n## ")[1:] for a in re.split(r"\n（[一二三四五六]）", p)):
            marks = {m for m in ("甲式", "乙式") if m in part}
            if not marks:
                continue  # a group heading's own paragraph
            assert len(marks) == 1, part[:200]
            forms |= marks
    assert forms == {"甲式", "乙式"}


def test_the_prefilter_of_the_alternatives_check_drops_no_pair_the_diff_would_flag() -> None:
    """The shipped-library check skips the diff for pairs that cannot match (alt_similarity.could_match):
    on blocks with near-duplicates planted, it flags exactly the pairs a diff of every pair flags."""
    blocks = (
        block
        for frag in load_library().fragments
        for text in fragment_texts(frag)
        for block in split_alternatives(text)
        if len(block) > 1
    )
    found = list(islice(blocks, 60))
    assert len(found) == 60
    unrelated = "坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准。"
    tampered = []
    for n, block in enumerate(found):
        first = plain(block[0]).split("。")[0] + "。"
        planted = [first + unrelated,  # a sentence copied verbatim
                   first.replace("县", "市") + unrelated,  # level words changed
                   unrelated]  # fmt: skip
        tampered.append([*block, planted[n % 3]])
    fast = [pair for block in tampered for pair in too_alike(block)]
    full = [pair for block in tampered for pair in too_alike(block, prefilter=False)]
    assert fast == full
    # The planted copies are caught (so the comparison is not empty): every verbatim one at least.
    assert sum(block[-1] in {b for _, b in fast} for block in tampered[::3]) == 20
