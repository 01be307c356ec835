"""Split a cleaned file into documents, tell their kind, and find duplicates.

A collection heading (……篇二), a new title line, or a new 称谓 followed by an
opening (今天，我们召开……) after some body text starts a new document.
Documents are numbered in order of appearance: `<file-stem-slug>-<NN>`.
"""

from __future__ import annotations

import os
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from drafter.ingest.appended import cut_before, dated_item_after_cut
from drafter.ingest.boundary import boundary_evidence, dated_lead, is_addressee_line
from drafter.ingest.bulleted import next_bulleted_item
from drafter.ingest.calledspeech import called_speech, opens_on_the_hall
from drafter.ingest.channels import attachment_issued, place_headline
from drafter.ingest.clean import HOWTO_TITLE, RELATED_HEAD, Para
from drafter.ingest.congressreport import congress_report
from drafter.ingest.cutopening import opening_after_cut
from drafter.ingest.entities import SURNAME_CHARS
from drafter.ingest.firstpart import opens_on_first_part
from drafter.ingest.frames import (
    LETTER_GENRES,
    held_headline,
    letter_frame,
    says_i,
    signed_block,
    told_event,
    told_meeting,
)
from drafter.ingest.genrepieces import event_news, named_attachments, news_scrap, next_piece
from drafter.ingest.genres import genre_of, is_gathered, is_greeting, run_in_letter_title
from drafter.ingest.headlinelead import headline_after_cut
from drafter.ingest.lastpage import after_last_page, opening_pieces
from drafter.ingest.namedreport import tells_of_quoted
from drafter.ingest.nextitem import body_then_day, headline_over_lead, next_news_item
from drafter.ingest.numbereditems import next_numbered_item
from drafter.ingest.otherpage import headline_again, next_page
from drafter.ingest.ownwork import own_work_lead
from drafter.ingest.partlines import part_under_hand_over
from drafter.ingest.presslead import press_lead
from drafter.ingest.quotedlead import quoted_news_lead
from drafter.ingest.reportedcut import told_after_cut, told_remarks
from drafter.ingest.seams import at_seam, closed, closes_again, host_script, opens_frame
from drafter.ingest.selfcheck import self_examination
from drafter.ingest.signedpiece import SIGNED_MIN, signed_off
from drafter.ingest.storyheads import story_goes_on, story_news
from drafter.ingest.tocrows import contents_rows
from drafter.ingest.toldmeeting import item_after_footer, meeting_told
from drafter.ingest.workpoints import work_points
from drafter.structure import match_heading
from drafter.text import count_han, split_sentences

_SALUTATION = re.compile(
    r"^[^。！？，]{0,30}(同志|领导|来宾|代表|朋友|各位|老师|同学|嘉宾|家长|乡亲|校友|姐妹|队员|老師|同學|領導|來賓)[^。！？，]{0,20}[：:]$"
)
_OPENING = re.compile(r"今天|今日|这次|此次|本次|召开|隆重|刚才")
_MEETING_OPENING = re.compile(r"召开|隆重|举行|举办|相聚|欢聚|聚集|会议|大会|典礼|仪式|座谈|开幕|闭幕|开学|庆祝|纪念|表彰|在这里")
_CLOSING_WISH = re.compile(r"谢谢|祝|努力|奋斗|贡献|胜利|成功|前进|快乐|健康|如意|幸福|圆满|加油|辉煌|明天|篇章|新台阶|佳绩|更大")
_AFTER_CLOSING = re.compile(r"[！!]$|贡献。?$|新台阶。?$|谢谢大家。?$|努力奋斗。?$")
# A title may carry a note (（摘要）, （录音整理稿）) or be a 工作报告.
# （摘要） （征求意见稿） …, and a 范文 site's collection label （精选多篇） （通用5篇）
_TITLE_NOTE = (
    r"(?:\s*[（(](?:摘要|节选|录音整理稿?|根据录音整理|发言稿|讨论稿|征求意见稿|送审稿|全文|讲话全文|讲话稿|定稿|修改稿|初稿"
    r"|(?:精选|通用|优选)(?:多|\d{1,2})篇"
    r"|\d{3,5}字)[)）])?"  # …调度会上的讲话(3205字): a document site's count of the characters (batch 53)
)
_TITLE = re.compile(
    rf"^(?:在|于)[^。！？：；]{{2,70}}(?:讲话|发言|致辞|讲话稿|讲话提纲|讲话纲要|报告|(?:讲话|发言|讲话发言)材料){_TITLE_NOTE}(?:范文)?$"  # …上的讲话范文: a 范文 site's label
    rf"|^[^。！？：；，]{{2,50}}(?:讲话|(?:讲话|发言|致辞)(?:摘要|要点|摘编|摘登|节选)|致辞|讲话稿|講話稿?|致詞|致词|演讲辞|演讲词|工作报告|报告|党课讲稿|党课|主持词|主持稿|(?:讲话|发言|讲话发言)材料|发言稿|致辞稿|(?:讲话|发言)(?:提纲|纲要)|(?:会|会上|会议上?|上的|典礼|仪式|幕式)发言|开幕词|闭幕词|贺词|献词|欢迎词|答谢词|演讲稿|宣讲稿|宣讲提纲|开场白|表态发言|(?<![请由])代表发言|(?<![作了和])(?:交流|研讨)发言|(?:部署|动员)稿){_TITLE_NOTE}(?:范文)?"
    r"(?:\s*篇?\s*\d{1,2}|[（(][\d一二三四五六七八九十]{1,2}[)）][:：]?)?$"
    # (2021年党课讲稿范文：… / 主题党日专题党课讲稿系列：… / 讲话稿精选：…: a site's label between the genre and the topic)
    r"|^[^。！？：；，]{0,12}(?:党课(?:讲稿|讲义|提纲)?|(?:讲话|发言|演讲|宣讲|致辞)稿)(?:范文|系列|精选|大全|合集|汇编|模板|专辑)?(?:[：:]|\s*[-—－]{1,2}\s*)[^。！？：；]{4,40}?(?:[（(](?:精选文档|精选|全文|完整版)[)）])?$"
    r"|^关于[^。！？：；，]{2,50}的(?:汇报|报告|(?:调查|调研)(?:与|和)(?:思考|对策|建议))$"  # 关于全镇安全生产工作情况的汇报
    # 甘肃省省长：在省政府第七次全体会议上的讲话 / 区委书记:在…会议上的讲话: a mirror's headline, the speaker's office before a
    # colon (batch 54; not a site's label 范文中心：在…上的讲话, whose name is no office)
    r"|^[^。！？：:；，,\s]{0,14}(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|书记|主任|局长|部长|厅长|处长|主席|校长|院长|行长|董事长"
    r"|总经理|理事长|委员|常委|同志)[：:]\s*(?:在|于)[^。！？：:；]{2,70}上的(?:讲话|发言|致辞|讲话稿|报告)$"
    # 科局局长述职报告范文【经典3篇】 / …述职报告范文 篇一: a 述职报告 under a collection page's label
    r"|^[^。！？：；，]{2,40}述(?:职|廉|责)[^。！？：；，]{0,6}报告(?:范文)?(?:【[^】]{1,12}】|\s*篇\s*[一二三四五六七八九十\d]{1,2}|[（(][^）)]{1,10}[)）])?$"
    # 街道2026年工作总结和2027年工作计划 / 县民政局2026年工作要点 / …工作计划模版 (a 范文 site's label)
    # (镇上半年工作情况总结: the account of how the work went, the same genre)
    # (學校工作總結1: a collection page's piece number right after 总结)
    r"|^[^。！？：；，]{2,50}(?:工作总结|年终总结|年度总结|工作情况总结|工作综述|年度综述|年终综述|(?<=[科室局办处站所队委院校心道区镇乡村县市厅部会司团社馆组])(?:\d{4}年度?|年度)工作回顾|工作计划|工作思路|工作打算|工作规划|年度?工作要点)(?:范文|模板|模版)?(?:[（(]\d{1,2}[)）]|\s*篇\s*[一二三四五六七八九十\d]{1,2}|(?<=总结)\d{1,2})?$"
    # (…上半年工作总结及下半年工作设想: what the office means to do next, said as its 设想; 乡镇上半年工作总结及打算: or 打算)
    r"|^[^。！？：；，]{2,40}总结(?:和|及|暨|与)[^。！？：；，]{0,16}(?:工作安排|工作重点|重点工作|工作设想|打算|设想|规划)$"  # 县民政局2026年工作总结及2027年工作安排 (not a report's own 今年工作安排)
    r"|^(?:表态发言|开场白|主持词|讲话稿|发言稿|致辞)$"  # 表 态 发 言: the genre alone as the title
    # 前三季度全区重点项目推进情况 / 一季度全市安全生产控制指标完成情况: an account of progress named by its subject
    r"|^[^。！？：；，]{4,50}(?:完成|推进|进展|落实|执行|实施)情况(?:的?(?:通报|报告|汇报))?$"
    r"|^[^。！？：；，]{4,50}(?:督查|检查|督导|巡查|暗访|考核|考评)(?:情况)?的?通报$"  # 关于…整治情况督查通报
)
_REPORT = re.compile(
    # 本年度报告根据《…政府信息公开条例》…制作 / 现公布…2024年政府信息公开工作年度报告。本报告由…组成 / 2025年，区农业农村局
    # …认真贯彻落实《中华人民共和国政府信息公开条例》: an office's yearly account of its disclosure work, by its own form
    r"本(?:年度)?报告(?:根据|依据|按照|由)|现(?:予)?公布[^。！？]{0,40}政府信息公开工作年度报告"
    r"|^(?:[^\n]*\n)?\d{4}年[，,][^。！？\n]{0,80}《(?:中华人民共和国)?政府信息公开条例》|"
    # (…的工作已经书面向大会报告，请大家提出意见。下面，我讲几点意见: the report was handed round; this is a speech)
    r"(?<!书面)向大会报告|报告工作[，,]?请予审议|请予审议|请各位代表审议|作学校工作报告"
    # a 述职 or a 汇报 to superiors (现将相关情况总结报告如下 / 现将本人一年来的履职情况述职如下)
    r"|现将[^。！？]{0,16}(?:履职|工作|各方面)?情况(?:总结)?(?:简要)?(?:报告|汇报|述职)如下"
    r"|具体工作计划如下|现将[^。！？]{0,20}工作(?:计划|要点)(?:报告)?如下"  # 具体工作计划如下： an office's plan, point by point
    # 现将主要工作汇报如下 / 现将2008年街道办工作总结如下 / 现就…推进落实情况梳理汇总报告如下: an office's account
    r"|现[将就][^。！？]{0,24}工作[^。！？]{0,12}(?:报告|汇报|总结|综述)如下"
    # 现将我局本年度主要工作完成情况、存在的问题以及明年的工作打算汇报如下: the same, the account's contents listed before
    # the verb (split46)
    r"|现[将就][^。！？]{0,30}工作[^。！？]{0,8}情况[^。！？]{0,50}(?:报告|汇报)如下"
    # 在县人大及其常委会的法律监督、工作监督…下，县政府…: the review of a 政府工作报告 (a yearbook prints it without 各位代表)
    r"|在[^。！？]{0,12}人大及其常委会的[^。！？]{0,24}监督"
    # 下面我就从以下五个方面进行汇报 / 从三个方面向各位领导作汇报: a school's or an office's briefing to visitors
    r"|从(?:以下)?[一二三四五六七八九十两\d]{1,2}个方面(?:进行|作|做|向[^。！？，]{1,10}(?:作|做)?)汇报"
    # 回顾一年来的履职情况，…借此机会向大家作以汇报 / 现将任职三年来的工作向常委会述职: a 述职 with no title left
    r"|履职情况[^。！？]{0,24}(?:汇报|报告)|向[^。！？]{0,12}述职[，,。]"
    # 现在，我受县委的委托，向大会作工作报告，请予审查 / 兹将本区工作情况报告如下: the report's own words under its 称谓
    r"|我受[^。！？]{0,16}委托[，,]\s*向[^。！？]{0,12}作[^。！？]{0,16}报告|兹将[^。！？]{0,24}报告如下"
    # 我受省人民政府委托，向省人大常委会报告2019年度…的审计情况，请审议。: the same, the report's subject said after 报告
    r"|我受[^。！？]{0,16}委托[，,]\s*向[^。！？]{0,16}报告[^。！？]{2,60}[，,]\s*请(?:予)?审(?:议|查)"
    # …在深入镇村调研的基础上，…，形成此调研报告。: a survey saying what it is (not 形成了…报告制度)
    r"|形成(?:此|本|了?这份|了?本)(?:调研|调查|考察)报告[。，,]"
    # 现特将假期中的调查报告整理如下 / 现将调研情况整理如下: the writer hands the survey over, whatever the page kept of its title
    r"|现(?:特)?将[^。！？]{0,20}(?:调查|调研)(?:报告|情况)[^。！？]{0,6}(?:整理|报告|汇报|综合)如下"
    # 根据市政府办公厅《关于…考评工作的通知》要求，我们…逐项梳理年度任务完成情况。: an office's account a notice asked for
    r"|(?:^|\n)根据[^。！？\n]{0,60}要求[，,][^。！？\n]{0,30}(?:梳理|总结|自查)[^。！？\n]{0,16}(?:完成|落实|履职)情况"
    # …取得了显著的成绩。以下是我们2018年度的主要工作回顾与总结。: the text says it is the year's summary
    r"|以下是[^。！？]{0,24}(?:工作)?(?:回顾(?:与|和)总结|总结|汇报)[。：:]"
    # 为深入贯彻…，根据…，结合…实际，制定本规划。: a plan saying what it is under its lost title (a 规划 is a report's kin)
    r"|(?:特|现)?(?:制定|编制|制订)本(?:规划|计划)。"  # (an 实施方案 is no report: other)
    # 大家好！我代表消防安全委员会办公室做工作汇报：: an office reporting to its superiors, in so many words
    r"|我代表[^。！？]{2,30}(?:做|作)(?:工作)?汇报[：:。，,]"
    # 尊敬的各位代表、同志们： / …共同回顾和总结2021年我镇的工作… / 一、2021年工作回顾: the year's account given to the
    # 代表 (a 镇's report to its 人代会), its first part the year's review
    r"|各位代表[^\n]{0,12}[：:]\n(?:[^\n]*\n){1,3}一、(?:\d{4}年|过去一年|上一年)(?:度)?(?:的)?工作回顾"
)
_STOP = re.compile(r"[。！？，]")
# The first words of an untitled copy of a 工作总结 or 述职报告: the year, then who worked under whose lead, or
# the official himself (2026年，办公室在局党组的正确领导下，… / 2026年是…之年，我作为镇党委副书记、镇长，…).
_ACCOUNT_LEAD = re.compile(
    # (or the lead first: 2026年，在市委、市政府的坚强领导下，街道上下…)
    r"^(?:\d{4}|20[xX×*＊]{2})年(?:以来|度)?[，,]\s*[^。！？，,“”]{0,16}在[^。！？]{0,24}(?:正确|坚强|直接)领导下"
    # 2025年我市民政工作在市委、市政府的领导下，在省民政厅的指导下，…: the year's work of one office, said of itself
    r"|^(?:\d{4}|20[xX×*＊]{2})年度?(?:我|全)[省市县区镇乡][^。！？，,“”]{2,10}工作在[^。！？]{0,24}领导下"
    r"|^(?:\d{4}|20[xX×*＊]{2})年[^。！？]{0,30}[，,]我作为[^。！？，,]{0,16}(?:书记|[省市县区镇乡局所校院行]长|主任|主席)[，,]"
    # 2004年是…之年。一年来，全县上下…在县委的正确领导下，在县人大和县政协的监督支持下，…: the year's account by the
    # government, the one that thanks the 人大 and the 政协 for supervising its work (its report to the 人代会)
    r"|^(?:\d{4}年是[^。！？]{2,40}之年。)?\s*(?:一年来|过去的一年|\d{4}年)[，,][^。！？]{0,160}在[^。！？]{0,8}人大(?:和|、|及)[^。！？]{0,8}政协的(?:监督支持|支持监督|监督和支持|支持和监督)下"
)
# 前三季度，… / 上半年，… / 1-9月，…: a part of the year, then how the tasks stand against their targets (目标任务, 序时进度)
# in the first sentences — an account of progress that lost its title
_PROGRESS_LEAD = re.compile(
    r"^(?:前三季度|上半年|今年上半年|一季度|第一季度|前两个季度|\d{1,2}[-—至~]\d{1,2}月(?:份)?|今年以来|截至目前)[，,]"
    r"[^。！？]{0,160}(?:[。；;][^。！？]{0,160}){0,2}(?:目标任务|目标进度|序时进度|年度任务|年度目标|计划进度)"
)
_SPEAKER_TO = re.compile(r"我讲|我代表|我谨|大家|同志们|你们")
# 2026年，我镇以…活动为抓手，聚焦…，各项工作稳步推进。 / 一、…平稳。… / 二、…: the year's (or half-year's) lead of an
# office telling its own work by what it took as its vehicle, then its parts numbered — a 工作总结 that lost its title
_OWN_YEAR_LEAD = re.compile(
    r"^(?:\d{4}|20[xX×*＊]{2})年(?:以来|上半年|度)?[，,]\s*(?:我|本)(?:镇|乡|县|区|市|局|委|办|街道|村|校|院|所|中心|单位|公司)"
    r"(?:党委|政府)?以[^。！？]{2,30}?为(?:载体|抓手|契机|主线|引领|统领|总揽|突破口)"
)
_PART_MARK = re.compile(r"^[一二三四五六七八九十][、.．]")
# 一、基本情况 / 2025年，本局全年共完成…: a report's first part and its lead, the office telling its own year
_FACTS_PART = re.compile(r"^一[、.．]\s*(?:基本情况|总体情况|工作开展情况|主要工作(?:开展|完成)?情况|工作完成情况)$")
_OFFICE_YEAR = re.compile(r"^(?:\d{4}|20[xX×*＊]{2})年(?:以来|度)?[，,]\s*(?:本|我)(?:局|委|办|院|所|中心|单位|公司|厂|站|队)")
# 国际护士节活动总结报告1 / “学雷锋志愿服务月”活动总结 / 消防安全宣传周活动总结范文 篇二: an office's or a school's
# account of an event it held, told from its start to its end like news but filed as its summary — a report's kin
_EVENT_SUMMARY = r"(?:活动(?:开展)?|(?:宣传|服务|教育|安全|文化|读书|科技|艺术|体育)[周月节](?:活动)?)(?:情况)?总结(?:报告)?"
_REPORT_TITLE = re.compile(
    # (驻村工作队员三季度工作汇报: an account to superiors, like 情况汇报)
    r"(?:工作报告|工作汇报|[人社职党团妇]代会(?:上的)?报告|述职(?:述廉|述责)?报告|述责述廉报告|情况的?(?:汇报|报告)"
    # 昌硕街道2022年工作总结和2023年工作计划 / 街道工作总结暨2022年工作计划范文 / 重点工作督查报告: an office's
    # account of its year (or half-year) to its superiors, read as a report, not a leader's speech
    # 市场监管局4月份工作小结: a month's or a quarter's short account, the same genre
    # (乡镇上半年工作总结及打算 / 政府上半年政府工作总结报告 / 镇2025年工作总结及2026年工作目标思路规划: the plan said without
    # 工作, or as a 规划; the account called a 总结报告)
    # (2021年街道办事处四城同创工作总结汇报: the account reported up, called a 总结汇报)
    # 社区建设科年度工作回顾 / 街道2025年工作回顾: the year looked back on by the office that did the work (batch 56)
    r"|(?<=[科室局办处站所队委院校心道区镇乡村县市厅部会司团社馆组])(?:\d{4}年度?|年度)工作回顾$"
    r"|(?:工作|年终|年度|半年|上半年|年中)(?:情况)?(?:总结|综述|小结)(?:报告|汇报)?(?:(?:和|暨|及|与)[^。！？，]{0,16}(?:工作计划|工作(?:初步)?思路|工作打算|工作安排|工作重点|重点工作|工作要点|工作设想|打算|安排|规划))?|(?:重点)?工作督查报告|(?<![讲话的])(?:年度?|办事处|委员会|政府|局|街道|镇|乡)工作(?:计划|要点|规划)"
    r"|(?<=年)[\u4e00-\u9fff]{2,8}工作要点$"  # XX区2026年城市管理工作要点: the field of work between the year and 工作要点
    # 关于发展壮大村集体经济的调研报告 / 乡镇农村集体经济发展情况调研报告: a survey's findings, not a speech
    # (乡镇职能定位研究报告 / …情况调查研究报告: a study's findings, the same genre; not a 研究报告会, a meeting)
    r"|(?:调研|调查|考察)报告|研究报告(?!会)|(?:分析|研判)报告(?!会)|(?:调查|调研)(?:与|和)(?:思考|对策|建议)"  # 关于…发展的调查与思考: a survey article
    # 关于完善…体系建设的思考及建议 / …管理的模式选择与政策建议: a study's findings and proposals to the office, not a speech
    r"|的思考(?:及|与|和)(?:建议|对策)|(?:与|和|及)(?:政策|对策)建议"
    # 办学条件评估自查报告 / 调研座谈会上的汇报材料 / 申请新建教学楼的报告: a school's account or request to its superiors
    r"|(?:自查|自评|评估|评价|整改)报告|汇报材料|^(?:关于)?申请[^。！？，]{2,30}的(?:报告|请示)"
    # 前三季度重点项目推进情况 / 第一季度…考核指标完成情况 / 民生实事进展情况通报: an office's account of how far the year's
    # tasks have gone (the progress against the targets), told to its superiors or the public — a report's kin
    r"|(?:完成|推进|进展|落实|执行|实施)情况(?:的?(?:通报|报告|汇报))?"
    # …整治情况督查通报 / 关于…专项检查情况的通报: an office's circular on what its inspectors found, ranked for the units
    # below it (not a 督查情况通报会, the meeting, nor its news)
    r"|(?:督查|检查|督导|巡查|暗访|考核|考评)(?:情况)?的?通报"
    # …2025年政府信息公开工作年度报告 / 医院2025年度社会责任年度报告: an office's yearly account, published (batch 54;
    # not a headline telling that one was 发布, 公布)
    r"|^(?:(?!发布|公布|出炉|推出)[^。！？，,])*(?<!本)年度报告"
    rf"|{_EVENT_SUMMARY})"  # 国际护士节活动总结报告1: an event's account, told like news
    # 述职报告范文【经典3篇】 / 述职报告范文 篇一 / 工作计划模版: a collection page's label after the title
    # (…工作总结及工作计划精选(范文四篇): the same label after 精选; 留守儿童调查报告1 / …调查报告范文_1: the piece's number)
    r"(?:精选|精選)?(?:范文|模板|模版)?(?:\s*(?:[（(][^）)]{1,12}[)）]|【[^】]{1,12}】|篇\s*[一二三四五六七八九十\d]{1,2})|(?<=总结|报告|汇报)\d{1,2}|(?<=范文)_\d{1,2})?$"
)
_REPORT_SUBTITLE = re.compile(r"^——\s*在[^。！？]{2,40}(?:会议|大会)上的(?:工作)?报告$")
# …为充分发挥…作用，现倡议如下： / 特向全县…发出如下倡议：: the sender of an 倡议书 says what it is (a speech launching
# an initiative reads its 倡议书 out as a part of its own, with its title)
# (为此，我们向社区全体居民发出倡议：: the 社区 writing to its residents, its points 1、请大家… after the colon)
_PROPOSES = re.compile(
    r"现(?:郑重)?倡议如下|特?(?:向[^。！？]{2,40})?发出如下倡议|特向[^。！？]{2,40}倡议[：:]"  # …市文明办特向广大市民朋友们倡议：
    r"|我们向[^。！？，]{2,30}发出[^。！？，]{0,8}倡议[：:]"  # 我们向全校学生发出节日活动倡议：
    # …县委、县政府特向广大党员干部，向社会各界人士发出爱心募捐建议： / 现建议如下：: an appeal called 建议 (a 建议书)
    r"|现(?:郑重)?(?:提出)?建议如下|特向[^。！？]{2,40}发出[^。！？，,]{0,8}建议[：:]"
)
# 全国文化和旅游厅局长2024年新年寄语: new-year words published to readers, a letter like a 贺词
_NEW_YEAR_WORDS = re.compile(r"^[^。！？：:，,]{2,50}(?:新年|新春)寄语$")
# The speaker’s own voice: first person, and the audience addressed as 大家/你们 (希望你们…).
_FIRST_PERSON = re.compile(r"我讲|我代表|我谨|我们|我完全同意|我相信|我希望|我再|我感到|我就|大家|你们")
_NEWS = re.compile(
    # (not the genre's own words: 会议主持词, 主持人, 在…交流会上的发言 — a how-to page or a speech's title)
    r"召开|出席|指出|强调|会上(?!的)|会议要求|会议指出|参加会议|主持(?!词|稿|人)|记者|报道|讲话中|通报了|就[^。，]{2,20}提出[^。，]{0,6}要求|表示(?!衷心|热烈|崇高|诚挚|亲切|感谢|祝贺)|据悉|通讯员|\d{1,2}月\d{1,2}日"
    r"|隆重开幕|宣布[^。，,]{0,8}(?:开幕|闭幕)|向大会作"  # …第二次会议隆重开幕 / 县长向大会作政府工作报告
    r"|的陪同下|莅临"  # 县长某某在副县长某某的陪同下莅临住建局调研: who came, and with whom
    # 接下来他介绍了医院的基本情况 / 他就…作了汇报 / 各走访单位纷纷发言: what each one there did, told by one who saw it
    r"|(?:^|[。！？；;，,])(?:接下来|随后|接着|最后)?[，,]?(?:他|她)(?:首先|还|又|最后|接着)?(?:介绍了|汇报了|就[^。，；]{2,30}作了[^。，；]{0,4}汇报)|纷纷(?:发言|表态)"
    # 校长某某发表新学年致辞 / 教师代表先后发言 / 党总支书记某某作总结讲话: who spoke, told in the third person
    r"|发表[^。，,！？]{0,12}(?:讲话|致辞)|先后(?:发言|致辞|讲话|作[^。，,]{0,6}发言)|作[^。，,！？我]{0,6}(?:讲话|致辞)[。，,]"
)
# 人大代表某某说：“今天听了…我们…” — others' words quoted in a news item are not the speaker's own voice.
_QUOTED_REMARK = re.compile(r"(?:说|表示|认为|谈到|感慨)\s*[：:]\s*[“\"][^”\"\n]*[”\"]?")


_SPEAKER_VOICE = re.compile(
    # 今天，我们在这里隆重召开…大会。这次会议的主要任务是…: the speaker opening the meeting (a report says 会议指出)
    r"(?:今天|今日)[，,]?\s*我们(?:在这里)?(?:隆重)?(?:召开|举行|召集)[^。！？]{2,60}[。！][^。！？]{0,4}(?:这次|此次|本次)会议的(?:主要)?任务是"
    r"|刚才[，,]?[^。！？]{0,30}(?:同志|书记|[省市县区镇乡局]长|主任)[^。！？]{0,8}(?:作了|总结|宣读|通报|传达|部署)"
    # 听了某某同志的汇报，也听了大家的分析，…: the leader speaking after the reports (a meeting's last word)
    r"|(?:^|\n)听了[^。！？]{0,30}(?:同志|大家|各位)[^。！？]{0,10}的(?:汇报|发言|介绍|分析)"
    # 借此机会，向全省水利系统干部职工表示衷心的感谢和诚挚的问候！: the speaker's own thanks (news says 他借此机会…)
    r"|(?:^|[。！？\n])借此机会[，,]\s*(?:我(?:谨)?)?向[^。！？]{2,40}表示"
    # 在此，我代表市委、市政府向受表彰的先进个人表示热烈的祝贺: the same, on behalf of those he speaks for
    r"|(?:^|[。！？\n])(?:在此|借此机会)[，,]\s*我(?:谨)?代表[^。！？]{2,40}?向[^。！？]{2,40}表示"
    # (下面，我就去年全市…工作做简要总结，并就做好今年…工作讲几点意见: what he will say, then his points)
    r"|(?:下面|接下来)[，,]?\s*我(?!们)[^。！？]{0,40}?(?:[讲谈提说]|告诉大家)(?:一下|一些|几|以下|如下|[一二两三四五六七八九十\d])[^。！？]{0,6}(?:意见|要求|看法|点|方面)"
    # 这里我就推进…建设再强调三点意见: the speaker stressing points of his own (news says 他就…强调了三点)
    r"|(?:^|[。！？\n])(?:这里|在这里|下面|接下来)[，,]?\s*我(?!们)[^。！？]{0,24}?强调(?:一下|以下|如下|[几一二两三四五六七八九十\d])[^。！？]{0,4}(?:意见|要求|点|方面)"
)
# 【中心组研讨发言】 / 【交流发言】 opening the text: a page's label naming what follows, one person's own words.
_GENRE_LABEL = re.compile(r"^[【\[][^】\]。！？，]{0,12}(?:研讨发言|交流发言|发言材料|发言稿|表态发言|讲话|致辞|党课|心得体会)[】\]]")
_SEMINAR_TITLE = re.compile(r"(?:研讨|交流)(?:发言|材料)(?:材料|稿)?(?:[（(][^）)]{1,6}[)）])?$")  # (…交流发言（全文）)
_NEWS_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日|^[^，。]{0,20}讯")
# 本网讯1月10日上午，… / 本报讯（记者 某某）… / 某某网讯 近日，… — a news item's own opening.
# 双石镇三举措整治河湖“清四乱” / 某街道“三个强化”推进…: a government site's item headline, an office's work told by its
# count of measures (the 政务信息 under it lists them, 一是…二是…, in no one's voice)
_INFO_HEADLINE = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:省|市|县|区|镇|乡|街道|村|社区|局|委)(?:[一二两三四五六七八九十多]|\d)(?:举措|措施|招|措|个到位|个强化|个坚持|字诀)"
    r"[^。！？，,]{2,24}$"
)
_WIRE_LEAD = re.compile(
    r"^[^，。！？：:]{0,16}(?<![通资短喜快简])讯(?!息|号)\s*(?:[（(]|\d|记者|通讯员|近日|日前|[\u4e00-\u9fff]{0,4}\d{1,2}月)"
    r"|^[^，。！？：:]{0,16}\d{1,2}月\d{1,2}日电"  # 新华社北京3月5日电（记者…）
    r"|^据《[^》]{2,20}》(?:报道|消息)[：:，,]"  # 据《闵行区新闻》报道：7月25日下午，…
    # 据明光市政府网消息，近日，… / 据县融媒体中心报道，…: a site or paper named without 《》
    r"|^据[\u4e00-\u9fff]{2,16}(?:网|报|台|融媒体中心|公众号|新闻)(?:消息|报道)[：:，,]"
)
# 某某说，… / 市委书记某某指出，… — a report of what someone said, opening the item.
# 会上，… / 会议上某某书记就…强调: an excerpt of a news item that starts at what was said at the meeting.
_AT_THE_MEETING_LEAD = re.compile(r"^(?:会上|会议上|在会上|会议中)[，,]?[^。！？]{2,40}?(?:强调|指出|要求|提出|表示|传达|部署)")
# 会议传达学习了… / 会议还研究了…事项: what the meeting did, said by a reporter (a speaker says 今天的会议…)
_MEETING_DID = re.compile(r"(?:^|[。！？\n])会议(?:还|同时|首先|最后|先后)?(?:传达学习了|传达了|学习了|听取了|审议了|审议通过了|研究了|通报了|观看了|宣读了)")
_REPORTED_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,14}(?:说|指出|强调|表示|要求|认为)[，,：:]")
# 校长某某在典礼上发表了热情洋溢的致辞。他首先代表…，他说，… / 行政长官某某和副总理某某分别致词。…他强调，「…」:
# a speech told as given by another, then his words reported after 他说/他强调 — a report of the meeting, however many 我们
# and 大家 the reported words hold (刚才，某某同志作了重要讲话 is the next speaker's; 我 in the sentence is one's own,
# 我校/我院 the paper's)
_SPEECH_GIVEN = re.compile(
    r"(?:^|[。！？\n])(?!刚才|刚刚)(?:(?!我(?![校院局所厅委会省市县区镇乡村]))[^。！？\n]){2,60}?(?:发表(?:了)?[^。！？，,我]{0,8}(?:讲话|致辞|致词|演讲)|分别致(?:辞|词)[。，,])"
)
_HE_SAID = re.compile(r"(?:^|[。！？，,；;\n])(?:他|她)(?:首先|还|又|最后|同时|接着)?(?:说|讲到|谈到|指出|强调|表示|代表|号召)")
# 黄建盛书记强调，… / 常务副院长陈万平在主持词中说，… / 吴总勉励大家… / 她说，…: a person named in the third person (by
# name and office, 某总, 某某同学, 他/她) whose words are then told — one who heard them reports (a speaker who quotes
# 总书记强调 or 主席指出 cites, and says 刚才某某同志讲了 of the one before him)
_OFFICES = r"(?:书记|[省市县区镇乡局校院处科厅部行]长|主任|董事长|总经理)"
_TOLD_SPEAKER = re.compile(
    r"(?:^|[。！？，,；;\n])(?!刚才|刚刚|我)"
    rf"(?:他|她|[{SURNAME_CHARS}]总"
    rf"|[\u4e00-\u9fff]{{2,3}}(?<![总各全])(?:副)?{_OFFICES}|(?:副)?{_OFFICES}[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff]{{2,3}}同学)"
    r"(?:在[^。！？，,]{1,20}中)?(?:首先|还|又|最后|同时|接着|也|再次)?(?:说|指出|强调|表示|勉励|寄语)"
)
# 值此…之际，我谨代表中共某某县委，向全县广大妇女同胞致以节日的祝福！ — a greeting's own formula.
_GREETING_FORMULA = re.compile(r"(?:值此|在)[^。！？]{2,40}之际[，,]\s*我(?:们)?谨?代表[^。！？]{2,40}[，,]?向[^。！？]{2,80}(?:致以|表示)")
# 2026年3月5日上午，… / 3月6日—7日，…: a news item's dated first sentence.
# 13日，一场瑞雪… / 昨晚，副省长某某率…到…看望…: the day alone, or said from the paper's day
# (（区委外宣办） 9月26日，…: the source's office in brackets before the day, however the copy garbled its start)
# (12月23至24日，我校举办…: the days an event ran, said as a range — ingest53)
_DATED_LEAD = re.compile(r"^(?:[。，、\s]*[^，,。！？\n]{0,24}?(?:办|社|网|台|报|站|部|中心)[)）]\s*)?(?:\d{4}年)?\d{1,2}月\d{1,2}(?:日?(?:至|到|—|－|-|~|～)\d{1,2})?日|^(?:\d{1,2}日|昨天|昨日|昨晚|前天|日前|近日|连日来)[上中下午晚间]{0,2}[，,]")
# 为深入学习贯彻…，安排部署…工作，4月21日，某某街道召开…专题会议: the purpose, then the date and who met
# 3月6日上午，某某镇召开镇村干部大会，…会议由某某主持，镇长某某作大会报告: a dated lead telling who met and who
# chaired or spoke — news, however many 我们 the reports it quotes hold (一年来，我们…)
_MEETING_DATED_LEAD = re.compile(
    # (【编者按】8月31日上午，…代表大会在北京隆重召开，…到会祝贺，…致词: an editor's note opening the same way)
    r"^(?:【编者按】|编者按[：:])?(?:\d{4}年)?\d{1,2}月\d{1,2}日[上下午晚]{0,2}[，,](?!我们)[^。！？]{2,40}(?:召开|举行)[^。！？]{2,60}[，,。][^。！？]{0,80}?(?:主持|出席|参加会议|讲话|到会|致词|致辞)"
    # 12月30日，县委副书记、县长某某主持召开…座谈会，…: who chaired named before the meeting (batch 62)
    r"|^(?:\d{4}年)?\d{1,2}月\d{1,2}日[上下午晚]{0,2}[，,](?!我们)[^。！？我]{2,40}主持召开[^。！？]{2,60}(?:会议|会)"
)
# 节后上班第二天，医院即召开…扩大会议 / 开学第一周，某某小学召开全体教职工大会: the lead tells of a meeting held (not by 我
# or 我们, a speaker's own 今天我们召开…), its day said in words rather than a date
_HELD_LEAD = re.compile(
    # (为进一步…，形成…氛围。公司于2018年2月11日下午，召开了…表彰会暨座谈会: its purpose first, then 于 and the day)
    r"^(?:为[^。！？我]{4,80}[，,。]\s*)?[^。！？我]{0,40}?(?:召开|举行|组织召开)了?[^。！？我]{0,50}?"
    r"(?:会议|大会|座谈会|例会|办公会|表彰会|推进会|动员会|调度会|培训会|联席会|恳谈会|茶话会)"
)
# 党委书记、总经理某某，…及全体获奖个人参加了会议。: who attended, listed by the one who reports (a speaker says 参加今天
# 会议的有…, never 参加了会议。)
_ATTENDED = re.compile(r"(?:参加|出席|列席)了?(?:会议|大会|座谈会|表彰会|活动|仪式|典礼)。")
_NAME_ROW = re.compile(r"^(?:[\u4e00-\u9fff·]{2,4}[、，,]\s*){4,}")
# 会议由大会主席团常务主席、县人大常委会主任某某主持。 — who chaired, said by the paper (a host says 由我主持)
# (or after a comma: 参加此次大会的有…，大会由副校长某某主持。)
_CHAIRED_BY = re.compile(r"(?:^|[。！？，,\n])(?:会议|大会|会上|仪式|典礼|座谈会)由(?!我)[^。！？，,]{2,50}主持[。，,]")
# (…，2月17日，人人主讲、个个发言的“火花半月谈”首谈登场并在热烈的讨论发言中结束: the event itself the subject)
# (在植树节到来之际，3月14日，某某工委组织…: the occasion, then the day — a brief on a page of them, split51)
_PURPOSE_DATED_LEAD = re.compile(r"^(?:为[^。！？]{4,160}?|(?:在|值此|正值)[^。！？，,]{2,30}(?:之际|前夕|来临|到来|期间))[，,]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日[上下午晚]{0,2}[，,][^。！？]{2,40}(?:召开|举行|举办|组织召开|组织|开展|登场|开讲|开班|落幕|结束)")
_REPORTER = re.compile(r"记者|通讯员|本报讯|本网讯|[（(]?报道[：:]|^[（(]作者[：:][\u4e00-\u9fff]{2,4}[）)]$|^作者\s*[/／:：]\s*[\u4e00-\u9fff、，, ]{2,20}$", re.M)


@dataclass(frozen=True, slots=True)
class Chunk:
    """The paragraphs of one document found in a file, before analysis."""

    number: int
    paras: tuple[Para, ...]
    # started by a second 称谓 or a 《title》 alone, with no closing or meeting words before it
    unsure_start: bool = False
    # one of a column's bulleted news items (ingest.bulleted): read as news, however short
    item: bool = False


def slug(stem: str) -> str:
    """A file-name stem as an id part: lower-case ASCII and Chinese, runs of anything else → '-'."""
    text = re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "-", stem.lower()).strip("-")
    return text or "doc"


def drop_repeats(chunks: Sequence[Chunk]) -> tuple[list[Chunk], list[tuple[Chunk, Chunk]]]:
    """A page that holds the same text twice (a 范文 site pasting it again, or a preview and then the full text):
    one document, the fuller copy. Returns the chunks kept (numbered again) and (dropped, kept) pairs."""
    norms = [_body_norm(c) for c in chunks]
    gone: dict[int, int] = {}
    for k in range(1, len(chunks)):
        j = next((j for j in range(k - 1, -1, -1) if j not in gone), None)
        if j is None:
            continue
        a, b = norms[j], norms[k]
        if len(a) >= 60 and a == b:
            gone[k] = j  # pasted again: the first copy stays
        # a preview is its first paragraphs only (a copy cut off later on is a duplicate, reported as such)
        elif len(a) >= 60 and 2 * len(a) <= len(b) and b.startswith(a):
            gone[j] = k  # the preview, then the full text: the full text stays
        elif len(b) >= 60 and 2 * len(b) <= len(a) and a.startswith(b):
            gone[k] = j  # the full text, then its first part again
        elif _cut_preview(a, b):
            gone[j] = k  # a preview cut mid-sentence, the page's next line run into it, then the full text
        elif _titled_preview(chunks[j], chunks[k]) or _titled_summary(chunks[j], chunks[k]):
            gone[j] = k  # a short preview under the title, then the full text under the same title
    kept = [c for i, c in enumerate(chunks) if i not in gone]
    renumbered = {id(c): replace(c, number=n) for n, c in enumerate(kept, start=1)}
    def final(i: int) -> int:
        while i in gone:
            i = gone[i]
        return i

    pairs = [(chunks[i], renumbered[id(chunks[final(i)])]) for i in sorted(gone)]
    return list(renumbered.values()), pairs


# 祝愿某某的明天更加美好！ 谢谢大家！ at the top of a collection's second page: the end of the speech on the page
# before, no document of its own.
_PAGE_HEADING = re.compile(r"^[^。！？!?]{4,40}$")
_CLOSING_TAIL = re.compile(r"^(?:谢谢(?:大家|各位)?|(?:预祝|衷心祝愿|祝愿|祝)[^。！？]{2,40})[！!。]$")


def _cut_preview(a: str, b: str) -> bool:
    """`a` is a preview of `b` cut mid-sentence, with the page's next line (the title again) run into the cut:
    …虚拟经【故新韵】在全区……大会上的讲话（根据录音整理） then the full text. All of `a` but that short
    tail opens `b`, and `b` goes on past it."""
    common = len(os.path.commonprefix([a, b]))
    return common >= 60 and len(a) - common <= 40 and common < len(a) and len(b) > common + 40


def _titled_preview(a: Chunk, b: Chunk) -> bool:
    """`a` is the title (said once or more), perhaps its 称谓 and the first words of the speech, and `b` the full
    text under the same title: a page's teaser over the document itself, too short for `drop_repeats`'s length test.
    Without a title of its own the teaser could be any speech's first words, so the title must match."""
    heads_a, rest_a = _front_and_rest(a)
    heads_b, rest_b = _front_and_rest(b)
    titles_a = {normalise(p.text) for p in heads_a if is_title(p)}
    titles_b = {normalise(p.text) for p in heads_b if is_title(p)}
    # (the full text may be cut short by the page too, a line or two past the preview: longer is enough)
    return bool(titles_a & titles_b) and len(rest_a) >= 20 and len(rest_b) > len(rest_a) and rest_b.startswith(rest_a)


def _titled_summary(a: Chunk, b: Chunk) -> bool:
    """`a` is the page's header, the title and one paragraph of sentences taken from the text (a site's abstract:
    创建…倡议书 / …是我们的心愿。…我们每个人都有责任、有义务…), and `b` the text itself under the same title, with its
    称谓: the abstract is no document of its own."""
    heads_a, _ = _front_and_rest(a)
    heads_b, _ = _front_and_rest(b)
    # (the title as a head line, a genre _TITLE does not know as well: …倡议书)
    titles_a = {normalise(p.text) for p in heads_a if len(normalise(p.text)) >= 6 and not is_salutation(p.text)}
    if not titles_a & {normalise(p.text) for p in heads_b}:
        return False
    body = [p for p in a.paras[len(heads_a) :]]
    if len(body) != 1 or not any(is_salutation(p.text) for p in b.paras[:4]):
        return False
    text_b = normalise("".join(p.text for p in b.paras))
    shared = [s for s in split_sentences(body[0].text) if len(normalise(s)) >= 12 and normalise(s)[:24] in text_b]
    return bool(shared) and len(text_b) >= 2 * len(normalise(body[0].text))


def _front_and_rest(chunk: Chunk) -> tuple[list[Para], str]:
    """The chunk's title and 称谓 lines at its head (and a page's short labels over them: 文章导读, 当前路径：…), and the
    rest of its text normalised."""
    k = 0
    while k < len(chunk.paras) and (
        is_title(chunk.paras[k]) or is_salutation(chunk.paras[k].text) or _front_line(chunk.paras[k].text)
    ):  # fmt: skip
        k += 1
    return list(chunk.paras[:k]), normalise("".join(p.text for p in chunk.paras[k:]))


def leading_tail(chunks: Sequence[Chunk]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """A file that starts with only the closing words of a speech cut off by the page before: those lines are
    no document (returned apart); the chunks after them are numbered from 1."""
    # (under the page's own heading, 某某讲话汇编（第2/3页）: a short line with no stop)
    words = [p for p in chunks[0].paras if not (p is chunks[0].paras[0] and _PAGE_HEADING.match(p.text))] if chunks else []
    if len(chunks) < 2 or not words or not all(_CLOSING_TAIL.match(p.text) for p in words):
        return list(chunks), ()
    return [replace(c, number=n) for n, c in enumerate(chunks[1:], start=1)], chunks[0].paras


def _body_norm(chunk: Chunk) -> str:
    """The chunk's text from its first full paragraph on (a repeated title or 称谓 may have been cleaned away)."""
    start = next((i for i, p in enumerate(chunk.paras) if len(normalise(p.text)) >= 30), 0)
    return normalise("\n\n".join(p.text for p in chunk.paras[start:]))


def doc_id(stem: str, number: int) -> str:
    return f"{slug(stem)}-{number:02d}"


# 可亲的老师们，可爱的同学们： — a 称谓 whose parts are set off by commas.
# 同志们，青年朋友： — the last part may lack 们 too.
# 市委巡察组各位领导，同志们： — the first part may be the guests' 领导, named with their group.
_COMMA_SALUTATION = re.compile(
    r"^(?:[^。！？：:，,]{0,10}(?:们|代表|来宾|朋友|领导)[，,、]){1,3}[^。！？：:，,]{0,10}(?:们|朋友|来宾|嘉宾|代表|同志)[：:]$"
)


# 尊敬的各位劳动模范、先进集体代表和先进个人，各位领导同志们： / 各位校长、书记，同志们：
_FORMAL_SALUTATION = re.compile(
    r"^(?:尊敬的|敬爱的|亲爱的|各位)[^。！？：:]{0,50}(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|家长|先生|女士|姐妹|委员"
    r"|同仁|同事|干部|专家|学者|企业家|职工|员工|党员|乡亲|校友|战友|队员|志愿者|青年|网格员|村民|居民|小朋友|病友|患者|家属|老同志|工友|学生|少先队员|团员)们?[：:]$"
)


def is_salutation(text: str) -> bool:
    if not text or text[-1] not in "：:":
        return False
    if not (_SALUTATION.match(text) or _COMMA_SALUTATION.match(text) or _FORMAL_SALUTATION.match(text)):
        return False
    if _REPORTED_INTRO.search(text):
        return False  # 某某副校长这样勉励同学们： — a news item introducing the words it quotes, not a 称谓
    return not re.search(r"讲话|致辞|发言", text)  # 县三八节表彰会领导讲话（一）： is a title in a collection


# 某某副校长这样勉励同学们： / 校长对同学们说： — a reporter's line over a quotation, naming the audience it was said to
_REPORTED_INTRO = re.compile(r"(?:激励|勉励|鼓励|寄语|嘱咐|叮嘱|告诫|说道|讲道|这样说)|(?:对|向|给)[^：:，,]{1,14}(?:说|讲|提出)[：:]$")


# 四是某某镇长作重要讲话 / 下面由某某同志讲话: an item of a chair's agenda, or a cue, ends in 讲话 too.
_CUE = re.compile(r"^(?:[一二三四五六七八九十]+是|(?:下面|接下来|现在|最后)?[，,]?(?:请|由))")


# 县委书记某某作重要讲话 / 市长某某发表讲话: a news photo's caption (who spoke), told in the third person —
# a speech's own title says 在…上的讲话 or 某某讲话, never 作讲话.
# (全县社区工作会议讲话 is a title: 作 there belongs to 工作)
# (某某出席并讲话 under a headline …会议召开: who attended and spoke, a news item's subtitle)
_CAPTION = re.compile(
    r"(?:(?<![工合协操制创写])作|(?<![工合叫])做|发表)了?(?:重要|热情洋溢的|总结|动员|就职|表态|即席|专题)?讲话$"
    r"|^[^。！？：:，,在]{2,30}出席(?:会议|大会|活动|仪式|典礼)?并(?:作|做|发表)?(?:重要)?讲话$"
)
# 院党委书记、院长某某作医院工作报告 under a news item's lead: who gave the report, told in the third person, not the
# report's own title (which says …工作报告 or 在…上的报告 with no one making it)
_REPORT_CAPTION = re.compile(r"^(?!在)[^。！？：:]{2,30}(?<![工合协操制创写运动])作了?(?!的)[^。！？：:，,、]{0,12}报告$")


# 4.2信息报告 / 1.3 事件分级: a clause of a plan or rules numbered by its chapter, not a title (信息报告 ends in 报告)
_CLAUSE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\s*[\u4e00-\u9fff]")


def is_title(para: Para) -> bool:
    if para.md == 1:
        return True
    text = para.text
    return (
        bool(_TITLE.match(text)) and len(text) <= 60 and not _CUE.match(text) and not _CAPTION.search(text)
        and not _REPORT_CAPTION.match(text) and not _CLAUSE_NUMBER.match(text)
    )  # fmt: skip


# 关于文明出行，共建和谐交通的倡议书 over 亲爱的市民朋友们：, after running text: a letter of its own (a sample the article gives).
_LETTER_OVER_SALUTATION = re.compile(rf"^[^。！？：:]{{2,50}}(?:{LETTER_GENRES})$")


def split_chunks(
    paras: Sequence[Para],
    blanks: frozenset[int] = frozenset(),
    bylines: frozenset[int] = frozenset(),
    edges: frozenset[int] = frozenset(),
    chrome: frozenset[int] = frozenset(),
    ends: frozenset[int] = frozenset(),
    marks: dict[int, str] | None = None,
) -> list[Chunk]:
    """Split the paragraphs of one file into documents (see the module docstring); `blanks` are the numbers of the
    file's blank lines, where a page may join two pieces, `bylines` those of a site's 来源：/作者：/发布时间 lines (seams.py),
    `edges` those of a page's breadcrumb or foot, where one saved page ends and the next begins (otherpage.py), `chrome`
    those cleaning took out whole (a page's footer line between two news items: ingest.toldmeeting), `ends` those that
    end on a shared document's last page counter, 第2页 共2页 (ingest.lastpage), `marks` the bullets the raw lines opened
    on (ingest.bulleted: cleaning drops a ☆ as a pictograph)."""
    groups: list[list[Para]] = []
    current: list[Para] = []
    unsure: set[int] = set()
    items: set[int] = set()  # the first paragraphs of a column's bulleted items, which no scrap rule joins
    marks = marks or {}
    again = 0
    for i, para in enumerate(paras):
        if again:
            again -= 1
            continue  # the next page's headline printed again over its article (ingest.otherpage)
        if para.divider and RELATED_HEAD.match(para.text):  # the rest is the site's recommended articles …
            _close(groups, current, items)
            resume = _speech_after_related(paras, i)
            if resume is None:
                groups.append(list(paras[i:]))
                current = []
                break
            # … up to a speech with its own title and 称谓: the next page, pasted into the same file after this one
            groups.append(list(paras[i:resume]))
            current, again = [], resume - i - 1
            continue
        if para.divider:
            _close(groups, current, items)
            # 致全体市民的公开信[篇1]: a collection's piece label that is a letter's title stays over the letter (its kind)
            # (政府2024年工作计划篇1: a plan's title with its piece number stays over the plan — a report by its title)
            # (消防安全宣传周活动总结范文 篇二: an event's summary under its piece label, a title with no genre word a speech has)
            titled = is_title(para) or _front_line(para.text) and len(para.text) <= 60
            current = [para] if _LETTER_TITLE.match(para.text) or (_REPORT_TITLE.search(para.text) and titled) else []
            continue
        nxt = paras[i + 1].text if i + 1 < len(paras) else ""
        prev = current[-1].text if current else ""
        if _has_body(current) and _hides_the_rest(paras, i):
            # 篇1 / …倡议书 / … / …… 此处已隐藏13719字 …… / 树文明之风，…: a collection page hid far more than a piece runs;
            # what it shows after the marker is a later piece, its head hidden (split48)
            current.append(para)
            _close(groups, current, items)
            current = []
            continue
        if _has_body(current) and next_page(current, paras, i, edges):
            _close(groups, current, items)  # …上一篇：… 下一篇：… | 本网讯…: the next page's article (ingest.otherpage, batch 62)
            current, again = [para], headline_again(paras, i)
            continue
        if _has_body(current) and after_last_page(current, paras, i, ends):
            _close(groups, current, items)  # …充分肯定的。第2页 共2页 | 1在…会议上的讲话同志们：…: the next document (split44)
            current = opening_pieces(para)
            continue
        if _has_body(current) and is_title(para) and _title_watermark(current, para, nxt, prev):
            continue  # the site's title over a part of the speech: page debris, in no fragment
        if _has_body(current) and (
            _starts_speech(para, nxt, prev) or _speech_after_points(current, para, nxt)
            or is_title(para) and not match_heading(para.text) and not para.text.startswith("——") and not _second_part(current, para)
            and not _TABLE_CUE.search(prev)
            and not _captions_in_story(paras, i) and not _caption_told(para, nxt)
            or HOWTO_TITLE.match(para.text) and bool(nxt)  # 怎样写会议主持词 under a cut 主持词: the page's how-to article
            or _starts_article(para, nxt, prev)
            or _news_after_closing(current, para, prev)
            or ATTACHMENT.match(para.text) and bool(nxt) and not named_attachments(current, paras[i + 1 :])  # 附件1： under the speech: a block of its own
            or _LETTER_OVER_SALUTATION.match(para.text) and is_salutation(nxt)  # 关于…的倡议书 / 亲爱的市民朋友们： (a sample in an article)
            or _letter_over_call(para, nxt, prev)
            or _letter_after_lead(current, para, nxt) or _rules_title(current, para, nxt) or _handed_over(current, para)
            or _told_then_handed(current)
            or _headline_over_subtitle(para, nxt) or next_piece(current, para, nxt, prev)
            or _headline_over_byline(current, para, paras[i + 1] if i + 1 < len(paras) else None, bylines)
        ) and not attachment_issued(current, para):  # fmt: skip  (附件：…方案 / …方案 under 关于印发《…方案》的通知: shapes33)
            _close(groups, current, items)
            current = []
        elif _has_body(current) and (
            dated_item_after_cut(current[-1], para) or told_after_cut(current[-1], para) or opening_after_cut(current, para)
            or headline_after_cut(current[-1], para, paras[i + 1] if i + 1 < len(paras) else None)  # (split43)
        ):
            _close(groups, current, items)  # …才能为这场成长之旅 | 1月18日，某某乡召开…: another page's item (ingest.appended)
            # (…以只争朝夕的劲头 | 今天，我们召开…会议: another page's speech in its speaker's voice — ingest.cutopening)
            # (…白昼黑夜，心 | 业务院长某某在致辞中说，…: another item's report of what was said — ingest.reportedcut, batch 55)
            current = []
        elif _has_body(current) and next_bulleted_item(current, para, marks):
            # ◆9月23日，某县召开… | ◆9月25日，…开展…: a column's next bulleted item (ingest53)
            items.update((id(current[0]), id(para)))
            _close(groups, current, items)
            current = []
        elif _has_body(current) and next_numbered_item(current, para, nxt):
            items.update((id(current[0]), id(para)))
            _close(groups, current, items)  # …充分肯定的。 | 2.某某会见… / 国务院总理某某22日上午…: the next numbered item (ingest53)
            current = []
        elif _has_body(current) and next_news_item(current, para, nxt):
            # …（记者 某某） | 3月6日，某镇召开…: the page's next news item (split50); 冬日暖阳 | 12月3日上午，…召开…: its
            # short headline over its untagged dated lead goes with it (leak52)
            head = [current.pop()] if headline_over_lead(current, para) else []
            _close(groups, current, items)
            current = head
        elif _has_body(current) and item_after_footer(current, para, chrome):
            _close(groups, current, items)  # …。 / 扫一扫… / 某月某日，…召开。: the next item (batch 60)
            current = []
        elif _has_body(current) and _next_wire_item(current, para):
            # 【本报讯】某乡…大会于4月27日登场… / … / 【本报讯】某乡…议程排定…: a paper's page of items, each opening on its
            # wire tag; the next item's headline, if it stands over its tag, goes with it
            head = [current.pop()] if len(current) > 2 and _front_line(current[-1].text) and not match_heading(current[-1].text) else []
            _close(groups, current, items)
            current = head
        elif (
            _has_body(current) and _seam_piece(current, paras, i, blanks)
            and not story_goes_on([p.text for p in current], para.text, nxt)  # 看望慰问…职工 / 近日，…: a subhead (batch 57)
        ):  # fmt: skip
            _close(groups, current, items)  # a blank line the pieces never have, then a frame of its own: the page's next piece
            current = []
        elif _has_body(current) and (
            _second_salutation(current, para, nxt)
            or _titled_piece(current, para, nxt)
            or _salutation_after_cut(current, para, nxt)
            or _salutation_after_signature(current, para, nxt)  # …总工会 / 2026年3月19日 / 全市各级工会组织：(batch 57)
            or called_speech(current, para)  # …第四项：由某某镇长作重要讲话 / 同志们，刚才…: the speech called (batch 55)
        ):
            _close(groups, current, items)
            current, unsure = [], {*unsure, id(para)}  # no closing, no meeting words: the reader checks the cut
        elif (
            _has_body(current) and boundary_evidence(current, paras, i, blanks, bylines)
            and not attachment_issued(current, para) and not _second_part(current, para)
        ):  # fmt: skip
            _close(groups, current, items)  # a document's head and a second sign that agrees (ingest.boundary, split40)
            current = []
        current.append(para)
    _close(groups, current, items)
    return [Chunk(i + 1, tuple(g), id(g[0]) in unsure, id(g[0]) in items) for i, g in enumerate(groups)]


# 慰问信 / 倡议书 / 感谢信 alone on a line: the letter's own bare title
_BARE_LETTER_TITLE = re.compile(rf"^(?:{LETTER_GENRES})$")
# Running text a page's own account must hold before the letter it tells of counts as a document of its own (a line
# that only hands over, 贺信全文如下：, or a dated sentence saying who sent it, is the letter's lead, not an account).
_LEAD_ACCOUNT_MIN = 100


# …宣读倡议书。 / 倡议书全文如下： — the piece above hands over the letter it reads out or prints
_HANDS_LETTER_OVER = re.compile(r"[：:]$|宣读|如下[。：:]?$|全文")


def _letter_over_call(para: Para, nxt: str, prev: str) -> bool:
    """倡议书 (or 关于…的倡议书) on a line of its own over its sender's call (为…，特向全市广大职工群众发出如下倡议：), under
    running text that does not hand it over: the letter is the page's next piece (split42, batch 63: a news item cut
    off, then the same site's 倡议书). A speech or a news item that reads or prints the letter says so just above it
    (…下面请…宣读倡议书。 / 倡议书全文如下：), and the letter stays a part of it."""
    titled = _LETTER_OVER_SALUTATION.match(para.text) or _BARE_LETTER_TITLE.match(para.text)
    if not titled or not _PROPOSES.search(nxt[:200]):
        return False
    return not _HANDS_LETTER_OVER.search(prev.rstrip()[-30:])


def _letter_after_lead(current: list[Para], para: Para, nxt: str) -> bool:
    """慰问信 over its 称谓, after the page's own account in the third person of the body that sent it (what it did, that
    it sent the letter): the letter is a document of its own, and so is the account before it."""
    if not _BARE_LETTER_TITLE.match(para.text) or not is_salutation(nxt) or any(is_salutation(p.text) for p in current):
        return False
    running = [p.text for p in current if not _front_line(p.text) and not is_title(p)]
    return len(running) >= 2 and count_han("".join(running)) >= _LEAD_ACCOUNT_MIN


# 某某县人民政府专题会议议事规则 / 第一章 总则 (第一条 为……): the title of a set of rules over its first chapter or article
_RULES_TITLE = re.compile(r"^[^。！？，,：:；]{4,50}(?:规则|办法|规定|制度|细则|条例|章程|守则|准则|规程|规范)(?:[（(]试行[)）])?$")
_FIRST_ARTICLE = re.compile(r"^第[一1]\s*[章条條]")


def _rules_title(current: list[Para], para: Para, nxt: str) -> bool:
    """The title of rules over their 第一章 or 第一条, after a piece of running text (an untitled notice that issues them,
    现予印发, its office and date): the rules are a document of their own. (Under a notice titled 关于印发《…》的通知 they
    are that notice's attachment, one document, as batch 30 decided.)"""
    if not _RULES_TITLE.match(para.text) or not _FIRST_ARTICLE.match(nxt) or match_heading(para.text):
        return False
    return not any(_NOTICE_TITLE.match(p.text) for p in current)


# …发布致…的公开信。全文如下： / 倡议全文如下： / 信件原文如下：: the lead hands over the text it reports, in full
_HANDS_OVER = re.compile(r"(?:全文|原文|内容)如下[：:]$")


def _handed_over(current: list[Para], para: Para) -> bool:
    """A 称谓 under a news item's wire lead (某某网9月8日电 / 本报讯 …) that ends on 全文如下：: the agency's item and the
    letter (speech, call) it prints in full are two documents. (A school's page whose own lead says 贺信全文如下： with no wire
    tag prints the letter under one line that hands it over: one letter, as batch 30 decided.)"""
    addressed = is_salutation(para.text) or bool(re.match(r"^[^。！？，,；;]{2,30}[：:]$", para.text))  # 全省广大医务工作者：
    if not addressed or not current or not _HANDS_OVER.search(current[-1].text):
        return False
    # (21日，某市红十字会向媒体发布倡议书，…全文如下：: a reporter's dated lead in the third person, batch 56)
    return any(_wire_tagged(p.text) or press_lead(p.text) for p in current[-2:]) and not any(is_salutation(p.text) for p in current)


# 市长新春贺辞全文： / 讲话全文如下： — a line of its own that names the text it hands over, in full, below it
_HANDS_NAMED_OVER = re.compile(
    r"(?:贺辞|贺词|致辞|献词|寄语|讲话|发言|公开信|贺信|慰问信|一封信|倡议书)(?:的)?(?:全文|原文)(?:如下)?[：:]$"
)
# 某某指，… / 他强调，… / 她表示，…: what one said, told by another
_REPORTED_SAYING = re.compile(r"(?:^|[。！？])[^。！？，,“”我]{0,12}?(?:指|指出|表示|强调|说|认为)[，,：:]")


def _told_then_handed(current: list[Para]) -> bool:
    """A page's own account in the third person (what a leader said, told: 市长指，…他强调，…), two paragraphs or more, then
    a line handing over the text it tells of in full (市长新春贺辞全文：): the account is a news item, the text below is a
    document of its own. (A school's page whose one line says who sent a letter, then 贺信全文如下：, is one letter — batch
    30 — and so is a handing over with no account above it.)"""
    if len(current) < 3 or not _HANDS_NAMED_OVER.search(current[-1].text) or len(current[-1].text) > 40:
        return False
    told = [p.text for p in current[:-1] if not _front_line(p.text) and not is_title(p)]
    text = _QUOTED.sub("", "".join(told))
    return len(told) >= 2 and count_han(text) >= _LEAD_ACCOUNT_MIN and "我" not in text and len(_REPORTED_SAYING.findall(text)) >= 2


# 市长新春贺辞全文： / 公开信全文如下：: what is handed over is written to readers (published, sent), not said in a hall
_HANDED_LETTER = re.compile(r"(?:贺辞|贺词|献词|寄语|公开信|贺信|慰问信|一封信|倡议书)(?:的)?(?:全文|原文)(?:如下)?[：:]$")


def handed_letter(before: Sequence[Para], paras: Sequence[Para]) -> str:
    """The title of the greeting or letter `paras` are, when the document `before` is a page's account that hands it over
    by name (市长新春贺辞全文：, see _told_then_handed) and `paras` greet no one present: the name it was handed over by."""
    if not before or not _HANDED_LETTER.search(before[-1].text) or not _told_then_handed(list(before)):
        return ""
    text = "\n".join(p.text for p in paras)
    if any(is_salutation(p.text) for p in paras[:4]) or _PRESENT_HERE.search(text):
        return ""
    return re.sub(r"(?:的)?(?:全文|原文)(?:如下)?[：:]$", "", before[-1].text.strip())


# 大家好 / 今天…召开 / 在座 / 会场: words said to people present (a greeting read out at a gathering is a speech)
_PRESENT_HERE = re.compile(r"(?:大家|各位|同志们|朋友们)(?:上午|下午|晚上)?好|在座|会场|(?:今天|今晚)[^。！？]{0,20}?(?:召开|举行|举办|相聚|欢聚)|谢谢大家")


def _headline_over_subtitle(para: Para, nxt: str) -> bool:
    """A headline over its ——subtitle that names a speech (——在…座谈会上的讲话（摘要）, ——在…上的发言), after running text:
    the next piece of a paper's 摘登 page, each speech or remark under its own headline after the page's news lead."""
    if not 4 <= len(para.text) <= 40 or not _front_line(para.text) or match_heading(para.text) or para.text.startswith(("——", "—")):
        return False
    sub = nxt.lstrip("—－- ")
    if nxt.startswith(("——", "—")) and _NEWS_SUBTITLE.search(sub) and not re.search(r"[。！？]", sub) and len(sub) <= 40:
        return True  # 勇立潮头育新机 奋楫争先开新局 / ——全县科技创新大会侧记: the next news item's two-line headline (split48)
    return nxt.startswith(("——", "—")) and bool(sub) and is_title(Para(sub, para.line, para.end))


# ——我县召开2026年经济工作会议 / ——全县科技创新大会侧记 / ——某镇乡村振兴工作纪实: a news item's subtitle, what was held or
# what the feature is
_NEWS_SUBTITLE = re.compile(
    r"(?:召开|举行|举办|开幕|闭幕|启动)$|侧记$|纪实$|综述$|掠影$|速写$|巡礼$|扫描$"
    r"|^(?!在)[^，,。：:]{1,16}(?:召开|举行|举办)[^，,。：:]{2,30}(?:会|会议|大会|仪式|典礼|活动|论坛)$"
)


def _headline_over_byline(current: list[Para], para: Para, under: Para | None, bylines: frozenset[int]) -> bool:
    """A headline over the site's byline (来源：… / 作者：…录入者：…发布时间：…) or over a wire lead (本报讯…), after a piece of
    running text: the page's next item, however the piece before ended (cut mid-sentence, a site's login links under it)."""
    if under is None or not 4 <= len(para.text) <= 40 or not _front_line(para.text) or match_heading(para.text):
        return False
    if count_han("".join(p.text for p in current)) < _SECOND_SPEECH_MIN:
        return False  # (a site's header scraps over the item's headline are no piece of their own)
    return any(n in bylines for n in range(para.end + 1, under.line)) or _wire_tagged(under.text)


def _seam_piece(current: list[Para], paras: Sequence[Para], i: int, blanks: frozenset[int]) -> bool:
    """At a seam of the page (seams.py), the paragraph opens a piece of its own: a dated news lead, a host's part or turn,
    a 称谓 greeted anew or after the piece before closed, or running text that closes again after a closed piece."""
    para, nxt = paras[i], paras[i + 1].text if i + 1 < len(paras) else ""
    body = next((k for k, p in enumerate(current) if not is_salutation(p.text) and not is_title(p) and not _front_line(p.text)), 0)
    if not at_seam(current, para, blanks, body):
        return False
    if opens_frame(para.text):
        return True
    if meeting_told(para.text) and any(is_salutation(p.text) for p in current[:8]):
        return True  # 同志们：… / (seam) / 会议听取了…: a news item after the speech (ingest.toldmeeting, batch 60)
    headline = 4 <= len(para.text) <= 40 and _front_line(para.text) and not match_heading(para.text)
    if headline and (opens_frame(nxt) or is_salutation(nxt)):
        return True  # 某某镇开展春季森林防火宣传活动 / 3月12日，某某镇组织…: the next item's headline over its own lead
    if is_salutation(para.text):  # (not a bare 同志们： dividing a speech: that is neither greeted nor after a close)
        return bool(_GREETING.match(nxt)) or len(_ADDRESSED_PART.findall(para.text)) >= 2 or closed(current)
    return closed(current) and closes_again(paras[i:], blanks)


# 2023年工作回顾 … 2024年工作计划 (a 镇's report on a blog, its parts unnumbered): the lines that name a report's parts.
_PART_LINE = re.compile(r"^(?:(?:19|20)\d\d年度?|今年|明年|上半年|下半年)?(?:主要)?工作(?:回顾|总结|计划|安排|打算|展望|思路|要点|目标)$")


# 最后，某某作…的总结讲话 / 随后，… / 会上，…: the story going on, which no new document opens with
_STORY_GOES_ON = re.compile(r"^(?:最后|随后|接着|紧接着|其后|此后|之后|会上|会后|会议最后|此外|另外)[，,]")


def _captions_in_story(paras: Sequence[Para], i: int) -> bool:
    """部分代表发言 / 某某董事长讲话 between the paragraphs of a news item, the story going on under them (最后，…): the
    captions of its photos, however much they look like titles (讲话, 发言), not the next document's title."""
    k = i
    while k < len(paras) and k - i < 4 and (is_title(paras[k]) or _front_line(paras[k].text)) and len(paras[k].text) <= 30:
        k += 1
    return k < len(paras) and k > i and bool(_STORY_GOES_ON.match(paras[k].text))


# 张茂丰书记讲话 / 张茂丰书记对此次的读书活动给予了充分肯定，他…: a photo's caption, the story then telling what that
# person said (a speech under its title opens on its 称谓 or its own words, not on the speaker's name)
_CAPTION_WHO = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,12}?)(?:同志)?(?:讲话|致辞|发言|作报告)$")


# …现将具体情况通报如下（见下表）： / 详见下表。: the line under it is the table's caption, not the next document's title
_TABLE_CUE = re.compile(r"(?:见下表|如下表|下表所示)[)）]?[：:。]?$")


def _caption_told(para: Para, nxt: str) -> bool:
    """某某书记讲话 over a paragraph that opens on 某某书记 again and tells of it: a news photo's caption, not a title."""
    m = _CAPTION_WHO.match(para.text)
    # (not 李县长讲话 / 李县长在…大会上的讲话: a link's label over the next speech's own title, no sentence in it)
    return m is not None and "。" in nxt and nxt.startswith(m.group("who"))


def _second_part(current: list[Para], para: Para) -> bool:
    """The next part's line of a report whose first part's line came before it, or whose title names it (县教育局2026年工作总结和
    2027年工作计划 over 2026年工作总结: reports36): a part, not the next document."""
    if current and part_under_hand_over(para.text, current[-1].text):
        return True  # …现将有关情况汇报如下： / 上半年工作总结: the first part (ingest.partlines, batch 57)
    if not _PART_LINE.match(para.text):
        return False
    named = bool(current) and para.text in current[0].text and para.text != current[0].text  # the title names the part
    return named or any(_PART_LINE.match(p.text) for p in current)


def _title_watermark(current: list[Para], para: Para, nxt: str, prev: str) -> bool:
    """The title said again inside the speech it heads (a site prints …讲话稿范文 over every part), before the
    speech has closed, with other text under it than under the title before: no new document. (The same title
    over the same first words is a preview and its full text, which drop_repeats handles.)"""
    earlier = [k for k, p in enumerate(current) if p.text == para.text]
    if earlier and _series_goes_on(current, nxt):
        return True  # 1.坚定发展目标。…上一个新台阶。 / the title / 2.明确发展思路。: a page break, whatever the line before ends on
    if not earlier or _AFTER_CLOSING.search(prev[-30:]) or is_salutation(nxt):
        return False  # (over a 称谓 it heads the next speech of a page that prints two under one title)
    under = current[earlier[-1] + 1].text if earlier[-1] + 1 < len(current) else ""
    return bool(under) and under[:12] != nxt[:12]


def _series_goes_on(current: list[Para], nxt: str) -> bool:
    """The paragraph under a repeated title is the next item (2.) of the numbered series the last heading before the
    title opened (1.): the text goes on across a page break."""
    head = match_heading(nxt)
    if head is None or head[1] < 2:
        return False
    last = next((h for h in (match_heading(p.text) for p in reversed(current)) if h is not None), None)
    return last is not None and last[0] == head[0] and last[2][-1:] == head[2][-1:] and last[1] == head[1] - 1


def _starts_speech(para: Para, nxt: str, prev: str) -> bool:
    """A 称谓 followed by an opening, after a closing (or with 今天 right away), starts a speech.

    A 同志们： used mid-speech as a divider is followed by ordinary text
    (这次会议以后，……) and comes after a point, not after a closing.
    """
    if not is_salutation(para.text) or not _OPENING.search(nxt[:60]):
        return False
    if _AFTER_CLOSING.search(prev[-30:]) and (prev[-1:] not in "！!" or _CLOSING_WISH.search(prev[-30:])):
        return True  # after a closing (…谢谢大家！ / …再创佳绩！), not after any exclamation (…小榜样！)
    # 同学们：今天你们是…的少先队员 — a vocative inside a speech; a new speech opens on its meeting
    # (同志们：今天我们召开…会议 / 今天是…开学典礼).
    return nxt.startswith(("今天", "今日")) and bool(_MEETING_OPENING.search((split_sentences(nxt[:120]) or [""])[0]))


# 亲爱的老师们，亲爱的同学们： — a 称谓 of several parts, each addressed with 尊敬的/亲爱的/各位
# (各位领导、同志们： and 尊敬的各位领导、同志们： address one part so: they may divide a speech).
_ADDRESSED_PART = re.compile(r"(?:^|[，,、])(?:尊敬的|敬爱的|亲爱的|各位)")
# 大家早上好！ / 你们好！ — the greeting said right after a 称谓 that opens a speech.
_GREETING = re.compile(r"^(?:大家|各位|你们)(?:早上|上午|中午|下午|晚上)?好[！!。，,：:]")  # 大家好： (a copy's colon)
# Han characters of running text a speech has before a second full 称谓 can start the next one.
_SECOND_SPEECH_MIN = 150


def _second_salutation(current: list[Para], para: Para, nxt: str) -> bool:
    """A second full 称谓 (尊敬的…，亲爱的…：), or any 称谓 greeted again (老师们、同学们： / 大家早上好！), on a
    page whose speech opened with its own: the next speech of a page that prints two (国旗下讲话 one after
    another). A vocative dividing a speech is short (同志们：) and is neither addressed nor greeted anew."""
    if not is_salutation(para.text) or not (len(_ADDRESSED_PART.findall(para.text)) >= 2 or _GREETING.match(nxt)):
        return False
    k = next((j for j, p in enumerate(current[:6]) if is_salutation(p.text)), None)
    return k is not None and count_han("".join(p.text for p in current[k + 1 :])) >= _SECOND_SPEECH_MIN


def _salutation_after_cut(current: list[Para], para: Para, nxt: str) -> bool:
    """A 称谓 on the line right under a paragraph the copy cut mid-sentence (…着力发 | 同志们：), over running text: the
    next piece of the page (batch 53: a paper's item, then an untitled speech; a province's 倡议书, then a school's). A
    piece never breaks off mid-sentence to greet its audience again; a heading over a 称谓 is no cut sentence."""
    if not is_salutation(para.text) or not current or not cut_before(current[-1]):
        return False
    prev = current[-1]
    if match_heading(prev.text) or is_title(prev) or len(nxt) < 20 or match_heading(nxt) or is_salutation(nxt):
        return False
    return count_han("".join(p.text for p in current)) >= _SECOND_SPEECH_MIN


def _salutation_after_signature(current: list[Para], para: Para, nxt: str) -> bool:
    """A 称谓 over running text, right under a piece's signer and date: the next piece of the page (ingest.signedpiece)."""
    if not is_salutation(para.text) or len(nxt) < 20 or is_salutation(nxt) or match_heading(nxt):
        return False
    return signed_off([p.text for p in current]) and count_han("".join(p.text for p in current)) >= SIGNED_MIN


def _titled_piece(current: list[Para], para: Para, nxt: str) -> bool:
    """《守护生命》 on a line of its own over a 称谓, after running text: the title of the next piece
    on the page (a pupil's speech after the host's script)."""
    titled = para.text.startswith("《") and para.text.endswith("》") and len(para.text) <= 40
    return titled and is_salutation(nxt) and count_han("".join(p.text for p in current)) >= _SECOND_SPEECH_MIN


_NEW_MEETING = re.compile(r"召开|隆重|举行|主要任务|议程")
_MEETING_DONE = re.compile(r"已经|已|圆满|完成|结束|以后|之后|闭幕|即将")


def _speech_after_points(current: list[Para], para: Para, nxt: str) -> bool:
    """A 称谓 after a speech's numbered points, then the purpose of a meeting (这次会议的主要任务是…):
    the next speech of a page that gives neither titles nor closings. (A 同志们： that divides a speech
    before its closing goes on with 这次会议以后… or 会议已经圆满完成…)"""
    if not is_salutation(para.text) or not any((match_heading(p.text) or (0, ""))[0] == 1 for p in current):
        return False
    first = (split_sentences(nxt[:120]) or [""])[0]
    return bool(_NEW_MEETING.search(first)) and not _MEETING_DONE.search(first)


# 【本报讯】 / 本报讯（记者 某某） / 本网讯 / 新华社北京3月5日电: the tag a paper's item opens on
_WIRE_TAG = re.compile(r"^[【\[]?(?:本报|本網|本网|本台|本刊|[\u4e00-\u9fff]{1,8}(?:网|报|台|社))讯[】\]]|^[^，。！？：:]{0,16}\d{1,2}月\d{1,2}日电")


def _next_wire_item(current: list[Para], para: Para) -> bool:
    """A wire tag (【本报讯】) opening a paragraph, on a page whose first item opened on one too: the next news item."""
    return _wire_tagged(para.text) and any(_wire_tagged(p.text) for p in current[:3])


def _wire_tagged(text: str) -> bool:
    # (not 据县气象台消息，…: an item may cite another's news in a paragraph of its own)
    return bool(_WIRE_TAG.match(text) or _WIRE_LEAD.match(text) and not text.startswith("据"))


def _starts_article(para: Para, nxt: str, prev: str) -> bool:
    """A headline after a speech's closing words, with running text under it: another article on the page."""
    headline = 6 <= len(para.text) <= 40 and not re.search(r"[。！？，：；、]", para.text) and not match_heading(para.text)
    return headline and bool(_AFTER_CLOSING.search(prev[-30:])) and len(nxt) >= 40


# …… 此处已隐藏13719字 …… / （此处已隐藏3200字）: a sharing site's marker over the part of the page it does not show
_HIDDEN_MARK = re.compile(r"^[…\.。（(\s]*此处(?:已)?隐藏\s*(?P<n>\d+)\s*字[…\.。）)\s]*$")
# Characters hidden that are more than one piece of a collection runs
_HIDDEN_PIECE = 3000


def _hides_the_rest(paras: Sequence[Para], i: int) -> bool:
    """A hidden-text marker hiding more than a piece runs, on a collection page (a piece label, 篇1, above it)."""
    m = _HIDDEN_MARK.match(paras[i].text)
    if m is None or int(m.group("n")) < _HIDDEN_PIECE:
        return False
    return any(p.divider for p in paras[:i]) and i + 1 < len(paras)


def _news_after_closing(current: list[Para], para: Para, prev: str) -> bool:
    """A dated lead of an event told in the third person (近日，某局召开… / 2月23日上午，某中学举行…) right after a speech's
    closing words (…取得新成效！ / …谢谢大家！), in a speech that greeted its hall: the page's next item, a news story,
    even with no blank line or headline between (split48). A speech's own closing never goes on to tell of a meeting."""
    wish = _AFTER_CLOSING.search(prev[-30:]) and (prev[-1:] not in "！!" or _CLOSING_WISH.search(prev[-30:]))
    if not wish and not _CLOSING_CALL.search(prev):
        return False
    if not any(is_salutation(p.text) for p in current[:6]):
        return False
    return opens_frame(para.text) and not _PART_LABEL_OR_TURN.match(para.text)


# 同志们，…。让我们…，为…营造安全稳定的环境。 — a speech's last paragraph: its vocative, then its call to act together
_CLOSING_CALL = re.compile(r"^(?:同志们|同学们|老师们|朋友们|各位)[，,！!][^\n]*(?:^|[。！!])\s*让我们[^。！!]{8,}[。！!]$")
# ●结束语： / 甲： — a host's labelled part or turn opens a frame too, but that is not a news story after a speech
_PART_LABEL_OR_TURN = re.compile(r"^[●■◆◇★☆○◎•·\*＊#＃【\[]|^(?:主持人)?(?:甲|乙|丙|男|女|男声|女声|合|[AB])\s*[：:]")


def _has_body(paras: list[Para]) -> bool:
    """Whether a group holds running text, not just front matter (a title broken over lines, a name, a date)."""
    return any(not is_salutation(p.text) and not is_title(p) and not _front_line(p.text) for p in paras)


def _front_line(text: str) -> bool:
    # (a long headline over the title, its phrases set off by spaces, joined with the title and the speaker's line under
    # it: 立足更高定位 彰显更大作为 推动…2022年…工作报告市城管局党组书记、局长某某（2022年2月28日）; or two titles a
    # collection page joins with &&: front matter too — running text of that length has a comma or a stop)
    return len(text) <= 120 and not re.search(r"[。！？；，,]", text)


def _close(groups: list[list[Para]], current: list[Para], items: set[int] | frozenset[int] = frozenset()) -> None:
    """Keep a document; a stray scrap with no 称谓 and little text joins the next one, unless that one
    opens with its own title (the scrap is then the end of an earlier speech, kept apart), or both are a column's
    bulleted items (`items`: their first paragraphs, ingest.bulleted)."""
    if not current:
        return
    if groups and not (id(current[0]) in items and id(groups[-1][0]) in items) and _joins_scrap(groups[-1], current):
        groups[-1].extend(current)
        return
    groups.append(list(current))


def _joins_scrap(before: list[Para], current: list[Para]) -> bool:
    """Whether `current` belongs with the scrap before it (not when the scrap is a covering notice, when
    `current` is an 附件, or when it opens with its own title after the end of an earlier speech)."""
    if not _is_scrap(before) or ATTACHMENT.match(current[0].text) or is_covering_notice(before) or is_related(before):
        return False  # (a page's 相关阅读 list is no scrap of what follows it: the next pasted page)
    if _HANDS_OVER.search(before[-1].text) and any(_wire_tagged(p.text) or press_lead(p.text) for p in before[-2:]):
        return False  # 某某网…电 …全文如下：: the agency's item, short as it is, over the text it prints
    if news_scrap(before, current, is_title(current[0])):
        return False  # 我县召开…会议 / 2月26日，我县召开…: a short news item over the speech it tells of (genrepieces.py)
    return not (is_title(current[0]) and _AFTER_CLOSING.search(before[-1].text[-30:]))


def _is_scrap(paras: list[Para]) -> bool:
    text = "".join(p.text for p in paras)
    return count_han(text) < 60 and not any(is_salutation(p.text) for p in paras)


# 按：…现将…同志讲话全文刊发，供学习。 — a bulletin's editor's note above the speech it prints.
_BULLETIN_NOTE = re.compile(r"(?:^|\n)(?:编者)?按\s*[:：][\s\S]{0,300}?(?:现将|刊发|印发|转发|刊登|摘发|供学习|供参考|以资借鉴)")
_BULLETIN_MAKER = re.compile(r"^[^。！？]{0,30}(?:办公室|办公厅|秘书处|编辑部|研究室|编委会)\s*(?:编|编印|主办|编发)$|^第\s*\d+\s*期$")


def is_bulletin_header(paras: Sequence[Para]) -> bool:
    """A bulletin's (简报、期刊) header block above a speech: its name, 第X期, the office that edits it,
    a date, a column title and an editor's note (按：…现将…讲话刊发). It belongs to no document."""
    if any(is_salutation(p.text) for p in paras) or count_han("".join(p.text for p in paras)) > 600:
        return False
    text = "\n".join(p.text for p in paras)  # the note may be broken over lines
    return bool(_BULLETIN_NOTE.search(text)) or any(_BULLETIN_MAKER.match(p.text) for p in paras)


# 附件1： / 附件：全县重点任务清单 — an attachment printed under the speech (a list, a table, rules).
ATTACHMENT = re.compile(r"^附件\s*[\d一二三四五六七八九十]{0,2}\s*(?:[:：]\s*[^。！？]{0,40})?$")


def is_attachment(paras: Sequence[Para]) -> bool:
    """附件 under a speech (a list, a table, rules) — not the speech a 印发 notice sends as its 附件."""
    if not paras or not ATTACHMENT.match(paras[0].text):
        return False
    return not any(is_salutation(p.text) or is_title(p) for p in paras[1:4])


# 关于印发某某同志在…会议上的讲话的通知: the covering notice of a speech sent round as its 附件.
_NOTICE_TITLE = re.compile(r"^(?:[^。！？，,：:]{2,30}?)?关于(?:印发|转发|学习)[^。！？]{2,60}(?:的)?通知$")  # (某某镇人民政府)关于印发…的通知


# 《…议事规则》已经…会议通过，现予印发。 / 现将《…管理办法》印发给你们，请…执行。: the notice that issues a set of rules or a plan
# (its addressees over it, its office and date under it), with or without its 关于印发…的通知 title
_ISSUING = re.compile(r"《[^》]{2,60}》[^。！？]{0,60}?(?:现予印发|现予以印发|现印发给你们|现印发给各)|现将(?:《[^》]{2,60}》[、和及与]?){1,6}(?:印发|转发)给")  # (现将《…》《…》《…》印发给你们: batch 62)


# 京政办发〔2016〕26号《…关于印发〈…工作要点〉的通知》 / 《…的通知》 / 各区人民政府，…： — a notice's head, printed twice on a
# document site: its number, its title in book marks, its 主送 line
_ISSUE_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}(?:发|字|函|办)\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,4}\s*号")
_NOTICE_HEAD = re.compile(r"关于(?:印发|转发|下发)[^。！？]{2,80}通知")


def _notice_furniture(text: str) -> bool:
    """A line of a notice's head: its number, its title (maybe in 《》), its 主送 line — no sentence."""
    if len(text) > 140 or "。" in text:
        return False
    return bool(_ISSUE_NUMBER.search(text) or _NOTICE_HEAD.search(text)) or is_addressee_line(text)


def is_covering_notice(paras: Sequence[Para]) -> bool:
    if not paras or any(is_salutation(p.text) and "同志" in p.text for p in paras):
        return False
    if bool(_NOTICE_TITLE.match(paras[0].text)) or any(_ISSUING.search(p.text) for p in paras[:3]):
        return True
    # (the head printed twice, 文号 and title in 《》 over the title again and the 主送 line: the covering sentence under
    # them — split41, the reading settled in docs/ingest-archives.md)
    first = next((k for k, p in enumerate(paras[:6]) if not _notice_furniture(p.text)), None)
    return first is not None and first >= 2 and bool(_ISSUING.search(paras[first].text))


_RELATED_REACH = 300  # paragraphs: a site's list with its items' leads is far shorter; bounds the look on a huge file


def _speech_after_related(paras: Sequence[Para], i: int) -> int | None:
    """Where a whole speech begins under a page's 新闻推荐 / 相关阅读 (paras[i]): its title over its 称谓 (同志们：), as a
    writer who pasted several saved pages into one file leaves it. A list of recommended articles is titles and
    leads, never a title over a salutation."""
    for j in range(i + 1, min(len(paras) - 1, i + _RELATED_REACH)):
        if is_title(paras[j]) and not match_heading(paras[j].text) and is_salutation(paras[j + 1].text):
            return j
    return None


def is_related(paras: Sequence[Para]) -> bool:
    """Under the site's 新闻推荐 / 相关阅读 heading: other articles the page recommends, not the pasted text."""
    return bool(paras) and paras[0].divider and bool(RELATED_HEAD.match(paras[0].text))


# - 2015-04-23某县：打造美丽乡村示范点 — a link under 相关新闻: its date and headline, no sentence of an article
# (the page's lines joined into one paragraph: one dated headline after another)
_DATED_LINK = re.compile(r"^(?:\s*[-·•*]?\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*[^。！？]{4,80}?)+$")


def drop_empty_related(chunks: Sequence[Chunk]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """猜你喜欢 / 大家正在看 / 换一换 under the speech with no article under them: the site's widgets, no
    document (returned apart); the chunks kept are numbered again."""
    def empty(c: Chunk) -> bool:
        return is_related(c.paras) and all(
            (len(p.text) <= 12 and not _STOP.search(p.text)) or _DATED_LINK.match(p.text) for p in c.paras[1:]
        ) and len(c.paras[0].text) <= 12

    if len(chunks) < 2 or not any(empty(c) for c in chunks):
        return list(chunks), ()
    gone = tuple(p for c in chunks if empty(c) for p in c.paras)
    kept = [c for c in chunks if not empty(c)]
    return [replace(c, number=n) for n, c in enumerate(kept, start=1)], gone


_FIRST_PIECE = re.compile(r"^[【\[（(]?(?:篇\s*[一1]|篇\s*[（(]\s*[一1]\s*[)）]|第[一1]篇)[】\]）)]?$")  # (篇(1))
# 会议纪要的格式及文种(汇总18篇)篇一 / …讲话稿（篇1）: the piece numbered one under the collection's title, on one line (batch 51)
_TITLED_FIRST_PIECE = re.compile(r"^[^。！？，,：:]{2,60}?(?:篇\s*[一1]|[【\[（(]\s*篇\s*[一1]\s*[】\]）)]|第[一1]篇)$")


def drop_collection_preface(chunks: Sequence[Chunk], paras: Sequence[Para]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """总结可以帮助我们更好地总结经验…这些范文可供大家参考 over …讲话稿篇一: a collection page's blurb before its first
    piece, no document (returned apart); the chunks kept are numbered again. Only a short run of text with no title
    and no 称谓, all of it before the piece numbered one."""
    first = next((p for p in paras if p.divider and not RELATED_HEAD.match(p.text)), None)
    if len(chunks) < 2 or first is None or not (_FIRST_PIECE.match(first.text.strip()) or _TITLED_FIRST_PIECE.match(first.text.strip())):
        return list(chunks), ()
    lead = chunks[0].paras
    if (
        lead[-1].end > first.line or len(lead) > 3 or sum(len(p.text) for p in lead) > 400
        or any(is_title(p) or is_salutation(p.text) or match_heading(p.text) for p in lead)
    ):  # fmt: skip
        return list(chunks), ()
    return [replace(c, number=n) for n, c in enumerate(chunks[1:], start=1)], lead


# 时间：2026年3月9日下午 / 地点：人民大会堂 / 内容：听取…: a live page's box naming the session it transcribes
_EVENT_FIELD = re.compile(r"^(?:时间|地点|内容|主持人?|议程|会议议程)\s*[:：]")


def drop_event_box(chunks: Sequence[Chunk]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """十一届…第三次全体会议 / 时间：… / 地点：… / 内容：… / 今天下午，…举行…，听取… over the transcript that opens
    各位代表：: a live page's box and its lead, no document (returned apart); the chunks kept are numbered again. Only
    the first chunk, with two fields of the box or more, no 称谓 and one paragraph of running text at most."""
    if len(chunks) < 2:
        return list(chunks), ()
    lead = chunks[0].paras
    fields = sum(1 for p in lead if _EVENT_FIELD.match(p.text))
    running = [p for p in lead if not _EVENT_FIELD.match(p.text) and not _front_line(p.text) and not is_title(p)]
    if fields < 2 or len(running) > 1 or any(is_salutation(p.text) for p in lead):
        return list(chunks), ()
    return [replace(c, number=n) for n, c in enumerate(chunks[1:], start=1)], lead


def drop_title_footer(chunks: Sequence[Chunk]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """某某文库领导在…会议上的讲话 as the page's last line: the site's name and the title of the text above it, a
    footer, no document (returned apart)."""
    if len(chunks) < 2 or len(chunks[-1].paras) != 1:
        return list(chunks), ()
    last = chunks[-1].paras[0].text
    titles = [c.paras[0].text for c in chunks[:-1] if len(c.paras[0].text) >= 6]
    if len(last) > 70 or _STOP.search(last) or not any(last.endswith(t) and len(last) - len(t) <= 8 for t in titles):
        return list(chunks), ()
    return list(chunks[:-1]), chunks[-1].paras


def is_title_list(paras: Sequence[Para]) -> bool:
    """Only titles, one to a line, and nothing under them: a page's list of related articles (or one
    such link left under a speech's last line)."""
    return len(paras) >= 1 and all(is_title(p) for p in paras)


# 致全县广大退役军人的慰问信 / 给全镇群众的一封信 / …倡议书: a letter to many readers, not a speech (kept as other)
# (创建文明城市倡议书 篇1 / 2023年潔城行動倡議書 篇2: a collection page's piece number)
# (县政府2026年新春贺词 / 市人民政府市长新春致辞 / 贺电: a message published to the public or sent, no meeting; 在团拜会上的
# 致辞 is a speech, and so is 医院院长新年致辞, said to the staff)
_LETTER_TITLE = re.compile(
    # (弘扬新民风,拒绝“升学宴”倡议书: a title may hold a comma; the genre ends the line)
    # (——2020年世界环境日联合致词: two leaders' joint words, published over both names; no one says them in a hall)
    rf"^(?:[^。！？：:，,]{{2,16}}[？?])?[^。！？：:]{{2,50}}(?:{LETTER_GENRES}|贺词|联合致(?:辞|词)|(?:政府|[省市县区]委|[省市县区州]长|书记)[^。！？：:，,]{{0,12}}(?:新春|新年|春节)致辞)"
    # 如何写感谢信?南京市委市政府这封感谢信值得学习 / …致全体市民的公开信（全文）: a site's headline over the letter
    r"(?:值得学习|值得一读|值得一看|[（(]?全文[)）]?)?"
    r"(?:范文|范本|模板|模版|大全)?"  # 端午节致全校师生的慰问信范文 / 创建…倡议书范文(范本): a 范文 site's label after the genre
    # (中秋节的倡议书1: the piece's number right after the genre)
    # (最新春节活动倡议书（汇总14篇）篇一: the collection's label, then the piece's number in words)
    r"(?:(?:\s*[（(]?(?:精选|精選|汇总|通用)?\s*\d{1,2}\s*篇[)）]?)?(?:\s*[\[【（(]?篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[\]】）)]?)?"
    r"|(?<=书|信|电)\d{1,2})$"  # …公开信[篇1]: a collection's piece
    rf"|^(?:关于|致)[^。！？：:]{{2,50}}(?:{LETTER_GENRES})$"  # 关于文明出行，共建和谐交通的倡议书 (a comma in it)
    r"|^(?:贺信|贺电|慰问信|感谢信|公开信)\s*(?:[-—－–]+|[：:])\s*致[^。！？]{2,40}$"  # 贺信-致某某市桥牌协会: the genre first
)
# 把我们的祝福送给远在他乡的各位老乡 / 向在外创业的乡亲们致以问候: greetings sent to readers who are away — a letter, when the
# text names no meeting they are at (a 座谈会 for natives come home says 今天, 欢聚, 在座).
_AWAY_READERS = re.compile(r"(?:送给|献给|送达|向)(?:远在他乡|远在异乡|身在异乡|身处异乡|在外地|在外)[^。！？，,]{0,12}的")
# 农民朋友们： / 广大市民朋友们： — a public addressed where it lives and works, not people in a hall
_PUBLIC_SALUTATION = re.compile(r"^(?:亲爱的|广大|全[省市县区镇乡]|各位)?[^：:，,。！？]{0,6}(?:农民|市民|居民|村民|网民|读者|家长|游客|车主)朋友们?[：:]$")  # (亲爱的市民朋友：)
_MEETING_WORDS = re.compile(r"今天|今日|此刻|在座|欢聚|相聚|会议|大会|座谈会|团拜会|联谊会|恳谈会")
# 贺 电 / 慰问信 as a heading of its own, under a news page's headline and date line
# (倡议书 alone on a line: the bare title of a call to many readers, signed by those who make it)
_LETTER_HEADING = re.compile(r"^(?:贺\s*电|贺\s*信|慰\s*问\s*信|慰\s*问\s*电|感\s*谢\s*信|公\s*开\s*信|倡\s*议\s*书)$")
# 中共某某乡委员会 某某乡人民政府 / 2026年6月20日 as the last two lines: a letter's signature and date, the organs
# that send it (a speech is said, not signed by organs).
_ORGAN = r"(?:中共)?[^。！？，,：:\s]{2,24}(?:委员会|人民政府|政府|办事处|办公室|委|联合会|协会)"
_SIGNATURE = re.compile(rf"^{_ORGAN}(?:[ \u3000]+{_ORGAN})*$")
# (20XX年12月28日 / 20××年×月×日: a template's date, its digits left for the user to fill — still the date it is signed on)
_SIGNED_DATE = re.compile(
    r"^(?:\d{4}|二[〇零○一二三四五六七八九]{3}|20[xX×*＊Ｘ]{2})年(?:[\d一二三四五六七八九十]{1,2}|[xX×*＊Ｘ]{1,2})月"
    r"(?:(?:[\d一二三四五六七八九十]{1,3}|[xX×*＊Ｘ]{1,2})日)?$"
)
# 我们向大家发出倡议 / 特向全镇…倡议如下: what the signed text does — calls its readers to act
# (not 响应…的倡议: a report may answer another's call)
# (为此，某某村党支部和某某党支部倡议：: the signers calling in their own name, the colon opening the call)
_CALL = re.compile(r"发出[^。！？]{0,10}倡议|倡议如下|特此倡议|倡议书|一封信|公开信|(?:^|[，,。\n])[^。！？，,\n]{2,40}(?<!的)倡议[：:]")


def is_signed_call(paras: Sequence[Para]) -> bool:
    """A call to act (倡议) signed at its end by organs, with a date: a letter to its readers, title or none."""
    if len(paras) < 3 or not _SIGNED_DATE.match(paras[-1].text.strip()):
        return False
    # (某某村党支部、某某农庄党支部 / 2012年2月12日: any signers over the date, the frame's signature block)
    signed = bool(_SIGNATURE.match(paras[-2].text.strip())) or signed_block(paras)
    return signed and bool(_CALL.search("\n".join(p.text for p in paras[:-2])))


# An office's own account in parts: what was done, what falls short, what comes next (一、主要工作 / 二、存在的问题 /
# 三、下一步工作打算), opening on the year it looks back on (一年来，… / 今年以来，…)
_PROBLEM_PART = re.compile(r"^(?:目前|当前|工作中)?(?:存在的?|面临的?)(?:主要)?(?:问题|不足|困难)")
_NEXT_PART = re.compile(r"^(?:下一?步|今后|明年|\d{4}年)[^。！？，]{0,6}(?:打算|计划|思路|安排|努力方向)")
# 上半年主要工作及成效 / 2026年工作完成情况 / 今年以来工作开展情况: the part telling what was done and what came of it
# (a speech's first part judges the work, 充分肯定…成绩; it does not list it as done)
_RESULTS_PART = re.compile(r"^(?:\d{4}年|上半年|今年以来|一年来|全年|前三季度)?(?:的)?(?:主要)?工作(?:及|和|与)?(?:主要)?(?:成效|完成情况|开展情况|进展情况|推进情况)[。:：]?$")
_LOOKING_BACK = re.compile(r"一年来|过去的?一年|今年以来|年以来|任职以来|上半年")


def _account_in_parts(paras: Sequence[Para]) -> bool:
    """Parts headed 存在的问题 and 下一步工作打算 under an opening that looks back on the year: a report.
    (一、履行党建第一责任人职责情况 … 二、存在的主要问题和原因分析 with no title: a 述职报告's parts, however it was cut.)"""
    first = next((k for k, p in enumerate(paras) if (match_heading(p.text) or (0,))[0] == 1), None)
    heads = [re.sub(r"^[一二三四五六七八九十]+[、.．]\s*", "", p.text) for p in paras if (match_heading(p.text) or (0,))[0] == 1]
    if first is not None and heads and _DUTY_PART.match(heads[0]) and any(_PROBLEM_PART.match(h) for h in heads[1:]):
        return True
    if first is None or not _LOOKING_BACK.search("".join(p.text for p in paras[:first])):
        return False
    if _RESULTS_PART.match(heads[0]):
        return True  # 上半年，市应急管理局… / 一、上半年主要工作及成效: the account's first part, even when the page stops in it
    return any(_PROBLEM_PART.match(h) for h in heads) and any(_NEXT_PART.match(h) for h in heads)


# 基本情况 / 总体情况 / 工作开展情况: the first part of an account, the facts of the period before what was done
_FACTS_HEAD = re.compile(
    r"^(?:[^。！？，,]{0,12}(?:工作)?)?(?:基本|总体|整体|主要)情况[。:：]?$|^(?:工作)?(?:开展|进展|完成)情况[。:：]?$"
    # 近期工作进展 / 上半年工作推进情况 / 主要工作进展: the period's progress, a summary's first part as well (batch 52)
    r"|^(?:近期|前期|当前|阶段性?|本季度|一季度|第一季度|上半年|今年以来|年初以来|主要)?的?工作(?:进展|推进|开展)(?:情况)?[。:：]?$"
)

# 2025年，全县… / 20XX年度，我局…: an opening on the year it gives account of
_YEAR_OPENS = re.compile(r"^(?:\d{4}|20[xX×*＊]{2}|二[〇零0○][\dxX×一二三四五六七八九〇零○]{2})年(?:度|以来)?[，,]")


def _facts_first(paras: Sequence[Para]) -> bool:
    """2026年上半年，我县信访工作坚持… / 一、基本情况 / …信访总量… / 二、主要工作: an untitled account of a period, its first
    part the period's facts (batch 50). A speech judges the work in its first part; it does not head it 基本情况."""
    first = next((k for k, p in enumerate(paras) if (match_heading(p.text) or (0,))[0] == 1), None)
    if first is None or not 0 < first <= 3:
        return False
    if any(p.text.rstrip().endswith(("：", ":")) for p in paras[:first]):
        return False  # 各乡镇党委、政府： / …现将有关情况通报如下：: a circular to the bodies under it (shapes32), not an account
    head = re.sub(r"^[一二三四五六七八九十]+[、.．]\s*", "", paras[first].text)
    lead = "".join(p.text for p in paras[:first])
    return bool(_FACTS_HEAD.match(head)) and bool(_LOOKING_BACK.search(lead) or _YEAR_OPENS.match(lead))


# 三、对市自然资源和规划局下一步工作的建议 / 四、对策建议: a survey's part of suggestions (to the office it studied)
_SUGGESTIONS_PART = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*[^。！？，,]{0,30}(?:建议|对策|意见和建议|对策和建议)$")


def _survey_tail(paras: Sequence[Para]) -> bool:
    """A copy that opens inside a part (its first line a later sub-point, （三）…) and goes on to a part of suggestions:
    the later pages of a 调研报告, cut from its first."""
    first = match_heading(paras[0].text) if paras else None
    if first is not None and first[0] == 3:
        return _items_over_suggestions(paras)
    if first is None or first[0] != 2 or first[1] < 2:
        return False
    return any(_SUGGESTIONS_PART.match(p.text) for p in paras[1:30])


def _items_over_suggestions(paras: Sequence[Para]) -> bool:
    """1、…有待提高。一是… / 2、… / 二、…的意见建议: a copy that opens on the items of a part whose heading was on the page
    before, then the survey's later part of suggestions, numbered past the first (batch 50)."""
    for p in paras[1:30]:
        head = match_heading(p.text)
        if head is not None and head[0] == 1:
            return head[1] >= 2 and bool(_SUGGESTIONS_PART.match(p.text))
    return False


# 一、工作思路 / 二、工作重点 / 三、保障措施: the parts of a plan by their names (a speech's headings say what to do)
_PLAN_PART = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:总体|工作|指导|主要|重点|具体)?(?:思路|目标|要求|思想|重点|工作重点|重点工作|任务|主要任务|重点任务|目标任务|措施|保障措施|工作措施|具体措施|安排|进度安排)(?:和|及|与)?(?:目标|措施|任务|要求)?[。:：]?$"
)


def _plan_in_parts(paras: Sequence[Para]) -> bool:
    """Two or more top headings named as a plan's parts (工作思路, 工作重点, 保障措施): a work plan, not a speech."""
    heads = [p.text for p in paras if (match_heading(p.text) or (0,))[0] == 1]
    return sum(bool(_PLAN_PART.match(h)) for h in heads) >= 2


# 履行党建第一责任人职责情况 / 履职尽责情况 / 抓基层党建工作履职情况: the first part of a 述职报告, the duties done
_DUTY_PART = re.compile(r"^[^。！？，,]{0,12}(?:履行[^。！？，,]{0,16}职责|履职尽责|履职)(?:的)?(?:情况|成效|工作)?$")


# 讲话强调了安全生产的重要性 / 讲话回顾了… / 文章指出…: what a speech said, told by a page that sums it up
# (news says 他在讲话中强调: said at the meeting, by whom)
_ABOUT_SPEECH = re.compile(r"(?:^|[。！？，,])(?:讲话|该讲话|这篇讲话|本文|文章|讲话稿)(?:还|最后|首先|同时)?(?:强调|回顾|指出|提出|分析|总结|部署|阐述|讲解|介绍)了")


def is_speech_summary(paras: Sequence[Para]) -> bool:
    """A summary of a speech under its title (a document site's abstract): it says 讲话强调了…/讲话回顾了… at least
    twice, never speaks in the first person and addresses no one."""
    text = "\n".join(p.text for p in paras)
    if any(is_salutation(p.text) for p in paras[:8]) or count_han(text) > 3000 or _REPORTER.search(text):
        return False
    return len(_ABOUT_SPEECH.findall(text)) >= 2 and not re.search(r"我(?!国|省|市|县|区|镇|乡)|同志们|大家", text)


# 在…会议上的讲话 / 镇党委书记在…动员会上的讲话: a speech's title, the speaker's office before 在 or not (a caption
# says 作讲话, see _CAPTION; is_title keeps those out)
# (…上的讲话（全文）: the title's note, as _TITLE allows it)
# (市城市共青团工作会议上的讲话: the meeting named, 在 lost from a title the page cut at its start — 上的讲话 ends only a
# speech's title; split44, batch 66)
_AT_MEETING_TITLE = re.compile(
    rf"^(?:[^。！？，,：:在]{{2,16}}(?=在[^。！？，,：:]{{2,50}}上的讲话{_TITLE_NOTE}$))?[在于][^。！？：:]{{2,60}}讲话{_TITLE_NOTE}$"
    rf"|^[^。！？，,：:；;]{{2,40}}(?:会议|大会)上的讲话{_TITLE_NOTE}$"
)


# 在…会议上的讲话 / 开幕致辞 / 交流发言: a title naming a thing said (a speech looks back on the year too)
_SAID_TITLE = re.compile(r"讲话|致辞|发言|讲稿|主持词|开场白")
_EXCLAIMED_SALUTATION = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}们[、，,]){1,4}[\u4e00-\u9fff]{1,8}们[！!]$")


# what opens a report's text right after its title, when the page ran the two together
_REPORT_OPENS = re.compile(r"尊敬的|各位|同志们|总述|概述|前言|引言|本报告|一[、.．]|(?:19|20)\d\d年|今年|过去|一年来|近年来|根据|按照|回顾|现将")
# (…上半年工作总结和下半年工作计划回顾这半年的工作，…: the title's second half, then the text)
_REPORT_END = re.compile(r"工作报告|工作汇报|情况的?(?:汇报|报告)|工作总结(?:(?:和|暨|及|与)[^。！？，]{0,16}?工作(?:计划|打算|安排|思路|要点))?|年终总结|述职报告")


def _subtitled_report_title(text: str) -> bool:
    """乡镇卫生院2025年度工作总结暨2026年工作计划：夯实基层医疗网底 筑牢乡村健康防线 — a report's title, then a colon and
    the theme it is written under (a speech's 在…上的讲话 takes its theme on a ——line instead)."""
    head, colon, theme = text.partition("：") if "：" in text else text.partition(":")
    return bool(
        colon and 6 <= len(head) <= 50 and 4 <= len(theme.strip()) <= 30 and not _STOP.search(text)
        and _REPORT_TITLE.search(head.strip("《》"))
    )  # fmt: skip


# 乡镇乡镇 20212021 年上半年妇联工作总结年上半年妇联工作总结: a PDF's text with every word said twice
_DOUBLED = re.compile(r"([\u4e00-\u9fff\d]{2,12}?)\s?\1")


def _doubled_report_title(lead: str) -> bool:
    """A report's title at the head of a PDF's text that doubles its words (乡镇乡镇 20212021 年上半年…工作总结…): a
    report, when at least three of the first words are doubled and the title, said once, names a report."""
    head = lead[:80]
    if len(_DOUBLED.findall(head)) < 3:
        return False
    once = re.sub(r"\s+", "", _DOUBLED.sub(r"\1", head))
    return bool(re.match(r"^[^。！？，,：:]{2,40}?(?:工作总结|工作报告|述职报告|工作汇报)", once))


def _run_in_report_title(lead: str) -> bool:
    """学校教职工代表大会工作报告总述本报告… / …建设情况汇报尊敬的…： — a report's title run into its first line (a
    PDF's line breaks, cleaned away, cut the title too): a report, when its text opens right after the title."""
    for m in _REPORT_END.finditer(lead[:64]):
        title = lead[: m.end()]
        if 6 <= len(title) <= 60 and not _STOP.search(title) and _REPORT_TITLE.search(title) and _REPORT_OPENS.match(lead, m.end()):
            return True
    return False


# 表彰性领导讲话稿有以下特点：一、… / 怎样写会议主持词 / 述职报告的写作要点: an article on how the genre is written, not
# a text of it
_WRITING_GUIDE = re.compile(
    r"(?:讲话稿|讲话|发言稿|致辞|主持词|工作总结|工作报告|述职报告)[^。！？：:]{0,4}(?:有|具有)(?:以下|如下)(?:几个|[一二三四五六七八九十几]个)?特点"
    r"|(?:怎样|如何|怎么)写(?:好)?(?:会议)?(?:讲话稿|主持词|发言稿|工作总结|工作报告|述职报告)|(?:讲话稿|主持词|发言稿|致辞)(?:怎么写|怎样写|如何写)|(?:讲话稿|主持词|发言稿|总结|报告)的写作(?:要点|技巧|方法)"
    # 如何作一个精彩耐听、令人振奋的表态发言？… / 起草会议表态发言之前，…: a page asking how a speech is made, then telling it
    r"|(?:怎样|如何)(?:写好?|作|做|起草)(?:好)?一[个篇份][^。！？]{0,16}(?:表态发言|讲话稿|发言稿|主持词|致辞|讲话|发言)[？?]"
    r"|起草(?:会议)?(?:表态发言|讲话稿|发言稿|主持词|致辞)(?:之前|时)"
    # 感谢信的特点概括起来具有以下几个方面： / 慰问信的格式一般包括以下几个部分: what the genre is like and how it is laid out,
    # told to one who will write one (the genre's own word, then 的特点/的格式/的结构, then what they are)
    r"|(?:讲话稿|发言稿|主持词|致辞|倡议书|慰问信|感谢信|贺信|公开信|贺词|开幕词|闭幕词|演讲稿)的(?:特点|格式|结构|写法)"
    r"[^。！？：:]{0,8}(?:有|具有|包括|分为)(?:以下|如下)[^。！？：:]{0,6}(?:特点|方面|部分)"
)


# 关于2021年七一重要讲话精神宣讲稿: a lecture's text by its genre word, on a line of its own
_LECTURE_TITLE = re.compile(r"^[^。！？，,：:]{2,60}宣讲(?:稿|提纲)$")


# 现向区委、区政府报告我镇2026年度工作计划 / 现将调研情况综合如下 / 现将有关情况汇报如下: an office handing its own account
# to those above it, in the words that open the account (a speech says 现在，我代表…向大会报告)
# 2006年4月，…按照…下达的调研课题，笔者…深入…农村开展调研，…形成了综合性调研报告。: the writer saying what the text is
# (a survey report printed as a paper, its abstract cut away as a site's summary)
_SURVEY_MADE = re.compile(r"形成(?:了|此|本)?(?:这篇|本篇|这份|本)?[^。！？，,]{0,6}(?:调研|调查|考察)报告[。，,]")
# 下一步，代表组将深入社区…，最终形成调研报告。: a report still to be written, in a news item's plans — not this text
_STILL_TO_DO = re.compile(r"下一步|接下来|今后|下阶段|下一阶段|还将|也将|拟(?!定)")


def _survey_made(text: str) -> bool:
    """The writer says the text is the survey's report (…形成了这份调研报告。), not that one is still to be written."""
    for m in _SURVEY_MADE.finditer(text):
        start = max(text.rfind(stop, 0, m.start()) for stop in "。！？\n") + 1
        if not _STILL_TO_DO.search(text, start, m.start()):
            return True
    return False
_OWN_ACCOUNT = re.compile(r"现(?:将|向)[^。！？：:]{0,40}(?:报告|汇报|综合)(?:如下)?[^。！？：:]{0,20}[。：:]")
# 多篇调研报告 / 两篇调研报告相继出炉 / 三份述职报告: reports counted, a news item's words about them
_COUNTED_REPORTS = re.compile(r"^(?:多|两|几|数|[一二三四五六七八九十\d]+)[篇份个]")
# 博客广场拍客广场 / 我的博客 / 【原创】: a blog's menu or a blogger's own label over the text
_BLOG = re.compile(r"博客(?:广场|首页)|我的博客|博文|^【原创】", re.M)


# 该县政协 / 该市 / 该镇: a place referred back to by a writer outside it (its own office says 我县, 全县)
_THIS_PLACE = re.compile(r"该(?:省|市|县|区|镇|乡|州|街道)")


def _contents_end(paras: Sequence[Para]) -> int:
    """The index of the first line under a page's table of contents (four heading lines or more, nothing under
    them), when it opens the text; else 0."""
    k = next((k for k, p in enumerate(paras[:40]) if not match_heading(p.text) or len(p.text) > 40), 0)
    return k if k >= 4 and k < len(paras) else 0


def _blog_essay(paras: Sequence[Para]) -> bool:
    """A blogger's essay: a blog's menu or its 【原创】 label in the first lines, no 称谓 and no title of a thing said (a
    speech posted on a blog keeps its 在…上的讲话 or its 同志们：)."""
    head = paras[:8]
    if not any(_BLOG.search(p.text) for p in head) or any(is_salutation(p.text) for p in head):
        return False
    return not any(_SAID_TITLE.search(p.text) and len(p.text) <= 60 for p in head)


# 很高兴今天与各位一同见证… / 和大家一起… / 在座的各位: the words said to those present, in the second person
_TO_THOSE_PRESENT = re.compile(r"(?:与|和|同|跟)(?:在座的?)?(?:各位|大家)(?:一[同起道])?|在座的?各位|各位来宾")


# 关于…的调研报告作文 关于…的调研报告怎么写文案: a composition site's words after the title (the title said twice)
_SITE_SUFFIX = re.compile(r"(?:\s*(?:作文|怎么写|文案|范文|模板|大全))+$")


# 工作报告 / 工作总结 alone on a line among the front lines: the site's category (首页 > 讲话稿 > 工作报告), no document's title
_BARE_GENRE = re.compile(r"^(?:工作报告|工作汇报|工作总结|总结报告|述职报告|调研报告|调查报告)$")


def _titled_speech(paras: Sequence[Para], front: Sequence[Para]) -> bool:
    """The speech's own title (在…会议上的讲话) among the front lines and its 称谓 under them: a speech, whatever category
    label the site set beside its title and however its first point looks back (…期间…发展情况)."""
    return any(_AT_MEETING_TITLE.match(p.text) for p in front) and any(is_salutation(p.text) for p in paras[:8])


# …在集团会议室举行 / …主持座谈会: the event held somewhere, or chaired — told of a meeting being held, not recalled
_HELD_AT = re.compile(r"在[^。！？]{2,30}(?:举行|召开|举办)|主持")


# 今年是我国第40个植树节。: the occasion a news lead opens on, one short sentence before its purpose and day
_OCCASION_MAX = 30


def _after_occasion(lead: str) -> str:
    """The lead's second sentence when its first is a short one naming the occasion (今年是…植树节。), else ""."""
    first, _, rest = lead.partition("。")
    return rest if rest and len(first) <= _OCCASION_MAX and not _FIRST_PERSON.search(first) else ""


def _later_dated_lead(lead: str) -> bool:
    """A news lead whose day and event open its second sentence, told as held (今年是农历兔年，适逢…。正月初八上午，某某集团
    新年座谈会在集团会议室举行，总经理某某主持座谈会。): a speech recalling a meeting says where less often and who chaired never."""
    parts = re.split(r"(?<=[。！？])", lead, maxsplit=2)
    return len(parts) > 2 and dated_lead(parts[1]) and bool(_HELD_AT.search(parts[1]))


def classify_kind(paras: Sequence[Para]) -> str:
    """'speech', 'report' (工作报告), 'news' (会议消息: third person, 召开/出席/指出, no 称谓) or 'other'."""
    if is_bulletin_header(paras) or is_title_list(paras) or is_related(paras) or is_attachment(paras) or is_covering_notice(paras):
        return "other"
    if contents_rows(paras):
        return "other"  # 在…开幕会上的讲话~%& / 在…闭幕会上的讲话（摘要） / …: a collection's contents (ingest.tocrows, batch 64)
    text = "\n".join(p.text for p in paras)
    if _WRITING_GUIDE.search(text[:800]) and not any(is_salutation(p.text) for p in paras[:8]):
        return "other"  # a how-to article on the genre (its 一、内容上具有完整性 are the article's, not a speech's points)
    if genre_of(paras, "")[0]:
        return "other"  # 会议纪要, 工作规则, 政策解读, a novel's chapter, a guide to writing 答谢辞: kept out by their genre
    front = _front_lines(paras)
    head = "\n".join(p.text for p in paras[: max(6, len(front) + 2)])
    lead = paras[0].text if paras else ""
    toc = _contents_end(paras)
    if toc:
        front = [*front, paras[toc]]  # 一、… （一）… 二、… 三、… 四、… / …工作总结及2026年工作计划: the contents over the title
    # (《农村经济调查报告（精选9篇）》: a collection page's title in 《》 names the genre of the pieces under it)
    # (多篇调研报告 / 两篇调研报告相继出炉: a news item counting the reports a body wrote, no report's title)
    titled = any(
        _REPORT_TITLE.search(_SITE_SUFFIX.sub("", p.text.strip("《》"))) and len(p.text) <= 80 and not _STOP.search(p.text) and not _COUNTED_REPORTS.match(p.text)
        and not tells_of_quoted(p.text, _REPORT_TITLE)  # 某县召开《政府工作报告》意见征求座谈会: a headline (batch 62)
        and not (_BARE_GENRE.match(p.text) and _titled_speech(paras, front))
        for p in front
    )
    titled = titled or _run_in_report_title(lead) or any(_subtitled_report_title(p.text) for p in front) or _doubled_report_title(lead)
    # (全国政协主席某某从六个方面提出…工作要点 / 3月3日15时，…会议开幕。…某某在…向大会报告工作后…: a dated lead under the
    # headline tells of the report; the report's own text never opens on the day and the hour)
    if titled or (_REPORT.search(head) and not _NEWS_LEAD.search(lead) and not _NEWS_LEAD.search(_lead_under_headline(paras))):
        return "report"
    if any(_REPORT_SUBTITLE.match(p.text) for p in paras[1:6]):
        return "report"  # ——在2026年全市教育工作会议上的报告
    if _OWN_ACCOUNT.search(text[:2000]) and not any(is_salutation(p.text) for p in paras[:8]):
        return "report"  # 根据区委…安排，现向区委、区政府报告我镇2026年度工作计划。 / …现将调研情况综合如下：: the office's own account
    if congress_report(paras):
        return "report"  # 尊敬的各位代表：… / 我谨代表工会… / 一、工作回顾 二、存在的问题 三、工作计划: to the congress (batch 62)
    if (work_points(paras) or opens_on_first_part(paras)) and not any(is_salutation(p.text) for p in paras[:8]):
        # 2026年…党的建设主要工作 / …总体要求是：… / 一、…: the year's work points; 一、上半年工作总结 / 1、…: a report's
        # first part, its title lost (batch 62)
        return "report"
    if own_work_lead(paras) and not any(is_salutation(p.text) for p in paras[:8]):
        return "report"  # 按照…安排部署，我乡主要开展以下工作：一、…: an office's own account, its title lost (batch 55)
    if _survey_made("\n".join(p.text for p in paras[:3])) and not any(is_salutation(p.text) for p in paras[:8]):
        return "report"  # …笔者…深入…开展调研，…形成了综合性调研报告。: the writer says the text is a survey report
    if reflection_title(paras) and not any(is_salutation(p.text) for p in paras[:8]):
        return "report"  # 复旦启智 助我成长——…能力提升培训班学习心得 / 7月14日至20日，…我与6名政协委员…: written, said to no one
    if _HANDS_OVER.search(paras[-1].text) and any(_wire_tagged(p.text) or press_lead(p.text) for p in paras[-2:]):
        return "news"  # 某某网9月8日电 …发布致…的公开信。全文如下：: the agency's item; the letter it prints is the next document
    if _told_then_handed(list(paras)):
        return "news"  # 市长指，… / 他强调，… / 市长新春贺辞全文：: the page's account; the text it hands over is the next document
    if _letter_told(paras, text):
        return "news"  # …委派办公室向全市会员发出了一封慰问信… over no 称谓: the page's account of the letter, not the letter
    if event_news(paras) and not any(is_salutation(p.text) for p in paras[:8]):
        return "news"  # 我镇开展重阳节敬老慰问活动 / 10月11日，…走访慰问了…: an event told, no letter (genrepieces.py)
    if story_news([p.text for p in paras]) and not any(is_salutation(p.text) for p in paras[:8]):
        return "news"  # …开展送温暖活动 / 为…，春节前夕，… / 走访一线送温暖 / 近日，…: a story with subheads (ingest.storyheads)
    if _PROPOSES.search(head) or any(_NEW_YEAR_WORDS.match(p.text) for p in paras[:2]):
        return "other"  # 关于…的倡议书 under a news site's headline and 转自 line / …，现倡议如下： / …新年寄语: a letter
    if _is_letter(paras, text):
        return "other"  # 致全县广大退役军人的慰问信: a letter, even with its 称谓 and greetings
    if _AWAY_READERS.search(text[:600]) and not _MEETING_WORDS.search(text):
        return "other"  # 尊敬的各位老乡： / …把…祝福，送给远在他乡的各位老乡。: a letter to readers away, said at no meeting
    if is_signed_call(paras):
        return "other"  # …我们向大家发出倡议… / 中共某某乡委员会 某某乡人民政府 / 2026年6月20日: a letter, signed
    if _blog_essay(paras):
        return "other"  # 博客广场… / 【原创】同样听述职报告，为何感觉大不同？ / 12月27日上午，我受…安排，主持…: a blogger's essay
    if is_speech_summary(paras):
        return "other"  # …的讲话 / 讲话强调了…，指出…。讲话回顾了…: a site's summary of a speech, not the speech
    # (主席团成员和应邀参加的县领导： over a row of names is a news item's list, not a 称谓)
    has_salutation = any(is_salutation(p.text) and not _NAME_ROW.match(paras[k + 1].text if k + 1 < len(paras) else "") for k, p in enumerate(paras[:8]))
    # 共青团员们、青年朋友们、同志们！ as the first line: the 称谓 said with a ！ (a speech to a rally)
    has_salutation = has_salutation or any(_EXCLAIMED_SALUTATION.match(p.text) for p in paras[:2])
    # 大家好！ / 同学们，大家上午好！ on a line of its own in the first lines: said to those present, whatever the 称谓 over it
    # (a PDF's OCR turned 尊敬的 into 苯敬的, so no 称谓 is found above it)
    has_salutation = has_salutation or any(_GREETING_LINE.match(p.text.strip()) for p in paras[:6])
    if not has_salutation and opens_on_the_hall(list(paras)):
        return "speech"  # 同志们，刚才某某同志传达了…: the hall greeted, what was just done taken up — a speech (batch 55)
    if not has_salutation and told_remarks(paras):
        return "news"  # 业务院长某某在致辞中说，… / 副院长某某在致辞中说，…: the remarks told by a reporter (batch 55)
    if not has_salutation and quoted_news_lead(paras):
        return "news"  # “…我们村…”在镇政府会议室里，某村党支部书记某某正在讲述…: a reporter quoting a speaker (batch 55)
    if any(_INFO_HEADLINE.match(p.text) for p in paras[:2]) and not has_salutation and not _FIRST_PERSON.search(text):
        return "news"  # 双石镇三举措整治河湖“清四乱” / 一是…成立工作领导小组… / 二是…: an office's work item, told, not said
    if _FACTS_PART.match(lead) and len(paras) > 1 and _OFFICE_YEAR.match(paras[1].text):
        return "report"  # 一、基本情况 / 2025年，本局全年共完成审计项目25个…: an office's account, from its first part
    if _PROGRESS_LEAD.match(lead) and not has_salutation and not _REPORTER.search(text) and not _SPEAKER_TO.search(text):
        return "report"  # 前三季度，区委区政府…。多数项目已完成年度目标任务，其余达到序时进度: the progress account, untitled
    if _OWN_YEAR_LEAD.match(lead) and not has_salutation and sum(bool(_PART_MARK.match(p.text)) for p in paras[1:]) >= 2 and not (
        _REPORTER.search(text) or _SPEAKER_TO.search(text)
    ):
        return "report"  # 2026年，我镇以…为抓手，…各项工作稳步推进。 / 一、… / 二、…: the office's own account in parts, untitled
    if _ACCOUNT_LEAD.match(lead) and not has_salutation:
        return "report"  # 2026年，办公室在机关党组的正确领导下，… / 2026年，我作为镇长，…: an office's or an official's account of the year
    if _ACCOUNT_LEAD.match(_lead_under_headline(paras)) and not has_salutation and not _SAID_TITLE.search(lead):
        return "report"  # 2026年度审计工作情况 / 2026年，我局在区委、区政府的正确领导下，…: the same under its short title

    if not has_salutation and told_event(paras) and not _SPEAKER_VOICE.search(text):
        return "news"  # 大会在…仪式中开始 / …正式拉开帷幕 / 大会宣布了… / 大会在…中圆满落幕: an event told from its opening to its close
    if not has_salutation and (told_meeting(paras) or (held_headline(paras) and not _SPEAKER_VOICE.search(text))):
        return "news"  # …医院即召开…扩大会议… / 会议由某某主持… / 最后某某强调：…: a meeting told as held, what was said there told
    title = next((p.text for p in paras[:3] if is_title(p)), "")
    # (竞选镇长演讲稿 / …竞聘演讲稿: one's own words to the panel and the hall, 我 throughout)
    said = title or next((p.text for p in paras[:2] if _BOOKED_SPEECH_TITLE.match(p.text)), "")  # 《竞选镇长演讲稿》
    running = next((p.text for p in paras if len(p.text) >= 40 and _STOP.search(p.text)), "")
    if not has_salutation and not _AT_MEETING_TITLE.match(title) and _WIRE_LEAD.match(running):
        # 某某讲话 (the photo's caption) / 本报讯（记者 某某）近日，…召开…: a paper's item, its first running paragraph opening
        # on the paper's tag, whatever lines (a site's column names, a caption) stand over it; only a speech's own title
        # (在…上的讲话) over a 称谓-less text keeps it a speech (split47)
        return "news"
    # (…三期大楼落成庆典致词 / 很高兴今天与各位一同见证…: no 我, but the words turn to those present)
    # (——在…座谈会上的主持词（摘要） / 在政协…成立60周年的日子里，我们召开座谈会: the host's own words, however many 召开)
    if re.search(r"(?:讲话|致辞|致词|发言|讲话稿|开场白|演讲稿|演讲辞|演讲词|主持词|主持稿)\S{0,8}$", said) and (
        "我" in text[:600] or _TO_THOSE_PRESENT.search(text[:600])
    ):
        return "speech"  # 在…大会上的讲话 opening in the first person: a speech even without 称谓
    if _AT_MEETING_TITLE.match(title) and not _NEWS_LEAD.search(text[:200]) and not _REPORTER.search(text):
        return "speech"  # (镇党委书记)在…会议上的讲话, dated and signed, with no 称谓 and little 我: a speech, not news
    if title.endswith(("讲话提纲", "发言提纲", "讲话纲要", "发言纲要", "讲话要点", "发言要点")) and not _REPORTER.search(text) and not (
        not has_salutation and _DATED_LEAD.match(paras[1].text if len(paras) > 1 else "") and not _FIRST_PERSON.search(text)
    ):  # (…讲话要点 / 1月12日，全县经济工作会议召开。县长在会上作讲话… / 县长强调，…: a news item's summary of it, split48)
        return "speech"  # 在…会议上的讲话提纲（纲要）: the headings of a speech, even with no running text
    if any(_LECTURE_TITLE.search(p.text) for p in paras[:3]) and not _REPORTER.search(text):
        return "speech"  # 关于…重要讲话精神宣讲稿 / 2021年7月1日上午，…出席…: a lecture's text, its dated first line the event it studies
    if "党课" in title and not _REPORTER.search(text):
        return "speech"  # 专题党课：…, 党课讲稿: a lecture to party members, read like a speech
    if (_GENRE_LABEL.match(lead) or _SEMINAR_TITLE.search(title)) and not _REPORTER.search(text):
        return "speech"  # 【中心组研讨发言】… / ……学习研讨交流发言: one's own remarks, even in the third person's words
    if host_script(paras) and not _REPORTER.search(text) and not _WIRE_LEAD.match(lead) and not _DATED_LEAD.match(lead):
        return "speech"  # ●结束语： / … / 我宣布：…典礼到此结束。 / 甲：… 乙：…: a host's script or its part, said to those present
    if _SPEAKER_VOICE.search(text) and not _REPORTER.search(text):
        return "speech"  # 刚才，某某同志总结了… / 接下来，我讲几点意见: only the speaker at the meeting says so
    first = len(_FIRST_PERSON.findall(_own_words(paras, text)))
    news = len(_NEWS.findall(_LEADER_CITED.sub("", text)))
    if _GREETING_FORMULA.search(lead[:120]) and not has_salutation and not _REPORTER.search(text):
        return "speech"  # 值此…之际，我谨代表县委，向全县…致以…祝福！: a greeting in the sender's own voice
    if (_WIRE_LEAD.match(lead) or _WIRE_LEAD.match(_lead_under_headline(paras)) or credited_lead(paras)) and not has_salutation:
        return "news"  # 本网讯1月10日上午，…团拜会…隆重举行。…我们无比自信…: a wire lead; the 我们 are the speakers' it quotes
    if _AT_THE_MEETING_LEAD.match(lead) and not has_salutation and first < 3:
        return "news"  # 会议上街道党工委书记某某就…强调了三个方面：一是…: what a meeting heard, told by one who was there
    if _REPORTED_LEAD.match(lead) and not has_salutation and not _FIRST_PERSON.search("\n".join(p.text for p in paras[1:])):
        # 某某说，“十四五”期间…，希望…一是…二是…: a leader's words reported in the third person (the 我们相信 in the
        # first paragraph are his, told after 某某说)
        return "news"
    if _MEETING_DID.search(text) and not has_salutation and first == 0 and not title:
        return "news"  # 全镇党员干部要…。要…。会议传达学习了…精神。: requirements a meeting heard, told by the one who reports it
    told = len(_FIRST_PERSON.findall(_QUOTED.sub("", _own_words(paras, text))))  # 我们 outside “…” only
    chaired = bool(_CHAIRED_BY.search("\n".join(p.text for p in paras[:6])))  # 会议由某某主持: told by one who was there
    # (…参加了会议。 in the lead: the same, the lead listing who came)
    chaired = chaired or bool(_ATTENDED.search(lead) and (_HELD_LEAD.match(lead) or _DATED_LEAD.match(lead)))
    if (_DATED_LEAD.match(lead) or _dated_under_headline(paras)) and not has_salutation and (told < 3 or chaired):
        # 2026年3月5日上午，县长某某到县民政局调研…: a dated lead in the third person, whatever its verbs;
        # 11月29日，下午6时许，…刚刚结束了…座谈会。 then a guest's words in quotation marks: a feature, still news
        return "news"
    if chaired and not has_salutation and _HELD_LEAD.match(lead):
        # 节后上班第二天，医院即召开…扩大会议… / 会议由高院长主持，… / 最后高院长强调：1、…: a meeting told as held, its day said
        # in words (no date), then who chaired it — what the chair said after is reported, however many 大家 it holds
        return "news"
    if _REPORTER.search("\n".join(p.text for p in paras[:6])) and not has_salutation and told == 0:
        return "news"  # 两封感谢信 / 本报记者 某某 / “…向你们致敬！”: the 你们 and 我们 are the letter's, quoted by the reporter
    if (
        _PURPOSE_DATED_LEAD.match(lead) or _MEETING_DATED_LEAD.match(lead) or _MEETING_DATED_LEAD.match(_lead_under_headline(paras))
        or _PURPOSE_DATED_LEAD.match(_after_occasion(lead))  # 今年是第40个植树节。为了…，3月23日上午，我校开展植树活动。(ingest53)
    ) and not has_salutation:  # fmt: skip
        return "news"  # 为…，4月21日，某某街道召开…会议: a news lead, however many 我们 its reported remarks hold
    if not has_salutation and told == 0 and body_then_day(lead) and not _SPEAKER_VOICE.search(text):
        return "news"  # 县妇联近日在…举办…宣讲活动，…县妇联主席出席活动并讲话。: the body, its day, the event held (split51)
    if not has_salutation and _later_dated_lead(lead):
        return "news"  # 今年是…。正月初八上午，某某集团新年座谈会在…举行，总经理某某主持。: the day opens its second sentence (split41)
    if not has_salutation and not title and (_account_in_parts(paras) or _facts_first(paras)):
        return "report"  # 一年来，… / 一、主要工作 / 二、存在的问题 / 三、下一步工作打算, its title lost
    if not has_salutation and not title and _survey_tail(paras):
        return "report"  # （三）…有待加强。… / （六）… / 三、对…下一步工作的建议: a survey's later pages, cut from its first
    if not has_salutation and told <= 1 and news >= 2 and first >= 3:
        return "news"  # 3月11日下午，…看望… / “…大家出力出智，辛苦了！”: the 我们 and 大家 are in quotation marks (one more in a headline)
    if not has_salutation and _plan_in_parts(paras) and not _SPEAKER_VOICE.search(text):
        return "report"  # 一、工作思路 / 二、工作重点 (1、…5、): an office's plan for the year, its parts named as a plan's
    if not has_salutation and _told_speech(text):
        return "news"  # 某某在典礼上发表了…致辞。他说，…: the speech told by one who heard it, its 我们 and 大家 the speaker's
    if not has_salutation and not _SPEAKER_VOICE.search(text) and _told_speakers(paras, text, news):
        return "news"  # 1月12日上午，…黄建盛在…陪同下… / 黄建盛书记强调，…我们…: the 我们 are his, told by one who was there
    if not has_salutation and _account_part(paras, text):
        return "report"  # 五、…做好人大对外交往工作 / …。我们坚持…，积极开展…: a later part of a body's account of its work
    if not has_salutation and not title and _area_account(paras, text):
        return "report"  # 教育事业。…入学率达100%… / 卫生保健。… / 司法信访。…: a later page of an office's account, area by area
    if not has_salutation and _own_experience(paras, text):
        return "report"  # 我们某某村共有农户… / 回顾几年来我们所做的工作，主要有以下几方面：: a unit's account of its own experience
    if not has_salutation and self_examination(paras):
        return "report"  # 四、…，但存在标准不高的问题 / 我始终认为…: a page of a 对照检查, its title cut away (selfcheck.py)
    if has_salutation or first >= 3 or (first >= 1 and "意见" in text and news < 3) or _weak_voice(first, news, text):
        return "speech"
    if news >= 2 and _directive_part(paras):
        return "speech"  # 三、全力做好今年各项工作 / …要明大势… / 一是… / 二是…: a speech's later part, its 召开 the year's to come
    if news >= 2:
        return "news"
    if _SPEECH_SCRIPT_TITLE.search(title) and not _REPORTER.search(text) and len(_DIRECTIVE.findall(text)) >= 2:
        return "speech"  # 镇安全生产会议讲话稿 / …会议精神，县长提出了“五个强化”。 / 一是…要…: a 讲话稿 with no 我, telling what is to be done
    if not has_salutation and told == 0 and len(_THIS_PLACE.findall(text)) >= 2:
        return "news"  # 今年以来，鹤峰县政协… / 该县政协结合…: a body told of as 该县…, by a writer outside it
    if _SPEECH_SCRIPT_TITLE.search(title) and not _REPORTER.search(text):
        # 镇长安全生产工作表态发言 / 二〇XX年度的…工作，在…领导下，… (batch 50): titled as one's remarks, however much it reads
        # as the unit's account with no 我 and no 称谓 — a clerk files it by its title
        return "speech"
    return "other"


# 大家好！ / 老师们、同学们，大家上午好！ / 各位好: a greeting to those present, the whole line
_GREETING_LINE = re.compile(r"^(?:[^。！？，,]{0,24}[，,、])?(?:大家|各位|同学们|老师们|朋友们)(?:上午|下午|晚上|早上)?好[!！。]?$")


# 1月28日，县委书记某某率队走访慰问了驻地部队，向官兵致以节日问候: a greeting told of, brought on a visit by one named in the
# third person — the news of a 慰问, not a letter sending it
_TOLD_GREETING = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|近日|日前)[上中下午晚间]{0,2}[，,]?[^。！？我]{2,40}?(?:走访|看望|慰问|来到|深入|前往)[^。！？我]{0,40}[，,]向[^。！？]{2,30}致以"
)


# 《竞选镇长演讲稿》: a speech's title in book-title marks on the first line
_BOOKED_SPEECH_TITLE = re.compile(r"^《[^。！？《》]{2,40}(?:演讲稿|演讲辞|演讲词|讲话|讲话稿|发言|致辞|致词)》$")


# …培训班学习心得 / 读书心得体会: what one learned, written up (with a 称谓 it is said at a 交流会: a speech)
_REFLECTION_TITLE = re.compile(r"(?:心得体会|学习心得|培训心得|读书心得|学习体会)$")
def reflection_title(paras: Sequence[Para]) -> str:
    """The title line of a written 学习心得 (复旦启智 助我成长 ---…培训班学习心得), which no speech outline finds."""
    return next((p.text for p in _front_lines(paras) if _REFLECTION_TITLE.search(p.text) and len(p.text) <= 60 and not _STOP.search(p.text)), "")


_SUMMARY_TITLE = re.compile(rf"{_EVENT_SUMMARY}(?:范文|精选)?(?:\s*篇\s*[一二三四五六七八九十\d]{{1,2}}|\d{{1,2}})?$")


def summary_title(paras: Sequence[Para]) -> str:
    """The title line of an event's summary (…志愿服务月活动总结, …活动总结报告1), which no speech outline finds."""
    return next((p.text for p in _front_lines(paras) if _SUMMARY_TITLE.search(p.text) and len(p.text) <= 60 and not _STOP.search(p.text)), "")


# 镇安全生产会议讲话稿 / …动员会发言稿: the page calls the text the script of a speech
_SPEECH_SCRIPT_TITLE = re.compile(r"(?:讲话稿|发言稿|讲话|发言)$")


# …今年要召开党的十九大… / 要严格执行… : the speaker telling his audience what is to be done (要, 必须), not what was done
_DIRECTIVE = re.compile(r"(?:^|[。；！，,])(?:[^。；！？，,]{0,12}?)(?:要|必须|务必)(?!求)")


def _account_part(paras: Sequence[Para], text: str) -> bool:
    """A copy that opens at a later top-level heading (五、…工作) and goes on in the voice of the body that did the work
    (我们坚持…, 我们利用…), telling no one what is to be done (at most one 要): a later part of a work report, cut from its
    first pages."""
    head = match_heading(paras[0].text) if paras else None
    if head is None or head[0] != 1 or head[1] < 2 or len(paras) < 2:
        return False
    body = "".join(p.text for p in paras[1:])
    return bool(re.search(r"(?:^|[。；，,])我们(?!要|必须|一定要|务必|应当)", body)) and len(_DIRECTIVE.findall(body)) <= 1


# 教育事业。进一步规范… / 工会工作 / 司法信访。认真接待…: a paragraph led by the work area it accounts for, a noun (not 抓落实。
# or 强化担当。, a speech's call)
_AREA_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:工作|事业|保健|信访|建设|管理|服务|保障|治理|稳定|生产|计生|民政)(?:[。．]|[（(][^）)]{1,12}[)）]。?$|$)"
)


def _area_account(paras: Sequence[Para], text: str) -> bool:
    """Three paragraphs or more led by a work area's name (教育事业。… 卫生保健。… 群团工作。), telling what was done (at
    most one 要 outside a 一是…四是 list of problems): an office's account cut from its first pages, not a speech."""
    leads = sum(1 for p in paras if len(p.text) >= 4 and _AREA_LEAD.match(p.text))
    return leads >= 3 and len(_DIRECTIVE.findall(text)) <= 1 and not _SPEAKER_VOICE.search(text)


def _directive_part(paras: Sequence[Para]) -> bool:
    """A copy that opens at a top-level heading (三、全力做好…工作) and goes on with paragraph leads (一是…, 二是…) and what is
    to be done (要…, 必须…): a part of a speech, however many 召开 it says of meetings to come. News has no 一、 over it."""
    if not paras or (match_heading(paras[0].text) or (0,))[0] != 1:
        return False
    leads = sum(1 for p in paras[1:] if re.match(r"^[一二三四五六七八九十][是要]", p.text))
    text = "".join(p.text for p in paras[1:])
    return leads >= 2 and len(_DIRECTIVE.findall(text)) >= 3


# 在会上市政协副主席某某说： / 村党支部书记某某发言： — a paragraph giving one speaker's words in turn, introduced by
# who he is (a speaker quoting one voice says 有位老党员说：… once; a report of the meeting gives one after another)
_SPEAKER_TURN = re.compile(r"^(?:在?会(?:议)?上[，,]?)?(?!我|有(?:人|的|位|个))[^。！？，,：:“”]{2,24}(?<![我你他她们])(?:说|发言|表示|讲道)[：:]")


def _told_speakers(paras: Sequence[Para], text: str, news: int) -> bool:
    """Someone else's words told in the third person: twice, or once under a dated lead (…日上午，…) with news words;
    or, under a dated lead, two paragraphs each giving a speaker's words in turn (某某说：… / 某某发言：…)."""
    told = len(_TOLD_SPEAKER.findall(text))
    dated = bool(_DATED_LEAD.match(paras[0].text if paras else "") or _dated_under_headline(paras))
    turns = sum(1 for p in paras if _SPEAKER_TURN.match(p.text))
    return told >= 2 and news >= 1 or told >= 1 and dated and news >= 2 or turns >= 2 and dated and news >= 2


def is_letter(paras: Sequence[Para]) -> bool:
    """A letter (书信), as `classify_kind` tells it: an 倡议书 calling its readers, a 新年寄语, a titled or signed letter,
    greetings sent to readers away or published to readers not gathered."""
    text = "\n".join(p.text for p in paras)
    head = "\n".join(p.text for p in paras[: max(6, len(_front_lines(paras)) + 2)])
    if _PROPOSES.search(head) or any(_NEW_YEAR_WORDS.match(p.text) for p in paras[:2]) or _is_letter(paras, text):
        return True
    return bool(_AWAY_READERS.search(text[:600]) and not _MEETING_WORDS.search(text)) or is_signed_call(paras)


# …向全市会员发出了一封慰问信 / 县妇联向全县广大妇女和家庭发出倡议 / 民政办收到一封来自…的感谢信 / …发来贺信: a letter
# told of as sent or received, in the third person
_LETTER_TOLD = re.compile(
    r"向[^。！？]{2,30}(?:发出|寄去|送去|送上|写了)了?[^。！？]{0,16}(?:慰问信|倡议|感谢信|公开信|贺信|一封信)"
    r"|收到[^。！？]{0,20}(?:一封|封|份)[^。！？]{0,24}(?:感谢信|贺信|慰问信|表扬信|来信)|发来了?(?:贺信|贺电|感谢信|慰问信)"
)


def _letter_told(paras: Sequence[Para], text: str) -> bool:
    """A page's account of a letter sent or received, in the third person (no 称谓, no 我们 outside quotation marks),
    with the letter itself not in it: news of the letter (the letter under its own title is a document apart)."""
    if not _LETTER_TOLD.search(text) or any(is_salutation(p.text) for p in paras[:8]):
        return False
    if _PROPOSES.search(text[:600]):
        return False  # 特向全市广大职工群众发出如下倡议：: the sender's own call over what it calls for (split42, batch 63)
    # (勉励大家…, 号召大家…: the account's 大家 are the readers of the letter it tells of, not an audience addressed)
    return "我" not in _QUOTED.sub("", text) and not _signed_with_closing(paras) and not _SIGNED_DATE.match(paras[-1].text.strip())


def _is_letter(paras: Sequence[Para], text: str) -> bool:
    """A letter by its title or heading (慰问信, 贺信, 新春贺词…), run into its first line or not, or a greeting said to
    no one gathered (the greeting rule, genres.py). Not when a reporter tells of the letter (三封感谢信 over 本报记者…),
    and not a 贺词 or 致辞 whose words are said to people present (今天…参加这个中秋茶会 / 下午好！)."""
    front = "\n".join(p.text for p in paras[:6])
    if any(_LETTER_IN_FULL.search(p.text) for p in paras[:6]):
        return True  # 10月10日，某市委、市政府向我校发来贺信。 / 贺信全文如下： — the page gives the letter, its lead only says whose
    if _REPORTER_LINE.search(front) or _WIRE_LEAD.match(paras[0].text if paras else ""):
        return False
    if _TOLD_GREETING.search("\n".join(p.text for p in paras[:3])) and not says_i(text):
        return False  # 1月28日，某某走访慰问了…，向…致以节日问候: the visit told, not a letter
    if _signed_with_closing(paras):
        return True  # 尊敬的评委们： / …顺颂吟安。 / 某某公司董事长某某 / 2018年8月6日: written and signed, its 称谓 a letter's
    title = next((p.text for p in paras[:3] if is_title(p)), "")
    said = is_gathered(title, text)
    titled = [p.text for p in paras[:2] if _LETTER_TITLE.match(p.text)]
    # 今天，致敬中国医师！ / 某某大学 / 致全市广大医务工作者的慰问信 / 全市广大医务工作者：: the letter's title under a reprinting
    # page's headline and its own name, right over the letter's 称谓
    titled = titled or [p.text for k, p in enumerate(paras[2:6], 2) if _LETTER_TITLE.match(p.text) and k + 1 < len(paras) and _LETTER_ADDRESS.match(paras[k + 1].text)]
    if titled and not (said and re.search(r"(?:贺词|致辞)\S{0,12}$", titled[0])):
        return True  # (領導在中秋節上的賀詞 / 下午好！/ 今天我非常高興…參加這個中秋茶會: a speech titled 贺词)
    if letter_frame(paras):
        return True  # 某某社区全体居民： / …特向你们致以… / 某某社区党支部 / 2026年3月1日: a letter by its frame, whatever its title
    if any(_LETTER_HEADING.match(p.text.strip()) for p in paras[:4]) or run_in_letter_title(paras[0].text if paras else ""):
        return True
    if sum(bool(_TO_READERS.match(p.text.strip())) for p in paras) >= 2:
        return True  # 致教师 / … / 致家长 / …: one letter written to several readers in turn, each part headed by whom it is to
    if said or _SPEAKER_VOICE.search(text) or re.search(r"讲话|发言", title) or _TRANSITION_ANNOUNCE.search(text):
        return False
    if any(_PUBLIC_SALUTATION.match(p.text) for p in paras[:8]) and not _MEETING_WORDS.search(text):
        return True  # 农民朋友们： / …希望广大农民朋友赶紧行动起来…: written to a public at home, said at no meeting
    head = "\n".join(p.text for p in paras[:4])
    return is_greeting(title, head)  # 值此新春佳节到来之际，…向全县…致以新春的问候 (published, sent): a letter


# 全市广大医务工作者： / 广大市民朋友们： / 各位家长： — the readers a letter is written to, on the line under its title
_LETTER_ADDRESS = re.compile(r"^(?:[^。！？，,：:；;\s]{0,20}(?:们|者|人|员|工|生|师|友|胞|志|众|民|长|属))[：:]$")


# 顺颂吟安 / 顺祝商祺 / 专此: a letter's closing formula, written to readers who are not there (a speech ends 谢谢大家;
# 此致 敬礼 closes the 书信体的讲话 a 校长 reads to his pupils too, docs/ingest-archives.md, so it is not one)
_LETTER_CLOSING = re.compile(r"顺颂|顺祝|专此|敬颂|即颂")
# 某某公司董事长汪某某 / 中共某某乡委员会: the one who signs, on a line of its own (no sentence in it)
_SIGNER = re.compile(r"^[^。！？，,：:；;\s]{4,40}$")


def _signed_with_closing(paras: Sequence[Para]) -> bool:
    """A letter's closing formula (顺颂…, 顺祝…) near the end, then the signer and the date as the last two lines."""
    if len(paras) < 3 or not _SIGNED_DATE.match(paras[-1].text.strip()) or not _SIGNER.match(paras[-2].text.strip()):
        return False
    return any(_LETTER_CLOSING.search(p.text) for p in paras[-5:-1])


# 贺信全文如下： / 慰问信原文如下： — a page's lead handing over to the letter it prints whole
_LETTER_IN_FULL = re.compile(r"(?:贺信|贺电|慰问信|慰问电|感谢信|公开信|倡议书|一封信)(?:的)?(?:全文|原文|内容)(?:如下)?[：:]$")
# 致教师 / 致同学们 / 致全体家长： as a line of its own: the part of a letter written to those readers (a speech turns to
# its audiences by calling them, 老师们、同学们！; it does not head its parts 致…). Not 致敬…, 致力于…, 致富…, 致辞.
_TO_READERS = re.compile(r"^致(?!敬|力|富|谢|辞|词|以|远|使|知|命|密)(?:全体|广大|各位|亲爱的|尊敬的)?[\u4e00-\u9fff、]{1,10}[：:]?$")


# 本报记者 某某 / 记者 某某 通讯员 某某: a reporter named over the text (not 记者节, a letter's occasion)
# (据记者了解，… / 记者获悉，…: what a reporter learned, said in the item's text, is no byline — batch 56)
_REPORTER_LINE = re.compile(
    r"本报记者|本报讯|本网讯|(?<!据)(?:记者|通讯员)(?![从在向]|了解|获悉|看到|注意到|采访|发现|调查)[\s：:]*[\u4e00-\u9fff·]{2,4}(?:[\s）)、，,]|$)", re.M
)
# 下面，我讲三点意见 / 提几点希望: a speaker announcing points (a letter may hope, it does not announce points)
_TRANSITION_ANNOUNCE = re.compile(r"(?:讲|谈|提|强调)(?:以下)?[一二两三四五六七八九十几]+(?:点|个方面|个问题|句话)")


# 某某时报（www.…）记者 某某 北京报道: a newspaper's byline under its headline
BYLINE = re.compile(r"^[^。！？，]{0,40}(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,8}(?:\s*[\u4e00-\u9fff]{2,4})?\s*(?:报道|采写|摄)$")
# “民营企业家是我们自己人。”会上，某某表示…: a long quotation, whoever it is said by after it
_QUOTATION = re.compile(r"“[^”\n]{6,}”")
# …继续说道，“会议上，我仔细听了…: a quotation, closed or where the copy stops
_QUOTED = re.compile(r"“[^”\n]{6,}(?:”|$)", re.M)


def _own_words(paras: Sequence[Para], text: str) -> str:
    """The text a first-person count is taken from: without others' words quoted after 说：, and,
    under a newspaper's byline, without any long quotation (an interview quotes its 我们 at length)."""
    if "“" not in text and '"' not in text:
        return text
    text = _QUOTED_REMARK.sub("", text)
    return _QUOTATION.sub("", text) if any(BYLINE.match(p.text) for p in paras[:4]) else text


def _told_speech(text: str) -> bool:
    """某某在典礼上发表了…致辞。他首先代表…，他说，…: the ceremony's speech told early on, then reported; not the
    speaker's own account of a leader's speech he studies (习近平总书记…发表重要讲话，他强调…), nor one deep in the text."""
    given = _SPEECH_GIVEN.search(text, 0, 600)
    return bool(given and "总书记" not in given.group(0) and _HE_SAID.search(text, given.end()))


# 我们某某镇某某村共有农户… / 我们某某社区现有居民… / 我村地处… / 我校始建于…: a unit that opens by saying what it is, in its own voice
_UNIT_INTRO = re.compile(
    r"^(?:我们|我)[\u4e00-\u9fff]{0,12}?(?:村|社区|镇|乡|街道|厂|公司|学校|校|医院|院|局|站|所)[^。！？，,]{0,12}?(?:共有|现有|辖|位于|地处|始建于|成立于)"
)
# 回顾几年来我们所做的工作，主要有以下几方面： / 总结多年来的工作，我们的主要做法是：: the account of what the unit did
_LOOKED_BACK = re.compile(r"(?:回顾|总结)[^。！？]{0,8}(?:几|多|近|一)年来[^。！？]{0,12}工作[，,]?[^。！？]{0,8}(?:主要(?:有|是|做法)|做法是|以下几)")
# 今天 / 同志们 / 请大家 / 各位 / 在座 / 这次会议: words said to those present, which an account written up has none of (not
# 我们组织大家充分发表意见: the villagers it tells of)
_PRESENT = re.compile(r"今天|同志们|大家好|请大家|希望大家|各位|在座|这次会议|本次会议")


def _own_experience(paras: Sequence[Para], text: str) -> bool:
    """A unit's account of its own experience (经验材料: a village's, a community's), in its own voice — it says what it is
    (我们某某村共有…), then looks back on what it did (回顾几年来我们所做的工作，主要有以下几方面：) — with no word to those
    present: written up for a journal or a bulletin, a report, not a speech (one said at a meeting greets or says 今天)."""
    lead = next((p.text for p in paras if not _front_line(p.text)), "")
    return bool(_UNIT_INTRO.match(lead)) and bool(_LOOKED_BACK.search(text[:1500])) and not _PRESENT.search(text[:1500])


def _weak_voice(first: int, news: int, text: str) -> bool:
    """第一次参加……会议，感受到……。我们要……: a short remark in the first person with no word of a
    report — a speech excerpt (a journal's abstract of a 发言); kind_doubt asks the reader to look."""
    if not 1 <= first <= 2 or news > 1 or not 80 <= count_han(text) <= 1500 or _REPORTER.search(text):
        return False
    return bool(_EXHORTING_WE.search(text))  # 我们要… / 我们必须…: the speaker's call, not a site's 帮助我们…


_EXHORTING_WE = re.compile(r"(?:^|[。！？；，\n])我们(?:要|必须|一定要|务必|应当|将要|将)")


# 1月20日，习近平总书记在…开班式上强调 / 总书记指出：“…”: the top leader cited — a speech, a lecture and a commentary all
# quote him so; no word of a meeting here that a reporter attended
_LEADER_CITED = re.compile(
    r"(?:\d{1,2}月\d{1,2}日[，,]?\s*)?(?:习近平)?总书记(?:[^。！？“”\n]{0,60}?)(?:强调|指出)|习近平(?:主席|同志)?(?:[^。！？“”\n]{0,60}?)(?:强调|指出)"
)


# 国际在线报道（记者 某某）：… / 央广网北京3月13日消息（记者某某）… / 人民网消息（通讯员 某某）…: the outlet, then the
# reporter it credits in brackets, opening the lead — a news item's, however much its interviewees say 我们
_CREDITED = re.compile(r"^[^，。！？：:“”\n]{2,24}?(?:报道|消息|讯|电)\s*[（(]\s*(?:本报|本台|本网)?(?:记者|通讯员|特约记者)")


def credited_lead(paras: Sequence[Para]) -> bool:
    """A paragraph among the first three opening on the outlet and the reporter it credits (国际在线报道（记者某某）：…),
    under a headline of any shape (全国政协闭幕：“…” holds a colon, so it is no short headline to _lead_under_headline)."""
    return any(_CREDITED.match(p.text) for p in paras[:3])


def _lead_under_headline(paras: Sequence[Para]) -> str:
    """The paragraph under a short headline (某镇召开镇村干部大会 / 3月6日上午，…), or ''."""
    if len(paras) < 2 or len(paras[0].text) > 40 or re.search(r"[。！？：:]", paras[0].text) and not place_headline(paras[0].text):
        return ""
    return paras[1].text


def _dated_under_headline(paras: Sequence[Para]) -> bool:
    """某某来我镇调研乡村振兴工作 / 10月9日，区委副书记某某来我镇调研…: a headline over a dated third-person lead."""
    if len(paras) > 2 and len(paras[0].text) <= 40 and paras[1].text.startswith("——"):
        return _dated_under_headline(paras[1:])  # 同学们：扬帆起航！ / ——学院举行…典礼 / 5月27日上午，…: the subtitle is the headline
    if len(paras) < 2 or len(paras[0].text) > 40 or is_title(paras[0]):
        return False
    if re.search(r"[。！？：:]", paras[0].text) and not place_headline(paras[0].text):  # (岚溪县：小茶叶撑起…大产业)
        return False
    if len(paras) > 2 and _AUTHOR_LINE.match(paras[1].text):
        return bool(_DATED_LEAD.match(paras[2].text))  # 凝心聚力 决胜百日 / 文 清风 / 3月10日上午，…: the writer's line between
    if len(paras) > 2 and len(paras[0].text) <= 6 and not _DATED_LEAD.match(paras[1].text):
        return _dated_under_headline(paras[1:])  # 政务公开 / 区政府各部门积极参加清雪活动 / 13日，…: a site's column over it
    return bool(_DATED_LEAD.match(paras[1].text))


# 文 清风 / 作者：某某 / 清风徐来 — a feature's byline under its headline: a short line with no sentence in it
_AUTHOR_LINE = re.compile(r"^(?:(?:文|作者|文图|图文|撰稿)\s*[/／:：]?\s*)?[\u4e00-\u9fff·]{2,6}$")


def _front_lines(paras: Sequence[Para]) -> Sequence[Para]:
    """The lines over the text: the first three, or all the short lines up to a 称谓 in the first ten
    (a site's header, 篇一, the title, the date and the speaker's line over 各位代表：)."""
    k = next((j for j, p in enumerate(paras[:10]) if is_salutation(p.text)), None)
    if k is not None and k > 3 and all(len(p.text) <= 80 and not re.search(r"[。！？]", p.text) for p in paras[:k]):
        return paras[:k]
    return paras[:3]


def kind_doubt(paras: Sequence[Para], kind: str) -> str:
    """A warning when the kind was told only by counting words and the other kind had words too
    (no 称谓, no title of a speech or report): ingest says it is not sure rather than guess quietly."""
    if kind not in ("speech", "news") or any(is_salutation(p.text) for p in paras[:8]):
        return ""
    if any(is_title(p) for p in paras[:3]):
        return ""
    text = "\n".join(p.text for p in paras)
    lead = paras[0].text if paras else ""
    if _NEWS_LEAD.search(lead) or _PURPOSE_DATED_LEAD.match(lead) or _MEETING_DATED_LEAD.match(lead) or _REPORTER.search(text):
        return ""  # 5月27日上午，… / 本报讯 / 为…，4月21日，某某召开…: a news report for sure
    if _MEETING_DATED_LEAD.match(_lead_under_headline(paras)):
        return ""  # 某镇召开镇村干部大会 / 3月6日上午，…召开…，会议由某某主持: a headline over a news lead
    first, news = len(_FIRST_PERSON.findall(text)), len(_NEWS.findall(text))
    if kind == "speech" and _weak_voice(first, news, text) and not _SPEAKER_VOICE.search(text) and "意见" not in text:
        return "没有称谓和讲话标题，只有几处第一人称用词，按讲话（节选或摘要）处理，请人工查看"
    if first >= 1 and news >= 2 and (kind == "news" or first < 2 * news):
        other = "会议消息" if kind == "speech" else "讲话"
        return f"没有称谓和讲话标题，按用词判断为{'讲话' if kind == 'speech' else '会议消息'}，也可能是{other}，请人工查看"
    return ""


# ---------------------------------------------------------------- duplicates


@dataclass(frozen=True, slots=True)
class Duplicate:
    """`id` repeats `of` (the most complete copy) with this similarity (0–100)."""

    id: str
    of: str
    similarity: float


_NOT_WORD = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")
# A sentence shared by more documents than this is boilerplate, not evidence.
_COMMON_SENTENCE = 50
_MIN_SHARED = 0.3
_THRESHOLD = 90.0


def normalise(text: str) -> str:
    """Letters, digits and Han only: punctuation width and spacing never count."""
    return _NOT_WORD.sub("", text)


def sentence_keys(text: str, min_len: int = 8) -> set[int]:
    """Hashes of a text's normalised sentences of `min_len` characters or more."""
    keys = set()
    for sentence in split_sentences(text.replace("\n", "。")):
        norm = normalise(sentence)
        if len(norm) >= min_len:
            keys.add(zlib.crc32(norm.encode("utf-8")))
    return keys


def find_duplicates(docs: Sequence[tuple[str, str]]) -> list[Duplicate]:
    """Duplicates among (id, text) documents: the same speech, a truncated or lightly edited copy.

    Candidates share many sentences (an inverted index keeps this fast on
    thousands of documents); rapidfuzz then scores them. In each group the
    longest copy is kept and the others point at it.
    """
    keys = [sentence_keys(text) for _, text in docs]
    norms = [normalise(text) for _, text in docs]
    return duplicates_among([i for i, _ in docs], norms, keys)


def duplicates_among(ids: Sequence[str], norms: Sequence[str], keys: Sequence[set[int] | frozenset[int]]) -> list[Duplicate]:
    """`find_duplicates` on texts already normalised and hashed (see `normalise`, `sentence_keys`)."""
    from rapidfuzz import fuzz

    parent = list(range(len(ids)))
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidate_pairs(keys):
        score = _similarity(fuzz, norms[i], norms[j], keys[i], keys[j])
        if score >= _THRESHOLD:
            scores[(i, j)] = scores[(j, i)] = score
            parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ids)):
        groups[_root(parent, i)].append(i)
    found = []
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max(members, key=lambda k: (len(norms[k]), -k))
        for k in sorted(members):
            if k != keep:
                score = scores.get((keep, k)) or _similarity(fuzz, norms[keep], norms[k], keys[keep], keys[k])
                found.append(Duplicate(ids[k], ids[keep], round(score, 1)))
    return sorted(found, key=lambda d: d.id)


def _candidate_pairs(keys: Sequence[set[int] | frozenset[int]]) -> list[tuple[int, int]]:
    index: dict[int, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            index[k].append(i)
    pairs = []
    for i, ks in enumerate(keys):
        shared: Counter[int] = Counter()
        for k in ks:
            posting = index[k]
            if len(posting) <= _COMMON_SENTENCE:
                shared.update(j for j in posting if j > i)
        for j, n in shared.items():
            if n >= _MIN_SHARED * min(len(ks), len(keys[j])):
                pairs.append((i, j))
    return sorted(pairs)


def _similarity(fuzz: Any, a: str, b: str, keys_a: set[int] | frozenset[int], keys_b: set[int] | frozenset[int]) -> float:
    """Similarity of two normalised texts (0–100).

    A lightly edited copy scores by rapidfuzz's ratio over the whole text; a
    truncated copy by the share of its sentences found in the other text.
    """
    short_keys = keys_a if len(a) <= len(b) else keys_b
    long_keys = keys_b if short_keys is keys_a else keys_a
    contained = 100.0 * len(short_keys & long_keys) / len(short_keys) if short_keys else 0.0
    if contained >= _THRESHOLD and min(len(a), len(b)) >= 200:
        return max(contained, float(fuzz.ratio(a, b)))
    return float(fuzz.ratio(a, b, score_cutoff=_THRESHOLD))


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
