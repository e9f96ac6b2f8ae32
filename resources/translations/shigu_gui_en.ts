<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>跳转(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>批注(&amp;M)</source>
        <translation>&amp;Marks</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>打开报告…</source>
        <translation>Open report…</translation>
    </message>
    <message>
        <source>从剪贴板打开</source>
        <translation>Open from clipboard</translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <source>另存为文本…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <source>添加到文库…</source>
        <translation>Add to library…</translation>
    </message>
    <message>
        <source>添加文件夹到文库…</source>
        <translation>Add folder to library…</translation>
    </message>
    <message>
        <source>打印或存为 PDF…</source>
        <translation>Print or save as PDF…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>复制并附出处</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>查找下一个</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>查找上一个</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <source>下一节</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>上一节</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>下一个同级节</source>
        <translation>Next sibling section</translation>
    </message>
    <message>
        <source>上一个同级节</source>
        <translation>Previous sibling section</translation>
    </message>
    <message>
        <source>上级节</source>
        <translation>Parent section</translation>
    </message>
    <message>
        <source>第一节</source>
        <translation>First section</translation>
    </message>
    <message>
        <source>最后一节</source>
        <translation>Last section</translation>
    </message>
    <message>
        <source>后退</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>前进</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>转到章节…</source>
        <translation>Go to section…</translation>
    </message>
    <message>
        <source>阅读</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>对照</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>在图表中显示此处的指标</source>
        <translation>Show this indicator in the charts</translation>
    </message>
    <message>
        <source>切换窗格</source>
        <translation>Next pane</translation>
    </message>
    <message>
        <source>反向切换窗格</source>
        <translation>Previous pane</translation>
    </message>
    <message>
        <source>显示目录</source>
        <translation>Show contents</translation>
    </message>
    <message>
        <source>显示名词解释</source>
        <translation>Show glossary</translation>
    </message>
    <message>
        <source>阅读模式（只显示正文）</source>
        <translation>Reading mode (text only)</translation>
    </message>
    <message>
        <source>放大字体</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>缩小字体</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>默认字号</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <source>全屏</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>主题：跟随系统</source>
        <translation>Theme: follow the system</translation>
    </message>
    <message>
        <source>主题：浅色</source>
        <translation>Theme: light</translation>
    </message>
    <message>
        <source>主题：深色</source>
        <translation>Theme: dark</translation>
    </message>
    <message>
        <source>主题：护眼</source>
        <translation>Theme: sepia</translation>
    </message>
    <message>
        <source>界面语言：中文</source>
        <translation>Language: 中文</translation>
    </message>
    <message>
        <source>界面语言：English</source>
        <translation>Language: English</translation>
    </message>
    <message>
        <source>添加或移除书签</source>
        <translation>Add or remove bookmark</translation>
    </message>
    <message>
        <source>书签与批注列表</source>
        <translation>Bookmarks and notes</translation>
    </message>
    <message>
        <source>高亮所选文字</source>
        <translation>Highlight selection</translation>
    </message>
    <message>
        <source>写批注…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <source>撤销删除批注</source>
        <translation>Undo delete mark</translation>
    </message>
    <message>
        <source>高亮颜色：黄</source>
        <translation>Highlight colour: yellow</translation>
    </message>
    <message>
        <source>高亮颜色：绿</source>
        <translation>Highlight colour: green</translation>
    </message>
    <message>
        <source>高亮颜色：蓝</source>
        <translation>Highlight colour: blue</translation>
    </message>
    <message>
        <source>高亮颜色：粉</source>
        <translation>Highlight colour: pink</translation>
    </message>
    <message>
        <source>导出批注…</source>
        <translation>Export marks…</translation>
    </message>
    <message>
        <source>导入批注…</source>
        <translation>Import marks…</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>在查找栏中</source>
        <translation>In the find bar</translation>
    </message>
    <message>
        <source>下一个 / 上一个结果</source>
        <translation>Next / previous hit</translation>
    </message>
    <message>
        <source>关闭查找</source>
        <translation>Close find</translation>
    </message>
</context>
<context>
    <name>AddingReports</name>
    <message>
        <source>添加到文库</source>
        <translation>Add to library</translation>
    </message>
    <message>
        <source>报告 (*.txt *.docx *.pdf *.html *.htm);;所有文件 (*)</source>
        <translation>Reports (*.txt *.docx *.pdf *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>把文件夹添加到文库</source>
        <translation>Add a folder to the library</translation>
    </message>
    <message>
        <source>正在索引…</source>
        <translation>Indexing…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>新增 %1 份，未变跳过 %2 份，重复 %3 份，失败 %4 份</source>
        <translation>%1 added, %2 unchanged, %3 duplicates, %4 failed</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>无法写入文库</source>
        <translation>Cannot write the library</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>文库图表</source>
        <translation>Library chart</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>图表类型</source>
        <translation>Chart type</translation>
    </message>
    <message>
        <source>同一年各地区对比</source>
        <translation>Places in one year</translation>
    </message>
    <message>
        <source>同一地区历年变化</source>
        <translation>One place over the years</translation>
    </message>
    <message>
        <source>词语历年出现次数</source>
        <translation>A term over the years</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>实际或目标</source>
        <translation>Actual or target</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>target</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>result</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>词语</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>词语，回车</source>
        <translation>Term, then Enter</translation>
    </message>
    <message>
        <source>次数或每万字</source>
        <translation>Count or per 10,000 characters</translation>
    </message>
    <message>
        <source>每万字次数</source>
        <translation>Per 10,000 characters</translation>
    </message>
    <message>
        <source>出现次数</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>导出图表…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>全部地区</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>没有可画的数据：请换一个指标、年份或地区。</source>
        <translation>Nothing to draw: choose another indicator, year or place.</translation>
    </message>
    <message>
        <source>输入一个词语，按回车：画出它在各份报告中出现的次数。</source>
        <translation>Type a word and press Enter to chart how often each report uses it.</translation>
    </message>
    <message>
        <source>没有找到报告：所选地区没有注明年份的报告，请换一个地区。</source>
        <translation>No reports found: the place chosen has no report with a year. Choose another place.</translation>
    </message>
    <message>
        <source>没有找到“%1”：所选的 %2 份报告中都没有这个词语。</source>
        <translation>&quot;%1&quot; not found: none of the %2 reports chosen uses it.</translation>
    </message>
    <message>
        <source>“%1”在各份报告中每万字出现的次数</source>
        <translation>“%1” per 10,000 characters in each report</translation>
    </message>
    <message>
        <source>“%1”在各份报告中出现的次数</source>
        <translation>Occurrences of &quot;%1&quot; in each report</translation>
    </message>
    <message>
        <source>增长率，%</source>
        <translation>Growth, %</translation>
    </message>
    <message>
        <source>%1 各地区 %2</source>
        <translation>%1 by place, %2</translation>
    </message>
    <message>
        <source>%1 历年 %2</source>
        <translation>%1 over the years, %2</translation>
    </message>
    <message>
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;SVG 图形 (*.svg);;CSV 数据 (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)</translation>
    </message>
    <message>
        <source>无法保存文件</source>
        <translation>Cannot save the file</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>增长：实际与目标（%）</source>
        <translation>Growth: result and target (%)</translation>
    </message>
    <message>
        <source>总量</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>结构</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>居民收入（元）</source>
        <translation>Household income (yuan)</translation>
    </message>
    <message>
        <source>图表列表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>%1年实际</source>
        <translation>%1 result</translation>
    </message>
    <message>
        <source>%1年目标</source>
        <translation>%1 target</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项指标</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>。点击柱子或在表格中按 Enter 可跳到原文。</source>
        <translation>. Click a bar, or press Enter in the table, to read its sentence.</translation>
    </message>
    <message>
        <source>没有在这份报告里找到可以绘图的指标（带单位的数值或增速）。</source>
        <translation> no figures to chart (values with units, or growth rates) were found in this report.</translation>
    </message>
    <message>
        <source>未找到经济增长（生产总值）的实际增速和目标。</source>
        <translation> No economic growth (GDP) rate or target was found.</translation>
    </message>
    <message>
        <source>未找到经济增长（生产总值）的实际增速。</source>
        <translation> No actual economic growth (GDP) rate was found.</translation>
    </message>
    <message>
        <source>未找到经济增长（生产总值）的目标。</source>
        <translation> No economic growth (GDP) target was found.</translation>
    </message>
    <message>
        <source>这份报告没有同时给出上一年实际增速和今年目标增速的指标。</source>
        <translation>This report gives no indicator with both last year&apos;s growth and this year&apos;s target.</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1 </translation>
    </message>
    <message>
        <source>目标</source>
        <translation>target</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>result</translation>
    </message>
    <message>
        <source>这份报告没有以亿元计的经济总量（地区生产总值、财政收入、社会消费品零售总额等）；其他金额见右侧表格。</source>
        <translation>This report gives no totals of the economy in 100 million yuan (GDP, budget revenue, retail sales and the like); other amounts are in the table.</translation>
    </message>
    <message>
        <source>万亿元</source>
        <translation>trillion yuan</translation>
    </message>
    <message>
        <source>亿元</source>
        <translation>100 million yuan</translation>
    </message>
    <message>
        <source>总量（%1）</source>
        <translation>Totals (%1)</translation>
    </message>
    <message>
        <source>另（远大于其他，未同轴绘出）：%1</source>
        <translation>Also (far larger than the rest, not drawn on this axis): %1</translation>
    </message>
    <message>
        <source>这份报告没有给出比例结构（如三次产业结构）。</source>
        <translation>This report gives no ratio (such as the three-sector structure).</translation>
    </message>
    <message>
        <source>占比（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>这份报告没有给出居民人均收入。</source>
        <translation>This report gives no per-capita household income.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>选择要对照的报告</source>
        <translation>Choose a report to compare with</translation>
    </message>
</context>
<context>
    <name>CompareModels</name>
    <message>
        <source>相同</source>
        <translation>same</translation>
    </message>
    <message>
        <source>改动</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <source>删去</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>章节</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>上年章节</source>
        <translation>Last year&apos;s section</translation>
    </message>
    <message>
        <source>对照</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>上年目标</source>
        <translation>Last year&apos;s target</translation>
    </message>
    <message>
        <source>上年实际</source>
        <translation>Last year&apos;s result</translation>
    </message>
    <message>
        <source>今年目标</source>
        <translation>This year&apos;s target</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>目标变化</source>
        <translation>Target change</translation>
    </message>
    <message>
        <source>上调</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>下调</source>
        <translation>lowered</translation>
    </message>
    <message>
        <source>持平</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>新设</source>
        <translation>new</translation>
    </message>
    <message>
        <source>不再提</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>提法</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>每万字（上年→今年）</source>
        <translation>Per 10,000 characters (last → this year)</translation>
    </message>
    <message>
        <source>新提法</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <source>提得更多</source>
        <translation>Used more</translation>
    </message>
    <message>
        <source>提得更少</source>
        <translation>Used less</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>对照：%1 ⇄ %2</source>
        <translation>Compare: %1 ⇄ %2</translation>
    </message>
    <message>
        <source>对照章节</source>
        <translation>Aligned sections</translation>
    </message>
    <message>
        <source>目标对照</source>
        <translation>Targets compared</translation>
    </message>
    <message>
        <source>新提法</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>章节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>提法</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>对照内容</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>上年报告</source>
        <translation>Older report</translation>
    </message>
    <message>
        <source>今年报告</source>
        <translation>Newer report</translation>
    </message>
    <message>
        <source>在阅读器中打开</source>
        <translation>Open in the reader</translation>
    </message>
    <message>
        <source>在阅读器中打开：%1</source>
        <translation>Open in the reader: %1</translation>
    </message>
    <message>
        <source>%1 节对照，%2 节有改动、新增或删去；%3 项指标；%4 个新提法</source>
        <translation>%1 sections aligned, %2 changed, new or dropped; %3 indicators; %4 new phrases</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出目标表与提法（Markdown 或 CSV）</source>
        <translation>Export the targets and the phrases (Markdown or CSV)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>导出对照</source>
        <translation>Export the comparison</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>程序出错</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>操作未能完成，程序出现了一个错误。报告仍可继续阅读。
%1</source>
        <translation>The action could not be completed: the program hit an error. You can go on reading the report.
%1</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>查找栏</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <source>查找（Enter 下一个，Shift+Enter 上一个）</source>
        <translation>Find (Enter next, Shift+Enter previous)</translation>
    </message>
    <message>
        <source>查找内容</source>
        <translation>Find text</translation>
    </message>
    <message>
        <source>查找结果计数</source>
        <translation>Hit counter</translation>
    </message>
    <message>
        <source>正则</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>正则表达式模式</source>
        <translation>Regular expression mode</translation>
    </message>
    <message>
        <source>上一个</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>关闭查找</source>
        <translation>Close find</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>表达式有误</source>
        <translation>Bad expression</translation>
    </message>
</context>
<context>
    <name>GlossaryPane</name>
    <message>
        <source>名词解释</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>筛选名词…</source>
        <translation>Filter terms…</translation>
    </message>
    <message>
        <source>筛选名词</source>
        <translation>Filter terms</translation>
    </message>
    <message>
        <source>名词列表</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>名词定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>选择一个名词，查看它的解释和在正文中出现的位置。</source>
        <translation>Choose a term to see its definition and where it occurs.</translation>
    </message>
    <message>
        <source>出现位置</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>出现位置列表</source>
        <translation>Occurrence list</translation>
    </message>
    <message>
        <source>这份报告没有名词解释。</source>
        <translation>This report has no glossary.</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>正文中未找到</source>
        <translation>Not found in the body</translation>
    </message>
    <message numerus="yes">
        <source>出现位置（%n 处）</source>
        <translation>
            <numerusform>Occurrences (%n)</numerusform>
            <numerusform>Occurrences (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>转到章节</source>
        <translation>Go to section</translation>
    </message>
    <message>
        <source>匹配的章节</source>
        <translation>Matching sections</translation>
    </message>
    <message>
        <source>输入标题中的几个字（按顺序，不必相连）</source>
        <translation>Type some characters of a title (in order, not necessarily adjacent)</translation>
    </message>
    <message>
        <source>章节标题</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>没有标题含这些字（按此顺序）的章节</source>
        <translation>No section title contains these characters (in this order)</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>实际</source>
        <translation>result</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>target</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>指标表</source>
        <translation>Indicator table</translation>
    </message>
    <message>
        <source>筛选指标…</source>
        <translation>Filter indicators…</translation>
    </message>
    <message>
        <source>筛选指标</source>
        <translation>Filter indicators</translation>
    </message>
    <message>
        <source>指标表格</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>增长(%)</source>
        <translation>Growth (%)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>限定</source>
        <translation>Qualifier</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>导出指标 CSV…</source>
        <translation>Export indicators as CSV…</translation>
    </message>
    <message>
        <source>索引进度</source>
        <translation>Indexing progress</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>筛选：年份、地区、标题…</source>
        <translation>Filter: year, place, title…</translation>
    </message>
    <message>
        <source>筛选报告</source>
        <translation>Filter reports</translation>
    </message>
    <message>
        <source>报告列表</source>
        <translation>Report list</translation>
    </message>
    <message>
        <source>指标矩阵</source>
        <translation>Indicator matrix</translation>
    </message>
    <message>
        <source>筛选：地区、年份、指标…（Ctrl+F）</source>
        <translation>Filter: place, year, indicator… (Ctrl+F)</translation>
    </message>
    <message>
        <source>筛选指标矩阵</source>
        <translation>Filter the indicator matrix</translation>
    </message>
    <message>
        <source>显示的报告数</source>
        <translation>Reports shown</translation>
    </message>
    <message>
        <source>主要预期目标</source>
        <translation>Main targets</translation>
    </message>
    <message>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>主要目标</source>
        <translation>Main targets</translation>
    </message>
    <message>
        <source>%1 份报告</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <source>文库是空的：用“添加文件…”或“添加文件夹…”加入报告</source>
        <translation>The library is empty: add reports with &quot;Add files…&quot; or &quot;Add folder…&quot;</translation>
    </message>
    <message>
        <source>显示 %1 / %2 份报告</source>
        <translation>Showing %1 of %2 reports</translation>
    </message>
    <message>
        <source>已从文库移除：%1（文件未动）</source>
        <translation>Removed from the library: %1 (the file is left alone)</translation>
    </message>
    <message>
        <source>无法写入文库</source>
        <translation>Cannot write the library</translation>
    </message>
    <message>
        <source>导出指标矩阵</source>
        <translation>Export the indicator matrix</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>无法保存文件</source>
        <translation>Cannot save the file</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>正文区</source>
        <translation>Text area</translation>
    </message>
    <message>
        <source>阅读分栏</source>
        <translation>Reading panes</translation>
    </message>
    <message>
        <source>标签页</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>阅读</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>正在准备图表…</source>
        <translation>Preparing charts…</translation>
    </message>
    <message>
        <source>正在打开文库…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>未识别出报告结构</source>
        <translation>No report structure recognised</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>当前章节</source>
        <translation>Current section</translation>
    </message>
    <message>
        <source>阅读进度</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <source>（未识别出章节目录）</source>
        <translation> (no outline found)</translation>
    </message>
    <message>
        <source>正在打开 %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法打开报告</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>此处的句子没有可识别的指标</source>
        <translation>No indicator recognised in this sentence</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在下次启动时生效。 / The language changes at the next start.</source>
        <translation>The language changes at the next start.</translation>
    </message>
    <message>
        <source>无法保存批注</source>
        <translation>Cannot save the mark</translation>
    </message>
    <message>
        <source>文库文件已重建</source>
        <translation>The library file was rebuilt</translation>
    </message>
    <message>
        <source>这条批注在当前报告中未能定位</source>
        <translation>This mark could not be placed in this report</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>找不到文件：%1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <source>（找不到文件）</source>
        <translation> (file not found)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>清除最近打开(&amp;C)</source>
        <translation>&amp;Clear recent</translation>
    </message>
    <message>
        <source>找不到文件：%1
已从最近打开中移除。</source>
        <translation>File not found: %1
It was removed from Open recent.</translation>
    </message>
    <message>
        <source>已清除最近打开</source>
        <translation>Recent reports cleared</translation>
    </message>
    <message>
        <source>政府工作报告</source>
        <translation>Work reports</translation>
    </message>
    <message>
        <source>文本文件</source>
        <translation>Text files</translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <source>网页</source>
        <translation>Web pages</translation>
    </message>
    <message>
        <source>所有文件</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>剪贴板</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <source>另存为文本</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <source>无法保存：%1（%2）</source>
        <translation>Cannot save: %1 (%2)</translation>
    </message>
    <message>
        <source>打印或存为 PDF</source>
        <translation>Print or save as PDF</translation>
    </message>
    <message>
        <source>第 %1/%2 处</source>
        <translation>Match %1 of %2</translation>
    </message>
    <message>
        <source>已复制，并附出处</source>
        <translation>Copied, with citation</translation>
    </message>
    <message>
        <source>政府工作报告阅读器 shigu_gui %1
离线阅读政府工作报告：目录、名词解释、指标图表。
本程序以 MIT 许可证发布；所用第三方组件及其许可见详细信息。</source>
        <translation>Government Work Report Reader shigu_gui %1
Read Chinese government work reports offline: outline, glossary, indicator charts.
Released under the MIT licence; the third-party components it uses and their licences are under Show Details.</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>政府工作报告阅读器</source>
        <translation>Government Work Report Reader</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>书签</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>批注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>未定位</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>请先进入一个章节</source>
        <translation>Go into a section first</translation>
    </message>
    <message>
        <source>已添加书签：%1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <source>请先选择要高亮的文字</source>
        <translation>Select the text to highlight first</translation>
    </message>
    <message>
        <source>请先进入一个章节，或选择要批注的文字</source>
        <translation>Go into a section, or select the text to annotate, first</translation>
    </message>
    <message>
        <source>已删除；按 Ctrl+Z 撤销</source>
        <translation>Deleted; press Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>导出批注</source>
        <translation>Export marks</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message numerus="yes">
        <source>导入了 %n 条批注</source>
        <translation>
            <numerusform>Imported %n mark</numerusform>
            <numerusform>Imported %n marks</numerusform>
        </translation>
    </message>
    <message>
        <source>导入批注</source>
        <translation>Import marks</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>MarksPane</name>
    <message>
        <source>批注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>筛选批注（如 书签、高亮）…</source>
        <translation>Filter marks (e.g. Bookmark, Highlight)…</translation>
    </message>
    <message>
        <source>筛选批注</source>
        <translation>Filter marks</translation>
    </message>
    <message>
        <source>批注列表</source>
        <translation>Marks</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>result</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>批注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>批注内容</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Ctrl+Enter 保存，Esc 取消</source>
        <translation>Ctrl+Enter saves, Esc cancels</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>没有识别出章节标题（如“一、”“（一）”），所以目录是空的。全文照常阅读；按 Ctrl+F 可在全文中查找。</source>
        <translation>No section headings (such as “一、” or “（一）”) were found, so the outline is empty. The text reads as usual; Ctrl+F finds words in it.</translation>
    </message>
</context>
<context>
    <name>RecentReports</name>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>报告正文</source>
        <translation>Report text</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>全国</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <source>已索引</source>
        <translation>Indexed</translation>
    </message>
    <message>
        <source>文件已不在</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>失败：</source>
        <translation>Failed: </translation>
    </message>
    <message>
        <source>重复：</source>
        <translation>Duplicate: </translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>章节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>GDP 实际</source>
        <translation>GDP actual</translation>
    </message>
    <message>
        <source>GDP 目标</source>
        <translation>GDP target</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>报告开头</source>
        <translation>Start of the report</translation>
    </message>
    <message numerus="yes">
        <source>……另有 %n 处未列出</source>
        <translation>
            <numerusform>… %n more not listed</numerusform>
            <numerusform>… %n more not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>在全部报告中搜索，回车开始</source>
        <translation>Search all reports; Enter starts</translation>
    </message>
    <message>
        <source>文库搜索</source>
        <translation>Library search</translation>
    </message>
    <message>
        <source>只搜地区</source>
        <translation>Only this place</translation>
    </message>
    <message>
        <source>只搜级别</source>
        <translation>Only this level</translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>年份，如 2018-2025</source>
        <translation>Years, e.g. 2018-2025</translation>
    </message>
    <message>
        <source>只搜年份</source>
        <translation>Only these years</translation>
    </message>
    <message>
        <source>文库搜索结果</source>
        <translation>Library search results</translation>
    </message>
    <message>
        <source>全部地区</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>年份范围应写作 2018-2025</source>
        <translation>A year range is written 2018-2025</translation>
    </message>
    <message>
        <source>没有找到“%1”：所选范围内的报告中都没有这个词语。</source>
        <translation>&quot;%1&quot; not found in any report of the range chosen.</translation>
    </message>
    <message>
        <source>没有找到“%1”：文库的报告中都没有这个词语。</source>
        <translation>&quot;%1&quot; not found in any report of the library.</translation>
    </message>
    <message>
        <source>“%1”：%2 份报告，共 %3 处</source>
        <translation>&quot;%1&quot;: %2 reports, %3 places in all</translation>
    </message>
    <message>
        <source>（标题）</source>
        <translation>(title)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>快捷键表</source>
        <translation>Shortcut table</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>侧栏</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>名词解释</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>批注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>TargetsTable</name>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>增长(%)</source>
        <translation>Growth (%)</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>限定</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>主要预期目标</source>
        <translation>Main targets</translation>
    </message>
    <message>
        <source>主要预期目标表格</source>
        <translation>Main targets table</translation>
    </message>
    <message>
        <source>（%1年）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>这份报告没有列出带数字的主要预期目标。</source>
        <translation>This report lists no main targets with figures.</translation>
    </message>
</context>
</TS>
