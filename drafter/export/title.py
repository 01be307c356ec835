"""Title line breaks and the byline, as GB/T 9704—2012 §7.3.2 asks.

A title too long for one line is broken between words, never inside one, into
lines of balanced length: two lines as a trapezoid (upper line the longer when
they cannot be equal), three or more as a diamond or trapezoid. Words come
from jieba's dictionary (loaded only for titles that need breaking) plus the
work names and meeting words in drafter/data/title-words.txt, so 安全生产 or
领导小组 stay whole. The byline is normalised to
"（县政府副县长　王明　2026年3月8日）": one full-width space between parts,
dates written 2026年3月8日.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from functools import cache
from pathlib import Path

# Words a line may not end with (a preposition opening the title) or start with
# (particles that close it): "在" alone on a line, or a line opening "上的讲话".
_WEAK_END = {"在", "关于", "对"}
_WEAK_START = {"上", "的", "上的"}
# Conjunctions open a line rather than close one ("…工作会议／暨…").
_JOINERS = {"暨", "和", "与", "及", "、"}
# Head nouns that should stay with the words before them ("第十五届委员会", "妇女儿童工作").
_HEADS = {"工作", "会议", "委员会", "大会", "全体会议", "会"}
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_SPACES = re.compile(r"[\s\u3000]+")


def _words_file() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "title-words.txt"


@cache
def _segmenter() -> object:
    """jieba's tokenizer with drafter's own words added.

    Quiet: jieba logs its progress, and a cache it cannot write only makes the
    next start slower. Its dictionary cache goes in drafter's user cache folder,
    not the shared temp folder, where another user's file would block it.
    """
    import logging

    import jieba

    from drafter.library.paths import user_cache_dir

    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer()
    with contextlib.suppress(OSError):
        folder = user_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(folder)
        tokenizer.cache_file = str(folder / "jieba.cache")
    for line in _words_file().read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            tokenizer.add_word(word, freq=10**6)
    return tokenizer


def title_words(title: str) -> list[str]:
    """The title cut into words (dictionary words only, no guessing of unknown ones)."""
    tokenizer = _segmenter()
    return list(tokenizer.lcut(title, HMM=False))  # type: ignore[attr-defined]


def break_title(title: str, per_line: int) -> list[str]:
    """Lines of a title of at most `per_line` characters each, broken between words.

    A title that fits stays one line. When no split between words fits (a
    single word longer than a line), the line is cut at `per_line`.
    """
    title = title.strip()
    if len(title) <= per_line:
        return [title]
    words = title_words(title)
    lines_needed = math.ceil(len(title) / per_line)
    for count in range(lines_needed, lines_needed + 3):
        best = _best_split(words, count, per_line)
        if best:
            return best
    return [title[i : i + per_line] for i in range(0, len(title), per_line)]


# Splits tried one by one at most: C(words-1, lines-1) grows so fast that a 120-character title (40 words, 5 lines)
# took minutes (newuser36: `export` of a long title line never ended); beyond this, lines are balanced in one pass.
_EXACT_SPLITS = 20000


def _best_split(words: list[str], count: int, per_line: int) -> list[str] | None:
    if math.comb(len(words) - 1, count - 1) > _EXACT_SPLITS:
        return _balanced_split(words, count, per_line)
    scored = []
    for cuts in itertools.combinations(range(1, len(words)), count - 1):
        bounds = (0, *cuts, len(words))
        lines = ["".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
        if max(len(line) for line in lines) > per_line:
            continue
        cost = _shape_cost([len(line) for line in lines]) + sum(_cut_cost(words, c) for c in cuts)
        scored.append((cost, lines))
    return min(scored)[1] if scored else None


def _balanced_split(words: list[str], count: int, per_line: int) -> list[str] | None:
    """`count` lines of at most `per_line` characters, as even as can be (squared distance from the mean length,
    plus the cut costs), found by dynamic programming: time linear in the words for a line of bounded length."""
    ends = list(itertools.accumulate((len(w) for w in words), initial=0))
    target = ends[-1] / count
    n = len(words)
    cost: list[list[float]] = [[math.inf] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    cost[0][0] = 0.0
    for k in range(1, count + 1):
        for j in range(k, n + 1):
            for i in range(j - 1, k - 2, -1):
                length = ends[j] - ends[i]
                if length > per_line:
                    break
                if cost[k - 1][i] == math.inf:
                    continue
                cut = _cut_cost(words, i) if i else 0.0
                total = cost[k - 1][i] + (length - target) ** 2 + cut
                if total < cost[k][j]:
                    cost[k][j], back[k][j] = total, i
    if cost[count][n] == math.inf:
        return None
    bounds = [n]
    for k in range(count, 0, -1):
        bounds.append(back[k][bounds[-1]])
    bounds.reverse()
    return ["".join(words[a:b]) for a, b in itertools.pairwise(bounds)]


def _shape_cost(lengths: list[int]) -> float:
    """Unevenness, plus a penalty for shapes that are neither trapezoid nor diamond."""
    spread = max(lengths) - min(lengths)
    if len(lengths) == 2:
        return spread + (0.5 if lengths[0] < lengths[1] else 0)  # upper line the longer
    peak = lengths.index(max(lengths))
    rising = all(a <= b for a, b in itertools.pairwise(lengths[: peak + 1]))
    falling = all(a >= b for a, b in itertools.pairwise(lengths[peak:]))
    return spread + (0 if rising and falling else 6)


def _cut_cost(words: list[str], cut: int) -> float:
    before, after = words[cut - 1], words[cut]
    cost = 0.0
    if before in _WEAK_END or after in _WEAK_START or after == "上的讲话":
        cost += 8
    if before in _JOINERS:
        cost += 3
    if after in _JOINERS:
        cost -= 1
    if before.endswith(("届", "次")):  # an ordinal cut from its noun
        cost += 3
    if after in _HEADS:  # a modifier cut from its head noun
        cost += 3
    if before[-1] in "（《“" or after[0] in "）》”、，：":
        cost += 20  # a bracket or a mark cut away from its words
    return cost


def normalise_byline(text: str) -> str:
    """ "（县政府副县长  王明 2026-03-08）" → "（县政府副县长　王明　2026年3月8日）"."""
    inner = text.strip()
    if inner[:1] in "（(" and inner[-1:] in "）)":
        inner = inner[1:-1]
    inner = _DATE.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", inner)
    parts = [part for part in _SPACES.split(inner.strip()) if part]
    return f"（{'　'.join(parts)}）"


def byline_speaker(text: str) -> str:
    """The speaker named in a byline ("县政府副县长　王明"), without the date."""
    inner = normalise_byline(text)[1:-1]
    parts = [p for p in inner.split("　") if not re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", p)]
    return "　".join(parts)
