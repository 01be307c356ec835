"""The user's workspace: config discovery, stacked libraries and their clashes, init, ingest, output protection."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import UsageError
from drafter.library import default_library_dir, load_library
from drafter.workspace import find_workspace, init_workspace, library_stack, open_library

SEED = Path(__file__).resolve().parent / "fixtures" / "ingest" / "county-safety-diyi.txt"
DRAFT = ["draft", "--no-input", "--seed", "5", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]

OWN_CLOSING = """\
- id: closing.wc.benefit-people
  role: closing
  tags: [妇女儿童]
  text: 同志们，{{ below }}、{{ own_depts }}要扎实工作，为{{ scope }}妇女儿童事业发展作出新的更大贡献！
  source: {authored: drafter 编写组, written: 2026-12}
- id: closing.mine.only
  role: closing
  tags: [妇女儿童]
  text: 同志们，让我们携起手来，为{{ scope }}妇女儿童事业发展作出新的贡献！
  source: {authored: drafter 编写组, written: 2026-12}
"""


def run(*args: str, cwd: Path | None = None, monkeypatch: pytest.MonkeyPatch | None = None):
    if cwd is not None and monkeypatch is not None:
        monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace made by init, with a fragment replacing a shipped one and one of its own; cwd inside it."""
    root = tmp_path / "我的库"
    init_workspace(root, make_default=False)
    (root / "fragments" / "mine.yaml").write_text(OWN_CLOSING, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_own_library_is_stacked_on_the_shipped_one_and_wins_clashes(workspace: Path) -> None:
    library = open_library()
    shipped = load_library(default_library_dir())
    assert len(library.fragments) == len(shipped.fragments) + 1
    assert library.get("closing.wc.benefit-people").path.endswith("mine.yaml")
    assert library.get("closing.mine.only")
    assert len(library.notes) == 1
    assert "closing.wc.benefit-people" in library.notes[0] and "自带片段库的 closings.yaml" in library.notes[0]


def test_a_clash_is_a_warning_on_stderr_and_the_draft_uses_the_users_fragment(workspace: Path) -> None:
    result = run(*DRAFT, "--pick", "closing.wc.benefit-people")
    assert result.exit_code == 0, result.output
    assert "注意：片段 closing.wc.benefit-people" in result.stderr
    assert "各乡镇（街道）、县直各部门要扎实工作" in result.stdout


def test_library_option_replaces_the_stack_and_names_the_shipped_one(workspace: Path) -> None:
    assert library_stack(["自带"]) == [default_library_dir()]
    result = run(*DRAFT, "--library", "自带", "--pick", "closing.wc.benefit-people")
    assert result.exit_code == 0, result.output
    assert "注意" not in result.stderr and "各乡镇（街道）、县直各部门要扎实工作" not in result.stdout
    both = run(*DRAFT, "--library", "自带", "--library", str(workspace / "fragments"), "--pick", "closing.mine.only")
    assert both.exit_code == 0 and "携起手来" in both.stdout


def test_shipped_false_uses_only_the_users_library(workspace: Path) -> None:
    config = workspace / "drafter.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("shipped: true", "shipped: false"), encoding="utf-8")
    assert library_stack() == [workspace / "fragments"]
    assert {f.id for f in open_library().fragments} == {"closing.wc.benefit-people", "closing.mine.only"}


def test_config_is_found_from_a_subfolder_and_paths_are_relative_to_it(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "讲话" / "2026").mkdir(parents=True)
    monkeypatch.chdir(workspace / "讲话" / "2026")
    ws = find_workspace()
    assert ws.config == workspace / "drafter.yaml"
    assert ws.own_library == workspace / "fragments"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("libraries: [fragments]\ncolour: red\n", "不认识的项：colour"),
        ("libraries: 3\n", "libraries 应是文件夹路径的列表"),
        ("shipped: 也许\n", "shipped 应为 true 或 false"),
        ("libraries: [fragments\n", "配置文件读不了"),
        ("- a\n- b\n", "顶层应是"),
    ],
)
def test_a_bad_config_is_a_clear_error_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, said: str) -> None:
    (tmp_path / "drafter.yaml").write_text(text, encoding="utf-8")
    result = run(*DRAFT, cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 2
    assert said in result.stderr and "drafter.yaml" in result.stderr


def test_drafter_config_naming_a_missing_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "nope.yaml"))
    with pytest.raises(UsageError, match="DRAFTER_CONFIG"):
        find_workspace()


def test_init_makes_the_default_workspace_used_from_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRAFTER_HOME")
    elsewhere = tmp_path / "别处"
    elsewhere.mkdir()
    result = run("init", "我的库", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 0, result.output
    assert "已设为默认工作区" in result.stdout
    assert {p.name for p in (tmp_path / "我的库").iterdir()} == {"drafter.yaml", "fragments", "templates", "corpus"}
    monkeypatch.chdir(elsewhere)
    assert find_workspace().root == (tmp_path / "我的库").resolve()
    second = run("init", str(tmp_path / "第二个库"))
    assert "已设为默认工作区" not in second.stdout and find_workspace().root == (tmp_path / "我的库").resolve()


def test_init_keeps_an_edited_config_and_refuses_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init_workspace(tmp_path / "库", make_default=False)
    (tmp_path / "库" / "drafter.yaml").write_text("libraries: [fragments, 另一个库]\n", encoding="utf-8")
    again = run("init", str(tmp_path / "库"), "--no-default")
    assert again.exit_code == 0 and "未改动任何文件" in again.stdout
    assert (tmp_path / "库" / "drafter.yaml").read_text(encoding="utf-8") == "libraries: [fragments, 另一个库]\n"
    (tmp_path / "文件").write_text("x", encoding="utf-8")
    refused = run("init", str(tmp_path / "文件"))
    assert refused.exit_code == 1 and "已有同名文件" in refused.stderr


def test_ingest_without_library_creates_the_users_library_and_drafts_stack_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    result = run("ingest", str(SEED))
    assert result.exit_code == 0, result.output
    written = sorted((home / "fragments" / "ingested").glob("*.yaml"))
    assert written and list((home / "corpus").glob("*.md"))
    own_ids = {f.id for f in load_library(home / "fragments").fragments}
    assert own_ids <= {f.id for f in open_library().fragments}
    assert not (default_library_dir() / "ingested" / written[0].name).exists()


def test_ingest_refuses_the_installed_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run("ingest", str(SEED), "--library", "自带")
    assert result.exit_code == 2 and "不能写入" in result.stderr


# ------------------------------------------------------------------ -o protection


def test_a_hand_edited_draft_survives_a_second_draft_and_force_overwrites_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = run(*DRAFT, "-o", "稿.md")
    assert first.exit_code == 0, first.output
    again = run(*DRAFT, "--seed", "6", "-o", "稿.md")
    assert again.exit_code == 0, "a draft nobody touched is replaced"
    edited = Path("稿.md").read_text(encoding="utf-8") + "我亲手加的一段话。\n"
    Path("稿.md").write_text(edited, encoding="utf-8")
    refused = run(*DRAFT, "-o", "稿.md")
    assert refused.exit_code == 1
    assert "被改过" in refused.stderr and "--force" in refused.stderr
    assert Path("稿.md").read_text(encoding="utf-8") == edited
    forced = run(*DRAFT, "-o", "稿.md", "--force")
    assert forced.exit_code == 0 and "我亲手加的一段话" not in Path("稿.md").read_text(encoding="utf-8")


def test_a_file_drafter_did_not_write_is_never_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("稿.md").write_text("别人的稿子\n", encoding="utf-8")
    result = run(*DRAFT, "-o", "稿.md")
    assert result.exit_code == 1 and "不是 drafter" in result.stderr
    assert Path("稿.md").read_text(encoding="utf-8") == "别人的稿子\n"
    Path("讲话.answers.yaml").write_text("place: 清河县\n", encoding="utf-8")  # the user's own answers file
    result = run(*DRAFT, "-a", "讲话.answers.yaml", "-o", "讲话.md")
    assert result.exit_code == 1 and not Path("讲话.md").exists()
    assert Path("讲话.answers.yaml").read_text(encoding="utf-8") == "place: 清河县\n"


def test_export_never_overwrites_a_file_edited_since_or_not_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(*DRAFT, "-o", "稿.md").exit_code == 0
    assert run("export", "稿.md", "-o", "稿.docx").exit_code == 0
    assert run("export", "稿.md", "-o", "稿.docx").exit_code == 0, "its own unchanged output is replaced"
    edited = Path("稿.docx").read_bytes() + b"\0"
    Path("稿.docx").write_bytes(edited)
    refused = run("export", "稿.md", "-o", "稿.docx")
    assert refused.exit_code == 1 and "被改过" in refused.stderr and "--force" in refused.stderr
    assert Path("稿.docx").read_bytes() == edited
    assert run("export", "稿.md", "-o", "稿.docx", "--force").exit_code == 0
    Path("别人的.txt").write_text("别人的\n", encoding="utf-8")
    foreign = run("export", "稿.md", "-o", "别人的.txt")
    assert foreign.exit_code == 1 and "不是 drafter 写下的" in foreign.stderr
    assert Path("别人的.txt").read_text(encoding="utf-8") == "别人的\n"


def test_a_draft_may_replace_a_file_export_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(*DRAFT, "-o", "稿.md").exit_code == 0
    assert run("export", "稿.md", "-o", "讲话.docx").exit_code == 0
    again = run(*DRAFT, "-o", "讲话.docx")
    assert again.exit_code == 0, again.stderr


def test_diff_compares_with_the_users_own_corpus_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.library import default_corpus_dir
    from drafter.workspace import default_corpora

    home = tmp_path / "home"
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    assert default_corpora() == [default_corpus_dir()]
    assert run("ingest", str(SEED)).exit_code == 0
    assert default_corpora() == [default_corpus_dir(), home / "corpus"]
    speech = next((home / "corpus").glob("*.md"))
    monkeypatch.chdir(tmp_path)
    report = run("diff", str(speech), "--json")
    assert report.exit_code == 0 and speech.stem in report.stdout


def test_a_listed_library_that_does_not_exist_yet_is_a_note_not_a_crash(workspace: Path) -> None:
    (workspace / "drafter.yaml").write_text("libraries: [fragments, 以后的库]\n", encoding="utf-8")
    library = open_library()
    assert any("以后的库" in note and "还不存在" in note for note in library.notes)
    listed = run("fragments", "list", "--role", "closing")
    assert listed.exit_code == 0 and "以后的库" in listed.stderr


def test_init_refuses_the_folder_of_the_shipped_library(monkeypatch: pytest.MonkeyPatch) -> None:
    checkout = default_library_dir().parent
    before = sorted(p.name for p in checkout.iterdir())
    result = run("init", str(checkout))
    assert result.exit_code == 2 and "不能作为工作区" in result.stderr
    assert sorted(p.name for p in checkout.iterdir()) == before


def test_editing_a_shipped_fragment_from_a_workspace_says_how(workspace: Path) -> None:
    result = run("fragments", "rm", "closing.wc.new-goals")
    assert result.exit_code == 1
    assert "是自带片段" in result.stderr and "fragments add" in result.stderr


def test_many_clashes_are_summed_up_on_stderr_and_listed_in_full_by_fragments_list(workspace: Path) -> None:
    (workspace / "fragments" / "mine.yaml").unlink()
    shipped = (default_library_dir() / "closings.yaml").read_text(encoding="utf-8")
    (workspace / "fragments" / "closings.yaml").write_text(shipped, encoding="utf-8")
    clashes = len(open_library().notes)
    assert clashes > 3
    drafted = run(*DRAFT)
    assert drafted.exit_code == 0, drafted.output
    assert drafted.stderr.count("注意：片段") == 3 and f"另有 {clashes - 3} 处" in drafted.stderr
    listed = run("fragments", "list")
    assert listed.stderr.count("注意：片段") == clashes
