"""Present a DiffReport: terminal text (optionally ANSI-coloured) and a self-contained HTML page."""

from __future__ import annotations

import html

from drafter.diff.report import LEGEND, DiffReport, SentenceDiff, Status
from drafter.files import REPORT_MARK

_ANSI = {
    Status.VERBATIM: "\x1b[31m",
    Status.EDITED: "\x1b[33m",
    Status.RECOMBINED: "\x1b[35m",
    Status.NEW: "\x1b[32m",
    "delete": "\x1b[9;31m",
    "insert": "\x1b[4;32m",
    "dim": "\x1b[2m",
    "bold": "\x1b[1m",
}
_RESET = "\x1b[0m"


def _paint(text: str, style: str | Status, color: bool) -> str:
    return f"{_ANSI[style]}{text}{_RESET}" if color and text else text


def label(sentence: SentenceDiff) -> str:
    """The status as users read it: 原样, 改动 93%, 拆并 覆盖 80%, 新写."""
    if sentence.status == Status.EDITED:
        return f"{sentence.status.label} {sentence.score:.0%}"
    if sentence.status == Status.RECOMBINED:
        return f"{sentence.status.label} 覆盖 {sentence.covered:.0%}"
    return sentence.status.label


def legend_lines() -> list[str]:
    """What each status means (the same text in the terminal and the HTML report)."""
    return [f"{st.label}：{LEGEND[st]}" for st in Status]


def _changes(sentence: SentenceDiff) -> str:
    return "；".join(c.describe() for c in sentence.changes)


def _inline(sentence: SentenceDiff, color: bool) -> str:
    """The draft sentence with deletions and insertions marked inline."""
    if sentence.status in (Status.VERBATIM, Status.NEW):
        return sentence.text
    out = []
    for kind, draft, source in sentence.pieces:
        if kind == "gap":
            continue
        if kind == "equal":
            out.append(draft)
        elif kind == "delete":
            out.append(_paint(source, "delete", True) if color else f"[-{source}-]")
        else:
            out.append(_paint(draft, "insert", True) if color else f"{{+{draft}+}}")
    return "".join(out)


def _where(sentence: SentenceDiff) -> str:
    ref = sentence.source
    if ref is None:
        return ""
    numbers = sorted({c.number for c in sentence.clauses} | {ref.number})
    changes = f"（{_changes(sentence)}）" if sentence.changes else ""
    return f"  ← {ref.id} 第{'、'.join(map(str, numbers))}句{changes}"


def format_text(report: DiffReport, *, color: bool = False, summary_only: bool = False) -> str:
    """Terminal report: one line per sentence with inline edits, then the summary."""
    lines: list[str] = []
    if not summary_only:
        width = len(str(len(report.sentences)))
        for n, s in enumerate(report.sentences, 1):
            tag = _paint(f"[{label(s)}]", s.status, color)
            lines.append(f"{n:>{width}} {tag} {_inline(s, color)}{_paint(_where(s), 'dim', color)}")
        lines.append("")
    lines.extend(summary_lines(report, color=color))
    if not summary_only:
        lines += ["", "说明：", *(f"  {line}" for line in legend_lines())]
    return "\n".join(lines) + "\n"


def summary_lines(report: DiffReport, *, color: bool = False) -> list[str]:
    """The overall figures: reuse, counts, shares, longest run, warnings."""
    counts = report.counts()
    copied = sum(s.chars for s in report.sources)
    lines = [
        _paint("汇总", "bold", color)
        + f"：复用 {report.reuse:.1%}（{copied}/{report.chars} 字）；"
        + "，".join(f"{st.label} {counts[st.value]} 句" for st in Status),
    ]
    if report.sources:
        shares = "，".join(f"{s.id} {s.share:.1%}" for s in report.sources[:10])
        more = f"（另有 {len(report.sources) - 10} 篇）" if len(report.sources) > 10 else ""
        lines.append(f"来源占比：{shares}{more}")
    run = report.longest_run
    if run is not None:
        lines.append(f"最长照搬：“{_clip(run.text)}”（{run.length} 字，来自 {run.source_id}）")
    lines += [_paint(f"警告：{w}", Status.VERBATIM, color) for w in report.warnings]
    return lines


def _clip(text: str, limit: int = 60) -> str:
    """One line: paragraph breaks shown as " / ", other whitespace dropped."""
    text = " / ".join("".join(line.split()) for line in text.splitlines() if line.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;
background:#fafafa}h1{font-size:22px;margin:0 0 12px}.summary{display:flex;gap:24px;flex-wrap:wrap;
margin-bottom:16px}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;min-width:220px}
.big{font-size:28px;font-weight:bold}.bar{height:10px;background:#e8e8e8;border-radius:5px;overflow:hidden;
margin-top:6px}.bar span{display:block;height:100%;background:#c0392b}.warn{color:#b71c1c;font-weight:bold;
margin:4px 0}table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed}
th,td{border:1px solid #ddd;padding:6px 8px;vertical-align:top;line-height:1.7;font-size:15px;
word-break:break-all}th{background:#f0f0f0;text-align:left}td.n{text-align:right;color:#888}
td.src{color:#555;font-size:13px}tr.verbatim td.st{color:#c0392b}
tr.edited td.st{color:#b9770e}tr.recombined td.st{color:#8e44ad}tr.new td.st{color:#1e8449}
tr.verbatim{background:#fdf2f1}tr.edited{background:#fffaf0}tr.recombined{background:#f8f3fb}
.chg{color:#b9770e;font-size:13px}.gap{color:#999}dl.legend dt{font-weight:bold;float:left;width:3em}
dl.legend dd{margin:0 0 2px 3.5em}ins{background:#c8f7c5;text-decoration:none}del{background:#f8c9c4}
.shares td{font-size:14px}.legend{color:#666;font-size:13px;margin:8px 0}
"""


def _side(sentence: SentenceDiff, draft_side: bool) -> str:
    if sentence.status == Status.NEW:  # nothing of it is in a source: no source column
        return html.escape(sentence.text) if draft_side else ""
    out = []
    for kind, draft, source in sentence.pieces:
        if kind == "gap":
            out.append("" if draft_side else f'<span class="gap">{html.escape(source)}</span>')
        elif kind == "equal":
            out.append(html.escape(draft if draft_side else source))
        elif kind == "insert" and draft_side and sentence.status != Status.NEW:
            out.append(f"<ins>{html.escape(draft)}</ins>")
        elif kind == "insert" and draft_side:
            out.append(html.escape(draft))
        elif kind == "delete" and not draft_side:
            out.append(f"<del>{html.escape(source)}</del>")
    return "".join(out)


def format_html(report: DiffReport, *, title: str = "讲话稿来源对比") -> str:
    """A self-contained page (inline CSS, no scripts or external assets), all text escaped."""
    e = html.escape
    counts = report.counts()
    rows = []
    for n, s in enumerate(report.sentences, 1):
        status = e(label(s)).replace(" ", "<br>", 1)
        src = ""
        if s.source is not None:
            numbers = sorted({c.number for c in s.clauses} | {s.source.number})
            src = f"{e(s.source.id)}<br>第{'、'.join(map(str, numbers))}句"
        chg = f'<div class="chg">{e(_changes(s))}</div>' if s.changes else ""
        rows.append(
            f'<tr class="{s.status.value}"><td class="n">{n}</td><td class="st">{status}</td>'
            f'<td>{_side(s, True)}{chg}</td><td>{_side(s, False)}</td><td class="src">{src}</td></tr>'
        )
    shares = "".join(
        f"<tr><td>{e(s.id)}</td><td>{s.share:.1%}</td><td>{s.chars}</td><td>{e(s.path)}</td></tr>"
        for s in report.sources
    )
    run = report.longest_run
    run_html = (
        "无"
        if run is None
        else f"“{e(_clip(run.text, 120))}”（{run.length} 字，来自 {e(run.source_id)}）"
    )
    warns = "".join(f'<p class="warn">警告：{e(w)}</p>' for w in report.warnings)
    pct = min(100.0, report.reuse * 100)
    legend = "".join(f"<dt>{st.label}</dt><dd>{e(LEGEND[st])}</dd>" for st in Status)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">{REPORT_MARK}<title>{e(title)}</title><style>{_CSS}</style></head>
<body><h1>{e(title)}</h1>{warns}
<div class="summary">
<div class="card"><div>复用比例</div><div class="big">{report.reuse:.1%}</div>
<div class="bar"><span style="width:{pct:.1f}%"></span></div></div>
<div class="card"><div>句子</div><div>{" · ".join(f"{st.label} {counts[st.value]}" for st in Status)}</div>
<div>共 {report.chars} 字（不计空白）</div></div>
<div class="card"><div>最长照搬</div><div>{run_html}</div></div>
</div>
<table class="shares"><tr><th>来源</th><th>占比</th><th>字数</th><th>文件</th></tr>{shares}</table>
<div class="legend"><p>左栏为草稿（<ins>绿色</ins>为相对来源新增或改写的文字），右栏为来源句（<del>红色</del>为被删去或替换的文字；
“拆并”句只列出用到的分句，“……”隔开取自不同位置的分句）。层级词、数字、年份、地名的改动在草稿下方注明。</p>
<dl class="legend">{legend}</dl></div>
<table class="diff"><colgroup><col style="width:48px"><col style="width:72px"><col><col><col style="width:130px">
</colgroup><tr><th>#</th><th>状态</th><th>草稿</th><th>来源句</th><th>来源</th></tr>
{"".join(rows)}
</table></body></html>
"""
