"""Rule `order`: the fixed order of the four leading bodies (县委、县人大、县政府、县政协) and of a 称谓
(leaders and guests before 同志们)."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.findings import Finding, Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING
_RANK = {"委": 0, "人大": 1, "人大常委会": 1, "政府": 2, "人民政府": 2, "政协": 3}
_NAMES = ("委", "人大", "政府", "政协")
# …(?!组织部): 市委组织部, 市政府办公室, 市政协主席 are offices, not the body itself.
_BODY = r"(?:委|人大(?:常委会)?|(?:人民)?政府|政协)(?![组宣统政办书常副纪党机主秘])"
# 县政府、县委 / 市委、市政府、市人大: one level's bodies listed with 、
_BODIES = re.compile(rf"(?<![省市县区乡镇州旗盟])(?P<lv>[省市县区乡镇州旗盟]){_BODY}(?:、(?P=lv){_BODY})+")
_ONE = re.compile(rf"[省市县区乡镇州旗盟](?P<body>{_BODY})")
# 同志们、各位领导： — the leaders and guests come first.
_SALUTATION = re.compile(r"^[^。！？]{0,30}[：:]$")
_PEERS = re.compile(r"(?<![家长小])(?:同志们|朋友们)")  # a school may greet its pupils first
_SENIORS = re.compile(r"领导|来宾|嘉宾")


def check_order(lines: Sequence[str]) -> list[Finding]:
    """县政府、县委 (the party committee comes first: an error); 县政府、县人大 (a warning); 同志们、各位领导：."""
    findings = []
    for lineno, line in enumerate(lines, start=1):
        if "、" in line:  # a list at all (most lines have none: skip the pattern)
            for m in _BODIES.finditer(line):
                finding = _bodies_finding(m, lineno)
                if finding:
                    findings.append(finding)
        stripped = line.strip()
        if len(stripped) <= 40 and stripped.endswith(("：", ":")) and _SALUTATION.match(stripped):
            peer, senior = _PEERS.search(stripped), _SENIORS.search(stripped)
            if peer and senior and peer.start() < senior.start():
                findings.append(Finding(
                    "order", WARNING, f"称谓“{stripped}”把“{peer.group(0)}”放在“{senior.group(0)}”前面",
                    lineno, line.find(stripped) + 1, stripped, "先称领导、来宾，再称同志们（如“各位领导、同志们：”）",
                ))  # fmt: skip
    return findings


def _bodies_finding(m: re.Match[str], lineno: int) -> Finding | None:
    lv = m.group("lv")
    ranks = [_RANK[b.group("body")] for b in _ONE.finditer(m.group(0))]
    if ranks == sorted(ranks) and len(set(ranks)) == len(ranks):
        return None
    right = "、".join(f"{lv}{_NAMES[r]}" for r in sorted(set(ranks)))
    if 0 in ranks and ranks[0] != 0:
        what, severity = f"“{m.group(0)}”把{lv}委排在后面（{lv}委应在首位）", ERROR
    else:
        what, severity = f"“{m.group(0)}”的排列不合惯例（{lv}委、{lv}人大、{lv}政府、{lv}政协）", WARNING
    return Finding("order", severity, what, lineno, m.start() + 1, m.group(0), f"改为“{right}”")
