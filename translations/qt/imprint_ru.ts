<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="422"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="423"/>
        <source>The article text: paragraphs separated by a blank line</source>
        <translation>Текст статьи: абзацы разделяются пустой строкой</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="34"/>
        <location filename="../../desktop_app/gui/dialogs.py" line="72"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="36"/>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="37"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="43"/>
        <source>PDF variant</source>
        <translation>Вариант PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="45"/>
        <source>Standard PDF</source>
        <translation>Обычный PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="53"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="54"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="59"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="64"/>
        <source>PDF &amp;variant</source>
        <translation>&amp;Вариант PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="65"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="72"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="39"/>
        <source>Preflight findings</source>
        <translation>Результаты предпечатной проверки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="64"/>
        <source>No problems found</source>
        <translation>Проблем не найдено</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="54"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="55"/>
        <source>Open Folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="56"/>
        <source>Open a folder of articles</source>
        <translation>Открыть папку со статьями</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="275"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="277"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="279"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="280"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="281"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="282"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="283"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="284"/>
        <source>Style</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="285"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="287"/>
        <location filename="../../desktop_app/gui/main_window.py" line="715"/>
        <source>Preflight</source>
        <translation>Предпечатная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="289"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="290"/>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="291"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="292"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="293"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="295"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="296"/>
        <source>&amp;Bigger Text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="297"/>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="298"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="299"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="300"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="301"/>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="302"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="303"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="304"/>
        <source>P&amp;revious Page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="305"/>
        <source>&amp;About Imprint</source>
        <translation>&amp;О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="311"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="312"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="313"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="315"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="323"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="323"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="325"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="326"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="342"/>
        <source>No document</source>
        <translation>Нет документа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="343"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="396"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="397"/>
        <source>subtitle</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="398"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="399"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="400"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="401"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="402"/>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="403"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>page style</source>
        <translation>оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="428"/>
        <source>Change text size</source>
        <translation>Изменение размера текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="436"/>
        <source>Rendering…</source>
        <translation>Вёрстка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="442"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="445"/>
        <source>Render failed</source>
        <translation>Ошибка вёрстки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="446"/>
        <source>The page could not be drawn: %1</source>
        <translation>Не удалось сверстать страницу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="471"/>
        <location filename="../../desktop_app/gui/main_window.py" line="484"/>
        <location filename="../../desktop_app/gui/main_window.py" line="487"/>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="471"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="503"/>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="505"/>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="505"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="515"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="525"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="535"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="549"/>
        <source>Save Document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="549"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Документы Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="573"/>
        <source>Cannot save %1</source>
        <translation>Не удаётся сохранить %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="585"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="594"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="595"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="644"/>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="661"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Экспортировано: %1 (%n страница)</numerusform>
            <numerusform>Экспортировано: %1 (%n страницы)</numerusform>
            <numerusform>Экспортировано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="667"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="690"/>
        <source>Restore Unsaved Changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="691"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>В прошлый раз Imprint завершился некорректно. Восстановить несохранённые изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="755"/>
        <source>About Imprint</source>
        <translation>О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="757"/>
        <source>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Open news articles, fix their metadata and type sizes while looking at the real page, and export print-ready PDFs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Открывайте новостные статьи, исправляйте их данные и размеры шрифта, глядя на настоящую страницу, и экспортируйте PDF, готовые к печати.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="145"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="146"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="147"/>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="148"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="149"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="150"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="151"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="165"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="166"/>
        <location filename="../../desktop_app/gui/panels.py" line="167"/>
        <source>Remove the date</source>
        <translation>Убрать дату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="168"/>
        <source>comma, separated, words</source>
        <translation>слова, через, запятую</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="113"/>
        <location filename="../../desktop_app/gui/preview.py" line="114"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="115"/>
        <location filename="../../desktop_app/gui/preview.py" line="116"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="117"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="118"/>
        <location filename="../../desktop_app/gui/preview.py" line="119"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="120"/>
        <location filename="../../desktop_app/gui/preview.py" line="121"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="122"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="123"/>
        <source>Page preview</source>
        <translation>Просмотр страниц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="124"/>
        <source>Preview problem</source>
        <translation>Проблема просмотра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="131"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="132"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="215"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="98"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="100"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="101"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="107"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="109"/>
        <source>Autosave interval</source>
        <translation>Интервал автосохранения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="116"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="117"/>
        <source>&amp;Autosave every</source>
        <translation>&amp;Автосохранение каждые</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="339"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="340"/>
        <source>Type</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="341"/>
        <source>Margins and columns</source>
        <translation>Поля и колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="342"/>
        <source>Print marks</source>
        <translation>Типографские метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="345"/>
        <source>La&amp;yout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="345"/>
        <source>L&amp;ocale</source>
        <translation>&amp;Локаль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="345"/>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="345"/>
        <source>O&amp;rientation</source>
        <translation>&amp;Ориентация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="351"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="352"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="354"/>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="355"/>
        <source>T&amp;itle</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="356"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="357"/>
        <source>&amp;Meta line</source>
        <translation>&amp;Выходные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="362"/>
        <source>&amp;Line height</source>
        <translation>&amp;Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="363"/>
        <source>Line height</source>
        <translation>Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="365"/>
        <source>Top</source>
        <translation>Верхнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="366"/>
        <source>Right</source>
        <translation>Правое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="367"/>
        <source>Bottom</source>
        <translation>Нижнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="368"/>
        <source>Left</source>
        <translation>Левое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="372"/>
        <source>%1 margin</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="373"/>
        <source>Colum&amp;ns</source>
        <translation>&amp;Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="374"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="375"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="376"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="377"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="380"/>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="381"/>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="382"/>
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
</context>
</TS>
