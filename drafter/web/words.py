"""The page's words for what the engine says in command-line terms.

The engine's messages and suggestions are written for `drafter` on a terminal
(“减少 --points”, “可用 --level 指定”, rule ids such as count-mismatch). A clerk on
the web page has a form, not options: each option is named by the field or
button that does the same thing, and each rule by its Chinese name.
"""

from __future__ import annotations

import functools
import re

from drafter.findings import RULE_NAMES, rule_name

__all__ = ["RULE_NAMES", "plain", "rule_name", "speech_title"]

# Longest first: a phrase naming an option with its value goes before the bare option.
_PHRASES = (
    ("或用 --set work=安全生产工作 指明工作", "或在会议名称中写明是哪项工作"),
    ("去掉 --swap，或用 drafter fragments add 补充片段", "换另一部分，或在“片段库”页添加片段"),
    ("用 --rate 调整语速或增删段落", "增删段落"),
    ("，或另存为 .txt/.md 后再用 --fix", ""),
    ("，可用 --fix 自动修正", ""),
    ("可用 --place 指定", "可在“地名”中填写"),
    ("用 --place 指明地方", "在“地名”中填写"),
    ("可用 --level 指定", "请在“地名”中写全“县”“市”等"),
    ("（--level）", ""),
)
_OPTIONS = {
    "--points": "“讲几点意见”", "--minutes": "“讲话时长”", "--pick": "锁定", "--swap": "换一段",
    "--place": "“地名”", "--level": "“地名”",
}  # fmt: skip
_LEFT = re.compile(r"(?:请)?用 --set [a-z_]+=\S*? ?指明[^。；，]*|--[a-z][a-z-]*")


def plain(text: str) -> str:
    """`text` with command-line options replaced by what the page offers instead."""
    if "--" not in text:
        return text
    for phrase, instead in _PHRASES:
        text = text.replace(phrase, instead)
    for option, instead in _OPTIONS.items():
        text = re.sub(r" ?" + re.escape(option) + r"\b ?", instead, text)
    text = _LEFT.sub("", text).strip()
    return text if re.search(r"\w", text) else ""  # nothing but punctuation left


def speech_title(speech: str) -> str:
    """The title of a corpus speech named by its id (《在全市妇女儿童工作会议上的讲话》), for a clerk.

    Speech ids are file names (women-children-conference-speeches-01); the page
    shows the speech's own title from its front matter, the id when none is found.
    """
    return _title(speech) or speech


@functools.lru_cache(maxsize=4096)
def _title(speech: str) -> str:
    from drafter.curate.corpus import speech_path
    from drafter.reader import split_front_matter
    from drafter.workspace import default_corpora

    for folder in default_corpora():
        path = speech_path(folder, speech)
        if path is None:
            continue
        try:
            fields = split_front_matter(path.read_text(encoding="utf-8-sig"))[0]
        except (OSError, UnicodeDecodeError):
            continue
        if fields.get("title", "").strip():
            return f"《{fields['title'].strip()}》"
    return ""
