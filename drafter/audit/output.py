"""An audit report as text for the terminal and as a self-contained HTML page, in Chinese."""

from __future__ import annotations

import html

from drafter.audit.report import AuditReport, CommonText, PairFinding
from drafter.files import REPORT_MARK

EXAMPLES = 3  # passages quoted per pair

RULES = (
    "比较的是规范化后的正文（标点全半角、空白不计），层级字（省市县区州旗乡镇）视为相同："
    "把“我市”改成“我县”不算原创。"
)


def _common_rule(report: AuditReport) -> str:
    return (
        f"“共有段落”指两篇中一字不差（按上述规范）且不短于 {report.min_chars} 字的连续文字，各段互不重叠。"
        f"至少 {report.common_docs} 篇都有的文字视为通用文字（上级文件、各单位通用的套话），"
        "单独列出，不计入任何一对的共有字数。"
    )


def direction(pair: PairFinding) -> str:
    """Who copied whom, in one Chinese sentence."""
    found = pair.source_and_copy()
    weak = "；文件时间仅供参考，复制、下载都会改变它" if any(d and d.weak for d in (pair.a.date, pair.b.date)) else ""
    if found is None:
        if not (pair.a.date and pair.b.date):
            return "先后不明：至少一篇没有日期"
        return f"先后不明：{_dated(pair.a)}，{_dated(pair.b)}，分不出先后{weak}"
    source, copy = found
    return f"{copy.name} 可能抄自 {source.name}：{_dated(source)}在先，{_dated(copy)}在后{weak}"


def _dated(info) -> str:  # noqa: ANN001 - DocInfo
    return f"{info.name} 为{info.date.show()}（{info.date.source}）" if info.date else f"{info.name} 无日期"


def label(info) -> str:  # noqa: ANN001 - DocInfo
    """A document as a reviewer knows it: file name, and its title when there is one."""
    return f"{info.name}《{info.title}》" if info.title and info.title != info.name else info.name


def _date(info) -> str:  # noqa: ANN001 - DocInfo
    return info.date.show() if info.date else "无日期"


def format_text(report: AuditReport) -> str:
    """The report for a terminal or a text file."""
    lines = [
        f"审查了 {report.documents} 篇讲话稿，发现 {len(report.pairs)} 对共有长段落"
        f"（不短于 {report.min_chars} 字），通用文字 {len(report.common)} 段。"
        + ("另有同一篇讲话稿的不同格式或修改稿，单独列出，不计为抄袭。" if report.same_draft else ""),
        RULES,
        _common_rule(report),
        "",
    ]
    for n, pair in enumerate(report.pairs, 1):
        lines += _pair_lines(n, pair)
    if report.same_draft:
        lines.append("同一篇讲话稿的不同格式或修改稿（起草记录表明是同一篇，不计为抄袭）：")
        lines += [f"  · {line}" for line in same_drafts(report)]
        lines.append("")
    if report.common:
        lines.append(f"通用文字（至少 {report.common_docs} 篇共有，不计为抄袭）：")
        lines += [_common_line(c) for c in report.common]
        lines.append("")
    if report.skipped:
        lines.append(f"无法读取、已跳过 {len(report.skipped)} 个文件：")
        lines += [f"  {s.name}：{s.reason}" for s in report.skipped]
    return "\n".join(lines).rstrip("\n") + "\n"


def _pair_lines(n: int, pair: PairFinding) -> list[str]:
    lines = [
        f"{n}. {label(pair.a)}",
        f"   {label(pair.b)}",
        f"   共有 {pair.shared} 字，占 {pair.a.name} 的 {pair.share_a:.0%}、{pair.b.name} 的 {pair.share_b:.0%}；"
        f"{len(pair.passages)} 段，最长 {pair.longest} 字" + (f"；段落中另有通用文字 {pair.common} 字，不计入" if pair.common else ""),
        f"   {direction(pair)}",
    ]
    for p in pair.passages[:EXAMPLES]:
        inside = f"，其中通用文字 {p.common} 字" if p.common else ""
        lines.append(f"   · （{p.length} 字{inside}）“{p.quote()}”")
    if len(pair.passages) > EXAMPLES:
        lines.append(f"   · 另有 {len(pair.passages) - EXAMPLES} 段")
    return [*lines, ""]


def same_drafts(report: AuditReport) -> list[str]:
    """One line per draft whose files the audit found (讲话.md, 讲话.docx, 二稿.md …), not one per pair."""
    groups: dict[str, dict[str, str]] = {}  # draft → file name → its record
    for pair in report.same_draft:
        for info in (pair.a, pair.b):
            groups.setdefault(info.draft, {})[info.name] = info.record
    lines = []
    for files in sorted(groups.values(), key=lambda g: sorted(g)):
        records = "、".join(sorted(set(files.values())))
        lines.append(f"{'、'.join(sorted(files))}：同一篇讲话稿的不同格式/修改稿（起草记录 {records}），不计为抄袭")
    return lines


def _common_line(c: CommonText) -> str:
    first = f"，最早见于 {c.first.name}（{_date(c.first)}）" if c.first else ""
    text = c.text.lstrip("。！？；：，、")
    quote = text if len(text) <= 80 else text[:80] + "……"
    return f"  · {len(c.text)} 字，至少 {c.docs} 篇共有{first}：“{quote}”"


_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;
background:#fafafa;line-height:1.7}h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin:24px 0 8px}
.rule{color:#555;font-size:14px;margin:4px 0}.pair{background:#fff;border:1px solid #ddd;border-radius:6px;
padding:12px 16px;margin:12px 0}.pair h3{font-size:16px;margin:0 0 6px}.fig{color:#333}
.dir{color:#b71c1c;font-weight:bold}.dir.unknown{color:#666;font-weight:normal}
blockquote{margin:6px 0;padding:6px 12px;border-left:4px solid #c0392b;background:#fdf2f1;font-size:15px}
.len{color:#888;font-size:13px}table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #ddd;padding:6px 8px;vertical-align:top;font-size:14px;word-break:break-all}
th{background:#f0f0f0;text-align:left}
"""


def format_html(report: AuditReport, *, title: str = "讲话稿雷同审查") -> str:
    """A self-contained page (inline CSS, no scripts or external assets), all text escaped."""
    e = html.escape
    pairs = "".join(_pair_html(n, p) for n, p in enumerate(report.pairs, 1)) or "<p>没有发现共有长段落的讲话稿。</p>"
    common = "".join(
        f"<tr><td>{len(c.text)}</td><td>{c.docs}</td><td>{e(c.first.name) + '（' + e(_date(c.first)) + '）' if c.first else '—'}"
        f"</td><td>{e(c.text)}</td></tr>"
        for c in report.common
    )
    skipped = "".join(f"<tr><td>{e(s.name)}</td><td>{e(s.reason)}</td></tr>" for s in report.skipped)
    same = "".join(f"<li>{e(line)}</li>" for line in same_drafts(report))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">{REPORT_MARK}<title>{e(title)}</title><style>{_CSS}</style></head>
<body><h1>{e(title)}</h1>
<p>审查了 {report.documents} 篇讲话稿，发现 <b>{len(report.pairs)}</b> 对共有长段落（不短于 {report.min_chars} 字），
通用文字 {len(report.common)} 段。</p>
<p class="rule">{e(RULES)}</p><p class="rule">{e(_common_rule(report))}</p>
<h2>共有长段落的讲话稿</h2>{pairs}
{f'<h2>通用文字（至少 {report.common_docs} 篇共有，不计为抄袭）</h2><table><colgroup><col style="width:4em"><col style="width:4em"><col style="width:14em"><col></colgroup><tr><th>字数</th><th>篇数</th><th>最早见于</th><th>文字</th></tr>{common}</table>' if common else ''}
{f'<h2>同一篇讲话稿的不同格式或修改稿（不计为抄袭）</h2><ul>{same}</ul>' if same else ''}
{f'<h2>无法读取、已跳过的文件</h2><table><tr><th>文件</th><th>原因</th></tr>{skipped}</table>' if skipped else ''}
</body></html>
"""


def _pair_html(n: int, pair: PairFinding) -> str:
    e = html.escape
    known = pair.source_and_copy() is not None
    quotes = "".join(
        f'<blockquote><span class="len">{p.length} 字{f"，其中通用文字 {p.common} 字" if p.common else ""}</span>'
        f"<br>{e(p.shown())}</blockquote>"
        for p in pair.passages[:EXAMPLES]
    )
    more = f"<p>另有 {len(pair.passages) - EXAMPLES} 段。</p>" if len(pair.passages) > EXAMPLES else ""
    common = f"；段落中另有通用文字 {pair.common} 字，不计入" if pair.common else ""
    return f"""<div class="pair"><h3>{n}. {e(label(pair.a))}<br>{e(label(pair.b))}</h3>
<div class="fig">共有 <b>{pair.shared}</b> 字，占 {e(pair.a.name)} 的 {pair.share_a:.0%}（{_date_html(pair.a)}）、
{e(pair.b.name)} 的 {pair.share_b:.0%}（{_date_html(pair.b)}）；{len(pair.passages)} 段，最长 {pair.longest} 字{common}</div>
<div class="dir{'' if known else ' unknown'}">{e(direction(pair))}</div>{quotes}{more}</div>
"""


def _date_html(info) -> str:  # noqa: ANN001 - DocInfo
    return html.escape(f"{info.date.show()}，{info.date.source}" if info.date else "无日期")
