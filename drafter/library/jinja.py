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
from drafter.model import Fragment

_FORBIDDEN_NODES = ("Import", "FromImport", "Include", "Extends", "Macro", "CallBlock")


@functools.cache
def _jinja() -> tuple[Any, Any]:
    """Jinja's parser and AST nodes, imported on first use: a cached load never needs them."""
    import jinja2
    import jinja2.meta
    import jinja2.nodes

    return jinja2.Environment(autoescape=False), jinja2


def _undeclared(ast: Any) -> frozenset[str]:
    return frozenset(_jinja()[1].meta.find_undeclared_variables(ast))


def fragment_texts(fragment: Fragment) -> list[str]:
    """Every Jinja text of a fragment: text, heading, ending and all sub-points."""
    texts = [fragment.text, fragment.heading, fragment.ending]
    stack = list(fragment.subpoints)
    while stack:
        sub = stack.pop(0)
        texts += [sub.heading, sub.text]
        stack.extend(sub.items)
    return [t for t in texts if t]


# Names each Jinja text reads, by text: parsing is the slow part of loading, and
# the load cache fills this in so that lint and render need not parse again.
_USED: dict[str, frozenset[str]] = {}

# Most fragment texts hold only `{{ name }}` and `{{ name.attr }}`: for those the
# names are read off directly, which gives what Jinja's parser gives, 20× faster.
_SIMPLE_EXPR = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)(?:\.[A-Za-z][A-Za-z0-9_]*)*\s*\}\}")

_JINJA_OPEN = re.compile(r"\{[{%#]")

_JINJA_WORDS = frozenset(
    {"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is", "if", "else"}
)


def _simple_names(text: str) -> frozenset[str] | None:
    """Names of a text made only of plain `{{ name(.attr)* }}` expressions, else None."""
    if "{" not in text:
        return frozenset()
    names = _SIMPLE_EXPR.findall(text)
    if _JINJA_OPEN.search(_SIMPLE_EXPR.sub("", text)) or _JINJA_WORDS.intersection(names):
        return None
    return frozenset(names)


def used_variables(texts: Iterable[str]) -> set[str]:
    """Names a set of Jinja texts reads from the context (parse only, nothing runs)."""
    names: set[str] = set()
    for text in texts:
        found = _USED.get(text)
        if found is None:
            found = _simple_names(text)
            if found is None:
                found = _undeclared(_jinja()[0].parse(text))
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
    except jinja2.TemplateSyntaxError as exc:
        base = ctx.get("line") or 0
        raise FragmentFormatError(
            f"Jinja 语法错误：{exc.message}（文本第 {exc.lineno} 行）",
            **{**ctx, "line": (base + exc.lineno) if base else exc.lineno},
            hint="检查 {{ }} 和 {% %} 是否成对。",
        ) from exc


def check_safe(ast: Any, ctx: ErrorContext) -> None:
    """Refuse private attribute access and template-loading constructs (in a `jinja2.nodes.Node`)."""
    jinja2 = _jinja()[1]
    forbidden = tuple(getattr(jinja2.nodes, name) for name in _FORBIDDEN_NODES)
    for node in ast.find_all((jinja2.nodes.Getattr, jinja2.nodes.Getitem, *forbidden)):
        if isinstance(node, forbidden):
            what = type(node).__name__
        elif (
            isinstance(node, jinja2.nodes.Getattr)
            and not node.attr.startswith("_")
            or isinstance(node, jinja2.nodes.Getitem)
            and not (
                isinstance(node.arg, jinja2.nodes.Const) and str(node.arg.value).startswith("_")
            )
        ):
            continue
        else:
            what = "访问以下划线开头的属性"
        raise FragmentFormatError(
            f"文本含有不安全的 Jinja 写法（{what}），已拒绝，未执行任何内容",
            **ctx, hint="片段文本只能使用变量、过滤器和 if/for；不能访问内部属性或导入模板。",
        )  # fmt: skip
