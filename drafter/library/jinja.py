"""Parse fragment texts as Jinja (nothing runs here): used names, syntax errors, unsafe constructs.

Rendering happens only in `drafter.render.sandbox`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from drafter.errors import ErrorContext, FragmentFormatError
from drafter.library.names import CONTEXT_HELPERS, STANDARD_VARIABLES
from drafter.library.plain import plain_names, plain_tree
from drafter.model import Fragment

_FORBIDDEN_NODES = ("Import", "FromImport", "Include", "Extends", "Macro", "CallBlock")


@functools.cache
def _jinja() -> tuple[Any, Any]:
    """Jinja's parser and AST nodes, imported on first use: a cached load never needs them."""
    import jinja2
    import jinja2.meta
    import jinja2.nodes

    from drafter.library.altext import AltExtension

    return jinja2.Environment(autoescape=False, extensions=[AltExtension]), jinja2


def _undeclared(ast: Any) -> frozenset[str]:
    """The names a text reads and does not bind itself, as `jinja2.meta.find_undeclared_variables` finds them.

    A walk over the parsed text: Jinja's own function runs its whole code generator, which made
    reading a library for the first time (no cache yet) take seconds. `check_safe` has refused
    every binding construct but `{% for %}` before this runs, so a loop's targets (and `loop`)
    are the only names a text binds.
    """
    nodes = _jinja()[1].nodes
    found: set[str] = set()
    stack: list[tuple[Any, frozenset[str]]] = [(ast, frozenset())]
    while stack:
        node, bound = stack.pop()
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in bound:
                found.add(node.name)
        elif isinstance(node, nodes.For):
            targets = [node.target, *node.target.find_all(nodes.Name)]  # x, or the names of (x, y)
            inner = bound | {"loop"} | {n.name for n in targets if isinstance(n, nodes.Name)}
            stack.append((node.iter, bound))
            stack.extend((child, inner) for child in [*node.body, *([node.test] if node.test else [])])
            stack.extend((child, bound) for child in node.else_)
        else:
            stack.extend((child, bound) for child in node.iter_child_nodes())
    return frozenset(found)


def fragment_texts(fragment: Fragment) -> list[str]:
    """Every Jinja text of a fragment: text, heading, ending and all sub-points."""
    texts = [fragment.text, fragment.heading, fragment.ending]
    stack = list(fragment.subpoints)
    while stack:
        sub = stack.pop(0)
        texts += [sub.heading, sub.text]
        stack.extend(sub.items)
    return [t for t in texts if t]


def fragment_digest(fragment: Fragment) -> str:
    """A short content hash of everything a fragment renders (texts and sub-point order)."""
    from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)

    return hashes.sha256("\0".join(fragment_texts(fragment)).encode("utf-8")).hexdigest()[:16]


# Names each Jinja text reads, by text: parsing is the slow part of loading, and
# the load cache fills this in so that lint and render need not parse again.
_USED: dict[str, frozenset[str]] = {}
_USED_KEPT = 65_536  # texts: ~25 of today's libraries

# Most fragment texts hold only `{{ name }}` and `{{ name.attr }}`: for those the
# names are read off directly, which gives what Jinja's parser gives, 20× faster.
_SIMPLE_EXPR = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)(?:\.[A-Za-z][A-Za-z0-9_]*)*\s*\}\}")

_JINJA_OPEN = re.compile(r"\{[{%#]")

_JINJA_WORDS = frozenset(
    {"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is", "if", "else"}
)


# Most of the rest are the same plus `{% alt %}…{% or %}…{% endalt %}` blocks (not nested, at most
# MAX_ALTERNATIVES ways): 7,762 of the shipped library's 7,768 other texts. Parsing each with Jinja and
# walking its tree was 90% of reading the library for the first time (~5 s CPU after every install
# or library edit, #18). Such a text is well formed and safe by its shape (an alt block is an `If`
# on drafter's own `_pick` of constants, two levels deep), and its names are those of its `{{ }}`.
# Text between tags holds no `{{`, `{%` or `{#` (where Jinja's lexer would start a tag), so the
# tags are found where Jinja finds them; anything else (a `-`, `{% if %}`, a nested or unclosed
# block, a tenth way) is left to Jinja's parser, which says what is wrong.
_WAYS = 9  # drafter.library.alternatives.MAX_ALTERNATIVES (that module imports jinja2; a cached load does not)
_PLAIN = r"(?:[^{]++|\{(?![{%#]))*+"
_EXPR = r"\{\{\s*[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*\s*\}\}"
_INLINE = rf"(?:{_PLAIN}(?:{_EXPR})?)*+"
_ALT_ONLY = re.compile(
    rf"(?:{_INLINE}(?:\{{%\s*alt\s*%\}}{_INLINE}(?:\{{%\s*or\s*%\}}{_INLINE}){{0,{_WAYS - 1}}}"
    rf"\{{%\s*endalt\s*%\}})?)*+"
)


def _simple_names(text: str) -> frozenset[str] | None:
    """Names of a text made only of plain `{{ name(.attr)* }}` expressions and `{% alt %}` blocks, else None."""
    if "{" not in text:
        return frozenset()
    names = _SIMPLE_EXPR.findall(text)
    if _JINJA_WORDS.intersection(names):
        return None
    if "{%" in text:
        return frozenset(names) if _ALT_ONLY.fullmatch(text) else None
    if _JINJA_OPEN.search(_SIMPLE_EXPR.sub("", text)):
        return None
    return frozenset(names)


def used_variables(texts: Iterable[str]) -> set[str]:
    """Names a set of Jinja texts reads from the context (parse only, nothing runs)."""
    names: set[str] = set()
    for text in texts:
        found = _USED.get(text)
        if found is None:
            found = _simple_names(text)
            if found is None:  # a skeleton's {% if name %} and {% for x in name %}: read as it renders, no jinja2
                tree = plain_tree(text)
                found = plain_names(tree) if tree is not None else _undeclared(_jinja()[0].parse(text))
            if len(_USED) >= _USED_KEPT:  # a resident whose users edit their libraries meets ever new texts (#18)
                _USED.clear()
            _USED[text] = found
        names |= found
    return names


def check_jinja(fragment: Fragment, ctx: ErrorContext) -> None:
    """Parse every text of `fragment`; refuse syntax errors and unsafe constructs.

    Raises:
        FragmentFormatError: syntax error (with its line), private attribute access,
            imports/includes/macros, or a name that is neither declared nor provided.
    """
    declared = {v.name for v in fragment.variables}
    used: set[str] = set()
    for text in fragment_texts(fragment):
        names = _simple_names(text)
        if names is None:
            ast = parse_jinja(text, ctx)
            check_safe(ast, ctx)
            names = _undeclared(ast)
        if len(_USED) >= _USED_KEPT:
            _USED.clear()
        _USED[text] = names
        used |= names
    unknown = used - declared - CONTEXT_HELPERS - set(STANDARD_VARIABLES)
    if unknown:
        raise FragmentFormatError(
            f"使用了未声明的变量 {', '.join(sorted(unknown))}", **ctx,
            hint="在 variables 下声明它们（写明 prompt），或改用层级词（scope、we、leadership…）。",
        )  # fmt: skip


def parse_jinja(text: str, ctx: ErrorContext) -> Any:
    """Parse Jinja text (a `jinja2.nodes.Template`); a syntax error becomes a FragmentFormatError at its line."""
    parser, jinja2 = _jinja()
    try:
        return parser.parse(text)
    except RecursionError as exc:
        raise FragmentFormatError(
            "Jinja 块嵌套过深，已拒绝", **ctx, hint="片段文本不需要层层嵌套的 {% if %}/{% for %}。"
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        # A fragment's lines are joined before parsing, so Jinja's own line number says nothing: name the
        # spot by its words instead, and the file's line where those words stand when the file can be read.
        spot = _spot(text, exc.message or "")
        where = f"（在“{_around(text, spot)}”处）" if spot is not None else ""
        words = text[spot : spot + 6].strip() if spot is not None else ""
        at: ErrorContext = {**ctx, "line": _line_of(ctx, words)}
        error = FragmentFormatError(
            f"Jinja 语法错误：{_syntax_zh(exc.message or '')}{where}", **at, hint="检查 {{ }} 和 {% %} 是否成对。"
        )
        error.words = words  # a snippet's reader (fragments add/edit, the web's edit box) finds its own line
        raise error from exc


_OPENER = re.compile(r"\{\{|\{%")
_CLOSER = {"{{": "}}", "{%": "%}"}


def _spot(text: str, message: str) -> int | None:
    """Where in `text` a Jinja syntax error most likely is: a tag left open, a stray closer, an unknown tag."""
    tag = _UNKNOWN_TAG.search(message) or re.search(r"looking for the following tags: '(\w+)'", message)
    if tag and "looking for" not in tag.group(0):
        found = re.search(r"\{%-?\s*" + tag.group(1) + r"\b", text)
        return found.start() if found else None
    matched: set[int] = set()
    for opener in _OPENER.finditer(text):
        start, closer = opener.start(), _CLOSER[opener.group()]
        end = text.find(closer, start + 2)
        following = _OPENER.search(text, start + 2)
        inner = text[start + 2 : end] if end != -1 else ""
        if end == -1 or (following and following.start() < end) or "{" in inner or "}" in inner:
            return start
        matched.update(range(end, end + 2))
    stray = next((m.start() for m in re.finditer(r"\}\}|%\}", text) if m.start() not in matched), None)
    if stray is not None:
        return stray
    if "looking for" in message:  # an {% if %} or {% for %} never closed: the last one opened
        blocks = list(re.finditer(r"\{%-?\s*(?:if|for|alt)\b", text))
        return blocks[-1].start() if blocks else None
    return None


def _around(text: str, spot: int) -> str:
    """The words around a spot: a few characters before it, the tag there, a few after."""
    close = min((i for i in (text.find("}}", spot + 1), text.find("%}", spot + 1)) if i != -1), default=spot + 12)
    return text[max(spot - 8, 0) : min(max(close + 6, spot + 12), spot + 40)]


def _line_of(ctx: ErrorContext, words: str) -> int | None:
    """The line of the fragment's file (at or after the fragment's own line) holding `words`."""
    base, path = ctx.get("line"), str(ctx.get("path") or "")
    if not words or not path or path.startswith("<"):
        return base
    try:
        from drafter.limits import MAX_YAML_BYTES

        with open(path, "rb") as file:  # the file was read once already; this is only the error's path
            lines = file.read(MAX_YAML_BYTES).decode("utf-8", "replace").splitlines()
    except OSError:
        return base
    return line_holding(lines, words, base)


def line_holding(lines: list[str], words: str, start: int | None) -> int | None:
    """The first line (1-based, at or after `start`) that holds `words`; `start` when none does."""
    for number in range(start or 1, len(lines) + 1):
        if words and words in lines[number - 1]:
            return number
    return start


_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '(\w+)'")
_INNER_BLOCK = re.compile(r"The innermost block that needs to be closed is '(\w+)'")
_OPEN_BLOCK = re.compile(r"Unexpected end of template\. Jinja was looking for the following tags: (.*?)\. The innermost block")


def _syntax_zh(message: str) -> str:
    """The commonest Jinja syntax errors in Chinese (others as Jinja says them)."""
    tag = _UNKNOWN_TAG.search(message)
    if tag and tag.group(1) in ("or", "endalt"):
        return f"{{% {tag.group(1)} %}} 只能用在 {{% alt %}}……{{% endalt %}} 之间"
    inner = _INNER_BLOCK.search(message)
    if tag and inner:
        return f"这里的 {{% {tag.group(1)} %}} 用错了：先要用 {{% end{inner.group(1)} %}} 结束 {{% {inner.group(1)} %}} 块"
    if tag:
        return f"不认识的标签 {{% {tag.group(1)} %}}"
    block = _OPEN_BLOCK.search(message)
    if block:
        wanted = "、".join(f"{{% {t} %}}" for t in re.findall(r"'(\w+)'", block.group(1)))
        return f"块没有结束：缺少 {wanted}"
    for pattern, zh in _SYNTAX_ZH:
        found = pattern.search(message)
        if found:
            return zh.format(*found.groups())
    if any("\u4e00" <= ch <= "\u9fff" for ch in message):
        return message
    return "写法不符合 Jinja 语法（{{ }} 中只能写变量，{% %} 中只能写 if、for）"


_SYNTAX_ZH = (
    (re.compile(r"expected token 'end of print statement', got '(.*)'"), "{{{{ }}}} 没有正确结束：在“{0}”之前缺少 }}}}"),
    (re.compile(r"expected token 'end of statement block', got '(.*)'"), "{{% %}} 没有正确结束：在“{0}”之前缺少 %}}"),
    (re.compile(r"unexpected end of template, expected 'end of print statement'"), "{{{{ 没有对应的 }}}}"),
    (re.compile(r"unexpected end of template, expected 'end of statement block'"), "{{% 没有对应的 %}}"),
    (re.compile(r"Expected an expression, got 'end of print statement'"), "{{{{ }}}} 中间没有写变量"),
    (re.compile(r"Expected an expression, got 'end of statement block'"), "{{% %}} 中缺少条件或变量"),
    (re.compile(r"unexpected '([}%])'"), "多了一个“{0}”，或前面少写了一个括号"),
    (re.compile(r"Missing end of raw directive"), "{{% raw %}} 没有对应的 {{% endraw %}}"),
    (re.compile(r"Missing end of comment tag"), "{{# 没有对应的 #}}"),
    (re.compile(r"unexpected char ['\"](.)['\"] at \d+"), "{{{{ }}}} 或 {{% %}} 中有不能出现的字符 {0}（引号是否配对？）"),
    (re.compile(r"expected token 'name'"), "缺少名称（“|”或“is”后面要写过滤器或判断的名称）"),
    (re.compile(r"expected name or number"), "“.”后面缺少名称"),
)


# What a fragment or template may contain: variables, if/for over the user's
# lists, and a few filters that cannot grow their input. Anything else (calls,
# arithmetic, assignments, macros, imports …) is refused before anything runs,
# so no text can exhaust memory or time, or change the user's answers.
_ALLOWED_NODES = frozenset({
    "Template", "Output", "TemplateData", "Name", "Const", "Getattr", "Getitem", "If", "For",
    "Filter", "Test", "Compare", "Operand", "And", "Or", "Not", "CondExpr", "Concat", "List",
    "Tuple", "Keyword", "Neg", "Pos",
})  # fmt: skip
_ALLOWED_FILTERS = frozenset(
    {"join", "length", "count", "first", "last", "default", "d", "trim", "replace", "string", "list"}
)
_ALLOWED_TESTS = frozenset(
    {"defined", "undefined", "none", "string", "number", "sequence", "in", "eq", "ne", "true", "false"}
)


def check_safe(ast: Any, ctx: ErrorContext) -> None:
    """Refuse every Jinja construct outside the allow-list (in a `jinja2.nodes.Node`).

    Raises:
        FragmentFormatError: naming the construct and what fragments may use.
    """
    from drafter.limits import MAX_JINJA_NESTING, MAX_LOOP_NESTING, MAX_LOOP_STEPS

    nodes = _jinja()[1].nodes
    stack: list[tuple[Any, int, int, int]] = [(ast, 0, 0, 1)]
    steps = 0
    while stack:
        node, blocks, loops, times = stack.pop()  # times: how often the loops around run this node, at most
        reason = _unsafe_reason(node, nodes)
        if reason is None and blocks > MAX_JINJA_NESTING:
            reason = f"{{% if/for %}} 嵌套超过 {MAX_JINJA_NESTING} 层"
        if reason is None and loops > MAX_LOOP_NESTING:
            reason = f"{{% for %}} 循环嵌套超过 {MAX_LOOP_NESTING} 层"
        if isinstance(node, nodes.For):
            times *= _loop_steps(node.iter, nodes)
            steps += times
        if reason is not None:
            _refuse(reason, ctx)
        is_block = isinstance(node, nodes.If | nodes.For)
        depth = (blocks + is_block, loops + isinstance(node, nodes.For), times)
        stack.extend((child, *depth) for child in node.iter_child_nodes())
    if steps > MAX_LOOP_STEPS:  # after the walk: a construct refused for what it is is named as such
        _refuse(f"循环总共可能执行超过 {MAX_LOOP_STEPS} 次", ctx)


def _refuse(reason: str, ctx: ErrorContext) -> None:
    raise FragmentFormatError(
        f"文本含有不安全的 Jinja 写法（{reason}），已拒绝，未执行任何内容", **ctx,
        hint="片段和模板只能使用变量、if/for 和 join、default、replace 等少数过滤器；"
        "不能调用函数、做算术、赋值或导入模板。",
    )  # fmt: skip


def _loop_steps(iterable: Any, nodes: Any) -> int:
    """The most steps a `{% for %}` over `iterable` takes (limits.MAX_LOOP_STEPS): a constant list its length,
    a variable 500 (a list answer's 50 items, or an answer's 500 characters), anything else 25,000."""
    from drafter.limits import MAX_ITEM_CHARS, MAX_ITEMS, NAME_LOOP_STEPS

    if isinstance(iterable, nodes.List | nodes.Tuple):
        return max(len(iterable.items), 1)
    if isinstance(iterable, nodes.Name | nodes.Getattr):
        return NAME_LOOP_STEPS
    return MAX_ITEMS * MAX_ITEM_CHARS


def _unsafe_reason(node: Any, nodes: Any) -> str | None:
    name = type(node).__name__
    if _is_alt_pick(node, nodes) or _is_alt_pick_target(node, nodes):
        return None  # {% alt %}: drafter's own choice among constant alternatives
    if name not in _ALLOWED_NODES:
        return _NODE_NAMES.get(name, name)
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        return "访问以下划线开头的属性"
    if isinstance(node, nodes.Getitem) and not isinstance(node.arg, nodes.Const):
        return "用表达式做下标"
    if isinstance(node, nodes.Getitem) and str(node.arg.value).startswith("_"):
        return "访问以下划线开头的属性"
    if isinstance(node, nodes.Filter) and node.name not in _ALLOWED_FILTERS:
        return f"过滤器 {node.name}"
    if isinstance(node, nodes.Filter) and node.name == "replace" and not _shrinks(node, nodes):
        return "replace 只能把文字换成不更长的常量"
    if isinstance(node, nodes.Test) and node.name not in _ALLOWED_TESTS:
        return f"测试 {node.name}"
    if isinstance(node, nodes.For) and node.recursive:
        return "递归循环"
    return None


def _is_alt_pick(node: Any, nodes: Any) -> bool:
    """The call `{% alt %}` compiles to (no template text can write an ExtensionAttribute)."""
    return (
        isinstance(node, nodes.Call) and _is_alt_pick_target(node.node, nodes)
        and all(isinstance(a, nodes.Const) for a in node.args)
        and not (node.kwargs or node.dyn_args or node.dyn_kwargs)
    )  # fmt: skip


def _is_alt_pick_target(node: Any, nodes: Any) -> bool:
    from drafter.library.altext import AltExtension

    return (
        isinstance(node, nodes.ExtensionAttribute)
        and node.identifier == AltExtension.identifier and node.name == "_pick"
    )  # fmt: skip


def _shrinks(node: Any, nodes: Any) -> bool:
    """A replace() whose old text is a non-empty constant and new text no longer."""
    args = node.args
    if len(args) != 2 or node.kwargs or node.dyn_args or node.dyn_kwargs:
        return False
    old, new = args
    return (
        isinstance(old, nodes.Const) and isinstance(new, nodes.Const)
        and isinstance(old.value, str) and isinstance(new.value, str)
        and 0 < len(new.value) <= len(old.value) or new.value == "" and bool(old.value)
    )  # fmt: skip


_NODE_NAMES = {
    "Call": "调用函数或方法", "Import": "导入模板", "FromImport": "导入模板", "Include": "包含模板",
    "Extends": "继承模板", "Macro": "宏", "CallBlock": "宏调用", "Assign": "赋值 {% set %}",
    "AssignBlock": "赋值 {% set %}", "With": "{% with %}", "Mul": "乘法", "Pow": "乘方",
    "Div": "除法", "FloorDiv": "除法", "Mod": "取模或格式化", "Add": "加法", "Sub": "减法",
    "Slice": "切片", "Dict": "字典", "FilterBlock": "过滤块", "Scope": "作用域",
    "OverlayScope": "作用域", "EvalContextModifier": "自动转义设置", "ScopedEvalContextModifier":
    "自动转义设置", "Block": "模板块", "Break": "break", "Continue": "continue",
    "ExprStmt": "表达式语句 {% do %}", "NSRef": "命名空间赋值",
}  # fmt: skip
