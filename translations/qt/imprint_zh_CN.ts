<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="164"/>
        <source>Laying out %1…</source>
        <translation>正在排版 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/background_job.py" line="165"/>
        <source>Writing %n page(s) of %1…</source>
        <translation>
            <numerusform>正在写入 %1 的 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="166"/>
        <source>Sending %1 to the printer…</source>
        <translation>正在将 %1 发送到打印机…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/background_job.py" line="167"/>
        <source>Printing page %n of %1…</source>
        <translation>
            <numerusform>正在打印 %1 的第 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="168"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="170"/>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="187"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="493"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="494"/>
        <source>The article text: paragraphs separated by a blank line</source>
        <translation>文章正文：段落之间以空行分隔</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="76"/>
        <source>Change text size</source>
        <translation>更改字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="97"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="98"/>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="99"/>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="100"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="101"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="102"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="103"/>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="104"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="106"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="106"/>
        <source>page style</source>
        <translation>样式</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="134"/>
        <source>New Edition</source>
        <translation>新建合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="136"/>
        <source>Drag the articles into the order they are printed in.</source>
        <translation>拖动文章，排成印刷的顺序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="141"/>
        <source>Articles of the edition</source>
        <translation>合辑中的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="143"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="144"/>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="145"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="146"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="147"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="148"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="149"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="150"/>
        <source>Print as &amp;Booklet…</source>
        <translation>按小册子打印(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="151"/>
        <source>Sa&amp;ve Edition…</source>
        <translation>保存合辑(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="152"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="215"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="248"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="331"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="77"/>
        <source>Edition</source>
        <translation>合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="236"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="107"/>
        <source>Export Edition</source>
        <translation>导出合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="253"/>
        <source>Save Edition</source>
        <translation>保存合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="255"/>
        <source>Imprint edition (*.imprint)</source>
        <translation>Imprint 合辑 (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="368"/>
        <source>New &amp;Edition…</source>
        <translation>新建合辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="153"/>
        <source>Booklet sent to the printer as job %1.</source>
        <translation>小册子已发送到打印机，作业 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="146"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="176"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="182"/>
        <source>Print as Booklet</source>
        <translation>按小册子打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="168"/>
        <source>Booklets are printed through CUPS, which is not installed here.</source>
        <translation>小册子通过 CUPS 打印，但此处未安装 CUPS。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="174"/>
        <source>No printer is set up.</source>
        <translation>没有设置打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="183"/>
        <source>Printer (two-sided, flip on short edge):</source>
        <translation>打印机（双面，短边翻转）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="167"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="37"/>
        <location filename="../../desktop_app/gui/dialogs.py" line="113"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="39"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="40"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="45"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="52"/>
        <source>PDF variant</source>
        <translation>PDF 类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="54"/>
        <source>Standard PDF</source>
        <translation>标准 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="62"/>
        <source>Bleed</source>
        <translation>出血</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="63"/>
        <source>&amp;Crop marks</source>
        <translation>裁切标记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="75"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="80"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="83"/>
        <source>&amp;Preset</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="84"/>
        <source>PDF &amp;variant</source>
        <translation>PDF 类型(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="85"/>
        <source>Bl&amp;eed</source>
        <translation>出血(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="104"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="122"/>
        <source>Export cancelled; nothing was written</source>
        <translation>已取消导出；未写入任何文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="135"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>已导出 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="140"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="90"/>
        <source>P&amp;hoto</source>
        <translation>图片(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="91"/>
        <source>&amp;Replace Photo…</source>
        <translation>替换图片(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="92"/>
        <location filename="../../desktop_app/gui/figure_actions.py" line="313"/>
        <source>&amp;Insert Photo…</source>
        <translation>插入图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="94"/>
        <source>&amp;Column Width</source>
        <translation>栏宽(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="95"/>
        <source>&amp;Half Width</source>
        <translation>半栏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="96"/>
        <source>&amp;Page Width</source>
        <translation>页宽(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="123"/>
        <source>Photo · %1 × %2 px</source>
        <translation>图片 · %1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="166"/>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="166"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="180"/>
        <source>Cannot use %1</source>
        <translation>无法使用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="214"/>
        <source>Resize photo</source>
        <translation>调整图片大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="226"/>
        <source>Delete photo</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="235"/>
        <source>Replace Photo</source>
        <translation>替换图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="239"/>
        <source>Replace photo</source>
        <translation>替换图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="249"/>
        <source>Insert Photo</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="272"/>
        <source>Insert photo</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="303"/>
        <source>Edit &amp;Caption</source>
        <translation>编辑图注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="303"/>
        <source>Edit C&amp;redit</source>
        <translation>编辑图片来源(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="308"/>
        <source>&amp;Delete Photo</source>
        <translation>删除图片(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="313"/>
        <source>&amp;Insert Photo Here…</source>
        <translation>在此插入图片(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>FigureSizeBar</name>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="66"/>
        <source>Column</source>
        <translation>栏宽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="66"/>
        <source>Half</source>
        <translation>半栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="66"/>
        <source>Page width</source>
        <translation>页宽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="68"/>
        <source>As wide as the text column</source>
        <translation>与文字栏同宽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="69"/>
        <source>Half the column, the text beside it</source>
        <translation>半栏宽，文字在旁</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="70"/>
        <source>Across the page&apos;s text width</source>
        <translation>横跨页面版心</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="130"/>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="131"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="132"/>
        <source>Re&amp;place with:</source>
        <translation>替换为(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="133"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="134"/>
        <source>&amp;Whole word</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="135"/>
        <source>P&amp;revious</source>
        <translation>上一个(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="136"/>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="137"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="138"/>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="186"/>
        <source>No matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="189"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="231"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="233"/>
        <source>Replaced: %1</source>
        <translation>已替换：%1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="66"/>
        <source>Preflight findings</source>
        <translation>印前检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="96"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="110"/>
        <source>Use the installed font %1</source>
        <translation>使用已安装的字体 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="116"/>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="119"/>
        <source>Choose the file for %1…</source>
        <translation>为 %1 选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="128"/>
        <source>Fix Punctuation</source>
        <translation>修正标点</translation>
    </message>
</context>
<context>
    <name>HouseStyleActions</name>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="53"/>
        <source>&amp;House Styles…</source>
        <translation>机构样式(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="54"/>
        <source>&amp;Duplicate Layout…</source>
        <translation>复制版式(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="55"/>
        <source>Open Layouts &amp;Folder</source>
        <translation>打开版式文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="56"/>
        <source>St&amp;yle</source>
        <translation>样式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="57"/>
        <source>&amp;Layout</source>
        <translation>版式(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="116"/>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="125"/>
        <source>Duplicate Layout</source>
        <translation>复制版式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="117"/>
        <source>Name of the new layout (lower-case letters, digits and hyphens):</source>
        <translation>新版式的名称（小写字母、数字和连字符）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="130"/>
        <source>Layout copied to %1: edit its article.html and article.css there.</source>
        <translation>版式已复制到 %1：请在那里编辑 article.html 和 article.css。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="149"/>
        <source>Layout %1 cannot be used: %2</source>
        <translation>版式 %1 无法使用：%2</translation>
    </message>
</context>
<context>
    <name>HouseStylesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="61"/>
        <source>House Styles</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="67"/>
        <source>House styles</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="70"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="72"/>
        <source>Use for &amp;New Documents</source>
        <translation>用于新文档(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="73"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="74"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="93"/>
        <source>Choose &amp;Logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="99"/>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="110"/>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="111"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="119"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="124"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="128"/>
        <source>&amp;Accent colour</source>
        <translation>主题色(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="131"/>
        <source>A&amp;ddress lines</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="132"/>
        <source>Press &amp;contact lines</source>
        <translation>媒体联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="133"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="134"/>
        <source>&amp;Footer line</source>
        <translation>页脚文字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="136"/>
        <source>Text typeface</source>
        <translation>正文字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="137"/>
        <source>Headings typeface</source>
        <translation>标题字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="154"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="179"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="218"/>
        <source>New house style</source>
        <translation>新机构样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="250"/>
        <source>A house style needs a name.</source>
        <translation>机构样式需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="257"/>
        <source>There is already a house style called “%1”.</source>
        <translation>已有名为“%1”的机构样式。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="265"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="280"/>
        <source>Delete the house style “%1”?</source>
        <translation>删除机构样式“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="295"/>
        <source>Import House Style</source>
        <translation>导入机构样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="296"/>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="315"/>
        <source>House styles (*%1)</source>
        <translation>机构样式 (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="314"/>
        <source>Export House Style</source>
        <translation>导出机构样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="333"/>
        <source>Choose Logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="335"/>
        <source>Logos (%1)</source>
        <translation>标志 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="345"/>
        <source>Choose Typeface</source>
        <translation>选择字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="347"/>
        <source>Fonts (%1)</source>
        <translation>字体 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="367"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="386"/>
        <source>Imprint&apos;s own</source>
        <translation>Imprint 自带字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="391"/>
        <source>Accent Colour</source>
        <translation>主题色</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="252"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="253"/>
        <source>Filter by title, source or date</source>
        <translation>按标题、来源或日期筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="254"/>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="255"/>
        <source>Open Folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="256"/>
        <source>Open a folder of articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="338"/>
        <source>Reading titles… %1 of %2</source>
        <translation>正在读取标题… %1 / %2</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="51"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="52"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="53"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="54"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="59"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="60"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="61"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="65"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="66"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="67"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="70"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="72"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="73"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="75"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="76"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="86"/>
        <source>&amp;Check for Print Problems</source>
        <translation>检查印刷问题(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="90"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="94"/>
        <source>&amp;Bigger Text</source>
        <translation>放大文字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="96"/>
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="98"/>
        <source>S&amp;maller Text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="101"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="103"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="105"/>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="108"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="109"/>
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="111"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="113"/>
        <source>P&amp;revious Page</source>
        <translation>上一页(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="115"/>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="121"/>
        <source>&amp;About Imprint</source>
        <translation>关于 Imprint(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="208"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="209"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="211"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="222"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="222"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="223"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="223"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="224"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="225"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="236"/>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="178"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="180"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="183"/>
        <location filename="../../desktop_app/gui/main_window.py" line="523"/>
        <source>Preflight</source>
        <translation>印前检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>No document</source>
        <translation>无文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="259"/>
        <source>Rendering…</source>
        <translation>正在排版…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="267"/>
        <source>Rendering… ~%n page(s)</source>
        <translation>
            <numerusform>正在排版… 约 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="293"/>
        <source>Render failed</source>
        <translation>排版失败</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>The page could not be drawn: %1</source>
        <translation>无法排版页面：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <location filename="../../desktop_app/gui/main_window.py" line="331"/>
        <location filename="../../desktop_app/gui/main_window.py" line="334"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="350"/>
        <source>Articles (%1)</source>
        <translation>文章 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="350"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="360"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="370"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Save Document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Imprint 文档 (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="403"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="411"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="421"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="422"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="452"/>
        <source>“%1” has unsaved changes from when Imprint did not close properly. Restore them?</source>
        <translation>Imprint 未正常关闭，“%1”留有未保存的更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="454"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>Imprint 上次未正常关闭。是否恢复“%1”未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="566"/>
        <source>About Imprint</source>
        <translation>关于 Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="568"/>
        <source>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Open news articles, fix their metadata and type sizes while looking at the real page, and export print-ready PDFs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;打开新闻文章，对照真实页面修改元数据和字号，导出可直接印刷的 PDF。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="154"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="155"/>
        <source>S&amp;ubtitle</source>
        <translation>副标题(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="156"/>
        <source>&amp;Author</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="157"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="158"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="159"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="160"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="174"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="175"/>
        <location filename="../../desktop_app/gui/panels.py" line="176"/>
        <source>Remove the date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="177"/>
        <source>comma, separated, words</source>
        <translation>以逗号, 分隔, 关键词</translation>
    </message>
</context>
<context>
    <name>OnPageEditing</name>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="68"/>
        <source>House style</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="70"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="71"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="72"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="73"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="74"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="76"/>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="77"/>
        <source>Meta line</source>
        <translation>信息行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="78"/>
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="79"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="80"/>
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="81"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="82"/>
        <source>List item</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="83"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="84"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="85"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="86"/>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="87"/>
        <source>Caption</source>
        <translation>图注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="88"/>
        <source>Credit</source>
        <translation>图片来源</translation>
    </message>
</context>
<context>
    <name>PreviewJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="379"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="388"/>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="407"/>
        <source>Could not preview</source>
        <translation>无法预览</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="113"/>
        <location filename="../../desktop_app/gui/preview.py" line="114"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="115"/>
        <location filename="../../desktop_app/gui/preview.py" line="116"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="117"/>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="118"/>
        <location filename="../../desktop_app/gui/preview.py" line="119"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="120"/>
        <location filename="../../desktop_app/gui/preview.py" line="121"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="122"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="123"/>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="124"/>
        <source>Preview problem</source>
        <translation>预览问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="131"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="132"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="245"/>
        <source>of ~%1</source>
        <translation>共约 %1 页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="247"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>/ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="249"/>
        <location filename="../../desktop_app/gui/printing.py" line="259"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="329"/>
        <source>Could not print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="338"/>
        <source>Pages scaled</source>
        <translation>页面已缩放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="339"/>
        <source>The pages are %1 but the printer&apos;s paper is %2, so they are scaled to fit.</source>
        <translation>页面为 %1，但打印机纸张为 %2，因此已缩放以适合纸张。</translation>
    </message>
</context>
<context>
    <name>ProofingActions</name>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="106"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="107"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>查找和替换(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="108"/>
        <source>Check &amp;Spelling…</source>
        <translation>拼写检查(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="109"/>
        <source>Fix Pu&amp;nctuation</source>
        <translation>修正标点(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="141"/>
        <source>The punctuation is already typographic.</source>
        <translation>标点已是排版用标点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="143"/>
        <source>Fix punctuation</source>
        <translation>修正标点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="144"/>
        <source>Punctuation fixed.</source>
        <translation>标点已修正。</translation>
    </message>
</context>
<context>
    <name>ProofingSession</name>
    <message>
        <location filename="../../desktop_app/gui/proofing_session.py" line="87"/>
        <source>Spelling is off: no dictionary could be loaded.</source>
        <translation>拼写检查已关闭：无法加载词典。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="139"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="141"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="142"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="148"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="150"/>
        <source>Autosave interval</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="157"/>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="158"/>
        <source>&amp;Autosave every</source>
        <translation>自动保存间隔(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop_app/gui/spelling_highlighter.py" line="238"/>
        <source>No suggestions</source>
        <translation>无建议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/spelling_highlighter.py" line="241"/>
        <source>Add to Dictionary</source>
        <translation>添加到词典</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/spelling_highlighter.py" line="243"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>SpellingDialog</name>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="71"/>
        <source>Check Spelling</source>
        <translation>拼写检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="72"/>
        <source>&amp;Change</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="73"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="74"/>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="75"/>
        <source>&amp;Add to Dictionary</source>
        <translation>添加到词典(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="106"/>
        <source>Spelling is not checked in this language.</source>
        <translation>此语言不做拼写检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="108"/>
        <source>No more possible misspellings.</source>
        <translation>没有更多可能的拼写错误。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="113"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="113"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="113"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="115"/>
        <source>%1 of %2, in the %3</source>
        <translation>第 %1 个，共 %2 个，位于%3</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="361"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="362"/>
        <source>Type</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="363"/>
        <source>Margins and columns</source>
        <translation>页边距与分栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="364"/>
        <source>Print marks</source>
        <translation>印刷标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="368"/>
        <source>La&amp;yout</source>
        <translation>版式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="369"/>
        <source>&amp;House style</source>
        <translation>机构样式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="370"/>
        <source>L&amp;ocale</source>
        <translation>区域(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="371"/>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="372"/>
        <source>O&amp;rientation</source>
        <translation>方向(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="379"/>
        <location filename="../../desktop_app/gui/panels.py" line="443"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="380"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="381"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="391"/>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="392"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="393"/>
        <source>S&amp;ubtitle</source>
        <translation>副标题(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="394"/>
        <source>&amp;Meta line</source>
        <translation>信息行(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="399"/>
        <source>&amp;Line height</source>
        <translation>行高(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="400"/>
        <source>Line height</source>
        <translation>行高</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="401"/>
        <source>Line brea&amp;ks</source>
        <translation>断行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="402"/>
        <source>Line breaks</source>
        <translation>断行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="403"/>
        <source>Whole paragraph</source>
        <translation>整段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="404"/>
        <source>Line by line</source>
        <translation>逐行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="406"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="407"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="408"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="409"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="413"/>
        <source>%1 margin</source>
        <translation>%1边距</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="414"/>
        <source>Colum&amp;ns</source>
        <translation>栏数(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="415"/>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="416"/>
        <source>Bl&amp;eed</source>
        <translation>出血(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="417"/>
        <source>Bleed</source>
        <translation>出血</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="418"/>
        <source>&amp;Crop marks</source>
        <translation>裁切标记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="421"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="422"/>
        <source>Default text size</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="423"/>
        <source>Bigger text</source>
        <translation>放大文字</translation>
    </message>
</context>
<context>
    <name>WordCounts</name>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="55"/>
        <source>Words: %1 · Characters: %2</source>
        <translation>词数：%1 · 字符数：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="61"/>
        <source>Selected: words %1, characters %2</source>
        <translation>已选：%1 词，%2 字符</translation>
    </message>
</context>
</TS>
