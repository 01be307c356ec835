"""Another item's report of what was said, saved after a news item the copy cut mid-sentence (batch 55, issue #13).

…为了人民的健康，无论春夏秋冬、白昼黑夜，心 | (blank line) | 业务院长某某在致辞中说，… — a hospital's news item stops in
the middle of a sentence; under a blank line, another site's item goes on with what its speakers said, each told as 某某
在致辞中说. The cut sentence never goes on into a new subject and its 在…中说: the lines are not joined, the report is a
document of its own (as batch 50's dated lead after a cut, drafter.ingest.appended).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.appended import cut_before
from drafter.ingest.para import Para

# 业务院长某某在致辞中说， / 副院长某某在讲话中指出， / 医师代表…主任某某在发言中表示，: who, then in which words, then the verb
_TOLD = re.compile(
    r"^[^，,。！？“”]{2,30}?在(?:致辞|讲话|发言|表态发言|主持|总结讲话|讲课|演讲|报告)中(?:说|指出|表示|强调|谈到|提到|要求)[，,：:]"
)


def told_after_cut(prev: Para, para: Para) -> bool:
    """A report of what someone said (某某在致辞中说，) under a blank line, after a paragraph cut mid-sentence."""
    return para.line > prev.end + 1 and cut_before(prev) and bool(_TOLD.match(para.text))


def told_remarks(paras: Sequence[Para]) -> bool:
    """Paragraphs that open on what someone said, told (业务院长某某在致辞中说，… / 副院长某某在致辞中说，…): a news
    item's report of the remarks, its 我们 the speakers', when the first paragraph and another open so."""
    return (
        len(paras) >= 2
        and bool(_TOLD.match(paras[0].text))
        and sum(bool(_TOLD.match(p.text)) for p in paras) >= 2
    )
