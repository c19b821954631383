<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="164"/>
        <source>Laying out %1…</source>
        <translation>Вёрстка %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/background_job.py" line="165"/>
        <source>Writing %n page(s) of %1…</source>
        <translation>
            <numerusform>Запись %n страницы %1…</numerusform>
            <numerusform>Запись %n страниц %1…</numerusform>
            <numerusform>Запись %n страниц %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="166"/>
        <source>Sending %1 to the printer…</source>
        <translation>Отправка %1 на принтер…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/background_job.py" line="167"/>
        <source>Printing page %n of %1…</source>
        <translation>
            <numerusform>Печать %1: страница %n…</numerusform>
            <numerusform>Печать %1: страница %n…</numerusform>
            <numerusform>Печать %1: страница %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="168"/>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="170"/>
        <source>Preparing %1…</source>
        <translation>Подготовка %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/background_job.py" line="187"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="493"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="494"/>
        <source>The article text: paragraphs separated by a blank line</source>
        <translation>Текст статьи: абзацы разделяются пустой строкой</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="76"/>
        <source>Change text size</source>
        <translation>Изменение размера текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="97"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="98"/>
        <source>subtitle</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="99"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="100"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="101"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="102"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="103"/>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="104"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="106"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_session.py" line="106"/>
        <source>page style</source>
        <translation>оформление</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="134"/>
        <source>New Edition</source>
        <translation>Новый выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="136"/>
        <source>Drag the articles into the order they are printed in.</source>
        <translation>Перетащите статьи в том порядке, в каком они будут напечатаны.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="141"/>
        <source>Articles of the edition</source>
        <translation>Статьи выпуска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="143"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="144"/>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="145"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="146"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="147"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="148"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="149"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="150"/>
        <source>Print as &amp;Booklet…</source>
        <translation>Печать &amp;брошюрой…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="151"/>
        <source>Sa&amp;ve Edition…</source>
        <translation>&amp;Сохранить выпуск…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="152"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="215"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="248"/>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="331"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="77"/>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="236"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="107"/>
        <source>Export Edition</source>
        <translation>Экспорт выпуска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="253"/>
        <source>Save Edition</source>
        <translation>Сохранить выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="255"/>
        <source>Imprint edition (*.imprint)</source>
        <translation>Выпуск Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="368"/>
        <source>New &amp;Edition…</source>
        <translation>Новый &amp;выпуск…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="153"/>
        <source>Booklet sent to the printer as job %1.</source>
        <translation>Брошюра отправлена на принтер, задание %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="146"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="176"/>
        <location filename="../../desktop_app/gui/edition_printing.py" line="182"/>
        <source>Print as Booklet</source>
        <translation>Печать брошюрой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="168"/>
        <source>Booklets are printed through CUPS, which is not installed here.</source>
        <translation>Брошюры печатаются через CUPS, а он здесь не установлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="174"/>
        <source>No printer is set up.</source>
        <translation>Принтер не настроен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_printing.py" line="183"/>
        <source>Printer (two-sided, flip on short edge):</source>
        <translation>Принтер (двусторонняя печать, переворот по короткому краю):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edition_dialog.py" line="167"/>
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
        <location filename="../../desktop_app/gui/export_flow.py" line="104"/>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="104"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="122"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт отменён; ничего не записано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="135"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Экспортировано: %1 (%n страница)</numerusform>
            <numerusform>Экспортировано: %1 (%n страницы)</numerusform>
            <numerusform>Экспортировано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="140"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="90"/>
        <source>P&amp;hoto</source>
        <translation>&amp;Фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="91"/>
        <source>&amp;Replace Photo…</source>
        <translation>&amp;Заменить фото…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="92"/>
        <location filename="../../desktop_app/gui/figure_actions.py" line="313"/>
        <source>&amp;Insert Photo…</source>
        <translation>&amp;Вставить фото…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="94"/>
        <source>&amp;Column Width</source>
        <translation>По ширине &amp;колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="95"/>
        <source>&amp;Half Width</source>
        <translation>&amp;Половина колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="96"/>
        <source>&amp;Page Width</source>
        <translation>По ширине &amp;страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="123"/>
        <source>Photo · %1 × %2 px</source>
        <translation>Фото · %1 × %2 пикс.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="166"/>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="166"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="180"/>
        <source>Cannot use %1</source>
        <translation>Нельзя использовать %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="214"/>
        <source>Resize photo</source>
        <translation>Изменение размера фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="226"/>
        <source>Delete photo</source>
        <translation>Удаление фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="235"/>
        <source>Replace Photo</source>
        <translation>Заменить фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="239"/>
        <source>Replace photo</source>
        <translation>Замена фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="249"/>
        <source>Insert Photo</source>
        <translation>Вставить фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="272"/>
        <source>Insert photo</source>
        <translation>Вставка фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="303"/>
        <source>Edit &amp;Caption</source>
        <translation>Изменить &amp;подпись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="303"/>
        <source>Edit C&amp;redit</source>
        <translation>Изменить &amp;автора фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="308"/>
        <source>&amp;Delete Photo</source>
        <translation>&amp;Удалить фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_actions.py" line="313"/>
        <source>&amp;Insert Photo Here…</source>
        <translation>&amp;Вставить фото сюда…</translation>
    </message>
</context>
<context>
    <name>FigureSizeBar</name>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="66"/>
        <source>Column</source>
        <translation>Колонка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="66"/>
        <source>Half</source>
        <translation>Половина</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="66"/>
        <source>Page width</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="68"/>
        <source>As wide as the text column</source>
        <translation>По ширине колонки текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="69"/>
        <source>Half the column, the text beside it</source>
        <translation>Половина колонки, текст рядом</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/size_bars.py" line="70"/>
        <source>Across the page&apos;s text width</source>
        <translation>На всю ширину набора страницы</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="130"/>
        <source>Find and Replace</source>
        <translation>Найти и заменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="131"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="132"/>
        <source>Re&amp;place with:</source>
        <translation>За&amp;менить на:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="133"/>
        <source>Match &amp;case</source>
        <translation>С учётом &amp;регистра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="134"/>
        <source>&amp;Whole word</source>
        <translation>&amp;Слово целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="135"/>
        <source>P&amp;revious</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="136"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="137"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="138"/>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="186"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="189"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="231"/>
        <source>Replace All</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/find_replace.py" line="233"/>
        <source>Replaced: %1</source>
        <translation>Заменено: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="66"/>
        <source>Preflight findings</source>
        <translation>Результаты предпечатной проверки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="96"/>
        <source>No problems found</source>
        <translation>Проблем не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="110"/>
        <source>Use the installed font %1</source>
        <translation>Использовать установленный шрифт %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="116"/>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="119"/>
        <source>Choose the file for %1…</source>
        <translation>Выбрать файл для %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/findings.py" line="128"/>
        <source>Fix Punctuation</source>
        <translation>Исправить пунктуацию</translation>
    </message>
</context>
<context>
    <name>HouseStyleActions</name>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="53"/>
        <source>&amp;House Styles…</source>
        <translation>&amp;Фирменные стили…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="54"/>
        <source>&amp;Duplicate Layout…</source>
        <translation>&amp;Копировать макет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="55"/>
        <source>Open Layouts &amp;Folder</source>
        <translation>Открыть &amp;папку макетов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="56"/>
        <source>St&amp;yle</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="57"/>
        <source>&amp;Layout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="116"/>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="125"/>
        <source>Duplicate Layout</source>
        <translation>Копировать макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="117"/>
        <source>Name of the new layout (lower-case letters, digits and hyphens):</source>
        <translation>Имя нового макета (строчные латинские буквы, цифры и дефисы):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="130"/>
        <source>Layout copied to %1: edit its article.html and article.css there.</source>
        <translation>Макет скопирован в %1: правьте там его article.html и article.css.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_style_actions.py" line="149"/>
        <source>Layout %1 cannot be used: %2</source>
        <translation>Макет %1 нельзя использовать: %2</translation>
    </message>
</context>
<context>
    <name>HouseStylesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="61"/>
        <source>House Styles</source>
        <translation>Фирменные стили</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="67"/>
        <source>House styles</source>
        <translation>Фирменные стили</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="70"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="72"/>
        <source>Use for &amp;New Documents</source>
        <translation>Для &amp;новых документов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="73"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="74"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="93"/>
        <source>Choose &amp;Logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="99"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="110"/>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="111"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="119"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="124"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="128"/>
        <source>&amp;Accent colour</source>
        <translation>&amp;Фирменный цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="131"/>
        <source>A&amp;ddress lines</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="132"/>
        <source>Press &amp;contact lines</source>
        <translation>&amp;Контакты для прессы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="133"/>
        <source>&amp;Website</source>
        <translation>&amp;Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="134"/>
        <source>&amp;Footer line</source>
        <translation>&amp;Строка в подвале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="136"/>
        <source>Text typeface</source>
        <translation>Шрифт текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="137"/>
        <source>Headings typeface</source>
        <translation>Шрифт заголовков</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="154"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="179"/>
        <source> (default)</source>
        <translation> (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="218"/>
        <source>New house style</source>
        <translation>Новый фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="250"/>
        <source>A house style needs a name.</source>
        <translation>У фирменного стиля должно быть название.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="257"/>
        <source>There is already a house style called “%1”.</source>
        <translation>Фирменный стиль «%1» уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="265"/>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="280"/>
        <source>Delete the house style “%1”?</source>
        <translation>Удалить фирменный стиль «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="295"/>
        <source>Import House Style</source>
        <translation>Импорт фирменного стиля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="296"/>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="315"/>
        <source>House styles (*%1)</source>
        <translation>Фирменные стили (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="314"/>
        <source>Export House Style</source>
        <translation>Экспорт фирменного стиля</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="333"/>
        <source>Choose Logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="335"/>
        <source>Logos (%1)</source>
        <translation>Логотипы (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="345"/>
        <source>Choose Typeface</source>
        <translation>Выбор шрифта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="347"/>
        <source>Fonts (%1)</source>
        <translation>Шрифты (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="367"/>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="386"/>
        <source>Imprint&apos;s own</source>
        <translation>Шрифт Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/house_styles_dialog.py" line="391"/>
        <source>Accent Colour</source>
        <translation>Фирменный цвет</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="252"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="253"/>
        <source>Filter by title, source or date</source>
        <translation>Фильтр по заголовку, источнику или дате</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="254"/>
        <source>Filter articles</source>
        <translation>Фильтр статей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="255"/>
        <source>Open Folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="256"/>
        <source>Open a folder of articles</source>
        <translation>Открыть папку со статьями</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="338"/>
        <source>Reading titles… %1 of %2</source>
        <translation>Чтение заголовков… %1 из %2</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="53"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="54"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="59"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="60"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="61"/>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="65"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="66"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="67"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="70"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="72"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="73"/>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="76"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="86"/>
        <source>&amp;Check for Print Problems</source>
        <translation>&amp;Проверить перед печатью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="90"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="94"/>
        <source>&amp;Bigger Text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="96"/>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="98"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="101"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="103"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="105"/>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="108"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="109"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="111"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="113"/>
        <source>P&amp;revious Page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="115"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="121"/>
        <source>&amp;About Imprint</source>
        <translation>&amp;О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="208"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="209"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="211"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="222"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="222"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="223"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="223"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="224"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="225"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_menu.py" line="236"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="178"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="180"/>
        <source>Style</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="183"/>
        <location filename="../../desktop_app/gui/main_window.py" line="523"/>
        <source>Preflight</source>
        <translation>Предпечатная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>No document</source>
        <translation>Нет документа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>%1[*] — Imprint</source>
        <translation>%1[*] — Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="259"/>
        <source>Rendering…</source>
        <translation>Вёрстка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="267"/>
        <source>Rendering… ~%n page(s)</source>
        <translation>
            <numerusform>Вёрстка… ~%n страница</numerusform>
            <numerusform>Вёрстка… ~%n страницы</numerusform>
            <numerusform>Вёрстка… ~%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="293"/>
        <source>Render failed</source>
        <translation>Ошибка вёрстки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>The page could not be drawn: %1</source>
        <translation>Не удалось сверстать страницу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <location filename="../../desktop_app/gui/main_window.py" line="331"/>
        <location filename="../../desktop_app/gui/main_window.py" line="334"/>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="350"/>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="350"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="360"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="370"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Save Document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Imprint documents (*.imprint)</source>
        <translation>Документы Imprint (*.imprint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="403"/>
        <source>Cannot save %1</source>
        <translation>Не удаётся сохранить %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="411"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="421"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="422"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="452"/>
        <source>“%1” has unsaved changes from when Imprint did not close properly. Restore them?</source>
        <translation>«%1» содержит несохранённые изменения, оставшиеся после некорректного завершения Imprint. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="457"/>
        <source>Restore Unsaved Changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="454"/>
        <source>Imprint did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>В прошлый раз Imprint завершился некорректно. Восстановить несохранённые изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="566"/>
        <source>About Imprint</source>
        <translation>О программе Imprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="568"/>
        <source>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Open news articles, fix their metadata and type sizes while looking at the real page, and export print-ready PDFs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Imprint %1&lt;/b&gt;&lt;p&gt;Открывайте новостные статьи, исправляйте их данные и размеры шрифта, глядя на настоящую страницу, и экспортируйте PDF, готовые к печати.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="154"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="155"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="156"/>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="157"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="158"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="159"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="160"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="174"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="175"/>
        <location filename="../../desktop_app/gui/panels.py" line="176"/>
        <source>Remove the date</source>
        <translation>Убрать дату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="177"/>
        <source>comma, separated, words</source>
        <translation>слова, через, запятую</translation>
    </message>
</context>
<context>
    <name>OnPageEditing</name>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="68"/>
        <source>House style</source>
        <translation>Фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="70"/>
        <source>Kicker</source>
        <translation>Надзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="71"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="72"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="73"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="74"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="76"/>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="77"/>
        <source>Meta line</source>
        <translation>Строка сведений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="78"/>
        <source>Masthead</source>
        <translation>Шапка издания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="79"/>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="80"/>
        <source>Heading</source>
        <translation>Подзаголовок раздела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="81"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="82"/>
        <source>List item</source>
        <translation>Пункт списка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="83"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="84"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="85"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="86"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="87"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_page_editing.py" line="88"/>
        <source>Credit</source>
        <translation>Автор фото</translation>
    </message>
</context>
<context>
    <name>PreviewJob</name>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="379"/>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="388"/>
        <source>Print Preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="407"/>
        <source>Could not preview</source>
        <translation>Не удалось показать просмотр</translation>
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
    <message>
        <location filename="../../desktop_app/gui/preview.py" line="245"/>
        <source>of ~%1</source>
        <translation>из ~%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="247"/>
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
        <location filename="../../desktop_app/gui/printing.py" line="249"/>
        <location filename="../../desktop_app/gui/printing.py" line="259"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="329"/>
        <source>Could not print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="338"/>
        <source>Pages scaled</source>
        <translation>Страницы масштабированы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing.py" line="339"/>
        <source>The pages are %1 but the printer&apos;s paper is %2, so they are scaled to fit.</source>
        <translation>Страницы формата %1, а бумага принтера — %2, поэтому они масштабированы по размеру листа.</translation>
    </message>
</context>
<context>
    <name>ProofingActions</name>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="106"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="107"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Найти и за&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="108"/>
        <source>Check &amp;Spelling…</source>
        <translation>Проверить &amp;орфографию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="109"/>
        <source>Fix Pu&amp;nctuation</source>
        <translation>Исправить &amp;пунктуацию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="141"/>
        <source>The punctuation is already typographic.</source>
        <translation>Пунктуация уже типографская.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="143"/>
        <source>Fix punctuation</source>
        <translation>Исправить пунктуацию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="144"/>
        <source>Punctuation fixed.</source>
        <translation>Пунктуация исправлена.</translation>
    </message>
</context>
<context>
    <name>ProofingSession</name>
    <message>
        <location filename="../../desktop_app/gui/proofing_session.py" line="87"/>
        <source>Spelling is off: no dictionary could be loaded.</source>
        <translation>Проверка орфографии выключена: не удалось загрузить словарь.</translation>
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
    <name>Spelling</name>
    <message>
        <location filename="../../desktop_app/gui/spelling_highlighter.py" line="238"/>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/spelling_highlighter.py" line="241"/>
        <source>Add to Dictionary</source>
        <translation>Добавить в словарь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/spelling_highlighter.py" line="243"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>SpellingDialog</name>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="71"/>
        <source>Check Spelling</source>
        <translation>Проверка орфографии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="72"/>
        <source>&amp;Change</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="73"/>
        <source>&amp;Skip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="74"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Пропустить все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="75"/>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Добавить в словарь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="106"/>
        <source>Spelling is not checked in this language.</source>
        <translation>Орфография на этом языке не проверяется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="108"/>
        <source>No more possible misspellings.</source>
        <translation>Больше возможных опечаток нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="113"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="113"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="113"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/check_spelling.py" line="115"/>
        <source>%1 of %2, in the %3</source>
        <translation>%1 из %2, поле «%3»</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="361"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="362"/>
        <source>Type</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="363"/>
        <source>Margins and columns</source>
        <translation>Поля и колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="364"/>
        <source>Print marks</source>
        <translation>Типографские метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="368"/>
        <source>La&amp;yout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="369"/>
        <source>&amp;House style</source>
        <translation>&amp;Фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="370"/>
        <source>L&amp;ocale</source>
        <translation>&amp;Локаль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="371"/>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="372"/>
        <source>O&amp;rientation</source>
        <translation>&amp;Ориентация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="379"/>
        <location filename="../../desktop_app/gui/panels.py" line="443"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="380"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="381"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="391"/>
        <source>&amp;Body</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="392"/>
        <source>T&amp;itle</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="393"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="394"/>
        <source>&amp;Meta line</source>
        <translation>&amp;Выходные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="399"/>
        <source>&amp;Line height</source>
        <translation>&amp;Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="400"/>
        <source>Line height</source>
        <translation>Интерлиньяж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="401"/>
        <source>Line brea&amp;ks</source>
        <translation>Пере&amp;нос строк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="402"/>
        <source>Line breaks</source>
        <translation>Перенос строк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="403"/>
        <source>Whole paragraph</source>
        <translation>По всему абзацу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="404"/>
        <source>Line by line</source>
        <translation>Построчно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="406"/>
        <source>Top</source>
        <translation>Верхнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="407"/>
        <source>Right</source>
        <translation>Правое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="408"/>
        <source>Bottom</source>
        <translation>Нижнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="409"/>
        <source>Left</source>
        <translation>Левое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="413"/>
        <source>%1 margin</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="414"/>
        <source>Colum&amp;ns</source>
        <translation>&amp;Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="415"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="416"/>
        <source>Bl&amp;eed</source>
        <translation>Вы&amp;леты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="417"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="418"/>
        <source>&amp;Crop marks</source>
        <translation>&amp;Метки обреза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="421"/>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="422"/>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels.py" line="423"/>
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
</context>
<context>
    <name>WordCounts</name>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="55"/>
        <source>Words: %1 · Characters: %2</source>
        <translation>Слов: %1 · Знаков: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/proofing_actions.py" line="61"/>
        <source>Selected: words %1, characters %2</source>
        <translation>Выделено: слов %1, знаков %2</translation>
    </message>
</context>
</TS>
