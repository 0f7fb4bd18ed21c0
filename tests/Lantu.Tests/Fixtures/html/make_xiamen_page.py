"""Builds xiamen-14th-gbk.html: the opening and the 专栏2 indicator table of sample plan 000 (厦门市“十四五”纲要,
samples/plans/000_*.txt) laid out as a municipal government site lays out a published plan — site header, navigation,
breadcrumb, sidebar, publishing notice, share bar and footer around a TRS_Editor article, the table as a Word-exported
HTML table with rowspan/colspan — and saved in GBK, as such sites serve it. Run from the repository root:
python3 tests/Lantu.Tests/Fixtures/html/make_xiamen_page.py"""
import glob, re

src = open(glob.glob("samples/plans/000_*.txt")[0], encoding="utf-8").read().splitlines()

def paragraphs(first, last):
    """Joins the sample's wrapped lines back into paragraphs (a line ending in 。 or a heading ends one)."""
    out, cur = [], ""
    for line in src[first - 1:last]:
        t = line.strip()
        if not t:
            continue
        if re.match(r"^第[一二三四五六七八九十]+[章节] ", t):
            if cur: out.append(cur); cur = ""
            out.append(("h", t)); continue
        cur += t
        if t.endswith("。"):
            out.append(cur); cur = ""
    if cur: out.append(cur)
    return out

def html_blocks(items):
    s = []
    for it in items:
        if isinstance(it, tuple):
            s.append(f'<p align="center" style="text-align:center"><strong>{it[1]}</strong></p>')
        else:
            s.append(f'<p style="text-indent:2em">{re.sub(r" (?=[0-9])|(?<=[0-9]) ", "", it)}</p>')
    return "\n".join(s)

rows = [
    ("经济发展", 3, "1.地区生产总值增长", "%", "5.7", "—", "7-7.5", "预期性"),
    (None, 0, "2.全员劳动生产率增长", "%", "4", "—", "&gt;5", "预期性"),
    (None, 0, "3.常住人口城镇化率", "%", "89.2", "89.5", "—", "预期性"),
    ("创新驱动", 3, "4.研发经费投入强度", "%", "—", "3.5", "—", "预期性"),
    (None, 0, "5.每万人口高价值发明专利拥有量", "件", "15.37", "21.47", "—", "预期性"),
    (None, 0, "6.数字经济核心产业增加值占地区生产总值比重", "%", "—", "累计提高<br>3个百分点", "—", "预期性"),
    ("民生福祉", 6, "7.人均预期寿命", "岁", "80.89", "81.6", "—", "预期性"),
    (None, 0, "8.劳动年龄人口平均受教育年限", "年", "12.3", "13.5", "—", "约束性"),
    (None, 0, "9.居民人均可支配收入增长", "%", "4.1", "—", "与经济增长<br>基本同步", "预期性"),
    (None, 0, "10.每千人口拥有执业（助理）医师数", "人", "3.54", "3.8", "—", "预期性"),
    (None, 0, "11.基本养老保险参保率", "%", "94", "96", "—", "预期性"),
    (None, 0, "12.每千人口拥有3岁以下婴幼儿托位数", "个", "1.4", "3", "—", "预期性"),
    ("绿色生态", 5, "13.单位地区生产总值能源消耗降低", "%", "—", "完成省下达任务", None, "约束性"),
    (None, 0, "14.单位地区生产总值二氧化碳排放降低", "%", "—", "完成省下达任务", None, "约束性"),
    (None, 0, "15.空气质量优良天数比率", "%", "&gt;97.5", "97.9", "—", "约束性"),
    (None, 0, "16.地表水达到或好于Ⅲ类水体比例", "%", "80", "83.3", "—", "约束性"),
    (None, 0, "17.森林覆盖率", "%", "41.72", "&gt;40", "—", "约束性"),
]

def cell(text, **attrs):
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f'<td{a} style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center"><span style="font-size:10.5pt">{text}</span></p></td>'

table = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%">', "<tbody>",
         "<tr>" + cell("类别", rowspan=2) + cell("指标", rowspan=2) + cell("单位", rowspan=2) + cell("2020年", rowspan=2)
         + cell("2025年目标", colspan=2) + cell("属性", rowspan=2) + "</tr>",
         "<tr>" + cell("目标") + cell("年均增长") + "</tr>"]
for cat, span, name, unit, base, target, growth, attr in rows:
    tds = cell(cat, rowspan=span) if cat else ""
    tds += cell(name) + cell(unit) + cell(base)
    tds += cell(target, colspan=2) if growth is None else cell(target) + cell(growth)
    tds += cell(attr)
    table.append(f"<tr>{tds}</tr>")
table += ["</tbody>", "</table>"]

title = src[0].strip()
# The sample's first paragraph opens with the plan's title; a site prints the title as a heading of its own.
opening = paragraphs(1, 60)
plan_title = "厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>厦门市人民政府关于印发{plan_title}的通知_市政府文件_厦门市人民政府</title>
<link rel="stylesheet" href="/images/style.css" />
<script type="text/javascript">var _title = "十四五规划纲要"; function printme() {{ window.print(); }}</script>
<style>.nav li {{ float: left; }} .TRS_Editor p {{ line-height: 2; }}</style>
</head>
<body>
<div class="top">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="厦门市人民政府" /></a></div>
  <div class="search"><form action="/search"><input name="q" value="请输入关键字" /><button>搜索</button></form></div>
</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxm/">走进厦门</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; 市政府文件</div>
<div class="main clearfix">
  <div class="left_side">
    <h3>政府信息公开</h3>
    <ul><li><a href="/zfxxgkzn/">政府信息公开指南</a></li><li><a href="/zfxxgkzd/">政府信息公开制度</a></li><li><a href="/zfxxgknb/">政府信息公开年报</a></li></ul>
  </div>
  <div class="right_con">
    <div class="xxgk_table">
      <table class="xxgk_info"><tr><td>索引号：</td><td>XM00100-0100-2021-00041</td><td>发布机构：</td><td>厦门市人民政府</td></tr>
      <tr><td>发文日期：</td><td>2021-03-31</td><td>主题分类：</td><td>国民经济管理、国有资产监管</td></tr></table>
    </div>
    <h1 class="xl_title">厦门市人民政府关于印发{plan_title}的通知</h1>
    <div class="xl_tit2">发布时间：2021-03-31 11:20 来源：厦门市人民政府办公厅 <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
    <div class="TRS_Editor">
<p style="text-indent:2em">各区人民政府，市直各委、办、局，各开发区管委会，各有关单位：</p>
<p style="text-indent:2em">《{plan_title}》已经市人民代表大会审议批准，现印发给你们，请认真组织实施。</p>
<p align="right">厦门市人民政府</p>
<p align="center" style="text-align:center"><strong><span style="font-size:16pt">{plan_title}</span></strong></p>
{html_blocks(opening)}
<p align="center"><strong>专栏 2：“十四五”时期经济社会发展主要目标</strong></p>
{chr(10).join(table)}
{html_blocks(paragraphs(592, 612))}
    </div>
    <div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
    <div class="print_close">【<a href="javascript:printme()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
  </div>
</div>
<div class="footer"><p>主办：厦门市人民政府办公厅 承办：厦门市信息中心</p><p>版权所有：厦门市人民政府 网站标识码：3502000001</p></div>
<script>var _hmt = _hmt || []; document.write("统计");</script>
</body>
</html>
"""
open("tests/Lantu.Tests/Fixtures/html/xiamen-14th-gbk.html", "wb").write(page.encode("gbk"))
