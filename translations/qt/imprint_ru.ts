<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="420"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="421"/>
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
        <location filename="../../desktop_app/gui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="271"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="272"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="273"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="274"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="275"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="277"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="278"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="279"/>
        <source>Style</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="280"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="282"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="283"/>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="284"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="285"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="286"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="287"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="288"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="289"/>
        <source>&amp;Bigger Text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="290"/>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="291"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="292"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="293"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="295"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="296"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="297"/>
        <source>P&amp;revious Page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="298"/>
        <source>&amp;About Imprint</source>
        <translation>&amp;О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="304"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="305"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="306"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="307"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="308"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="316"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="316"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="317"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="317"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="318"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="319"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="335"/>
        <source>No document</source>
        <translation>Нет документа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="389"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="390"/>
        <source>subtitle</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="391"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="392"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="393"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="394"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="395"/>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="396"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="398"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="398"/>
        <source>page style</source>
        <translation>оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="421"/>
        <source>Change text size</source>
        <translation>Изменение размера текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="429"/>
        <source>Rendering…</source>
        <translation>Вёрстка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="435"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="438"/>
        <source>Render failed</source>
        <translation>Ошибка вёрстки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="439"/>
        <source>The page could not be drawn: %1</source>
        <translation>Не удалось сверстать страницу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="464"/>
        <location filename="../../desktop_app/gui/main_window.py" line="477"/>
        <location filename="../../desktop_app/gui/main_window.py" line="480"/>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="464"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="496"/>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="498"/>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="498"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="508"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="518"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="528"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="542"/>
        <source>Save Document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="542"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Документы Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="566"/>
        <source>Cannot save %1</source>
        <translation>Не удаётся сохранить %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="578"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="587"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="588"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="637"/>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="654"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Экспортировано: %1 (%n страница)</numerusform>
            <numerusform>Экспортировано: %1 (%n страницы)</numerusform>
            <numerusform>Экспортировано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="660"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="683"/>
        <source>Restore Unsaved Changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="684"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>В прошлый раз Imprint завершился некорректно. Восстановить несохранённые изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="719"/>
        <source>About Imprint</source>
        <translation>О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="721"/>
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
        <location filename="../../desktop_app/gui/preview.py" line="112"/>
        <location filename="../../desktop_app/gui/preview.py" line="113"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="114"/>
        <location filename="../../desktop_app/gui/preview.py" line="115"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="116"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="117"/>
        <location filename="../../desktop_app/gui/preview.py" line="118"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="119"/>
        <location filename="../../desktop_app/gui/preview.py" line="120"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="121"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="122"/>
        <source>Page preview</source>
        <translation>Просмотр страниц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="123"/>
        <source>Preview problem</source>
        <translation>Проблема просмотра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="130"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="131"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="214"/>
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
        <location filename="../../desktop_app/gui/panels.py" line="337"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="338"/>
        <source>Type</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="339"/>
        <source>Margins and columns</source>
        <translation>Поля и колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="340"/>
        <source>Print marks</source>
        <translation>Типографские метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>La&amp;yout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>L&amp;ocale</source>
        <translation>&amp;Локаль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>O&amp;rientation</source>
        <translation>&amp;Ориентация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="350"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="352"/>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="353"/>
        <source>T&amp;itle</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="354"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="355"/>
        <source>&amp;Meta line</source>
        <translation>&amp;Выходные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="360"/>
        <source>&amp;Line height</source>
        <translation>&amp;Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="361"/>
        <source>Line height</source>
        <translation>Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="363"/>
        <source>Top</source>
        <translation>Верхнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="364"/>
        <source>Right</source>
        <translation>Правое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="365"/>
        <source>Bottom</source>
        <translation>Нижнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="366"/>
        <source>Left</source>
        <translation>Левое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="370"/>
        <source>%1 margin</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="371"/>
        <source>Colum&amp;ns</source>
        <translation>&amp;Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="372"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="373"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="374"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="375"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="378"/>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="379"/>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="380"/>
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
</context>
</TS>
