"""Clean raw speech text into paragraphs that remember their original lines.

Removes Markdown marks, pagination debris (共2页，当前第1页12, a document-sharing
site's 1、 2、 page numbers) and web-site boilerplate (范文-site introductions,
本站小编, CSS, time stamps, breadcrumbs, tables of contents, paywall lines,
bulletin headers, information tables, login boxes, pinyin annotations, a
document-sharing page's preview and repeated title, a site's name or
introduction run into the first line); splits a 称谓, a title or points run
into one line; joins paragraphs
that a web page or PDF broke in the middle of a sentence; turns half-width
punctuation inside Chinese text into full-width. Everything removed is
recorded with its line and reason, never dropped silently.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from drafter.ingest.pageparts import cut_parts, is_foreign_line, title_then_point
from drafter.structure import match_heading
from drafter.text import count_han, page_width, to_fullwidth_punct


@dataclass(frozen=True, slots=True)
class Para:
    """A cleaned paragraph and the original lines (1-based, inclusive) it came from.

    `md` is the Markdown heading level the line had (0 for none); `divider`
    marks a collection heading (……篇二) that separates documents of one file.
    """

    text: str
    line: int
    end: int
    md: int = 0
    divider: bool = False

    @property
    def where(self) -> str:
        return f"第{self.line}行" if self.line == self.end else f"第{self.line}–{self.end}行"


# Why a line in another script was taken out (the document that it follows warns about it).
FOREIGN = "外文译文"


@dataclass(frozen=True, slots=True)
class Removed:
    """A line taken out while cleaning, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning one file: paragraphs, what was removed, what was joined."""

    paras: tuple[Para, ...]
    removed: tuple[Removed, ...]
    joined: tuple[tuple[int, int], ...]


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
_MD_LIST = re.compile(r"^\s*(?:[-*+]\s+|>\s?)")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ODD_HEADING_MARK = re.compile(
    r"^([一二三四五六七八九十]{1,2})(?:\.(?=[\u4e00-\u9fff])|[ \u3000]+(?=[\u4e00-\u9fff][^。！？，]{1,36}$))"
)
_STAR_PLACE = re.compile(r"(?:[*＊]{2,}|[#＃]{2,}(?!\s))(?=[省市县区镇乡旗州](?![委长政]))")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_HAN_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u3000\xa0]+(?=[\u3000-\u9fff\uff00-\uffef])")
# 在 2026 年, X 省委: a PDF copy's spaces between Chinese and digits or Latin letters.
_MIXED_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\xa0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z])[ \t\xa0](?=[\u4e00-\u9fff])")

_PAGINATION = (
    re.compile(r"^共\s*\d+\s*页[，,\s]*当前第\s*\d+\s*页.*$"),
    re.compile(r"^第\s*\d+\s*页\s*(?:[/／,，]?\s*共\s*\d+\s*页)?$"),
    re.compile(r"^(?:(?:上一页|下一页|首页|尾页|末页|\d{1,3})\s*){1,12}$"),
    re.compile(r"^[-—－\s]*\d{1,3}[-—－\s]*$"),
)
_BOILERPLATE = (
    "本站小编", "仅供参考", "写范文", "范文的时候", "优秀的范文", "希望对大家有所帮助", "希望对你有所帮助",
    "下面我们就来了解一下", "小编为大家", "小编给大家", "欢迎阅读", "欢迎大家阅读", "欢迎借鉴", "以供参考",
    "本文由", "责任编辑", "版权所有", "转载请注明", "点击下载", "复制链接", "相关推荐", "范文网", "免费下载",
    "更多相关", "请关注", "扫一扫", "阅读全文", "查看更多", "收藏本文", "打印本页", "关闭窗口",
    "本站为你精心整理", "为你的创作提供参考", "自由的图书馆", "阅读范文", "相关的范文", "参考范文",
    # 以下是我帮大家整理的最新演讲稿模板范文大全，希望能够帮助到大家: a collection page's introduction
    "帮大家整理的", "为大家整理的", "希望能够帮助到大家", "希望能帮助到大家", "希望可以帮助到大家",
    # 【阅读指引】下面是…网友为您精心整理分享的“…讲话稿例文”，以供您写作参考所用，希望此则范文对您有所帮助
    "【阅读指引】", "为您精心整理", "以供您写作参考", "对您有所帮助",
    # 以下是网友为您整理分享的“…督查报告”相关范文，供您参考！ ending the summary line over the text
    "为您整理", "供您参考",
)  # fmt: skip
# Paywall and site tips: only on a short line of their own (a speech may mention 二维码 or 客服).
_SITE_TIPS = (
    "试读结束", "预览结束", "开通会员", "正式会员", "联系老师", "定制代笔", "想阅读完全部", "您需要先登陆", "您需要先登录",
    "请阅读下面", "请认真阅读下面", "我要投稿", "我要留言", "精选留言", "热门推荐", "本周热门", "本月热门", "联系客服",
    "微信订阅号", "二维码", "正文复制", "文档无限下载", "由会员分享", "分享文档赚钱", "写作神器", "立即了解",
    "需要会员才可", "如有侵权请联系", "仅作为参考学习使用", "求路过的大神", "问题描述", "最佳答案", "推荐答案",
    "【收藏】", "【以稿换稿】", "欢迎登陆", "欢迎登录", "欢迎访问", "加入收藏", "阅读本文需要支付", "评论功能已关闭", "网友评论",
    # a 范文 site's words before and after the text it offers
    "供大家参考借鉴", "网友投稿", "版权归作者所有", "本文已结束", "【导读】", "一起来看看吧", "感谢您的阅读", "本文共计", "小编",
    "给大家分享一些关于", "范文，方便大家", "本文档格式", "本文档为", "下载后可编辑", "以上就是本文", "来源于网络", "查看全文", "展开全文",
    "当前为第", "此为第",
    # 全文已隐藏 / VIP专免 / VIP请直接点击按钮下载本文的Word文档…: a paywall's lines around a text cut short
    "全文已隐藏", "内容已隐藏", "VIP专免", "VIP免费", "请直接点击按钮下载", "下载本文的Word",
    "缺省word文档", "请在评论区发评论", "付费内容",
    "阅读原文", "打开APP", "APP内打开", "APP内阅读", "下载APP", "长按识别二维码", "扫码关注",
    "需要权限查看", "会员免费查看", "申明敬告", "本站不保证", "无毒下载", "成人免费", "黄色网站", "免费观看", "在线观看",
    # 全文共4492字，仅供站内会员学习参考 / 新来的客人请【点此注册】加入会员 / 刚注册会员请【刷新页面】打开全文
    "仅供站内会员", "加入会员", "刷新页面", "点此注册", "隐藏内容", "内容预览",
    # a document-sharing page: 已阅读5页，还剩8页未读 继续免费阅读 / 下载本文档 / 本文档由用户提供并上传
    "继续免费阅读", "下载本文档", "本文档由用户提供并上传", "页未读",
    # 1、本文档由用户上传，某文库整理发布… / 2、本文档内容版权归属内容提供方… / 网站客服QQ：…: a sharing page's notices
    "本文档由用户上传", "本文档内容版权", "版权归属内容提供方", "版权争议", "网站客服", "付费之前",
    # 1、本文档共5页，可阅读全部内容。 / 文档侵权举报电话：… / 论文部分内容阅读: a sharing or journal page's notes
    "本文档共", "侵权举报", "部分内容阅读",
    # a government site's footer: 备案号：…ICP备… / 网站标识码 / 公网安备 / 网站地图 (主办单位： is a wrapper)
    "备案号", "ICP备", "网站标识码", "公网安备", "网站地图",
)  # fmt: skip
# One search per line instead of one `in` per word (both lists are long).
_BOILERPLATE_WORDS = re.compile("|".join(map(re.escape, _BOILERPLATE)))
_SITE_TIP_WORDS = re.compile("|".join(map(re.escape, _SITE_TIPS)))
# Longest line a wrapper or a site tip is looked for in (a paragraph of speech is longer).
_WRAPPER_MAX = 120
# Lines a web page or a bulletin wraps around a speech: CSS, time stamps, tables of contents, editors' notes.
_WRAPPER = (
    (re.compile(r"@page\s*\{|\{\s*(?:font-family|color|margin|size)\s*:|^l>\s*\["), "网页样式代码"),
    (re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$"), "网页发布时间"),
    # 2026-10-28 07:43:00 某某素材网 / 10-28 某某素材网: a time stamp and the site's name
    (re.compile(r"^(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\u4e00-\u9fff]{0,8}(?:网|文库|平台|素材|公众号)$"), "网页发布时间"),
    (re.compile(r"^(?:时间|发布时间|发表时间|发布日期|日期|更新时间)\s*[:：].{0,40}$"), "网页发布时间"),
    (re.compile(r"^(?:目录|提纲|目录/提纲)\s*[:：/].{0,10}$|^[…\.·]{2,}$"), "网页目录"),
    (re.compile(r"^[…\.]{0,6}[(（](?:未完|新文秘网|全文共).{0,80}[)）]?$"), "网页截断提示"),
    (re.compile(r"^(?:编者按|导读|导语|摘要|内容提要)\s*[:：]"), "网页编者按"),
    (re.compile(r"^分享\s*[:：]?$|^相关内容$|^分享到"), "网页导航或出处"),
    # 微信 / 微博 / QQ空间: a page's share buttons, one to a line or side by side
    (re.compile(r"^(?:(?:微信|微博|QQ空间|QQ好友|QQ|朋友圈|新浪微博|腾讯微博|豆瓣|人人网|钉钉|复制链接)\s*[|｜]?\s*){1,8}$", re.I), "网页导航或出处"),
    # • >教师范文 / • 首页: a page's menu or breadcrumb set out as bullets
    (re.compile(r"^[•·▪●◆►]\s*(?:>|[^。！？，：:；]{1,8}$)"), "网页导航或出处"),  # (longer ones: see _BULLET_MENU)
    # 2月18日下午，…作讲话。记者某某摄 / （摄影：某某）: a news photo's caption
    (re.compile(r"(?:记者|摄影|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄[）)]?$|^[（(]?(?:摄影|图片)\s*[:：][^。！？]{2,12}[）)]?$"), "新闻图片说明"),
    # 图为会议现场。 / （图为县长某某某在会上讲话）: a news photo's caption on its own line
    (re.compile(r"^[（(]?图为[^。！？]{2,60}[。]?[）)]?$"), "新闻图片说明"),
    (re.compile(r"^(?:当前位置|您的位置|你的位置|所在位置)\s*[:：]|[^>]{1,12}>{1,2}[^>]{1,12}>|移动端\s*[:：]|^[|｜]?\s*来源\s*[:：]|提供各类范文"), "网页导航或出处"),
    (re.compile(r"^[\u4e00-\u9fff]{2,4}分享$|^[¥￥]\s*[\d.]+$|打赏|赏赞|请赞赏|^查看更多"), "网页导航或出处"),
    (re.compile(r"^\d+\+$|^[\d.]+\s*[KMkm]B\s*[|｜]?$|^\d+\s*页\s*[|｜]?$|^[•·]?\s*\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*发布\s*[|｜]?$|^(?:海报|侵权投诉|领导讲话|首页|手机版|电脑版|栏目|热度|人气|文档介绍|资源描述|资料详情|发布时间|页数|大小|资料部分内容试读|内容试读|返回|购物车|我的足迹|请先登录)$|^(?:展开|收起)\s*[<>]{2}$|^摘要\s*[:：]$|首页$"), "网页导航或出处"),
    (re.compile(r"^(?:\.\s*){3,}$|^…+$|^(?:\.{3}\s*)+$"), "原文省略号"),
    (re.compile(r"^[^。！？，]{0,10}全文\s*\d+\s*字[^。！？，]{0,6}$"), "网页字数说明"),
    (re.compile(r"^[【\[]?文章共\s*\d+\s*字|收藏】|【加入会员|作者\s*[:：]\s*佚名|来源\s*[:：]\s*本站|扫码阅读|^相关文章$"), "网页导航或出处"),
    (re.compile(r"^-?\s*目[录錄]$"), "网页目录"),  # the numbered titles under it go too (see _TOC_ENTRY)
    # 领导简介 / 姓名：… / 职务：… / 简历：…: a page's box about the speaker, not the speech
    (re.compile(r"^(?:领导简介|领导介绍|个人简介|人物简介|作者简介|个人简历|人物简历|领导简历)$|^(?:姓名|性别|民族|籍贯|出生年月|出生日期|职务|现任职务|简历|学历|政治面貌|参加工作时间|入党时间|分管工作|工作分工)\s*[:：]"), "网页上的领导简介"),
    (re.compile(r"^首页\s*[>›»]"), "网页导航或出处"),
    # a site's chrome around an article: notices, counters, tags, buttons (each on a short line of its own)
    (re.compile(r"^(?:温馨提示|声明|免责声明|版权声明|特别声明)(?:\s*[:：]|$)"), "网站导语或版权说明"),
    (re.compile(
        r"^(?:原标题|发布者|点击数|点击量|阅读量|阅读数|浏览量|信息来源|文章录入|录入|稿件来源|本文关键词|标签|Tags?)\s*[:：]"
        r"|^[^。！？，,]{0,10}\s*(?:人气|热度)\s*[:：]\s*[\d.]+\s*[万wW]?$"  # 文思都 人气:2.75W
        r"|^(?:阅读|评论|浏览)\s*[(（]\d+[)）]$|^\d+\s*人(?:阅读|浏览|已读|看过)$|^本文已影响\s*\d+\s*人$|^热门标签$"
        r"|^【?(?:我要)?纠错】?$|^返回顶部$|^TOP$|^(?:打印|收藏)此页$|^更多\s*>+$|^视力保护色|^附件下载\s*[:：]?$"
        r"|^下载\s*(?:word|pdf|doc)\s*版?$|全文阅读已结束|下载本文到电脑", re.I
    ), "网页导航或出处"),
    # 1024人阅读 评论(0) / 【我要纠错】 返回顶部: a row of counters and buttons
    (re.compile(
        r"^(?=.*(?:阅读|评论|浏览|点赞|收藏|分享|打印|关闭|纠错|返回|TOP))"
        r"(?:[\s【】\[\]()（）|｜·:：]*(?:\d+\s*[人次]?|阅读|评论|浏览|点赞|收藏|分享|打印|关闭|我要纠错|纠错|返回顶部|返回|TOP)[\s【】\[\]()（）|｜·:：]*){2,12}$"
    ), "网页导航或出处"),
    (re.compile(r"^(?![要把建抓加推做办管用])[\u4e00-\u9fff]{2,24}(?:门户网站|人民政府网)$"), "网站名称"),  # 某某县人民政府门户网站
    (re.compile(r"^(?:用户评论|网友评论|字号\s*[:：]?.{0,8}|手机查看|手机阅读)$|评论仅代表网友|与本站立场无关|来源\s*[:：].{0,20}(?:浏览|阅读)(?:数|次数)?\s*[:：]"), "网页导航或出处"),
    (re.compile(r"(?:摘录|刊发|刊登|印发|转发)如下|^[^。]{0,40}讲话(?:全文|摘要)如下[：:。]?$"), "简报导语"),
    (re.compile(r"^[^。！？，]{0,16}(?:简报|通讯|动态|专报)$|^第\s*[\d一二三四五六七八九十]+\s*期$"), "简报报头"),
    (re.compile(r"^[^。！？]{0,30}(?:办公室|秘书处)\s*编[^。！？]{0,20}$"), "简报报头"),
    (re.compile(r"^[^。！？]{0,40}(?:范文网|文秘网|范文大全|文库)$"), "网站名称"),
    # a document-sharing page: 在…讲话_第1页 (its page images), 返回 下载 相关 举报 (its buttons),
    # 上传人：… 文档编号：… 格式：DOC 页数：11 (its information line)
    (re.compile(r"^[^。！？]{2,60}_第\s*\d+\s*页$"), "文库页面图片"),
    (re.compile(r"^(?:(?:返回|下载|相关|举报|收藏|分享|打印|纠错|评论|关注|点赞|在看|转发|喜欢)\s*){3,10}$"), "网页导航或出处"),
    (re.compile(
        r"^(?=(?:.*?(?:上传人|上传者|文档编号|上传时间|格式|页数|大小|文档ID|贡献者|下载次数"
        r"|上传日期|页码|索引号|发布机构|成文日期|发文机关|主题分类|发文字号|公文种类|发布日期|浏览次数|有效性)\s*[:：]){2})[^。！？]*$"
    ), "网页信息表"),  # 上传人：… 文档编号：… / 索引号：… | 发布机构：… | 成文日期：… (a government site's table)
    # 原创 某某发布 2026-01-06 08:30 发表于某地 / 点击蓝字 关注我们 / END: a public account's article frame
    (re.compile(r"^(?!.*(?:书记|主任|主席|[省市县区州镇乡局部校院]长))(?:原创\s)?[^。！？，]{0,30}(?<![\d年])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*(?:发表于\S{0,10})?$"
                r"|^原创\s|^点击(?:上方)?(?:蓝字|关注)|^[-—－\s]*(?:END|End|完)[-—－\s]*$|^[（(]完[)）]$"), "公众号文章格式"),
    # 编辑：某某 / 审核：某某某 / 责编 | 某某: the article's staff, under the speech
    (re.compile(r"^(?:编辑|审核|责编|校对|监制|初审|复审|终审|值班编辑|主编|统筹|撰稿|美编|排版|供稿)\s*[:：|丨]\s*[^。！？，]{1,20}$"), "网页署名（编辑、审核）"),
    (re.compile(r"^(?:文档简介|资源简介|内容简介)$"), "网页导航或出处"),
    # 3.0 某某网友 2026-09-09 102 99+ 15.9KB 6 页: a document-sharing page's rating, uploader, date, counts, size
    (re.compile(r"^(?=.*\d{4}-\d{1,2}-\d{1,2})(?=.*\d\s*[KMkm]B\b)[^。！？，]{0,80}$"), "网页信息表"),
    # 《在全市……会议上讲话.doc》: the page's download link, named after the file
    (re.compile(r"^《[^《》]{4,80}\.(?:docx?|wps|pdf|txt)》$", re.I), "网页下载链接"),
    (re.compile(r"^(?:主办单位|承办单位|主办|承办|技术支持|联系电话)\s*[:：]"), "网页页脚"),
)
# Wrappers looked for only when a character they need is on the line (most lines have none).
_GUARDED_WRAPPER = (
    (".", re.compile(r"(?:www\.)?[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)\b", re.I), "网站名称"),
    ("【】", re.compile(r"^[^。！？]{0,8}】\s*【|【[^】]{1,12}】\s*【[^】]{1,12}】"), "网页导航或出处"),
    ("|｜", re.compile(r"^[^。！？|｜]{1,12}[|｜][^。！？]*[|｜]"), "网页信息表"),  # 索引号 | … | 发布机构 | …
)
_EDITOR_NOTE = re.compile(r"^(?:编者按|导读|导语|内容提要)\s*[:：]")
_LOGIN_BOX = re.compile(r"^(?:会员信息|用户名|密\s*码|验证码|注册|登录|找回密码|请先(?:登录|登陆|注册)?)\s*[:：]?$")
_COLLECTION_TITLE = re.compile(
    r"(大全|精选|汇编|合集)\s*[-—－]?\s*[(（]?\s*\d+\s*篇\s*[)）]?\s*(?:[(（]第?\s*\d+\s*/\s*\d+\s*页[)）])?\s*$"
    r"|[(（]\s*(?:通用|精选|优选|优秀|热门|最新)?\s*\d+\s*篇\s*[)）]\s*$|^.{0,24}(大全|合集|汇编|范文精选)$"
    r"|^(?!第)[^。！？，：:]{4,40}?[一二三四五六七八九十两\d]{1,3}篇$"  # 镇长个人述职报告十二篇
)
_DIVIDER = re.compile(
    r"^[【\[]?[^。！？，：:【】]{0,30}?(?:篇|范文|第)\s*[一二三四五六七八九十\d]{1,3}\s*篇?[】\]]?\s*[:：]?$"
    r"|^[^。！？，：:【】]{2,40}?[（(]\s*篇\s*[一二三四五六七八九十\d]{1,3}\s*[)）]$"  # 校长开学典礼致辞模板（篇1）
)
# 篇二：在全县……会议上的讲话 — a collection heading and the speech's title on one line.
_DIVIDER_TITLE = re.compile(
    r"^[【\[]?[^。！？，：:【】]{0,30}?(?:(?:篇|范文)\s*[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)(?:[】\]]?\s*[:：]|[】\]])"
    r"\s*(?P<title>\S.{1,60})$"  # 篇二：在…上的讲话 / 【篇二】在…上的讲话
    # 第一篇 镇政府镇长个人述职报告2150字: no colon, but a title word (and the page's word count) at the end
    r"|^第[一二三四五六七八九十\d]{1,3}篇\s*(?P<bare>[^。！？，：:]{2,50}?(?:讲话|致辞|发言|报告|讲话稿|党课|主持词))(?:\d{2,6}字)?$"
)
_NAV_LINE = re.compile(r"^(?:上一篇|下一篇|来源|文章来源|本文链接|原文链接|作者|发布时间|浏览次数)\s*[:：]")
# Punctuation that may end a paragraph; anything else means the sentence goes on.
_TERMINAL = "。！？；：…”’）》」』!?;:)"
_SALUTATION = re.compile(r"^[^。！？，]{1,30}[：:]$")
# 州委常委、秘书长、州总工会主席龙伟 (2023年…): the speaker's offices and name between a title and its date.
_OFFICES = "书记|主席|主任|[省市县区州镇乡]长|局长|校长|部长|秘书长|常委|委员|厅长|院长"
# 同志们：今天…  /  同志们，今天我们召开… — a 称谓 run into the first paragraph.
_INLINE_SALUTATION = re.compile(
    r"^(?:(?P<title>[^。！？：:，,]{4,130}?(?:讲话稿|讲话|致辞|发言)】?)"
    r"(?:\s*(?:[【\[](?:篇|第)?[一二三四五六七八九十\d]{1,2}篇?[】\]]|(?:篇\s*)?\d{1,2}(?!\d)篇?)[\s?？•·]*)?"  # a piece number, or a count (致辞11篇)
    rf"(?P<byline>\s*[^。！？：:，,（(\d]{{0,30}}(?:{_OFFICES})[\u4e00-\u9fff]{{2,3}}(?=\s*[（(]))?"
    r"(?P<note>\s*[（(][^）)]{1,30}[）)][：:]?)?"
    r"(?P<speaker>\s*(?![各全亲尊敬])[\u4e00-\u9fff]{2,3}(?=同志们))?)?\s*(?P<salutation>(?:[^。！？，：:\d讲致]{0,20}?(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|姐妹|乡亲|委员|队员|家长|同事|同仁|校友|战友)们?[、，,]?){1,4})"
    r"(?:[：:]\s*(?=\S)|(?(title)[：:]\s*$|(?!))|[，,](?=今天|这次|此次|本次|刚才|今年|在|大家(?:早上|上午|下午|晚上)?好|(?:下面|现在)[，,]?我代表|我代表|我受))"
)
_NUMBERED_TITLE = re.compile(r"^\d{1,2}\s*[.．、]\s*(?=在[^。！？：:，,]{4,60}(?:讲话|致辞|发言|报告|讲话稿)$)")
_TOC_ENTRY = re.compile(r"^(?:[一二三四五六七八九十]+[、是要抓]|\d{1,2}\s*[.．、]\s*(?=\D)|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，、])[^。！？]{2,60}$")
# 一、 right after an announcement in the same paragraph, and the 二、 … that follow it.
# …讲3点意见。1、… is taken only after a count (the first branch of _run_in_point), never alone.
_RUN_IN_POINT = re.compile(r"(?<=[。：:])\s*(?=一、|第一(?:点|个方面)?[，,、：:]|1、(?=[\u4e00-\u9fff\d])|1[.．](?=[\u4e00-\u9fff]))")
_ANNOUNCED = re.compile(r"[一二两三四五六七八九十几\d](?:点|个?方面|个问题|条|句话)")
_NEXT_POINT = re.compile(
    r"[。！]\s*(?=[二三四五六七八九十]、|[（(][一二三四五六七八九十]{1,2}[）)]|[1-9]\d?、|[1-9]\d?[.．](?=[\u4e00-\u9fff])"
    r"|[（(][1-9]\d?[）)]|同志们[，,！!])"
)
# …讲3点意见。 第一，要…。 第二，要…: points as ordinals (第一，) pasted as one line.
_NEXT_ORDINAL = re.compile(r"[。！]\s*(?=第[二三四五六七八九十](?:点|个方面)?[，,、：:]|同志们[，,！!])")
_HALF = re.compile(r"[,;:?!().]")


def clean_text(raw: str) -> Cleaned:
    """Clean the text of one file (see the module docstring)."""
    removed: list[Removed] = []
    paras: list[Para] = []
    if _WIDE_DIGIT.search(raw):  # ２０２６年, 讲３点意见, ＸＸ县: read (and kept) as ordinary digits and letters
        raw = raw.translate(_TO_NARROW_DIGITS)
    if _ENCLOSED_NUMBER.search(raw):  # ⒈创建规划科学合理。 / ⑴…: a word processor's one-character marks, read as 1. and (1)
        raw = raw.translate(_TO_PLAIN_NUMBERS)
    lines = [_TORTOISE.sub(r"（\1）", line) if "〔" in line else line for line in _lines(raw)]
    lines = _strip_page_chunks(lines, removed)
    lines = _join_split_years(lines)
    skip = _front_matter_end(lines)
    removed += [Removed(i + 1, lines[i], "YAML 头信息") for i in range(skip) if lines[i].strip()]
    in_toc = False
    kept: list[Para] = []
    for lineno, whole in enumerate(lines[skip:], start=skip + 1):
        for line in _html_pieces(whole, lineno, removed):
            para = _clean_line(line, lineno, removed)
            in_toc = _in_toc(in_toc, removed, lineno)
            if para is None:
                continue
            if in_toc and _TOC_ENTRY.match(para.text):
                removed.append(Removed(lineno, para.text, "网页目录"))
                continue
            in_toc = False
            numbered = _NUMBERED_TITLE.match(para.text)
            if numbered:  # 2.在全县……会议上的讲话: a title numbered in a page that lists several speeches
                removed.append(Removed(lineno, numbered.group(0), "标题前的序号"))
                para = Para(para.text[numbered.end() :], para.line, para.end, para.md, para.divider)
            kept.append(para)
    for para in _drop_repeats(kept, removed):
        paras += [piece for p in _split_line(para, early=len(paras) < 8) for piece in _split_glued(p)]
    joined_paras, joined = _join_broken(paras)
    final = tuple(
        Para(to_fullwidth_punct(p.text) if _HALF.search(p.text) else p.text, p.line, p.end, p.md, p.divider)
        for p in joined_paras
    )
    return Cleaned(final, tuple(removed), tuple(joined))


# <p class="ql-block"><b style="font-size:20px;">…</b></p>: a page's HTML copied with its text; a block tag
# (p, br, div, li, h1–h6, section) ends a paragraph, an inline tag (b, span, strong, font, em, i) is dropped.
_HTML_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|section|article|b|strong|span|font|em|i|u)(?:\s[^<>]{0,200})?\s*/?>", re.I)
_HTML_BLOCK = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|section|article)(?:\s[^<>]{0,200})?\s*/?>", re.I)


def _html_pieces(line: str, lineno: int, removed: list[Removed]) -> list[str]:
    """A line as the paragraphs its HTML block tags set apart (the line itself when it has no tags);
    the tags are recorded as removed, once per line."""
    tags = _HTML_TAG.findall(line)
    if len(tags) < 2:
        return [line]
    removed.append(Removed(lineno, "".join(dict.fromkeys(tags))[:120], f"网页标记（HTML，{len(tags)} 处）"))
    return [_HTML_TAG.sub("", piece) for piece in _HTML_BLOCK.split(line)]


_WIDE_DIGIT = re.compile(r"[０-９Ａ-Ｚａ-ｚ]")
# ⒈…⒛ (digit with a full stop) and ⑴…⒇ (digit in parentheses): one character each in a converted document.
_ENCLOSED_NUMBER = re.compile(r"[\u2474-\u249b]")
_TO_PLAIN_NUMBERS = str.maketrans(
    {**{chr(0x2488 + k): f"{k + 1}." for k in range(20)}, **{chr(0x2474 + k): f"({k + 1})" for k in range(20)}}
)
# ２０２６, ＸＸ县, ＡＢ: full-width digits and Latin letters (a template's ＸＸ placeholder among them) read as ordinary ones
_TO_NARROW_DIGITS = str.maketrans(
    "０１２３４５６７８９" + "".join(chr(c) for c in range(0xFF21, 0xFF3B)) + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
# 〔2026年1月5日〕, 〔一〕: tortoise-shell brackets a converted document uses for a date or a sub-point
# mark, read as （）; a document number (〔2026〕5号) keeps them.
_TORTOISE = re.compile(r"〔(\d{4}年[^〔〕]{0,8}日|[一二三四五六七八九十]{1,3})〕")


_FILE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff）)])\.(?:docx?|wps|pdf|txt)$", re.I)
# 會(huì)議講(jiǎng)話(huà): a page that annotates characters with their pinyin.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")


def _drop_pinyin(text: str, lineno: int, removed: list[Removed]) -> str:
    found = _PINYIN.findall(text)
    if not found:
        return text
    removed.append(Removed(lineno, "".join(found[:6]) + ("……" if len(found) > 6 else ""), f"拼音注音（{len(found)} 处）"))
    return _PINYIN.sub("", text)


_PAGE_PREFIX = re.compile(r"^第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页\s*")
_SITE_NOTE = re.compile(r"\s*[(（](?:精选文档|精选范文|精选|完整版|全文完整版?|通用版|最新版|范文)[)）]$")
_SITE_TAG = re.compile(r"\s*[\[【](?:VIP|vip|原创|精品|推荐|热门?|置顶|荐)[\]】]\s*$")
_INLINE_SUB = re.compile(r"[。！](?=[（(]一[）)])")
_GLUED_SUB = re.compile(r"(?<=[\u4e00-\u9fff])(?=[（(]一[）)][\u4e00-\u9fff])")
# 大家早上好！ / 各位好， — a greeting said before the 称谓 on the same line.
_GREETING_FIRST = re.compile(r"^(?:大家|各位)(?:早上|上午|下午|晚上)?好[！!，,]\s*")
_TITLE_SENTENCE = re.compile(r"^[-—－]*\s*((?:[^。！？，：:在\s-]{1,8})?在[^。！？，：:]{2,40}(?:会|会议|大会|典礼|仪式|培训班)上的?(?:讲话|演讲|发言|致辞))[。！]")
_GLUED_ARABIC_SUB = re.compile(r"(?<=[\u4e00-\u9fff])(?=[（(]1[）)][\u4e00-\u9fff])")  # 1、…有序（1）投资…
_TITLE_RUN_IN = re.compile(
    r"^(?P<title>[^。！？：:，,、]{2,20}在[^。！？：:，,]{2,40}?(?:会|会议|大会|典礼|仪式|培训班)上?的?(?:讲话|致辞|讲话稿))"
    r"(?=[^。！？]{0,12}(?:今天|今日|召开|举行|决定|方才|刚才))"
)


def _heading_level(text: str) -> int:
    head = match_point_heading(text)
    return head[0] if head else 0


# 1、1-4月经济运行… / 1、2026年… — an arabic heading opening with a month range or a year, which
# drafter.structure refuses (a digit after 1、 may be a decimal elsewhere); a copy may lose the dash (1、1 4月).
_DATE_LED = re.compile(r"^(?P<mark>(?P<n>\d{1,2})、)(?=\d{1,2}\s*[-—－~～至 ]\s*\d{1,2}\s*月|\d{4}年)")


def match_point_heading(text: str) -> tuple[int, int, str, str] | None:
    """drafter.structure.match_heading, and a 1、 heading that opens with a month range or a year."""
    head = match_heading(text)
    if head:
        return head
    m = _DATE_LED.match(text)
    return (3, int(m.group("n")), m.group("mark"), "") if m else None


_CHUNK_MARK = re.compile(r"^\s*(\d{1,3})、")


def _strip_page_chunks(lines: list[str], removed: list[Removed]) -> list[str]:
    """1、… 2、… that a document-sharing site puts before each page of a copied text (it cuts words in two).

    They are told from a real 1、 list by the line before 2、 ending mid-sentence.
    """
    marked = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _CHUNK_MARK.match(line))]
    numbers = [n for _, n in marked]
    if len(marked) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return lines
    before = _last_filled(lines, marked[1][0])
    if before is None or lines[before].rstrip()[-1] in _TERMINAL:
        return lines
    out = list(lines)
    for i, _ in marked:
        m = _CHUNK_MARK.match(out[i])
        assert m is not None
        removed.append(Removed(i + 1, m.group(0).strip(), "文库分页编号"))
        out[i] = out[i][m.end() :]
        k = _last_filled(out, i)  # the page break cut a word: 一、认 | 识要进一步提高 (blank lines between)
        if k is not None and out[k].rstrip()[-1] not in _TERMINAL:
            out[k], out[i] = out[k].rstrip() + out[i].lstrip(), ""
    return out


def _last_filled(lines: list[str], i: int) -> int | None:
    """Index of the last non-blank line before `i` (within two blank lines), or None."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lines[k].strip():
            return k
    return None


def _join_split_years(lines: list[str]) -> list[str]:
    """2021 | 年在……会议上的讲话: a year broken off the title it starts (not a page number)."""
    out = list(lines)
    for i in range(len(out) - 1):
        if re.fullmatch(r"\s*(?:19|20)\d\d\s*", out[i]) and out[i + 1].lstrip().startswith("年"):
            out[i], out[i + 1] = "", out[i].strip() + out[i + 1].lstrip()
    return out


def _in_toc(in_toc: bool, removed: list[Removed], lineno: int) -> bool:
    """目录/提纲：…… opens the list of headings a web page puts above a speech; a line of …… closes it."""
    if removed and removed[-1].line == lineno and removed[-1].reason == "网页目录":
        return not re.fullmatch(r"[…\.·]+", removed[-1].text) or not in_toc
    return in_toc


def _split_line(para: Para, early: bool) -> list[Para]:
    """One cleaned line as paragraphs: an inline 称谓 (and a title before it) split off, points run into
    one line split apart, a collection heading with its title (篇二：在…上的讲话) in two."""
    out: list[Para] = []
    named = _TITLE_THEN_PIECE.match(para.text) if para.divider else None
    if named:  # 云毕业典礼校长讲话稿篇1: a collection's piece heading that carries the piece's title
        return [Para(para.text[named.end("title") :], para.line, para.end, para.md, divider=True),
                Para(named.group("title"), para.line, para.end)]  # fmt: skip
    dated = _TITLE_DATED.match(para.text) if early and para.text[-1:] in "）)" else None
    if dated:  # 县委书记某某某在……会议上的讲话（2026年1月5日）: the date under the title, on its line
        return [Para(dated.group("title"), para.line, para.end, para.md), Para(dated.group("date"), para.line, para.end)]
    label = _FIELD_LABEL.match(para.text) if early else None
    if label and len(para.text) > label.end() + 4:  # 文章标题：… left after the page's repeated title went
        para = Para(para.text[label.end() :], para.line, para.end, para.md)
    if early and (twice := _TITLE_TWICE.match(para.text)):  # 在…讲话在…讲话各位领导：… (title said twice)
        para = Para(para.text[twice.end(1) :], para.line, para.end, para.md)
    greeting = _GREETING_FIRST.match(para.text) if early and not para.divider else None
    inline = _INLINE_SALUTATION.match(para.text[greeting.end() if greeting else 0 :]) if early and not para.divider else None
    if inline and greeting and not inline.group("title"):  # 大家早上好！全体队员们，今天…: the 称谓, then the greeting
        rest = para.text[greeting.end() + inline.end("salutation") :].lstrip("，,：: ")
        head = para.text[greeting.end() + inline.start("salutation") : greeting.end() + inline.end("salutation")]
        return [Para(head.rstrip("，,、") + "：", para.line, para.line, para.md), Para(greeting.group(0).strip() + rest, para.line, para.end)]
    inline = _INLINE_SALUTATION.match(para.text) if early and not para.divider else None
    if inline:
        line, cut = para.line, inline.end("salutation")
        if inline.group("title"):  # 副市长在…会议上的讲话 同志们：… — title, 称谓 and text on one line
            head = _undouble(re.sub(r"^附件\s*\d*\s*[:：]?", "", inline.group("title")).strip("【】"))
            out.append(Para(head, line, line, para.md))
        note = (inline.group("byline") or "").strip() + (inline.group("note") or "")
        if re.fullmatch(r"\s*[（(][一二三四五六七八九十\d]{1,2}[）)][：:]?", note):
            note = ""  # 校长致辞（一）：各位老师，…: the number of a collection's piece
        if note or inline.group("speaker"):  # （2011年11月3日根据录音整理）刘和平
            out.append(Para(f"{note.rstrip('：:')}{inline.group('speaker') or ''}".strip(), line, line))
        out.append(Para(para.text[inline.start("salutation") : cut].rstrip("，,") + "：", line, line, para.md))
        para = Para(para.text[cut:].lstrip("，,：: "), line, line)
        if not para.text:  # 【…讲话稿】尊敬的各位老师、同志们： — nothing after the 称谓
            return out
    said = _TITLE_SENTENCE.match(para.text) if early and not inline and not para.divider else None
    if said and len(para.text) > said.end() + 20:  # 在全县……大会上讲话。春回大地…: the title said as the first sentence
        out.append(Para(said.group(1), para.line, para.line, para.md))
        para = Para(para.text[said.end() :].lstrip(), para.line, para.end)
    point = title_then_point(para.text) if early and not inline and not para.divider else None
    if point:  # ……局长的讲话一、提高……: the title run into the first point
        out.append(Para(point[0], para.line, para.line, para.md))
        para = Para(point[1], para.line, para.end)
    titled = _TITLE_RUN_IN.match(para.text) if early and not inline and not para.divider else None
    if titled:  # 副书记在安全生产通报会讲话县委、县政府决定今天召开…: a title run into the opening
        out.append(Para(_undouble(titled.group("title")), para.line, para.line, para.md))
        para = Para(para.text[titled.end() :], para.line, para.end)
    both = _DIVIDER_TITLE.match(para.text) if not para.divider else None
    run_in = _run_in_point(para.text) if not both and not para.md else None
    if run_in:
        return out + _split_run_in(para, run_in.end())
    if _heading_level(para.text) == 1 and _INLINE_SUB.search(para.text):  # 一、…。（一）…。（二）…
        return out + _split_run_in(para, 0)
    wish = _LAST_WISH.search(para.text) if len(para.text) > 120 and para.text.count("。") >= 2 else None
    if wish:  # a one-line paste ending in 祝老师们节日快乐、身体健康！: the wish is the closing
        before = Para(para.text[: wish.start()].rstrip(), para.line, para.end, para.md)
        return [*out, *_split_line(before, early=False), Para(wish.group(1), para.line, para.end)]
    if both and not match_heading(para.text):
        name = "title" if both.group("title") else "bare"
        title = Para(both.group(name), para.line, para.line)
        return [*out, Para(para.text[: both.start(name)], para.line, para.line, para.md, divider=True), title]
    return [*out, para]


_STOPS = re.compile(r"[。！？]")
_TITLE_DATED = re.compile(
    r"^(?P<title>[^。！？：:，,（(]{4,80}?(?:讲话|致辞|发言|讲话稿|报告))\s*"
    r"(?P<date>[（(]\s*(?:\d{4}|20[*＊xX]{2}|20)\s*年\s*[\d*＊xX]{0,2}\s*月?\s*[\d*＊xX]{0,2}\s*日?[）)])$"
)
# 重阳节演讲稿题目篇一: the collection's own word for its pieces (题目, 范文, 模板) is no part of the title
_TITLE_THEN_PIECE = re.compile(
    r"^(?P<title>[^。！？，：:]{2,40}?(?:讲话稿|讲话|致辞稿|致辞|发言稿|发言|演讲稿|主持词|开场白))(?:题目|范文|模板|范例)?"
    r"\s*篇\s*[\d一二三四五六七八九十]{1,2}$"
)
_LAST_WISH = re.compile(r"(?<=[。！？!?])\s*((?:预祝|衷心祝愿|祝愿|祝)[^。！？!?]{2,40}[！!])\s*$")
_TITLE_END = re.compile(r"(?:讲话|致辞|发言|讲话稿|报告)(?:[（(][^）)]{1,10}[）)])?$")
_TITLE_TWICE = re.compile(r"^([^。！？：:，,]{6,60}?(?:讲话|致辞|发言|讲话稿))\1")


_TITLE_UNIT = re.compile(r"\d{0,4}[^\d]*?(?:讲话稿|讲话|致辞|发言)(?:汇总|汇编|大全|精选|稿)?\d{0,4}")


def _undouble(title: str) -> str:
    """妇联副主席在…上的讲话妇联副主席在…上的讲话 (or 在…例会上讲话在…例会上的讲话): a sharing page's
    title said twice, run together — the second, fuller copy is kept. Said three times, or with a
    collection word or a year between (局长致辞汇总局长致辞汇总局长致辞, 校长致辞2020校长致辞): the last copy."""
    units = [u.strip("0123456789") for u in _TITLE_UNIT.findall(title)]
    if len(units) >= 2 and "".join(_TITLE_UNIT.findall(title)) == title and len({u[:4] for u in units}) == 1:
        return re.sub(r"(?:汇总|汇编|大全|精选)$", "", units[-1])
    for k in range(6, len(title) - 5):
        first, second = title[:k], title[k:]
        if second.startswith(first[:6]) and abs(len(second) - len(first)) <= 2 and _TITLE_END.search(first):
            return second
        if k >= 8 and second.startswith(first) and _TITLE_END.search(second):  # the first copy cut short
            return second
    return title


def _split_glued(para: Para) -> list[Para]:
    """一、…工作（一）开展… — a 一、 heading with its first （一） run on without a stop."""
    level = _heading_level(para.text)
    glued = (_GLUED_SUB if level == 1 else _GLUED_ARABIC_SUB).search(para.text[:80]) if level in (1, 3) else None
    if not glued:
        return [para]
    return [Para(para.text[: glued.start()], para.line, para.end, para.md),
            Para(para.text[glued.start() :], para.line, para.end, para.md)]  # fmt: skip


def _run_in_point(text: str) -> re.Match[str] | None:
    """一、 right after a sentence that announced a count (…再讲三点意见。一、 / …两个方面的问题，最后请…。一、)."""
    for m in _RUN_IN_POINT.finditer(text):
        if m.start() > 0 and _ANNOUNCED.search(text[max(0, m.start() - 60) : m.start()]):
            return m
        if m.start() > 0 and text[m.end() : m.end() + 2] == "一、" and _POINT_FOLLOWS.search(text, m.end()):
            return m  # no count announced (…行动起来。一、认清形势任务…（一）…): a one-line paste all the same
    for m in _RUN_IN_SERIES.finditer(text):  # …再提四点要求： 一要压实责任… / …我讲几点意见。（一）要凝聚共识…
        return m
    for m in _LATE_POINT.finditer(text):  # …精神不变。 二、希望你们… 三、希望你们…: a copy that starts inside the speech
        following = f"{CN_DIGITS[CN_DIGITS.index(m.group(1)) + 1]}、"
        if "一、" not in text and re.search(rf"[。！]\s*{following}", text[m.end() :]):
            return m
    return None


CN_DIGITS = "一二三四五六七八九十"
_POINT_FOLLOWS = re.compile(r"[。！？]\s*(?:二、|[（(]一[）)])|[^。！？，：:]{4,40}[（(]一[）)]")
# 一要/一是/（一） right after the transition that announced the points (…再提四点要求：), in the same line:
# the speech's points are a series of its own (a run-in list after any other sentence stays inline).
_RUN_IN_SERIES = re.compile(
    r"(?:讲|强调|提出?|谈)[^。！？：:]{0,8}?[一二两三四五六七八九十几\d](?:点|个方面|方面|个问题)(?:意见|要求|看法|建议|希望)?[：:。]"
    r"\s*(?=一[要是抓][^。！？]{2,30}[，。]|[（(]一[）)][^。！？]{2,40}[。，])"
)
_NEXT_IN_SERIES = {
    kind: re.compile(rf"[。！]\s*(?=[二三四五六七八九十]{kind}|同志们[，,！!])") for kind in ("要", "是", "抓")
}
_NEXT_BRACKETED = re.compile(r"[。！]\s*(?=[（(][二三四五六七八九十]{1,2}[）)]|同志们[，,！!])")
_LATE_POINT = re.compile(r"(?<=[。！])\s*(?=([二三四五六七八九])、)")


def _split_run_in(para: Para, first: int) -> list[Para]:
    """…再讲三点意见。一、明确目标…。二、… pasted as one line: one paragraph per point."""
    rest = para.text[first:]
    lead = rest.lstrip()
    nxt = _NEXT_ORDINAL if lead.startswith("第一") else _NEXT_POINT
    if lead[:1] == "一" and lead[1:2] in _NEXT_IN_SERIES:
        nxt = _NEXT_IN_SERIES[lead[1]]
    elif lead[:3] in ("（一）", "(一)"):
        nxt = _NEXT_BRACKETED
    cuts = [0, *(m.end() for m in nxt.finditer(rest))]
    pieces = [para.text[:first]] + [rest[a:b] for a, b in zip(cuts, [*cuts[1:], len(rest)], strict=True)]
    return [Para(t.strip(), para.line, para.end, para.md) for t in pieces if t.strip()]


_NOT_WORD = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")


def _drop_repeats(paras: list[Para], removed: list[Removed]) -> list[Para]:
    """What a document-sharing page shows twice: a preview of the text cut short, then the text
    itself; the page title again at the start of the text. The first copy goes."""
    out: list[Para] = []
    for k, para in enumerate(paras):
        nxt = paras[k + 1].text if k + 1 < len(paras) else ""
        preview = len(para.text) >= 30 and para.text[-1] not in _TERMINAL and nxt[:4] == para.text[:4] and is_body(para)
        if preview and re.search(r"[，。,]", para.text) and _is_preview_of(para.text, _following(paras, k)):
            removed.append(Removed(para.line, para.text, "网页摘要（下文有全文）"))
            continue
        if 8 <= len(para.text) <= 60 and not _STOPS.search(para.text) and _repeats_header(out, para.text):
            removed.append(Removed(para.line, para.text, "重复的网页标题"))  # title / site line / title again
            continue
        if out and para.text == out[0].text and out[-1].text[-1:] not in _TERMINAL and _stops_mid_text(out):
            removed.append(Removed(para.line, para.text, "正文中间重复的网页标题"))  # the page's title as a page header
            continue
        title = out[-1].text if out and len(out) <= 3 and len(out[-1].text) <= 60 else ""
        if title and len(title) >= 8 and para.text.startswith(title) and len(para.text) > len(title) + 20:
            removed.append(Removed(para.line, title, "正文开头重复的网页标题"))
            para = Para(para.text[len(title) :].lstrip(), para.line, para.end, para.md, para.divider)
        out.append(para)
    return out


def _stops_mid_text(out: list[Para]) -> bool:
    """The title (the first line, short, no full stop) said again where the text before stops mid-sentence."""
    first = out[0].text
    return len(out) >= 2 and 6 <= len(first) <= 60 and not _STOPS.search(first) and len(out[-1].text) >= 20


def _following(paras: list[Para], k: int) -> str:
    """The text after paragraph `k` that a preview may repeat: the title, a subtitle, a date, 同志们：…"""
    return "".join(p.text for p in paras[k + 1 : k + 9])


def _repeats_header(out: list[Para], text: str) -> bool:
    """`text` said again in the front matter (only header lines so far): title / site line / title.
    A numbered heading is never dropped (一、… may well be repeated by the speech itself)."""
    if len(out) > 6 or match_heading(text) or text not in {p.text for p in out}:
        return False
    return all(len(p.text) <= 60 and not _STOPS.search(p.text) for p in out)


def _is_preview_of(text: str, full: str) -> bool:
    """`text` is the opening of `full` cut short (a repeated paragraph is not a preview)."""
    flat, whole = _NOT_WORD.sub("", text), _NOT_WORD.sub("", full)
    if len(whole) <= len(flat) + 20:
        return False
    # the last word or two may differ: the preview cut 习近平 to 习, the text says XXX in its place
    return len(os.path.commonprefix([flat, whole])) >= max(len(flat) - 3, 24)


def _front_matter_end(lines: list[str]) -> int:
    """Number of leading lines that are a `---` YAML front matter block (0 if none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i, line in enumerate(lines[1:60], start=1):
        if line.strip() == "---":
            return i + 1
    return 0


# A line that holds pictures only (Markdown images, <img> and <image> tags), or a picture's file name or label.
_IMAGE = r"(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|<image\b[^>]*>.*?</image>|<image\b[^>]*/?>)"
_IMAGE_LINE = re.compile(
    rf"^(?:\s*{_IMAGE})+\s*$|^[^。！？，；]{{0,40}}\.(?:jpe?g|png|gif|webp|bmp)$|^[\[【(（]?(?:图片|图像|img|image|pic)\s*\d*[\]】)）]?$",
    re.I,
)


def _lines(raw: str) -> list[str]:
    return raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _clean_line(line: str, lineno: int, removed: list[Removed]) -> Para | None:
    text = line.strip(" \t\u3000\xa0\u200b\ufeff")
    if not text:
        return None
    if _MD_RULE.match(text):
        removed.append(Removed(lineno, text, "Markdown 分隔线"))
        return None
    md = 0
    m = _MD_HEADING.match(text)
    if m:
        md = len(m.group(1))
        text = text[m.end() :]
    text = _MD_LIST.sub("", text, count=1) if not match_heading(text) else text
    if _IMAGE_LINE.match(text):  # ![合影.jpg](…) / <img src=…> / <image>…</image>: a picture, no words of the speech
        removed.append(Removed(lineno, text, "网页图片"))
        return None
    text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "＊" in text or "##" in text or "＃＃" in text:  # **县正处于… / ##县: a template's placeholder for the place
        text = _STAR_PLACE.sub("XX", text)
    text = _MD_EMPHASIS.sub("", text).strip()
    if len(text) > 80 and " " in text:  # …意见： 一、从思想上高度重视消防安全 消防安全事关…: the gap ends the heading
        text = _HEADING_GAP.sub(r"\1。", text)
    if text[:1] in CN_DIGITS:  # 一.统一思想 / 一 统一思想 (a short line): a heading mark written another way
        text = _ODD_HEADING_MARK.sub(r"\1、", text)
    text = _HAN_GAP.sub("", text)
    text = _MIXED_GAP.sub("", text) if " " in text else text
    if _STRAY.search(text):  # 我讲⚥三点意见 / 最高ฝ峰: a site's anti-copy marks between Chinese characters
        removed.append(Removed(lineno, "".join(_STRAY.findall(text)), "网页防复制乱码"))
        text = _STRAY.sub("", text)
    text = _FILE_SUFFIX.sub("", text)  # 在…会议上的讲话.docx: a shared file's name as its title
    if "(" in text or "（" in text:
        text = _drop_pinyin(text, lineno, removed)
    if text[-1:] in ("]", "】"):
        text = _SITE_TAG.sub("", text)  # 区长在……上的讲话[VIP]
    elif text[-1:] in (")", "）") and len(text) <= 60:
        text = _SITE_NOTE.sub("", text)  # 2026年度专题党课：……(精选文档)
    if not text:
        return None
    if text.endswith(("：。", ":。", "：.", ":.")):  # 同志们:。 — a copy's stray stop after the colon
        text = text[:-1]
    if is_foreign_line(text):  # an English machine translation under the Chinese text
        removed.append(Removed(lineno, text, FOREIGN))
        return None
    text, parts = cut_parts(text)
    removed += [Removed(lineno, part, reason) for part, reason in parts]
    if len(text) > _SPEECH_LINE_MIN and _BOILERPLATE_WORDS.search(text):
        text = _cut_boilerplate(text, lineno, removed)
    text = _cut_prefix(text, lineno, removed)
    if "页" in text or "编辑" in text:
        text = _cut_inline_pages(text, lineno, removed)
    note = _INLINE_EDITOR_NOTE.search(text) if "按" in text else None
    if note:  # 县长在…上的讲话编者按：本文围绕……具体材料请详见：同志们：… — the note between title and 称谓
        removed.append(Removed(lineno, note.group(0), "网页编者按"))
        text = text[: note.start()] + text[note.end() :]
    label = _FIELD_LABEL.match(text) or _SUMMARY_LABEL.match(text) or _ATTACHED_TITLE.match(text)
    if label and len(text) > label.end() + 4:  # 文章标题：市长在……上的讲话: a sharing page's field label
        removed.append(Removed(lineno, label.group(0), "网页字段名"))
        text = text[label.end() :]
    page = _PAGE_PREFIX.match(text)
    if page and len(text) > page.end():  # 第1页共4页镇党委书记讲话: a page footer run into the next line
        removed.append(Removed(lineno, page.group(0), "分页残留"))
        text = text[page.end() :]
    reason = debris_reason(text) or ("网页导航或出处" if lineno <= 15 and _BULLET_MENU.match(text) else "")
    if reason:
        removed.append(Removed(lineno, text, reason))
        return None
    divider = bool(_DIVIDER.match(text) or RELATED_HEAD.match(text)) and not match_heading(text)
    return Para(text, lineno, lineno, md, divider)


# 新闻推荐 / 相关阅读 / 猜你喜欢: the site's own list of other articles starts here; what follows is not the page's text.
RELATED_HEAD = re.compile(r"^(?:新闻推荐|推荐新闻|相关新闻|相关报道|推荐阅读|延伸阅读|猜你喜欢|精彩推荐|为你推荐|往期推荐|往期回顾|往期精彩|全部评论|热门评论|最新评论|发表评论|评论区|你可能感兴趣的?(?:文章)?|更多新闻)\s*[:：>》]*$")


# A numbered heading in a long pasted line, then a space, then its text (a gap, not a stop, ends the heading).
# Only one gap: 一、统一思想 提高认识 切实增强… (phrases set apart by spaces) is left as it is.
_HEADING_GAP = re.compile(
    r"(?:^|(?<=[。！？：:]\s)|(?<=[。！？：:])|(?<=[话辞言告]\s))((?:[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]{1,2}[，,、])"
    r"[^。！？：:\s]{4,40}?)[ \u3000]+(?=[^\s。！？]{0,80}[。！？])(?![^。！？\s]{0,30}[ \u3000])"
)
# Symbols and letters of other scripts (Thai, Hangul, dingbats) set between two Chinese characters; ★ is a placeholder, kept.
_STRAY = re.compile(r"(?<=[\u4e00-\u9fff])[\u0e00-\u0e7f\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u2600-\u2604\u2607-\u27bf]{1,3}(?=[\u4e00-\u9fff])")
# • 2026年校长开学典礼致辞模板: a bullet line at the head of a page (its menu), not a speech's text
_BULLET_MENU = re.compile(r"^[•·▪●◆►]\s*[^。！？，：:；]{1,40}$")
_OUTLINE_LINE = re.compile(r"^[【\[](?:提纲|内容提纲|讲话提纲|文章提纲|文章目录|目录|大纲)[】\]]")
_PAYWALL_LEAD = re.compile(r"^(?:会员免费查看|此处内容需要权限查看|隐藏内容|【?正文】?$)")
_INLINE_EDITOR_NOTE = re.compile(
    r"(?:(?<=讲话)|(?<=致辞)|(?<=发言)|(?<=讲话稿))\s*(?:编者按|导读|内容提要)\s*[:：].{0,800}?(?:具体材料请详见|具体内容请详见|详见下文)(?:下文)?\s*[:：。]?"
)
# 摘要：同志们：我今天… — a page's 摘要 label over the speech's own first words (its 称谓 follows at once).
_SUMMARY_LABEL = re.compile(
    r"^(?:摘要|内容摘要|正文|全文)\s*[:：]\s*(?=[^。！？：:]{0,30}(?:同志|领导|来宾|代表|朋友|老师|同学|委员)们?[：:，,、])"
)
# 附件：在全县……会议上的讲话 — a notice's attachment label on the title of the speech it sends.
_ATTACHED_TITLE = re.compile(r"^附件\s*\d{0,2}\s*[:：]\s*(?=[^。！？：:]{4,60}(?:讲话|致辞|发言|报告|讲话稿)$)")
_FIELD_LABEL = re.compile(r"^(?:文章标题|文档标题|标题|文章名称|资料名称|内容简介|内容提要)\s*[:：]\s*")


# …万平第 1 页 共 11 页下载后可任意编辑方米: a page footer (and a sharing site's tag) inside a line.
_INLINE_PAGE = re.compile(r"第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页|下载后可任意编辑")


def _cut_inline_pages(text: str, lineno: int, removed: list[Removed]) -> str:
    found = _INLINE_PAGE.findall(text)
    if not found or _INLINE_PAGE.fullmatch(text.strip()):
        return text
    removed.append(Removed(lineno, "、".join(found), "分页残留"))
    return _INLINE_PAGE.sub("", text).strip()


# 秘书之家—全网资源每日更新www.mishuzj.com在全县……会议上的讲话: a site's name glued before the title.
_SITE_PREFIX = re.compile(r"^[^。！？，,]{0,30}?(?:www\.)?[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)(?:\.cn)?[\s—\-|｜]*", re.I)
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’]?")


def _cut_prefix(text: str, lineno: int, removed: list[Removed]) -> str:
    """Take a site's name, or its introduction (下面是小编为大家整理的……，供大家参考。), off the front of
    a line that goes on with the speech; the rest of the line stays."""
    m = _SITE_PREFIX.match(text) if "." in text[:60] else None
    if m and (text[m.end() :].startswith("在") or len(text) - m.end() > 40):
        removed.append(Removed(lineno, text[: m.end()].strip(), "网站名称"))
        return text[m.end() :]
    if len(text) <= _WRAPPER_MAX or not _BOILERPLATE_WORDS.search(text[:200]):
        return text
    sentences = _SENTENCE.findall(text[:300])[:4]
    ends = [sum(len(s) for s in sentences[: k + 1]) for k, s in enumerate(sentences) if _BOILERPLATE_WORDS.search(s)]
    if not ends or count_han(text[ends[-1] :]) < 20 or _BOILERPLATE_WORDS.search(text[ends[-1] :]):
        return text
    removed.append(Removed(lineno, text[: ends[-1]], "网站导语或版权说明"))
    return text[ends[-1] :]


# A clause with its closing mark (，；。！？ or the line's end).
_CLAUSE = re.compile(r"[^，,；;。！？!?]*(?:[，,；;。！？!?]+[”’」』]?|$)")
_SENTENCE_STOPS = ("。", "！", "？", "!", "?")
# A byline after a news item's last sentence: (…) 信息来源：… 责任编辑：…
_BYLINE_TAIL = re.compile(r"(?<=[。！？!?])[^。！？!?]{0,80}(?:责任编辑|信息来源|来源\s*[:：]|编辑\s*[:：]|通讯员)[^。！？!?]{0,80}$")
# Words a site's introduction talks about (范文, 模板, 讲话稿): a paragraph with them left is not speech.
_SITE_META = re.compile(r"范文|模板|小编|文档|网站|[发讲演]言稿|讲话稿|致辞稿|稿子|写作")
# An advert clause this short is cut alone from a paragraph that goes on with speech after it.
_ADVERT_CLAUSE_MAX = 25
# A line shorter than this is a wrapper line or speech, never both.
_SPEECH_LINE_MIN = 30


def _cut_boilerplate(text: str, lineno: int, removed: list[Removed]) -> str:
    """Take a site's words out of a paragraph of speech and keep the speech: short advert clauses
    (教育是国之大计，更多范文请关注公众号……，我们要…) when the paragraph goes on with speech after them, and
    a byline after a news item's last sentence. A site's introduction ends with its site words
    (……下面是小编为大家整理的……，供大家参考。): that line is left whole for debris_reason to drop."""
    tail = _BYLINE_TAIL.search(text)
    if tail and count_han(text[: tail.start()]) >= 20 and not _BOILERPLATE_WORDS.search(text[: tail.start()]):
        removed.append(Removed(lineno, tail.group(0).strip(), "网站导语或版权说明"))
        return text[: tail.start()]
    clauses = [c for c in _CLAUSE.findall(text) if c]
    hits = [k for k, c in enumerate(clauses) if _BOILERPLATE_WORDS.search(c)]
    after = "".join(clauses[hits[-1] + 1 :])
    if any(len(clauses[k]) > _ADVERT_CLAUSE_MAX for k in hits) or count_han(after) < 10 or _SITE_TIP_WORDS.search(after):
        return text
    kept: list[str] = []
    for k, clause in enumerate(clauses):
        if k not in hits:
            kept.append(clause)
        elif clause.endswith(_SENTENCE_STOPS) and kept and kept[-1][-1:] in "，,；;":
            kept[-1] = kept[-1][:-1] + clause[-1]  # 抓好落实，[更多范文请关注……。]下面… → 抓好落实。下面…
    rest = "".join(kept)
    if count_han(rest) < 20 or _SITE_META.search(rest):
        return text
    removed.append(Removed(lineno, "".join(clauses[k] for k in hits), "网站导语或版权说明"))
    return rest


def debris_reason(text: str) -> str:
    """Why a line is debris rather than speech ('' when it is speech)."""
    if any(p.match(text) for p in _PAGINATION):
        return "分页残留"
    if _NAV_LINE.match(text):
        return "网页导航或出处"
    if _COLLECTION_TITLE.search(text):
        return "网页合集标题"
    if _BOILERPLATE_WORDS.search(text):
        return "网站导语或版权说明"
    if _EDITOR_NOTE.match(text):
        return "网页编者按"  # 编者按：本文主要从……这几个方面进行讲述……具体材料请详见下文： (of any length)
    if _PAYWALL_LEAD.match(text):
        return "网站导语或版权说明"  # 会员免费查看二、要加强领导……: the hidden part's teaser, whatever its length
    if _OUTLINE_LINE.match(text):
        return "网页提纲（正文里有全文）"  # 【提纲】一、…（一）…二、…: the site's summary of the headings, any length
    if len(text) > _WRAPPER_MAX and not text.startswith("l>"):
        return ""
    if _SITE_TIP_WORDS.search(text):
        return "网站导语或版权说明"
    if len(text) <= 6 and _LOGIN_BOX.match(text):
        return "网页导航或出处"
    found = next((reason for pattern, reason in _WRAPPER if pattern.search(text)), "")
    if found:
        return found
    return next((r for needles, pattern, r in _GUARDED_WRAPPER if any(c in text for c in needles) and pattern.search(text)), "")


def is_body(para: Para) -> bool:
    """A running paragraph (not a heading, divider, title or 称谓)."""
    return not (para.md or para.divider or match_heading(para.text) or _SALUTATION.match(para.text))


# 各位代表、 (a 称谓 broken off before its last part, which is on the next line)
_SALUTATION_START = re.compile(r"^[^。！？：:]{0,24}(?:同志|领导|来宾|代表|朋友|老师|同学|嘉宾|家长|委员|姐妹)们?[、，,]$")


def _join_broken(paras: list[Para]) -> tuple[list[Para], list[tuple[int, int]]]:
    """Join a paragraph cut mid-sentence with the paragraph that continues it."""
    out: list[Para] = []
    joined: list[tuple[int, int]] = []
    width = _wrap_width(paras)
    last = 0  # length of the last line read: a full line ending in 。 may be a line break, not a paragraph's end
    for para in paras:
        prev = out[-1] if out else None
        if prev is not None and _SALUTATION_START.match(prev.text) and _SALUTATION.match(para.text) and len(para.text) <= 30:
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)  # 各位代表、 | 同志们：
            joined.append((prev.end, para.line))
        elif prev is not None and (_is_cut(prev) or _is_wrapped(prev, para, width) or _full_line(prev, para, width, last)) and is_body(para):
            out[-1] = Para(prev.text + para.text, prev.line, para.end, prev.md, prev.divider)
            joined.append((prev.end, para.line))
        else:
            out.append(para)
        last = len(para.text)
    return out, joined


# What opens a paragraph of its own in a speech: a lead (一是, 第一，, 首先), a vocative, a turn (但是, 同时, 此外, 在此).
_OWN_PARAGRAPH = re.compile(r"^(?:[一二三四五六七八九十]+[是要抓]|第[一二三四五六七八九十]+|首先|其次|再次|最后|同志们|但是|同时|此外|另外|在此|总之|当前|今年|去年|刚才|下面)")


def _full_line(prev: Para, para: Para, width: int, last: int) -> bool:
    """A PDF copy hard-wrapped at `width`: its line that happens to end at a full stop (…不断壮大。) is as long
    as the others, and the text goes on in the next line (政务环境…), not in a new paragraph."""
    if not width or not width + 2 <= last <= width + 7 or prev.text[-1:] != "。" or prev.md or para.divider or match_heading(prev.text):
        return False  # (a line is never longer than the page: a longer one is a paragraph of its own)
    return width <= len(para.text) <= width + 7 and not _OWN_PARAGRAPH.match(para.text)


def _wrap_width(paras: list[Para]) -> int:
    """The line width of a text hard-wrapped like a PDF copy (0 when it is not): four or more lines
    of nearly the same length (half-width digits and spaces make them differ by a few) that end mid-sentence."""
    return page_width(len(p.text) for p in paras if len(p.text) >= 20 and p.text[-1] not in _TERMINAL)[0]


def _is_wrapped(prev: Para, para: Para, width: int) -> bool:
    """A hard-wrapped line (as long as the page is wide) and its continuation; a heading's last word
    (…的方向 / 指引) is carried over too."""
    if not width or len(prev.text) < width or prev.text[-1] in _TERMINAL or prev.md or para.divider:
        return False
    if match_heading(prev.text) and not any(c in prev.text for c in "。！？；"):
        return len(para.text) <= 8 and not match_heading(para.text) and not re.search(r"[。！？，：；、]", para.text)
    return True


def _is_cut(para: Para) -> bool:
    text = para.text
    if text[-1] in _TERMINAL or para.md or para.divider or _SALUTATION.match(text):
        return False
    if match_heading(text) and not any(c in text for c in "。！？；"):
        return False  # a heading line on its own
    return len(text) >= 40 or text[-1] in "，、,"
