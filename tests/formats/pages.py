"""Saved web pages in the layouts portals use, built around a report's paragraphs.

Every page carries navigation, a breadcrumb, publish info, a share box, related links, a footer and
scripts; JUNK lists their words, none of which may reach the report text.
"""

from __future__ import annotations

import html

JUNK = ("首页", "政务公开", "当前位置", "发布时间", "字号", "分享到", "微信", "相关链接", "热点新闻", "主办单位",
        "网站标识码", "备案号", "var _hmt", "打印本页", "关闭窗口", "上一篇", "网站地图", "评论")

_NAV = "".join(f'<li><a href="/{i}">{name}</a></li>' for i, name in
               enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进本市", "专题专栏"]))
_RELATED = "".join(f'<li><a href="/n{i}.html">{t}</a><span>2025-01-{10 + i}</span></li>' for i, t in
                   enumerate(["市长主持召开市政府常务会议研究部署重点工作", "我市召开全市经济工作会议",
                              "热点新闻：春节前走访慰问困难群众", "全市优化营商环境大会召开",
                              "一图读懂政府工作报告", "政府工作报告解读：十大民生实事"]))
_SCRIPT = "<script>var _hmt = _hmt || []; (function() { var hm = document.createElement('script'); })();</script>"
_FOOTER = ("<p>主办单位：某某市人民政府办公室　承办：某某市大数据中心</p>"
           "<p>网站标识码：1234000001　备案号：京ICP备05070218号</p><p><a href='/map'>网站地图</a> | 联系我们</p>")


def _inline(line: str, bold_tag: str) -> str:
    """A line of text with `**…**` stretches as bold elements, the rest escaped."""
    parts = line.split("**")
    out = []
    for i, part in enumerate(parts):
        escaped = html.escape(part)
        out.append(f"<{bold_tag}>{escaped}</{bold_tag}>" if i % 2 else escaped)
    return "".join(out)


def portal_page(lines: list[str], title: str, charset: str = "utf-8") -> bytes:
    """A present-day portal: nav, breadcrumb, <h1>, info line, <p> paragraphs in div#zoom, share, related."""
    body = "\n".join(f"<p style=\"text-indent:2em\">{_inline(line, 'strong')}</p>" for line in lines if line.strip())
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{html.escape(title)}_某某市人民政府门户网站</title>
<meta name="ArticleTitle" content="{html.escape(title)}"><link rel="stylesheet" href="/css/main.css">
<style>.nav li{{float:left}} body{{font-family:SimSun}}</style>{_SCRIPT}</head>
<body><div class="header"><div class="logo"><img src="/logo.png" alt="某某市人民政府"></div>
<ul class="nav">{_NAV}</ul>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt;
<a href="/zfgzbg">政府工作报告</a></div>
<div class="main"><div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info"><span>发布时间：2025-01-20 09:30</span><span>来源：市政府办公室</span>
<span>字号：<a>大</a> <a>中</a> <a>小</a></span><a href="javascript:window.print()">打印本页</a></div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="pages"><a href="/p1">上一篇：全市经济工作会议召开</a><a href="/p2">下一篇：春节慰问</a></div>
<div class="close"><a href="javascript:window.close()">关闭窗口</a></div></div>
<div class="related"><h3>相关链接</h3><ul>{_RELATED}</ul></div></div>
<div class="footer">{_FOOTER}</div>{_SCRIPT}</body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")


def table_page(lines: list[str], title: str, charset: str = "gb2312") -> bytes:
    """An older portal: table layout, http-equiv charset, paragraphs separated by <br> and &nbsp;, <b> headings."""
    body = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{_inline(line, 'b')}" for line in lines if line.strip())
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}</title>{_SCRIPT}</head><body>
<table width="100%"><tr><td class="nav">{_NAV.replace("<li>", "").replace("</li>", " | ")}</td></tr></table>
<table width="980" align="center"><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a>政务公开</a></td></tr>
<tr><td align="center"><font size="5"><b>{html.escape(title)}</b></font></td></tr>
<tr><td align="center">发布时间：2025年01月20日　【字号：大 中 小】　【<a>打印本页</a>】</td></tr>
<tr><td class="content"><font style="font-size:16px">
{body}
</font></td></tr>
<tr><td>分享到：微信 微博　<a>关闭窗口</a></td></tr></table>
<table><tr><td><b>相关链接</b></td></tr>{_RELATED.replace("<li>", "<tr><td>").replace("</li>", "</td></tr>")}</table>
<table><tr><td>{_FOOTER}</td></tr></table></body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")


def article_page(lines: list[str], title: str) -> bytes:
    """A newer page: <article> with <section>s, a sidebar of hot news, a comment box."""
    body = "\n".join(f"<p>{_inline(line, 'strong')}</p>" for line in lines if line.strip())
    sidebar = "".join(f"<li><a href='/h{i}'>热点新闻{i}：某某区召开专题会议</a></li>" for i in range(12))
    page = f"""<!doctype html><html><head><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="UTF-8"><title>{html.escape(title)} - 某某省人民政府</title></head><body>
<header><nav><ul>{_NAV}</ul></nav></header>
<nav class="breadcrumb"><a href="/">首页</a> / <a>政务公开</a> / <span>正文</span></nav>
<main><article><header><h1>{html.escape(title)}</h1><p class="meta">发布时间：2025-01-20　来源：某某日报</p>
</header><section class="TRS_Editor">
{body}
</section><footer class="tools">字号：大 中 小 | 分享到：微信 | <a>打印本页</a></footer></article>
<aside><h3>热点新闻</h3><ul>{sidebar}</ul></aside>
<div id="comments"><h3>评论</h3><textarea></textarea><p>评论须知：请遵守法律法规。</p></div></main>
<footer>{_FOOTER}</footer>{_SCRIPT}</body></html>"""
    return page.encode("utf-8")


def govcn_page(lines: list[str], title: str) -> bytes:
    """The State Council portal's article page, as saved by a browser: the text in a TRS editor box
    whose class names contain furniture words, a date line, an editor line and a QR code below."""
    body = "\n".join(f'<p style="text-indent: 2em; font-family: 宋体;">{_inline(line, "strong")}</p>'
                     for line in lines if line.strip())
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}_中国政府网</title>
{_SCRIPT}</head><body><div class="header_box"><div class="logo"><a href="/">中国政府网</a></div>
<ul class="menu">{_NAV}</ul></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a>政务公开</a> &gt; <span>正文</span></div>
<div class="article oneColumn pub_border"><h1 id="ti">{html.escape(title)}</h1>
<div class="pages-date">2025-03-12 20:00　来源：新华社
<span class="font">字号：默认 大 超大</span> | <span>打印</span></div>
<div class="pages_content mhide" id="UCAP-CONTENT">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{body}
</div></div>
<div class="editor">责任编辑：某某</div><div class="jiucuo"><a>【我要纠错】</a></div>
<div class="share"><span>分享到：</span><a>微信</a></div>
<div class="ewm"><img src="qr.png"><p>扫一扫在手机打开当前页</p></div>
</div><div class="related"><h3>相关链接</h3><ul>{_RELATED}</ul></div>
<div class="footer">{_FOOTER}</div></body></html>"""
    return page.encode("utf-8")


# How portals mark a term in the report's text with a box that shows on hover (the explanation in
# a hidden element inside the paragraph, or in an attribute), each as markup around the term:
# {term} and {explanation} are filled in, both escaped.
HOVER_STYLES = {
    "div-in-span-display-none": '<span class="term">{term}<div class="term-box" style="display: none;">'
                                "<p>{explanation}</p></div></span>",
    "div-in-a-tooltip-class": '<a href="javascript:void(0);" class="tooltip">{term}'
                              '<div class="tooltip-inner">{explanation}</div></a>',
    "div-in-span-unknown-class": '<span class="mcjs-word">{term}<div class="mcjs-con">'
                                 "<p><strong>{term}</strong></p><p>{explanation}</p></div></span>",
    "span-tooltiptext": '<span class="tip">{term}<span class="tiptext">{explanation}</span></span>',
    "role-tooltip": '<em>{term}<section role="tooltip">{explanation}</section></em>',
    "hidden-attribute": '<font color="#1a5ea8">{term}<div hidden>{explanation}</div></font>',
    "title-attribute": '<span class="gloss" title="{explanation}">{term}</span>',
    "data-attribute": '<abbr data-tooltip="{explanation}" data-original-title="{explanation}">{term}</abbr>',
    "bold-term": '<strong class="popover-trigger">{term}<div class="popover">{explanation}</div></strong>',
}


def with_hover_terms(page: bytes, terms: dict[str, str], style: str, charset: str = "utf-8") -> bytes:
    """The page with the first mention of each term in a hover box holding its explanation (the
    page's own list of explanations, if any, is left as it is: it comes later)."""
    markup = page.decode(charset)
    for term, explanation in terms.items():
        escaped = html.escape(term)
        box = HOVER_STYLES[style].format(term=escaped, explanation=html.escape(explanation))
        at = markup.find(escaped, markup.find("<body"))
        assert at >= 0, term
        markup = markup[:at] + box + markup[at + len(escaped):]
    return markup.encode(charset)
