<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="436"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="437"/>
        <source>The article text: paragraphs separated by a blank line</source>
        <translation>文章正文：段落之间以空行分隔</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="128"/>
        <source>New Edition</source>
        <translation>新建合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="130"/>
        <source>Drag the articles into the order they are printed in.</source>
        <translation>拖动文章，排成印刷的顺序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="135"/>
        <source>Articles of the edition</source>
        <translation>合辑中的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="137"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="138"/>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="139"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="140"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="141"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="142"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="143"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="144"/>
        <source>Print as &amp;Booklet…</source>
        <translation>按小册子打印(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="145"/>
        <source>Sa&amp;ve Edition…</source>
        <translation>保存合辑(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="146"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="211"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="238"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="301"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="41"/>
        <source>Edition</source>
        <translation>合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="226"/>
        <source>Export Edition</source>
        <translation>导出合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="243"/>
        <source>Save Edition</source>
        <translation>保存合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="245"/>
        <source>Imprint edition (*.imprint)</source>
        <translation>Imprint 合辑 (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="354"/>
        <source>New &amp;Edition…</source>
        <translation>新建合辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="100"/>
        <source>Booklet sent to the printer as job %1.</source>
        <translation>小册子已发送到打印机，作业 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="112"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="138"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="144"/>
        <source>Print as Booklet</source>
        <translation>按小册子打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="130"/>
        <source>Booklets are printed through CUPS, which is not installed here.</source>
        <translation>小册子通过 CUPS 打印，但此处未安装 CUPS。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="136"/>
        <source>No printer is set up.</source>
        <translation>没有设置打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="145"/>
        <source>Printer (two-sided, flip on short edge):</source>
        <translation>打印机（双面，短边翻转）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="161"/>
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
        <location filename="../../desktop_app/gui/export_flow.py" line="95"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="95"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="110"/>
        <source>Laying out %1…</source>
        <translation>正在排版 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="114"/>
        <source>Writing %n page(s) of %1…</source>
        <translation>
            <numerusform>正在写入 %1 的 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="117"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="122"/>
        <source>Export cancelled; nothing was written</source>
        <translation>已取消导出；未写入任何文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="136"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>已导出 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="142"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="59"/>
        <source>Preflight findings</source>
        <translation>印前检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="86"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="99"/>
        <source>Use the installed font %1</source>
        <translation>使用已安装的字体 %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="232"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="233"/>
        <source>Filter by title, source or date</source>
        <translation>按标题、来源或日期筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="234"/>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="235"/>
        <source>Open Folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="236"/>
        <source>Open a folder of articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="318"/>
        <source>Reading titles… %1 of %2</source>
        <translation>正在读取标题… %1 / %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="316"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="317"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="318"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="319"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="320"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="321"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="322"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="323"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="325"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="327"/>
        <location filename="../../desktop_app/gui/main_window.py" line="798"/>
        <source>Preflight</source>
        <translation>印前检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="329"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="330"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="331"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="332"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="333"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="334"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="335"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>&amp;Check for Print Problems</source>
        <translation>检查印刷问题(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="337"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="338"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="339"/>
        <source>&amp;Bigger Text</source>
        <translation>放大文字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="340"/>
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="341"/>
        <source>S&amp;maller Text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="342"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="343"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="344"/>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="345"/>
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="346"/>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>P&amp;revious Page</source>
        <translation>上一页(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>&amp;About Imprint</source>
        <translation>关于 Imprint(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="354"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="355"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="356"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="357"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="358"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="359"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="367"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="367"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="368"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="368"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="369"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="370"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="386"/>
        <source>No document</source>
        <translation>无文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="465"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="467"/>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="468"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="469"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="470"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="471"/>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="472"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="474"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="474"/>
        <source>page style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="486"/>
        <source>Change text size</source>
        <translation>更改字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="501"/>
        <source>Rendering…</source>
        <translation>正在排版…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="515"/>
        <source>Rendering… ~%n page(s)</source>
        <translation>
            <numerusform>正在排版… 约 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="540"/>
        <source>Render failed</source>
        <translation>排版失败</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="541"/>
        <source>The page could not be drawn: %1</source>
        <translation>无法排版页面：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="561"/>
        <location filename="../../desktop_app/gui/main_window.py" line="579"/>
        <location filename="../../desktop_app/gui/main_window.py" line="582"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="561"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="596"/>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="598"/>
        <source>Articles (%1)</source>
        <translation>文章 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="598"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="608"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="618"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="628"/>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="642"/>
        <source>Save Document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="642"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Imprint 文档 (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="666"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="678"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="687"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="688"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="vanished">正在导出 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation type="vanished">
            <numerusform>已导出 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="vanished">导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="733"/>
        <source>“%1” has unsaved changes from when Imprint did not close properly. Restore them?</source>
        <translation>Imprint 未正常关闭，“%1”留有未保存的更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="738"/>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="735"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>Imprint 上次未正常关闭。是否恢复“%1”未保存的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="838"/>
        <source>About Imprint</source>
        <translation>关于 Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="840"/>
        <source>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Open news articles, fix their metadata and type sizes while looking at the real page, and export print-ready PDFs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;打开新闻文章，对照真实页面修改元数据和字号，导出可直接印刷的 PDF。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="148"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="149"/>
        <source>S&amp;ubtitle</source>
        <translation>副标题(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="150"/>
        <source>&amp;Author</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="151"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="152"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="153"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="154"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="168"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="169"/>
        <location filename="../../desktop_app/gui/panels.py" line="170"/>
        <source>Remove the date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="171"/>
        <source>comma, separated, words</source>
        <translation>以逗号, 分隔, 关键词</translation>
    </message>
</context>
<context>
    <name>OnPageEditing</name>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="48"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="49"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="50"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="51"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="52"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="53"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="54"/>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="55"/>
        <source>Meta line</source>
        <translation>信息行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="56"/>
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="57"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="58"/>
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="59"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="60"/>
        <source>List item</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="61"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="62"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="63"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>PreviewJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="441"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="454"/>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="474"/>
        <source>Could not preview</source>
        <translation>无法预览</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="130"/>
        <location filename="../../desktop_app/gui/preview.py" line="131"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="132"/>
        <location filename="../../desktop_app/gui/preview.py" line="133"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="134"/>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="135"/>
        <location filename="../../desktop_app/gui/preview.py" line="136"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="137"/>
        <location filename="../../desktop_app/gui/preview.py" line="138"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="139"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="140"/>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="141"/>
        <source>Preview problem</source>
        <translation>预览问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="148"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="149"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="255"/>
        <source>of ~%1</source>
        <translation>共约 %1 页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="257"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>/ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="244"/>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="248"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="301"/>
        <location filename="../../desktop_app/gui/printing.py" line="315"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="361"/>
        <source>Sending the pages to %1…</source>
        <translation>正在将页面发送到 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="375"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="395"/>
        <source>Could not print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="402"/>
        <source>Pages scaled</source>
        <translation>页面已缩放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="403"/>
        <source>The pages are %1 but the printer&apos;s paper is %2, so they are scaled to fit.</source>
        <translation>页面为 %1，但打印机纸张为 %2，因此已缩放以适合纸张。</translation>
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
    <name>StylePanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="344"/>
        <source>Type</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="345"/>
        <source>Margins and columns</source>
        <translation>页边距与分栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="346"/>
        <source>Print marks</source>
        <translation>印刷标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>La&amp;yout</source>
        <translation>版式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>L&amp;ocale</source>
        <translation>区域(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>O&amp;rientation</source>
        <translation>方向(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="355"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="356"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="366"/>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="367"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="368"/>
        <source>S&amp;ubtitle</source>
        <translation>副标题(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="369"/>
        <source>&amp;Meta line</source>
        <translation>信息行(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="374"/>
        <source>&amp;Line height</source>
        <translation>行高(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="375"/>
        <source>Line height</source>
        <translation>行高</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Line brea&amp;ks</source>
        <translation>断行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Line breaks</source>
        <translation>断行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Whole paragraph</source>
        <translation>整段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Line by line</source>
        <translation>逐行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="377"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="378"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="379"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="380"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>%1 margin</source>
        <translation>%1边距</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="385"/>
        <source>Colum&amp;ns</source>
        <translation>栏数(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="386"/>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="387"/>
        <source>Bl&amp;eed</source>
        <translation>出血(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="388"/>
        <source>Bleed</source>
        <translation>出血</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="389"/>
        <source>&amp;Crop marks</source>
        <translation>裁切标记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="392"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="393"/>
        <source>Default text size</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="394"/>
        <source>Bigger text</source>
        <translation>放大文字</translation>
    </message>
</context>
</TS>
