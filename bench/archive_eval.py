"""Measure `drafter ingest` and `drafter check` on a folder of real pages (issue #13's figures).

Run by hand:  python bench/archive_eval.py FOLDER [--drafter PATH] [--out MISSES.md] [--figures FIGURES.json]

FOLDER holds the pages as they were saved (*.txt, *.md, *.html; only the files named in
expected.json are measured), `expected.json`, and optionally `planted/` with flawed copies and
`planted/planted.json`. A planter's folder of flawed copies alone may hold `{}` as expected.json or leave it out: then
only the planted errors are measured (ingest is not run). The texts are never committed; only this script and our own fixture
(tests/fixtures/archive_eval/) are.

expected.json: one list per file, one entry per document in the file, in order:

    {"file.txt": [{"kind": "speech|report|news|letter|other", "title": "…",
                   "count": 3,              # the announced count (讲三点意见); "几" for 讲几点意见; null
                   "points": 3,             # number of top-level points
                   "subpoints": [0, 3, 2],  # sub-points under each point
                   "place": "南通市",        # the speech's own place ("" when unknown)
                   "leak_terms": ["南通", "王局长"],  # must not appear in a non-specific fragment
                   "debatable": false, "note": "why",
                   "also": [{"count": null, "points": 0, "subpoints": []}],  # debatable only: other readings
                   "real_errors": ["placeholder"],  # optional: rules whose errors are real here, not false
                   "lines": [5, 40]}]}      # optional: the document's lines (1-based, inclusive) for check

"also" (only on a debatable entry, written with the entry before drafter runs): the other readings a
careful clerk would equally accept, each with any of kind, count, points, subpoints (keys left out
are the entry's own). The strict figure counts the entry's chosen reading only; a second figure
accepts a named other reading, so both show.

The count is a number when one is announced, "几" when a count is announced without a number
(讲几点意见, as drafter reports it), and null when nothing is announced.

A document is right when its kind matches and, for speech and report, its announced count, its
number of points and each point's number of sub-points match; for other kinds nothing may be read
as points. "letter" is right when drafter says letter or other. Documents are matched to entries by
file and order (an order-keeping alignment that prefers equal titles); an extra or missing document
is a miss.

Leaks: every leak_term, and the entry's place with and without its suffix (南通市 and 南通), found in
any text of a fragment that ingest wrote for the document and did not tag `specific`. Each leak is put in a class told
from the leaked term's shape alone (`leak_class`), so a sealed set says WHICH kind of name leaks without saying it:
`place_full` (the entry's place, or another term ending in a county's or city's suffix: 南通市), `place_bare` (the place without
its suffix: 南通), `place_other` (a county or city drafter's gazetteer knows, when drafter is importable: 江都,
高邮市), `place_part` (a town or village below it: 龙华镇, 张庄村), `person_title` (a person by office or title: 王局长, 李书记, 张世华校长, 王老师), `institution` (an own
body: 第一中学, 二中, 教育局, 人民医院), `person_name` (a name: 张三同志, or two or three characters opening with a
surname), `event` (市"两会"), `bare_name` (any other two or three characters: a short name whose kind its shape does
not tell) and `other`; figures `leaks_by_class` and `documents_with_leaks_by_class`.

Leak details (leak51): `leak_details` tells each leak more closely, still without its text (`leak_detail`): class | role
and the part of the source ingest says the fragment came from | length | whether jieba's dictionary holds the term (its
part of speech and frequency bucket) and, for three or four characters, its head and tail | what stands before and after
it (the edge, punctuation, a variable, a function word or one of a few named words such as 我们, 人民, 的发展, else the
part of speech of the jieba word there) | how often the fragment and the document's fragments say it | the fragment's
length. `fragments`, `specific_fragments` and `specific_pct` say how many of the matched documents' fragments ingest
tagged specific: what catching names costs.

Check: `drafter check --json` on each speech/report entry's text (the entry's "lines", else the
matched document's lines from the ingest report, else the whole file when it holds one entry),
without and with `--place`; severity-error findings of a rule not listed in real_errors are false errors,
counted per 10,000 characters (non-space characters of the checked text). The error findings a
real_errors list excused are counted too and printed beside the figure, so a broad list shows.

Placeholders in the page (check40): by the project's convention (check52) a placeholder left in a text is a real
error, and web pages hold many (20XX年, X亿元, ×××同志, *书记, 某某) that the collectors did not list in
real_errors. A `placeholder` finding is counted real, not false, when what it points at is literally a placeholder
in the checked text (`literal_placeholder`): 某某; two or more underscores, a blank the page prints to be filled
(填写____表, ＿＿个; session 46); or a run of X x Ｘ ｘ × * ＊ ○ that stands for a number or a
name, that is: no Latin letter on either side (Xbox, XXL); not between two figures (3×5, 2 * 3); not a star or ○
opening the line (a list mark), ending a word or spoken of (带*的, *号: a footnote star); not ○ among Chinese
numerals (二○二四); not X光 or X射线; and a run of one character, or of stars, followed by a Chinese character or %
(a PDF copy's space between is skipped: 位居 X 市第一), or (X only) after a year's digits (20x年). Any other
placeholder finding (☆, ##, 【待补】, dots before 同志) is false unless real_errors lists the rule. The table prints
the false errors with this rule and without it (every unlisted placeholder counted false: the figure before
check40), and how many it counted real; --out lists each of them, so each can be read.

planted/planted.json: {"flawed.txt": {"place": "清河县", "errors": [{"code": "numbering", "phrase": "四、"}]}}
Each planted error is found when a finding has that rule and the phrase occurs in the finding's
text or on the line it points to; counted without and with --place.

Doubts (session 36): ingest says `结构存疑：…` in a document's warnings when its reading of the structure or
the kind has a reason for doubt. Per document, whether it carries one: `wrong_doubted`/`wrong` (documents read
wrong, or missing, that carry a doubt; a missing one carries none) and `right_doubted`/`right`; per signal (told
from its wording, DOUBT_SIGNALS) how many documents it was raised on and how many of those were read wrong (its
precision). Every miss line ends with the document's doubts, and a right document that was doubted is listed too.

Breakdowns that name no text (session 46), so a sealed set can still say where it fails: `planted_by_code` (per
planted rule: errors, found without and with --place), `wrong_by_aspect` (documents read wrong in kind, announced,
points, subpoints, points-in-other or missing), `false_by_rule` (false errors per rule, without and with --place) and
`planted_missed_as` (how near check came to each planted error it missed: info-only, rule-elsewhere,
other-rule-at-phrase, silent). Warnings are counted found and never false, but a user reads each one: on the checked
(correct) texts, `warnings_per_10k` and `warnings_by_rule_per_10k` (session 49) say how many, without and with --place.
`place_shapes.warned` (plant51) tells each foreign-place or level-mix WARNING on correct text the same way.
`false_shapes` and `missed_shapes` (fp50): each false repeated-char error and each missed planted repeated-char slip told
by its shape, never its text (drafter.check.lines.describe_doubling: the test that decided, the character's class, the
words its copies make with their neighbours, what stands around it, whether the page is a hard-wrapped copy).

Miss shapes (split50), so a sealed set says what its misses look like without their text: `miss_shapes` counts, for
each missing document, `missing|want:KIND|at:LINE|above:LINE[+gap]|under:CUES|read:WHERE` — LINE is a line told by
`line_shape` (salutation, date, byline, news-lead, closing, title:GENRE or titlelike, sentence; its length bucket; how
it ends), at the line where the document should begin (its "lines", else the line holding its title) and at the last
line above it (+gap: a blank line between); CUES are the salutation, date, byline, news lead, closing words, first
person or told-in-third-person words in the three lines under it; WHERE is what drafter read there (inside the
previous entry's document, the next one's, a document matched to no entry, its own; @start when that document begins
on the line; its kind and the part: title, opening, point, closing …; or removed, or outside every document). For each
wrong kind, `kind|want:KIND|got:KIND|CUES` with the cues in the document's own lines (`kind_cues`: the title's genre
word, first-person density, 同志们, salutation, news lead, reporter's words, report voice, letter, notice and host
words, a date or closing words at the end, numbered parts, length).

Point shapes and item signs (split51): a document matched but read wrong in its announced count, points or sub-points
adds `points|WANTKIND/GOTKIND|want:N|got:M|fewer/more/same|announced:W/G|subs:same or sumW/G|taken:MARKxN+…|series:…|
want-is:…|got-is:…|LAYOUT` to `miss_shapes` (`points_shape`): taken is the mark before each heading drafter read (a kind of
_MARK_KINDS, bullet, bare, ordinal-word, mid, or ? when the page does not hold the heading) and where it stands; series
the lists in the document's lines (_runs_after); want-is and got-is the list as long as the points wanted and read. A
missing document that drafter read inside the one above adds to `item_signs`
`signs|want:KIND|at:LINEKIND|lead,held,named,ended,sofar,told,back,we,head,split 0/1,paras:N` (`item_signs`): how
drafter/ingest/nextitem.py's next-news-item decision weighed that line, read with the drafter importable beside this
script, over the page's lines from that document's start (an approximation of its cleaned paragraphs).

Count shapes (count50): each missed planted count-mismatch or numbering slip, and each false count-mismatch or
numbering error on a checked text, told by its shape and never its text (`count_shape`), figure `count_shapes`
(missed and false, without and with --place): `rule|where|form|points=…|said vs counted|one-list or second-list|
near=…|layout`. Where the count stands (opening, heading, in-point, closing, lookback, or mark for a numbering
mark, unplaced when no one line holds the phrase); its form (speaker-N点-意见。 for 讲三点意见。, has-N项-议程: for
有五项议程：, lookback-N点, 这N-…, bare-…; N a numeral, d a digit, 几 none; a noun not in the short list as x and its
length, qx2 quoted: “三个确保”); the lists after it (before it, for a look-back): each run of one mark kind from 1 (一、
（一） 第一， 一是 一要 其一 1、 第一项), at a line's start or run in, and how long; the number said against the first list's
length; whether a second list follows; the rules check said (not info) within a line of it; and the copy's layout
(one-line, wrapped at a width, nopunct, lines).

Place shapes (place50): `place_shapes` tells each MISSED planted foreign-place or level-mix slip (`missed`, per run)
and each FALSE error of those rules on correct text (`false`, per run) as a string of names, no character of the text
(`place_shape`): rule | where (title, header, salutation, heading, opening, body, closing / bodies-list, line-start,
clause-start, mid) | form (mixed-pair, led-by, all-X-whole, all-X-people, all-X, we-X, X-people, X-body, with-suffix,
bare-name, + what follows) | next words' kind | what check read as the own level and place and how (title, counts,
from-place, speaker, unsure, none; given, title, text, none) | the slip's tier against the own level (same, peer,
higher, lower) and whether the gazetteer knows the name (and, the own place known, sibling / within-own …) | which of
the check code's excuses hold there (read with the drafter importable beside this script: the worktree's code) | what
check said on that line. The slip is the level word or place name inside the planted phrase (`_core`).

The table goes to stdout; every miss (file, entry, what differed) to --out; the figures as JSON to
--figures (the fixture test reads them).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

POINT_KINDS = ("speech", "report")
SUFFIXES = (
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "街道",
    "州",
    "盟",
    "旗",
    "省",
    "自治区",
    "自治县",
    "自治州",
    "新区",
    "开发区",
)
SKIP_KEYS = {"id", "role", "tags", "source", "series", "inline", "variants_of"}
DOUBT = "结构存疑："
COUNT_CODES = ("count-mismatch", "numbering")
# each signal of drafter/ingest/doubt.py, told by a phrase of its wording (this script runs without drafter importable)
DOUBT_SIGNALS = (
    ("count-off", "正文找到"),
    ("bare-heading", "像是没有序号的小标题"),
    ("gap", "论点的序号"),
    ("one-paragraph", "的同一段里"),
    ("empty", "只有标题、没有正文"),
    ("unread-leads", "可能是没有编号的论点"),
    ("host", "议程的"),
    ("title-point", "重复了全文的标题"),
    ("items-before", "之前已有编号的条目"),
    ("inner-leads", "没有读出小点"),
    ("cut-at-mark", "像是下一部分的序号"),
    ("lone-runin", "只找到一个论点"),
    ("unread-count", "像是宣布点数"),
    ("series-gap", "的列举从"),
    ("news-parts", "读作会议消息，但"),
    ("review-voice", "回顾工作，可能是工作报告"),
    ("outline-points", "的目录或提纲"),
    ("cut-lead", "小点可能没有读全"),
    ("bare-empty", "下面没有正文"),
    ("second-transition", "各有一句宣布点数"),
    ("report-title-other", "读作其他文书，但标题"),
    ("lost-number", "像是丢了数字的序号"),
    ("title-in-point", "像是另一篇讲话的标题"),
    ("title-mark", "带着部分的序号"),
    ("doc-number", "有公文的发文字号"),
    ("mark-above", "句中有“一、”"),
    ("runin-unread", "可能是第一个论点（副本"),
    ("heading-reading", "两种读法不一致"),
    ("count-reading", "可读作宣布"),
    ("series-reading", "读作没有小点，但"),
    ("second-lead", "像另一条消息的导语"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--drafter", default=None, help="the drafter executable (default: next to this python)"
    )
    parser.add_argument("--out", type=Path, default=None, help="write every miss here (markdown)")
    parser.add_argument("--figures", type=Path, default=None, help="write the figures here (JSON)")
    args = parser.parse_args(argv)
    drafter = args.drafter or _default_drafter()
    result = evaluate(args.folder, drafter)
    print(table(result))
    for path in (args.out, args.figures):
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
    if args.out:
        args.out.write_text(misses_markdown(result), encoding="utf-8")
    if args.figures:
        args.figures.write_text(
            json.dumps(result["figures"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


def _default_drafter() -> str:
    here = Path(sys.executable).parent / "drafter"
    return str(here) if here.exists() else (shutil.which("drafter") or "drafter")


# ---------------------------------------------------------------- running drafter


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for key in ("DRAFTER_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        sub = home / key.lower()
        sub.mkdir(parents=True, exist_ok=True)
        env[key] = str(sub)
    env.pop("NO_COLOR", None)
    env["DRAFTER_NO_RESIDENT"] = "1"  # check runs here: no resident started (and left running) by the first one
    return env


def _run_json(cmd: list[str], env: dict[str, str]) -> Any:
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, encoding="utf-8", check=False
    )
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise SystemExit(
            f"{' '.join(cmd)} gave no JSON (exit {proc.returncode}): {proc.stderr[-2000:]}"
        ) from exc


def check_findings(
    drafter: str, path: Path, place: str | None, env: dict[str, str]
) -> list[dict[str, Any]]:
    cmd = [drafter, "check", str(path), "--json"] + (["--place", place] if place else [])
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8", check=False)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        # A crash or a refusal is what the user gets instead of a review: it counts as one error
        # finding (a false error on a correct speech, no planted error found) and shows in the misses,
        # instead of stopping the whole measure.
        last = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        return [{"rule": "no-report", "severity": "error", "line": 0,
                 "message": f"check gave no report (exit {proc.returncode}): {last[:300]}"}]
    # what check read as the own place and level, for place_shape (the findings' list alone does not say it)
    _CHECK_META[(str(path), place)] = {k: data.get(k) for k in ("place", "level", "inferred")}
    return list(data.get("findings", []))


# ---------------------------------------------------------------- evaluation


def _page_text(path: Path) -> str:
    """A saved page's text: UTF-8, else GB18030 (old archives), as drafter reads them."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def evaluate(folder: Path, drafter: str) -> dict[str, Any]:
    folder = folder.resolve()
    # a folder of planted copies alone (a planter's batch: expected.json is {} or left out) measures the planted errors
    # only, without running ingest on no page (check48)
    spec = folder / "expected.json"
    expected: dict[str, list[dict[str, Any]]] = (
        json.loads(spec.read_text(encoding="utf-8")) if spec.is_file() else {}
    )
    with tempfile.TemporaryDirectory(prefix="archive-eval-") as tmp:
        home = Path(tmp)
        env = _env(home)
        stage = home / "pages"
        for name in expected:
            target = stage / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / name, target)
        report = (
            _run_json([drafter, "ingest", str(stage), "--json"], env)
            if expected
            else {"documents": [], "files": []}
        )
        docs_by_id = {d["id"]: d for d in report["documents"]}
        files_by_name = {f["file"]: f for f in report["files"]}
        rows: list[dict[str, Any]] = []
        misses: list[str] = []
        for name, entries in expected.items():
            file = files_by_name.get(name)
            docs = (
                [docs_by_id[i] for i in file["documents"] if i in docs_by_id]
                if file and not file.get("error")
                else []
            )
            if file and file.get("error"):
                misses.append(f"- {name}: ingest error: {file['error']}")
            pairs = align(entries, docs)
            matched_docs = {j for _, j in pairs if j is not None}
            for k, doc in enumerate(docs):
                if k not in matched_docs:
                    misses.append(
                        f"- {name}: extra document {doc['id']} «{doc['title']}» ({doc['kind']}, {len(doc['points'])} points)"
                    )
            lines = _page_text(folder / name).splitlines()
            for i, j in pairs:
                if i is None:
                    continue
                entry = entries[i]
                doc = docs[j] if j is not None else None
                row = score_entry(name, i, entry, doc, lines, len(entries), drafter, env, home)
                row["miss_shapes"] = (
                    [miss_shape(entry, i, lines, docs, pairs, file)] if doc is None
                    else [kind_shape(entry, doc, lines)] if "kind" in row["aspects"]
                    else [points_shape(entry, doc, lines)] if row["aspects"] else []
                )  # fmt: skip
                row["item_signs"] = [x for x in [item_signs(entry, i, lines, docs, pairs)] if x] if doc is None else []
                row["misses"] += [f"- {name} #{i + 1}: shape {x}" for x in row["miss_shapes"] + row["item_signs"]]
                rows.append(row)
                misses += row["misses"]
        planted = evaluate_planted(folder, expected, drafter, env)
        misses += planted["misses"]
    return {"rows": rows, "planted": planted, "misses": misses, "figures": figures(rows, planted)}


def align(
    entries: list[dict[str, Any]], docs: list[dict[str, Any]]
) -> list[tuple[int | None, int | None]]:
    """Order-keeping pairs of (entry, document); None on one side is a missing or extra document."""
    n, m = len(entries), len(docs)

    def score(i: int, j: int) -> float:
        a, b = entries[i].get("title") or "", docs[j].get("title") or ""
        return 1.0 + (difflib.SequenceMatcher(None, a, b).ratio() if a and b else 0.0)

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], score(i, j) + best[i + 1][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if best[i][j] == score(i, j) + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            j += 1
    pairs += [(k, None) for k in range(i, n)]
    return pairs


def _kind_ok(want: str, got: str) -> bool:
    return got == want or (want == "letter" and got == "other")


def reading_diffs(entry: dict[str, Any], doc: dict[str, Any]) -> list[str]:
    """How drafter's reading of a document differs from one reading of it (empty: the same)."""
    diffs = []
    if not _kind_ok(entry["kind"], doc["kind"]):
        diffs.append(f"kind {doc['kind']} (want {entry['kind']})")
    got_subs = [len(p.get("subpoints") or []) for p in doc["points"]]
    if entry["kind"] in POINT_KINDS:
        if doc.get("announced_count") != entry.get("count"):
            diffs.append(f"announced {doc.get('announced_count')} (want {entry.get('count')})")
        if len(doc["points"]) != entry.get("points"):
            diffs.append(f"points {len(doc['points'])} (want {entry.get('points')})")
        elif got_subs != list(entry.get("subpoints") or [0] * len(got_subs)):
            diffs.append(f"subpoints {got_subs} (want {entry.get('subpoints')})")
    elif doc["points"]:
        diffs.append(f"{len(doc['points'])} points read in a {entry['kind']}")
    return diffs


def _aspect(diff: str) -> str:
    """The part of a reading a difference names (kind, announced, points, subpoints, or points read in a non-speech)."""
    word = diff.split(" ", 1)[0]
    return word if word in ("kind", "announced", "points", "subpoints") else "points-in-other"


def doubt_signals(doc: dict[str, Any] | None) -> list[str]:
    """The doubts ingest raised on a document, by signal name ("other" for a wording not in DOUBT_SIGNALS)."""
    notes = [w for w in (doc or {}).get("warnings") or [] if w.startswith(DOUBT)]
    return [
        next((name for name, phrase in DOUBT_SIGNALS if phrase in note), "other") for note in notes
    ]


def score_entry(
    name: str,
    index: int,
    entry: dict[str, Any],
    doc: dict[str, Any] | None,
    lines: list[str],
    n_entries: int,
    drafter: str,
    env: dict[str, str],
    home: Path,
) -> dict[str, Any]:
    where = f"{name} #{index + 1} «{entry.get('title', '')}»"
    row: dict[str, Any] = {
        "file": name,
        "index": index,
        "kind": entry["kind"],
        "debatable": bool(entry.get("debatable")),
        "right": False,
        "right_also": False,
        "leaks": [],
        "leak_classes": [],
        "leak_shapes": [],
        "chars": 0,
        "false": {"bare": 0, "place": 0},
        "false_all": {"bare": 0, "place": 0},
        "in_page": {"bare": 0, "place": 0},
        "excused": {"bare": 0, "place": 0},
        "misses": [],
        "doubts": doubt_signals(doc),
        "aspects": [],
        "false_rules": {"bare": [], "place": []},
        "warn_rules": {"bare": [], "place": []},
        "false_shapes": {"bare": [], "place": []},
        "count_shapes": {"bare": [], "place": []},
    }
    if doc is None:
        row["aspects"] = ["missing"]
        row["misses"].append(f"- {where}: missing (no document read for this entry)")
    else:
        diffs = reading_diffs(entry, doc)
        row["aspects"] = [_aspect(d) for d in diffs]
        row["right"] = not diffs
        row["right_also"] = row["right"] or (
            row["debatable"]
            and any(not reading_diffs({**entry, **other}, doc) for other in entry.get("also") or [])
        )
        if diffs:
            heads = " | ".join(p["heading"][:24] for p in doc["points"][:12])
            flag = " [debatable]" if row["debatable"] else ""
            if row["right_also"]:
                flag += " [an also-reading]"
            row["misses"].append(
                f"- {where}{flag}: "
                + "; ".join(diffs)
                + (f" — read points: {heads}" if heads else "")
                + f" — doubted: {', '.join(row['doubts']) or 'no'}"
            )
        elif row["doubts"]:
            row["misses"].append(f"- {where}: read right, but doubted: {', '.join(row['doubts'])}")
        row["leaks"] = find_leaks(entry, doc)
        row["leak_classes"] = [leak_class(term, entry.get("place") or "") for term, _, _ in row["leaks"]]
        row["leak_shapes"] = [
            leak_shape(cls, term, fid, ctx, doc) for cls, (term, fid, ctx) in zip(row["leak_classes"], row["leaks"], strict=True)
        ]
        row["leak_details"] = leak_details(entry, doc, row["leaks"])
        row["fragments"], row["specific_fragments"] = fragment_counts(doc)
        row["misses"] += [
            f"- {where}: leak «{term}» ({cls}) in non-specific {fid}: …{ctx}…"
            for (term, fid, ctx), cls in zip(row["leaks"], row["leak_classes"], strict=True)
        ]
    if entry["kind"] in POINT_KINDS:
        text = _entry_text(entry, doc, lines, n_entries)
        if text is None:
            row["misses"].append(f"- {where}: not checked (no lines for it)")
        else:
            path = home / "check" / f"{Path(name).stem}-{index + 1}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            row["chars"] = len(re.sub(r"\s", "", text))
            place_runs: list[tuple[str, str | None]] = [("bare", None)]
            if entry.get("place"):
                place_runs.append(("place", entry["place"]))
            text_lines = text.splitlines()
            for label, place in place_runs:
                findings = check_findings(drafter, path, place, env)
                unlisted = false_errors(findings, entry.get("real_errors") or [])
                in_page = [f for f in unlisted if _in_page(f, text_lines)]
                false = [f for f in unlisted if f not in in_page]
                errors = sum(f.get("severity") == "error" for f in findings)
                for key, value in (
                    ("false", len(false)),
                    ("false_all", len(unlisted)),
                    ("in_page", len(in_page)),
                    ("excused", errors - len(unlisted)),
                ):
                    row[key][label] = value
                    if not entry.get("place"):
                        row[key]["place"] = value  # without a place, the --place run is the same run
                row["false_rules"][label] = [f["rule"] for f in false]
                row["false_shapes"][label] = [doubling_shape(text_lines, f) for f in false if f["rule"] == "repeated-char"]
                row["count_shapes"][label] = [
                    count_shape(f["rule"], text_lines, f.get("line", 0), f.get("text") or "", findings, f.get("message") or "")
                    for f in false if f["rule"] in COUNT_CODES
                ]
                meta = _CHECK_META.get((str(path), place), {})
                row.setdefault("place_shapes", {})[label] = [
                    x for f in false if (x := false_place_shape(f, text_lines, findings, meta, bool(place)))
                ]
                # plant51: each warning of those rules on correct text, told the same way (a question a user reads)
                row.setdefault("warned_place_shapes", {})[label] = [
                    x for f in findings if f.get("severity") == "warning"
                    and (x := false_place_shape(f, text_lines, findings, meta, bool(place)))
                ]
                if not entry.get("place"):
                    row["place_shapes"]["place"] = row["place_shapes"][label]
                    row["warned_place_shapes"]["place"] = row["warned_place_shapes"][label]
                row["warn_rules"][label] = [f["rule"] for f in findings if f.get("severity") == "warning"]
                if not entry.get("place"):
                    row["false_rules"]["place"] = row["false_rules"][label]
                    row["warn_rules"]["place"] = row["warn_rules"][label]
                    row["false_shapes"]["place"] = row["false_shapes"][label]
                    row["count_shapes"]["place"] = row["count_shapes"][label]
                opt = f" --place {place}" if place else ""
                for f in false:
                    row["misses"].append(
                        f"- {where}: check{opt} false error {f['rule']} "
                        f"line {f['line']} «{f.get('text', '')}»: {f['message']}"
                    )
                for f in in_page:
                    row["misses"].append(
                        f"- {where}: check{opt} placeholder in the page, counted real: line {f['line']} "
                        f"«{f.get('text', '')}» in …{_around(f, text_lines)}…"
                    )
    return row


def _entry_text(
    entry: dict[str, Any], doc: dict[str, Any] | None, lines: list[str], n_entries: int
) -> str | None:
    span = entry.get("lines") or (doc["lines"] if doc else None)
    if n_entries == 1 and not entry.get("lines"):
        return "\n".join(lines) + "\n"
    if not span:
        return None
    return "\n".join(lines[span[0] - 1 : span[1]]) + "\n"


def false_errors(findings: list[dict[str, Any]], real: list[str]) -> list[dict[str, Any]]:
    """Severity-error findings whose rule the entry does not list as real (a listed rule covers all its findings)."""
    return [f for f in findings if f.get("severity") == "error" and f["rule"] not in set(real)]


# A run of the characters pages put for a number or a name: X x Ｘ ｘ × * ＊ ○ (check40; the module docstring).
_MASK_RUN = re.compile(r"[XxＸｘ×*＊○]+")
_BLANK_RUN = re.compile(r"[_＿]{2,}")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_FIGURE = re.compile(r"[0-9０-９]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_NUMERALS = "一二三四五六七八九十○〇零"


def _span_in_line(line: str, column: int, text: str) -> int:
    """Where a finding's text starts in its line: at its column, else the occurrence nearest to it (-1: not there)."""
    start = column - 1
    if text and line[start : start + len(text)] == text:
        return start
    spots = [i for i in range(len(line)) if line.startswith(text, i)] if text else []
    return min(spots, key=lambda i: abs(i - start)) if spots else -1


def _in_page(finding: dict[str, Any], lines: list[str]) -> bool:
    """A placeholder finding that points at a placeholder the checked text literally holds."""
    n = finding.get("line", 0)
    return (
        finding.get("rule") == "placeholder"
        and 0 < n <= len(lines)
        and literal_placeholder(lines[n - 1], finding.get("column", 1), finding.get("text") or "")
    )


def _around(finding: dict[str, Any], lines: list[str]) -> str:
    line = lines[finding["line"] - 1]
    start = max(0, _span_in_line(line, finding.get("column", 1), finding.get("text") or ""))
    return line[max(0, start - 8) : start + len(finding.get("text") or "") + 8]


def literal_placeholder(line: str, column: int, text: str) -> bool:
    """Whether a placeholder finding points at a placeholder the page literally holds (the module docstring's pattern)."""
    start = _span_in_line(line, column, text)
    if start < 0:
        return False
    if "某某" in text:
        return True
    if _BLANK_RUN.search(text):
        return True  # a blank left to fill, as the page prints it (填写____表, ＿＿个): check46's blanks
    inner = _MASK_RUN.search(text)
    if not inner:
        return False
    a, b = start + inner.start(), start + inner.end()
    while a > 0 and _MASK_RUN.match(line[a - 1]):
        a -= 1
    while b < len(line) and _MASK_RUN.match(line[b]):
        b += 1
    run, before, after = line[a:b], line[a - 1] if a else "", line[b] if b < len(line) else ""
    # (a page taken out of a PDF spaces a mark off from its word: 位居 X 市第一, 从 X 次增长到 XX 次)
    left, right = line[:a].rstrip()[-1:], line[b:].lstrip()[:1]
    if any(_LATIN.match(c) for c in (before, after, left, right)):
        return False  # a Latin word's X (Xbox, XXL, Windows X)
    if _FIGURE.match(left) and _FIGURE.match(right):
        return False  # a multiplication sign between figures (3×5, 2 * 3)
    if set(run) <= set("*＊○") and not line[:a].strip():
        return False  # a list mark opening the line
    if "○" in run and any(c and c in _HAN_NUMERALS for c in (before, after)):
        return False  # ○ written for zero among Chinese numerals (二○二四年)
    if before in ("带", "标", "注", "加") or after == "号":
        return False  # the mark itself spoken of (带*的指标为快报数, 加*号): a footnote's star
    if run in ("X", "Ｘ") and (after == "光" or line.startswith("射线", b)):
        return False  # X光, X射线
    if len(run) == 1 or set(run) <= set("*＊"):
        # one mark, or stars: it stands for something only before a Chinese character or %, or (X) after a year's digits
        return bool(
            _HAN.match(right)
            or right in ("%", "％")
            or (_FIGURE.match(before) and set(run) <= set("XxＸｘ"))
        )
    return True


def bare_place(place: str) -> str:
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[: -len(suffix)]
    return place


# The shapes a leaked term is classed by (leak_class): no text of the page is needed, only the term and the entry's place.
_PLACE_TAILS = (*SUFFIXES, "村", "社区", "嘎查", "苏木")
_PART_TAILS = ("镇", "乡", "街道", "村", "社区", "嘎查", "苏木")  # a town or village below the place (when not the place)
_TITLE_TAILS = (
    "总书记", "书记", "省长", "市长", "县长", "区长", "镇长", "乡长", "局长", "处长", "科长", "主任", "校长", "行长", "院长",
    "部长", "厅长", "主席", "秘书长", "总经理", "董事长", "所长", "站长", "队长", "组长", "委员", "老师", "教授", "先生",
    "女士", "同学", "总理", "主委", "会长", "理事长", "经理", "园长", "馆长", "社长", "台长",
)  # fmt: skip
_INSTITUTION_TAIL = re.compile(
    r"(?:中学|小学|学校|医院|卫生院|幼儿园|大学|学院|职校|附中|附小|局|委|办|公司|集团|银行|中心|研究所|协会|商会|工厂|厂|矿|"
    r"支行|分行|法院|检察院|党校|电视台|报社|场|馆|所|站)$|^(?:[一二三四五六七八九十]中|[一二三四五六七八九十]小)$"
)
_EVENT = re.compile(r"两会|代表大会|党代会|运动会|节|博览会|论坛")
# common surnames (a one-character head before one or two more: a person's name)
_SURNAME_HEADS = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
LEAK_CLASSES = (
    "person_name", "person_title", "place_full", "place_bare", "place_other", "place_part", "institution", "event",
    "bare_name", "other",
)  # fmt: skip


def _known_place(term: str) -> bool:
    """Whether drafter's gazetteer knows `term` as a place (False when drafter is not importable here)."""
    try:
        from drafter import gazetteer
    except ImportError:
        return False
    try:
        return bool(gazetteer.lookup(term))
    except Exception:  # noqa: BLE001 - a class is a hint; the gazetteer must never stop the measure
        return False


def leak_class(term: str, place: str = "") -> str:
    """The class of a leaked term, told from its shape and the entry's place (see the module docstring)."""
    if place and term == place:
        return "place_full"
    if place and term != place and place.startswith(term):
        return "place_bare"
    if term.endswith("同志") and len(term) > 2:
        return "person_name"
    if term.endswith(_TITLE_TAILS) and len(term) > 2:
        return "person_title"
    if _EVENT.search(term):
        return "event"
    if _INSTITUTION_TAIL.search(term):
        return "institution"
    if _known_place(term):
        return "place_other"  # a county or city the gazetteer knows, not the entry's own (江都, 高邮市)
    if term.endswith(_PART_TAILS) and len(term) > 2:
        return "place_part"
    if term.endswith(_PLACE_TAILS) and len(term) > 2:
        return "place_full"
    if 2 <= len(term) <= 4 and term[0] in _SURNAME_HEADS and re.fullmatch(r"[\u4e00-\u9fff]+", term):
        return "person_name"
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", term):
        return "bare_name"  # a short name without its suffix (a town's, a school's, a given name): its kind not told
    return "other"


_PLACE_SUFFIX_CHARS = set("省市县区镇乡村州旗盟")
_TITLE_HEADS = set("书记长任席")
_BODY_CHARS = set("中小学院局委办所站厂矿司团会馆场园")


def _char_kind(ch: str) -> str:
    """The kind of one character next to a leaked term, said without the character (see leak_shape)."""
    if not ch:
        return "edge"
    if ch in _PLACE_SUFFIX_CHARS:
        return "place-suffix"
    if ch in _TITLE_HEADS:
        return "title-char"
    if ch in _BODY_CHARS:
        return "body-char"
    if ch == "{" or ch == "}":
        return "variable"
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    if ch.isdigit():
        return "digit"
    return "punct"


def leak_shape(cls: str, term: str, fid: str, ctx: str, doc: dict[str, Any]) -> str:
    """One leak told without its text: its class, the role of the fragment it is in (opening, point …), the
    length of the term, the kind of character before and after it, and whether ingest found a place for the
    document at all — so a sealed set says where a name slips through (leak49)."""
    role = re.sub(r"-\d+$", "", fid.rsplit(".", 1)[-1])
    at = ctx.find(term)
    before = ctx[at - 1] if at > 0 else ""
    after = ctx[at + len(term)] if at >= 0 and at + len(term) < len(ctx) else ""
    place = "place-found" if doc.get("place") else "no-place"
    return f"{cls}|{role}|len{len(term)}|{_char_kind(before)}>{_char_kind(after)}|{doc.get('kind', '')}|{place}"


# The words around a leak named when they are function words or the words a name stands before (X的, 在X, X要, X人民);
# any other neighbour is told by its part of speech only (leak51).
_NAMED_BEFORE = ("我们", "感谢", "祝贺", "欢迎", "代表", "建设", "推动", "服务", "促进", "打造", "支持", "关心", "作为", "来到", "走进")
_NAMED_AFTER = (
    "人民", "大地", "儿女", "父老", "这片", "特色", "发展", "经济", "的", "要", "人", "是", "在", "和", "与", "将", "已",
    "全体", "广大", "各位", "工作", "建设", "的发展", "的明天", "的未来",
)  # fmt: skip
_FUNCTION_CHARS = set("的在把和与及对是要为从向到由让给将被了着过等之、也都还就又再已更最很")


def _jieba_entry(word: str) -> tuple[int, str]:
    """jieba's frequency and part of speech of `word` ((0, '') when it holds none or drafter is not importable)."""
    try:
        from drafter.ingest.ownbodies import _dictionary
    except ImportError:
        return 0, ""
    try:
        return _dictionary().get(word, (0, ""))
    except Exception:  # noqa: BLE001 - a hint only
        return 0, ""


def _freq_bucket(freq: int) -> str:
    return "0" if not freq else "<30" if freq < 30 else "<300" if freq < 300 else "<3k" if freq < 3000 else "3k+"


def _word_kind(word: str) -> str:
    """A word next to a leak, told by jieba's part of speech and how often it is used (not its text)."""
    freq, tag = _jieba_entry(word)
    return f"{tag or '?'}{len(word)}" if freq else "noword"


def _side(text: str, start: int, end: int, before: bool) -> str:
    """What stands on one side of a leak: the edge, punctuation, a variable, a named function word or opening/closing
    word (_NAMED_BEFORE, _NAMED_AFTER), else the longest jieba word of two or three characters there by its kind."""
    if before:
        if start <= 0:
            return "edge"
        ch = text[start - 1]
        if ch == "}":
            return "variable"
        if not "\u4e00" <= ch <= "\u9fff":
            return "punct"
        for w in _NAMED_BEFORE:
            if text.endswith(w, 0, start):
                return w
        if ch in _FUNCTION_CHARS:
            return ch
        for n in (3, 2):
            w = text[max(0, start - n) : start]
            if len(w) == n and _jieba_entry(w)[0]:
                return _word_kind(w)
        return f"char:{_word_kind(ch) if _jieba_entry(ch)[0] else 'han'}"
    if end >= len(text):
        return "edge"
    ch = text[end]
    if ch == "{":
        return "variable"
    if not "\u4e00" <= ch <= "\u9fff":
        return "punct"
    for w in sorted(_NAMED_AFTER, key=len, reverse=True):
        if text.startswith(w, end):
            return w
    if ch in _FUNCTION_CHARS:
        return ch
    kinds = [_word_kind(w) for n in (2, 3) if len(w := text[end : end + n]) == n and _jieba_entry(w)[0]]
    if ch in _BODY_CHARS or ch in _PLACE_SUFFIX_CHARS or ch in _TITLE_HEADS:
        kinds.insert(0, _char_kind(ch))
    return "/".join(kinds) or "char:han"


def leak_detail(cls: str, term: str, frag: dict[str, Any], frag_text: str, doc_text: str) -> str:
    """One leak told more closely than leak_shape, still without its text (leak51): class | role and the part of the
    source ingest says it came from | the term's length, whether jieba holds it (part of speech, frequency bucket) and
    holds its halves | what stands before and after it (_side) | how often the term is said in the fragment and in
    the whole document's fragments | the fragment's length."""
    role = str(frag.get("role", ""))
    where = re.sub(r"[\d第段句行（）()：:原文]", "", str((frag.get("source") or {}).get("where", "")))[:10]
    freq, tag = _jieba_entry(term)
    word = f"jb:{tag}:{_freq_bucket(freq)}" if freq else "jb:none"
    halves = ""
    if len(term) == 3:
        halves = f"+head:{_freq_bucket(_jieba_entry(term[:2])[0])}+tail:{_freq_bucket(_jieba_entry(term[1:])[0])}"
    elif len(term) == 4:
        halves = f"+head:{_freq_bucket(_jieba_entry(term[:2])[0])}+tail:{_freq_bucket(_jieba_entry(term[2:])[0])}"
    at = frag_text.find(term)
    sides = f"{_side(frag_text, at, at + len(term), True)}>{_side(frag_text, at, at + len(term), False)}"
    counts = f"x{frag_text.count(term)}/{doc_text.count(term)}"
    size = len(frag_text)
    bucket = "<100" if size < 100 else "<400" if size < 400 else "<1500" if size < 1500 else "1500+"
    return "|".join([cls, f"{role}:{where}", f"len{len(term)}", word + halves, sides, counts, bucket])


# ---------------------------------------------------------------- count shapes (count50)
# A missed planted count-mismatch or numbering slip, or a false count-mismatch error, told by its shape and never its
# text (as leak_shape does): where the announcement stands, its form, what the points are, the number counted against
# the number said, whether a second list follows, what check said near it, and how the copy is laid out.
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)} | {"两": 2, "十": 10}
_NUM = r"(?:十[一二三四五六七八九]?|[一二三四五六七八九两]十?[一二三四五六七八九]?|\d{1,2})"
_COUNT_IN = re.compile(r"(?P<n>" + _NUM + r"|几)\s*(?P<unit>个方面|方面|点|个|项|条|大|句|件|种|场|层面|部分)")
_LOOKBACK_WORDS = re.compile(r"(?:以上|上述|上面|前面)")
_SPEAKER_WORDS = re.compile(r"(?:讲|谈|提|强调|说|交流|阐述|作)")
_COUNT_NOUNS = (
    "意见", "要求", "希望", "体会", "考虑", "考量", "议程", "特点", "任务", "工作", "问题", "方面", "措施", "目的", "原因",
    "重点", "建议", "思考", "想法", "感受", "话", "事", "层面", "内容", "关系", "硬仗", "目标",
)  # fmt: skip
_MARK_KINDS = (
    ("一、", re.compile(r"(?:^|(?<=[。；;：:！？!?\s]))(?P<n>" + _NUM + r")、")),
    ("（一）", re.compile(r"[（(](?P<n>" + _NUM + r")[)）]")),
    ("第一，", re.compile(r"第(?P<n>" + _NUM + r")[，,、：:．.]")),
    ("一是", re.compile(r"(?P<n>" + _NUM + r")是")),
    ("一要", re.compile(r"(?:^|(?<=[。；;，,：:！？!?\s]))(?P<n>" + _NUM + r")要")),
    ("其一", re.compile(r"其(?P<n>" + _NUM + r")[，,、：:]")),
    ("1、", re.compile(r"(?:^|(?<=[。；;：:！？!?\s]))(?P<n>\d{1,2})[、.．](?!\d)")),
    ("第一项", re.compile(r"第(?P<n>" + _NUM + r")项")),
)
_END_PUNCT = "。！？；：!?;:”’」』）)…"


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(s, 0)


def _layout(lines: list[str]) -> str:
    """How the copy is laid out: one-line (a page in a line or two), wrapped (hard-wrapped at a width, a PDF's copy),
    nopunct (hardly any punctuation), else lines."""
    body = [ln.strip() for ln in lines if ln.strip()]
    text = "".join(body)
    if not text:
        return "empty"
    tags = []
    if max(len(b) for b in body) >= 0.6 * len(text):
        tags.append("one-line")
    elif sum(15 <= len(b) <= 45 and b[-1] not in _END_PUNCT for b in body) >= 0.4 * len(body):
        tags.append("wrapped")
    if len(re.findall(r"[。，,；;：:！？!?、]", text)) < len(text) / 100:
        tags.append("nopunct")
    return "+".join(tags) or "lines"


def _form(window: str, at: int) -> tuple[str, int | None]:
    """The form of the count at `at` in `window` (讲N点意见 → speaker-N点-意见 …) and the number it says."""
    m = next((x for x in _COUNT_IN.finditer(window) if x.start() >= at - 2), None) or next(iter(_COUNT_IN.finditer(window)), None)
    if m is None:
        return "no-count", None
    before, after = window[max(0, m.start() - 8) : m.start()], window[m.end() : m.end() + 8]
    if _LOOKBACK_WORDS.search(before[-4:]):
        lead = "lookback"
    elif before.endswith(("这", "这样")):
        lead = "这N"
    elif _SPEAKER_WORDS.search(before):
        lead = "speaker"
    elif re.search(r"有|基于|出于|围绕|从|主要|抓", before[-4:]):
        lead = "has"
    else:
        lead = "bare"
    noun = next((n for n in _COUNT_NOUNS if after.lstrip("的“\"").startswith(n)), "")
    if noun:
        rest = after[len(noun) + (len(after) - len(after.lstrip("的“\""))) :]
    else:  # a noun not in the list: only how many characters it has and whether it is quoted
        other = re.match(r"(?P<q>[“\"]?)(?P<w>[\u4e00-\u9fff]{0,4})[”\"]?", after)
        quoted = (other and other.group("q")) or before.endswith(("“", '"'))
        noun = f"{'q' if quoted else ''}x{len(other.group('w')) if other else 0}"
        rest = after[other.end() if other else 0 :]
    stop = rest[:1] if rest[:1] in "：:。，,；;！" else ("end" if not rest.strip() else "-")
    n = None if m.group("n") == "几" else _num(m.group("n"))
    said = "几" if n is None else ("N" if not m.group("n").isdigit() else "d")
    return f"{lead}-{said}{m.group('unit')}-{noun}{stop}", n


def _runs_after(text: str) -> list[tuple[str, int, bool]]:
    """The lists in `text`, in order: each run of one mark kind counted from 1 (kind, length, every mark at a line's
    start). A lone first mark counts only for 一、 and 第一，(a list the copy may have cut)."""
    found: list[tuple[int, str, int, bool]] = []
    for kind, mark in _MARK_KINDS:
        run: list[tuple[int, bool]] = []  # (start, at a line's start) of each mark of the run
        for m in mark.finditer(text):
            n = _num(m.group("n"))
            at_line = m.start() == 0 or text[m.start() - 1] == "\n"
            if n == 1:
                if run:
                    found.append((run[0][0], kind, len(run), all(a for _, a in run)))
                run = [(m.start(), at_line)]
            elif run and n == len(run) + 1:
                run.append((m.start(), at_line))
        if run:
            found.append((run[0][0], kind, len(run), all(a for _, a in run)))
    found = sorted(f for f in found if f[2] >= 2 or f[1] in ("一、", "第一，"))
    return [(k, n, at_line) for _, k, n, at_line in found]


def _mark_form(text: str, start: int) -> str:
    """A numbering slip's mark: its kind, where it stands (line start or run in), and how its number follows the last
    mark of its kind before it: in-order, dup, gap, back, first."""
    for kind, mark in _MARK_KINDS:
        m = mark.match(text, start)
        if m is None:
            continue
        n = _num(m.group("n"))
        prev = [_num(x.group("n")) for x in mark.finditer(text, 0, start)]
        if not prev:
            rel = "first"
        else:
            p = prev[-1]
            rel = "in-order" if n == p + 1 else "dup" if n == p else "gap" if n > p else "back"
        at_line = "@line" if start == 0 or text[start - 1] == "\n" else "@run-in"
        return f"mark-{kind}{at_line}-{rel}"
    return "mark-?"


# The reading of check's count finding, told from its message's wording (fp51; the script runs without drafter
# importable): which of drafter/check/counts.py's readers said it.
_COUNT_MESSAGES = (
    ("head-slogan", "小标题说"), ("slogan-items", "每条都有"), ("list-before", "前面列出的却是"), ("lookback", "前面讲的是"),
    ("cut", "像是没抄完"), ("nothing-after", "后面一点也没有"), ("unmarked", "没有编号的要点"), ("parallel", "以“在…方面”开头"),
    ("count-after", "后面实际有"), ("agenda", "议程"),
)  # fmt: skip


def _message_reading(message: str) -> str:
    return next((name for name, cue in _COUNT_MESSAGES if cue in message), "other") if message else ""


def count_shape(
    code: str, lines: list[str], line_no: int, phrase: str, findings: list[dict[str, Any]], message: str = ""
) -> str:
    """The shape of one count or numbering slip (missed, or wrongly reported) told without its text; for a finding
    check made (`message`), which reader said it and what number it counted (fp51)."""
    text = "\n".join(lines)
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    col = line.find(phrase) if phrase else -1
    on_line = col >= 0
    col = max(col, 0)
    heads = [i + 1 for i, ln in enumerate(lines) if re.match(r"\s*" + _NUM + r"、", ln) and not re.match(r"\s*\d", ln)]
    if not line_no:
        where_ = "unplaced"  # the phrase is on no one line (a break inside it, or the copy spells it otherwise)
    elif re.match(r"\s*(?:" + _NUM + r"、|[（(]" + _NUM + r"[)）]|第" + _NUM + r"[，,、]|" + _NUM + r"是)", line[col:] if col else line):
        where_ = "mark"
    elif _LOOKBACK_WORDS.search(line[max(0, col - 6) : col + len(phrase)]):
        where_ = "lookback"
    elif not heads or line_no < heads[0]:
        where_ = "opening"
    elif line_no in heads:
        where_ = "heading"
    elif line_no > heads[-1] and re.search(r"最后|总之|同志们|谢谢", line):
        where_ = "closing"
    else:
        where_ = "in-point"
    window = line[max(0, col - 12) : col + len(phrase) + 12]
    start = sum(len(ln) + 1 for ln in lines[: line_no - 1]) + col
    if code == "count-mismatch" or where_ != "mark":
        form, said = _form(window, min(col, 12))
    else:
        form, said = _mark_form(text, start), None
    if where_ == "lookback":
        runs = _runs_after(text[:start])
        runs = runs[-2:]
    else:
        runs = _runs_after(text[start + len(phrase) : start + len(phrase) + 6000])[:2]
    pts = ",".join(f"{k}{'@line' if at_line else '@run-in'}x{n}" for k, n, at_line in runs) or "none"
    counted = runs[0][1] if runs else 0
    if where_ == "lookback" and runs:
        counted = runs[-1][1]
    versus = "said?" if said is None else ("=" if said == counted else ("<" if said < counted else ">")) + "counted"
    second = "second-list" if len(runs) >= 2 else "one-list"
    near = sorted({f"{f.get('rule')}:{str(f.get('severity', ''))[:4]}" for f in findings
                   if abs(f.get("line", 0) - line_no) <= 1 and f.get("severity") != "info"})
    near_s = ";".join(near) or "silent"
    elsewhere = "rule-elsewhere" if any(f.get("rule") == code and abs(f.get("line", 0) - line_no) > 1 for f in findings) else ""
    parts = [code, where_, form, f"points={pts}", versus, second, f"near={near_s}", _layout(lines)]
    # every 一、 and 一是 mark after the count (before it, for a look-back), in order, by number and place (L at a
    # line's start, R run in), so a gap, a second list or a heading read as run-in shows (fp51)
    span = text[:start] if where_ == "lookback" else text[start + len(phrase) : start + len(phrase) + 6000]
    for kind, mark in (_MARK_KINDS[0], _MARK_KINDS[3]):
        seq = [f"{_num(m.group('n'))}{'L' if m.start() == 0 or span[m.start() - 1] == chr(10) else 'R'}" for m in mark.finditer(span)]
        seq = seq[-12:] if where_ == "lookback" else seq[:12]
        parts.append(f"seq{kind}={','.join(seq) or '-'}")
    if message:
        n_said = re.search(r"实际有 (\d+)|列出的却是 (\d+)|讲的是 (\d+)|有 (\d+) 段|列出的却是 (\d+)", message)
        got = next((g for g in n_said.groups() if g), "?") if n_said else "?"
        reading = _message_reading(message)
        said_n = said if said is not None else "?"
        parts += [f"read={reading}", f"check-said={said_n}vs{got}", f"text-on-line={'yes' if on_line else 'no'}"]
    return "|".join(p for p in [*parts, elsewhere] if p)


def find_leaks(entry: dict[str, Any], doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    terms = list(entry.get("leak_terms") or [])
    place = entry.get("place") or ""
    if place:
        terms += [place, bare_place(place)]
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    path = (doc.get("fragment_file") or {}).get("path")
    if not terms or not path or not Path(path).exists():
        return []
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    specific_ids = set(doc.get("specific") or [])
    leaks = []
    for frag in data:
        if "specific" in (frag.get("tags") or []) or frag.get("id") in specific_ids:
            continue
        text = "\n".join(_strings(frag))
        for term in terms:
            at = text.find(term)
            if at >= 0:
                leaks.append(
                    (
                        term,
                        str(frag.get("id")),
                        text[max(0, at - 12) : at + len(term) + 12].replace("\n", " "),
                    )
                )
                break
    return leaks


def leak_details(entry: dict[str, Any], doc: dict[str, Any], leaks: list[tuple[str, str, str]]) -> list[str]:
    """leak_detail of each leak find_leaks found (in its order)."""
    path = (doc.get("fragment_file") or {}).get("path")
    if not leaks or not path or not Path(path).exists():
        return []
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    by_id = {str(f.get("id")): f for f in data}
    doc_text = "\n".join("\n".join(_strings(f)) for f in data)
    out = []
    for term, fid, _ in leaks:
        frag = by_id.get(fid, {})
        out.append(leak_detail(leak_class(term, entry.get("place") or ""), term, frag, "\n".join(_strings(frag)), doc_text))
    return out


def fragment_counts(doc: dict[str, Any]) -> tuple[int, int]:
    """How many fragments ingest wrote for the document and how many of them it tagged specific."""
    path = (doc.get("fragment_file") or {}).get("path")
    if not path or not Path(path).exists():
        return 0, 0
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    specific_ids = set(doc.get("specific") or [])
    return len(data), sum("specific" in (f.get("tags") or []) or f.get("id") in specific_ids for f in data)


def _strings(value: Any, key: str = "") -> list[str]:
    if key in SKIP_KEYS:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, str(k))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def evaluate_planted(
    folder: Path, expected: dict[str, list[dict[str, Any]]], drafter: str, env: dict[str, str]
) -> dict[str, Any]:
    spec_path = folder / "planted" / "planted.json"
    out: dict[str, Any] = {
        "total": 0, "found": {"bare": 0, "place": 0}, "files": 0, "misses": [], "by_code": {}
    }
    if not spec_path.exists():
        return out
    spec: dict[str, dict[str, Any]] = json.loads(spec_path.read_text(encoding="utf-8"))
    for name, item in spec.items():
        path = folder / "planted" / name
        lines = _page_text(path).splitlines()
        place = item.get("place")
        if place is None and item.get("source") in expected:
            place = expected[item["source"]][0].get("place")
        out["files"] += 1
        out["total"] += len(item["errors"])
        for err in item["errors"]:
            out["by_code"].setdefault(err["code"], {"errors": 0, "bare": 0, "place": 0})["errors"] += 1
        runs: list[tuple[tuple[str, ...], str | None]] = [
            (("bare",) if place else ("bare", "place"), None)
        ]
        if place:
            runs.append((("place",), place))
        for labels, p in runs:
            findings = check_findings(drafter, path, p, env)
            for err in item["errors"]:
                if any(_finds(f, err, lines) for f in findings):
                    for label in labels:
                        out["found"][label] += 1
                        out["by_code"][err["code"]][label] += 1
                else:
                    near = _near(findings, err, lines)
                    shape = planted_place_shape(err, lines, findings, _CHECK_META.get((str(path), p), {}), bool(p))
                    for label in labels:
                        out.setdefault("missed_as", {}).setdefault(label, Counter())[near] += 1
                        if err["code"] == "repeated-char":
                            out.setdefault("missed_shapes", {}).setdefault(label, Counter())[
                                missed_doubling_shape(lines, err, findings)
                            ] += 1
                        if shape:
                            out.setdefault("place_shapes", {}).setdefault(label, Counter())[shape] += 1
                    if err["code"] in COUNT_CODES:
                        counted = count_shape(err["code"], lines, _phrase_line(err, lines), err.get("phrase") or "", findings)
                        for label in labels:
                            out.setdefault("count_shapes", {}).setdefault(label, Counter())[counted] += 1
                    out["misses"].append(
                        f"- planted/{name}: {err['code']} «{err.get('phrase', '')}» not found"
                        + (f" (with --place {p})" if p else " (without --place)")
                    )
    return out


def _phrase_line(err: dict[str, Any], lines: list[str]) -> int:
    """The line (1-based) a planted error's phrase is on (0: not found)."""
    phrase = err.get("phrase") or ""
    return next((i + 1 for i, line in enumerate(lines) if phrase and phrase in line), 0)


def _near(findings: list[dict[str, Any]], err: dict[str, Any], lines: list[str]) -> str:
    """How near check came to a planted error it missed (no text): the rule said only as info there, the rule
    said elsewhere, another rule within ten characters of the error's phrase, or nothing there."""
    if any(_finds({**f, "severity": "warning"}, err, lines) for f in findings if f.get("severity") == "info"):
        return "info-only"
    if any(f.get("rule") == err["code"] for f in findings):
        return "rule-elsewhere"
    phrase = err.get("phrase") or ""
    at = next((i + 1 for i, line in enumerate(lines) if phrase and phrase in line), 0)
    if at:
        start = lines[at - 1].index(phrase)
        near = range(start - 10, start + len(phrase) + 10)
        if any(f.get("line") == at and f.get("column", 0) - 1 in near for f in findings):
            return "other-rule-at-phrase"
    return "silent"


# The shape of a doubled character check got wrong, said without its text (fp50): for each false repeated-char error on a
# correct text and each planted repeated-char slip check missed, drafter's own description of the doubling
# (drafter.check.lines.describe_doubling: the test that decided, the character's class, which words of the language its
# copies make with their neighbours, what stands around it, how far from the line's ends, whether the page is a
# hard-wrapped copy) — so a sealed set says which shapes fail without saying a character of them.
_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1+|([\u4e00-\u9fff]{2})\2")


def _describe(lines: list[str], lineno: int, column: int, text: str) -> str:
    try:
        from drafter.check.lines import describe_doubling
    except ImportError:
        return "unknown"
    try:
        return describe_doubling(lines, lineno, column, text)
    except Exception:  # noqa: BLE001 - a shape is a hint; it must never stop the measure
        return "unknown"


def doubling_shape(lines: list[str], finding: dict[str, Any]) -> str:
    """A false repeated-char error's shape (see above)."""
    return _describe(lines, finding.get("line", 0), finding.get("column", 1), finding.get("text") or "")


def missed_doubling_shape(lines: list[str], err: dict[str, Any], findings: list[dict[str, Any]]) -> str:
    """A missed planted doubling's shape: what check said on its line (info, another rule, nothing), then the
    doubling's own shape at the first doubled run inside the planted phrase."""
    phrase = err.get("phrase") or ""
    at = next((i + 1 for i, line in enumerate(lines) if phrase and phrase in line), 0)
    runs = list(_DOUBLED.finditer(phrase))
    if not at or not runs:
        return "said=?|phrase-not-found"
    said = [f for f in findings if f.get("line") == at]
    told = (
        "info" if any(f.get("rule") == "repeated-char" for f in said)
        else "other-rule" if said else "silent"
    )  # fmt: skip
    # every doubled run in the phrase (fp51): a phrase may hold a reduplication beside the slip (层层压实实), and the
    # first run alone told the reduplication's shape
    base = lines[at - 1].index(phrase) + 1
    shapes = [_describe(lines, at, base + run.start(), run.group(0)) for run in runs]
    return f"said={told}|" + (shapes[0] if len(shapes) == 1 else f"runs={len(shapes)}|" + " || ".join(shapes))


def _finds(finding: dict[str, Any], err: dict[str, Any], lines: list[str]) -> bool:
    if finding.get("rule") != err["code"] or finding.get("severity") == "info":
        return False
    phrase = err.get("phrase") or ""
    if not phrase:
        return True
    text = finding.get("text") or ""
    line = lines[finding["line"] - 1] if 0 < finding.get("line", 0) <= len(lines) else ""
    return phrase in line or (bool(text) and (text in phrase or phrase in text))


# ---------------------------------------------------------------- miss shapes (split50)

# A genre word a title ends on, by the kind of document it names (said as the kind, never the word)
_GENRE_WORDS = (
    ("speech", re.compile(r"(?:讲话|講話|讲话稿|致辞|致詞|发言|發言|主持词|主持詞|党课|黨課|讲稿|講稿|演讲|演講)(?:稿|提纲|摘要)?[）)】]?$")),
    ("report", re.compile(r"(?:报告|報告|总结|總結|汇报|匯報|要点|要點|计划|計劃|方案|述职|述職)[）)】]?$")),
    ("notice", re.compile(r"(?:通知|通報|通报|决定|決定|意见|意見|规则|規則|办法|辦法|通告|公告|决议|決議|条例|條例|规定|規定)[）)】]?$")),
    ("letter", re.compile(r"(?:信|倡议书|倡議書|贺词|賀詞|贺电|賀電|公开信|慰问信|感谢信|賀信|贺信)[）)】]?$")),
)
_SALUTE = re.compile(r"^[^。！？]{0,40}(?:同志们|同志們|各位|尊敬的|朋友们|朋友們|同学们|同學們|老师们|老師們|代表们|来宾|來賓)[^。！？]{0,40}[：:]")
_DATE_LINE = re.compile(r"^[（(]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]?$|^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")
_BYLINE = re.compile(r"(?:来源|來源|作者|发布时间|發布時間|发布日期|时间|時間|编辑|編輯|责任编辑|浏览|瀏覽|点击|點擊)\s*[：:]")
_NEWS_LEAD = re.compile(r"^(?:【?(?:本报讯|本報訊|本网讯|本網訊)|日前|近日|(?:19|20)?\d{0,4}年?\d{1,2}月\d{1,2}日|[^，,。]{0,16}(?:电|電)\s|[^，,。]{0,12}讯)")
_CLOSE_WORDS = re.compile(r"(?:谢谢|謝謝|特此|此致|敬礼|敬禮|以上报告|请审议|請審議|祝[^。！？]{0,20}[！!。])[^。！？]{0,6}[。！!]?$")
_FIRST_PERSON = re.compile(r"我们|我們|咱们|我[^们們国國市县縣区區省镇鎮乡鄉校院局]")
_TOLD_WORDS = re.compile(r"会议指出|會議指出|会议强调|會議強調|会议要求|會議要求|出席(?:会议)?并|主持会议|主持會議|(?:他|她)(?:强调|強調|指出|表示)|据悉|據悉|记者|記者")
_REPORT_VOICE = re.compile(r"向大会报告|向大會報告|各位代表|现将[^。！？]{0,30}(?:报告|汇报|总结)如下|請予審議|请予审议")
_LETTER_CUES = re.compile(r"此致|敬礼|敬禮|致以|慰问|慰問|贺信|賀信|倡议|倡議|祝贺|祝賀")
_NOTICE_CUES = re.compile(r"特此通知|通知如下|现将[^。！？]{0,30}印发|印发给你们|〔(?:19|20)\d\d〕|\[(?:19|20)\d\d\]")
_HOST_CUES = re.compile(r"议程|議程|下面[，,]?请|下面請|进行(?:大会)?第[一二三四五]项")
_WHERE_LINE = re.compile(r"原文第(\d+)")


def _len_bucket(n: int) -> str:
    return next(f"len{b}" for b in (15, 30, 60, 120, 10**9) if n <= b).replace("len1000000000", "len120+")


def _genre_of(text: str) -> str:
    text = text.strip()
    return next((name for name, rx in _GENRE_WORDS if rx.search(text)), "")


def line_shape(text: str) -> str:
    """One line told without its characters (split50): blank; else what it looks like (salutation, date, byline, news
    lead, closing words, title-like with the kind its genre word names, or a sentence), its length bucket and how it
    ends (stop, exclamation, colon, other punctuation, or open: no punctuation at its end)."""
    t = text.strip()
    if not t:
        return "blank"
    tags = []
    if _SALUTE.match(t) and len(t) <= 60:
        tags.append("salutation")
    elif _DATE_LINE.match(t):
        tags.append("date")
    elif _BYLINE.search(t[:40]):
        tags.append("byline")
    elif _NEWS_LEAD.match(t) and len(t) > 30:
        tags.append("news-lead")
    elif _CLOSE_WORDS.search(t[-30:]):
        tags.append("closing")
    elif not re.search(r"[。！？；;，,]", t) and 4 <= len(t) <= 60:
        genre = _genre_of(t)
        tags.append(f"title:{genre}" if genre else "titlelike")
    else:
        tags.append("sentence")
    last = t[-1]
    end = (
        "stop" if last in "。." else "excl" if last in "！？!?" else "colon" if last in "：:"
        else "open" if _HAN.match(last) or last.isalnum() else "punct"
    )  # fmt: skip
    return f"{tags[0]}/{_len_bucket(len(t))}/{end}"


_LEAD_TAG = re.compile(r"^\s*(?:【[^】]{1,16}】|[^，,。（(]{0,16}(?:讯|訊|电|電|消息))\s*")
_LEAD_CREDIT = re.compile(r"^\s*[（(【\[][^）)】\]]{0,40}(?:记者|記者|通讯员|通訊員|编辑|編輯)[^）)】\]]{0,40}[）)】\]]\s*")
_LEAD_DAY = (
    ("ymd", re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")),
    ("md", re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日")),
    ("d", re.compile(r"^\d{1,2}日")),
    ("rel", re.compile(r"^(?:日前|近日|近期|昨天|昨日|今天|今日|连日来)")),
)
_LEAD_HELD = re.compile(r"召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|開班|开班|启动|揭牌|成立|开展|開展|组织|組織")
_LEAD_BACK = re.compile(r"^(?:会上|會上|随后|隨後|当天|當天|此次|本次|期间|同日|次日|会后)|一行")


def lead_detail(text: str) -> str:
    """How a line opens when it may be a news item's lead (split50): an outlet's tag, a reporter's credit, the form of
    its day (ymd, md, d, rel or none), then whether its first clause tells an event held, and refers back."""
    t = text.strip()
    bits = []
    tag = _LEAD_TAG.match(t)
    if tag and tag.end():
        bits.append("tag")
        t = t[tag.end() :]
    credit = _LEAD_CREDIT.match(t)
    if credit:
        bits.append("credit")
        t = t[credit.end() :]
    bits.append("day:" + next((name for name, rx in _LEAD_DAY if rx.match(t)), "none"))
    clause = re.split(r"[。！？；;]", t, maxsplit=1)[0][:60]
    if _LEAD_HELD.search(clause):
        bits.append("held")
    if _LEAD_BACK.search(clause):
        bits.append("back")
    return "+".join(bits)


def _anchor_line(entry: dict[str, Any], lines: list[str], after: int) -> int:
    """Where an expected document begins in the page (1-based): its "lines", else the first line at or after `after`
    holding its title (or most like it); 0 when neither tells."""
    if entry.get("lines"):
        return int(entry["lines"][0])
    title = re.sub(r"\s", "", entry.get("title") or "")
    if len(title) < 4:
        return 0
    best, at = 0.0, 0
    for k in range(max(after, 1), len(lines) + 1):
        text = re.sub(r"\s", "", lines[k - 1])
        if not text:
            continue
        if title in text:
            return k
        ratio = difflib.SequenceMatcher(None, title, text[: len(title) + 10]).ratio()
        if ratio > best:
            best, at = ratio, k
    return at if best >= 0.6 else 0


def _parts_of(doc: dict[str, Any]) -> list[tuple[int, str]]:
    """(first line, role) of each fragment ingest wrote for a document, from the fragments' `where`."""
    path = (doc.get("fragment_file") or {}).get("path")
    if not path or not Path(path).exists():
        return []
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    parts = []
    for frag in data:
        where = str((frag.get("source") or {}).get("where") or "")
        m = _WHERE_LINE.search(where)
        if m:
            parts.append((int(m.group(1)), re.sub(r"-\d+$", "", str(frag.get("role") or frag.get("id", "").rsplit(".", 1)[-1]))))
    return sorted(parts)


def _read_there(at: int, index: int, docs: list[dict[str, Any]], pairs: list[tuple[int | None, int | None]],
                file: dict[str, Any] | None) -> str:
    """What drafter read at line `at`, where the expected document `index` should begin: inside which document
    (the previous entry's, the next one's, one matched to no entry, or none) and which part of it."""
    owner = {j: i for i, j in pairs if j is not None and i is not None}
    for j, doc in enumerate(docs):
        span = doc.get("lines") or [0, 0]
        if span[0] <= at <= span[1]:
            i = owner.get(j)
            rel = (
                "extra-doc" if i is None else "prev-entry-doc" if i < index else "next-entry-doc" if i > index
                else "own-doc"
            )  # fmt: skip
            starts = "@start" if at == span[0] else ""
            parts = [role for line, role in _parts_of(doc) if line <= at]
            part = parts[-1] if parts else ("title" if at == span[0] else "unparted")
            return f"{rel}{starts}:{doc.get('kind', '')}:{part}"
    removed = {int(r.get("line", 0)) for r in (file or {}).get("removed") or []}
    return "removed" if at in removed else "outside-documents"


def _missing_at(entry: dict[str, Any], index: int, lines: list[str], docs: list[dict[str, Any]],
                pairs: list[tuple[int | None, int | None]]) -> int | None:
    """The first non-blank line where a missing document should begin, looked for below the last matched document
    before it (None when its title or lines are not found on the page)."""
    after = 1
    for i, j in pairs:
        if i is not None and i < index and j is not None:
            after = max(after, int((docs[j].get("lines") or [1, 1])[0]) + 1)
    at = _anchor_line(entry, lines, after)
    if not at or at > len(lines):
        return None
    while at < len(lines) and not lines[at - 1].strip():
        at += 1
    return at


def miss_shape(entry: dict[str, Any], index: int, lines: list[str], docs: list[dict[str, Any]],
               pairs: list[tuple[int | None, int | None]], file: dict[str, Any] | None) -> str:
    """A missing document told without its text (split50): the shape of the line where it should begin, of the last
    line above it (and whether a blank line stands between), the cues in the three lines under it (salutation,
    date, byline, news lead, first person), and what drafter read there instead."""
    at = _missing_at(entry, index, lines, docs, pairs)
    if at is None:
        return f"missing|want:{entry.get('kind', '')}|no-anchor"
    here = line_shape(lines[at - 1])
    if here.split("/")[0] in ("news-lead", "sentence"):
        here += "[" + lead_detail(lines[at - 1]) + "]"
    k = at - 1
    gap = False
    while k >= 1 and not lines[k - 1].strip():
        gap, k = True, k - 1
    above = line_shape(lines[k - 1]) if k >= 1 else "page-top"
    under = [x for x in lines[at : at + 6] if x.strip()][:3]
    cues = sorted(
        {line_shape(x).split("/")[0] for x in under if line_shape(x).split("/")[0] in
         ("salutation", "date", "byline", "news-lead", "closing")}
        | ({"first-person"} if any(_FIRST_PERSON.search(x) for x in under) else set())
        | ({"told"} if any(_TOLD_WORDS.search(x) for x in under) else set())
    )  # fmt: skip
    read = _read_there(at, index, docs, pairs, file)
    return (
        f"missing|want:{entry.get('kind', '')}|at:{here}|above:{above}{'+gap' if gap else ''}"
        f"|under:{','.join(cues) or 'none'}|read:{read}"
    )


def item_signs(entry: dict[str, Any], index: int, lines: list[str], docs: list[dict[str, Any]],
               pairs: list[tuple[int | None, int | None]]) -> str:
    """For a missing document read inside the one above it, how drafter's next-news-item decision weighed the line
    where it begins (`_item_signs`), after its miss shape's want, at and above parts; "" for any other miss."""
    at = _missing_at(entry, index, lines, docs, pairs)
    if at is None:
        return ""
    signs = _item_signs(at, lines, docs)
    if not signs:
        return ""
    return f"signs|want:{entry.get('kind', '')}|at:{line_shape(lines[at - 1]).split('/')[0]}{signs}"


def _item_signs(at: int, lines: list[str], docs: list[dict[str, Any]]) -> str:
    """How drafter's next-news-item decision (drafter/ingest/nextitem.py, when importable here) weighed the line where a
    missing document begins inside the one above (split51): each sign by name and 0/1 — a lead at all (lead), the
    event held (held), named (named), the piece above ended (ended), news so far (sofar), told by a reporter (told),
    referring back (back), 我们 (we), the headline's own event (head), how many paragraphs stand above (paras:N), and
    whether the decision said so (split). Names and digits only."""
    try:
        from drafter.ingest import nextitem as ni
        from drafter.ingest.para import Para
    except ImportError:
        return ""
    start = next((int(d["lines"][0]) for d in docs if d.get("lines") and d["lines"][0] < at <= d["lines"][1]), 0)
    if not start:
        return ""
    current = [Para(lines[k - 1].strip(), k, k) for k in range(start, at) if lines[k - 1].strip()]
    para = Para(lines[at - 1].strip(), at, at)
    nxt = next((x.strip() for x in lines[at:] if x.strip()), "")
    try:
        clause = ni._lead_clause(para.text)
        after = ni._DAY.sub("", clause, count=1).lstrip()
        above = current[:-1] if current and ni._CREDIT_LINE.match(current[-1].text) else current
        bits = {
            "lead": bool(clause), "held": bool(clause and ni._HELD.search(clause)),
            "named": bool(ni._NAMED_EVENT.search(clause)), "ended": bool(current and ni._ended(current[-1])),
            "sofar": ni._news_so_far(above), "told": bool(ni._TOLD.search(para.text) or ni._TOLD.search(nxt[:200])),
            "back": bool(clause and ni._BACK.search(after)), "we": bool(ni._WE.search(clause)),
            "head": bool(clause and ni._headline_event(current, clause)),
            "split": ni.next_news_item(current, para, nxt),
        }  # fmt: skip
    except Exception:  # noqa: BLE001 - a hint; drafter's internals must never stop the measure
        return ""
    return "|" + ",".join(f"{k}{int(v)}" for k, v in bits.items()) + f",paras:{min(len(current), 9)}"


def _doc_span_text(entry: dict[str, Any], doc: dict[str, Any], lines: list[str]) -> list[str]:
    span = entry.get("lines") or doc.get("lines") or [1, len(lines)]
    return [x for x in lines[span[0] - 1 : span[1]] if x.strip()]


def kind_cues(text_lines: list[str], title: str) -> list[str]:
    """The cues to a document's kind in its own lines, said without its characters (split50)."""
    text = "\n".join(text_lines)
    head, tail = text_lines[:4], text_lines[-3:]
    cues = []
    genre = _genre_of(title)
    cues.append(f"title:{genre or 'none'}")
    if "主持" in title:
        cues.append("title:host")
    per_k = 1000.0 * len(_FIRST_PERSON.findall(text)) / max(1, len(text))
    cues.append("1st:" + ("none" if per_k == 0 else "low" if per_k < 3 else "high"))
    checks = (
        ("comrades", "同志们" in text or "同志們" in text),
        ("salutation", any(_SALUTE.match(x.strip()) and len(x.strip()) <= 60 for x in head + text_lines[4:8])),
        ("news-lead", any(_NEWS_LEAD.match(x.strip()) for x in head)),
        ("told", bool(_TOLD_WORDS.search(text))),
        ("report-voice", bool(_REPORT_VOICE.search(text))),
        ("letter", bool(_LETTER_CUES.search(text))),
        ("notice", bool(_NOTICE_CUES.search(text))),
        ("host", bool(_HOST_CUES.search(text))),
        ("end-date", any(_DATE_LINE.match(x.strip()) for x in tail)),
        ("end-closing", any(_CLOSE_WORDS.search(x.strip()[-30:]) for x in tail)),
        ("numbered", bool(re.search(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条])", text, re.M))),
    )
    cues += [name for name, on in checks if on]
    cues.append(_len_bucket(len(text)).replace("len", "chars"))
    return cues


def kind_shape(entry: dict[str, Any], doc: dict[str, Any], lines: list[str]) -> str:
    """A document read in the wrong kind, told without its text (split50): the kind wanted and got, and the cues."""
    cues = kind_cues(_doc_span_text(entry, doc, lines), entry.get("title") or doc.get("title") or "")
    return f"kind|want:{entry.get('kind', '')}|got:{doc.get('kind', '')}|" + ",".join(cues)


def _simplified(text: str) -> str:
    """The text in simplified characters as drafter reads it (a page in traditional characters holds its headings so), or
    as it is when drafter is not importable here."""
    try:
        from drafter.ingest.simplify import to_simplified
    except ImportError:
        return text
    return to_simplified(text)[0]


def _heading_mark(heading: str, span: list[str]) -> str:
    """The mark before a point's heading in the page (its kind from _MARK_KINDS, bullet for a symbol ● ◆ ■ …, bare when
    the heading opens its line with none, ordinal-word for 首先 其次 最后 …, mid when it stands inside a line after text
    that is no mark, ? when the page does not hold it) and where it stands (@line, @run-in: after text on the same
    line)."""
    key = re.sub(r"\s", "", heading)[:8]
    if len(key) < 2:
        return "?"
    for line in span:
        flat = _simplified(re.sub(r"\s", "", line))
        at = flat.find(key)
        if at < 0:
            continue
        before = flat[:at]
        if before and re.search(r"[●◆◇■□▲△★☆•·▪►▶◎○\-—]$", before) and not re.search(r"[\u4e00-\u9fff]", before[-3:]):
            return "bullet" + ("@line" if len(before) <= 2 else "@run-in")
        for kind, mark in _MARK_KINDS:
            m = next((x for x in mark.finditer(before) if x.end() >= len(before) - 1), None)
            if m is not None:
                return kind + ("@line" if m.start() == 0 else "@run-in")
        if not before:
            return "bare@line"
        if re.search(r"^(?:首先|其次|再次|最后|另外|此外|同时)", before):
            return "ordinal-word@line"
        return "mid@run-in" if before[-1] in "。；;！？!?：:" else "mid"
    return "?"


def points_shape(entry: dict[str, Any], doc: dict[str, Any], lines: list[str]) -> str:
    """Why a document's points are read wrong, told without its text (split51): the points and sub-points wanted and
    got, the announced count wanted and got, the marks before the headings drafter took (their kinds and where they
    stand), the lists the document's own lines hold (each run of one mark kind counted from 1: kind, length, at line
    starts or run in; _runs_after), which of those runs is as long as the points wanted and as the points got, and the
    copy's layout."""
    span = _doc_span_text(entry, doc, lines)
    want_p, got_p = entry.get("points"), len(doc.get("points") or [])
    want_s = list(entry.get("subpoints") or [])
    got_s = [len(p.get("subpoints") or []) for p in doc.get("points") or []]
    taken = Counter(_heading_mark(p.get("heading") or "", span) for p in doc.get("points") or [])
    runs = _runs_after("\n".join(x.strip() for x in span))
    series = [f"{k}{n}{'@line' if at else '@run-in'}" for k, n, at in runs]

    def which(n: Any) -> str:
        if not isinstance(n, int) or n < 1:
            return "none"
        hits = [s for s, (_, length, _) in zip(series, runs, strict=True) if length == n]
        return hits[0] if hits else "none"

    rel = "same" if want_p == got_p else "fewer" if isinstance(want_p, int) and got_p < want_p else "more"
    sub_rel = (
        "same" if want_s == got_s else f"sum{sum(want_s)}/{sum(got_s)}"
    )  # fmt: skip
    return (
        f"points|{entry.get('kind', '')}/{doc.get('kind', '')}|want:{want_p}|got:{got_p}|{rel}"
        f"|announced:{entry.get('count')}/{doc.get('announced_count')}|subs:{sub_rel}"
        f"|taken:{'+'.join(f'{k}x{n}' for k, n in sorted(taken.items())) or 'none'}"
        f"|series:{'+'.join(series[:10]) or 'none'}{'+…' if len(series) > 10 else ''}"
        f"|want-is:{which(want_p)}|got-is:{which(got_p)}|{_layout(span)}"
    )
# ---------------------------------------------------------------- place shapes (place50)

# what `drafter check --json` read as the own place and level, per (checked path, --place): set by check_findings
_CHECK_META: dict[tuple[str, str | None], dict[str, Any]] = {}
PLACE_CODES = ("foreign-place", "level-mix")
_TIER_OF_LEVEL = {"省": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county",
                  "旗": "county", "乡": "town", "镇": "town", "街道": "town"}  # fmt: skip
_TIER_RANK = {"province": 0, "city": 1, "county": 2, "town": 3}
_HEADING_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,、]|"
                           r"[一二三四五六七八九十]是|[一二三四五六七八九十]要|首先|其次|最后)")
_SALUTE_END = re.compile(r"[：:]\s*(?:大家好[！!]?)?\s*$")
_BODY_WORD = re.compile(r"(?:党?委|工委|人民政府|政府|人大|政协)")
_MIXED_PAIR_SHAPE = re.compile(r"[省市县区乡镇旗]\s*(?:党?委|政府|人民政府)\s*[、和及与]\s*[省市县区乡镇旗]\s*(?:党?委|人民政府|政府|人大|政协)")
_CLOSING_OPEN = re.compile(r"\s*(?:同志们|让我们|各位)")


def _where_shape(lines: list[str], n: int, start: int, end: int) -> str:
    """Where a spot stands in the text, without its text: title, header (a speaker or subtitle line), salutation,
    heading, opening (before the first heading), closing (the last paragraph, or a call opening 同志们/让我们 in the
    last quarter), body; and in the line: in a list of bodies (委、政府 within its clause), line-start, or mid."""
    nonblank = [i for i, text in enumerate(lines, 1) if text.strip()]
    line = lines[n - 1] if 0 < n <= len(lines) else ""
    bare = line.strip()
    pos = nonblank.index(n) if n in nonblank else -1
    headings = [i for i in nonblank if _HEADING_MARK.match(lines[i - 1]) and i != (nonblank[0] if nonblank else 0)]
    short = len(bare) <= 60 and not re.search(r"[。！？；]", bare)
    if pos == 0 and short:
        where = "title"
    elif 0 < pos <= 3 and short and not _SALUTE_END.search(bare) and (not headings or n < headings[0]):
        where = "header"
    elif len(bare) <= 40 and _SALUTE_END.search(bare):
        where = "salutation"
    elif _HEADING_MARK.match(line):
        where = "heading" if short else "heading-runin"
    elif headings and n < headings[0]:
        where = "opening"
    elif pos == len(nonblank) - 1 or (pos >= 0.75 * len(nonblank) and _CLOSING_OPEN.match(line)):
        where = "closing"
    elif not headings and pos <= 3:
        where = "opening"
    else:
        where = "body"
    a = max((m.end() for m in re.finditer(r"[，,。；;！？!?：:]", line[:start])), default=0)
    b = re.search(r"[，,。；;！？!?：:]", line[end:])
    clause = line[a : end + (b.start() if b else len(line) - end)]
    if "、" in clause and len(_BODY_WORD.findall(clause)) >= 2:
        inline = "bodies-list"
    elif not line[:start].strip():
        inline = "line-start"
    elif start == a or not line[a:start].strip():
        inline = "clause-start"
    else:
        inline = "mid"
    return f"{where}/{inline}"


def _form_shape(line: str, start: int, end: int) -> str:
    """The form of a slip, without its text: mixed-pair, led-by (在X委领导下), all-X-whole (全X上下), all-X-people, all-X (全X…),
    we-X (我X), X-people (X人民), X-body (X委, X政府), with-suffix, bare-name; and what follows (+de: 的, +punct …)."""
    said = line[start:end]
    before, after = line[max(0, start - 12) : start], line[end : end + 12]
    near = line[max(0, start - 2) : end + 4]
    lo = max(0, start - 12)
    if any(m.start() + lo <= start and end <= m.end() + lo + 4 for m in _MIXED_PAIR_SHAPE.finditer(line[lo : end + 12])):
        form = "mixed-pair"
    elif re.search(r"在[^，。；]{0,12}$", before + said) and re.match(r"[^，。；]{0,14}领导下", said[-4:] + after):
        form = "led-by"
    elif said.startswith("全") or before.endswith("全"):
        rest = (said[2:] if said.startswith("全") else said[1:]) + after
        form = "all-X-whole" if "上下" in near or rest.startswith("上下") else \
            "all-X-people" if re.match(r"[^，。]{0,4}(?:人民|干部|群众|党员)", rest) else "all-X"
    elif said.startswith("我") or before.endswith("我"):
        form = "we-X"
    elif said.endswith("人民") or after.startswith("人民"):
        form = "X-people"
    elif _BODY_WORD.match(after) or _BODY_WORD.search(said[-4:]):
        form = "X-body"
    elif said[-1:] in "省市县区州盟旗镇乡" or after[:1] in "省市县区州盟旗镇乡":
        form = "with-suffix"
    else:
        form = "bare-name"
    nxt = after[:1]
    follow = ("edge" if not nxt else "de" if nxt == "的" else "punct" if not _HAN.match(nxt) else "han")
    return f"{form}+{follow}"


def _own_shape(meta: dict[str, Any], given: bool) -> str:
    """What check read as the own place and level and how sure (from its reasons' wording, not their text)."""
    level = meta.get("level") or ""
    why = (meta.get("inferred") or {}).get("level", "") or ""
    sure = ("unsure" if "不确定" in why else "title" if why.startswith(("标题", "副标题")) else
            "from-place" if why.startswith("由") else "speaker" if why.startswith("讲话人") else
            "counts" if why.startswith("正文用语") else "fallback" if why.startswith("沿用") else
            "none" if not level else "other")  # fmt: skip
    pwhy = (meta.get("inferred") or {}).get("place", "") or ""
    place = ("given" if given else "none" if not meta.get("place") else "title" if "标题" in pwhy[:8] else "text")
    return f"own-level={_TIER_OF_LEVEL.get(level, 'none')}({sure})|own-place={place}"


def _tier_shape(code: str, said: str, line: str, start: int, end: int, meta: dict[str, Any]) -> str:
    """The tier of the slip's place or level relative to the own level (same, higher, lower), whether the name is in
    the gazetteer, and (own place known) whether it is a sibling of the own place or in another province."""
    own = _TIER_RANK.get(_TIER_OF_LEVEL.get(meta.get("level") or "", ""), -1)
    if code == "level-mix":
        lv = re.search(r"[省市县区州盟旗乡镇]", said)
        tier = _TIER_OF_LEVEL.get(lv.group(0), "") if lv else ""
        rank = _TIER_RANK.get(tier, -1)
        rel = ("?" if rank < 0 or own < 0 else "same" if lv and lv.group(0) == meta.get("level") else
               "peer" if rank == own else "higher" if rank < own else "lower")  # fmt: skip
        return f"word={tier or 'none'}({rel})"
    try:
        from drafter.gazetteer import load_gazetteer

        gz = load_gazetteer()
        found = [p for p, _, _ in gz.find_places(line[max(0, start - 4) : end + 4])] or gz.lookup(said)
    except Exception:  # noqa: BLE001 - a shape is a hint; the gazetteer must never stop the measure
        return "name=no-gazetteer"
    if not found:
        return "name=not-in-gazetteer"
    tiers = {"county" if p.kind == "县级市" else _TIER_OF_LEVEL.get(p.level, "") for p in found}
    ranks = {_TIER_RANK.get(t, -1) for t in tiers}
    rel = ("?" if own < 0 else "same" if any(p.level == meta.get("level") and p.kind != "县级市" for p in found) else
           "peer" if own in ranks else "higher" if min(ranks) < own else "lower")  # fmt: skip
    kin = "own-unknown"
    if meta.get("place"):
        try:
            mine = gz.lookup(meta["place"])
            if any(p.code == q.code or gz.is_within(p, q) for p in found for q in mine):
                kin = "within-own"
            elif any(p.parent_code and p.parent_code == q.parent_code for p in found for q in mine):
                kin = "sibling"
            elif any(p.code[:2] == q.code[:2] for p in found for q in mine):
                kin = "same-province"
            else:
                kin = "other-province"
        except Exception:  # noqa: BLE001
            kin = "own-unreadable"
    return f"name=in-gazetteer:{'/'.join(sorted(t or '?' for t in tiers))}({rel})|{kin}"


def _said_shape(findings: list[dict[str, Any]], n: int, code: str) -> str:
    """What check said on that line (rule:severity, sorted) and whether the slip's rule spoke elsewhere in the text."""
    here = sorted({f"{f.get('rule')}:{f.get('severity')}" for f in findings if f.get("line") == n})
    elsewhere = any(f.get("rule") == code and f.get("line") != n and f.get("severity") != "info" for f in findings)
    return f"line={','.join(here) or 'nothing'}|{code}-elsewhere={'yes' if elsewhere else 'no'}"


_LEVEL_CORE = re.compile(
    r"[全我本][省市县区州盟旗乡镇]|(?<![省市县区州盟旗乡镇])[省市县区州盟旗乡镇](?=党?委|工委|人民政府|政府|人大|政协|党代会|"
    r"[一二三四五六七八九十\d]{1,3}[届次])|[省市县区州盟旗乡镇]"
)


def _core(code: str, line: str, start: int, end: int) -> tuple[int, int]:
    """The slip inside a planted phrase (which may hold words around it): for level-mix the level's word (全市, 我县,
    县委 …), for foreign-place the first place name the gazetteer finds in it; the whole phrase when neither is there."""
    said = line[start:end]
    if code == "level-mix":
        m = _LEVEL_CORE.search(said)
        return (start + m.start(), start + m.end()) if m else (start, end)
    try:
        from drafter.gazetteer import load_gazetteer

        found = load_gazetteer().find_places(said)
    except Exception:  # noqa: BLE001 - a shape is a hint; the gazetteer must never stop the measure
        found = []
    if found:
        _, a, b = found[0]
        return start + a, start + b
    try:  # a bare short name (巫溪) the scan reads only with its suffix: the first two to four characters that are one
        for size in (4, 3, 2):
            for a in range(0, len(said) - size + 1):
                if any(p.short == said[a : a + size] for p in load_gazetteer().lookup(said[a : a + size])):
                    return start + a, start + a + size
    except Exception:  # noqa: BLE001
        pass
    return start, end


_NEXT_KINDS = (
    ("people", re.compile(r"上下|人民|干部|群众|党员|广大|各级|各族|各界|父老|儿女|职工|青年|妇女")),
    ("body", re.compile(r"党?委|工委|人民政府|政府|人大|政协|党代会|[一二三四五六七八九十\d]{1,3}[届次]")),
    ("growth", re.compile(r"经济|发展|社会|高质量|城乡|各项|面貌|实力|事业")),
    ("work", re.compile(r"[\u4e00-\u9fff]{0,4}(?:工作|系统|战线|行业|领域)")),
    ("scope", re.compile(r"范围|域|内|上|各地|各[县区乡镇村]")),
    ("rank", re.compile(r"[^，。；]{0,6}(?:第[一二三四五六七八九十\d]|前列|排名|平均|领先)")),
)


def _next_shape(line: str, end: int) -> str:
    """What the words after a slip are, by kind (people, body, growth, work, scope, rank, other)."""
    return next((name for name, pattern in _NEXT_KINDS if pattern.match(line, end)), "other")


# The kinds of words places._ELSEWHERE_CLAUSE excuses a place or a level word by (told by name in `why`)
_CLAUSE_KINDS = (
    ("trip", re.compile(r"考察|参观|观摩|调研|取经|借鉴|对标|看齐|赶超|赴|前往|到访|来访|来自|途经|学习|经验|做法|模式")),
    ("partner", re.compile(r"对口|协作|结对|援建|帮扶|支援|友好|兄弟|周边|毗邻|相邻|交界|邻近|接壤|携手|联手|合作|签约|签订")),
    ("disaster", re.compile(r"地震|洪水|洪灾|水灾|台风|泥石流|灾区|灾后|受灾|事故|爆炸|火灾|疫区|案件|案例")),
    ("history", re.compile(r"历史上|革命|起义|会师|战役|红军|烈士|故居|遗址|旧址|曾经|曾在|古代|自古")),
    ("ranking", re.compile(r"排名|排位|位居|位列|名列|前列|前茅|相比|高于|低于|不如|仅次于|紧随|第[一二三四五六七八九十\d]")),
    ("goods-people", re.compile(r"运往|销往|发往|输往|远销|外销|转运|外出|务工|返乡|籍贯|出生|老家|迁入|迁往|录取|考入|毕业|就读")),
    ("superior", re.compile(r"省委|省政府|省里|中央|国务院|现场会")),
    ("region", re.compile(r"都市圈|城市群|经济圈|经济带|一体化|同城")),
    ("likened", re.compile(r"像|好比|堪比|媲美|比肩|不亚于")),
    ("visit-status", re.compile(r"到|去|撤地|撤县|设市|建市|更名")),
)


def _clause_kinds(clause: str) -> str:
    return "+".join(name for name, pattern in _CLAUSE_KINDS if pattern.search(clause)) or "?"


def _voice_shape(code: str, line: str, start: int, end: int, level: str = "") -> str:
    """Which of the current check code's reasons to stay silent hold at the spot (names, not text): for foreign-place
    the elsewhere predicates of places.py that fire; for level-mix whether voice.py's own-only word pattern covers the
    spot at all (no-slot) and which of its excuses hold. Read with the drafter importable here (the worktree's code)."""
    try:
        from drafter.check import places, voice
    except ImportError:
        return "why=not-importable"
    fired = []
    if code == "foreign-place":
        clause = voice._clause(line, start, end).replace(line[start:end], "□")

        def clause_said() -> bool:
            said = getattr(places, "said_elsewhere", None)  # (plant51: a disaster to be prevented says no elsewhere)
            return bool(said(clause) if said else voice._ELSEWHERE_CLAUSE.search(clause))

        tests = (("split", places._split_by_words), ("clause", lambda *_: clause_said()),
                 ("learn", lambda _l, _s, e: places.named_to_learn_from(line, e)),
                 ("mentioned", places._mentioned_elsewhere), ("held", places._held_there), ("firm", places._firm_name),
                 ("route", places._route_or_work), ("venue", places._event_venue), ("post", places._post_held),
                 ("incident", places._reported_incident), ("person", places._person_named),
                 ("town-after", lambda _l, _s, e: bool(getattr(voice, "_TOWN_AFTER", None) and voice._TOWN_AFTER.match(line, e))),
                 ("named-after", lambda _l, _s, e: bool(getattr(voice, "_NAMED_AFTER_FAR", None)
                                                        and voice._NAMED_AFTER_FAR.match(line, e))))  # fmt: skip
        for name, test in tests:
            try:
                if test(line, start, end):
                    fired.append(name)
            except Exception:  # noqa: BLE001 - a shape is a hint
                fired.append(f"{name}?")
        return "why=" + (",".join(f"clause:{_clause_kinds(clause)}" if f == "clause" else f for f in fired) or "none")
    m = next((m for m in voice._OWN_ONLY.finditer(line) if m.start() <= start < m.end() or start <= m.start() < end), None)
    if m is None:
        # plant51: 全X of another level is asked by voice._other_scopes where nothing excuses it (scope:EXCUSE, or
        # scope:asked when nothing does: then the counts of the own and that whole, or the level read, kept it quiet)
        s = next((s for s in getattr(voice, "_SCOPE_WORD", re.compile("$^")).finditer(line)
                  if s.start() <= start < s.end() or start <= s.start() < end), None)
        if s is not None and level:
            return f"why=no-slot|scope:{voice.scope_excuse(line, s, level) or 'asked'}"
        return "why=no-slot"
    clause = voice._clause(line, m.start(), m.end()).replace(m.group(0), "□", 1)
    if voice._ELSEWHERE_CLAUSE.search(clause):
        fired.append(f"clause:{_clause_kinds(clause)}")
    if voice._RELAYED_SENTENCE.search(voice._sentence(line, m.start(), m.end())):
        fired.append("relayed")
    if not m.group("rep") and voice._ITS_MEETING.match(line, m.end()):
        fired.append("its-meeting")
    return "why=slot:" + (",".join(fired) or "none")


def place_shape(code: str, lines: list[str], n: int, start: int, end: int, findings: list[dict[str, Any]],
                meta: dict[str, Any], given: bool) -> str:
    """One missed planted foreign-place or level-mix slip, or one false error of those rules, told without its text
    (place50): code|where|form|next words' kind|own level and place and how sure|tier of the slip's place or word (same
    level word, peer of the same tier, higher, lower)|which of check's excuses hold there|what check said on the line.
    No character of the text is in it (the shape is ASCII), so a sealed set can say it."""
    line = lines[n - 1] if 0 < n <= len(lines) else ""
    start, end = _core(code, line, start, end)
    said = line[start:end]
    return "|".join((
        code, _where_shape(lines, n, start, end), _form_shape(line, start, end), f"next={_next_shape(line, end)}",
        _own_shape(meta, given), _tier_shape(code, said, line, start, end, meta), _voice_shape(code, line, start, end, meta.get("level") or ""),
        *([_named_shape(lines, said)] if code == "foreign-place" else []), _said_shape(findings, n, code),
    ))  # fmt: skip


def _named_shape(lines: list[str], said: str) -> str:
    """How often the slip's place is named in the text (its full name or short name: 1, 2, 3+) and whether once in the
    first three lines with words (the title, the speaker's line), and how often the text says 全X/我X/X委 of that
    place's level (0, 1-2, 3+) — what voice._lone_own_name reads (plant51)."""
    try:
        from drafter.gazetteer import load_gazetteer

        places = [p for p in load_gazetteer().lookup(said) if p.name == said or p.short == said]
    except Exception:  # noqa: BLE001 - a shape is a hint
        return "named=?"
    if not places:
        return "named=?"
    names = {p.name for p in places} | {p.short for p in places if len(p.short) >= 2}
    pattern = re.compile("|".join(sorted(names, key=len, reverse=True)))
    lead = [i for i, line in enumerate(lines) if line.strip()][:3]
    lead = [i for i in lead if len(lines[i].strip()) <= 60]  # (a page run into one line is no title)
    counts = [len(pattern.findall(line)) for line in lines]
    total, head = sum(counts), any(counts[i] for i in lead)
    lv = places[0].level[-1:]
    words = len(re.findall(rf"[全我本]{lv}|{lv}委", "\n".join(lines)))
    return (f"named={total if total < 3 else '3+'}{'+head' if head else ''}|level-words="
            f"{'0' if not words else '1-2' if words < 3 else '3+'}")


def planted_place_shape(err: dict[str, Any], lines: list[str], findings: list[dict[str, Any]],
                        meta: dict[str, Any], given: bool) -> str | None:
    """The shape of a missed planted slip (its phrase's first line), None for another rule or a phrase not found."""
    phrase = err.get("phrase") or ""
    if err.get("code") not in PLACE_CODES or not phrase:
        return None
    at = next((i + 1 for i, line in enumerate(lines) if phrase in line), 0)
    if not at:
        return f"{err['code']}|phrase-not-in-text"
    start = lines[at - 1].index(phrase)
    return place_shape(err["code"], lines, at, start, start + len(phrase), findings, meta, given)


def false_place_shape(f: dict[str, Any], lines: list[str], findings: list[dict[str, Any]],
                      meta: dict[str, Any], given: bool) -> str | None:
    """The shape of a false foreign-place or level-mix error on correct text (None for another rule)."""
    if f.get("rule") not in PLACE_CODES:
        return None
    n = f.get("line", 0)
    line = lines[n - 1] if 0 < n <= len(lines) else ""
    text = f.get("text") or ""
    start = _span_in_line(line, f.get("column", 1), text) if text else -1
    if start < 0:
        start, text = max(0, f.get("column", 1) - 1), text or line[f.get("column", 1) - 1 : f.get("column", 1)]
    others = [g for g in findings if g is not f]
    return place_shape(f["rule"], lines, n, start, start + len(text), others, meta, given)


# ---------------------------------------------------------------- figures and output


def figures(rows: list[dict[str, Any]], planted: dict[str, Any]) -> dict[str, Any]:
    def pct(a: int, b: int) -> float:
        return round(100.0 * a / b, 1) if b else 0.0

    firm = [r for r in rows if not r["debatable"]]
    checked = [r for r in rows if r["chars"]]
    chars = sum(r["chars"] for r in checked)
    per10k = {
        k: round(10000.0 * sum(r["false"][k] for r in checked) / chars, 2) if chars else 0.0
        for k in ("bare", "place")
    }
    kinds: dict[str, list[int]] = {}
    for r in rows:
        kinds.setdefault(r["kind"], [0, 0])
        kinds[r["kind"]][0] += r["right"]
        kinds[r["kind"]][1] += 1
    wrong = [r for r in rows if not r["right"]]
    right = [r for r in rows if r["right"]]
    signals: dict[str, list[int]] = {}
    for r in rows:
        for name in sorted(set(r["doubts"])):
            signals.setdefault(name, [0, 0])
            signals[name][0] += 1
            signals[name][1] += not r["right"]
    return {
        "documents": len(rows),
        "right": sum(r["right"] for r in rows),
        "right_pct": pct(sum(r["right"] for r in rows), len(rows)),
        "right_also": sum(r["right_also"] for r in rows),
        "right_also_pct": pct(sum(r["right_also"] for r in rows), len(rows)),
        "firm_documents": len(firm),
        "firm_right": sum(r["right"] for r in firm),
        "firm_right_pct": pct(sum(r["right"] for r in firm), len(firm)),
        "by_kind": {k: {"right": v[0], "documents": v[1]} for k, v in sorted(kinds.items())},
        "leaks": sum(len(r["leaks"]) for r in rows),
        "documents_with_leaks": sum(bool(r["leaks"]) for r in rows),
        # per class of the leaked term (leak_class: person_name, person_title, place_full, place_bare, institution,
        # event, other), told from its shape: which kind of name a sealed set leaks, without its text
        "leaks_by_class": dict(sorted(Counter(c for r in rows for c in r["leak_classes"]).items())),
        "documents_with_leaks_by_class": dict(sorted(Counter(c for r in rows for c in set(r["leak_classes"])).items())),
        # each leak's shape without its text (leak_shape): class|role|length|character kinds around|kind|place found
        "leak_shapes": dict(sorted(Counter(x for r in rows for x in r.get("leak_shapes", [])).items())),
        # each leak told more closely (leak_detail: jieba's word or not, what stands around it, how often said; leak51)
        "leak_details": dict(sorted(Counter(x for r in rows for x in r.get("leak_details", [])).items())),
        # the share of the matched documents' fragments that ingest tagged specific: what catching names costs (leak51)
        "fragments": sum(r.get("fragments", 0) for r in rows),
        "specific_fragments": sum(r.get("specific_fragments", 0) for r in rows),
        "specific_pct": pct(sum(r.get("specific_fragments", 0) for r in rows), sum(r.get("fragments", 0) for r in rows)),
        # each missing document and each wrong kind told without its text (miss_shape, kind_shape; split50)
        "miss_shapes": dict(sorted(Counter(x for r in rows for x in r.get("miss_shapes", [])).items())),
        "item_signs": dict(sorted(Counter(x for r in rows for x in r.get("item_signs", [])).items())),
        "checked_documents": len(checked),
        "checked_chars": chars,
        "false_errors": {k: sum(r["false"][k] for r in checked) for k in ("bare", "place")},
        "false_per_10k": per10k,
        # the same without the placeholders-in-the-page rule (every unlisted placeholder false: before check40)
        "false_errors_all": {k: sum(r["false_all"][k] for r in checked) for k in ("bare", "place")},
        "false_per_10k_all": {
            k: round(10000.0 * sum(r["false_all"][k] for r in checked) / chars, 2) if chars else 0.0
            for k in ("bare", "place")
        },
        # placeholder findings counted real because the page literally holds a placeholder there
        "placeholders_in_page": {k: sum(r["in_page"][k] for r in checked) for k in ("bare", "place")},
        # error findings not counted as false because the entry lists their rule in real_errors:
        # shown so that a broad list cannot lower the false-error figure unseen
        "excused_errors": {k: sum(r["excused"][k] for r in checked) for k in ("bare", "place")},
        "planted_files": planted["files"],
        "planted_errors": planted["total"],
        "planted_found": dict(planted["found"]),
        # per planted rule: errors, found without and with --place (where recall is lost, no text shown)
        "planted_by_code": dict(sorted(planted.get("by_code", {}).items())),
        # how near check came to each planted error it missed (see _near), without and with --place
        "planted_missed_as": {k: dict(sorted(v.items())) for k, v in planted.get("missed_as", {}).items()},
        # per aspect of a reading: documents read wrong in it (one document may be wrong in two)
        "wrong_by_aspect": dict(sorted(Counter(a for r in rows for a in set(r["aspects"])).items())),
        # each false repeated-char error's and each missed planted doubling's shape, no text (doubling_shape)
        "false_shapes": {
            k: dict(sorted(Counter(x for r in checked for x in r.get("false_shapes", {}).get(k, [])).items()))
            for k in ("bare", "place")
        },
        "missed_shapes": {k: dict(sorted(v.items())) for k, v in planted.get("missed_shapes", {}).items()},
        # per rule: false errors on correct texts, without and with --place
        "false_by_rule": {
            k: dict(sorted(Counter(x for r in checked for x in r["false_rules"][k]).items()))
            for k in ("bare", "place")
        },
        # warnings on the checked (correct) texts: noise a user reads, per 10,000 characters, all and by rule
        "warnings_per_10k": {
            k: round(10000.0 * sum(len(r["warn_rules"][k]) for r in checked) / chars, 2) if chars else 0.0
            for k in ("bare", "place")
        },
        "warnings_by_rule_per_10k": {
            k: {
                rule: round(10000.0 * n / chars, 2)
                for rule, n in sorted(Counter(x for r in checked for x in r["warn_rules"][k]).items())
            }
            for k in ("bare", "place")
        },
        # each missed planted count-mismatch/numbering slip and each false one on a correct text, by its shape
        # (count_shape: where|form|points|said vs counted|second list|check near it|layout), no text (count50)
        "count_shapes": {
            "missed": {k: dict(sorted(v.items())) for k, v in sorted(planted.get("count_shapes", {}).items())},
            "false": {
                k: dict(sorted(Counter(x for r in checked for x in r.get("count_shapes", {}).get(k, [])).items()))
                for k in ("bare", "place")
            },
        },
        # each missed planted foreign-place/level-mix slip and each false error of those rules, told without its
        # text (place_shape: where, form, own level and place and how sure, tier, what check said), per run
        "place_shapes": {
            "missed": {k: dict(sorted(v.items())) for k, v in sorted(planted.get("place_shapes", {}).items())},
            "false": {
                k: dict(sorted(Counter(x for r in checked for x in r.get("place_shapes", {}).get(k, [])).items()))
                for k in ("bare", "place")
            },
            "warned": {
                k: dict(sorted(Counter(x for r in checked for x in r.get("warned_place_shapes", {}).get(k, [])).items()))
                for k in ("bare", "place")
            },
        },
        "wrong": len(wrong),
        "wrong_doubted": sum(bool(r["doubts"]) for r in wrong),
        "wrong_doubted_pct": pct(sum(bool(r["doubts"]) for r in wrong), len(wrong)),
        "right_doubted": sum(bool(r["doubts"]) for r in right),
        "right_doubted_pct": pct(sum(bool(r["doubts"]) for r in right), len(right)),
        # per signal: documents doubted, of them read wrong, and that share (the signal's precision)
        "doubt_signals": {
            k: {"doubted": v[0], "wrong": v[1], "precision": pct(v[1], v[0])}
            for k, v in sorted(signals.items())
        },
    }


def table(result: dict[str, Any]) -> str:
    f = result["figures"]
    out = [
        "| measure | figure |",
        "|---|---|",
        f"| documents right (kind, count, points, sub-points) | {f['right']}/{f['documents']} = {f['right_pct']}% |",
        f"| … accepting a debatable entry's named other reading (also) | {f['right_also']}/{f['documents']} = {f['right_also_pct']}% |",
        f"| … not counting debatable entries | {f['firm_right']}/{f['firm_documents']} = {f['firm_right_pct']}% |",
    ]
    out += [f"| … {k} | {v['right']}/{v['documents']} |" for k, v in f["by_kind"].items()]
    out += [
        f"| leaks into non-specific fragments | {f['leaks']} (in {f['documents_with_leaks']} documents) |",
        *(
            f"| … leaks of class {k} | {v} (in {f['documents_with_leaks_by_class'].get(k, 0)} documents) |"
            for k, v in f["leaks_by_class"].items()
        ),
        f"| check: false errors, no --place | {f['false_errors']['bare']} in {f['checked_chars']} chars "
        f"({f['checked_documents']} documents) = {f['false_per_10k']['bare']} per 10,000 |",
        f"| check: false errors, --place | {f['false_errors']['place']} = {f['false_per_10k']['place']} per 10,000 |",
        f"| … every placeholder counted false (without the in-the-page rule), no --place / --place | "
        f"{f['false_errors_all']['bare']} = {f['false_per_10k_all']['bare']} / "
        f"{f['false_errors_all']['place']} = {f['false_per_10k_all']['place']} per 10,000 |",
        f"| check: placeholders in the page counted real, no --place / --place | "
        f"{f['placeholders_in_page']['bare']} / {f['placeholders_in_page']['place']} |",
        f"| check: errors excused as real (real_errors), no --place / --place | "
        f"{f['excused_errors']['bare']} / {f['excused_errors']['place']} |",
        f"| check: warnings, no --place / --place | {f['warnings_per_10k']['bare']} / "
        f"{f['warnings_per_10k']['place']} per 10,000 |",
        f"| planted errors found, no --place | {f['planted_found']['bare']}/{f['planted_errors']} ({f['planted_files']} files) |",
        f"| planted errors found, --place | {f['planted_found']['place']}/{f['planted_errors']} |",
        f"| documents read wrong that ingest doubted (结构存疑) | {f['wrong_doubted']}/{f['wrong']} = {f['wrong_doubted_pct']}% |",
        f"| documents read right that ingest doubted | {f['right_doubted']}/{f['right']} = {f['right_doubted_pct']}% |",
    ]
    out += [
        f"| … planted {k}: found no --place / --place | {v['bare']}/{v['errors']} / {v['place']}/{v['errors']} |"
        for k, v in f["planted_by_code"].items()
    ]
    out += [
        f"| … planted missed ({label}) as {k} | {v} |"
        for label, counts in sorted(f["planted_missed_as"].items())
        for k, v in counts.items()
    ]
    out += [f"| … read wrong in {k} | {v} |" for k, v in f["wrong_by_aspect"].items()]
    out += [
        f"| … false {k}, no --place / --place | {f['false_by_rule']['bare'].get(k, 0)} / "
        f"{f['false_by_rule']['place'].get(k, 0)} |"
        for k in sorted(set(f["false_by_rule"]["bare"]) | set(f["false_by_rule"]["place"]))
    ]
    out += [
        f"| … warnings {k} per 10,000, no --place / --place | {f['warnings_by_rule_per_10k']['bare'].get(k, 0)} / "
        f"{f['warnings_by_rule_per_10k']['place'].get(k, 0)} |"
        for k in sorted(set(f["warnings_by_rule_per_10k"]["bare"]) | set(f["warnings_by_rule_per_10k"]["place"]))
    ]
    out += [
        f"| … doubt {k}: wrong among doubted | {v['wrong']}/{v['doubted']} = {v['precision']}% |"
        for k, v in f["doubt_signals"].items()
    ]
    return "\n".join(out)


def misses_markdown(result: dict[str, Any]) -> str:
    return (
        "# Misses\n\n" + table(result) + "\n\n" + ("\n".join(result["misses"]) or "(none)") + "\n"
    )


if __name__ == "__main__":
    sys.exit(main())
