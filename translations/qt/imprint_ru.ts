<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="434"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="435"/>
        <source>The article text: paragraphs separated by a blank line</source>
        <translation>Текст статьи: абзацы разделяются пустой строкой</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="37"/>
        <location filename="../../desktop_app/gui/dialogs.py" line="113"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="39"/>
        <source>Preset</source>
        <translation>Набор настроек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="40"/>
        <source>Custom</source>
        <translation>Свои настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="45"/>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="46"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="52"/>
        <source>PDF variant</source>
        <translation>Вариант PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="54"/>
        <source>Standard PDF</source>
        <translation>Обычный PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="62"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="63"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="75"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="83"/>
        <source>&amp;Preset</source>
        <translation>&amp;Набор настроек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="84"/>
        <source>PDF &amp;variant</source>
        <translation>&amp;Вариант PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="85"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="113"/>
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
        <location filename="../../desktop_app/gui/main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="309"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="310"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="311"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="312"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="313"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="315"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="316"/>
        <source>Style</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="317"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="319"/>
        <location filename="../../desktop_app/gui/main_window.py" line="839"/>
        <source>Preflight</source>
        <translation>Предпечатная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="321"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="322"/>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="323"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="325"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="326"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="327"/>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="328"/>
        <source>&amp;Check for Print Problems</source>
        <translation>&amp;Проверить перед печатью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="329"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="330"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="331"/>
        <source>&amp;Bigger Text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="332"/>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="333"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="334"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="335"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="337"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="338"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="339"/>
        <source>P&amp;revious Page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="340"/>
        <source>&amp;About Imprint</source>
        <translation>&amp;О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="346"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="349"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="350"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="351"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="359"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="359"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="360"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="360"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="361"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="362"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="378"/>
        <source>No document</source>
        <translation>Нет документа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="379"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="458"/>
        <source>subtitle</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="459"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="460"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="461"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="462"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="463"/>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="464"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>page style</source>
        <translation>оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="489"/>
        <source>Change text size</source>
        <translation>Изменение размера текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="497"/>
        <source>Rendering…</source>
        <translation>Вёрстка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="508"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="515"/>
        <source>Render failed</source>
        <translation>Ошибка вёрстки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="516"/>
        <source>The page could not be drawn: %1</source>
        <translation>Не удалось сверстать страницу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="536"/>
        <location filename="../../desktop_app/gui/main_window.py" line="549"/>
        <location filename="../../desktop_app/gui/main_window.py" line="552"/>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="536"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="566"/>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="568"/>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="568"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="578"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="588"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="598"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="612"/>
        <source>Save Document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="612"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Документы Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="636"/>
        <source>Cannot save %1</source>
        <translation>Не удаётся сохранить %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="648"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="657"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="658"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="729"/>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="746"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Экспортировано: %1 (%n страница)</numerusform>
            <numerusform>Экспортировано: %1 (%n страницы)</numerusform>
            <numerusform>Экспортировано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="752"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="776"/>
        <source>“%1” has unsaved changes from when Imprint did not close properly. Restore them?</source>
        <translation>«%1» содержит несохранённые изменения, оставшиеся после некорректного завершения Imprint. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="781"/>
        <source>Restore Unsaved Changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="778"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>В прошлый раз Imprint завершился некорректно. Восстановить несохранённые изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="879"/>
        <source>About Imprint</source>
        <translation>О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="881"/>
        <source>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Open news articles, fix their metadata and type sizes while looking at the real page, and export print-ready PDFs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Открывайте новостные статьи, исправляйте их данные и размеры шрифта, глядя на настоящую страницу, и экспортируйте PDF, готовые к печати.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="146"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="147"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="148"/>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="149"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="150"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="152"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="166"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="167"/>
        <location filename="../../desktop_app/gui/panels.py" line="168"/>
        <source>Remove the date</source>
        <translation>Убрать дату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="169"/>
        <source>comma, separated, words</source>
        <translation>слова, через, запятую</translation>
    </message>
</context>
<context>
    <name>PreviewJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="441"/>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="454"/>
        <source>Print Preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="474"/>
        <source>Could not preview</source>
        <translation>Не удалось показать просмотр</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="121"/>
        <location filename="../../desktop_app/gui/preview.py" line="122"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="123"/>
        <location filename="../../desktop_app/gui/preview.py" line="124"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="125"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="126"/>
        <location filename="../../desktop_app/gui/preview.py" line="127"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="128"/>
        <location filename="../../desktop_app/gui/preview.py" line="129"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="130"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="131"/>
        <source>Page preview</source>
        <translation>Просмотр страниц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="132"/>
        <source>Preview problem</source>
        <translation>Проблема просмотра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="139"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="140"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="235"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="244"/>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="248"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="301"/>
        <location filename="../../desktop_app/gui/printing.py" line="315"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="361"/>
        <source>Sending the pages to %1…</source>
        <translation>Отправка страниц на %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="375"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="395"/>
        <source>Could not print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="402"/>
        <source>Pages scaled</source>
        <translation>Страницы масштабированы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="403"/>
        <source>The pages are %1 but the printer&apos;s paper is %2, so they are scaled to fit.</source>
        <translation>Страницы формата %1, а бумага принтера — %2, поэтому они масштабированы по размеру листа.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="139"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="141"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="142"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="148"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="150"/>
        <source>Autosave interval</source>
        <translation>Интервал автосохранения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="157"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="158"/>
        <source>&amp;Autosave every</source>
        <translation>&amp;Автосохранение каждые</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="341"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="342"/>
        <source>Type</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>Margins and columns</source>
        <translation>Поля и колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="344"/>
        <source>Print marks</source>
        <translation>Типографские метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="347"/>
        <source>La&amp;yout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="347"/>
        <source>L&amp;ocale</source>
        <translation>&amp;Локаль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="347"/>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="347"/>
        <source>O&amp;rientation</source>
        <translation>&amp;Ориентация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="353"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="354"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="364"/>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="365"/>
        <source>T&amp;itle</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="366"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="367"/>
        <source>&amp;Meta line</source>
        <translation>&amp;Выходные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="372"/>
        <source>&amp;Line height</source>
        <translation>&amp;Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="373"/>
        <source>Line height</source>
        <translation>Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="375"/>
        <source>Top</source>
        <translation>Верхнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="376"/>
        <source>Right</source>
        <translation>Правое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="377"/>
        <source>Bottom</source>
        <translation>Нижнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="378"/>
        <source>Left</source>
        <translation>Левое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="382"/>
        <source>%1 margin</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="383"/>
        <source>Colum&amp;ns</source>
        <translation>&amp;Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="385"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="386"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="387"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="390"/>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="391"/>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="392"/>
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
</context>
</TS>
