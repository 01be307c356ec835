"""Write ingest results: cleaned speeches to the corpus, new fragments to the library.

Every file is written atomically and only when its content changes; an
existing fragment file is never overwritten. Fragments that are near-duplicates
of fragments already in the library (rapidfuzz ≥ 85) are skipped.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import FragmentFormatError
from drafter.files import write_text_atomic
from drafter.ingest.fragments import Candidate
from drafter.ingest.split import normalise, sentence_keys
from drafter.library import fragment_from_dict, fragment_texts
from drafter.model import Fragment

NEAR_DUPLICATE = 85.0


# ---------------------------------------------------------------- YAML


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


class Flow(list):  # type: ignore[type-arg]
    """A list written in flow style: tags: [妇女儿童, 工作会议]."""


class FlowMap(dict):  # type: ignore[type-arg]
    """A mapping written in flow style: source: {speech: …, where: …}."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    long_text = "\n" in value or (len(value) > 60 and not value.isascii())
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if long_text else None)


def _flow(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _flow_map(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=True)


def _none(dumper: yaml.SafeDumper, _value: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_Dumper.add_representer(str, _str)
_Dumper.add_representer(type(None), _none)
_Dumper.add_representer(Flow, _flow)
_Dumper.add_representer(FlowMap, _flow_map)


def _styled(data: dict[str, Any]) -> dict[str, Any]:
    """Tags, variables and source in flow style, like the hand-written fragment files."""
    out = dict(data)
    for key, kind in (("tags", Flow), ("variables", FlowMap), ("source", FlowMap)):
        if key in out:
            out[key] = kind(out[key])
    return out


_EMPTY_NULL = re.compile(r": !!?(?:null)? ''(?=[,}\n])")


def dump_yaml(data: Any) -> str:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return _EMPTY_NULL.sub(": ", text)  # {reporter: } as in the hand-written files


def schema_line(folder: Path) -> str:
    """The editor's schema line for a fragment file in `folder` ('' when the schema is not installed)."""
    schema = Path(__file__).resolve().parent.parent / "data" / "fragment.schema.json"
    if not schema.is_file():
        return ""
    try:
        relative = os.path.relpath(schema, folder.resolve())
    except ValueError:  # another drive on Windows
        relative = str(schema)
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}"


def fragment_file_text(speech_id: str, origin: str, candidates: list[Candidate], schema: str = "") -> str:
    """The text of `<library>/ingested/<speech-id>.yaml`, one commented entry per fragment."""
    lines = [
        *([schema] if schema else []),
        f"# 由 drafter ingest 从 {origin} 自动导入（讲话 {speech_id}）。",
        "# 请人工校对：标为 specific 的片段含有来源讲话特有的内容，起草时不会被选用。",
        "",
    ]
    for cand in candidates:
        if cand.reasons:
            lines.append("# specific：" + "；".join(cand.reasons))
        lines.append(dump_yaml([_styled(cand.data)]).rstrip("\n"))
        lines.append("")
    return "\n".join(lines)


def prepare(cand: Candidate) -> Candidate:
    """Hash a candidate for the near-duplicate search."""
    return replace(cand, norm=comparable(cand.data), keys=text_keys(raw_text(cand.data)))


def check(cand: Candidate, path: str) -> str:
    """Why the library would refuse `cand` ('' when it loads). Run only on fragments kept."""
    try:
        fragment_from_dict(cand.data, path=path)
    except FragmentFormatError as exc:
        return exc.message
    return ""


# ---------------------------------------------------------------- corpus


def content_hash(body: str) -> str:
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


def corpus_text(meta: dict[str, Any], body: str) -> str:
    """A cleaned speech as Markdown with YAML front matter."""
    return "---\n" + dump_yaml(meta) + "---\n\n" + body.rstrip("\n") + "\n"


# ---------------------------------------------------------------- writing


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What happened to one output file: written, unchanged, kept (exists, left alone) or planned (dry run)."""

    path: str
    status: str


def write_if_changed(path: Path, text: str, *, dry_run: bool, overwrite: bool = True) -> WriteResult:
    """Write `text` atomically unless the file already holds it (or exists and `overwrite` is off)."""
    if path.exists():
        try:
            same = path.read_text(encoding="utf-8") == text
        except (OSError, UnicodeDecodeError):
            same = False
        if same:
            return WriteResult(str(path), "unchanged")
        if not overwrite:
            return WriteResult(str(path), "kept")
    if dry_run:
        return WriteResult(str(path), "planned")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)
    return WriteResult(str(path), "written")


# ---------------------------------------------------------------- near-duplicates


def comparable(fragment_or_data: Fragment | dict[str, Any]) -> str:
    """Every text of a fragment, normalised (Jinja names stay, punctuation and spaces go)."""
    if isinstance(fragment_or_data, Fragment):
        texts = fragment_texts(fragment_or_data)
    else:
        texts = list(_dict_texts(fragment_or_data))
    return normalise("".join(texts))


def _dict_texts(data: dict[str, Any]) -> list[str]:
    out = [data.get(k, "") or "" for k in ("heading", "text", "ending")]
    for sub in data.get("subpoints", []) + data.get("items", []):
        out += _dict_texts(sub)
    return out


class FragmentIndex:
    """Fragments already in the library, searchable for near-duplicates by role.

    Long texts are compared only with fragments that share a sentence (an
    inverted index); short ones with every short fragment of their role.
    """

    def __init__(self) -> None:
        self._exact: dict[tuple[str, str], str] = {}
        self._texts: list[tuple[str, str, str]] = []  # (id, role, normalised)
        self._by_key: dict[int, list[int]] = defaultdict(list)
        self._short: dict[str, list[int]] = defaultdict(list)

    def add(self, fid: str, role: str, norm: str, keys: frozenset[int]) -> None:
        if not norm:
            return
        self._exact.setdefault((role, norm), fid)
        idx = len(self._texts)
        self._texts.append((fid, role, norm))
        if len(keys) < 3:
            self._short[role].append(idx)
        for k in keys:
            self._by_key[k].append(idx)

    def match(self, role: str, norm: str, keys: frozenset[int]) -> tuple[str, float] | None:
        """(id, score) of the most similar fragment of `role` at ≥ 85, or None."""
        from rapidfuzz import fuzz, process

        if not norm:
            return None
        if (role, norm) in self._exact:
            return self._exact[(role, norm)], 100.0
        shared: Counter[int] = Counter()
        for k in keys:
            posting = self._by_key.get(k, ())
            if len(posting) <= _COMMON:  # a sentence in every other fragment tells nothing
                shared.update(posting)
        pool = [i for i, _ in shared.most_common(_TOP)]
        if len(keys) < 3:
            pool += self._short[role]
        choices = {i: self._texts[i][2] for i in pool if self._texts[i][1] == role}
        if not choices:
            return None
        hit = process.extractOne(norm, choices, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE)
        return (self._texts[hit[2]][0], round(float(hit[1]), 1)) if hit else None


# Compare with at most this many fragments that share sentences with the new one.
_TOP = 12
_COMMON = 64


def text_keys(raw: str) -> frozenset[int]:
    """Hashes of the normalised sentences (10 characters or more) of a fragment's text."""
    return frozenset(sentence_keys(raw, min_len=10))


def raw_text(fragment_or_data: Fragment | dict[str, Any]) -> str:
    if isinstance(fragment_or_data, Fragment):
        return "。".join(fragment_texts(fragment_or_data))
    return "。".join(_dict_texts(fragment_or_data))
