<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackgroundJob</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/background_job.py" line="165"/>
        <source>Writing %n page(s) of %1…</source>
        <translation>
            <numerusform>Writing %n page of %1…</numerusform>
            <numerusform>Writing %n pages of %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/background_job.py" line="167"/>
        <source>Printing page %n of %1…</source>
        <translation>
            <numerusform>Printing page %n of %1…</numerusform>
            <numerusform>Printing page %n of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/export_flow.py" line="135"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="267"/>
        <source>Rendering… ~%n page(s)</source>
        <translation>
            <numerusform>Rendering… ~%n page</numerusform>
            <numerusform>Rendering… ~%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/main_window.py" line="370"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/preview.py" line="247"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
</context>
</TS>
