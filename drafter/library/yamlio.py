"""Read YAML with the safe loader, each mapping remembering its line (for messages)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import FragmentFormatError, LimitError, read_reason
from drafter.limits import MAX_YAML_BYTES, MAX_YAML_DEPTH, MAX_YAML_NODES, read_limited

if TYPE_CHECKING:
    from collections.abc import Callable

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


def _check_tree(root: yaml.Node, path: str | Path) -> None:
    """`_check_expansion` for a document without aliases (no `*` in its text): a tree, whose size is its node count.

    Counting is a third of the general walk's work (reading the shipped library for the first time spent
    0.13 s of its 0.75 s there); a tree past either limit goes through `_check_expansion`, which says where.
    """
    count, deepest = 0, 0
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        deepest = max(deepest, depth)
        value = node.value
        if type(value) is list:  # a sequence's nodes, or a mapping's (key, value) pairs
            depth += 1
            for child in value:
                if type(child) is tuple:
                    stack += ((child[0], depth), (child[1], depth))
                else:
                    stack.append((child, depth))
    if count > MAX_YAML_NODES or deepest > MAX_YAML_DEPTH:
        _check_expansion(root, path)


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
        data = read_limited(path, MAX_YAML_BYTES, "YAML 文件")
    except LimitError as exc:
        raise FragmentFormatError(exc.message, path=path, hint=exc.hint) from exc
    except OSError as exc:
        raise FragmentFormatError(f"无法读取文件（{read_reason(exc)}）", path=path, hint="检查文件是否存在、能否打开。") from exc
    return parse_yaml(decode_yaml(data, path), path)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_yaml(data: bytes, path: str | Path = "") -> str:
    """The text of a YAML file: UTF-8 (with or without a BOM), or UTF-16 with its BOM, as YAML allows.

    Windows Notepad saves “Unicode” as UTF-16 with a BOM: that is read. GBK (Notepad's “ANSI” on a
    Chinese Windows) is not guessed at, but named, with the line of its first character, and how to resave.

    Raises:
        FragmentFormatError: the bytes are neither.
    """
    try:
        if data.startswith(_UTF16_BOMS):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            data.decode("gb18030")
            what = "是 GBK（ANSI）编码，不是 UTF-8"
        except UnicodeDecodeError:
            what = f"不是 UTF-8 编码（第 {exc.start + 1} 个字节起无法解码）"
        raise FragmentFormatError(
            f"无法读取文件：{what}", path=path, line=line,
            hint="用记事本打开，“另存为”时编码选 UTF-8 后重试（或 iconv -f GBK -t UTF-8 原文件 > 新文件）。",
        ) from exc  # fmt: skip


def parse_yaml(text: str, path: str | Path = "", *, composed: Callable[[Any], None] | None = None) -> Any:
    """Parse YAML text (safe loader, mappings remembering their lines); `composed`, if given, is called with the
    document's node tree before its data are built (what a fragment's lines are found by: one parse for both).

    Raises:
        FragmentFormatError: bad YAML, naming `path` and the line.
    """
    if len(text) > MAX_YAML_BYTES:
        raise FragmentFormatError(
            f"YAML 文本过大（上限 {MAX_YAML_BYTES // 1024 // 1024} MB），已拒绝", path=path
        )
    import yaml

    loader = _line_loader()(text)
    node = None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        (_check_expansion if "*" in text else _check_tree)(node, path)  # no `*`, no alias
        if composed is not None:
            composed(node)
        return loader.construct_document(node)
    except RecursionError as exc:
        raise FragmentFormatError(
            "YAML 嵌套过深，已拒绝", path=path, hint="检查文件来源；片段文件不需要很深的嵌套。"
        ) from exc
    except ValueError as exc:  # a date that does not exist (2026-13-45): YAML reads it as a date
        bad = _bad_date(loader, node) if node is not None else None
        raise FragmentFormatError(
            f"日期“{bad.value if bad else ''}”不存在", path=path, line=bad.start_mark.line + 1 if bad else None,
            hint="改正日期，如 2026-03-08 或 2026年3月8日。",
        ) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        opened = getattr(exc, "context_mark", None)
        if line and opened and line > len(text.splitlines()):  # ran off the end: name where it was opened
            line = opened.line + 1
        problem, hint = describe_yaml_problem(getattr(exc, "problem", None) or str(exc), text, line)
        raise FragmentFormatError(f"YAML 格式错误：{problem}", path=path, line=line, hint=hint) from exc
    finally:
        loader.dispose()


def _bad_date(loader: Any, root: yaml.Node) -> yaml.ScalarNode | None:
    """The first scalar YAML takes for a date (2026-13-45) that is no date."""
    import yaml

    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            try:
                loader.construct_yaml_timestamp(node)
            except ValueError:
                return node
        stack.extend(reversed(_children(node)))
    return None


# PyYAML's (and libyaml's) problems, in Chinese: (words in its message, what it means). First match wins.
_YAML_PROBLEMS = (
    # PyYAML's “found unconstructable recursive node” holds “tab”: a mapping holding itself said 用了制表符 (newuser36)
    ("recursive", "锚点（&）所在的映射里又用别名（*）引用了它自己，无法读取"),
    ("tab", "用了制表符（Tab）"),
    ("cannot start any token", "有不能出现在这里的字符（常见的是制表符 Tab 或行首的 @、`、%）"),
    ("mapping values are not allowed", "冒号用得不对（值里有“: ”时请给整个值加引号）"),
    ("could not find expected ':'", "缺少“名称: 值”中的冒号，或引号没有配对"),
    ("undefined alias", "用了没有定义的别名（*）"),
    ("duplicate anchor", "锚点（&）重名"),
    ("anchor", "锚点（&）或别名（*）写法有误"),
    ("unknown escape", "双引号里有无法识别的转义（\\ 后面的字符）；不需要转义时请改用单引号"),
    ("end of stream", "文件在引号或括号结束之前就结束了（引号、[ ] 或 { } 没有配对）"),
    ("',' or ']'", "方括号列表没有写完整（缺少“,”或“]”）"),
    ("',' or '}'", "花括号映射没有写完整（缺少“,”或“}”）"),
    ("expected key", "缩进不对：这一行与上面同级的项没有对齐"),
    ("'-' indicator", "列表项（- ）的缩进与上面的项没有对齐"),
    ("block end", "缩进不对：这一行比上一级多缩进或少缩进了"),
    ("sequence entries are not allowed", "列表项（- ）放在了不能放列表的地方（检查缩进）"),
    ("node content", "这里缺少内容（冒号或“- ”后面缺少值，或括号没有写完整）"),
    ("control characters", "文件中有不可见的控制字符"),
    ("unacceptable character", "文件中有不可见的控制字符"),
    ("constructor for the tag", "用了不允许的标签（!! 开头的写法），只能写普通的文字、数字、列表和映射"),
    ("unhashable", "名称（冒号前）不能是列表或映射"),
    ("comment or a line break", "值后面多了内容（注释前要有空格，或给值加引号）"),
    ("document start", "文件中有多余的内容（只能有一个文档，检查“---”和缩进）"),
)


def describe_yaml_problem(problem: str, text: str = "", line: int | None = None) -> tuple[str, str]:
    """A YAML parser's problem in Chinese, and what to do: never the parser's English words.

    A problem drafter wrote itself (already Chinese) passes through unchanged.
    """
    hint = "检查该行的缩进、冒号和引号（缩进只能用空格）。"
    lines = text.splitlines()
    here = lines[line - 1] if line and 0 < line <= len(lines) else ""
    if "\t" in here or ("tab" in problem.lower() and "\t" in text):
        return "这一行有制表符（Tab），YAML 只能用空格缩进", "把 Tab 换成空格（每级缩进两个空格）。"
    if any("\u4e00" <= ch <= "\u9fff" for ch in problem):
        return problem, hint
    lowered = problem.lower()
    if "nesting depth" in lowered:  # libyaml's own limit (1,000 brackets) said 写法不符合 YAML 格式 (newuser37)
        return (f"嵌套超过 {MAX_YAML_DEPTH} 层（括号或缩进层层套叠），可能是恶意构造的文件，已拒绝",
                "答案、片段和模板文件不需要很深的嵌套；检查文件来源。")  # fmt: skip
    for words, meaning in _YAML_PROBLEMS:
        if words.lower() in lowered:
            return meaning, hint
    return "写法不符合 YAML 格式", hint
