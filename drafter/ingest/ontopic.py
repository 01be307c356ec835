"""An announcement made on a topic, with no 我 or 下面 before it (batch 56).

结合这段时间的调研和思考，就做好明年工作谈四点意见。 / 圍繞這一主題，就抓好落實講三個方面： — the classic formula
就 + the topic + 讲/谈/提 + the count, in a clause of its own: the speaker's announcement, whoever is not named.
Told of another (书记就…讲了三点意见, 会上就…提出了四点要求) it reports, and says 了: no announcement.
"""

from __future__ import annotations

import re

from drafter.ingest.points import COUNT

_ON_TOPIC = re.compile(
    rf"(?:^|[，,。；;：:])\s*(?:下面|接下来|最后|再)?[，,]?\s*就(?!是)[^。；！？，,：:了]{{2,40}}?"
    rf"(?:讲|谈|提|说)(?:一下|谈)?(?:以下)?{COUNT}(?:点|个方面|个问题)(?:意见|看法|想法|建议|要求|体会|认识)?"
    r"(?=[。：:！；]|$)"
)


def on_topic_count(text: str) -> re.Match[str] | None:
    """The 就…谈四点意见 announcement in `text`, or None."""
    return _ON_TOPIC.search(text) if "就" in text else None
