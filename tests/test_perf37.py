"""perf37 (#18): a new draft written with -o — its record's YAML written directly, byte for byte as before.

`draft -o` writes the draft and, beside it, the record (`*.answers.yaml`) that `--replay`, `update` and a later `-o`
read. Its YAML went through PyYAML's representer and serializer and libyaml's emitter (~1 ms of a written draft's
~3 ms); the lines of plain scalars (the fragment list, the options, the answers) are now written directly and only
what needs quoting or folding (the draft's text) goes through the dumper. What a user notices: nothing — the record
is the file yaml.safe_dump writes, it replays to the same draft, it follows an edited library or template in the very
next draft of the same process, and a draft the user edited by hand is still never overwritten.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

REPO = Path(__file__).resolve().parent.parent
HEADER = "# drafter 起草记录：用 drafter draft --replay 本文件 可逐字重现这份讲话稿。\n"


def _safe_dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def test_a_record_is_the_yaml_safe_dump_writes_for_any_tree_of_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Random trees of what a record can hold (and what it cannot): strings PyYAML writes plain, quotes, escapes or
    folds, numbers, floats, booleans, None, nested and empty lists and mappings, a list met twice (an anchor)."""
    from drafter import answers
    from drafter.answers import record_yaml

    written_directly = 0
    pairs = answers._block_pairs

    def counted(*args: object, **kw: object) -> None:
        nonlocal written_directly
        pairs(*args, **kw)  # type: ignore[arg-type]
        written_directly += 1

    monkeypatch.setattr(answers, "_block_pairs", counted)
    rng = random.Random(37)
    chars = list("ab 的是：，。、\n\"'#:-?{}[]!&*|>%@`~\\\t…　\xa0《》（）12._/") + [
        "😀",
        "\ufeff",
        "\u2028",
        "\x85",
        "Ā",
    ]
    words = ["清河县", "drafter 编写组", "2026-12", "true", "yes", "No", "null", "~", "3", "0x1f", "1e3", "1.5", "-",
             "a: b", "#", "", " x", "x ", "é", "opening", "a  b", "12.0", "3fa.1", "-x", ".x", "x.", "x-",
             "2026-12-05", "12:30", "<<", "=", "二、（三）", "甲 " * 60]  # fmt: skip

    def text() -> str:
        if rng.random() < 0.5:
            return rng.choice(words)
        return "".join(
            rng.choice(chars) for _ in range(rng.randint(0, 120 if rng.random() < 0.3 else 12))
        )

    def scalar() -> object:
        r = rng.random()
        if r < 0.6:
            return text()
        if r < 0.85:
            return rng.choice([rng.randint(-5, 10**6), True, False, None])
        return rng.choice([0.3, 1e-7, float("inf"), -0.5, 1.0, -0.0, 2.5e20, 0.1 + 0.2])

    def value(depth: int) -> object:
        r = rng.random()
        if depth > 3 or r < 0.5:
            return scalar()
        if r < 0.75:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        return {
            text().replace("\n", "")[:30] or "k": value(depth + 1) for _ in range(rng.randint(0, 4))
        }

    for _ in range(4000):
        data = {
            text().replace("\n", "")[:20] or f"k{j}": value(0) for j in range(rng.randint(1, 6))
        }
        if rng.random() < 0.1:
            shared = [1, "甲"]
            data["one"], data["two"] = shared, {"again": shared}
        assert record_yaml(data) == _safe_dump(data), data
    assert written_directly > 1000  # the direct way was taken often enough to have been tested


def _request(
    library: Path | None, templates: Path | None, output: Path, seed: int, force: bool = True
):  # noqa: ANN202
    from drafter import drafting

    return drafting.DraftRequest(sets=("place=清河县", "meeting=全县安全生产工作会议", "tasks=抓好隐患排查；完善长效机制"),
                                 seed=seed, library=(library,) if library else None, templates=templates,
                                 history=False, output=output, force=force)  # fmt: skip


def _write(output: Path, seed: int = 7, library: Path | None = None, templates: Path | None = None,
           force: bool = True) -> str:  # fmt: skip
    from drafter import drafting

    result = drafting.make_draft(_request(library, templates, output, seed, force))
    drafting.write_draft(result, output, force=force)
    return output.with_name(output.name.replace(".md", ".answers.yaml")).read_text(encoding="utf-8")


def test_a_written_record_reads_back_as_what_it_says_and_replays_to_the_same_draft(
    tmp_path: Path,
) -> None:
    from drafter import drafting

    for seed in (3, 7, 11):
        output = tmp_path / f"讲话{seed}.md"
        record = _write(output, seed)
        assert record.startswith(HEADER)
        data = yaml.safe_load(record)
        assert record == HEADER + _safe_dump(data)  # every line as PyYAML writes it
        assert data["fragments"] and all(isinstance(u["id"], str) for u in data["fragments"])
        assert data["text"] == output.read_text(encoding="utf-8")
        replayed = drafting.make_draft(
            drafting.DraftRequest(replay=output.with_name(f"讲话{seed}.answers.yaml"))
        )
        assert replayed.draft.text == data["text"]


def _edit(folder: Path, old: str, new: str) -> int:
    changed = 0
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")
            changed += 1
    return changed


def test_the_record_follows_an_edited_library_and_template_in_the_very_next_draft(
    user_library: Path, tmp_path: Path
) -> None:
    """The strings' written forms are kept per process (every fragment id and source): an id, a source or a text the
    user edits is written as it now is, not as it was — and a new id that reads as a number is quoted."""
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    output = tmp_path / "讲话.md"
    before = yaml.safe_load(_write(output, library=user_library, templates=templates))
    used = before["fragments"][0]["id"]
    assert _edit(user_library, f"id: {used}\n", "id: '20261205'\n") == 1
    after = _write(output, library=user_library, templates=templates)
    assert "- id: '20261205'\n" in after and f"- id: {used}\n" not in after
    assert yaml.safe_load(after)["fragments"][0]["id"] == "20261205"
    assert after == HEADER + _safe_dump(yaml.safe_load(after))
    assert _edit(user_library, "authored: drafter 编写组", "authored: drafter 编写组 第二稿") > 0
    assert "authored: drafter 编写组 第二稿\n" in _write(
        output, library=user_library, templates=templates
    )
    assert before["template"] == "work-meeting"
    skeleton = templates / "work-meeting.yaml"
    skeleton.write_text(
        skeleton.read_text("utf-8").replace("  {{ closing }}", "  {{ closing }}\n\n  谢谢大家！"),
        "utf-8",
    )
    edited = yaml.safe_load(_write(output, library=user_library, templates=templates))
    assert (
        edited["text"].endswith("谢谢大家！\n")
        and output.read_text(encoding="utf-8") == edited["text"]
    )


def test_a_draft_edited_by_hand_after_it_was_written_is_never_overwritten(tmp_path: Path) -> None:
    from drafter.errors import OverwriteError

    output = tmp_path / "讲话.md"
    _write(output, seed=7, force=False)
    _write(output, seed=8, force=False)  # drafter's own draft, unchanged: replaced
    output.write_text(output.read_text(encoding="utf-8") + "\n我加的一段。\n", encoding="utf-8")
    with pytest.raises(OverwriteError, match="被改过"):
        _write(output, seed=9, force=False)
    assert output.read_text(encoding="utf-8").endswith("我加的一段。\n")
