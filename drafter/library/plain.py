"""Texts of the plain shape rendered without Jinja: the same output, and no jinja2 import (#18).

Nearly every text a draft renders is plain words with `{{ name }}` / `{{ name.attr }}`,
`{% alt %}…{% or %}…{% endalt %}` blocks, `{% if name %}…{% else %}…{% endif %}` (in the skeletons, and in
fragments: `plan_start`) and, in the templates' skeletons, `{% for x in name %}…{% endfor %}`. Importing jinja2 (and its sandbox) was the largest part of a
draft's start that it could skip. This module reads such a text into a small tree and renders it as
the sandboxed Jinja environment of `drafter.render.sandbox` does:

- the text's newlines as Jinja's lexer leaves them (\\r\\n and \\r are \\n; one final \\n dropped);
- a name is the loop variable of an enclosing `for`, else the context's value; `a.b` of a plain dict
  is its item `b` (a key that is no method of dicts), as the sandbox's getattr finds it;
- a value is written as `str()` of it (no autoescape); an `if` tests Python truth; a `for` runs over
  a list or tuple; an alt block takes `alternatives.current_pick(ordinal, ways)`, as the extension does.

Anything else gives up (None) and the caller renders with Jinja as before: a tag of any other kind, a
filter, whitespace control, a name Jinja reads as a keyword (`true`, `not`, `loop`, `self` …), blocks
nested deeper than `check_safe` allows (so a plain text is always well formed and safe), an
undefined name (so that Jinja raises its own error), a value of a type other than str, int, float,
bool and None (lists and tuples for `for`, and dicts for `if` and `.attr`). A hostile text is never of
this shape, so it still meets the sandbox. `tests/test_plain_render.py` renders every plain text of the
shipped library and templates both ways and compares.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from drafter.library.alternatives import MAX_ALTERNATIVES, current_pick
from drafter.limits import MAX_JINJA_NESTING, MAX_LOOP_NESTING, MAX_LOOP_STEPS, NAME_LOOP_STEPS

__all__ = ["TooLong", "plain_names", "plain_tree", "render_plain"]

_NAME = r"[A-Za-z][A-Za-z0-9_]*"
# Every place where Jinja's lexer leaves the text (`{{`, `{%`, `{#`) is a tag of the plain shape or `other`.
_TAG = re.compile(
    rf"\{{\{{\s*(?P<var>{_NAME}(?:\.{_NAME})*)\s*\}}\}}"
    rf"|\{{%\s*(?:(?P<word>alt|or|endalt|else|endif|endfor)|if\s+(?P<test>{_NAME})"
    rf"|for\s+(?P<target>{_NAME})\s+in\s+(?P<iter>{_NAME}))\s*%\}}"
    r"|(?P<other>\{[{%#])"
)
_NEWLINES = re.compile(r"\r\n?")
# Names Jinja's parser reads as something else than a context variable, or binds itself.
_NOT_NAMES = frozenset(
    {"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is", "if", "else",
     "loop", "self", "super", "caller", "varargs", "kwargs"}
)  # fmt: skip
_SCALARS = (str, int, float, bool, type(None))
_TRUTHS = (*_SCALARS, list, tuple, dict)

# A tree is a tuple of nodes: str (text), ("var", names), ("alt", ordinal, bodies), ("if", name, body) or
# ("if", name, body, else body), ("for", target, name, body).
Node = Any
Tree = tuple[Node, ...]


class _Unplain(Exception):
    """Rendering met something only Jinja knows how to say (or how to refuse)."""


@functools.lru_cache(maxsize=4096)
def plain_tree(text: str) -> Tree | None:
    """The tree of `text` when it has the plain shape (well formed, as Jinja would parse it), else None."""
    lines = _NEWLINES.sub("\n", text)
    if lines.endswith("\n"):  # keep_trailing_newline=False
        lines = lines[:-1]
    stack: list[tuple[Any, list[Node]]] = [(None, [])]  # (opening tag, nodes so far)
    ordinals = 0
    steps = 0  # loop steps, counted as check_safe counts them (limits.MAX_LOOP_STEPS)
    at = 0
    for m in _TAG.finditer(lines):
        if m.start() > at:
            stack[-1][1].append(lines[at : m.start()])
        at = m.end()
        opened, body = stack[-1]
        in_alt = any(o is not None and o[0] == "alt" for o, _ in stack)
        word = m["word"]
        if m["other"] is not None:
            return None
        if m["var"] is not None:
            names = tuple(m["var"].split("."))
            if names[0] in _NOT_NAMES:
                return None
            body.append(("var", names))
        elif m["test"] is not None or m["target"] is not None:
            names = (m["test"],) if m["test"] is not None else (m["target"], m["iter"])
            if (in_alt and m["test"] is None) or _NOT_NAMES.intersection(names):
                return None  # an `if` may stand in an alternative ({% if plan_start %}…{% else %}…), a `for` not
            blocks = sum(o is not None for o, _ in stack) + in_alt  # the blocks around this one, an alt as two
            loops = sum(o is not None and o[0] == "for" for o, _ in stack) + (m["target"] is not None)
            if blocks + 1 > MAX_JINJA_NESTING - 2 or loops > MAX_LOOP_NESTING:
                return None  # within what check_safe allows, counting an alt block inside as two levels
            if m["target"] is not None:
                steps += NAME_LOOP_STEPS**loops
                if steps > MAX_LOOP_STEPS:
                    return None  # as check_safe counts them: Jinja's check refuses the text
            stack.append(((("if", m["test"]) if m["test"] is not None else ("for", m["target"], m["iter"])), []))
        elif word == "alt":
            if in_alt:
                return None
            stack.append((("alt", ordinals, []), []))
            ordinals += 1
        elif word == "else":
            if opened is None or opened[0] != "if" or len(opened) != 2:
                return None  # an else of an if only, once
            stack[-1] = ((*opened, tuple(body)), [])
        elif word == "or":
            if opened is None or opened[0] != "alt":
                return None
            opened[2].append(tuple(body))
            stack[-1] = (opened, [])
        else:
            if opened is None or opened[0] != {"endalt": "alt", "endif": "if", "endfor": "for"}[word]:
                return None
            stack.pop()
            if word == "endalt":
                bodies = (*opened[2], tuple(body))
                if len(bodies) > MAX_ALTERNATIVES:
                    return None
                node: Node = ("alt", opened[1], bodies)
            else:
                node = (*opened, tuple(body))
            stack[-1][1].append(node)
    if len(stack) != 1:
        return None
    if at < len(lines):
        stack[0][1].append(lines[at:])
    return tuple(stack[0][1])


def plain_names(tree: Tree) -> frozenset[str]:
    """The names a plain text reads from its context (a `for` binds its target in its body)."""
    found: set[str] = set()

    def walk(nodes: Tree, bound: frozenset[str]) -> None:
        for node in nodes:
            if isinstance(node, str):
                continue
            kind = node[0]
            if kind == "var":
                found.update(node[1][:1] if node[1][0] not in bound else ())
            elif kind == "alt":
                for body in node[2]:
                    walk(body, bound)
            elif kind == "if":
                found.update([node[1]] if node[1] not in bound else ())
                for body in node[2:]:
                    walk(body, bound)
            else:
                found.update([node[2]] if node[2] not in bound else ())
                walk(node[3], bound | {node[1]})

    walk(tree, frozenset())
    return frozenset(found)


class TooLong(Exception):  # noqa: N818 - what it says
    """A text's output grew past the limit it was rendered with (a hostile text: loops around long values)."""


def render_plain(tree: Tree, ctx: Mapping[str, Any], limit: int | None = None) -> str | None:
    """`tree` rendered with `ctx` (not stripped), or None where only Jinja can render it.

    Raises:
        TooLong: the output passed `limit` characters; rendering stopped there.
    """
    out: list[str] = []
    try:
        _render(tree, ctx, {}, out, [limit if limit is not None else -1])
    except _Unplain:
        return None
    return "".join(out)


def _add(out: list[str], piece: str, left: list[int]) -> None:
    out.append(piece)
    if left[0] >= 0:
        left[0] -= len(piece)
        if left[0] < 0:
            raise TooLong


def _value(name: str, ctx: Mapping[str, Any], local: Mapping[str, Any]) -> Any:
    if name in local:
        return local[name]
    if name not in ctx:
        raise _Unplain  # Jinja says it is undefined
    return ctx[name]


def _render(tree: Tree, ctx: Mapping[str, Any], local: dict[str, Any], out: list[str], left: list[int]) -> None:
    for node in tree:
        if isinstance(node, str):
            _add(out, node, left)
            continue
        kind = node[0]
        if kind == "var":
            first, *attrs = node[1]
            value = _value(first, ctx, local)
            for attr in attrs:  # the sandbox's getattr: an attribute of the object first, then its item
                if type(value) is not dict or hasattr(dict, attr) or attr not in value:
                    raise _Unplain
                value = value[attr]
            if type(value) not in _SCALARS:
                raise _Unplain
            _add(out, str(value), left)
        elif kind == "alt":  # Jinja: `if pick == 0 … elif pick == 1 …`
            index = current_pick(node[1], len(node[2]))
            if 0 <= index < len(node[2]):
                _render(node[2][index], ctx, local, out, left)
        elif kind == "if":
            value = _value(node[1], ctx, local)
            if type(value) not in _TRUTHS:
                raise _Unplain
            if value:
                _render(node[2], ctx, local, out, left)
            elif len(node) == 4:  # {% else %}
                _render(node[3], ctx, local, out, left)
        else:
            _, target, name, body = node
            values = _value(name, ctx, local)
            if type(values) not in (list, tuple):
                raise _Unplain
            for value in values:
                _render(body, ctx, {**local, target: value}, out, left)
