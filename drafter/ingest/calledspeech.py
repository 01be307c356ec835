"""The speech a chair's script calls for, copied right under the call (batch 55, issue #13).

下面，进行第四项：由某某镇长作重要讲话 / 同志们，刚才某某同志传达了…，某某同志安排了… — a 主持词 ends on its last item,
the call to the main speech, and the page goes on with that speech: the speaker greets the hall and takes up what the
items before him did. It is the called speaker's, a document of its own. The chair's own closing, under the same call,
says the speech was given or the agenda is done (刚才，某某书记作了重要讲话。… / 各项议程已进行完毕): it stays the
chair's.
"""

from __future__ import annotations

import re

from drafter.ingest.para import Para

# 下面，进行第四项：由某某镇长作重要讲话 / 最后，请县委书记作重要讲话。大家欢迎！ — the chair calls the main speech
_CALLS_SPEECH = re.compile(
    r"(?:第[一二三四五六七八九十\d]+项(?:议程)?|最后)[：:，,]\s*(?:请|由)(?P<who>[^。！？]{1,30}?)(?:作|做)?(?:重要)?讲话"
    r"[。！!]?(?:大家欢迎[！!。]?)?$"
)
# 同志们，刚才… — the speaker greets the hall and turns to what was just done
_SPEAKER_OPENS = re.compile(r"^(?:同志们|各位领导|各位代表|同志们、朋友们)[，,！!]\s*刚才[，,]?")
# 刚才，某某书记作了重要讲话 / 各项议程已进行完毕 / 会议到此结束: the chair's closing
# (刚才，分管副县长就…提出了明确要求，讲得很实: the chair praising the speech, its speaker named)
_CHAIR_CLOSES = re.compile(r"讲话|议程|到此|结束|完毕|散会|闭幕|讲得|指示|提出了[^。！？]{0,6}要求")


def called_speech(current: list[Para], para: Para) -> bool:
    """`para` opens the speech the paragraph before it called for (see the module docstring)."""
    call = _CALLS_SPEECH.search(current[-1].text) if current else None
    if not call or not _SPEAKER_OPENS.match(para.text):
        return False
    first = re.split(r"(?<=[。！？!?])", para.text, maxsplit=1)[0]
    return not _CHAIR_CLOSES.search(first) and call.group("who").strip() not in first


def opens_on_the_hall(paras: list[Para] | tuple[Para, ...]) -> bool:
    """The first paragraph greets the hall and turns to what was just done (同志们，刚才…): said at a meeting, a speech."""
    return bool(paras) and bool(_SPEAKER_OPENS.match(paras[0].text))
