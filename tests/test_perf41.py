"""perf41 (#18): the check's rule patterns are compiled on first use (drafter/check/lazyre.py), and the kept code of
drafter/regexcache.py is read an entry at a time. What a user would notice if it went wrong: a rule that finds
less (a pattern built from other text, or never built), or a check failing on a pattern another module holds."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import check as check_package
from drafter.check import check_text, lazyre

RULE_MODULES = ("census", "context", "copies", "counts", "frame", "lines", "order", "outline", "phrases", "places",
                "wrapped")  # fmt: skip
FIXTURES = Path(__file__).parent / "fixtures" / "check"
TEXTS = [
    "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n",
    "市直各部门要统一思想想、坚定信心，召开这次沭阳高质量发展会议，团结依靠启东百万人民。今天会议共有三项议程。",
    "2026年1月1日，第十五个五年规划开局。一是抓好隐患排查；二是完善长效机制。\n第一，要要加强队伍建设。",
]


def _rule_patterns() -> dict[str, lazyre.LazyPattern | re.Pattern[str]]:
    """Every pattern the rule modules hold at module level, by where it is (a global, or an item of a tuple or dict)."""
    import importlib

    found: dict[str, lazyre.LazyPattern | re.Pattern[str]] = {}
    for name in RULE_MODULES:
        module = importlib.import_module(f"drafter.check.{name}")
        for key, value in vars(module).items():
            items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, tuple) else ()
            for where, item in [(f"{name}.{key}", value), *((f"{name}.{key}[{k!r}]", v) for k, v in items)]:
                if isinstance(item, lazyre.LazyPattern | re.Pattern):
                    found[where] = item
    return found


def test_every_rule_pattern_is_the_pattern_re_compiles_and_finds_what_it_finds():
    patterns = _rule_patterns()
    assert len(patterns) > 400  # the rules' patterns, not a handful
    texts = [*TEXTS, *(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:6])]
    for where, pattern in patterns.items():
        ours = lazyre.compiled(pattern)
        theirs = re.compile(pattern.pattern, ours.flags)
        assert ours is theirs or (ours.pattern, ours.flags, ours.groupindex) == (theirs.pattern, theirs.flags,
                                                                                    theirs.groupindex), where
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in theirs.finditer(text)], where


def test_a_lazy_pattern_answers_as_its_pattern_and_is_put_back_in_its_module():
    namespace: dict[str, object] = {"re": lazyre}
    exec("WORD = re.compile(r'(?P<lv>[省市县])直(?=[各有部单机属])')\nPAIR = (re.compile('a(b)?', re.IGNORECASE),)", namespace)
    lazy = namespace["WORD"]
    assert isinstance(lazy, lazyre.LazyPattern) and lazy.pattern.startswith("(?P<lv>")
    assert lazy.search("全县直播间") is None and lazy.search("县直各部门").group("lv") == "县"
    assert type(namespace["WORD"]) is re.Pattern and namespace["WORD"] is lazyre.compiled(lazy)  # put back, itself
    assert lazy.groupindex == {"lv": 1} and lazy.groups == 1 and lazy.sub("", "县直各") == "各"
    assert lazy.split("。", maxsplit=1) == ["。"] and lazy.findall("市直有关") == ["市"]
    pair = namespace["PAIR"][0]  # held by a tuple: stays a LazyPattern, and works as one
    assert isinstance(pair, lazyre.LazyPattern) and pair.fullmatch("AB").span() == (0, 2)
    assert pair.flags & re.I and [m.group(1) for m in pair.finditer("a ab")] == [None, "b"]
    assert pair == re.compile("a(b)?", re.I) and hash(pair) == hash(re.compile("a(b)?", re.I))
    assert lazyre.compiled(pair) == re.compile("a(b)?", re.I) and repr(pair) == repr(re.compile("a(b)?", re.I))
    assert pickle.loads(pickle.dumps(lazyre.compile("x+"))).search("axx").span() == (1, 3)
    with pytest.raises(re.error):
        lazyre.compile("(").search("x")  # a bad pattern fails where it is first used, as re.compile's error


def test_the_same_findings_with_every_rule_pattern_compiled_beforehand(monkeypatch):
    """A check whose patterns are compiled as it goes finds what one finds with all of them compiled first."""
    texts = [*TEXTS, *(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[6:30])]
    lazily = [check_text(text).findings for text in texts]
    import importlib

    for name in RULE_MODULES:
        module = importlib.import_module(f"drafter.check.{name}")
        for key, value in list(vars(module).items()):
            if isinstance(value, lazyre.LazyPattern):
                monkeypatch.setattr(module, key, value.compiled())
    assert [check_text(text).findings for text in texts] == lazily
    assert any(lazily)  # the texts hold slips the rules find


def test_importing_the_check_compiles_none_of_its_rule_patterns():
    code = ("import drafter.check, re\nfrom drafter.check import lazyre, places, lines\n"
            "print(sum(isinstance(v, lazyre.LazyPattern) for m in (places, lines) for v in vars(m).values()))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 200
    assert check_package.check_text is check_text


def test_the_resident_compiles_every_rule_pattern_before_it_forks():
    """A resident's child compiles none of the check's patterns (each command would otherwise compile the ones its
    speech reaches and the resident's warm-up did not)."""
    lazyre.compile_all()
    assert lazyre.compile_all() == 0
    assert all(type(p) is re.Pattern or hasattr(p, "_compiled") for p in _rule_patterns().values())
    source = (Path(__file__).parent.parent / "drafter" / "cli" / "resident_server.py").read_text(encoding="utf-8")
    assert "lazyre.compile_all()" in source
