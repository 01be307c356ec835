"""Read YAML with the safe loader, each mapping remembering its line (for messages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from drafter.errors import FragmentFormatError

try:  # libyaml is much faster on large libraries; fall back to pure Python.
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader


class _LineDict(dict):  # type: ignore[type-arg]
    """A mapping read from YAML that remembers its line (1-based)."""

    line = 0


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
        mapping = _LineDict(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping
)


def read_yaml(path: Path) -> Any:
    """Read a YAML file with the safe loader, mappings remembering their lines.

    Raises:
        FragmentFormatError: unreadable file or bad YAML, with its line.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FragmentFormatError(
            f"无法读取文件（{exc}）", path=path, hint="检查文件是否存在、是否为 UTF-8 编码。"
        ) from exc
    return parse_yaml(text, path)


def parse_yaml(text: str, path: str | Path = "") -> Any:
    """Parse YAML text (safe loader, mappings remembering their lines).

    Raises:
        FragmentFormatError: bad YAML, naming `path` and the line.
    """
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise FragmentFormatError(
            f"YAML 格式错误：{problem}", path=path, line=line, hint="检查该行的缩进、冒号和引号。"
        ) from exc
