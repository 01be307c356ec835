"""Curating the library: edits that touch nothing else, lint, dedupe, search, show, stats, schema."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from drafter.cli import app
from drafter.curate import edit, lint, query, searchindex, similar
from drafter.errors import FragmentFormatError, LibraryError, UsageError
from drafter.library import load_library, load_templates
from drafter.library.jinja import _simple_names

REPO = Path(__file__).resolve().parent.parent

# A hand-written file with comments, flow and block styles, odd quoting and spacing:
# every byte of it that is not the edited fragment must survive an edit.
HAND = """\
# yaml-language-server: $schema=../drafter/data/fragment.schema.json
# 手写的片段文件：注释、引号、排版都要保留。

- id: opening.one   # 行尾注释
  role: opening
  tags: [通用, "工作会议"]
  variables: {meeting: }
  text: >-
    今天，我们召开{{ meeting }}，主要任务是总结成绩，
    安排部署今后一个时期的工作。
  source: {speech: s-01, where: '开头'}

# 第二个片段之前的注释
- id: opening.two
  source:
    speech: s-02
    where: 开头第1段
  text: '今天召开的{{ meeting }}，开得很好。'
  role: opening
  variables:
    meeting:

-   id: closing.one
    role: closing
    text: |-
      同志们，让我们共同努力！

      为{{ scope }}经济社会发展作出新的更大贡献！
    source: {speech: s-01}
- {id: closing.two, role: closing, text: "同志们，努力吧！", source: {speech: s-03}}
"""

NEW_CLOSING = """\
id: closing.three
role: closing
tags: [通用]
text: 同志们，{{ we }}各项事业一定能再上新台阶！
source: {speech: s-02, where: 结尾}
"""


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "hand.yaml").write_text(HAND, encoding="utf-8")
    return folder


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # noqa: A002
    return CliRunner().invoke(app, list(args), input=input, env=env)


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


# ------------------------------------------------------------------ edits touch nothing else


def test_add_appends_only_the_new_fragment(lib: Path) -> None:
    change = edit.add_fragment(lib, NEW_CLOSING, file="hand.yaml")
    after = (lib / "hand.yaml").read_text(encoding="utf-8")
    assert after.startswith(HAND)  # every old byte kept
    added = after[len(HAND) :]
    assert added == "\n- id: closing.three\n  role: closing\n  tags: [通用]\n  text: 同志们，{{ we }}各项事业一定能再上新台阶！\n  source: {speech: s-02, where: 结尾}\n"
    assert change.action == "added" and change.line == HAND.count("\n") + 2
    assert load_library(lib).get("closing.three").text.startswith("同志们")


def test_replace_changes_only_that_fragments_lines(lib: Path) -> None:
    located = edit.locate_fragment(lib, "opening.two")
    assert located.text.startswith("- id: opening.two\n") and located.text.endswith("    meeting:\n")
    new = located.text.replace("开得很好", "开得很成功")
    edit.replace_fragment(lib, located, new)
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND.replace("开得很好", "开得很成功")


def test_replace_keeps_the_item_indentation_of_the_file(lib: Path) -> None:
    located = edit.locate_fragment(lib, "closing.one")
    assert located.text.startswith("-   id: closing.one\n    role: closing\n")
    edit.replace_fragment(lib, located, located.text.replace("共同努力", "携手奋进"))
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND.replace("共同努力", "携手奋进")


def test_remove_takes_out_the_fragment_and_its_blank_separator(lib: Path) -> None:
    edit.remove_fragment(lib, "opening.one")
    after = (lib / "hand.yaml").read_text(encoding="utf-8")
    start = HAND.index("- id: opening.one")
    end = HAND.index("# 第二个片段之前的注释")
    assert after == HAND[:start] + HAND[end:]
    edit.remove_fragment(lib, "closing.two")  # a one-line flow item at the end of the file
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == (HAND[:start] + HAND[end:]).replace(
        '- {id: closing.two, role: closing, text: "同志们，努力吧！", source: {speech: s-03}}\n', ""
    )


def test_crlf_and_bom_survive_an_edit(lib: Path) -> None:
    raw = b"\xef\xbb\xbf" + HAND.replace("\n", "\r\n").encode("utf-8")
    (lib / "hand.yaml").write_bytes(raw)
    edit.add_fragment(lib, NEW_CLOSING, file="hand.yaml")
    after = (lib / "hand.yaml").read_bytes()
    assert after.startswith(raw) and b"\n- id: closing.three" not in after.replace(b"\r\n", b"")
    assert b"\r\n- id: closing.three\r\n" in after
    edit.remove_fragment(lib, "closing.three")
    assert (lib / "hand.yaml").read_bytes() == raw


def test_invalid_fragment_is_refused_and_nothing_written(lib: Path) -> None:
    bad = NEW_CLOSING.replace("{{ we }}", "{{ mayor }}")
    with pytest.raises(FragmentFormatError, match="未声明的变量 mayor"):
        edit.add_fragment(lib, bad, file="hand.yaml")
    with pytest.raises(UsageError, match="已被占用"):
        edit.add_fragment(lib, NEW_CLOSING.replace("closing.three", "opening.one"), file="hand.yaml")
    with pytest.raises(FragmentFormatError, match="Jinja 语法错误"):
        located = edit.locate_fragment(lib, "opening.one")
        edit.replace_fragment(lib, located, located.text.replace("{{ meeting }}", "{{ meeting }"))
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND
    assert sorted(p.name for p in lib.iterdir()) == ["hand.yaml"]  # no temp file left behind


def test_an_edit_of_another_fragment_meanwhile_is_kept_alongside(lib: Path) -> None:
    located = edit.locate_fragment(lib, "opening.one")
    someone_else = HAND.replace("开得很好", "开得好")
    (lib / "hand.yaml").write_text(someone_else, encoding="utf-8")
    edit.replace_fragment(lib, located, located.text.replace("总结成绩", "回顾成绩"))
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == someone_else.replace("总结成绩", "回顾成绩")


def test_an_edit_of_the_same_fragment_meanwhile_is_not_overwritten(lib: Path) -> None:
    located = edit.locate_fragment(lib, "opening.one")
    someone_else = HAND.replace("总结成绩", "总结经验")
    (lib / "hand.yaml").write_text(someone_else, encoding="utf-8")
    with pytest.raises(LibraryError, match="被别人修改或删除"):
        edit.replace_fragment(lib, located, located.text.replace("总结成绩", "回顾成绩"))
    with pytest.raises(LibraryError, match="被别人修改或删除"):
        edit.remove_located(located)
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == someone_else


def test_edit_and_rm_reach_a_fragment_that_does_not_validate(lib: Path) -> None:
    broken = HAND.replace("开得很好。'", "开得很好{{ mayor }}。'")
    (lib / "hand.yaml").write_text(broken, encoding="utf-8")
    located = edit.locate_fragment(lib, "opening.two")  # not in the loaded library, still editable
    edit.replace_fragment(lib, located, located.text.replace("{{ mayor }}", ""))
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND


def test_new_file_gets_the_schema_line_of_its_siblings(lib: Path) -> None:
    schema = lib.parent / "drafter" / "data" / "fragment.schema.json"
    schema.parent.mkdir(parents=True)
    schema.write_text("{}", encoding="utf-8")
    edit.add_fragment(lib, NEW_CLOSING, file="more.yaml")
    text = (lib / "more.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../drafter/data/fragment.schema.json\n\n- id: closing.three\n")
    (lib / "sub").mkdir()
    edit.add_fragment(lib, NEW_CLOSING.replace("three", "four"), file="sub/deeper.yaml")
    assert edit.schema_reference(lib / "sub" / "deeper.yaml") == schema.resolve()
    with pytest.raises(UsageError, match="不在片段库"):
        edit.add_fragment(lib, NEW_CLOSING.replace("three", "five"), file=str(lib.parent / "elsewhere.yaml"))


# ------------------------------------------------------------------ CLI: add / edit / rm


def test_cli_add_from_flags_and_from_stdin(lib: Path) -> None:
    result = run(
        "fragments", "add", "--library", str(lib), "--id", "opening.three", "--role", "opening",
        "--text", "今天，我们召开{{ meeting }}。", "--tag", "通用", "--var", "meeting", "--source", "s-09",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "已添加 opening.three" in result.stderr
    text = (lib / "hand.yaml").read_text(encoding="utf-8")
    assert text.startswith(HAND) and "  variables: {meeting: }\n" in text
    result = run("fragments", "add", "--library", str(lib), "--file", "hand.yaml", input=NEW_CLOSING)
    assert result.exit_code == 0, result.output
    result = run("fragments", "add", "--library", str(lib), "--id", "x.y", "--role", "opening")
    assert result.exit_code == 2 and "--text" in result.stderr


def _editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.py"
    script.write_text(body, encoding="utf-8")
    return f"{sys.executable} {script}"


def test_cli_edit_saves_a_valid_change(lib: Path, tmp_path: Path) -> None:
    editor = _editor(
        tmp_path,
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('总结成绩', '回顾成绩'), encoding='utf-8')\n",
    )
    result = run("fragments", "edit", "opening.one", "--library", str(lib), env={"EDITOR": editor, "VISUAL": ""})
    assert result.exit_code == 0, result.output
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND.replace("总结成绩", "回顾成绩")


def test_cli_edit_reports_an_invalid_change_and_keeps_the_users_text(lib: Path, tmp_path: Path) -> None:
    editor = _editor(
        tmp_path,
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('role: opening', 'role: openning'), encoding='utf-8')\n",
    )
    result = run("fragments", "edit", "opening.one", "--no-input", "--library", str(lib), env={"EDITOR": editor, "VISUAL": ""})
    assert result.exit_code == 1
    assert "未知的 role" in result.stderr and "没有保存" in result.stderr
    kept = Path(result.stderr.split("--from ")[1].split(" ")[0])
    assert "role: openning" in kept.read_text(encoding="utf-8")
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND
    fixed = kept.read_text(encoding="utf-8").replace("openning", "opening").replace("总结成绩", "回顾成绩")
    kept.write_text(fixed, encoding="utf-8")
    result = run("fragments", "edit", "opening.one", "--from", str(kept), "--library", str(lib))
    assert result.exit_code == 0, result.output
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND.replace("总结成绩", "回顾成绩")


def test_cli_rm_prints_what_it_removed(lib: Path) -> None:
    result = run("fragments", "rm", "opening.two", "--library", str(lib))
    assert result.exit_code == 0, result.output
    assert "- id: opening.two" in result.stderr
    assert "opening.two" not in (lib / "hand.yaml").read_text(encoding="utf-8")
    assert run("fragments", "rm", "opening.two", "--library", str(lib)).exit_code == 1


# ------------------------------------------------------------------ a broken library

BROKEN_YAML = "- id: broken.one\n  role: opening\n  text: 开会: 讲话\n"
PROBLEMS = """\
- id: opening.one
  role: opening
  text: 又一个同名片段。
  source: {speech: s-01}
- id: opening.mayor
  role: opening
  text: 今天，{{ mayor }}同志来了。
  source: {speech: s-01}
- id: opening.syntax
  role: opening
  text: 今天召开{{ meeting }。
  source: {speech: s-01}
- id: opening.unused
  role: opening
  variables: {reporter: }
  text: 今天召开会议。
  source: {speech: s-99}
"""


@pytest.fixture
def broken(lib: Path) -> Path:
    (lib / "broken.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    (lib / "zproblems.yaml").write_text(PROBLEMS, encoding="utf-8")
    corpus = lib.parent / "corpus"
    corpus.mkdir()
    for speech in ("s-01", "s-02", "s-03"):
        (corpus / f"{speech}.md").write_text("同志们：\n", encoding="utf-8")
    return lib


def test_lint_reports_all_four_problems_with_file_and_line(broken: Path) -> None:
    result = run("fragments", "lint", "--library", str(broken), "--json")
    assert result.exit_code == 3
    found = {(f["rule"], Path(f["path"]).name, f["line"], f["fragment_id"]) for f in json.loads(result.stdout)}
    assert ("yaml", "broken.yaml", 3, "") in found
    assert ("duplicate-id", "zproblems.yaml", 1, "opening.one") in found
    assert ("undeclared-variable", "zproblems.yaml", 5, "opening.mayor") in found
    assert ("jinja-syntax", "zproblems.yaml", 11, "opening.syntax") in found  # the line of the fault
    assert ("unused-variable", "zproblems.yaml", 13, "opening.unused") in found
    assert ("missing-source", "zproblems.yaml", 13, "opening.unused") in found
    text = run("fragments", "lint", "--library", str(broken))
    assert text.exit_code == 3
    assert "broken.yaml:3: [YAML 格式]" in text.stdout and "zproblems.yaml:5: [未声明的变量] opening.mayor：" in text.stdout


def test_other_commands_work_on_the_valid_rest(broken: Path) -> None:
    listed = run("fragments", "list", "--library", str(broken), "--json")
    assert listed.exit_code == 0 and "片段库中有 4 处错误" in listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)] == [
        "opening.one", "opening.two", "closing.one", "closing.two", "opening.unused",
    ]  # fmt: skip
    searched = run("fragments", "search", "开得很好", "--library", str(broken), "--json")
    assert json.loads(searched.stdout)[0]["id"] == "opening.two"
    shown = run("fragments", "show", "opening.syntax", "--library", str(broken))
    assert shown.exit_code == 1 and "Jinja 语法错误" in shown.stderr and "fragments edit opening.syntax" in shown.stderr
    assert run("fragments", "rm", "opening.syntax", "--library", str(broken)).exit_code == 0
    stuck = run("fragments", "rm", "broken.one", "--library", str(broken))
    assert stuck.exit_code == 1 and "YAML 错误" in stuck.stderr and "broken.yaml" in stuck.stderr


def test_clean_library_lints_clean(lib: Path) -> None:
    corpus = lib.parent / "corpus"
    corpus.mkdir()
    for speech in ("s-01", "s-02", "s-03"):
        (corpus / f"{speech}.md").write_text("同志们：\n", encoding="utf-8")
    report = lint.lint_library(lib)
    assert report.findings == () and report.fragments == 4
    strict = lint.lint_library(lib, strict=True)
    assert {f.rule for f in strict.findings} == {"no-tags", "no-where", "schema-line"}  # no schema beside this copy


# ------------------------------------------------------------------ dedupe

DUPES = """\
- id: closing.a
  role: closing
  tags: [妇女儿童]
  text: 同志们，妇女儿童工作直接关系到千家万户的幸福安康，是一项惠民事业、实事工程。各级各部门要积极进取，扎实工作！
  source: {speech: s-01, where: 结尾}

- id: closing.b
  role: closing
  text: 同志们，妇女儿童工作直接关系到千家万户的幸福安康，是一项惠民事业、实事工程。各级各部门要开拓进取，扎实工作！
  source: {speech: s-02, where: 结尾段}
  also_from:
    - {speech: s-07, where: 第9段, id: closing.old}

- id: closing.c
  role: closing
  text: 同志们，让我们在{{ leadership }}的坚强领导下，团结一心，开拓进取，为{{ scope }}经济社会发展作出新的更大贡献！
  source: {speech: s-03}
"""


def test_dedupe_merges_and_keeps_every_source(tmp_path: Path) -> None:
    folder = tmp_path / "dupes"
    folder.mkdir()
    (folder / "closings.yaml").write_text(DUPES, encoding="utf-8")
    groups = similar.find_duplicates(folder, 90)
    assert [(g.keep.id, [o.id for o, _ in g.others]) for g in groups] == [("closing.a", ["closing.b"])]
    result = run("fragments", "dedupe", "--apply", "--library", str(folder))
    assert result.exit_code == 0, result.output
    text = (folder / "closings.yaml").read_text(encoding="utf-8")
    assert text == DUPES[: DUPES.index("\n- id: closing.b")] + (
        "  also_from:\n"
        "    - {speech: s-02, where: 结尾段, id: closing.b}\n"
        "    - {speech: s-07, where: 第9段, id: closing.old}\n"
    ) + DUPES[DUPES.index("\n- id: closing.c") :]
    assert [f.id for f in load_library(folder).fragments] == ["closing.a", "closing.c"]
    shown = run("fragments", "show", "closing.a", "--library", str(folder), "--json")
    assert [a["id"] for a in json.loads(shown.stdout)["also_from"]] == ["closing.b", "closing.old"]


def test_near_duplicates_are_found_among_many() -> None:
    from drafter.model import Fragment, Role, Source

    base = "各级各部门要充分认识做好妇女儿童工作的重要意义，切实增强责任感和使命感，推动各项工作落实到位"
    frags = [Fragment(f"p.{i}", Role.OPENING, f"第{i}条意见：{base}。", source=Source("s")) for i in range(50)]
    other = ["".join(chr(0x4E00 + (i * 7919 + k * 104729) % 20000) for k in range(40)) for i in range(50)]
    frags += [Fragment(f"q.{i}", Role.OPENING, text, source=Source("s")) for i, text in enumerate(other)]
    groups = similar.near_duplicate_groups(frags, 90)
    assert len(groups) == 1 and groups[0].keep.id == "p.0" and len(groups[0].others) == 49
    general = Fragment("g", Role.OPENING, frags[1].text, tags=("通用",), source=Source("s"))
    specific = Fragment("s", Role.OPENING, frags[2].text, tags=("specific",), source=Source("s"))
    assert len(similar.near_duplicate_groups([*frags[:50], general, specific], 90)[0].others) == 49


# ------------------------------------------------------------------ list / search / show / stats


def test_list_filters(lib: Path) -> None:
    library = query.open_library(lib)
    assert [f.id for f in query.filter_fragments(library, role="closing")] == ["closing.one", "closing.two"]
    assert [f.id for f in query.filter_fragments(library, tags=["工作会议"])] == ["opening.one"]
    assert [f.id for f in query.filter_fragments(library, source="s-03")] == ["closing.two"]
    table = run("fragments", "list", "--library", str(lib), "--role", "opening")
    assert table.exit_code == 0 and table.stdout.splitlines()[1].startswith("opening.one ")
    assert "今天，我们召开{meeting}" in table.stdout


def test_search_ranks_the_closest_fragment_first(lib: Path) -> None:
    library = query.open_library(lib)
    hits = query.search_fragments(library, "经济社会发展 贡献")
    assert hits[0].fragment.id == "closing.one" and hits[0].score == 100
    assert query.search_fragments(library, "开得很成功")[0].fragment.id == "opening.two"
    assert query.search_fragments(library, "工作会议")[0].fragment.id == "opening.one"  # a tag
    assert query.search_fragments(library, "量子计算机") == []


def test_show_finds_the_source_sentence_in_the_corpus(lib: Path) -> None:
    corpus = lib.parent / "corpus"
    corpus.mkdir()
    (corpus / "s-02.md").write_text(
        "---\nid: s-02\ntitle: 在全市会议上的讲话\n---\n\n# 在全市会议上的讲话\n\n同志们：\n\n"
        "今天召开的全市妇女儿童工作会议，开得很好。大家要认真贯彻。\n",
        encoding="utf-8",
    )
    result = run("fragments", "show", "opening.two", "--library", str(lib))
    assert result.exit_code == 0, result.output
    assert "    10  今天召开的全市妇女儿童工作会议，开得很好。" in result.stdout
    missing = run("fragments", "show", "opening.one", "--library", str(lib))
    assert "来源讲话不在语料库中" in missing.stdout and "s-01.md" in missing.stdout


def test_stats_counts_and_flags_thin_slots(lib: Path) -> None:
    templates = load_templates(REPO / "templates")
    stats = query.library_stats(query.open_library(lib), templates)
    assert stats.total == 4 and stats.by_role == {"closing": 2, "opening": 2}
    short = {(s.template, s.slot) for s in stats.shortages}
    assert ("work-meeting", "opening") in short and ("work-meeting", "point:任务") in short
    result = run("fragments", "stats", "--library", str(lib), "--templates", str(REPO / "templates"), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["by_role"]["opening"] == 2


def test_templates_list_and_show() -> None:
    listed = run("templates", "list", "--json", "--templates", str(REPO / "templates"))
    assert listed.exit_code == 0 and "work-meeting" in {t["key"] for t in json.loads(listed.stdout)}
    shown = run("templates", "show", "工作会议讲话", "--templates", str(REPO / "templates"))
    assert shown.exit_code == 0 and "认识 → 任务 → 保障" in shown.stdout
    assert run("templates", "show", "没有这个模板", "--templates", str(REPO / "templates")).exit_code == 1


# ------------------------------------------------------------------ schema, cache, fast path


def test_schema_validates_the_shipped_fragment_files(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "drafter" / "data" / "fragment.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted((REPO / "fragments").rglob("*.yaml"))
    assert files
    for file in files:
        assert edit.schema_reference(file) == (REPO / "drafter" / "data" / "fragment.schema.json").resolve(), file
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(file.read_text(encoding="utf-8")))]
        assert errors == [], file
    bad = yaml.safe_load(PROBLEMS.replace("role: opening", "role: openning", 1) + "  colour: red\n")
    assert len(list(validator.iter_errors(bad))) == 2
    assert list(validator.iter_errors(yaml.safe_load(DUPES))) == []


def test_cache_gives_the_same_library_and_sees_every_change(lib: Path, tmp_path: Path) -> None:
    first = load_library(lib)
    again = load_library(lib)
    assert again.fragments == first.fragments and list((tmp_path / "cache").iterdir())
    assert load_library(lib, cache=False).fragments == first.fragments
    (lib / "hand.yaml").write_text(HAND.replace("开得很好", "开得很成功"), encoding="utf-8")
    assert "开得很成功" in load_library(lib).get("opening.two").text
    (lib / "hand.yaml").write_text(HAND.replace("{{ meeting }}，开得", "{{ meeting }，开得"), encoding="utf-8")
    assert [e.fragment_id for e in load_library(lib, strict=False).errors] == ["opening.two"]


def test_cache_damage_only_costs_a_reparse(lib: Path, tmp_path: Path) -> None:
    load_library(lib)
    for file in (tmp_path / "cache").iterdir():
        file.write_bytes(b"not a pickle")
    assert len(load_library(lib).fragments) == 4


@pytest.mark.parametrize(
    "text",
    ["纯文字", "{{ a }}与{{b.c}}", "{{ true }}", "{{ a|x }}", "{% if a %}b{% endif %}", "{# c #}", "}} {{a}}",
     "{{-a}}", "{{ a._b }}", "{{a}}{{", "{{ 名 }}", "{ {{a}} }", "{{ a.b.c }}x"],
)  # fmt: skip
def test_fast_variable_reading_agrees_with_jinja(text: str) -> None:
    import jinja2
    import jinja2.meta

    fast = _simple_names(text)
    if fast is not None:
        assert fast == jinja2.meta.find_undeclared_variables(jinja2.Environment().parse(text))


def test_interactive_edit_reopens_until_the_fragment_is_valid(lib: Path, tmp_path: Path, monkeypatch) -> None:
    from drafter.cli import fragments as cli_fragments

    editor = _editor(
        tmp_path,
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\nn = pathlib.Path(sys.argv[0]).with_suffix('.n')\n"
        "count = int(n.read_text()) if n.exists() else 0\nn.write_text(str(count + 1))\n"
        "text = p.read_text(encoding='utf-8')\n"
        "text = text.replace('总结成绩', '{{ mayor }}总结成绩') if count == 0 else text.replace('{{ mayor }}', '')\n"
        "p.write_text(text.replace('安排部署', '研究部署'), encoding='utf-8')\n",
    )
    monkeypatch.setenv("EDITOR", editor)
    monkeypatch.delenv("VISUAL", raising=False)
    asked = []
    monkeypatch.setattr(cli_fragments, "confirm", lambda *a, **k: asked.append(a) or True)
    located = edit.locate_fragment(lib, "opening.one")
    change = cli_fragments._edit_loop(lib, located, interactive=True)
    assert change.action == "replaced" and len(asked) == 1
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND.replace("安排部署", "研究部署")


def test_cli_edit_keeps_a_change_to_another_fragment_made_while_the_editor_was_open(lib: Path, tmp_path: Path) -> None:
    target = lib / "hand.yaml"
    editor = _editor(
        tmp_path,
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        f"lib = pathlib.Path({str(target)!r})\n"
        "lib.write_text(lib.read_text(encoding='utf-8').replace('开得很好', '开得很成功'), encoding='utf-8')\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('总结成绩', '回顾成绩'), encoding='utf-8')\n",
    )
    result = run("fragments", "edit", "opening.one", "--library", str(lib), env={"EDITOR": editor, "VISUAL": ""})
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8") == HAND.replace("开得很好", "开得很成功").replace("总结成绩", "回顾成绩")


def test_cli_edit_does_not_overwrite_a_change_made_while_the_editor_was_open(lib: Path, tmp_path: Path) -> None:
    target = lib / "hand.yaml"
    editor = _editor(
        tmp_path,
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        f"lib = pathlib.Path({str(target)!r})\n"
        "lib.write_text(lib.read_text(encoding='utf-8').replace('总结成绩', '总结经验'), encoding='utf-8')\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('总结成绩', '回顾成绩'), encoding='utf-8')\n",
    )
    result = run("fragments", "edit", "opening.one", "--library", str(lib), env={"EDITOR": editor, "VISUAL": ""})
    assert result.exit_code == 1 and "被别人修改或删除" in result.stderr
    assert target.read_text(encoding="utf-8") == HAND.replace("总结成绩", "总结经验")
    kept = Path(result.stderr.split("--from ")[1].split(" ")[0])
    assert "回顾成绩" in kept.read_text(encoding="utf-8")


def test_the_library_read_back_from_the_cache_file_equals_a_fresh_parse(tmp_path: Path) -> None:
    # The cache file keeps a repeated string, tuple of strings or source once (#18): read back in a new
    # process (no in-process copy), every fragment equals a fresh parse, field for field and type for type.
    # What the file holds is what the load that filled it parsed, so this is also that load's result (a
    # test of its own compared the two in memory, with two more parses of the whole library).
    from drafter.library import load as library_load

    copy = tmp_path / "shipped"
    shutil.copytree(REPO / "fragments", copy)
    fresh = load_library(copy, cache=False)
    load_library(copy)  # fills the cache file
    library_load._LOADED.clear()
    cached = load_library(copy)
    assert cached.fragments == fresh.fragments and cached.content
    assert any(f.subpoints for f in cached.fragments)

    def shape(value):
        if isinstance(value, tuple):
            return tuple(shape(v) for v in value)
        if hasattr(value, "__slots__"):
            return type(value), tuple(shape(getattr(value, name)) for name in value.__slots__)
        return type(value), value

    assert [shape(f) for f in cached.fragments] == [shape(f) for f in fresh.fragments]
    # Equal sources of a file are stored once and read back as one object (1,374 authored fragments, ~250
    # distinct sources). Each file is kept apart (a draft reads only the files it can use), so once a file.
    for path in {f.path for f in cached.fragments}:
        sources = [f.source for f in cached.fragments if f.path == path and f.source and f.source.authored]
        assert len({id(s) for s in sources}) == len(set(sources))
    sources = [f.source for f in cached.fragments if f.source is not None and f.source.authored]
    assert len(sources) > 2 * len({(f.path, f.source) for f in cached.fragments if f.source and f.source.authored})


def test_removing_any_shipped_fragment_deletes_only_its_own_lines(tmp_path: Path) -> None:
    copy = tmp_path / "shipped"
    shutil.copytree(REPO / "fragments", copy)
    originals = {p: p.read_text(encoding="utf-8") for p in copy.rglob("*.yaml")}
    by_file: dict[str, list] = {}
    for frag in load_library(copy, strict=False).fragments:
        by_file.setdefault(str(frag.path), []).append(frag)
    # In every shipped file, the first two, the middle and the last two fragments (a file's edges and its
    # inside), each found in its named file (as --file does; the search by id alone is tested above): all
    # ~1,350 of them, each re-reading its file, made this the slowest test of the suite (500 s under load).
    spread = [f for frags in by_file.values() for i, f in enumerate(frags) if i in {0, 1, len(frags) // 2, len(frags) - 2, len(frags) - 1}]
    assert len(by_file) >= 60 and len(spread) >= 250
    for frag in spread:
        located = edit.locate_fragment(copy, frag.id, file=frag.path)
        path = located.source.path
        edit.remove_located(located)
        before, after = originals[path].splitlines(), path.read_text(encoding="utf-8").splitlines()
        # One contiguous block went (identical lines of neighbours, such as a shared
        # source line, make a line diff ambiguous, so compare prefix and suffix).
        head = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), len(after))
        tail = len(after) - head
        assert before[:head] + before[len(before) - tail :] == after  # nothing added or changed
        removed = before[head : len(before) - tail]
        own = [ln for ln in located.text.splitlines() if ln.strip()]
        assert [ln for ln in removed if ln.strip()] == own  # its lines, plus a blank separator
        path.write_text(originals[path], encoding="utf-8")


# ------------------------------------------------------------------ property: any layout, one item changes

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["今天", "我们", "召开", "会议", "同志们", "工作", "努力", "部署", "成绩", "：", "，", "# 不是注释", "'引号'", "a: b"]


@st.composite
def fragment_file(draw: st.DrawFn) -> tuple[str, list[str]]:
    indent = draw(st.sampled_from(["", "  "]))
    count = draw(st.integers(1, 5))
    parts, ids = [], []
    for n in range(count):
        fid = f"opening.p{n}"
        ids.append(fid)
        text = "".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6))).strip() or "同志们"
        style = draw(st.sampled_from(["plain", "single", "double", "literal", "folded", "flow"]))
        lead = "".join(draw(st.lists(st.sampled_from(["\n", f"{indent}# 注释\n"]), max_size=2)))
        if style == "flow":
            body = f'- {{id: {fid}, role: opening, text: "{text}", source: {{speech: s-{n}}}}}\n'
        else:
            value = {
                "plain": "'" + text.replace("'", "''") + "'" if any(c in text for c in "#:'") else text,
                "single": "'" + text.replace("'", "''") + "'",
                "double": '"' + text + '"',
                "literal": "|-\n    " + text + "\n\n    " + text,
                "folded": ">-\n    " + text + "\n    " + text,
            }[style]
            keys = [f"id: {fid}", "role: opening", f"text: {value}", f"source: {{speech: s-{n}, where: 第{n}段}}"]
            order = draw(st.permutations(keys[1:]))
            lines = [keys[0], *order]
            if draw(st.booleans()):
                lines.insert(draw(st.integers(1, len(lines))), "# 片段内的注释")
            body = "- " + "\n  ".join(ln.replace("\n    ", "\n      ") for ln in lines) + "\n"
        body = "".join(indent + ln if ln.strip() else ln for ln in body.splitlines(keepends=True))
        parts.append(lead + body)
    header = draw(st.sampled_from(["", "# 头部注释\n\n"]))
    tail = draw(st.sampled_from(["", "\n# 尾注\n", "no newline"]))
    text = header + "".join(parts)
    text = text.rstrip("\n") if tail == "no newline" else text + tail
    return (text.replace("\n", "\r\n") if draw(st.booleans()) else text), ids


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=fragment_file(), pick=st.integers(0, 4), action=st.sampled_from(["rm", "replace", "add"]))
def test_any_layout_changes_only_the_one_item(tmp_path: Path, case: tuple[str, list[str]], pick: int, action: str) -> None:
    text, ids = case
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    file = folder / "f.yaml"
    file.write_bytes(text.encode("utf-8"))
    assert len(load_library(folder, cache=False).fragments) == len(ids)
    fid = ids[pick % len(ids)]
    located = edit.locate_fragment(folder, fid)
    before = text.splitlines(keepends=True)
    if action == "rm":
        edit.remove_located(located)
        after = file.read_bytes().decode("utf-8").splitlines(keepends=True)
        cut = len(before) - len(after)
        start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), len(after))
        assert before[:start] + before[start + cut :] == after
        assert [ln for ln in before[start : start + cut] if ln.strip()] == [
            ln for ln in located.text.splitlines(keepends=True) if ln.strip()
        ]
    elif action == "replace":
        new = located.text.replace("opening", "closing", 1) if "role: opening" in located.text else located.text
        edit.replace_fragment(folder, located, new)
        span = located.span
        after_text = file.read_bytes().decode("utf-8")
        assert after_text == "".join(before[: span.start]) + new + "".join(before[span.end :])
    else:
        edit.add_fragment(folder, NEW_CLOSING, file="f.yaml")
        assert file.read_bytes().decode("utf-8").startswith(text)
    library = load_library(folder)
    assert len(library.fragments) == len(ids) + {"rm": -1, "replace": 0, "add": 1}[action]


def test_scratch_libraries_do_not_litter_the_users_cache(lib: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("DRAFTER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    load_library(lib)  # lib lives in the temporary folder
    assert not (tmp_path / "user-cache").exists()


def test_block_text_lines_that_look_like_comments_stay_with_their_fragment(tmp_path: Path) -> None:
    folder = tmp_path / "hash"
    folder.mkdir()
    text = (
        "- id: opening.hash\n  role: opening\n  source: {speech: s-0}\n  text: |-\n      第一句。\n\n      # 第二句也是正文\n"
        "  # 真正的注释\n\n- id: opening.next\n  role: opening\n  text: 同志们好。\n  source: {speech: s-1}\n"
    )
    (folder / "f.yaml").write_text(text, encoding="utf-8")
    located = edit.locate_fragment(folder, "opening.hash")
    assert located.text.endswith("      # 第二句也是正文\n")
    edit.replace_fragment(folder, located, located.text.replace("第一句", "第1句"))
    assert (folder / "f.yaml").read_text(encoding="utf-8") == text.replace("第一句", "第1句")


def test_cli_edit_without_terminal_or_editor_says_how_to_edit(lib: Path) -> None:
    result = run("fragments", "edit", "opening.one", "--library", str(lib), env={"EDITOR": "", "VISUAL": ""})
    assert result.exit_code == 2 and "--from" in result.stderr and "- id: opening.one" in result.stderr


def test_cached_loads_stay_strict(lib: Path) -> None:
    unsafe = HAND.replace("开得很好", "{{ meeting.__class__ }}开得很好")
    (lib / "hand.yaml").write_text(unsafe, encoding="utf-8")
    for _ in range(2):  # parsed, then from the cache
        errors = load_library(lib, strict=False).errors
        assert [(e.fragment_id, e.line) for e in errors] == [("opening.two", 14)]
        assert "不安全的 Jinja" in errors[0].message and errors[0].path == str(lib / "hand.yaml")
        with pytest.raises(LibraryError, match="不安全的 Jinja"):
            load_library(lib)


def test_a_duplicated_id_is_edited_by_naming_its_file(lib: Path) -> None:
    (lib / "copy.yaml").write_text("- id: opening.one\n  role: opening\n  text: 同志们好。\n  source: {speech: s-1}\n", encoding="utf-8")
    result = run("fragments", "rm", "opening.one", "--library", str(lib))
    assert result.exit_code == 2 and "hand.yaml:4" in result.stderr and "copy.yaml:1" in result.stderr
    result = run("fragments", "rm", "opening.one", "--file", "copy.yaml", "--library", str(lib))
    assert result.exit_code == 0 and (lib / "copy.yaml").read_text(encoding="utf-8") == ""
    assert (lib / "hand.yaml").read_text(encoding="utf-8") == HAND


@pytest.mark.parametrize(
    ("line", "fault", "spot"),
    [
        ("    第二句{{ scope }要求各部门落实。", "多了一个“}”", "{{ scope }要求"),
        ("    第二句{{ scope 要求各部门落实。", "缺少 }}", "{{ scope 要求"),
        ("    第二句{% foo %}要求各部门落实。", "不认识的标签 {% foo %}", "{% foo %}"),
        ("    {% if problems %}第二句要求各部门落实。", "块没有结束", "{% if problems %}"),
    ],
)
def test_a_jinja_mistake_is_shown_at_its_own_line_with_its_words(
    tmp_path: Path, line: str, fault: str, spot: str
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    body = (
        "- id: opening.fine\n  role: opening\n  text: 今天召开会议。\n  source: {speech: s-01}\n"
        "- id: opening.bad\n  role: opening\n  text: |-\n    第一句话说明情况。\n"
        f"{line}\n    第三句收尾。\n  source: {{speech: s-01}}\n"
    )
    (lib / "mine.yaml").write_text(body, encoding="utf-8")
    result = run("fragments", "lint", "--library", str(lib), "--json")
    found = [f for f in json.loads(result.stdout) if f["rule"] == "jinja-syntax"]
    assert [(f["line"], f["fragment_id"]) for f in found] == [(9, "opening.bad")]
    assert fault in found[0]["message"] and spot in found[0]["message"]


def test_a_search_passage_shows_one_phrasing_not_all_of_them_run_together(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "mine.yaml").write_text(
        "- id: opening.alts\n  role: opening\n  tags: [通用]\n  text: >-\n"
        "    今天召开会议。{% alt %}深化城镇燃气安全专项整治，消除管网隐患。{% or %}燃气安全要一抓到底，决不松劲。"
        "{% or %}燃气安全整治要持续深化。{% endalt %}\n  source: {authored: 本单位, written: 2026-12}\n",
        encoding="utf-8",
    )  # fmt: skip
    hit = query.search_fragments(query.open_library(lib), "一抓到底")[0]
    assert "燃气安全要一抓到底" in hit.passage
    assert "专项整治" not in hit.passage and "持续深化" not in hit.passage


@pytest.mark.parametrize("words", ["责任感", "安全生产", "高质量发展 统筹", "{{ scope }}", "的", "同志们 全力以赴", "point.safety"])
def test_a_search_answered_without_fuzzy_scoring_ranks_as_fuzzy_scoring_does(words: str) -> None:
    """When enough fragments hold every term, the ranking skips rapidfuzz: the same hits, scores and order."""
    library = query.open_library(None)
    choices = [query.haystack(f) for f in library.fragments]
    ids, specific = [f.id for f in library.fragments], [f.is_specific for f in library.fragments]
    terms = words.split()
    fuzzy = searchindex._ranked_fuzzy(ids, specific, searchindex.Haystacks.of(choices), terms, 60)
    for limit in (1, 3, 10, 25):
        exact = searchindex._ranked_exact(ids, specific, searchindex.Haystacks.of(choices), terms, limit)
        holding = sum(all(t in c for t in terms) for c in choices)
        assert (exact is None) == (holding < limit)
        if exact is not None:
            assert exact[:limit] == fuzzy[:limit]
    assert query.search_fragments(library, words, limit=10) == [
        query.Hit(library.fragments[i], round(-neg, 1), searchindex.passage(choices[i], terms[0]))
        for neg, *_, i in fuzzy[:10]
    ]


def test_a_search_passage_shows_where_the_term_first_occurs() -> None:
    library = query.open_library(None)
    for hit in query.search_fragments(library, "安全", limit=25):
        body = query.haystack(hit.fragment).split(" ", 1)[-1]
        first = body.find("安全")
        start = max(first - 18, body.rfind("／", 0, first) + 1)  # within the phrasing it is in
        assert " ".join(body[start : first + 2].split()) in hit.passage


def test_haystacks_kept_as_one_text_find_what_each_haystack_holds() -> None:
    texts = [query.haystack(f) for f in query.open_library(None).fragments] + ["", "安全", "a安全b", "全安"]
    kept = searchindex.Haystacks.of(texts)
    read = searchindex.Haystacks(kept.text, kept.starts)  # as read back from the index file
    assert [read[i] for i in range(len(read))] == read.texts() == texts
    for words in [*QUERIES, "安全 全", "全安", "a", "b a", "point. safety", "同志们：", "—", "\0"]:
        terms = words.split()
        assert read.holding(terms) == [i for i, t in enumerate(texts) if all(w in t for w in terms)], words


# Words users search the shipped library for, misspelt ones (fuzzy ranking), ids, tags and template marks.
QUERIES = ["责任感", "安全生产", "高质量发展 统筹", "{{ scope }}", "的", "同志们 全力以赴", "point.safety", "防汛 抗旱",
           "乡村振兴", "通用", "开得很好", "营商环境 优化", "党风廉政建设 主体责任", "安全生产责仼", "妇女儿童",
           "新质生产力", "closing", "不存在的词语组合", "燃气", "一抓到底"]  # fmt: skip


def _as_loaded(root: str | None, words: str, limit: int) -> list[tuple[object, ...]]:
    """A search over the library loaded in full, as `fragments search` did before it had an index."""
    from drafter.workspace import open_library as stack

    library = stack(strict=False) if root is None else query.open_library(root)
    hits = query.search_fragments(library, words, limit=limit)
    found = [(h.fragment.id, h.fragment.role.value, h.score, h.passage, query.fragment_record(h.fragment)) for h in hits]
    return [*found, list(library.notes), [(str(e.path), e.line) for e in library.errors]]


def _from_index(root: str | None, words: str, limit: int) -> list[tuple[object, ...]]:
    result = searchindex.search_library(root, words, limit=limit)
    found = [(f.id, f.role, f.score, f.passage, f.record()) for f in result.found]
    return [*found, result.notes, result.problems]


def _own_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A workspace whose own library stacks on the shipped one: a clash with a shipped id, a broken fragment."""
    home = tmp_path / "home"
    (home / "fragments").mkdir(parents=True)
    shipped = query.open_library(None).fragments[0]
    (home / "fragments" / "mine.yaml").write_text(
        HAND + f"- id: {shipped.id}\n  role: {shipped.role.value}\n  text: 同志们，{{{{ we }}}}一定能办好这件事！\n"
        "  source: {speech: s-09}\n- {id: opening.broken, role: opening}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    return home / "fragments"


def test_search_from_its_index_is_word_for_word_the_search_of_the_loaded_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many queries and limits, the shipped library alone and with the user's own stacked on it (a clash, an error)."""
    from drafter.library import cache as load_cache

    for stacked in (False, True):
        if stacked:
            _own_library(monkeypatch, tmp_path)
        searchindex.search_library(None, "责任感")  # the first search writes the index
        assert list((tmp_path / "cache").glob("search-*.pickle"))
        with monkeypatch.context() as m:  # from now on the index is read: the library is not loaded at all
            m.setattr(load_cache._LoadCache, "open", _no_load)
            indexed = {(w, n): _from_index(None, w, n) for w in QUERIES for n in (1, 3, 10, 40)}
        for (words, limit), found in indexed.items():
            assert found == _as_loaded(None, words, limit), (words, limit)
        if stacked:
            notes, problems = indexed["责任感", 10][-2:]
            assert len(notes) == 1 and "mine.yaml" in notes[0]  # the clash
            assert len(problems) == 1 and problems[0][0].endswith("mine.yaml")  # opening.broken has no text
            ids = [f[0] for f in indexed["开得很好", 40][:-2]]
            assert "opening.two" in ids and "opening.broken" not in ids
    with monkeypatch.context() as m:
        m.setenv("DRAFTER_NO_CACHE", "1")  # no index read or written: the same hits
        assert _from_index(None, "责任感 统筹", 10) == _as_loaded(None, "责任感 统筹", 10)


def _no_load(*args: object) -> None:
    raise AssertionError("the library was loaded although its search index was kept")


def test_the_search_index_sees_an_edit_and_survives_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = _own_library(monkeypatch, tmp_path)
    assert _from_index(None, "开得很好", 10) == _as_loaded(None, "开得很好", 10)
    assert "opening.two" not in [f[0] for f in _from_index(None, "开得圆满成功", 40)[:-2]]
    (own / "mine.yaml").write_text((own / "mine.yaml").read_text(encoding="utf-8").replace("开得很好", "开得圆满成功"),
                                   encoding="utf-8")  # fmt: skip
    assert "opening.two" in [f[0] for f in _from_index(None, "开得圆满成功", 40)[:-2]]
    assert _from_index(None, "开得很好", 10) == _as_loaded(None, "开得很好", 10)
    assert len(list((tmp_path / "cache").glob("search-*.pickle"))) == 2  # one per content
    for file in (tmp_path / "cache").glob("search-*.pickle"):  # as if a writer had been killed (without os.replace)
        file.write_bytes(file.read_bytes()[:5000])
    assert _from_index(None, "圆满成功 责任感", 10) == _as_loaded(None, "圆满成功 责任感", 10)
    assert _from_index(None, "圆满成功", 10) == _as_loaded(None, "圆满成功", 10)  # rewritten whole, then read


def test_a_named_library_is_searched_as_loaded(lib: Path, tmp_path: Path) -> None:
    for _ in range(2):  # built, then read from the index
        assert _from_index(str(lib), "开得很好", 10) == _as_loaded(str(lib), "开得很好", 10)
    assert len(list((tmp_path / "cache").glob("search-*.pickle"))) == 1


def test_the_search_index_key_is_the_loaded_library_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.library.content import library_content
    from drafter.workspace import open_library as stack
    from drafter.workspace import stack_roots, stacked_content

    _own_library(monkeypatch, tmp_path)
    roots, _ = stack_roots()
    assert len(roots) == 2
    assert stacked_content([library_content(r) for r in roots]) == stack(strict=False).content != ""
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    assert library_content(roots[0]) == ""


