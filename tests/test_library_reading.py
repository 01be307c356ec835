"""Reading the library for the first time (no cache yet) takes short cuts that must agree with the long way.

Texts made only of plain words, `{{ name }}` and `{% alt %}` blocks have their names read off without
Jinja's parser (#18: parsing every text was 90% of a cold load); every other text is parsed as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import FragmentFormatError
from drafter.library import load_library
from drafter.library.alternatives import MAX_ALTERNATIVES
from drafter.library.jinja import (
    _WAYS,
    _simple_names,
    _undeclared,
    check_safe,
    fragment_texts,
    parse_jinja,
)

REPO = Path(__file__).resolve().parent.parent


def _the_long_way(text: str) -> frozenset[str]:
    """What check_jinja finds by parsing: the names, or FragmentFormatError (syntax, unsafe)."""
    ast = parse_jinja(text, {})
    check_safe(ast, {})
    return _undeclared(ast)


# That every shipped text the short way reads has the names Jinja finds is asserted on the one Jinja parse of each text
# by test_plain_render's test_every_plain_shipped_text_renders_and_reads_its_names_as_jinja_does.


AGREE = [
    "{% alt %}甲{{ we }}{% or %}乙{{ scope.name }}{% endalt %}，{{ work }}。",
    "{%alt%}甲{%or%}乙{%endalt%}{% alt %}丙{% endalt %}",
    "{% alt %}{% endalt %}",
    "{%\u3000alt\u3000%}甲{% or %}乙{% endalt %}",
    "{% alt %}" + "甲{% or %}" * (MAX_ALTERNATIVES - 1) + "乙{% endalt %}",
    "a{ {% alt %}}{% or %}%}{% endalt %}{",
    "{% alt %}甲 }} 乙{% or %}丙 %}{% endalt %}",
]

REFUSED = [
    "{% alt %}" + "甲{% or %}" * MAX_ALTERNATIVES + "乙{% endalt %}",  # a tenth way
    "{% alt %}甲{% alt %}乙{% endalt %}{% or %}丙{% endalt %}",  # nested
    "同志们，{% or %}努力吧！",
    "同志们，{% alt %}努力吧！",
    "{% alt %}甲{% endalt %}{% endalt %}",
    "{% alt %}{{ work.__class__ }}{% or %}丙{% endalt %}",
    "{% alt %}{{ a|upper }}{% or %}丙{% endalt %}",
    "{% alt %}{{ a }{% or %}丙{% endalt %}",
    "{% alt %}{{{ a }}{% or %}丙{% endalt %}",
    "{% alt x %}甲{% endalt %}",
]

PARSED = [  # well formed, but not of the short shape: Jinja's parser reads them
    "{%- alt %}甲{% or %}乙{% endalt -%}",
    "{% alt %}{# 注 #}甲{% or %}乙{% endalt %}",
    "{% alt %}{% if a %}甲{% endif %}{% or %}乙{% endalt %}",
    "{% raw %}{% alt %}{% endraw %}",
    "{% alt %}{{ true }}{% or %}丙{% endalt %}",
]


@pytest.mark.parametrize("text", AGREE)
def test_short_shapes_read_the_names_jinja_finds(text: str) -> None:
    assert _simple_names(text) is not None
    assert _simple_names(text) == _the_long_way(text)


@pytest.mark.parametrize("text", REFUSED)
def test_a_text_jinja_refuses_is_never_read_the_short_way(text: str) -> None:
    assert _simple_names(text) is None
    with pytest.raises(FragmentFormatError):
        _the_long_way(text)


@pytest.mark.parametrize("text", PARSED)
def test_other_shapes_go_to_jinja(text: str) -> None:
    assert _simple_names(text) is None
    _the_long_way(text)


def test_the_short_way_allows_as_many_alternatives_as_the_extension() -> None:
    assert _WAYS == MAX_ALTERNATIVES


def test_a_tenth_way_in_a_file_is_still_refused_with_file_and_line(tmp_path: Path) -> None:
    ways = "{% or %}".join(f"说法{i}" for i in range(MAX_ALTERNATIVES + 1))
    (tmp_path / "a.yaml").write_text(
        "- id: closing.ok\n  role: closing\n  text: 好。\n  source: {authored: 测试, written: 2026-12}\n"
        f"- id: closing.many\n  role: closing\n  text: '{{% alt %}}{ways}{{% endalt %}}'\n  source: {{authored: 测试, written: 2026-12}}\n",
        encoding="utf-8",
    )
    library = load_library(tmp_path, strict=False, cache=False)
    [error] = library.errors
    assert [f.id for f in library.fragments] == ["closing.ok"]
    assert (error.fragment_id, error.line, Path(error.path).name) == ("closing.many", 5, "a.yaml")
    assert f"最多 {MAX_ALTERNATIVES} 种说法" in error.render()


def _refusal(text: str) -> str:
    from drafter.library.yamlio import parse_yaml

    with pytest.raises(FragmentFormatError) as caught:
        parse_yaml(text, "x.yaml")
    return caught.value.render()


def test_yaml_too_deep_or_too_large_is_refused_with_and_without_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.library import yamlio

    deep = "a: " + "[" * 70 + "]" * 70
    assert "嵌套超过 64 层" in _refusal(deep)  # a tree: no `*` in the text
    assert "嵌套超过 64 层" in _refusal("b: &b 1\n" + deep + "\nc: *b")  # the same through the alias walk
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcdef", "bcdefg", strict=True)
    )
    assert "展开锚点" in _refusal(laughs)  # 10^7 nodes once expanded
    monkeypatch.setattr(yamlio, "MAX_YAML_NODES", 1000)
    wide = "- [" + ", ".join(["x"] * 999) + "]\n"
    assert "展开锚点" in _refusal(wide)  # a tree of 1,001 nodes
    assert yamlio.parse_yaml("- [" + ", ".join(["x"] * 997) + "]\n")


# The load cache keeps one shard per fragment file: a draft unpickles only the files holding fragments it can use.


@pytest.fixture
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import shutil

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "shipped"
    shutil.copytree(REPO / "fragments", copy)
    return copy


@pytest.fixture(scope="module")
def _built_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, Path]:
    """One copy of the shipped library for the module, parsed without the cache, and a cache folder that loading
    it filled (~5 s of CPU, paid once instead of by each test that damages or replaces the cache file)."""
    import os
    import shutil

    root = tmp_path_factory.mktemp("built-once")
    copy, cache = root / "shipped", root / "cache"
    shutil.copytree(REPO / "fragments", copy)
    before = os.environ.get("DRAFTER_CACHE_DIR")
    os.environ["DRAFTER_CACHE_DIR"] = str(cache)
    try:
        _fresh_process()
        fresh = load_library(copy, cache=False)
        load_library(copy)
        _fresh_process()
    finally:
        if before is None:
            del os.environ["DRAFTER_CACHE_DIR"]
        else:
            os.environ["DRAFTER_CACHE_DIR"] = before
    return copy, fresh, cache


@pytest.fixture
def built_copy(_built_once: tuple[Path, object, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The module's copy of the shipped library (never edited) with a cache folder of the test's own, filled as
    `load_library` fills it, and the library parsed without the cache: what a test gets from `shipped_copy`,
    `load_library(shipped_copy, cache=False)` and `load_library(shipped_copy)`."""
    import shutil

    copy, fresh, cache = _built_once
    shutil.copytree(cache, tmp_path / "cache")
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    _fresh_process()
    return copy, fresh


def _fresh_process() -> None:
    """Forget what this process read (a new command starts with nothing but the cache folder)."""
    from drafter.library import load as library_load
    from drafter.render import select

    library_load._LOADED.clear()
    library_load._PARTS.clear()
    select._KEPT_FITS.clear()


def _draft(library: Path | tuple[Path, ...], meeting: str = "全县妇女儿童工作会议", **kwargs) -> tuple[str, int]:
    """The draft's text, and how many fragments the library it was planned from had read."""
    from drafter import drafting

    seen: list[int] = []
    plan = drafting.plan_draft

    def spy(lib, *args, **kw):
        seen.append(len(lib.fragments))
        return plan(lib, *args, **kw)

    _fresh_process()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(drafting, "plan_draft", spy)
        request = drafting.DraftRequest(sets=("place=清河县", f"meeting={meeting}"), seed=1, library=library,
                                        history=False, **kwargs)  # fmt: skip
        result = drafting.make_draft(request)
    return result.draft.text, seen[0]


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fragment files parsed from YAML from now on (not read from the cache)."""
    from drafter.library import cache

    parsed: list[str] = []
    parse = cache.parse_yaml
    monkeypatch.setattr(cache, "parse_yaml", lambda text, path: parsed.append(Path(path).name) or parse(text, path))
    return parsed


def test_a_repeated_draft_reads_only_the_files_it_can_use_and_says_the_same(built_copy) -> None:
    shipped_copy, fresh = built_copy  # (its cache holds the parse alone, as after a first `fragments list`)
    first, read_first = _draft(shipped_copy)  # no fits kept yet: the whole library is read (and the fits kept)
    again, read_again = _draft(shipped_copy)
    whole = len(fresh.fragments)  # (the shipped library parsed without the cache)
    assert read_first == whole and read_again < whole / 4
    assert again == first
    other, _ = _draft(shipped_copy, "全县安全生产工作会议")
    other_again, read_other = _draft(shipped_copy, "全县安全生产工作会议")
    assert other_again == other and read_other < whole / 4
    assert "安全生产" in other and other != first


def test_a_library_read_in_part_has_the_whole_errors_content_and_every_fragment_on_demand(built_copy) -> None:
    shipped_copy, fresh = built_copy
    full = load_library(shipped_copy)  # read whole from the cache its first load filled (content: the files' hash)
    assert full.fragments == fresh.fragments
    _fresh_process()
    part = load_library(shipped_copy, only={"opening.general.1"} & {f.id for f in full.fragments} or {full.fragments[0].id})
    assert 0 < len(part.fragments) < len(full.fragments) / 4
    assert (part.errors, part.content) == (full.errors, full.content)
    assert part.whole().fragments == full.fragments
    far = full.fragments[-1]
    assert far not in part.fragments and part.get(far.id) == far  # an id outside the part is read on demand


def test_a_damaged_shard_is_parsed_again_and_written_back(built_copy, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.library.cache import cache_file

    shipped_copy, fresh = built_copy
    file = cache_file(shipped_copy)
    assert file is not None and file.exists()
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit in some shard (the header is at the start)
    file.write_bytes(bytes(data))
    parsed = _parses(monkeypatch)
    _fresh_process()
    assert load_library(shipped_copy).fragments == fresh.fragments
    assert len(parsed) == 1  # only the damaged shard's file
    _fresh_process()
    assert load_library(shipped_copy).fragments == fresh.fragments and len(parsed) == 1  # written back whole


def test_a_library_read_in_part_reads_only_its_shards_of_the_cache_file(
    built_copy, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import io

    from drafter.library.cache import cache_file

    shipped_copy, full = built_copy
    file = cache_file(shipped_copy)
    assert file is not None
    read = [0]
    real_open = io.open

    class Counted:
        def __init__(self, handle: io.BufferedReader) -> None:
            self._handle = handle

        def read(self, *args: int) -> bytes:
            data = self._handle.read(*args)
            read[0] += len(data)
            return data

        def __getattr__(self, name: str) -> object:
            return getattr(self._handle, name)

        def __enter__(self) -> Counted:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

    def counting_open(name: object, *args: object, **kwargs: object) -> object:
        handle = real_open(name, *args, **kwargs)  # type: ignore[call-overload]
        return Counted(handle) if str(name) == str(file) else handle

    _fresh_process()
    with monkeypatch.context() as m:
        m.setattr(builtins, "open", counting_open)
        m.setattr(io, "open", counting_open)
        part = load_library(shipped_copy, only={full.fragments[0].id})
    # A draft's start-up read the whole 4.5 MB file and copied every shard out of it (#18).
    assert 0 < read[0] < file.stat().st_size / 4
    assert part.whole().fragments == full.fragments  # the rest still read on demand, after the file was closed


@pytest.mark.parametrize("how", ["replaced", "written in place"])
def test_the_rest_of_a_library_read_in_part_is_not_read_from_a_cache_file_changed_meanwhile(
    built_copy, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A long run (serve) reads more of a library later: by then another process may have replaced the cache file,
    or something written over it; its shards are at other places, so the rest is parsed, never read from it."""
    import os

    from drafter.library.cache import cache_file

    shipped_copy, fresh = built_copy
    file = cache_file(shipped_copy)
    assert file is not None
    data = file.read_bytes()
    _fresh_process()
    part = load_library(shipped_copy, only={fresh.fragments[0].id})
    junk = data[:len(data) // 2] + bytes(len(data) - len(data) // 2)  # same header, shards zeroed
    if how == "replaced":
        file.with_suffix(".new").write_bytes(junk)
        os.replace(file.with_suffix(".new"), file)
    else:
        file.write_bytes(junk)
    assert part.whole().fragments == fresh.fragments and part.whole().errors == fresh.errors


@pytest.mark.parametrize("damage", ["truncated", "junk", "other version", "header only", "empty"])
def test_a_damaged_or_foreign_cache_file_is_rebuilt(
    built_copy, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    import pickle

    from drafter.library.cache import _HEAD, cache_file

    shipped_copy, fresh = built_copy
    file = cache_file(shipped_copy)
    assert file is not None
    data = file.read_bytes()
    size = int.from_bytes(data[:_HEAD], "big")
    if damage == "other version":
        head = pickle.loads(data[_HEAD : _HEAD + size])
        head["version"] = (4, *head["version"][1:])
        new = pickle.dumps(head)
        data = len(new).to_bytes(_HEAD, "big") + new + data[_HEAD + size :]
    replaced = {"truncated": data[: len(data) * 2 // 3], "junk": b"not a cache" * 100, "empty": b"",
                "header only": data[: _HEAD + size]}.get(damage, data)  # fmt: skip
    file.write_bytes(replaced)
    _fresh_process()
    part = load_library(shipped_copy, only={fresh.fragments[0].id})
    assert part.whole().fragments == fresh.fragments and part.errors == fresh.errors
    parsed = _parses(monkeypatch)
    _fresh_process()
    assert load_library(shipped_copy).fragments == fresh.fragments and not parsed  # rebuilt whole


def test_an_edited_file_is_read_anew_and_only_it(shipped_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_library(shipped_copy)
    target = shipped_copy / "topics" / "women-children.yaml"
    text = target.read_text(encoding="utf-8")
    assert "妇女" in text
    target.write_text(text.replace("妇女", "妇女同胞", 1), encoding="utf-8")
    parsed = _parses(monkeypatch)
    _fresh_process()
    edited = load_library(shipped_copy, only=set())
    assert parsed == ["women-children.yaml"]
    assert edited.whole().fragments == load_library(shipped_copy, cache=False).fragments
    assert any("妇女同胞" in t for f in edited.whole().fragments for t in fragment_texts(f))


def test_a_users_own_library_on_top_drafts_as_without_the_cache(built_copy, tmp_path: Path) -> None:
    shipped_copy, shipped = built_copy  # (and the shipped library parsed without the cache)
    own = tmp_path / "own"
    own.mkdir()
    closing = next(f for f in shipped.fragments if f.role.value == "closing" and "妇女儿童" in f.tags)
    (own / "mine.yaml").write_text(
        f"- id: {closing.id}\n  role: closing\n  tags: [{', '.join(closing.tags)}]\n"
        "  text: 同志们，让我们携手并进，把妇女儿童工作做得更加扎实！\n  source: {authored: 测试, written: 2026-12}\n"
        "- id: mine.opening\n  role: opening\n  tags: [妇女儿童]\n  text: 今天，我们在这里召开{{ meeting }}。\n"
        "  source: {authored: 测试, written: 2026-12}\n",
        encoding="utf-8",
    )  # fmt: skip
    stack = (shipped_copy, own)
    drafts = [_draft(stack)[0] for _ in range(3)]
    import os

    os.environ["DRAFTER_NO_CACHE"] = "1"
    try:
        plain = _draft(stack)[0]
    finally:
        del os.environ["DRAFTER_NO_CACHE"]
    assert drafts == [plain] * 3
    ids = {f.id for f in load_library(own).fragments}
    assert ids == {closing.id, "mine.opening"}


def test_processes_filling_the_cache_at_once_leave_a_whole_file(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, _built_once
) -> None:
    import os
    import subprocess
    import sys

    code = "import sys; from drafter.library import load_library; load_library(sys.argv[1], only=set(sys.argv[2:]))"
    ids = [f.id for f in _built_once[1].fragments]  # the shipped library's, parsed without the cache
    runs = [subprocess.Popen([sys.executable, "-c", code, str(shipped_copy), *ids[i::50]], env=os.environ.copy())
            for i in range(4)]  # fmt: skip
    assert [run.wait() for run in runs] == [0] * 4
    parsed = _parses(monkeypatch)
    _fresh_process()
    assert load_library(shipped_copy).fragments == load_library(shipped_copy, cache=False).fragments
    assert not parsed
