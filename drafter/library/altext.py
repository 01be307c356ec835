"""The Jinja side of `{% alt %}…{% or %}…{% endalt %}` (see `drafter.library.alternatives`).

Apart from the choosing so that a draft whose texts are all of the plain shape (`drafter.library.plain`)
never imports jinja2 (#18).
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.ext import Extension

from drafter.library.alternatives import MAX_ALTERNATIVES, current_pick

__all__ = ["AltExtension"]


class AltExtension(Extension):
    """`{% alt %}…{% or %}…{% endalt %}`: one of several phrasings, chosen by the current Chooser."""

    tags = {"alt"}

    def parse(self, parser: Any) -> Any:
        lineno = next(parser.stream).lineno
        ordinal = getattr(parser, "_drafter_alts", 0)
        parser._drafter_alts = ordinal + 1
        if getattr(parser, "_drafter_in_alt", False):
            parser.fail("{% alt %} 不能嵌套", lineno)
        parser._drafter_in_alt = True
        bodies = []
        while True:
            bodies.append(parser.parse_statements(("name:or", "name:endalt")))
            if next(parser.stream).value == "endalt":  # the parser then expects the block end
                break
        parser._drafter_in_alt = False
        if len(bodies) > MAX_ALTERNATIVES:
            parser.fail(f"一个 {{% alt %}} 最多 {MAX_ALTERNATIVES} 种说法", lineno)
        pick = self.call_method("_pick", [nodes.Const(ordinal), nodes.Const(len(bodies))], lineno=lineno)
        node = nodes.If(
            nodes.Compare(pick, [nodes.Operand("eq", nodes.Const(0))]), bodies[0], [], [], lineno=lineno
        )
        node.elif_ = [
            nodes.If(nodes.Compare(pick, [nodes.Operand("eq", nodes.Const(i))]), body, [], [])
            for i, body in enumerate(bodies[1:], start=1)
        ]
        return node

    def _pick(self, ordinal: int, count: int) -> int:
        return current_pick(ordinal, count)
