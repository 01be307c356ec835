"""Plain texts render without Jinja (#18), and the words are exactly those Jinja's sandbox writes.

Every plain text of the shipped library and templates is rendered both ways, over seeds, place levels
and variable sets with names missing; any difference (a newline, an alternative, a value) fails.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from jinja2.compiler import CodeGenerator

from drafter.errors import RenderError
from drafter.library import load_library, load_templates
from drafter.library.alternatives import Chooser, choosing, text_scope
from drafter.library.jinja import (
    _jinja,
    _simple_names,
    _undeclared,
    check_safe,
    fragment_texts,
    used_variables,
)
from drafter.library.names import STANDARD_VARIABLES
from drafter.library.paths import default_templates_dir
from drafter.library.plain import plain_names, plain_tree, render_plain
from drafter.limits import MAX_JINJA_NESTING, MAX_LOOP_NESTING
from drafter.render import sandbox
from drafter.render.sandbox import helpers, make_environment, render_text

REPO = Path(__file__).resolve().parent.parent
PLACES = {"省": "河北省", "市": "邢台市", "县": "清河县", "镇": "油坊镇", "街道": "城关街道"}


def _context(level: str, n: int) -> dict[str, Any]:
    answers = {"level": level, "place": PLACES[level], "meeting": "全县安全生产工作会议", "work": "安全生产工作"}
    ctx: dict[str, Any] = {name: f"〔{name}〕" for name in STANDARD_VARIABLES}
    ctx.update(answers)
    ctx.update(helpers(answers, n, n % 3))
    skeleton = {"title": "标题", "salutation": "同志们：", "opening": "开场。", "acknowledgement": "感谢。",
                "transition": "下面讲三点。", "closing": "结束。", "point": "点", "recognition": "表彰。"}  # fmt: skip
    ctx.update(skeleton, points=[f"## {i}、第{i}点\n\n正文。" for i in range(n)], byline="" if n % 2 else "署名")
    return ctx


def _both_ways(
    text: str, ctx: dict[str, Any], seed: int, fragment_id: str, template: Any = None
) -> tuple[str | None, str | None]:
    """(plain, Jinja) output of `text` with fresh choosers of one seed; None where plain gives up or Jinja raises."""
    tree = plain_tree(text)
    assert tree is not None
    with choosing(Chooser(seed)), text_scope(fragment_id, text):
        plain = render_plain(tree, ctx)
    with choosing(Chooser(seed)), text_scope(fragment_id, text):
        try:
            jinja = (template or sandbox._compile(text)).render(ctx)
        except Exception:  # noqa: BLE001 - Jinja refuses (a name without a value): plain must give up too
            jinja = None
    return plain, jinja


class _NotingCodeGenerator(CodeGenerator):
    """Jinja's code generator, noting the names each frame it enters resolves from the context.

    `jinja2.meta.find_undeclared_variables` is this generator writing nothing (its `TrackingCodeGenerator`): the names
    it returns are the ones noted here, less the environment's globals. Noting them on the compile that makes the
    sandbox's template gives Jinja's own answer without running the generator a second time per text.
    """

    def enter_frame(self, frame: Any) -> None:
        super().enter_frame(frame)
        _RESOLVED.update(param for action, param in frame.symbols.loads.values() if action == "resolve")


_RESOLVED: set[str] = set()


@functools.cache
def _noting_environment() -> Any:
    """The sandbox's environment (`make_environment`, what `sandbox._compile` uses), compiling through the generator
    above."""
    env = make_environment()
    env.code_generator_class = _NotingCodeGenerator
    return env


def _jinja_template(text: str) -> tuple[frozenset[str], frozenset[str], Any]:
    """The names Jinja finds in `text` — drafter's walk (`_undeclared`) and `find_undeclared_variables`'s answer —
    and the template the sandbox compiles from it (one parse and one compile for all three)."""
    env = _noting_environment()
    ast = env.parse(text)
    check_safe(ast, {})  # a plain text is safe by its shape (templates are read without this check)
    names = _undeclared(ast)
    _RESOLVED.clear()
    code = env.compile(ast)
    jinjas = frozenset(_RESOLVED - _jinja()[0].globals.keys())  # as found on the library reader's environment
    return names, jinjas, env.template_class.from_code(env, code, env.make_globals(None), None)


@functools.cache
def _shipped_texts() -> list[tuple[str, str]]:
    library = load_library(REPO / "fragments")
    texts = [(f.id, t) for f in library.fragments for t in fragment_texts(f)]
    return texts + [(f"template.{t.name}", t.skeleton) for t in load_templates(default_templates_dir()).values()]


def test_every_plain_shipped_text_renders_and_reads_its_names_as_jinja_does() -> None:
    """… and the short way a cold load reads a fragment text's names by (`_simple_names`, which spares it Jinja's
    parser) finds the names Jinja finds: asserted here on the one Jinja parse of each text (it was a test of
    test_library_reading of its own, which parsed every shipped text with Jinja a second time)."""
    texts = _shipped_texts()
    plain = [(i, t) for i, t in texts if plain_tree(t) is not None]
    assert len(plain) > 0.99 * len(texts)  # nearly every draft renders no text with Jinja
    assert sum(i.startswith("template.") for i, _ in plain) == sum(i.startswith("template.") for i, _ in texts)
    assert [t for _, t in texts if plain_tree(t) is None and _simple_names(t) is not None] == []  # read below
    of_fragments = [t for i, t in texts if not i.startswith("template.")]
    short = [t for t in of_fragments if _simple_names(t) is not None]
    assert len(short) > 0.95 * len(of_fragments)  # the short cut is what makes a cold load fast
    assert sum("{% alt %}" in t for t in short) > 1000
    contexts = [_context(level, n) for n, level in enumerate(PLACES, start=2)]
    rendered = gave_up = 0
    for k, (fragment_id, text) in enumerate(plain):
        names, jinjas, template = _jinja_template(text)
        assert names == jinjas, (fragment_id, text[:80])  # (test_jinja_names holds the texts that are not plain)
        tree = plain_tree(text)
        assert tree is not None and plain_names(tree) == names, (fragment_id, text[:80])
        assert _simple_names(text) in (None, names), (fragment_id, text[:80])
        ways = [(contexts[(k + s) % len(contexts)], s) for s in range(3 if "{% alt" in text else 1)]
        missing = {n: v for n, v in contexts[k % len(contexts)].items() if n not in ("scope", "we", "points")}
        for ctx, seed in [*ways, (missing, k)]:
            ours, theirs = _both_ways(text, ctx, seed, fragment_id, template)
            if ours is None:
                gave_up += 1
            else:
                rendered += 1
                assert ours == theirs, (fragment_id, text[:80])
    assert gave_up > 100 and rendered > len(plain)  # missing names were met, and everything else rendered


SAME = [
    "{% alt %}甲{{ we }}{% or %}乙{{ upper.scope }}{% or %}丙{% endalt %}，{% alt %}一{% or %}二{% or %}三{% endalt %}。",
    "a\r\nb\rc{% if byline %}\r\n{{ byline }}{% endif %}\n",
    "{% for point in points %}{{ point }}{% for point in points %}[{{ point }}]{% endfor %}{{ point }}{% endfor %}"
    "{{ point }}",
    "{% if points %}有{% endif %}{% if byline %}无{% endif %}{% if n %}{{ n }}{% endif %}{{ f }}{{ t }}{{ z }}",
    "{ {{ we }} }}{%alt%}%}{%or%}}{%endalt%}",
    "{% for x in points %}{% alt %}甲{{ x }}{% or %}乙{{ x }}{% endalt %}{% endfor %}",
    # the plan's first year (plan_start): an if with an else, inside an alternative and outside one
    "{% alt %}{% if t %}开局起步，{% else %}深入实施，{% endif %}甲{% or %}乙{% endalt %}{% if z %}丙{% else %}丁{% endif %}",
    "{% if n %}{{ n }}{% else %}{% alt %}甲{% or %}乙{% endalt %}{% endif %}",
]


DEEP = ["{% if a %}" * (MAX_JINJA_NESTING - 2) + "{% alt %}甲{% or %}乙{% or %}丙{% endalt %}" + "{% endif %}" * 14,
        "{% for a in x %}{% for b in x %}{{ b }}{% endfor %}{% endfor %}"]  # fmt: skip


@pytest.mark.parametrize("text", SAME + DEEP)
def test_shapes_at_the_edge_render_the_same(text: str) -> None:
    ctx = {"we": "我县", "upper": {"scope": "全市"}, "byline": "署名", "points": ["一", "二"], "point": "外",
           "n": 0, "f": 1.5, "t": True, "z": None, "a": "有", "x": ["一", "二"]}  # fmt: skip
    for seed in range(6):
        ours, theirs = _both_ways(text, ctx, seed, "test.edge", _jinja_template(text)[2])
        assert ours is not None and ours == theirs


GIVE_UP = [  # Jinja says these otherwise (an error, a method, a filter's work): rendered by Jinja
    ("{{ upper.items }}", {"upper": {"items": "x"}}),
    ("{{ upper.lv }}", {"upper": {}}),
    ("{{ we.upper }}", {"we": "我县"}),
    ("{{ we }}", {"we": ["我县"]}),
    ("{{ we }}", {}),
    ("{% if x %}1{% endif %}", {}),
    ("{% for x in we %}{{ x }}{% endfor %}", {"we": "我县"}),
]


@pytest.mark.parametrize(("text", "ctx"), GIVE_UP)
def test_values_only_jinja_can_say_go_to_jinja(text: str, ctx: dict[str, Any]) -> None:
    tree = plain_tree(text)
    assert tree is not None and render_plain(tree, ctx) is None


NOT_PLAIN = [
    "{{ we|upper }}", "{{ loop }}", "{{ true }}", "{%- alt %}甲{% endalt %}", "{% alt %}甲{% for x in y %}{% endfor %}{% endalt %}",
    "{% if x %}甲{% else %}乙{% else %}丙{% endif %}", "{% alt %}甲{% else %}乙{% endalt %}", "{% if not x %}甲{% endif %}", "{% for x in y if x %}{% endfor %}",
    "{% if x %}", "{% endif %}", "{% alt %}{% endfor %}", "{# 注 #}", "{{{ we }}", "{% raw %}{% endraw %}",
    "{% alt %}" + "甲{% or %}" * 9 + "乙{% endalt %}", "{% for loop in x %}{% endfor %}", "{{ we }",
    "{% if a %}" * (MAX_JINJA_NESTING - 1) + "{% endif %}" * (MAX_JINJA_NESTING - 1),  # too deep for check_safe
    "{% for a in x %}" * (MAX_LOOP_NESTING + 1) + "{% endfor %}" * (MAX_LOOP_NESTING + 1),
    "{% for a in x %}" * 3 + "{% endfor %}" * 3,  # more loop steps than check_safe allows (limits.MAX_LOOP_STEPS)
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_other_shapes_are_not_plain(text: str) -> None:
    assert plain_tree(text) is None


def test_a_plain_text_with_a_name_without_value_says_what_jinja_said() -> None:
    with pytest.raises(RenderError, match="用到了没有值的变量：'work' is undefined"):
        render_text("{% alt %}抓好{{ work }}{% or %}做好{{ work }}{% endalt %}", {})


def test_a_skeleton_reads_its_names_without_jinja() -> None:
    skeleton = "# {{ title }}\n{% if byline %}\n{{ byline }}\n{% endif %}{% for point in points %}{{ point }}{% endfor %}"
    assert used_variables([skeleton]) == {"title", "byline", "points"}
