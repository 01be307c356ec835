"""Reading the library for the first time (no cache yet) takes short cuts that must agree with the long way.

Texts made only of plain words, `{{ name }}` and `{% alt %}` blocks have their names read off without
Jinja's parser (#18: parsing every text was 90% of a cold load); every other text is parsed as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import FragmentFormatError
from drafter.library import load_library
from drafter.library.alternatives import MAX_ALTERNATIVES
from drafter.library.jinja import (
    _WAYS,
    _simple_names,
    _undeclared,
    check_safe,
    fragment_texts,
    parse_jinja,
)

REPO = Path(__file__).resolve().parent.parent


def _the_long_way(text: str) -> frozenset[str]:
    """What check_jinja finds by parsing: the names, or FragmentFormatError (syntax, unsafe)."""
    ast = parse_jinja(text, {})
    check_safe(ast, {})
    return _undeclared(ast)


def test_every_shipped_text_read_the_short_way_has_the_names_jinja_finds() -> None:
    texts = [t for f in load_library(REPO / "fragments", cache=False).fragments for t in fragment_texts(f)]
    short = [(t, _simple_names(t)) for t in texts]
    read = [(t, names) for t, names in short if names is not None]
    assert len(read) > 0.95 * len(texts)  # the short cut is what makes a cold load fast
    assert sum("{% alt %}" in t for t, _ in read) > 1000
    for text, names in read:
        assert names == _the_long_way(text), text[:80]


AGREE = [
    "{% alt %}甲{{ we }}{% or %}乙{{ scope.name }}{% endalt %}，{{ work }}。",
    "{%alt%}甲{%or%}乙{%endalt%}{% alt %}丙{% endalt %}",
    "{% alt %}{% endalt %}",
    "{%\u3000alt\u3000%}甲{% or %}乙{% endalt %}",
    "{% alt %}" + "甲{% or %}" * (MAX_ALTERNATIVES - 1) + "乙{% endalt %}",
    "a{ {% alt %}}{% or %}%}{% endalt %}{",
    "{% alt %}甲 }} 乙{% or %}丙 %}{% endalt %}",
]

REFUSED = [
    "{% alt %}" + "甲{% or %}" * MAX_ALTERNATIVES + "乙{% endalt %}",  # a tenth way
    "{% alt %}甲{% alt %}乙{% endalt %}{% or %}丙{% endalt %}",  # nested
    "同志们，{% or %}努力吧！",
    "同志们，{% alt %}努力吧！",
    "{% alt %}甲{% endalt %}{% endalt %}",
    "{% alt %}{{ work.__class__ }}{% or %}丙{% endalt %}",
    "{% alt %}{{ a|upper }}{% or %}丙{% endalt %}",
    "{% alt %}{{ a }{% or %}丙{% endalt %}",
    "{% alt %}{{{ a }}{% or %}丙{% endalt %}",
    "{% alt x %}甲{% endalt %}",
]

PARSED = [  # well formed, but not of the short shape: Jinja's parser reads them
    "{%- alt %}甲{% or %}乙{% endalt -%}",
    "{% alt %}{# 注 #}甲{% or %}乙{% endalt %}",
    "{% alt %}{% if a %}甲{% endif %}{% or %}乙{% endalt %}",
    "{% raw %}{% alt %}{% endraw %}",
    "{% alt %}{{ true }}{% or %}丙{% endalt %}",
]


@pytest.mark.parametrize("text", AGREE)
def test_short_shapes_read_the_names_jinja_finds(text: str) -> None:
    assert _simple_names(text) is not None
    assert _simple_names(text) == _the_long_way(text)


@pytest.mark.parametrize("text", REFUSED)
def test_a_text_jinja_refuses_is_never_read_the_short_way(text: str) -> None:
    assert _simple_names(text) is None
    with pytest.raises(FragmentFormatError):
        _the_long_way(text)


@pytest.mark.parametrize("text", PARSED)
def test_other_shapes_go_to_jinja(text: str) -> None:
    assert _simple_names(text) is None
    _the_long_way(text)


def test_the_short_way_allows_as_many_alternatives_as_the_extension() -> None:
    assert _WAYS == MAX_ALTERNATIVES


def test_a_tenth_way_in_a_file_is_still_refused_with_file_and_line(tmp_path: Path) -> None:
    ways = "{% or %}".join(f"说法{i}" for i in range(MAX_ALTERNATIVES + 1))
    (tmp_path / "a.yaml").write_text(
        "- id: closing.ok\n  role: closing\n  text: 好。\n  source: {authored: 测试, written: 2026-12}\n"
        f"- id: closing.many\n  role: closing\n  text: '{{% alt %}}{ways}{{% endalt %}}'\n  source: {{authored: 测试, written: 2026-12}}\n",
        encoding="utf-8",
    )
    library = load_library(tmp_path, strict=False, cache=False)
    [error] = library.errors
    assert [f.id for f in library.fragments] == ["closing.ok"]
    assert (error.fragment_id, error.line, Path(error.path).name) == ("closing.many", 5, "a.yaml")
    assert f"最多 {MAX_ALTERNATIVES} 种说法" in error.render()


def _refusal(text: str) -> str:
    from drafter.library.yamlio import parse_yaml

    with pytest.raises(FragmentFormatError) as caught:
        parse_yaml(text, "x.yaml")
    return caught.value.render()


def test_yaml_too_deep_or_too_large_is_refused_with_and_without_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.library import yamlio

    deep = "a: " + "[" * 70 + "]" * 70
    assert "嵌套超过 64 层" in _refusal(deep)  # a tree: no `*` in the text
    assert "嵌套超过 64 层" in _refusal("b: &b 1\n" + deep + "\nc: *b")  # the same through the alias walk
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcdef", "bcdefg", strict=True)
    )
    assert "展开锚点" in _refusal(laughs)  # 10^7 nodes once expanded
    monkeypatch.setattr(yamlio, "MAX_YAML_NODES", 1000)
    wide = "- [" + ", ".join(["x"] * 999) + "]\n"
    assert "展开锚点" in _refusal(wide)  # a tree of 1,001 nodes
    assert yamlio.parse_yaml("- [" + ", ".join(["x"] * 997) + "]\n")
