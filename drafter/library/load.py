"""Load a whole fragment library: every file through the load cache, duplicates reported, kept per process."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from drafter.errors import FragmentFormatError, LibraryError
from drafter.files import files_stamp
from drafter.library.cache import _LoadCache
from drafter.library.content import scan
from drafter.library.paths import default_library_dir
from drafter.library.schema import read_fragment_file
from drafter.model import Fragment, Role


@dataclass(frozen=True, slots=True)
class Library:
    """The fragments of one library, and the problems found while loading it."""

    root: str
    fragments: tuple[Fragment, ...]
    errors: tuple[FragmentFormatError, ...] = ()
    _by_id: Mapping[str, Fragment] = field(default_factory=dict, repr=False)
    # A stack of libraries (see drafter.workspace): every root, bottom first, and warnings
    # about it (an id found in two libraries: the later one's fragment is used).
    roots: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # What the fragments were parsed from, when the load cache knew every file: a key (the
    # parsing code's version, then each file's name and XXH3 digest) for caches of what is
    # computed from the fragments (search's haystacks). "" when unknown: such caches are not used.
    content: str = ""
    # A library read in part (`load_library(only=…)`): loads it again with other fragments (None: all of them).
    more: Callable[[Collection[str] | None], Library] | None = field(default=None, repr=False, compare=False)
    # `of_role`'s answers, looked up once per Library object (init=False: a `replace` copy starts empty).
    _roles: dict[tuple[Role, str | None], tuple[Fragment, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def whole(self) -> Library:
        """This library with every fragment (itself unless it was read in part)."""
        return self.narrowed(None)

    def narrowed(self, ids: Collection[str] | None) -> Library:
        """This library read in part: at least the fragments `ids` and every other fragment of their files.

        The rest of the fragment files are not unpickled. A library read in full (a stack, no cache) is returned
        as it is: it holds them all. Its roots and notes stay this library's.
        """
        if self.more is None:
            return self
        return replace(self.more(ids), roots=self.roots, notes=self.notes)

    def get(self, fragment_id: str) -> Fragment:
        """Return the fragment `fragment_id`.

        Raises:
            LibraryError: no such fragment.
        """
        try:
            return self._by_id[fragment_id]
        except KeyError:
            if self.more is not None:
                return self.whole().get(fragment_id)
            raise self._no_such(fragment_id) from None

    def _no_such(self, fragment_id: str) -> LibraryError:
        """No fragment `fragment_id`: the shipped library named as such (not its folder in the
        installed package), and the closest ids when there are any."""
        import difflib

        from drafter.library.paths import is_shipped

        shipped = is_shipped(self.root)
        close = difflib.get_close_matches(fragment_id, list(self._by_id), n=3, cutoff=0.75)
        hint = f"是不是 {'、'.join(close)}？" if close else ""
        error = LibraryError(
            f"{'自带片段库' if shipped else '片段库'}中没有 id 为 {fragment_id} 的片段",
            path=None if shipped else self.root,
            hint=hint + "用 drafter fragments list 查看可用的片段 id（drafter fragments search 关键词 按文字查找）。",
        )
        error.missing_id = fragment_id  # type: ignore[attr-defined]  # `update` says which record used it
        return error

    def by_role(self, role: Role) -> list[Fragment]:
        return [f for f in self.fragments if f.role == role]

    def of_role(self, role: Role, stage: str | None = None) -> tuple[Fragment, ...]:
        """The fragments of `role` (and, given one, of the 认识/任务/保障 `stage`) in library order.

        Listed once per Library object, every role and stage in one pass: planning asks about ten times a draft,
        each time over every fragment (#18)."""
        if not self._roles:
            self._roles.update(_grouped(self.fragments))
        return self._roles.get((role, stage), ())


def _grouped(fragments: tuple[Fragment, ...]) -> dict[tuple[Role, str | None], tuple[Fragment, ...]]:
    """`of_role`'s answers for these fragments, kept per tuple of fragments: a draft's library is another Library
    object each time (`narrowed`, a stack of one), over the same tuple while the library is unchanged (#18)."""
    known = _GROUPED.get(id(fragments))
    if known is not None and known[0] is fragments:
        return known[1]
    grouped: dict[tuple[Role, str | None], list[Fragment]] = {}
    for f in fragments:
        grouped.setdefault((f.role, None), []).append(f)
        stage_of = f.stage
        if stage_of is not None:
            grouped.setdefault((f.role, stage_of), []).append(f)
    found = {key: tuple(found) for key, found in grouped.items()}
    if len(_GROUPED) >= 8:
        _GROUPED.clear()
    _GROUPED[id(fragments)] = (fragments, found)  # the tuple held: its id is not another's meanwhile
    return found


_GROUPED: dict[int, tuple[tuple[Fragment, ...], dict[tuple[Role, str | None], tuple[Fragment, ...]]]] = {}


def fragment_files(root: Path) -> list[Path]:
    """The fragment files of a library folder (or one file), in a stable order."""
    return scan(root)[0]


def load_library(
    root: str | Path | None = None, *, strict: bool = True, cache: bool = True, only: Collection[str] | None = None
) -> Library:
    """Load every fragment file under `root` (default: the shipped library).

    Args:
        root: a folder of fragment files, or one file.
        strict: raise on the first problem list instead of returning it.
        cache: reuse the parsed fragments of files whose content is unchanged
            since the last load (see `cache_dir`); results are identical.
        only: read from the cache only the files holding these fragment ids (a draft knows which
            fragments it can use); the library's errors and content are those of the whole, `whole()`
            and `narrowed()` read more. Ignored without the cache, or when an id is in two files.

    Raises:
        LibraryError: the folder is missing, or (strict) any fragment is invalid.
    """
    path = Path(root) if root is not None else default_library_dir()
    if not path.exists():
        raise LibraryError(
            "片段库目录不存在", path=path, hint="用 --library 指向含有 *.yaml 片段文件的目录。"
        )
    files, unreadable = scan(path)
    signature = _signature(files, unreadable)
    known = _LOADED.get((str(path), strict))
    if cache and signature is not None and known is not None and known[0] == signature:
        return known[1]
    part = _PARTS.get((str(path), strict))
    if only is not None and cache and signature is not None and part is not None and part[0] == signature:
        assert part[1].more is not None
        return part[1].more(only)  # its cache file already read (a long run drafting again: serve)
    store = _LoadCache.open(path) if cache else None
    unreadable_errors = [
        FragmentFormatError("无法读取该目录（没有读权限），其中的片段没有加载", path=folder,
                            hint="检查目录权限（chmod u+rx）。")
        for folder in unreadable
    ]  # fmt: skip
    if store is None:
        only = None
    # What `read` gave for each set of ids: a part is used only while the files' signature is the one it was read
    # at (above), and each file's stamp is in that signature, so `read` would only give the same again (#18: a
    # resident's draft read the library twice, ~1 ms, into Library objects whose per-library results were then
    # worked out anew). Bounded: a long run's new drafts each ask for their own ids.
    made: dict[frozenset[str] | None, Library] = {}

    def read(ids: Collection[str] | None) -> Library:
        wanted = None if ids is None else frozenset(ids)
        known = made.get(wanted)
        if known is not None:
            return known
        library = _read(wanted)
        if library.more is not None:  # a library read in part: `more` is this very function
            if len(made) >= _PART_READS:
                made.clear()
            made[wanted] = library
        return library

    def _read(wanted: frozenset[str] | None) -> Library:
        fragments: list[Fragment] = []
        errors: list[FragmentFormatError] = list(unreadable_errors)
        every_id: list[str] = []
        whole = True
        try:
            for file in files:
                if store is None:
                    found, problems = read_fragment_file(file)
                    every_id += (f.id for f in found)
                else:
                    got, problems, file_ids = store.read(file, None if wanted is None else _holding(wanted))
                    every_id += file_ids
                    whole = whole and got is not None
                    found = got or []
                fragments.extend(found)
                errors.extend(problems)
            if not whole and len(set(every_id)) < len(every_id):
                return read(None)  # an id in two files: which one counts is decided over the whole library
            content = ""
            if store:
                store.save()
                content = store.content(files) if not unreadable else ""
        finally:
            if store:
                store.release()  # the cache file is not held open between reads (serve keeps the store)
        fragments, dup_errors = _drop_duplicates(fragments)
        errors.extend(dup_errors)
        if strict and errors:
            raise LibraryError(
                "片段库有错误：\n" + "\n".join(f"  {e.render()}" for e in errors),
                hint="改正以上问题后重试；drafter fragments lint 可列出全部问题。",
            )
        by_id = {f.id: f for f in fragments}
        library = Library(str(path), tuple(fragments), tuple(errors), by_id, content=content,
                          more=None if whole else read)  # fmt: skip
        if cache and signature is not None:
            (_PARTS if library.more else _LOADED)[(str(path), strict)] = (signature, library)
            if library.more and store is not None:
                _PART_STORES[(str(path), strict)] = store
        return library

    return read(only)


def _holding(ids: frozenset[str]) -> Callable[[tuple[str, ...]], bool]:
    return lambda file_ids: not ids.isdisjoint(file_ids)


# Libraries this process has loaded, by folder, with the size and mtime of every file: a
# long-running process (drafter serve) does not read an unchanged library again per request.
_LOADED: dict[tuple[str, bool], tuple[tuple[Any, ...], Library]] = {}
# … and libraries it has read in part (`only`), whose cache file it keeps to read more of it.
_PARTS: dict[tuple[str, bool], tuple[tuple[Any, ...], Library]] = {}


# How many reads of one library in part are kept (`load_library`'s `made`).
_PART_READS = 32
# … and the load cache each of those reads more from.
_PART_STORES: dict[tuple[str, bool], Any] = {}


def contents_read() -> list[str]:
    """The content keys of the libraries this process has read in part (the resident: the shipped one's)."""
    return [library.content for _, library in _PARTS.values()]


def read_every_shard() -> list[Fragment]:
    """Unpickle every shard of the libraries this process has read in part, and return their fragments.

    The resident drafter does this once before it forks: each child then finds every fragment of the shipped library
    parsed, as the same objects every time (so what is worked out per fragment once is found again), instead of
    unpickling the shards its draft needs. A child still checks each file as a draft does (`_LoadCache.read`)."""
    fragments: list[Fragment] = []
    for key, store in _PART_STORES.items():
        if key not in _PARTS:
            continue
        try:
            for entry in store.entries.values():
                if entry.found is None and entry.shard is not None:
                    store._unpickle(entry)
                fragments += entry.found or ()
        finally:
            store.release()
    return fragments


def _signature(files: list[Path], unreadable: list[Path]) -> tuple[Any, ...] | None:
    """What changes when any file of a library changes (None: a file vanished meanwhile)."""
    stats = files_stamp(files)
    return None if stats is None else (*stats, *map(str, unreadable))


def _drop_duplicates(fragments: list[Fragment]) -> tuple[list[Fragment], list[FragmentFormatError]]:
    seen: dict[str, Fragment] = {}
    errors = []
    for frag in fragments:
        first = seen.get(frag.id)
        if first is None:
            seen[frag.id] = frag
            continue
        errors.append(
            FragmentFormatError(
                f"id 重复（第一次出现在 {first.path}:{first.line}）",
                path=frag.path, line=frag.line, fragment_id=frag.id,
                hint="每个片段的 id 必须唯一，请改名或删除其中一个。",
            )
        )  # fmt: skip
    return list(seen.values()), errors
