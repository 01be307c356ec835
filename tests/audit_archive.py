"""A small archive of our own writing with known copying, for the audit tests.

Each speech is made of sentences put together from four lists of phrases
(14,400 combinations), so two speeches share no passage of 50 characters by
chance; copied passages, dates and a common superior's text are planted.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

_WHO = ["各乡镇（街道）", "县直各部门", "各行业主管部门", "各村（社区）", "各级干部", "牵头单位",
        "配合单位", "各工作专班", "各监管部门", "基层站所"]  # fmt: skip
_DO = ["要把工作重心放在解决实际问题上", "要对照年度目标逐项梳理进度", "要把责任分解到具体岗位和具体人员",
       "要建立问题清单并限时销号", "要主动回应群众的急难愁盼", "要定期研判形势和风险隐患",
       "要把日常督促和年底考核结合起来", "要用好已有的政策和资金", "要加强上下联动和部门协同",
       "要及时总结推广好的做法", "要坚持边查边改、立行立改", "要守住安全和稳定的底线"]  # fmt: skip
_SO = ["确保", "做到", "努力实现", "切实做到", "力争", "坚决做到", "始终保持", "着力实现", "务求", "全力确保"]
_END = ["各项任务按时保质完成", "群众满意度稳步提高", "工作成效经得起检验", "发现的问题件件有回音",
        "责任链条环环相扣", "制度执行不打折扣", "基层负担切实减轻", "重点工作取得新进展",
        "风险隐患及时化解", "资金使用规范高效", "服务质量持续提升", "工作作风明显转变"]  # fmt: skip

# A superior's text that five speeches quote: common text, never a copying pair.
UPPER = ("上级会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，把各项部署转化为看得见、摸得着的实际成效，"
         "以钉钉子精神抓好工作落实，推动高质量发展不断取得新成效，为推进中国式现代化作出应有贡献。")  # fmt: skip


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(_WHO)}{rng.choice(_DO)}，{rng.choice(_SO)}{rng.choice(_END)}。"


def paragraph(rng: random.Random, n: int = 6) -> str:
    return "".join(sentence(rng) for _ in range(n))


@dataclass
class Speech:
    name: str
    title: str
    date_line: str = ""
    paras: list[str] | None = None

    def text(self) -> str:
        head = [self.title] + ([self.date_line] if self.date_line else []) + ["同志们："]
        return "\n\n".join(head + (self.paras or [])) + "\n"


@dataclass(frozen=True)
class Planted:
    source: str  # the earlier speech (or the first of an undated pair)
    copy: str
    chars: int  # characters copied (normalised)
    dated: bool


def build(folder: Path, seed: int = 7) -> list[Planted]:
    """Write the archive into `folder`; return the copying it holds."""
    rng = random.Random(seed)
    own = {f"{k:02d}": [paragraph(rng) for _ in range(3)] for k in range(1, 13)}
    s = {
        "01": Speech("01", "在全市安全生产工作会议上的讲话", "（2026年3月8日）"),
        "02": Speech("02", "在全县安全生产工作会议上的讲话", "2026年4月2日"),
        "03": Speech("03", "在全县防汛抗旱工作会议上的讲话", "（二〇二六年二月十日）"),
        "04": Speech("04", "在全县防汛抗旱工作推进会上的讲话", "（2026年5月10日）"),
        "05": Speech("05", "在全县教育工作会议上的讲话", "（2026年1月6日）"),
        "06": Speech("06", "在全县营商环境工作会议上的讲话"),
        "07": Speech("07", "在全县营商环境优化推进会上的讲话"),
        "08": Speech("08", "在2024年全县生态环境保护工作会议上的讲话"),
        "09": Speech("09", "在2025年全县生态环境保护工作会议上的讲话"),
        "10": Speech("10", "在全县基层党建工作会议上的讲话", "（2026年6月1日）"),
        "11": Speech("11", "在全县乡村振兴工作会议上的讲话", "（2026年6月8日）"),
        "12": Speech("12", "在全县民政工作会议上的讲话", "（2026年6月9日）"),
    }
    for key, speech in s.items():
        speech.paras = list(own[key])
    planted = []
    # 02 copies two stretches of 01 and turns 我市 into 我县 (level words do not make text original).
    first = "我市" + own["01"][0][:120]
    s["01"].paras[0] = first + own["01"][0][120:]
    s["02"].paras.insert(1, "我县" + own["01"][0][:120])
    s["02"].paras.append(own["01"][2][-90:])
    planted.append(Planted("01.md", "02.md", 122 + 90, True))
    # 04 copies a whole paragraph of 03, whose date is written in Chinese numerals.
    s["04"].paras.insert(2, own["03"][1])
    planted.append(Planted("03.md", "04.md", len(own["03"][1]), True))
    # 06 and 07 have no dates: who copied whom is unknown.
    s["07"].paras.insert(0, own["06"][2][:150])
    planted.append(Planted("06.md", "07.md", 150, False))
    # 09 copies 08; only the titles carry years.
    s["09"].paras.insert(1, own["08"][0][-100:])
    planted.append(Planted("08.md", "09.md", 100, True))
    for key in ("01", "05", "10", "11", "12"):
        s[key].paras.insert(1, UPPER)
    folder.mkdir(parents=True, exist_ok=True)
    when = 1_780_000_000  # every file the same modification time: file dates cannot order them
    for key, speech in s.items():
        path = folder / f"{key}.md"
        path.write_text(speech.text(), encoding="utf-8")
        os.utime(path, (when, when))
    return planted
