"""Web-page debris in a line of pasted text: which lines are a site's and not the speech's.

Pagination, navigation, a 范文 site's introductions and tips, paywalls, collection titles and
login boxes make a whole line debris (`debris_reason`); a site's name or introduction run into
the front of a speech line (`cut_prefix`) and an advert or byline inside a paragraph of speech
(`cut_boilerplate`) are cut and the speech kept. Each cut is recorded as a `Removed` with its
reason, for the report a user reads. drafter/ingest/clean.py calls these for every line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.ingest.pageheads import page_recap
from drafter.ingest.sitenotes import site_note
from drafter.text import count_han


@dataclass(frozen=True, slots=True)
class Removed:
    """A line taken out while cleaning, and why."""

    line: int
    text: str
    reason: str


_PAGINATION = (
    re.compile(r"^共\s*\d+\s*页[，,\s]*当前第\s*\d+\s*页.*$"),
    re.compile(r"^第\s*\d+\s*[页頁]\s*(?:[/／,，]?\s*共\s*\d+\s*[页頁])?$"),
    re.compile(r"^(?:(?:上一页|下一页|首页|尾页|末页|\d{1,3})\s*){1,12}$"),
    re.compile(r"^[-—－\s]*\d{1,3}[-—－\s]*$"),
    # 2/4 / （第2/4页） / - 2/4 -: a document-sharing page's counter on a line of its own
    re.compile(r"^[-—－(（\s]*第?\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[页頁]?[-—－)）\s]*$"),
)
_BOILERPLATE = (
    # …演讲稿怎么写?…一起来看看…演讲稿最新精选大全5篇,欢迎查阅!: a collection page's introduction
    "欢迎查阅",
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
    # …讲话要怎么写，才更标准规范？根据多年的文秘写作经验，…下面分享【…（精选8篇）】，供你选择借鉴。: the same, to 你
    "才更标准规范", "文秘写作经验", "供你选择借鉴", "供你参考借鉴", "供你选择参考",
    # 本站所有内容均由合作方或网友上传，本站不对文档的完整性…做任何保证…付费前请自行鉴别…您可以点击这里二次下载
    # (a document-sharing page's disclaimer, one long line that the speech's title may be glued to)
    "本站不对文档", "付费前请自行鉴别", "点击这里二次下载",
    # 1. 1、某某文档网站文档一经付费（服务费），不意味着购买了该文档的版权… / 4. 4、该文档为VIP文档… / 5. 5、成为VIP后，… /
    # 7. 7、VIP文档为合作方或网友上传…: the rest of the same page's numbered notices over the text (each a line of its own)
    "一经付费", "不意味着购买了该文档的版权", "该文档为VIP文档", "成为VIP后", "VIP文档为合作方", "贡献VIP文档", "版权申诉",
)  # fmt: skip
# Paywall and site tips: only on a short line of their own (a speech may mention 二维码 or 客服).
_SITE_TIPS = (
    "试读结束", "预览结束", "开通会员", "正式会员", "联系老师", "定制代笔", "想阅读完全部", "您需要先登陆", "您需要先登录",
    "请阅读下面", "请认真阅读下面", "我要投稿", "我要留言", "精选留言", "热门推荐", "本周热门", "本月热门", "联系客服",
    "微信订阅号", "二维码", "正文复制", "文档无限下载", "由会员分享", "分享文档赚钱", "写作神器", "立即了解",
    "需要会员才可", "如有侵权请联系", "仅作为参考学习使用", "求路过的大神", "问题描述", "最佳答案", "推荐答案",
    # a question-and-answer page: 幼儿园开学典礼园长致辞，时间紧迫，求直接说步骤！ / 满意回答 / 其他回答 / 提问者采纳
    # 如果您无法下载资料，请参考说明： / 1、部分资料下载需要金币… / 2、已购买过的文档，再次下载不重复扣费: a download page's notes
    "无法下载资料", "下载需要金币", "不重复扣费", "下载后请先用软件解压",
    "时间紧迫", "求直接", "急求", "在线等", "求大神", "满意回答", "满意答案", "其他回答", "其他答案", "提问者采纳", "网友采纳",
    "【收藏】", "【以稿换稿】", "欢迎登陆", "欢迎登录", "欢迎访问", "欢迎来到", "欢迎光临", "加入收藏", "阅读本文需要支付", "评论功能已关闭", "网友评论",
    # a 范文 site's words before and after the text it offers
    "供大家参考借鉴", "网友投稿", "版权归作者所有", "本文已结束", "【导读】", "一起来看看吧", "感谢您的阅读", "本文共计", "小编",
    "给大家分享一些关于", "范文，方便大家", "本文档格式", "本文档为", "下载后可编辑", "以上就是本文", "来源于网络", "查看全文", "展开全文",
    "当前为第", "此为第",
    # 电脑桌面 / 添加…到电脑桌面 / 安装后可以在桌面快捷访问: a 范文 site's box offering a desktop shortcut (batch 57)
    "电脑桌面", "桌面快捷访问",
    # 本文系作者原创投稿,仅供学习参考,请勿照搬照抄!: the same site's note over the text (batch 57)
    "请勿照搬照抄", "仅供学习参考",
    # 以下是一些家长在开学典礼上分享的亲身经历，让我们一起倾听吧！: a collection page's introduction to its pieces
    "让我们一起倾听吧", "一起来欣赏吧",
    # …我们为大家收集了一些…的成功总结，希望能给大家带来一些灵感。: a collection page's introduction (a short line only)
    "为大家收集了", "为大家搜集了", "帮大家收集了", "给大家带来一些灵感", "给大家带来灵感",
    # 前言：我们精心挑选了数篇优质…文章，供您阅读参考。期待这些文章能为您带来启发，助您在写作的道路上…: the same, to 您
    "精心挑选了数篇", "精心挑选了几篇", "供您阅读参考", "能为您带来启发", "在写作的道路上",
    # 全文已隐藏 / VIP专免 / VIP请直接点击按钮下载本文的Word文档…: a paywall's lines around a text cut short
    "全文已隐藏", "内容已隐藏", "VIP专免", "VIP免费", "请直接点击按钮下载", "下载本文的Word",
    "缺省word文档", "请在评论区发评论", "付费内容",
    "阅读原文", "打开APP", "APP内打开", "APP内阅读", "下载APP", "长按识别二维码", "扫码关注",
    # 跳至主要内容 / 跳到主要内容 / 跳过导航: a site's skip link for screen readers, on a line of its own over the title
    "跳至主要内容", "跳到主要内容", "跳转到主要内容", "跳过导航",
    "需要权限查看", "会员免费查看", "申明敬告", "本站不保证", "无毒下载", "成人免费", "黄色网站", "免费观看", "在线观看",
    # 全文共4492字，仅供站内会员学习参考 / 新来的客人请【点此注册】加入会员 / 刚注册会员请【刷新页面】打开全文
    "仅供站内会员", "加入会员", "刷新页面", "点此注册", "隐藏内容", "内容预览",
    # 温馨提示: 1. 部分…文件，查看预览时可能显示错乱… 3. 下载前请仔细阅读文档内容…: a download page's numbered tips
    "查看预览时", "预览时可能", "下载后无此问题", "下载前请仔细阅读", "由用户上传", "付费完成后", "网站客服",
    # 此处隐藏5120个字。VIP会员可见 / 留言与评论（共有 条评论）: a paywall over the middle, and the comment box below
    "此处隐藏", "会员可见", "留言与评论",
    # a document-sharing page: 已阅读5页，还剩8页未读 继续免费阅读 / 下载本文档 / 本文档由用户提供并上传
    "继续免费阅读", "下载本文档", "本文档由用户提供并上传", "页未读",
    # 1、本文档由用户上传，某文库整理发布… / 2、本文档内容版权归属内容提供方… / 网站客服QQ：…: a sharing page's notices
    "本文档由用户上传", "本文档内容版权", "版权归属内容提供方", "版权争议", "网站客服", "付费之前",
    # 1、本文档共5页，可阅读全部内容。 / 文档侵权举报电话：… / 论文部分内容阅读: a sharing or journal page's notes
    "本文档共", "侵权举报", "部分内容阅读",
    # 1. 1、下载文档前请自行甄别文档内容的完整性… / 2. 2、"仅部分预览"的文档…可反馈申请退款 / 合集下载: a download page's notices
    "下载文档前请自行甄别", "仅部分预览", "可反馈申请退款", "合集下载",
    # 亲，该文档总共12页，到这儿已超出免费预览范围，如果喜欢就下载吧！: the end of a sharing page's preview
    "超出免费预览范围",
    # 资源预览内容 / 第1页 / 共4页 … / 亲，该文档总共4页全部预览完了，如果喜欢就下载吧！: the same page's preview box, its head
    # and its end (the page's 资源描述 holds the text)
    "资源预览内容", "全部预览完了", "如果喜欢就下载吧",
    # 作者原创，不允许二次传播，一经发现收回: a paid site's notice under the text
    "不允许二次传播", "禁止二次传播", "一经发现收回",
    # 试读已结束，还剩3页，您可下载完整版后进行离线阅读 / 此内容为付费资源，请付费后查看 / 立即购买 / 您当前未登录！建议登陆后购买，
    # 可保存购买订单 / © 版权声明: a paid-download page's purchase box
    "试读已结束", "离线阅读", "付费资源", "请付费后查看", "立即购买", "当前未登录", "登陆后购买", "登录后购买", "购买订单", "版权声明",
    # 整理文档很辛苦，赏杯茶钱您下走！ / 阅读已结束，您可以下载文档离线阅读编辑 / 以下是某某网友分享的“…”，供您学习参考，
    # 希望有所用途！: a sharing page's begging line, its paywall and its summary over the text
    "赏杯茶钱", "阅读已结束", "下载文档离线阅读", "网友分享的", "供您学习参考", "希望有所用途",
    # a government site's footer: 备案号：…ICP备… / 网站标识码 / 公网安备 / 网站地图 (主办单位： is a wrapper)
    "备案号", "ICP备", "网站标识码", "公网安备", "网站地图",
    # 微信登录 / 扫码登录 / QQ登录 / 关注公众号: a site's login box and follow button under the text
    "微信登录", "扫码登录", "QQ登录", "微博登录", "手机号登录", "账号登录", "密码登录", "短信登录", "一键登录", "快捷登录",
    "第三方登录", "关注公众号",
)  # fmt: skip
# One search per line instead of one `in` per word (both lists are long).
_BOILERPLATE_WORDS = re.compile("|".join(map(re.escape, _BOILERPLATE)))
_SITE_TIP_WORDS = re.compile("|".join(map(re.escape, _SITE_TIPS)))
# Longest line a wrapper or a site tip is looked for in (a paragraph of speech is longer).
_WRAPPER_MAX = 120
# 春节联谊会3.png / IMG_2031.JPG: an image's file name left where the picture was (its caption: drafter.ingest.clean)
IMAGE_FILE = re.compile(r"^[^\s。！？，,]{1,40}\.(?:png|jpe?g|gif|webp|bmp)$", re.I)
# Lines a web page or a bulletin wraps around a speech: CSS, time stamps, tables of contents, editors' notes.
_WRAPPER = (
    # 精品一区二区在线播放，高清视频免费观看…: a spam site's keyword line over a stolen page (two of its words, at least)
    # (not 在线播放…宣传视频 in a speech: only the spam words themselves, twice)
    (re.compile(r"(?:一区二区|无码|成人片|[aA][vV]在线)[^。！？]{0,60}?(?:一区二区|无码|成人片|[aA][vV]在线)"), "垃圾广告"),
    (re.compile(r"@page\s*\{|\{\s*(?:font-family|color|margin|size)\s*:|^l>\s*\["), "网页样式代码"),
    (re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$"), "网页发布时间"),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?$"), "网页发布时间"),  # 09.03.2026  08:30 (day first)
    # 2026年12月01日 09:30 来源：某某局门户网站 作者：办公室 (【字体：大 中 小】): the dateline under a page's headline
    (re.compile(
        r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
        r"(?=[^。！？，]*?(?:来源|作者|编辑|浏览|点击|阅读|访问|字体|字号)(?:次数|量|数)?\s*[:：])[^。！？，]*$"
    ), "网页发布时间"),
    # 文档分享 › 讲话稿 › 农业农村 / 首页 » 文库 » 讲话: a page's breadcrumb, however it sets the steps apart
    (re.compile(r"^[^。！？，,›»＞>]{1,12}(?:\s*[›»＞>]\s*[^。！？，,›»＞>]{1,12}){2,}\s*[›»＞>]?$"), "网页导航或出处"),
    # 知识类型: 析出资源 / 内容出处: 《…文史资料第24辑》 图书 / 唯一号: … / 分类号: G127.57 / 页码: 30-31 / 关键词: 某县 兰花节:
    # a library's catalogue record over the text it holds
    (re.compile(
        r"^(?:知识类型|内容出处|唯一号|颗粒名称|分类号|资源类型|文献类型)\s*[:：]"
        r"|^页[数码]\s*[:：]\s*[\d\s\-–—~～,，]+$|^关键词\s*[:：]\s*[^。！？，,]{1,40}$|^查看原文$"
    ), "图书馆目录信息"),
    # 在线客服 / 客服电话：… / 工作时间：周一至周五 9:00-18:00 / 服务邮箱：…: a site's customer-service box
    (re.compile(
        r"^(?:在线客服|客服中心|联系我们|人工客服|微信客服|在线咨询)$"
        r"|^(?:客服|在线客服|客服电话|客服热线|服务热线|咨询电话|投诉电话|客服QQ|客服微信|客服邮箱|服务邮箱|联系邮箱)\s*[:：]\s*[^。！？，]{1,40}$"
        r"|^(?:工作时间|服务时间|客服时间|在线时间)\s*[:：]\s*(?:周|星期|每天|全天|工作日|\d)[^。！？]{0,30}$",
        re.I,
    ), "网站客服信息"),
    # 此页面上的内容需要较新版本的 Adobe Flash Player。 / 获取 Adobe Flash Player / 站内检索： / 2024年04月24日 星期三 /
    # 新闻中心 / [图文]民建某某委会联合举... / 友情链接: an old site's plug-in notice, search box, clock, news column (its
    # links cut short with ...) and links box over the article (a line of a speech never ends on three dots after no stop)
    (re.compile(
        r"Adobe\s*Flash\s*Player|^(?:站内检索|站内搜索|全站搜索|信息检索)\s*[:：]?$|^(?:新闻中心|友情链接|图片新闻|最新动态|通知公告)$"
        r"|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]$"
        r"|^\s*(?:\[(?:图文|视频|组图)\]\s*)?[^\s。！？，,；;：:、][^。！？，,；;：:、]{5,30}(?:\.{3}|。。。)$|^\s*\[(?:图文|视频|组图)\][^。！？]{2,40}$",
        re.I,
    ), "网页导航或出处"),
    # 2026-10-28 07:43:00 某某素材网 / 10-28 某某素材网: a time stamp and the site's name
    (re.compile(r"^(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\u4e00-\u9fff]{0,8}(?:网|文库|平台|素材|公众号)$"), "网页发布时间"),
    # - 2026-09-03 15:31:47 在全市…座谈会上的交流发言: a site's list of other articles, each stamped with the time it was
    # posted (a date and a clock time, then a title with no sentence in it); never a line of the speech
    (re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[^。！？，,：:；;\s][^。！？，,：:；;]{3,80}$"), "网页上的文章链接"),
    (re.compile(r"^(?:时间|发布时间|发表时间|发布日期|日期|更新时间)\s*[:：].{0,40}$"), "网页发布时间"),
    (IMAGE_FILE, "网页图片文件名"),
    # 好好学习，天天向上，某某吧欢迎您！ / 某某文库，欢迎您！: a site's welcome banner
    (re.compile(r"^[^。]{0,30}(?:网|吧|站|平台|文库|之家)[，,\s]?欢迎(?:您|你)(?:的到来|光临|访问)?[!！。]?$"), "网站导语或版权说明"),
    # 2018/12/28 上午9:27:28 星期五: a news site's clock over its menu (the day the page was saved, not the speech's)
    (re.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:星期|周)[一二三四五六日天]$"), "网页发布时间"),
    # 新闻热线:0577-… 广告热线:… | 关于我们 | 旧版: a news site's contact row
    (re.compile(r"^(?=[^。！？]*(?:新闻热线|广告热线|投稿热线|报料热线|联系电话)\s*[:：])[^。！？]*(?:[|｜]\s*(?:关于我们|联系我们|旧版|English|设为首页|加入收藏)\s*)+$|^(?:新闻热线|广告热线|投稿热线|报料热线)\s*[:：]\s*[\d\-－ ]{5,}"), "网站客服信息"),
    (re.compile(r"^(?:目录|提纲|目录/提纲)\s*[:：/].{0,10}$|^[…\.·]{2,}$"), "网页目录"),
    (re.compile(r"^[…\.]{0,6}[(（](?:未完|新文秘网|全文共).{0,80}[)）]?$"), "网页截断提示"),
    (re.compile(r"^(?:编者按|导读|导语|摘要|内容提要)\s*[:：]"), "网页编者按"),
    # (• 分享到 : under a county site's headline, its bullet kept; 关怀版 / 无障碍: a government site's top bar, batch 62)
    # 关于某县人民政府网站（新版）内测的公告 / 某县人民政府网站正在进行全面改版升级，…: the site's own notice at its foot
    (re.compile(r"^关于[^。！？]{0,30}网站[^。！？]{0,12}(?:改版|内测|试运行|升级|上线)[^。！？]{0,6}的(?:公告|通知|说明)$"
                r"|^[^。！？，,]{0,30}网站(?:正在|目前正在|已)(?:进行)?[^。！？，,]{0,8}(?:改版|升级|内测|试运行)"), "网站导语或版权说明"),
    (re.compile(r"^分享\s*[:：]?$|^相关内容$|^[•·▪]?\s*分享[到至]|^(?:关怀版|无障碍|长者模式|适老化版?)$"), "网页导航或出处"),
    # 微信 / 微博 / QQ空间: a page's share buttons, one to a line or side by side
    (re.compile(r"^(?:(?:微信|微博|QQ空间|QQ好友|QQ|朋友圈|新浪微博|腾讯微博|豆瓣|人人网|钉钉|复制链接)\s*[|｜]?\s*){1,8}$", re.I), "网页导航或出处"),
    # • >教师范文 / • 首页: a page's menu or breadcrumb set out as bullets
    (re.compile(r"^[•·▪●◆►]\s*(?:>|[^。！？，：:；]{1,8}$)"), "网页导航或出处"),  # (longer ones: see clean._BULLET_MENU)
    # 2月18日下午，…作讲话。记者某某摄 / （摄影：某某）: a news photo's caption
    (re.compile(r"(?:记者|摄影|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄[）)]?$|^[（(]?(?:摄影|图片)\s*[:：][^。！？]{2,12}[）)]?$"), "新闻图片说明"),
    # 图为会议现场。 / （图为县长某某某在会上讲话）: a news photo's caption on its own line
    (re.compile(r"^[（(]?图为[^。！？]{2,60}[。]?[）)]?$"), "新闻图片说明"),
    # 县委书记、县长某某某作重要讲话 / 镇长某某作大会报告 / 党委书记某某讲话 / 大会现场 / 与会人员认真聆听… /
    # 某主任一行在市审计局陈列室参观 / 参观…成果: a news photo's caption on a line of its own (no 在…上, so no
    # title: 县长在…会议上的讲话 and 某县长关于…工作讲话 stay)
    (re.compile(
        r"^(?:(?![^。！？]*在[^。！？]*上)[^。！？，,：:；“”]{2,30}(?:(?<!工)作(?:了)?(?:重要|总结|动员|专题|主旨|辅导)?(?:讲话|发言|致辞)|作大会报告)"
        r"|[^。！？，,：:；“”在]{0,20}(?:书记|[省市县区镇乡局]长|主任|主席|部长)[\u4e00-\u9fff]{2,3}(?:讲话|致辞|发言)"
        r"|(?:大会|会议|活动|座谈会|会场|颁奖|签约)(?:现场|场景|一角|剪影)|与会(?:人员|代表|同志|干部|嘉宾)[^。！？，,：:]{2,20}"
        r"|[\u4e00-\u9fff]{1,10}一行(?:在|到|深入|赴)[^。！？，,：:]{2,30}(?:调研|参观|考察|察看|检查|走访)|(?:参观|观摩|察看)[^。！？，,：:]{4,30})$"
    ), "新闻图片说明"),
    (re.compile(r"^(?:当前位置|您的位置|你的位置|所在位置|您的当前位置|你的当前位置|您当前的位置|你当前的位置|当前的位置|您现在的位置|你现在的位置)\s*[:：]|[^>]{1,12}>{1,2}[^>]{1,12}>|移动端\s*[:：]|^[|｜]?\s*来源\s*[:：]|提供各类范文"), "网页导航或出处"),
    (re.compile(r"^[\u4e00-\u9fff]{2,4}分享$|^[¥￥]\s*[\d.]+$|打赏|赏赞|请赞赏|^查看更多"), "网页导航或出处"),
    (re.compile(r"^\d+\+$|^[\d.]+\s*[KMkm]B\s*[|｜]?$|^\d+\s*页\s*[|｜]?$|^[•·]?\s*\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*发布\s*[|｜]?$|^(?:海报|侵权投诉|浏览记录|领导讲话|首页|手机版|电脑版|栏目|热度|人气|文档介绍|资源描述|资料详情|发布时间|页数|大小|资料部分内容试读|内容试读|返回|购物车|我的足迹|请先登录)$|^(?:展开|收起)\s*[<>]{2}$|^摘要\s*[:：]$|首页$"), "网页导航或出处"),
    (re.compile(r"^(?:\.\s*){3,}$|^…+$|^(?:\.{3}\s*)+$"), "原文省略号"),
    # THE END / 9.919.9 (a price, then the price cut): the end mark and the price tag of a paid-download page
    (re.compile(r"^THE\s*END$|^[¥￥]?(?:\d{1,4}\.\d{1,2}){1,3}$", re.I), "网站导语或版权说明"),
    (re.compile(r"^[^。！？，]{0,10}全文\s*\d+\s*字[^。！？，]{0,6}$"), "网页字数说明"),
    # 浏览记录 / ID:27430473 / 大小:67.12 KB / 页数:3页: a document-sharing page's record of the file over its text
    (re.compile(r"^ID\s*[:：]\s*\d{4,}$|^大小\s*[:：]\s*[\d.]+\s*[KMG]B$|^页数\s*[:：]\s*\d{1,4}\s*页?$", re.I), "网页导航或出处"),
    # 栏目:三号文库 来源:网络 作者:某某 时间:2024-06-24 06:57:24 下载.docx文档: a 范文 site's column, source and date row
    (re.compile(r"^栏目\s*[:：][^。！？，,]{0,30}?(?:来源|作者|时间)\s*[:：]"), "网页导航或出处"),
    (re.compile(r"^[【\[]?文章共\s*\d+\s*字|收藏】|【加入会员|作者\s*[:：]\s*佚名|来源\s*[:：]\s*本站|扫码阅读|^相关文章$"), "网页导航或出处"),
    # (高校毕业典礼上的讲话目录 / …讲话汇编目录: a collection's contents named after its pieces)
    (re.compile(r"^-?\s*目[录錄]$|^[^。！？，、\s]{2,30}(?:讲话|致辞|发言|讲话稿|汇编|合集|范文|文集)(?:\d{1,3}篇)?目[录錄]$"), "网页目录"),  # the numbered titles under it go too (see clean._TOC_ENTRY)
    # 领导简介 / 姓名：… / 职务：… / 简历：…: a page's box about the speaker, not the speech
    (re.compile(r"^(?:领导简介|领导介绍|个人简介|人物简介|作者简介|个人简历|人物简历|领导简历)$|^(?:姓名|性别|民族|籍贯|出生年月|出生日期|职务|现任职务|简历|学历|政治面貌|参加工作时间|入党时间|分管工作|工作分工)\s*[:：]"), "网页上的领导简介"),
    (re.compile(r"^首页\s*[>›»]"), "网页导航或出处"),
    # 网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿…: a site's column menu run together, home page first, three or
    # more column words (首页 理论教育 2026年工作回顾-某某县年鉴 is a breadcrumb over the title, left as it was)
    (re.compile(
        r"^(?:网站首页|网站主页|首页)(?![\s>›»])(?=(?:[^。！？，,；;：:]*?(?:演讲稿|讲话稿|范文|致辞|主持词|总结|心得|计划)){3})"
        r"[^。！？，,；;：:]{6,}$"
    ), "网页导航或出处"),
    # a site's chrome around an article: notices, counters, tags, buttons (each on a short line of its own)
    (re.compile(r"^(?:温馨提示|声明|免责声明|版权声明|特别声明)(?:\s*[:：]|$)"), "网站导语或版权说明"),
    (re.compile(
        r"^(?:原标题|发布者|点击数|点击量|阅读量|阅读数|浏览量|信息来源|文章录入|录入|稿件来源|本文关键词|标签|Tags?)\s*[:：]"
        r"|^[^。！？，,]{0,10}\s*(?:人气|热度)\s*[:：]\s*[\d.]+\s*[万wW]?$"  # 文思都 人气:2.75W
        r"|^(?:[\u4e00-\u9fff]{2,6}\s*)?(?:阅读|评论|浏览)\s*[(（][\d.]+\s*[万wW]?[)）]$|^\d+\s*人(?:阅读|浏览|已读|看过)$|^本文已影响\s*\d+\s*人$|^热门标签$"
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
    (re.compile(r"^[^。！？]{0,40}(?:范文网|文秘网|范文大全|文库)$|^([\u4e00-\u9fff]{1,6}(?:网|文库))\1+$"), "网站名称"),  # 某某网某某网某某网
    # a document-sharing page: 在…讲话_第1页 (its page images), 返回 下载 相关 举报 (its buttons),
    # 上传人：… 文档编号：… 格式：DOC 页数：11 (its information line)
    (re.compile(r"^[^。！？]{2,60}_第\s*\d+\s*页$"), "文库页面图片"),
    # 约4.4千字 / 约 9页 / 2026-02-27 发布于四川 / 举报: a document-sharing page's counters over the document's title
    # 资源描述 / 文档描述 over the document's text: the label of the page's text box
    (re.compile(r"^约\s*[\d.]+\s*[千万]?字$|^约\s*\d+\s*页$|^\d{4}-\d{1,2}-\d{1,2}\s*发布于[\u4e00-\u9fff]{2,8}$|^举报$|^(?:资源|文档)描述[：:]?$"),
     "文库页面信息"),
    (re.compile(r"^(?:(?:返回|下载|相关|举报|收藏|分享|打印|纠错|评论|关注|点赞|在看|转发|喜欢)\s*){3,10}$"), "网页导航或出处"),
    (re.compile(
        r"^(?=(?:.*?(?:上传人|上传者|文档编号|上传时间|格式|页数|大小|文档ID|贡献者|下载次数"
        r"|上传日期|页码|索引号|发布机构|成文日期|发文机关|主题分类|发文字号|公文种类|发布日期|浏览次数|有效性"
        r"|发布单位|发布时间"  # 发布单位：某镇 发布时间：2018-10-31 19:12 浏览次数： 字体：[ ]: a government site's item row
        # 废止时间： 2020-01-23 名称： 某县人民政府关于印发…的通知: the table's row of dates and the item's name
        r"|生效时间|废止时间|失效时间|名称|信息来源|关键词|内容概述)\s*[:：]){2})[^。！？]*$"
    ), "网页信息表"),  # 上传人：… 文档编号：… / 索引号：… | 发布机构：… | 成文日期：… (a government site's table)
    # 索引号： 113310…/2025-132906 / 公开方式： 主动公开公开范围： 面向社会: a government site's table, one field to a line
    (re.compile(
        r"^(?:索引号|公开方式|公开范围|公开形式|组配分类|体裁分类|主题分类|信息分类|发文日期|生成日期|成文日期|发布机构|发文机关|发文字号|文号|有效性)"
        r"\s*[:：][^。！？，]{0,60}$"
    ), "网页信息表"),
    # 4. 镇党委书记在全镇干部大会上的讲话 2023-11-02: a numbered entry of a page's list of related articles (a title
    # with its date; the page's own title carries no item number), whoever the title names
    (re.compile(r"^\d{1,2}\s*[.．、]\s*[^。！？，]{4,60}(?:讲话|致辞|发言|讲话稿|报告|主持词|总结)(?:[（(][^）)]{1,8}[)）])?\s*"
                r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$"), "相关文章列表"),
    # 原创 某某发布 2026-01-06 08:30 发表于某地 / 点击蓝字 关注我们 / END: a public account's article frame
    (re.compile(r"^(?!.*(?:书记|主任|主席|[省市县区州镇乡局部校院]长))(?:原创\s)?[^。！？，]{0,30}(?<![\d年])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*(?:发表于\S{0,10})?$"
                r"|^原创\s|^点击(?:上方)?(?:蓝字|关注)|^[-—－\s]*(?:END|End|完)[-—－\s]*$|^[（(]完[)）]$"), "公众号文章格式"),
    # 使用道具 举报 / 回复 / 评论1 / 某某 发表于 2021-9-17 15:56:55 来自手机 | 显示全部楼层: a forum (Discuz) thread's buttons
    # and post headers around the post and its replies (batch 51: the buttons under an office's notice read as a speech's end)
    (re.compile(
        r"^(?:使用道具\s*(?:举报|舉報)|(?:举报|舉報)\s*使用道具|回复|回覆|只看该作者|倒序浏览|[\[【]?复制链接[\]】]?|评论\s*\d+|回复\s*列表\s*顶部)$"
        r"|(?:发表于|發表於)\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?[^。！？]*(?:显示全部楼层|顯示全部樓層|只看该作者|来自手机|阅读模式|閱讀模式)"
    ), "论坛按钮"),
    # 编辑：某某 / 审核：某某某 / 责编 | 某某: the article's staff, under the speech
    (re.compile(r"^(?:编辑|审核|责编|校对|监制|初审|复审|终审|值班编辑|主编|统筹|撰稿|美编|排版|供稿)\s*[:：|丨]\s*[^。！？，]{1,20}$"), "网页署名（编辑、审核）"),
    # 责编/某某 审核/某某 监制/某某: the same staff, one after another on a line
    (re.compile(r"^(?:(?:编辑|审核|责编|校对|监制|初审|复审|终审|值班编辑|主编|统筹|撰稿|美编|排版|供稿)\s*[/／]\s*[\u4e00-\u9fff·]{2,8}\s*){1,6}$"), "网页署名（编辑、审核）"),
    (re.compile(r"^(?:文档简介|资源简介|内容简介)$"), "网页导航或出处"),
    # 文本內容: / 文档内容： / 正文: a document site's field label over the text it shows (batch 56)
    (re.compile(r"^(?:文本内容|文本內容|文档内容|文檔內容|正文内容|全文内容|正文)\s*[:：]?$"), "网页导航或出处"),
    # 3.0 某某网友 2026-09-09 102 99+ 15.9KB 6 页: a document-sharing page's rating, uploader, date, counts, size
    (re.compile(r"^(?=.*\d{4}-\d{1,2}-\d{1,2})(?=.*\d\s*[KMkm]B\b)[^。！？，]{0,80}$"), "网页信息表"),
    # 《在全市……会议上讲话.doc》: the page's download link, named after the file
    (re.compile(r"^《[^《》]{4,80}\.(?:docx?|wps|pdf|txt)》$", re.I), "网页下载链接"),
    # (办公室联系我们：0835-6526078: the site's contact line)
    (re.compile(r"^(?:主办单位|承办单位|主办|承办|技术支持|联系电话)\s*[:：]|^[^。！？，]{0,12}联系我们\s*[:：]\s*[\d-]{7,}$"), "网页页脚"),
    # 24小时求稿热线：13220535006 王老师 / 演讲网站长、…公文写作专家、公务...[详细] / 工作总结/工作汇报: a writing
    # site's hotline, its staff's profile box and its column label over the text (a line with no sentence in it)
    (re.compile(r"^[^。！？]{0,30}(?:热线|咨询电话|客服电话|客服QQ|QQ|微信号?)\s*[:：]\s*\d{5,}[^。！？]*$|^[^。！？]{2,80}[\[［]详细[\]］]$"),
     "网站导语或版权说明"),
    (re.compile(r"^(?=[^。！？]*(?:总结|汇报|讲话|致辞|演讲|范文|心得|计划|报告|发言))[\u4e00-\u9fff]{2,8}(?:\s*[/／]\s*[\u4e00-\u9fff]{2,8}){1,4}$"),
     "网页栏目或关键词"),
    # 问：幼儿园开学典礼园长讲话稿怎么写？ / 答： — a question-and-answer page asking for a text, and its answer's label
    (re.compile(r"^(?:问|提问|问题)\s*[:：][^。！]{0,60}(?:怎么写|如何写|怎样写|求|范文|模板|稿子|谁有)[^。！]{0,30}[？?！!]?$|^(?:答|回答|解答)\s*[:：]?$"), "网站导语或版权说明"),
    # 这篇内容经过精心设计，旨在传达… / 以上致辞可根据实际情况调整: an answering site's (or a writing tool's) remark on the text
    (re.compile(r"^(?:这篇|本篇|以上|上述)(?:内容|讲话稿?|致辞稿?|文章|发言稿?|稿子|范文|演讲稿?)[^。！？]{0,16}(?:旨在|精心|可根据|可以根据|您可以|仅供)"), "网站导语或版权说明"),
)
# Wrappers looked for only when a character they need is on the line (most lines have none).
_GUARDED_WRAPPER = (
    (".", re.compile(r"(?:www\.)?[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)\b", re.I), "网站名称"),
    ("【】", re.compile(r"^[^。！？]{0,8}】\s*【|【[^】]{1,12}】\s*【[^】]{1,12}】"), "网页导航或出处"),
    ("|｜", re.compile(r"^[^。！？|｜]{1,12}[|｜][^。！？]*[|｜]"), "网页信息表"),  # 索引号 | … | 发布机构 | …
    # | 字段名: | ||| / | 字段名: | 字段名: | ||: the same table saved as table rows, its fields' labels (a colon in each
    # cell that names one) and their values left empty or short
    ("|｜", re.compile(r"^[|｜]\s*[^。！？|｜]{1,10}\s*[:：]\s*[|｜][^。！？]{0,80}$"), "网页信息表"),
    # 游遍某地从某某网开始>> | 首页 | 意见反馈 | 天气预报 | 网站投稿 |: a site's menu, its slogan first
    ("|｜", re.compile(r"^[^。！？，|｜]{1,24}(?:[|｜][^。！？，|｜]{1,12}){3,}[|｜]?$"), "网页导航或出处"),
)
_NEWS_BYLINE = re.compile(r"^[^。！？，]{0,40}(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,8}(?:\s*[\u4e00-\u9fff]{2,4})?\s*(?:报道|采写)$")
_EDITOR_NOTE = re.compile(r"^(?:编者按|导读|导语|内容提要|摘要)\s*[:：]|^【(?:摘要|内容摘要|内容提要|导读|导语)】\s*[:：]?")
# 本文将就高中校长毕业典礼致辞的重要性以及一些经典案例进行探讨。: a collection page's own introduction, ending the paragraph
_ARTICLE_INTRO = re.compile(r"(?:^|[。！？])本文(?:将|就|主要|接下来)?[^。！？]{0,6}(?:就|对|围绕|从|结合)[^。！？]{2,60}(?:进行|作|展开)?(?:探讨|介绍|分享|分析|盘点|梳理|解读)[。！]?$")
_LOGIN_BOX = re.compile(r"^(?:会员信息|用户名|密\s*码|验证码|注册|登录|找回密码|请先(?:登录|登陆|注册)?)\s*[:：]?$")
_COLLECTION_TITLE = re.compile(
    r"(大全|精选|汇编|合集)\s*[-—－]?\s*[(（]?\s*\d+\s*篇\s*[)）]?\s*(?:[(（]第?\s*\d+\s*/\s*\d+\s*页[)）])?\s*$"
    r"|[(（]\s*(?:通用|精选|优选|优秀|热门|最新)?\s*\d+\s*篇\s*[)）]\s*$|^.{0,24}(大全|合集|汇编|范文精选)$"
    r"|^(?!第)[^。！？，：:]{4,40}?[一二三四五六七八九十两\d]{1,3}篇$"  # 镇长个人述职报告十二篇
)

_NAV_LINE = re.compile(
    r"^(?:上一篇|下一篇|来源|文章来源|本文链接|原文链接|作者|发布时间|浏览次数)\s*[:：]"
    r"|^本(?:篇)?文(?:章)?(?:共)?\s*\d{2,6}\s*字[，,]\s*(?:预计)?(?:阅读|读完)(?:需要|约|时间约?)?\s*\d{1,3}\s*分钟[。.]?$"  # 本篇文章933字，读完约2分钟
)
_OUTLINE_LINE = re.compile(r"^[【\[](?:提纲|内容提纲|讲话提纲|文章提纲|文章目录|目录|大纲)[】\]]")
_PAYWALL_LEAD = re.compile(r"^(?:会员免费查看|此处内容需要权限查看|隐藏内容|【?正文】?$)")


# 秘书之家—全网资源每日更新www.mishuzj.com在全县……会议上的讲话: a site's name glued before the title.
_SITE_PREFIX = re.compile(r"^[^。！？，,]{0,30}?(?:www\.)?[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)(?:\.cn)?[\s—\-|｜]*", re.I)
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’]?")
# 演讲稿频道《…讲话稿范文》，希望大家喜欢。 — a channel's line over the piece it offers (a speaker's own
# 下面请欣赏歌曲《…》，希望大家喜欢 names no channel or site before the 《piece》)
_CHANNEL_LEAD = re.compile(r"^(?:[^。！？《，,]{0,12}(?:频道|栏目|专题|网|站|小编)[^。！？《，,]{0,8})?《[^》]{2,40}》\s*[，,]?\s*希望(?:大家|你|您)(?:能)?喜欢[。！!.]?\s*")


_DOC_NUMBER = re.compile(r"^编号\s*[:：]\s*\d{6,12}\s*")
# 精选优质文档-倾情为你奉上县政协…座谈会上的汇报材料…: a document site's banner glued before the title
_DOC_BANNER = re.compile(r"^(?:精选)?优质文档\s*[-—－–]*\s*倾情为你奉上\s*")
# 美章网 精品范文 政协调研报告范文: a 范文 site's name and its label, set off by spaces, before the page's title
# (the spaces may be gone: a PDF's or a page's spaces between Han characters are closed up in cleaning)
_SITE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}网[ \u3000]*(?:精品范文|范文大全|优秀范文|范文精选)[ \u3000]*(?=\S{4})")


_FONT_BUTTONS = re.compile(r"^[AＡ]\s*[+＋]\s*[AＡ]\s*[-－]\s*")


# 国产…在线观看,日韩欧美…,亚洲综合色网站 / 澳门金沙…_欧洲杯足球网-【投注官网平台】: the keywords a hijacked page was
# planted with (adult or gambling sites), a line of their own or glued before the page's own title
_SPAM_WORDS = re.compile(
    r"国产|日韩|欧美|亚洲|久久|精品视频|在线观看|免费观看|免播放|一区二区|无码|成人[vV]|色网|综合色|[色操]\d{2}"
    r"|投注|博彩|娱乐城|百家乐|金沙|葡京|欧洲杯|世界杯|足球网|彩票|棋牌|真人娱乐|官网平台|注册送"
)
_SPAM_CUT = re.compile(r"[_\-—|｜】\]]+")


def _spam_line(text: str) -> bool:
    return not re.search(r"[。！？]", text) and len(set(_SPAM_WORDS.findall(text))) >= 3


def _spam_prefix(text: str) -> int:
    """Where the page's own words start after a planted prefix of spam keywords (0 when there is none)."""
    end = 0
    for m in _SPAM_CUT.finditer(text[:90]):
        if len(set(_SPAM_WORDS.findall(text[: m.start()]))) >= 2 and count_han(text[m.end() :]) >= 6:
            end = m.end()
    return end if end and not _SPAM_WORDS.search(text[end : end + 40]) else 0


def cut_prefix(text: str, lineno: int, removed: list[Removed]) -> str:
    """Take a site's name, or its introduction (下面是小编为大家整理的……，供大家参考。), off the front of
    a line that goes on with the speech; the rest of the line stays."""
    spam = _spam_prefix(text) if _SPAM_WORDS.search(text[:60]) else 0
    if spam:  # 澳门金沙…_欧洲杯足球网-【投注官网平台】双石镇三举措…: the planted keywords, then the page's title
        removed.append(Removed(lineno, text[:spam].strip(), "垃圾广告"))
        text = text[spam:]
    lead = _CHANNEL_LEAD.match(text) if "喜欢" in text[:80] else None
    if lead and len(text) > lead.end():
        removed.append(Removed(lineno, lead.group(0).strip(), "网站导语或版权说明"))
        text = text[lead.end() :]
    sizes = _FONT_BUTTONS.match(text) if text[:1] in "AＡ" else None
    if sizes and len(text) > sizes.end():  # A+ A-致全体市民的公开信[篇1]: a page's font-size buttons before the item's title
        removed.append(Removed(lineno, sizes.group(0).strip(), "网页导航或出处"))
        text = text[sizes.end() :]
    doc_no = _DOC_NUMBER.match(text) if text.startswith("编号") else None
    if doc_no and len(text) - doc_no.end() > 10:  # 编号：541193579县委书记在…讲话…: a document site's number, glued on
        removed.append(Removed(lineno, doc_no.group(0).strip(), "文库页面信息"))
        text = text[doc_no.end() :]
    banner = _DOC_BANNER.match(text) if "倾情" in text[:20] else None
    if banner and len(text) - banner.end() > 10:
        removed.append(Removed(lineno, banner.group(0).strip(), "文库页面信息"))
        text = text[banner.end() :]
    label = _SITE_LABEL.match(text) if "网" in text[:9] else None
    if label:  # 美章网 精品范文 政协调研报告范文: the site's name and label before the title
        removed.append(Removed(lineno, label.group(0).strip(), "网站名称"))
        text = text[label.end() :]
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


def cut_boilerplate(text: str, lineno: int, removed: list[Removed]) -> str:
    """Take a site's words out of a paragraph of speech and keep the speech: short advert clauses
    (教育是国之大计，更多范文请关注公众号……，我们要…) when the paragraph goes on with speech after them, and
    a byline after a news item's last sentence. A site's introduction ends with its site words
    (……下面是小编为大家整理的……，供大家参考。): that line is left whole for debris_reason to drop."""
    if len(text) <= _SPEECH_LINE_MIN or not _BOILERPLATE_WORDS.search(text):
        return text
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


# 推荐阅读:同志们: 今天的会议是…的大好: a site's preview of the article over it (its opening again, cut off mid-word).
_PREVIEW_LINE = re.compile(r"^(?:推荐阅读|内容摘要|文章摘要|内容简介)\s*[:：]\s*\S.{20,}[^。！？!?”）)]$")


# 5月29日，…座谈会召开。…现将讲话和发言摘要予以刊登，敬请关注。: a paper's own news lead over the speeches it prints (its
# 敬请关注 is the paper's word to its readers, not a site's 请关注 our account)
_PAPER_PRINTS = re.compile(r"现[将把][^。！？]{0,40}(?:刊登|摘登|刊发|摘发|发表)[^。！？]{0,10}?[，,]\s*敬请(?:关注|垂注|留意)[。！]?$")


def debris_reason(text: str) -> str:
    """Why a line is debris rather than speech ('' when it is speech)."""
    if any(p.match(text) for p in _PAGINATION):
        return "分页残留"
    if _NAV_LINE.match(text):
        return "网页导航或出处"
    if _COLLECTION_TITLE.search(text):
        return "网页合集标题"
    if _BOILERPLATE_WORDS.search(_PAPER_PRINTS.sub("", text)):
        return "网站导语或版权说明"
    if _ARTICLE_INTRO.search(text):
        return "网站导语或版权说明"  # …常常引发学生们的共鸣。…本文将就…的重要性以及一些经典案例进行探讨。 (any length)
    if _EDITOR_NOTE.match(text):
        return "网页编者按"  # 编者按：本文主要从……这几个方面进行讲述……具体材料请详见下文： (of any length)
    if _PAYWALL_LEAD.match(text):
        return "网站导语或版权说明"  # 会员免费查看二、要加强领导……: the hidden part's teaser, whatever its length
    if _OUTLINE_LINE.match(text):
        return "网页提纲（正文里有全文）"  # 【提纲】一、…（一）…二、…: the site's summary of the headings, any length
    if _spam_line(text):
        return "垃圾广告"  # 国产…观看,日韩欧美…,亚洲综合色网站: a hijacked page's keywords, any length
    if _PREVIEW_LINE.match(text) or page_recap(text):  # (《…》所在栏目：… 内容摘要：…: the site's card, ingest.pageheads)
        return "网页摘要"  # 推荐阅读:同志们: 今天的会议是…的大好: the article's opening again, cut off, any length
    if len(text) > _WRAPPER_MAX and not text.startswith("l>"):
        return ""
    if _SITE_TIP_WORDS.search(text) or site_note(text):  # (请先下载后再完整阅读 / 讲话致辞 >…: ingest.sitenotes)
        return "网站导语或版权说明"
    if len(text) <= 6 and _LOGIN_BOX.match(text):
        return "网页导航或出处"
    if _NEWS_BYLINE.match(text):
        return ""  # 某某时报（www.…）记者 某某 北京报道: a news item's byline, kept so that its kind is told
    found = next((reason for pattern, reason in _WRAPPER if pattern.search(text)), "")
    if found:
        return found
    return next((r for needles, pattern, r in _GUARDED_WRAPPER if any(c in text for c in needles) and pattern.search(text)), "")
