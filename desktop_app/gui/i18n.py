"""The window's language: Imprint's own Qt catalogs plus Qt's, switchable while running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import translations_dir

# Interface languages: code -> name in that language (shown untranslated, as language menus do).
UI_LANGUAGES = {"en": "English", "zh_CN": "中文（简体）", "ru": "Русский"}

_installed: list[QTranslator] = []


def qt_catalog_dir() -> Path:
    return translations_dir() / "qt"


def resolve_language(wanted: str) -> str:
    """The interface language for a setting: ``""`` follows the system locale."""
    name = wanted or QLocale.system().name()
    if name in UI_LANGUAGES:
        return name
    base = name.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in UI_LANGUAGES else "en"


def install_language(wanted: str) -> str:
    """Load the catalogs of ``wanted`` (or the system's language); returns the language used.

    Installing a translator sends every widget a LanguageChange event; widgets retranslate
    themselves on it.
    """
    app = QCoreApplication.instance()
    language = resolve_language(wanted)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English needs Imprint's catalog too: it holds the plural forms ("1 page", "2 pages").
    catalogs = [(f"imprint_{language}", str(qt_catalog_dir()))]
    if language != "en":
        catalogs.insert(0, (f"qtbase_{language}", qt_dir))
    for name, folder in catalogs:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
