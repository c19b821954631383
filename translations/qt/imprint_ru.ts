<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="436"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="437"/>
        <source>The article text: paragraphs separated by a blank line</source>
        <translation>Текст статьи: абзацы разделяются пустой строкой</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="128"/>
        <source>New Edition</source>
        <translation>Новый выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="130"/>
        <source>Drag the articles into the order they are printed in.</source>
        <translation>Перетащите статьи в том порядке, в каком они будут напечатаны.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="135"/>
        <source>Articles of the edition</source>
        <translation>Статьи выпуска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="137"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="138"/>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="139"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="140"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="141"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="142"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="143"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="144"/>
        <source>Print as &amp;Booklet…</source>
        <translation>Печать &amp;брошюрой…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="145"/>
        <source>Sa&amp;ve Edition…</source>
        <translation>&amp;Сохранить выпуск…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="146"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="211"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="238"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="301"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="41"/>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="226"/>
        <source>Export Edition</source>
        <translation>Экспорт выпуска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="243"/>
        <source>Save Edition</source>
        <translation>Сохранить выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="245"/>
        <source>Imprint edition (*.imprint)</source>
        <translation>Выпуск Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="354"/>
        <source>New &amp;Edition…</source>
        <translation>Новый &amp;выпуск…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="100"/>
        <source>Booklet sent to the printer as job %1.</source>
        <translation>Брошюра отправлена на принтер, задание %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="112"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="138"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="144"/>
        <source>Print as Booklet</source>
        <translation>Печать брошюрой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="130"/>
        <source>Booklets are printed through CUPS, which is not installed here.</source>
        <translation>Брошюры печатаются через CUPS, а он здесь не установлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="136"/>
        <source>No printer is set up.</source>
        <translation>Принтер не настроен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="145"/>
        <source>Printer (two-sided, flip on short edge):</source>
        <translation>Принтер (двусторонняя печать, переворот по короткому краю):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="161"/>
        <source>%1 (missing)</source>
        <translation>%1 (нет файла)</translation>
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
    <name>ExportFlow</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="95"/>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="95"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="110"/>
        <source>Laying out %1…</source>
        <translation>Вёрстка %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="114"/>
        <source>Writing %n page(s) of %1…</source>
        <translation>
            <numerusform>Запись %n страницы %1…</numerusform>
            <numerusform>Запись %n страниц %1…</numerusform>
            <numerusform>Запись %n страниц %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="117"/>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="122"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт отменён; ничего не записано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="136"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Экспортировано: %1 (%n страница)</numerusform>
            <numerusform>Экспортировано: %1 (%n страницы)</numerusform>
            <numerusform>Экспортировано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="142"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="59"/>
        <source>Preflight findings</source>
        <translation>Результаты предпечатной проверки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="86"/>
        <source>No problems found</source>
        <translation>Проблем не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="99"/>
        <source>Use the installed font %1</source>
        <translation>Использовать установленный шрифт %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="232"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="233"/>
        <source>Filter by title, source or date</source>
        <translation>Фильтр по заголовку, источнику или дате</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="234"/>
        <source>Filter articles</source>
        <translation>Фильтр статей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="235"/>
        <source>Open Folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="236"/>
        <source>Open a folder of articles</source>
        <translation>Открыть папку со статьями</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="318"/>
        <source>Reading titles… %1 of %2</source>
        <translation>Чтение заголовков… %1 из %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="316"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="317"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="318"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="319"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="320"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="321"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="322"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="323"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324"/>
        <source>Style</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="325"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="327"/>
        <location filename="../../desktop_app/gui/main_window.py" line="798"/>
        <source>Preflight</source>
        <translation>Предпечатная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="329"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="330"/>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="331"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="332"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="333"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="334"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="335"/>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>&amp;Check for Print Problems</source>
        <translation>&amp;Проверить перед печатью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="337"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="338"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="339"/>
        <source>&amp;Bigger Text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="340"/>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="341"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="342"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="343"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="344"/>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="345"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="346"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>P&amp;revious Page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>&amp;About Imprint</source>
        <translation>&amp;О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="354"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="355"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="356"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="357"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="358"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="359"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="367"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="367"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="368"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="368"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="369"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="370"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="386"/>
        <source>No document</source>
        <translation>Нет документа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="465"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>subtitle</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="467"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="468"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="469"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="470"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="471"/>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="472"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="474"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="474"/>
        <source>page style</source>
        <translation>оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="486"/>
        <source>Change text size</source>
        <translation>Изменение размера текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="501"/>
        <source>Rendering…</source>
        <translation>Вёрстка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="515"/>
        <source>Rendering… ~%n page(s)</source>
        <translation>
            <numerusform>Вёрстка… ~%n страница</numerusform>
            <numerusform>Вёрстка… ~%n страницы</numerusform>
            <numerusform>Вёрстка… ~%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="540"/>
        <source>Render failed</source>
        <translation>Ошибка вёрстки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="541"/>
        <source>The page could not be drawn: %1</source>
        <translation>Не удалось сверстать страницу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="561"/>
        <location filename="../../desktop_app/gui/main_window.py" line="579"/>
        <location filename="../../desktop_app/gui/main_window.py" line="582"/>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="561"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="596"/>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="598"/>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="598"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="608"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="618"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="628"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="642"/>
        <source>Save Document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="642"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Документы Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="666"/>
        <source>Cannot save %1</source>
        <translation>Не удаётся сохранить %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="678"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="687"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="688"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="vanished">Экспорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation type="vanished">
            <numerusform>Экспортировано: %1 (%n страница)</numerusform>
            <numerusform>Экспортировано: %1 (%n страницы)</numerusform>
            <numerusform>Экспортировано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="vanished">Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="733"/>
        <source>“%1” has unsaved changes from when Imprint did not close properly. Restore them?</source>
        <translation>«%1» содержит несохранённые изменения, оставшиеся после некорректного завершения Imprint. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="738"/>
        <source>Restore Unsaved Changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="735"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>В прошлый раз Imprint завершился некорректно. Восстановить несохранённые изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="838"/>
        <source>About Imprint</source>
        <translation>О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="840"/>
        <source>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Open news articles, fix their metadata and type sizes while looking at the real page, and export print-ready PDFs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Открывайте новостные статьи, исправляйте их данные и размеры шрифта, глядя на настоящую страницу, и экспортируйте PDF, готовые к печати.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="148"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="149"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="150"/>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="151"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="152"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="153"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="154"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="168"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="169"/>
        <location filename="../../desktop_app/gui/panels.py" line="170"/>
        <source>Remove the date</source>
        <translation>Убрать дату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="171"/>
        <source>comma, separated, words</source>
        <translation>слова, через, запятую</translation>
    </message>
</context>
<context>
    <name>OnPageEditing</name>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="48"/>
        <source>Kicker</source>
        <translation>Надзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="49"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="50"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="51"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="52"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="53"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="54"/>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="55"/>
        <source>Meta line</source>
        <translation>Строка сведений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="56"/>
        <source>Masthead</source>
        <translation>Шапка издания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="57"/>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="58"/>
        <source>Heading</source>
        <translation>Подзаголовок раздела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="59"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="60"/>
        <source>List item</source>
        <translation>Пункт списка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="61"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="62"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="63"/>
        <source>Code</source>
        <translation>Код</translation>
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
        <location filename="../../desktop_app/gui/preview.py" line="130"/>
        <location filename="../../desktop_app/gui/preview.py" line="131"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="132"/>
        <location filename="../../desktop_app/gui/preview.py" line="133"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="134"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="135"/>
        <location filename="../../desktop_app/gui/preview.py" line="136"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="137"/>
        <location filename="../../desktop_app/gui/preview.py" line="138"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="139"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="140"/>
        <source>Page preview</source>
        <translation>Просмотр страниц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="141"/>
        <source>Preview problem</source>
        <translation>Проблема просмотра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="148"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="149"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="255"/>
        <source>of ~%1</source>
        <translation>из ~%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="257"/>
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
        <location filename="../../desktop_app/gui/panels.py" line="343"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="344"/>
        <source>Type</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="345"/>
        <source>Margins and columns</source>
        <translation>Поля и колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="346"/>
        <source>Print marks</source>
        <translation>Типографские метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>La&amp;yout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>L&amp;ocale</source>
        <translation>&amp;Локаль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="349"/>
        <source>O&amp;rientation</source>
        <translation>&amp;Ориентация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="355"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="356"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="366"/>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="367"/>
        <source>T&amp;itle</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="368"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="369"/>
        <source>&amp;Meta line</source>
        <translation>&amp;Выходные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="374"/>
        <source>&amp;Line height</source>
        <translation>&amp;Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="375"/>
        <source>Line height</source>
        <translation>Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Line brea&amp;ks</source>
        <translation>Пере&amp;нос строк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Line breaks</source>
        <translation>Перенос строк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Whole paragraph</source>
        <translation>По всему абзацу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>Line by line</source>
        <translation>Построчно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="377"/>
        <source>Top</source>
        <translation>Верхнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="378"/>
        <source>Right</source>
        <translation>Правое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="379"/>
        <source>Bottom</source>
        <translation>Нижнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="380"/>
        <source>Left</source>
        <translation>Левое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="384"/>
        <source>%1 margin</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="385"/>
        <source>Colum&amp;ns</source>
        <translation>&amp;Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="386"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="387"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="388"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="389"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="392"/>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="393"/>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="394"/>
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
</context>
</TS>
