"""Recover the rhetorical structure of one speech: title, 称谓, opening, points, closing.

Works on cleaned paragraphs: the preamble sentence by sentence (opening →
acknowledgement → transition with its announced count), the points with
`points`, the closing from the end. Whatever cannot be placed is kept with
role `other` and a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.ingest.aroundcount import around_count
from drafter.ingest.clean import Para
from drafter.ingest.countfirst import count_first
from drafter.ingest.firstpart import opens_on_first_part
from drafter.ingest.linesplit import match_point_heading
from drafter.ingest.ontopic import on_topic_count
from drafter.ingest.pointbody import collect_points, inline_series
from drafter.ingest.points import (
    CLOSING_START,
    COUNT,
    EXTRA,
    VOCATIVE,
    Piece,
    Point,
    Sub,
    agenda_steps,
    count_text,
    make_piece,
    parse_count,
    point_starts,
    span_of,
    style_of,
)
from drafter.ingest.reportannounce import report_count
from drafter.ingest.seams import part_label
from drafter.ingest.split import is_salutation, is_title
from drafter.ingest.stories import told_count
from drafter.ingest.surveyangles import survey_angles
from drafter.model import Role
from drafter.structure import match_heading
from drafter.text import split_sentences

__all__ = ["Outline", "Piece", "Point", "Sub", "find_meeting", "inline_series", "outline_speech", "parse_count"]


@dataclass(frozen=True, slots=True)
class Outline:
    """The structure of one speech and the warnings found on the way."""

    title: str
    title_derived: bool
    meeting: str
    byline: str
    pieces: tuple[Piece, ...]
    points: tuple[Point, ...]
    announced: int | str | None
    warnings: tuple[str, ...]

    def role(self, role: Role) -> list[Piece]:
        return [p for p in self.pieces if p.role == role]


# 我想跟同学们讲几句话 / 送给大家几句话: "a few words" is modesty, no count of points (讲三句话 announces three)
_TRANSITION_WORDS = re.compile(
    # 借这个机会，讲几点意见 / 常规工作今天就不讲了，最后强调三句话。: the speaker's announcement without 我 or 下面
    # (今天咱们不绕弯子，就讲三件事：…: 咱们, the speaker with his audience, announces as 我 does)
    rf"(?:我|咱们|下面|接下来|现在|现将|重点|主要|着重|借(?:这个|此)机会[，,]?|(?:^|[，,])最后[，,]?)[^。；！？]{{0,90}}?"
    # (借此机会我想表达三层意思: 表达 said of one's own points too; 我想讲“五句话”: the count quoted)
    # (登辉要借此机会提出个人几点浅见 / 同时对大家提出我个人的几点期望和建议。: the speaker's own view, said as 个人)
    # (我想跟大家交流一下几点：: the verb softened with 一下 before the count)
    # (由此让我想到了三个关键词：敬畏、感恩和践行: the words the speaker thought of, to be spoken of in turn; not 我想到一句话,
    # a saying he goes on to explain)
    # (借此良机，我着重阐述三点意见。: the formal 阐述 / 阐明, batch 62)
    # (我再简要强调这样三点意见。: the count pointed ahead at with 这样, as with 这么 — split44, batch 67)
    rf"(?:讲|谈|提出|提|强调|说|表达|阐述|阐明|整理为|归纳为|交流|分享|送给大家|送大家|寄予|作|想到了?(?=[^。；！？]{{0,4}}个(?:关键词|词)))(?:好|的是|一下)?(?:以下|如下|这么|这样)?(?:我?个人的?)?[“\"]?{COUNT}(?:点|个?方面|个问题|个部分|个(?:希望|要求|建议)|条|(?<!几)句话|件事|层意思|个意思|个关键词|个(?:[\u4e00-\u9fff]{{1,4}}的)?词|个字)"  # 讲四个实实在在的词
    r"|(?:下面|接下来|现在)[，,]?(?:我)?(?:就|再)?(?:讲|谈|提出|提|强调|说)(?:以下)?(?:几)?(?:点|个方面|个问题)"
    # …希望大家认真抓好贯彻落实。下面，我再简要强调三: the copy cut right after the number of the announcement (its last words)
    rf"|(?:下面|接下来|现在|最后)[，,]?\s*(?:我)?(?:就|再)?(?:简要|简单|重点|着重)?地?(?:讲|谈|提|强调|说){COUNT.replace('?P<n>', '?P<n24>')}$"
    # 今年全镇上下要凝心聚力做成“三件事” / 重点办好三件大事。: the year's things to get done, counted at the end of the
    # sentence (第一件事是… follows)
    rf"|(?:做成|办成|办好|干成|干好|做好|抓好)(?:以下)?[“\"]?{COUNT.replace('?P<n>', '?P<n19>')}件(?:大)?事[”\"]?(?=[。：:！!]?$)"
    # 为此，大家要做到以下三点： / 今年重点抓好三个方面工作： — an announcement that ends its sentence
    # (政府工作将抓好以下五个重点：: the work's main tasks counted as 重点)
    # (笔者以为要做好做活五个方面的文章：: a survey's writer announcing its parts as the 文章 to be done)
    rf"|(?:要|重点|着力|突出|着重)?(?:抓好|做好|做到|突出|把握|注意)(?:好|做活|做实|抓实)?(?:以下|如下)?{COUNT.replace('?P<n>', '?P<n2>')}(?:点|个?方面|项|件事|个重点)(?:的)?(?:工作|要求|文章)?[：:](?:$|(?=\s*一、[^。！？]{{2,30}}[；;]))"
    # 具体做到三个抓： / 重点抓好“四个到位”： — the points named by a slogan of their count (广泛发动抓宣传 / 发挥优势抓创新 …
    # follow), the colon ending the paragraph
    rf"|(?:^|[，,。])(?:具体|重点|着力|主要)?(?:要)?(?:做到|抓好|落实|坚持|突出|实现)[“\"]?{COUNT.replace('?P<n>', '?P<n20>')}个[\u4e00-\u9fff]{{1,4}}[”\"]?[：:]$"
    # …全力以赴做好各项工作，做到四个“确保”。 / 一是确保责任落实。…: a pledge's slogan quoted, its sentence ending the paragraph
    rf"|(?:^|[，,。])(?:具体|重点|着力|主要)?(?:要)?(?:做到|抓好|落实|坚持|突出|实现){COUNT.replace('?P<n>', '?P<n26>')}个[“\"][\u4e00-\u9fff]{{1,4}}[”\"][。！!]$"
    # …就进一步加快推进创建工作再强调三点意见： — a copy that lost the words before it; the colon ends the sentence
    rf"|(?:再|着重|重点)?(?:强调|讲|谈|提)(?:以下|如下)?{COUNT.replace('?P<n>', '?P<n5>')}(?:点|个方面)(?:意见|要求)[：:]$"
    # …对卫生院新一年的工作，强调以下三点： — a clause of its own that points ahead with 以下 needs no 意见 after its count
    # (not what a meeting or a document stressed: 会议强调以下三点：, relayed — batch 53)
    rf"|(?:^|[，,。；;])(?![^。；！？，,]{{0,20}}?(?:会议|会上|文件|上级|通知|精神|中央|省委|市委|县委|区委))[^。；！？，,]{{0,20}}?"
    rf"(?:强调|讲|谈|提)(?:以下|如下){COUNT.replace('?P<n>', '?P<n31>')}(?:点|个方面)[：:]$"
    # 借此机会，代表公司三点意见： — the copy lost the verb (讲, 提); a clause that ends the paragraph on its count of 意见 and a
    # colon still announces the points under it (not what a meeting or a document said: 会议提出三点意见：)
    rf"|(?:^|[，,])(?![^。；！？]{{0,30}}(?:会议|文件|上级|通知))[^。；！？]{{0,30}}?{COUNT.replace('?P<n>', '?P<n13>')}点(?:意见|要求)[：:]$"
    # 为此，先讲三点意见。等下，某某书记还要讲话: the first of two speakers announces his own points with 先
    rf"|(?:^|[，,])先(?:讲|谈|提|强调)(?:以下)?{COUNT.replace('?P<n>', '?P<n7>')}(?:点|个?方面)(?:意见|要求|看法)?[。：:]?$"
    # 具体讲，有以下这么几点考虑： / 主要有以下三点想法： — what the speaker has to say, announced with 有
    # 召集大家回来开大会，主要有三层意思：第一层意思，…: what the speaker means to say, counted in 层意思 (a speaker's word)
    rf"|有(?:以下|如下)?(?:这么)?{COUNT.replace('?P<n>', '?P<n21>')}(?:层意思|个意思)[：:，,]"
    rf"|有(?:以下|如下)(?:这么)?{COUNT.replace('?P<n>', '?P<n8>')}(?:点|个方面)(?:考虑|想法|意见|要求|看法|建议)?[：:]$"  # 成效主要有以下六个方面：
    # 联系工作实际，我有以下三点认识。一是…: 以下 points ahead at what the speaker goes on to say, a stop or a colon after it
    # (split46)
    rf"|有以下(?:这么)?{COUNT.replace('?P<n>', '?P<n40>')}(?:点|个方面)(?:考虑|想法|意见|看法|建议|体会|感受|认识|收获)[。：:]"
    # …各项工作取得了明显成效，主要体现在六个方面： — an account's results announced by the parts they show in
    rf"|(?:主要)?(?:体现|表现)在(?:以下|如下)?{COUNT.replace('?P<n>', '?P<n15>')}个?方面[：:]$"
    # 下面，我有三方面的想法跟大家交流一下： — the same 有, said by 我, with to whom and the verb after it
    rf"|我有{COUNT.replace('?P<n>', '?P<n11>')}(?:点|个?方面)的?(?:考虑|想法|意见|看法|体会|建议)"
    r"(?:和|与|同|跟|向)(?:大家|各位|同志们)[^。；！？]{0,6}?(?:交流|汇报|分享|探讨|沟通)"
    # 在开学之际送给大家三句话并与你们共勉！ — a gift of words to the audience needs no 我/下面 before it
    # (我想送给你们三个关于“坐标”的思考： — the gift's noun a thought, with what it is about)
    rf"|(?:送给|送|赠给|赠送给|寄语)(?:大家|同学们|你们|各位|老师们|同志们){COUNT.replace('?P<n>', '?P<n4>')}(?:(?<!几)句话|个词|个关键词|点希望|点建议"
    r"|个(?:关于[^。；！？]{1,12}的)?(?:思考|建议|希望|期望|嘱托|心得)|点(?:思考|期望|嘱托))"
    # 下面，我从四个方面谈一些想法 / 我就此分三个方面讲: the count before the verb
    # 我从三方面与大家交流一下自己的认识和体会: to whom, between the count and the verb
    # (我想就从这四个方面，跟大家分享一下我的感受。: the count pointed at with 这, a comma before to whom)
    # (我围绕三个方面同大家交流。: 围绕, the count before to whom and the verb, as 从 is — batch 53)
    rf"|(?:我|下面|接下来)[^。；！？]{{0,40}}?(?:从|分|围绕)(?:以下|这)?{COUNT.replace('?P<n>', '?P<n3>')}(?:个?方面|点|个问题)"
    # 我代表镇党委，从四个方面作表态发言: a pledge announced by its count; 下面我就从以下五个方面进行汇报
    # (下面，从四个方面向大会报告工作。: a work report's own announcement, to the congress or meeting it is made to)
    r"[，,]?\s*(?:(?:和|与|同|跟|向)(?:大家|各位|同志们|大会)[^。；！？]{0,4}?)?(?:进行)?(?:讲|谈|提|强调|说|交流|汇报|探讨|分享|表态|作(?:表态)?发言|报告工作)"
    # 接下来，我将从当前态势、风险防控、责任落实以及应急能力四个维度，阐述我的见解与要求: the parts named, then their count
    rf"|(?:我|下面|接下来)[^。；！？]{{0,12}}?从[^。；！？]{{2,60}}?{COUNT.replace('?P<n>', '?P<n14>')}个(?:维度|方面|层面)[，,]?\s*(?:来|进行)?(?:阐述|谈|讲|提出|说|部署|交流)"
    # 今天与各位坐在一起，结合学习和工作，谈两点体会，…: the speaker's own thoughts, announced in a clause of their own
    # (谈谈自己这段时间学习过程中的几点粗浅感悟和真切反思。: whose and when between the verb and the count)
    rf"|(?:^|[，,])谈(?:谈)?(?:(?:自己|个人|我)[^。；！？，,]{{0,16}}?的)?{COUNT.replace('?P<n>', '?P<n9>')}(?:点|个方面)(?:[\u4e00-\u9fff]{{0,4}}?)(?:体会|认识|感受|感悟|心得|感想|反思|思考)"
    # 就以下两个方面和大家进行交流 / 就三个问题向大家汇报 / 就五个方面的问题与大家共同探讨: the count, then to whom,
    # then the verb
    # (下面，我将就几个主要方面进行汇报。: a 述职's parts, to no one named, by 进行 and the verb)
    rf"|就(?:以下|如下|这)?{COUNT.replace('?P<n>', '?P<n6>')}(?:个?(?:主要)?方面|点|个问题)(?:的(?:问题|内容|情况))?[，,]?\s*(?:(?:和|与|同|跟|向)(?:大家|各位|同志们)"
    r"[^。；！？]{0,6}?|(?<=方面)进行)(?:交流|汇报|分享|谈|讲|沟通|探讨)"
    # 围绕这一主题，我概括为“三个必须”，和大家一起交流: the points named by a quoted slogan of their count
    # (去年的经验可以概括为“三个坚持” — a look back, said without 我 — is none)
    # (我要表达的心情，汇聚成了“三句话”：: the same, the count of sayings quoted)
    # (我们的主要做法是“四个到位”。: a speaker reporting his own work names its parts the same way)
    rf"|(?:我|下面)[^。；！？]{{0,20}}?(?:概括为|归纳为|总结为|归结为|概括起来是|归纳起来是|汇聚成了?|汇成了?|概括成|归纳成|(?<=的)(?:主要)?(?:做法|经验|举措)(?:是|为|就是))[“\"]{COUNT.replace('?P<n>', '?P<n12>')}(?:个[\u4e00-\u9fff]{{1,4}}|句话)[”\"]"
    # 我唯一的选择就是倾注全部的热情与心血，致力做到“三个一”：: what the speaker will hold to, named by a quoted slogan of
    # its count, the colon ending the paragraph (一是一心一意为民。… follow)
    rf"|我[^。；！？]{{0,60}}?(?:做到|坚持|践行|实现|把握)[“\"]{COUNT.replace('?P<n>', '?P<n16>')}个[\u4e00-\u9fff]{{1,4}}[”\"][：:]$"
    # …感受颇深，总结起来可以说是三感：感谢、感慨、感恩。: the speaker sums up what he has to say in a word of its count, then
    # names its parts (首先就是要感谢。… follows); the parts named are as many as the count
    rf"|(?:总结|概括|归纳)起来(?:可以说|就)?是{COUNT.replace('?P<n>', '?P<n17>')}[\u4e00-\u9fff][：:](?=[\u4e00-\u9fff]{{1,6}}(?:、[\u4e00-\u9fff]{{1,6}}){{1,9}}[。；]?$)"
    # 此时此刻，我要讲的主要是“三个全”：全面、全新、全力。 / 今天我要说的就是“两个心”：初心、恒心。: what the speaker
    # will say, named by a quoted word of its count, then its parts (第一.… 第二.… follow)
    rf"|(?:我|今天)[^。；！？]{{0,20}}?(?:讲|说|谈)的(?:主要|就)?(?:就)?是[“\"]{COUNT.replace('?P<n>', '?P<n23>')}个[\u4e00-\u9fff]{{1,2}}[”\"][：:](?=[\u4e00-\u9fff]{{1,6}}(?:、[\u4e00-\u9fff]{{1,6}}){{1,9}}[。；]?$)"
    # …会议精神，…县长对全县安全生产工作提出了“五个强化”。 / 一是强化思想意识。…: the requirements put forward under a slogan
    # of their count, at the end of what leads to them, relayed as the points of this speech
    rf"|提出了?[“\"]{COUNT.replace('?P<n>', '?P<n18>')}个[\u4e00-\u9fff]{{1,4}}[”\"][。：:]?$"
    # 今天这堂党课，主要围绕3个“li”（历、力、立）展开 / 主要围绕三个“字”展开：实、干、廉。 / 我想围绕两个关键词和大家交流:
    # what the speaker will speak about, counted in its key words (第一个关键字：… follows), with or without 我
    rf"|围绕(?:以下|这)?{COUNT.replace('?P<n>', '?P<n22>')}个(?:关键词|关键字|词|字|[“\"][^”\"。；！？]{{1,8}}[”\"])(?:[（(][^）)。；！？]{{1,16}}[)）])?"
    r"[，,]?\s*(?:来|进行)?(?:(?:和|与|同|跟|向)(?:大家|各位|同志们)[^。；！？]{0,4}?)?(?:展开|交流|分享|讲|谈|探讨)"
    # 今天，我想用三个词和大家交流：学习、实干、清廉。 / 我用三句话来概括: the speaker's words counted before the verb, with 用
    # (一、关于学习 / 二、关于实干 … follow, one point a word)
    rf"|(?:我|下面|接下来|今天)[^。；！？]{{0,20}}?用{COUNT.replace('?P<n>', '?P<n25>')}(?:个(?:关键词|词|字|短语)|(?<!几)句话)[，,]?\s*(?:来|进行)?"
    r"(?:(?:和|与|同|跟|向)(?:大家|各位|同志们|同学们|你们)[^。；！？]{0,4}?)?(?:交流|分享|讲|谈|概括|表达|说|共勉)"
    # 医院各项工作稳步推进，现从三个方面总结如下： — a report's own announcement of its parts (no 我, no 下面)
    rf"|现[^。；！？]{{0,12}}?从(?:以下)?{COUNT.replace('?P<n>', '?P<n10>')}个?方面(?:进行)?(?:总结|汇报|报告|回顾|述职)(?:如下)?"
)
# 讲几个问题。 — a sentence that is the announcement and nothing else (a transcript: no 我, no 下面)
_BARE_ANNOUNCE = re.compile(
    # (…与大家一起共同学习交流。讲三个方面的问题。: the parts' count with what they are — batch 55)
    rf"^(?:再|先|就)?(?:讲|谈|说)(?:以下)?{COUNT}(?:个问题|点意见|个方面(?:的(?:问题|内容|体会))?|点)[。：:]$"
    # …下一步，主要从以下几个方面做起： (batch 50): a pledge's count of what it will do, the colon over its parts
    rf"|从(?:以下|如下|这)?{COUNT.replace('?P<n>', '?P<n30>')}个?方面(?:做起|抓起|入手|着手|发力|努力|推进)[：:]$"
)
# 在这里，我想跟大家交流一下几点： / …致力做到“三个一”： / 我要借此机会提出个人几点浅见，与…共同勉励：: whatever the verb,
# a sentence in the speaker's voice that counts the parts of what he says and ends on a colon over them
_VOICED_COLON = re.compile(
    rf"(?:我|咱们|下面|接下来|在这里|借此)[^。；！？]{{0,60}}?{COUNT}(?:点|个?方面|个问题|条|件事|句话|层意思|个字|个[“\"]?[\u4e00-\u9fff]{{1,4}}[”\"]?)"
    r"[^。；！？：:]{0,20}[：:]$"
)
# 不如现在讲一点 (say a little), 我常说一句话 (a saying of the speaker's): no count of points.
_NOT_ANNOUNCING = re.compile(r"(?:常|总|老|经常|一直|时常)(?:讲|说|谈)(?:的)?一句话|(?:讲|谈|说)一点(?:儿)?(?=[，,。；！？]|$)")


def _counted(m: re.Match[str]) -> str:
    """The count an announcement said (whichever of its spellings matched: n, n2 … n22), or 几."""
    return next((v for k, v in m.groupdict().items() if v and re.fullmatch(r"n\d*", k)), "几")


class _Transition:
    """The announcement in a sentence: `_TRANSITION`, or a bare 讲几个问题。, less a speaker's saying or 讲一点 (a little)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        m = _TRANSITION_WORDS.search(text) or _BARE_ANNOUNCE.search(text) or _VOICED_COLON.search(text)
        m = m or told_count(text)  # 和你们分享我脑海中三幅…群像: pictures or stories, told in turn (ingest.stories)
        m = m or on_topic_count(text)  # …思考，就做好明年工作谈四点意见。 (ingest.ontopic, batch 56)
        m = m or count_first(text)  # 主要分六个方面来讲: the count before the verb, with 来 (ingest.countfirst)
        m = m or report_count(text)  # 下面我从三个方面把…情况作简要汇报。: the object before the verb (ingest.reportannounce)
        m = m or around_count(text)  # 围绕“强”“凝”“实”三个关键字进行汇报: the parts named in quotes, then counted (batch 64)
        m = m or survey_angles(text)  # 我们…重点从“在干什么、…”四个视角，审视…: a survey's angles (ingest.surveyangles)
        return None if m is None or _NOT_ANNOUNCING.search(text[m.start() : m.end() + 1]) else m


_TRANSITION = _Transition()
# 我就新学期的学习讲几个方面的希望，归结起来是三句话 / 提几点要求，也就是三个“学会”: the number said right after 几
_RESTATED = re.compile(r"[^。！？]{0,4}?[，,]\s*(?:归结起来|概括起来|归纳起来|总结起来|也就是|就是|即)(?:是|为|就是)?(?P<n>[一二两三四五六七八九十])(?:句话|个|点|条|项|方面)(?![^。！？，]{0,6}、)")
_ACK = re.compile(r"刚才|表示热烈的祝贺|表示衷心的感谢|表示崇高的敬意|我完全同意|受到表彰|受表彰|作了很好|的报告中|表示祝贺")
_MEETING = re.compile(r"(全[省市县区乡镇旗][^，。、；！？“”：]{2,24}?(?:会议|大会|座谈会|推进会|动员会))")
_EXHORT = re.compile(r"^谢谢(?:大家)?[！!。]?$|谢谢(?:大家)?[！!]$|^以上(?:几点)?(?:意见|所讲|讲的)|^(?:我)?(?:今天)?就讲(?:这些|这么多|到这里)|^最后[，,]?(?:预祝|衷心祝愿|祝愿|祝)|(?:不妥|不当|不对)(?:之处|的地方)[^。！？]{0,12}(?:批评)?指正|^(?:总之|总而言之|综上所述)[，,]|让我们|^祝[^。！？]{2,30}(?:圆满成功|身体健康|节日快乐|万事如意)|^(?:预祝|衷心祝愿|祝愿|祝)[^。！？]{2,40}[！!]$|作出新的更大贡献|作出新的贡献|作出应有贡献|作出更大贡献|新台阶|再创佳绩|努力奋斗|而努力|谱写|确保.{0,20}不发生"
    # 在新春佳节即将到来之际，…拜个早年，祝大家身体健康！ / …向全县干部群众致以新春的祝福！
    r"|祝(?:大家|各位|同志们|你们|全县|全市|全镇)[^。！？]{2,30}[！!]$|致以[^。！？]{0,16}(?:祝福|问候)[！!]$")


# 全省上下深入学习贯彻习近平总书记在…座谈会: a superior's meeting the speech studies, not its own.
_OTHERS_MEETING = re.compile(r"上下|学习|贯彻|落实|传达|总书记|中央")


def find_meeting(text: str, title: str = "") -> str:
    """The speech's own meeting named in `text`; when `text` names only meetings it studies, the one in `title`."""
    found = [m for m in _MEETING.finditer(text) if not _OTHERS_MEETING.search(m.group(1))]
    own = _MEETING.search(title) if title and found else None
    if own:  # 在全县防汛工作会议上: 刚才，省、市分别召开了全省、全市防汛工作电视电话会议 names the superiors' meetings
        found = [m for m in found if m.group(1)[1] == own.group(1)[1]] or found[:0]
        if not found:
            return own.group(1)
    m = next((m for m in found if not _studied(text, m.start())), None)
    if m is None and found:
        return find_meeting(title) if title else ""
    return m.group(1) if m else ""


def _studied(text: str, at: int) -> bool:
    """全面落实省党代会、全省经济工作会议…的部署要求: the clause names it after 落实/贯彻/传达, a meeting studied."""
    clause = re.split(r"[。！？；，,]", text[max(0, at - 40) : at])[-1]
    return bool(re.search(r"学习|贯彻|落实|传达|按照|根据", clause))


def outline_speech(paras: Sequence[Para]) -> Outline:
    """Structure of a speech's paragraphs (see the module docstring)."""
    paras = list(paras)
    warnings: list[str] = []
    pieces: list[Piece] = []
    title, byline, i = _title(paras)
    if title and i >= 2 and _page_lead(paras, i - 1) and paras[i - 1].text in byline:
        warnings.append(f"标题和称谓之间的一段（原文{paras[i - 1].where}）像网页的说明，放在页眉里，没有放进开头，请人工查看")
    if i < len(paras) and (is_salutation(paras[i].text) or _FIRST_VOCATIVE.match(paras[i].text)):
        text = paras[i].text[:-1] + "：" if paras[i].text[-1] in "！!" else paras[i].text  # 同志们！ opening a speech
        pieces.append(Piece(Role.SALUTATION, text, paras[i].line, f"称谓（原文{paras[i].where}）"))
        i += 1
    else:
        warnings.append("没有找到称谓（如“同志们：”）")
    body = paras[i:]
    sign = next((k for k in range(max(1, len(body) - 7), len(body)) if _SIGN_OFF.match(body[k].text)), None)
    body, sign_off = (body[:sign], body[sign:]) if sign else (body, [])  # 此致 / 敬礼！ / 校长 某某 / 日期: a letter's, never reused
    starts, style = point_starts(body)
    steps = agenda_steps(body) if not any(_TRANSITION.search(p.text) for p in body) else None
    steps = steps if steps and (not starts or body[starts[0]].line > steps[0][steps[1][0]].line) else None  # a list under an item is no point
    # 第一项是…；第二项由… / 下面，进行第一项议程： / 第一项，鸣炮奏乐: the order of business the chair calls, not points
    # (split49: collectors of batches 73, 75, 76, 77 and 81 each read a 主持词 so, 12 pages); only a chair who sets his
    # items out as the parts of his script (一、请…致辞 / 二、…) has them as points
    procedure = steps is not None and not all(_part_mark(steps[0][k].text) for k in steps[1])
    called: int | None = None  # where the chair's order of business begins: the opening runs up to it
    if steps and procedure:  # (a list numbered after the first item called is that item's: 执行主席 by sitting)
        body, called = steps[0], steps[1][0]  # (the items listed run in after the count: split off it, as for points)
        warnings.append(f"{PROCEDURE_NOTE}（原文{body[called].where}起）")
        steps, starts = None, []
    if steps:
        body, starts, style = steps[0], steps[1], "agenda"  # 一、请…致辞 / 二、…: a chair's items set out as parts (see agenda_steps)
    starts, cut = _one_series(body, starts, style, warnings)
    if starts and _announced_at_cut(body[:cut], starts):
        warnings.append(f"{OPENING_SERIES_NOTE}（原文{body[starts[0]].where}起）")
        starts = []
    if style == "plain":
        shown = "、".join(body[k].where for k in starts[:4])
        warnings.append(f"论点按不带编号的短标题识别（原文{shown}……），不能完全确定，请人工核对")
    body, tail = body[:cut], body[cut:]
    closing_at, divider = _closing_start(body, starts[-1] if starts else 0)
    body_end = divider if divider is not None else closing_at
    listed_end = steps[3] if steps and steps[3] is not None and steps[3] < body_end else None
    ran: list[Para] = []
    if listed_end is not None:  # 会议有两项议程：一是…；二是…。 / 下面，进行第一项，…: the items listed, then the meeting run
        body_end, ran = listed_end, body[listed_end:body_end]
    pre_end = starts[0] if starts else called if called is not None and called < body_end else _preamble_end(body, body_end)
    intro, announced = _preamble(body[:pre_end], warnings)
    if steps:  # the agenda's count is the announcement (会议的议程有三项。), not a missing 讲几点意见
        announced = steps[2]
        warnings[:] = [w for w in warnings if not w.startswith("没有找到宣布讲几点意见")]
        warnings.append(f"{AGENDA_NOTE}的{count_text(len(starts))}项读作论点（原文{body[starts[0]].where}起），请人工核对")
    pieces += intro
    points, others = collect_points(body, starts, body_end, style, warnings)
    pieces += others
    if listed_end is not None and ran:
        pieces.append(make_piece(Role.OTHER, ran, "议程进行中的主持词"))
    if procedure:  # (a chair announces no points: no missing 讲几点意见 either)
        warnings[:] = [w for w in warnings if not w.startswith("没有找到宣布讲几点意见")]
    if not starts and pre_end < body_end and procedure:
        pieces.append(make_piece(Role.OTHER, body[pre_end:body_end], "主持词的议程和串词"))
    elif not starts and pre_end < body_end:
        pieces.append(make_piece(Role.OTHER, body[pre_end:body_end], "正文（未找到论点）"))
        warnings.append(f"没有找到编号或带小标题的论点：正文（原文{span_of(body[pre_end:body_end])}）作为 other 保留，请人工拆分")
    if divider is not None:
        pieces.append(make_piece(Role.OTHER, body[divider : divider + 1], "分隔"))
        warnings.append(f"原文{body[divider].where}“{body[divider].text}”在讲话中间用作分隔，不作称谓")
    if closing_at < len(body):
        closing = body[closing_at:]
        pieces.append(make_piece(Role.CLOSING, closing, "结尾"))
    else:
        warnings.append("没有找到结束语（可能是不完整的副本）")
    if sign_off:
        pieces.append(make_piece(Role.OTHER, sign_off, "书信的落款"))
    if tail:
        pieces.append(make_piece(Role.OTHER, tail, "论点之后另一组编号"))
    meeting = find_meeting("".join(p.text for p in body[:3]), title)
    if not title and meeting:
        title = f"在{meeting}上的讲话"
    _check_count(announced, points, warnings)
    derived = bool(title) and not _had_title(paras)
    return Outline(title, derived, meeting, byline, tuple(pieces), tuple(points), announced, tuple(warnings))


# 同志们！ / 同志们，朋友们！ on the line right under the title: the 称谓, said as a call (mid-speech it divides).
_FIRST_VOCATIVE = re.compile(r"^(?:[^。！？：:，,]{0,12}(?:同志|朋友|老师|同学|代表|来宾|乡亲|委员)们?[，,、]?){1,3}[！!]$")


def _part_mark(text: str) -> bool:
    """一、请…致辞: an item the chair numbers as a part of his script (not 1、 or 第一项, the order of business called)."""
    head = match_point_heading(text)
    return head is not None and head[0] == 1 and head[2].endswith("、")


# The warning of an outline whose points are a 主持词's agenda items (fragments marks them specific: a chair's items).
AGENDA_NOTE = "主持词：按会议议程"
# The warning of a 主持词 whose agenda is the order of business it calls, read as no points.
PROCEDURE_NOTE = "主持词：议程各项是会议的程序，不读作论点"


# 会议议程 / 附件：… — a label over a list that is not the speech's points.
_LIST_LABEL = re.compile(r"^(?:会议)?(?:议程|日程|程序|安排)[：:]?$|^附件\s*\d*[：:]?|^(?:相关链接|相关阅读|延伸阅读)")


# A cut page's last words announce the points (下面，我主要讲三个方面的问题：) after a counted series the opening gave
# (主要有三层意思：第一层意思，… / 第二层意思，… / 第三层意思，…): the series is the opening's, the points were cut off.
OPENING_SERIES_NOTE = "网页在宣布论点之后就断了：前面的一组（开头讲的几层意思等）不作为论点"
# what may stand after the announcement on the page's last line: its colon or stop
_AFTER_ANNOUNCEMENT_MAX = 2
_RUNNING_ITEM_MIN = 40


def _announced_at_cut(body: Sequence[Para], starts: Sequence[int]) -> bool:
    """Whether the body's last paragraph ends on an announcement of points, under (or after) every point read: a page
    cut right after 下面，我讲三点意见： (ingest53). A speech that announces its points and lists them has them below."""
    if not body or starts[-1] > len(body) - 1:
        return False
    last = body[-1].text.rstrip()
    sentence = re.split(r"(?<=[。！？；])", last.rstrip("。！？；"))[-1]
    m = _TRANSITION.search(sentence)
    if m is None or len(sentence) - m.end() > _AFTER_ANNOUNCEMENT_MAX + 10 or not re.search(r"下面|接下来|现在", sentence):
        return False
    if len(body) - 1 <= starts[0] or re.search(r"[：:]\s*一是|[：:]\s*第一", sentence):
        return False
    # (the series announced on its own above it, 主要有三层意思：, or opening the body under the page's head, each item
    # running text, 第一层意思，“…”。…: an opening's list; a heading 一、 on its line is a point, whatever the last words)
    running = all(len(body[k].text) >= _RUNNING_ITEM_MIN and re.search(r"[。！？]", body[k].text) for k in starts)
    return running and (starts[0] == 0 or _TRANSITION.search(body[starts[0] - 1].text) is not None)


def _one_series(body: list[Para], starts: list[int], style: str, warnings: list[str]) -> tuple[list[int], int]:
    """When the numbering starts again at 一 (a look-back numbered before 下面我讲三点意见, or a 会议议程
    after the closing), keep the one series that is the speech's points; return it and where the body ends.
    Unsure which it is, keep them all and say so."""
    if not style.startswith(("h", "r")) or len(starts) < 2:
        return starts, len(body)
    runs: list[list[int]] = []
    for i in starts:
        if (style_of(body[i].text) or ("", 0))[1] == 1 or not runs:
            runs.append([])
        runs[-1].append(i)
    if len(runs) < 2:
        return starts, len(body)
    if style.startswith("r") and any(_TRANSITION.search(p.text) for p in body[: runs[0][0]]):
        return starts, len(body)  # 一是… points after 下面讲两点意见。, one holding 做到以下三点：一是…: not a look-back
    if _previewed(body, runs[0], runs[1]):
        # 下边主要讲三个问题： / （一）…； / （二）…； / （三）…。 / （一）…。这个问题…: the list the announcement reads out, then
        # the points under the same headings (ingest53)
        warnings.append(f"{PREVIEW_NOTE}（原文{body[runs[0][0]].where}起）")
        return _one_series(body, [i for run in runs[1:] for i in run], style, warnings)
    for k in range(len(runs) - 1, 0, -1):  # the series announced right before it (下面，我讲三点意见。)
        gap = body[max(runs[k - 1][-1] + 1, runs[k][0] - 2) : runs[k][0]]
        if any(EXTRA.match(p.text) for p in gap):  # 最后，我再强调三点：一、…: an extra list after the points
            return _one_series(body, [i for run in runs[:k] for i in run], style, warnings)[0], len(body)
        if any(_TRANSITION.search(p.text) for p in gap):
            where = "、".join(body[r[0]].where for r in runs[:k])
            warnings.append(f"原文{where}起的编号在宣布论点之前（回顾等），不作为论点")
            return _cut_after(body, runs, k, warnings)
    label = next((k for k in range(1, len(runs)) if _closes_series(body, runs[k][0])), None)
    if label is not None:
        return _cut_after(body, runs, label - 1, warnings)
    shown = "、".join(body[r[0]].where for r in runs)
    warnings.append(f"论点编号几次从“一”重新开始（原文{shown}），不能确定哪一组是讲话的论点，请人工查看")
    return starts, len(body)


def _closes_series(body: list[Para], at: int) -> bool:
    """The paragraph before a new 一、 is a list label (会议议程) or the speech's closing words."""
    before = body[at - 1].text if at else ""
    return bool(_LIST_LABEL.match(before) or VOCATIVE.match(before) or (CLOSING_START.match(before) and _EXHORT.search(before)))


PREVIEW_NOTE = "宣布论点后先列出的一组标题（与后面论点的标题相同）是目录，不作为论点"
_PREVIEW_KEY = 6


def _heading_key(text: str) -> str:
    return re.sub(r"^\s*[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*", "", text)[:_PREVIEW_KEY]


def _previewed(body: list[Para], first: list[int], second: list[int]) -> bool:
    """The first run lists, each item a line of its own ending on ；/。 and no longer than a heading, the headings the
    second run then opens its points on: the announcement's list of what it will speak of, not points."""
    short = all(len(body[i].text) <= 40 and body[i].text.rstrip()[-1:] in "；;。" for i in first)
    key = _heading_key(body[first[0]].text)
    return short and len(key) == _PREVIEW_KEY and _heading_key(body[second[0]].text) == key


def _cut_after(body: list[Para], runs: list[list[int]], k: int, warnings: list[str]) -> tuple[list[int], int]:
    if k + 1 >= len(runs):
        return runs[k], len(body)
    cut = runs[k + 1][0]
    if cut and _LIST_LABEL.match(body[cut - 1].text):
        cut -= 1
    warnings.append(f"原文{body[cut].where}起另有一组编号（会议议程、附件等），不作为论点，作为 other 保留")
    return runs[k], cut


def _had_title(paras: list[Para]) -> bool:
    return _title_at(paras) is not None


# (一、2025年重点工作推进情况 / （一）红色旅游提质升级成效显著 / …: the contents with the parts' sub-headings too)
_OUTLINE_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])[^。！？，,：:]{2,20}$")


def _title_at(paras: list[Para]) -> int | None:
    """Index of the title: the first paragraph, or one under a few short header lines (a site's
    column name, a collection's title) — never after running text."""
    run = next((j for j, p in enumerate(paras) if not _OUTLINE_LINE.match(p.text)), len(paras))
    if run >= 2 and paras[0].text.startswith("一") and run < len(paras) and is_title(paras[run]) and not is_salutation(paras[run].text):
        return run  # 一、回顾过去 / 二、研判形势 / … / 在…会议上的讲话: the page's outline of the points, set over the title
    if opens_on_first_part(paras):
        return None  # 一、上半年工作总结 / 1、…: the first part of a report whose title the copy lost (batch 62)
    for j, para in enumerate(paras[:3]):
        if j and match_heading(para.text):
            return None  # 2027年以来，…取得了新的成效。 / 一、2027年上半年工作总结: the first part's heading under the opening
        if is_title(para) and not is_salutation(para.text):
            return j
        if not _is_header(para.text) or is_salutation(para.text):
            return None
    return None


# 党课讲稿 党课讲稿：中国共产党的精神力量: a page's column label run into a title that opens with the same words
_DOUBLED_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*\1(?=[：:])")


# 两篇第二批主题教育专题党课 / 党课讲稿（精选5篇） / 开学典礼致辞3篇: a collection page's headline, counting its pieces
_COLLECTION_HEADLINE = re.compile(r"^(?:[两二三四五六七八九十]|\d{1,2})篇|(?:[（(]|精选|汇编|合集)\s*(?:[两二三四五六七八九十]|\d{1,2})篇|\d{1,2}篇[)）]?$")


def _piece_title(paras: list[Para], i: int) -> int | None:
    """Under a collection page's headline, the index of the first piece's title: the short line right under its
    number (第1篇： / 篇一, which splitting the page may have taken out), within the few header lines below the
    headline, with running text or a 称谓 under it; else None."""
    for j in range(i, min(len(paras) - 1, i + 4)):
        text = paras[j].text
        if paras[j].divider:
            continue
        if len(text) <= 40 and not re.search(r"[。！？；，,：:\d]", text) and not is_salutation(text):
            after = paras[j + 1].text
            if is_salutation(after) or len(after) >= 40 or re.search(r"[。！？]", after):
                return j
        if not _is_header(text):
            return None
    return None


def _title(paras: list[Para]) -> tuple[str, str, int]:
    """Title, the header lines around it (speaker, date, ——subtitle, a web page's repeats), first body index."""
    i, title, header = 0, "", []
    lead = _title_at(paras)
    if lead is not None:
        title, header, i = _DOUBLED_LABEL.sub(r"\1", _PIECE_NUMBER.sub("", paras[lead].text)), [p.text for p in paras[:lead]], lead + 1
        if title.startswith("——") and header:  # 深化改革 全面提升教育发展水平 / ——在……会议上的报告
            title, header = header[-1], [*header[:-1], title]
        piece = _piece_title(paras, i) if _COLLECTION_HEADLINE.search(title) else None
        broken = _broken_title(paras, i)
        if piece is not None:  # 两篇…专题党课 / 网友发表时间… / 第1篇： / 建强战斗堡垒 夯实发展根基: the piece's own title
            header, i = [*header, title, *(p.text for p in paras[i:piece])], piece + 1
            title = paras[piece].text
        elif broken:  # a piece heading, then the speech's own title broken over two lines
            title, header, i = broken, [*header, title], i + 2
        elif (
            i < len(paras) and is_title(paras[i]) and paras[i].text.startswith(("在", "于"))
            and not title.startswith(("在", "于")) and len(paras[i].text) > len(title) and title[:6] in paras[i].text
        ):  # fmt: skip
            title, header, i = paras[i].text, [*header, title], i + 1  # 第一篇：…大会上的讲话 / 在全区…大会暨…活动上的讲话 (joined)
        elif _LABEL_TITLE.fullmatch(title) and i < len(paras) and is_title(paras[i]) and paras[i].text.startswith(("在", "于")):
            title, header, i = paras[i].text, [*header, title], i + 1  # 部长讲话 / 在全县宣传工作会议上的讲话: a link's label over the title
        elif len(title) <= 5 and i < len(paras) and is_title(paras[i]) and len(paras[i].text) > len(title) and paras[i].text.endswith(title):
            title, header, i = paras[i].text, [*header, title], i + 1  # 主持词 / 七一表彰大会主持词: the page's genre label over the title
    if lead is None and len(paras) > 1 and part_label(paras[0].text):
        title, i = part_label(paras[0].text), 1  # ●结束语： over the host's closing words: the part's name, no opening of its own
    elif lead is None and len(paras) > 1 and _DATE_LINE.match(paras[0].text):
        header, i = [paras[0].text], 1  # （2014年2月19日） over an untitled excerpt: the date, not the opening
    k = next((j for j in range(i, min(len(paras), i + 10)) if is_salutation(paras[j].text)), None)
    if title and k == i + 1 and _page_lead(paras, i):
        # 校长在…典礼上的讲话。金秋九月，…师生们朗诵了…。 / 老师们、同学们：: one paragraph between the title and the
        # 称谓 is the page's lead (a caption), not the speaker's opening
        return title, "\n".join([*header, paras[i].text]), k
    if k is not None and k > i and (all(_is_header(p.text) or _headline(p.text) for p in paras[i:k]) or _announced_speaker(paras, i, k)):
        if not title and k - i == 1 and _BOOK_TITLE.match(paras[i].text):
            title, i = paras[i].text[1:-1], i + 1  # 《珍爱生命，远离溺水》 over the 称谓: a pupil's talk named by its theme
        named = [j for j in range(i + 1, k) if _SPEECH_NAMED.search(paras[j].text)] if not title and k - i >= 3 else []
        if named and not _SPEECH_NAMED.search(paras[i].text):
            # 姚某主委赴某区调研 / 张某出席…研讨会 / … / 2017年度参政议政培训班会员发言——宋某 over the 称谓: a site's list
            # of news links, then the speech's own title (the line naming a 发言 or 讲话), not the first link
            j = named[-1]
            return paras[j].text, "\n".join([*header, *(p.text for p in paras[i:j]), *(p.text for p in paras[j + 1 : k])]), k
        if not title and k - i >= 2 and _is_header(paras[i].text) and len(paras[i].text) <= 80:
            title, i = paras[i].text, i + 1
            tail = paras[i].text if i < k else ""
            if not _TITLE_REST.match(title) and len(tail) <= 12 and _TITLE_REST.match(title + tail):
                title, i = title + tail, i + 1  # 在……动员大会上的 / 讲话: a title broken before its last word
        return title, "\n".join([*header, *(p.text for p in paras[i:k])]), k
    if title:  # no 称谓: the speaker and date lines under the title, up to the first running text
        j = i
        while j < min(len(paras), i + 3) and (_is_byline(paras[j].text) or (j == i and _BARE_NAME.match(paras[j].text))):
            j += 1  # 大江东去 right under the title: the author's (pen) name over the text
        if j < len(paras) and j > i and not _is_header(paras[j].text):
            header, i = [*header, *(p.text for p in paras[i:j])], j
    return title, "\n".join(header), i


_BOOK_TITLE = re.compile(r"^《[^《》]{2,38}》$")
# …培训班会员发言——宋某 / 在…会议上的讲话: a header line that names a speech (its speaker after a dash or none)
_SPEECH_NAMED = re.compile(r"(?:讲话|发言|致辞|讲话稿|发言稿|致辞稿)(?:——[\u4e00-\u9fff·]{2,6})?$")


# 全县…工作会，校长讲话：“再穷不能穷教育”全县老师都沉默了！: a page's headline over the 称谓 (it names the speech)
# 最新高考百日誓师大会校长发言稿如何写？: a question-and-answer page's question over the answer's 称谓 (a headline too)
_HEADLINE = re.compile(r"^[^。！？]{6,70}(?:讲话|致辞|发言|寄语)[^。！？]{0,40}[！!]$|^[^。！？]{6,70}(?:讲话|致辞|发言|寄语)[^。！？]{0,8}(?:如何写|怎么写|怎样写|写法怎么样|写法|范文)[？?]$")


def _headline(text: str) -> bool:
    return bool(_HEADLINE.match(text))


def _page_lead(paras: list[Para], at: int) -> bool:
    """One paragraph of running text (not a header line) right over the 称谓: a page's caption."""
    return at + 1 < len(paras) and is_salutation(paras[at + 1].text) and len(paras[at].text) <= 200 and not _is_header(paras[at].text)


# 高一新生开学典礼校长的发言稿1 / …致辞稿篇2: a collection page numbers its pieces after the title word.
_PIECE_NUMBER = re.compile(
    r"(?<=[稿词话言辞])\s*篇?\s*\d{1,2}$|(?<=总结|计划|思路|打算)范文$"  # …工作计划范文: the site's label
    r"|(?<=报告)(?:范文)?(?:【[^】]{1,12}】|\s*篇\s*[一二三四五六七八九十\d]{1,2})?$"  # 述职报告范文【经典3篇】
    r"|\s*[（(]\d{3,5}字[)）]$"  # …调度会上的讲话(3205字): a document site's count of the characters (batch 53)
)
_DATE_LINE = re.compile(r"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$")
# 水利部部长讲话 / 领导讲话: a short label (a link or a column left over the page's own title)
_LABEL_TITLE = re.compile(r"[^在于。！？，：:]{2,10}讲话")
_TITLE_HALF = re.compile(r"^在[^。！？，：:]{4,40}$")
_TITLE_REST = re.compile(r"^[^。！？，：:]{2,40}(?:讲话|致辞|发言)$")


def _broken_title(paras: list[Para], i: int) -> str:
    """在全区纪念……大会 / 暨……活动上的讲话: the lines at `i` are one title broken in two."""
    if i + 1 >= len(paras) or not _TITLE_HALF.match(paras[i].text) or _TITLE_REST.match(paras[i].text):
        return ""
    return paras[i].text + paras[i + 1].text if _TITLE_REST.match(paras[i + 1].text) else ""


# 全国政协主席王沪宁： / [某某某] / □某某某 / 【某某某】: the speaker named on a line of its own over the 称谓.
_SPEAKER_LINE = re.compile(
    r"^[^。！？，：:]{2,24}[：:]$|^[\[【□■]\s*[\u4e00-\u9fff·]{2,8}\s*[\]】]?$"
    # 一、省某某厅副厅长某某发布：《…》出台有关情况。 — a press conference's transcript naming its next speaker
    r"|^(?:[一二三四五六七八九十]{1,2}、)?[^。！？：:]{2,40}(?:发布|介绍|通报|答问|答记者问)[：:][^。！？]{2,90}。?$"
)


def _announced_speaker(paras: list[Para], i: int, k: int) -> bool:
    """A news page's lead, then 全国政协主席王沪宁： and the speech's own 称谓: the lead is a header."""
    return k - i <= 3 and bool(_SPEAKER_LINE.match(paras[k - 1].text)) and not is_salutation(paras[k - 1].text)


_BYLINE = re.compile(
    r"\d|[年月日（()）]|——|书记|[省市县区镇乡州旗盟]长|主任|主席|[局校院行部厅]长|委员长|董事长|经理|同志|讲话|党课|录音|审核"
)


# A bare name of two to six characters alone on its line, the first line under a title with no 称谓.
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


def _is_byline(text: str) -> bool:
    """A speaker, date or note line (市长 ×××, （2026年3月2日）, ——在……会议上), not a point heading."""
    return _is_header(text) and not match_heading(text) and not is_salutation(text) and bool(_BYLINE.search(text))


def _is_header(text: str) -> bool:
    """A short line without a full stop: speaker, date, subtitle, a table-of-contents entry."""
    return len(text) <= 80 and not re.search(r"[。！？]", text.rstrip("。"))


# ---------------------------------------------------------------- preamble


def _preamble(paras: list[Para], warnings: list[str]) -> tuple[list[Piece], int | str | None]:
    """Opening, acknowledgement and transition, sentence by sentence."""
    roles: dict[Role, list[tuple[str, int]]] = {Role.OPENING: [], Role.ACKNOWLEDGEMENT: [], Role.TRANSITION: []}
    others: list[Piece] = []
    between: list[Piece] = []
    state, announced = Role.OPENING, None
    # Only the last announcement before the first point is the transition: an earlier one
    # (对这些成果，我提三点要求：一是…) is part of the acknowledgement.
    last = _last_transition(paras)
    before = ""
    for para in paras:
        parts: dict[Role, str] = {}
        listed = before.endswith(("；", ";"))  # 刚才，…；/ 市里的同志…；/ 会上还…: one list of what the meeting did
        before = para.text
        if state == Role.ACKNOWLEDGEMENT and not (_ACK.search(para.text) or _TRANSITION.search(para.text) or listed):
            # The acknowledgement ends with its paragraph: what follows (形势, 背景) is not praise.
            between.append(Piece(Role.OTHER, para.text, para.line, f"肯定报告之后的形势分析（原文{para.where}）"))
            continue
        for sentence in split_sentences(para.text):
            if state == Role.TRANSITION:
                others.append(Piece(Role.OTHER, sentence, para.line, f"过渡语之后（原文{para.where}）"))
                continue
            m = _TRANSITION.search(sentence) if (para.line, sentence) == last else None
            if m:
                state, announced = Role.TRANSITION, parse_count(_counted(m))
                said = _RESTATED.match(sentence, m.end()) if announced == "几" else None
                announced = parse_count(said.group("n")) if said else announced
                announced = _named_words(sentence, m, announced)
            elif state == Role.OPENING and _ACK.search(sentence):
                state = Role.ACKNOWLEDGEMENT
            parts[state] = parts.get(state, "") + sentence
        for role, text in parts.items():
            roles[role].append((text, para.line))
    pieces = [
        Piece(role, "\n\n".join(t for t, _ in items), items[0][1], f"{_ROLE_LABEL[role]}（原文第{items[0][1]}行起）")
        for role, items in roles.items() if items
    ]  # fmt: skip
    if not roles[Role.TRANSITION]:
        warnings.append("没有找到宣布讲几点意见的过渡语（如“下面，我讲三点意见。”）")
    for other in between:
        warnings.append(f"原文第{other.line}行：肯定报告之后、过渡语之前的文字（形势分析等）不并入肯定报告，作为 other 保留")
    for other in others:
        warnings.append(f"{other.where}：过渡语之后、第一点之前的文字无法归类，作为 other 保留")
    return pieces + between + others, announced


# 分享六个字：“奋斗”“服务”“改革”。: the characters counted, then the words they make, each quoted
_QUOTED_WORD = re.compile(r"[“\"]([\u4e00-\u9fff]{1,8})[”\"]")


def _named_words(sentence: str, m: re.Match[str], announced: int | str | None) -> int | str | None:
    """The count of the words named after an announced count of characters (六个字：“奋斗”“服务”“改革” is three words, one
    point each), when the quoted words use up exactly the characters counted; else the count as announced."""
    if not isinstance(announced, int) or not m.group(0).endswith("个字"):
        return announced
    rest = sentence[m.end() :].lstrip()
    if not rest.startswith(("：", ":")):
        return announced
    words = _QUOTED_WORD.findall(rest)
    return len(words) if len(words) >= 2 and sum(map(len, words)) == announced else announced


def _last_transition(paras: list[Para]) -> tuple[int, str] | None:
    found = [(p.line, s) for p in paras for s in split_sentences(p.text) if _TRANSITION.search(s) and _said_here(paras, p, s)]
    return found[-1] if found else None


def _said_here(paras: list[Para], para: Para, sentence: str) -> bool:
    """A slogan someone else put forward (县长提出了“五个强化”。) announces this speech's points only as the last words
    before them (the paragraph right over 一是…, ending on it); earlier, it is what was said elsewhere."""
    m = _TRANSITION.search(sentence)
    if m is None or not m.groupdict().get("n18"):
        return True
    return para is paras[-1] and para.text.rstrip().endswith(sentence.rstrip())


_ROLE_LABEL = {Role.OPENING: "开头", Role.ACKNOWLEDGEMENT: "肯定报告与祝贺", Role.TRANSITION: "过渡语"}


def _check_count(announced: int | str | None, points: list[Point], warnings: list[str]) -> None:
    if not points and any(w.startswith(OPENING_SERIES_NOTE) for w in warnings):
        return  # (the page was cut right after the announcement: no point of it here to count, said already)
    if isinstance(announced, int) and announced != len(points):
        warnings.append(f"宣布讲{count_text(announced)}点意见，实际有{count_text(len(points))}点")


# ---------------------------------------------------------------- points


def _closing_start(body: list[Para], last_start: int) -> tuple[int, int | None]:
    """Index of the first closing paragraph (len(body) when none) and of a 同志们： divider before it."""
    n = len(body)
    first = max(last_start + 1, n - 3)
    cut = n > 0 and body[-1].text[-1:] not in "。！？!?”’」…."
    for k in range(first, n):
        text = body[k].text
        if is_salutation(text) and k + 1 < n and _ends_exhorting(body[k + 1 :]):
            return k + 1, k
        vocative = text.startswith(("同志们，", "同志们！", "同志们,", "同学们，", "老师们，"))
        if vocative and text[-1:] in "：:" and _TRANSITION.search(text):
            continue  # 同志们，…我讲三句话，与大家共勉： — announces what follows (a paywall hid it), no closing
        if (vocative and not cut) or (CLOSING_START.match(text) and _EXHORT.search(text)):
            return k, None  # a copy cut mid-sentence: its last 同志们，… may open a section, not the closing
        if VOCATIVE.match(text) and k + 1 < n:
            return k, None
    if n > last_start + 1 and _ends_exhorting(body[-1:]) and not style_of(body[-1].text):
        return n - 1, None
    return n, None


_SIGN_OFF = re.compile(r"^此致[，,。]?(?:\s*敬礼[！!。]?)?$")


def _ends_exhorting(paras: list[Para]) -> bool:
    last = paras[-1].text
    return len(paras) <= 2 and bool(_EXHORT.search(last)) and last[-1] in "！!。"


def _preamble_end(body: list[Para], end: int) -> int:
    """Without points, the preamble runs to the paragraph of the transition (or of the acknowledgement)."""
    head = body[: min(end, 12)]
    for k, para in enumerate(head):
        if _TRANSITION.search(para.text):
            return k + 1
    acks = [k for k, para in enumerate(head) if _ACK.search(para.text)]
    return min(end, (acks[-1] + 1) if acks else 1)


