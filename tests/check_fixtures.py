"""Check fixtures of our own writing (tests/fixtures/check) and the findings `drafter check` gives on them."""

from __future__ import annotations

from pathlib import Path

from opencc import OpenCC

from drafter.check import check_text

FIXTURES = Path(__file__).parent / "fixtures" / "check"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def found(text: str, severity: str = "error", rule: str | None = None, **kw: str) -> list[tuple[str, str]]:
    """(rule, text) of the findings of one severity (and rule, when given), sorted."""
    findings = [f for f in check_text(text, **kw).findings if f.severity == severity]
    return sorted((f.rule, f.text) for f in findings if rule is None or f.rule == rule)


_S2T = OpenCC("s2t")
_T2S = OpenCC("t2s")


def traditional(text: str) -> str:
    """The same fixture as a traditional copy writes it."""
    return str(_S2T.convert(text))


def found_both(
    text: str, severity: str = "error", rule: str | None = None, **kw: str
) -> list[list[tuple[str, str]]]:
    """The findings on the fixture and on its traditional copy (whose words are read back as simplified)."""
    trad = [(r, str(_T2S.convert(t))) for r, t in found(traditional(text), severity, rule, **kw)]
    return [found(text, severity, rule, **kw), trad]
