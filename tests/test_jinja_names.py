"""The names a fragment reads: drafter's own walk agrees with Jinja's find_undeclared_variables on every text."""

from __future__ import annotations

from pathlib import Path

import jinja2.meta
import pytest

from drafter.library import load_library, load_templates
from drafter.library.jinja import _jinja, _undeclared, fragment_texts
from drafter.library.plain import plain_tree

REPO = Path(__file__).resolve().parent.parent

CASES = [
    "今天召开{{ meeting }}。",
    "{% for p in plans %}{% if not loop.first %}、{% endif %}《{{ p }}》{% endfor %}",
    "{% for a, b in pairs %}{{ a }}{{ b }}{{ c }}{% else %}{{ a }}{{ loop }}{% endfor %}{{ p }}",
    "{% for x in xs if x != y %}{{ x }}{% endfor %}{{ x }}",
    "{% for x in xs %}{% for y in x %}{{ y }}{{ loop.index }}{% endfor %}{{ y }}{% endfor %}",
    "{% if tasks %}{{ tasks | join('；') }}{% elif problems %}{{ problems | first }}{% else %}{{ scope }}{% endif %}",
    "{{ upper.party }}{{ lv['x'] }}{{ a if b else c }}{% if n is defined and n > 2 %}{{ n }}{% endif %}",
    "{% alt %}{{ we }}要{% or %}{{ scope }}要{% endalt %}落实。",
    "{{ loop }}",
]


@pytest.mark.parametrize("text", CASES)
def test_the_names_of_a_text_are_jinjas(text):
    ast = _jinja()[0].parse(text)
    assert _undeclared(ast) == frozenset(jinja2.meta.find_undeclared_variables(ast))


def test_every_shipped_fragment_and_template_reads_the_names_jinja_finds():
    """Here the texts that are not plain; a plain text (nearly all of them) is held to Jinja's names by
    test_plain_render, on the compile that renders it there: Jinja's function is its code generator, and running it
    twice over every shipped text cost this file ~20 s."""
    env = _jinja()[0]
    texts = [t for f in load_library(REPO / "fragments").fragments for t in fragment_texts(f)]
    texts += [t.skeleton for t in load_templates().values()]
    assert len(texts) > 1000
    texts = [t for t in texts if plain_tree(t) is None]
    assert len(texts) > 20
    for text in texts:
        ast = env.parse(text)
        assert _undeclared(ast) == frozenset(jinja2.meta.find_undeclared_variables(ast)), text[:80]
