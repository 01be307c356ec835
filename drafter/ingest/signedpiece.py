"""A piece that ends on its signature and date, then a 称谓: the next piece of the page (batch 57).

A letter, a call to act or a notice is finished when it is signed and dated (某某市总工会 / 2026年3月19日). A page that
keeps two of them (a union's 倡议书, then another city's, each copied from its own site) has nothing between the first
one's date and the second one's 称谓 but the site's footer, which cleaning removes. A text never greets its readers
again after it has signed off, so the 称谓 under a signature and a date starts a document of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.structure import match_heading

# 2026年3月19日 / 二〇二六年三月十九日 / （2026年3月19日）: the date a piece is signed with, on a line of its own
_DATE_LINE = re.compile(
    r"^[（(]?\s*(?:\d{4}|二[〇零○一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[)）]?$"
)
# 某某市总工会 / 中共某某镇委员会 某某镇人民政府 / 某某县退役军人事务局: the signer, a name with no sentence in it
# Han characters a signed piece holds before its signature, for the 称谓 under it to open the next one (a short notice or
# letter is finished once signed; a speech's front matter — its speaker and date over 同志们： — holds none)
SIGNED_MIN = 60
_SIGNER = re.compile(r"^[^。！？!?，,：:；;、“”\"]{2,40}$")


def signed_off(texts: Sequence[str]) -> bool:
    """Whether the last lines of a piece are its signer and its date (the signer over the date)."""
    if len(texts) < 3 or not _DATE_LINE.match(texts[-1].strip()):
        return False
    signer = texts[-2].strip()
    return (
        bool(_SIGNER.match(signer))
        and not _DATE_LINE.match(signer)
        and match_heading(signer) is None
    )
