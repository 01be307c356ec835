"""Shared fixtures: a small library built in tmp_path, and golden-file updating."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Where a run's minutes went: its heaviest test files and their seconds, printed at the end of a whole run.
from tests.file_seconds import pytest_runtest_logreport, pytest_terminal_summary  # noqa: F401

# Property tests draw the same examples on every CI run (a random example found by chance must not fail one
# stop and pass the next); locally they explore as usual. HYPOTHESIS_PROFILE=dev explores under CI too.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
hypothesis_settings.register_profile("dev")
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

REPO = Path(__file__).resolve().parent.parent

# A drafter command run by a test (a module's fixture included, set up before any test's own environment) neither uses
# a resident of the developer's nor starts one that outlives the suite (a command that finds none starts one);
# tests/test_resident.py builds environments of its own for that.
os.environ["DRAFTER_NO_RESIDENT"] = "1"

MINI_LIBRARY = """\
- id: title.standard
  role: title
  text: 在{{ meeting }}上的讲话
  source: {speech: s-01, where: 标题}
- id: salutation.comrades
  role: salutation
  text: 同志们：
  source: {speech: s-01, where: 称谓}
- id: opening.a
  role: opening
  tags: [妇女儿童]
  text: 今天，我们召开{{ meeting }}，主要任务是总结成绩，交流经验，安排部署今后一个时期的妇女儿童工作。
  source: {speech: s-01, where: 开头}
- id: opening.general
  role: opening
  tags: [通用]
  text: 今天，我们召开{{ meeting }}，主要任务是总结成绩，安排部署今后一个时期的{{ work }}。
  source: {speech: s-01, where: 开头}
- id: ack.reporter
  role: acknowledgement
  variables: {reporter: }
  text: 刚才，{{ reporter }}同志作了很好的工作报告，我完全同意。
  source: {speech: s-02, where: 第2段}
- id: ack.praise
  role: acknowledgement
  tags: [表彰]
  text: 刚才，表彰了先进，我代表{{ leadership }}向受到表彰的先进集体和先进个人表示热烈的祝贺！
  source: {speech: s-01, where: 开头}
- id: ack.thanks
  role: acknowledgement
  text: 借此机会，我谨代表{{ leadership }}向{{ scope }}广大工作者表示衷心的感谢和诚挚的问候！
  source: {speech: s-03, where: 一、}
- id: transition.below
  role: transition
  text: 下面，我讲{{ count }}点意见。
  source: {speech: s-01, where: 开头}
- id: closing.a
  role: closing
  text: 同志们，{{ work }}直接关系到千家万户的幸福安康。各级各部门要扎实工作，努力推动{{ we }}各项事业再上新台阶！
  source: {speech: s-01, where: 结尾}
"""

POINT = """\
- id: point.{stage}.{n}
  role: point
  tags: [{stage}]
  heading: {heading}
  text: {scope_word}这是第{n}个{stage}要点的开头。重点抓好以下{{{{ sub_count }}}}个方面：
  subpoints:
{subs}
  source: {{speech: s-01, where: 要点}}
"""


# Distinct wording for each generated sub-point: a real library never has two
# points that differ by one character, and the planner rejects near-identical text.
# Three groups of 11 words; sentence k takes one word of each group so that two
# sentences share at most one word (k < 121).
_WORDS = ["组织领导", "资金投入", "队伍建设", "宣传引导", "督查考核", "制度完善", "基层基础", "信息化建设", "风险防范", "协调联动", "标准制定", "服务保障", "示范引领", "问题整改", "群众参与", "典型培育", "人才培养", "统计监测", "阵地建设", "规范管理", "品牌打造", "平台搭建", "源头治理", "应急处置", "作风改进", "载体创新", "项目带动", "资源整合", "考评激励", "政策落实", "试点推广", "经验总结", "机制创新"]


def _triple(k: int) -> tuple[str, str, str]:
    q, r = divmod(k, 11)
    return _WORDS[r], _WORDS[11 + (q + r) % 11], _WORDS[22 + (2 * q + r) % 11]


def _sub_text(k: int) -> str:
    a, b, c = _triple(k)
    return f"围绕{a}下功夫，把{b}摆在突出位置，以{c}促进各项措施落地见效。"


def _point(stage: str, n: int, subs: int) -> str:
    base = ("认识", "任务", "保障").index(stage) * 25 + n * 5
    sub_yaml = "\n".join(
        f"    - heading: {stage}{n}.{i}　{_triple(base + i)[0]}与{_triple(base + i)[2]}\n      text: {_sub_text(base + i)}"
        for i in range(1, subs + 1)
    )
    heading = f"{stage}要点{n}：{'、'.join(_triple(base // 5 + 100)[::2])}"
    return POINT.format(stage=stage, n=n, heading=heading, scope_word=_sub_text(base // 5 + 80), subs=sub_yaml)


@pytest.fixture(autouse=True)
def _no_user_workspace(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own workspace, config and cache out of every test (drafts must not depend on them)."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("DRAFTER_HOME", str(home / "workspace"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # One cache for the session (gazetteer, compiled texts, indexes): built once, never the user's.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "user-cache"))
    monkeypatch.delenv("DRAFTER_CONFIG", raising=False)
    monkeypatch.setenv("DRAFTER_NO_RESIDENT", "1")  # (as set above: a test that removed it gets it back)
    # Drafts and speeches without a date are of this year (十五五开局起步 is 2026's only): the goldens were written in
    # 2026 and must read the same in 2027; a test of another year gives the meeting or the speech its year.
    monkeypatch.setattr("drafter.outdated.this_year", lambda: 2026)


@pytest.fixture(autouse=True)
def _drafts_kept_while_unpatched(_no_user_workspace: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/work_drafts.py serves a draft drawn before in this worker only while this test has patched nothing.

    What the workspace fixture set is every test's; anything the test (or a fixture of its own) patches after it —
    an attribute, an environment variable, the working folder, sys.path — or a workspace it fills makes every draft
    of the test a fresh one.
    """
    import tests.work_drafts as work_drafts

    def state() -> tuple[int, int, str | None, object]:
        return len(monkeypatch._setattr), len(monkeypatch._setitem), monkeypatch._cwd, monkeypatch._savesyspath

    home = Path(os.environ["DRAFTER_HOME"])
    monkeypatch.setattr(work_drafts, "unpatched", lambda: state() == before and not home.exists())
    before = state()


@pytest.fixture(scope="session")
def _parsed_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding what loading the shipped library writes there (its parse), made once per worker.

    Written by the product's own `load_library` in a fresh interpreter, so it is whatever the load cache keeps
    today (whatever its files are called); a test copies it in with `seed_library_cache`.
    """
    folder = tmp_path_factory.mktemp("parsed-library") / "cache"
    env = {k: v for k, v in os.environ.items() if k != "DRAFTER_NO_CACHE"}
    code = "from drafter.library import load_library; load_library()"
    subprocess.run([sys.executable, "-c", code], env={**env, "DRAFTER_CACHE_DIR": str(folder)}, check=True)
    assert folder.is_dir() and any(folder.iterdir()), "loading the shipped library kept nothing in the cache folder"
    return folder


@pytest.fixture
def seed_library_cache(_parsed_library: Path):
    """Put the shipped library's parse into a cache folder of a test's own (default: the one drafter would use now).

    For tests whose first run in an empty cache folder only fills it: a cold parse of the shipped library costs
    ~5.5 s of CPU, and what such a test asserts is the runs after it. Caches built from the fragments (search's
    index, fits, closeness) are not in it: the test's first run still builds those.
    """

    def seed(folder: Path | None = None) -> Path:
        if folder is None:
            from drafter.cachefile import user_cache_root

            folder = user_cache_root()
        shutil.copytree(_parsed_library, folder, dirs_exist_ok=True)
        return folder

    return seed


@pytest.fixture
def mini_library(tmp_path: Path) -> Path:
    """A small complete library: frame fragments and points of every stage."""
    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "frame.yaml").write_text(MINI_LIBRARY, encoding="utf-8")
    points = [_point(stage, n, 4) for stage in ("认识", "任务", "保障") for n in range(1, 6)]
    (lib / "points.yaml").write_text("\n".join(points), encoding="utf-8")
    return lib


@pytest.fixture
def write(tmp_path: Path):
    """Write a file (dedented) under tmp_path and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return _write


# The files that take longest, heaviest first: seconds per test file, per worker (children waited for included). xdist
# (`--dist loadfile --no-loadscope-reorder`, pyproject) hands files out in collection order, one at a time to whichever
# worker is free: the long ones first, so that the run does not end on one worker busy with a long file while the other
# idles. Files not named follow in name order. The table printed at the end of a whole run (tests/file_seconds.py) says
# when a file should move up or join. The first twenty-two by the lead's last two CI runs of main (sessions 47 and 48,
# the larger of each file's two figures: test_topic_sweep 161, test_resident 68, test_review30a 52 … test_review32b 21;
# test_works37, test_review35 and test_library15, 26-29 s, were not named and came after every named file in name
# order, test_works37 among the very last, where a long file keeps one worker busy while the other idles;
# test_closeness, 37 s, was 30th); the rest as ci40-ci44 ranked them (every file of 12 s or more).
SLOWEST_FILES = (
    "test_topic_sweep.py", "test_resident.py", "test_review30a.py", "test_ingest.py", "test_curate.py",
    "test_hostile.py", "test_startup.py", "test_closeness.py", "test_plain_render.py", "test_library_reading.py",
    "test_works35.py", "test_perf36.py", "test_works37.py", "test_works34.py", "test_subpoint_levels.py",
    "test_audit_spark.py", "test_review35.py", "test_export_pdf.py", "test_library15.py", "test_web_browser.py",
    "test_party_works.py", "test_review32b.py", "test_perf35.py", "test_newuser35.py", "test_startup27.py",
    "test_install.py", "test_kept_code.py", "test_review33c.py", "test_perf33.py", "test_startup30.py",
    "test_review34c.py", "test_tele37.py", "test_ingestuse31.py", "test_village45.py", "test_review30b.py",
    "test_review34b.py", "test_archive_eval.py", "test_jinja_names.py", "test_perf37.py", "test_review29b.py",
    "test_veterans_security_cadres.py", "test_fragments_library.py",
)  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Order files slowest first (a file's own tests keep their order)."""
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite expected golden files")


def need_libreoffice(*tools: str) -> None:
    """Skip a test that needs LibreOffice (and `tools`) when they are missing, except in CI.

    CI installs them (.ci/run), so there a missing tool is a failure, never a silent skip.
    """
    from drafter.export.pdf import find_soffice

    missing = [tool for tool in tools if shutil.which(tool) is None]
    if find_soffice() is None:
        missing.insert(0, "soffice (LibreOffice)")
    if not missing:
        return
    reason = f"未安装 {'、'.join(missing)}：apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI 必须运行 LibreOffice 测试，但{reason}（.ci/run 应已安装）")
    pytest.skip(reason)


CHROMIUM = "/usr/bin/chromium"


def need_chromium() -> str:
    """The system Chromium for browser tests: skipped when missing, except in CI (which installs it).

    Never a downloaded browser: Playwright drives Debian's /usr/bin/chromium.
    """
    found = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    if found:
        return found
    reason = "未安装 Chromium：apt-get install chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI 必须运行浏览器测试，但{reason}（.ci/run 应已安装）")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def _module_library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[Path, bytes]]:
    """One copy of the shipped library per test module, a cache folder for it, and every file's bytes as copied."""
    folder = tmp_path_factory.mktemp("user-library")
    copy = folder / "library"
    shutil.copytree(REPO / "fragments", copy)
    return copy, folder / "cache", {path: path.read_bytes() for path in copy.rglob("*") if path.is_file()}


@pytest.fixture
def user_library(
    _module_library: tuple[Path, Path, dict[Path, bytes]], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A copy of the shipped library a user edits (test_perf35, 36, 37), with a cache of its own.

    One copy and cache per module: its first test parses the copy cold (~5.5 s of CPU), the next ones read the
    cache as a user's second draft would. What a test changed in the copy is put back after it.
    """
    copy, cache, originals = _module_library
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(cache))
    yield copy
    for path in [p for p in copy.rglob("*") if p.is_file() and p not in originals]:
        path.unlink()
    for path, data in originals.items():
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
