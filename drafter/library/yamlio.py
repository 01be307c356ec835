"""Read YAML with the safe loader, each mapping remembering its line (for messages)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import FragmentFormatError, LimitError
from drafter.limits import MAX_YAML_BYTES, MAX_YAML_DEPTH, MAX_YAML_NODES, check_size

if TYPE_CHECKING:
    import yaml


class _LineDict(dict):  # type: ignore[type-arg]
    """A mapping read from YAML that remembers its line (1-based)."""

    line = 0


@functools.cache
def _line_loader() -> type:
    """The loader class, made on first use: commands that parse no YAML never import PyYAML."""
    import yaml

    # libyaml is much faster on large libraries; fall back to pure Python.
    base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _LineLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
            _refuse_duplicate_keys(node)
            mapping = _LineDict(super().construct_mapping(node, deep=deep))
            mapping.line = node.start_mark.line + 1
            return mapping

    _LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
    return _LineLoader


def _refuse_duplicate_keys(node: yaml.MappingNode) -> None:
    import yaml

    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            continue
        line = key_node.start_mark.line + 1
        if key_node.value in seen:
            raise yaml.constructor.ConstructorError(
                None, None,
                f"键“{key_node.value}”重复出现（第 {seen[key_node.value]} 行和第 {line} 行），后者会悄悄覆盖前者",
                key_node.start_mark,
            )  # fmt: skip
        seen[key_node.value] = line


def _check_expansion(root: yaml.Node, path: str | Path) -> None:
    """Refuse a document whose aliases expand past MAX_YAML_NODES or nest past MAX_YAML_DEPTH.

    Sizes are computed once per node (aliases share nodes), so this is linear in
    the document even when its expansion is exponential.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if id(node) in sizes and not done:
            continue
        if depth > MAX_YAML_DEPTH:
            _too_big(path, node, f"嵌套超过 {MAX_YAML_DEPTH} 层")
        children = _children(node)
        if done:
            total = 1 + sum(sizes.get(id(c), 1) for c in children)
            if total > MAX_YAML_NODES:
                _too_big(path, node, f"展开锚点（&/*）后超过 {MAX_YAML_NODES} 个节点")
            sizes[id(node)] = total
            continue
        sizes.setdefault(id(node), 0)  # on the stack: a recursive alias counts as small
        stack.append((node, depth, True))
        stack.extend((c, depth + 1, False) for c in children if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _too_big(path: str | Path, node: yaml.Node, what: str) -> None:
    raise FragmentFormatError(
        f"YAML 文件{what}，可能是恶意构造的文件，已拒绝", path=path,
        line=node.start_mark.line + 1, hint="不要使用层层嵌套的锚点和别名；检查文件来源。",
    )  # fmt: skip


def read_yaml(path: Path) -> Any:
    """Read a YAML file with the safe loader, mappings remembering their lines.

    Raises:
        FragmentFormatError: unreadable file or bad YAML, with its line.
    """
    try:
        check_size(path, path.stat().st_size, MAX_YAML_BYTES, "YAML 文件")
        text = path.read_text(encoding="utf-8-sig")
    except LimitError as exc:
        raise FragmentFormatError(exc.message, path=path, hint=exc.hint) from exc
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
    if len(text) > MAX_YAML_BYTES:
        raise FragmentFormatError(
            f"YAML 文本过大（上限 {MAX_YAML_BYTES // 1024 // 1024} MB），已拒绝", path=path
        )
    import yaml

    loader = _line_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, path)
        return loader.construct_document(node)
    except RecursionError as exc:
        raise FragmentFormatError(
            "YAML 嵌套过深，已拒绝", path=path, hint="检查文件来源；片段文件不需要很深的嵌套。"
        ) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise FragmentFormatError(
            f"YAML 格式错误：{problem}", path=path, line=line, hint="检查该行的缩进、冒号和引号。"
        ) from exc
    finally:
        loader.dispose()
