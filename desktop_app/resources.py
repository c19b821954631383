"""Where the bundled templates, translations, seeds, fonts and icons live.

A source checkout keeps them at the top of the repository; a wheel and an installer
bundle carry them inside the package as ``desktop_app/data/<name>``. This is the only
module that knows either layout.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path

# "fonts" exists only in an installer bundle: the font files the layouts name, and a
# fonts.conf that points fontconfig at them (written by build_installer.py).
_KINDS = ("templates", "translations", "seeds", "resources", "fonts")


def is_frozen() -> bool:
    """True inside an installer bundle (PyInstaller sets sys.frozen and sys._MEIPASS)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


@cache
def _root() -> Path:
    if is_frozen():
        # The bundle keeps the package's data where a wheel has it, under its own root.
        return Path(sys._MEIPASS) / "desktop_app" / "data"  # type: ignore[attr-defined]  # set by PyInstaller
    packaged = Path(str(resources.files("desktop_app"))) / "data"
    if (packaged / "templates").is_dir():
        return packaged
    checkout = Path(str(resources.files("desktop_app"))).parent
    if (checkout / "templates").is_dir():
        return checkout
    raise FileNotFoundError(f"Imprint's data folders are missing: looked in {packaged} and {checkout}")


def data_dir(kind: str) -> Path:
    """The folder of one kind of bundled data: templates, translations, seeds, resources or fonts."""
    if kind not in _KINDS:
        raise ValueError(f"unknown data kind {kind!r}; expected one of {_KINDS}")
    return _root() / kind


def templates_dir() -> Path:
    return data_dir("templates")


def translations_dir() -> Path:
    return data_dir("translations")


def seeds_dir() -> Path:
    return data_dir("seeds")


def resources_dir() -> Path:
    return data_dir("resources")


def fonts_dir() -> Path:
    return data_dir("fonts")


def bundled_fontconfig() -> Path | None:
    """The bundle's fonts.conf, or None where there is none (a checkout or a wheel)."""
    conf = fonts_dir() / "fonts.conf"
    return conf if conf.is_file() else None


def use_bundled_fonts() -> bool:
    """Point fontconfig at the bundle's own fonts; call before WeasyPrint or Qt loads.

    Inside a bundle the layouts' fonts travel with the app, and fontconfig sees only them,
    so a page comes out the same whatever fonts the machine has. Elsewhere this does nothing.
    Returns whether the bundled fonts are in use.
    """
    conf = bundled_fontconfig() if is_frozen() else None
    if conf is None:
        return False
    os.environ["FONTCONFIG_FILE"] = str(conf)
    # Its <include>s of rules (conf.d) are looked up in FONTCONFIG_PATH, so that is the bundle's
    # folder too and not /etc/fonts; a sysroot would prefix every path in it.
    os.environ["FONTCONFIG_PATH"] = str(conf.parent)
    os.environ.pop("FONTCONFIG_SYSROOT", None)
    return True


# Where Debian's hunspell-* packages put their dictionaries; a checkout spells with these.
SYSTEM_DICTIONARIES = Path("/usr/share/hunspell")


def dictionaries_dir() -> Path | None:
    """The folder of Hunspell dictionaries (``en_US.aff`` and ``en_US.dic``…) spelling uses.

    A wheel or an installer bundle carries its own (``dictionaries``, with their licences,
    written by build_installer.py); a checkout uses the system's. None when neither exists.
    """
    bundled = _root() / "dictionaries"
    if bundled.is_dir():
        return bundled
    if is_frozen():
        return None  # a bundle never spells with whatever the machine has
    return SYSTEM_DICTIONARIES if SYSTEM_DICTIONARIES.is_dir() else None


def seed_articles() -> list[Path]:
    """The seed articles shipped with Imprint, in name order."""
    return sorted(p for p in seeds_dir().iterdir() if p.is_file() and not p.name.startswith("."))


def allowed_roots() -> tuple[Path, ...]:
    """Folders whose files rendering may read besides the article's own folder."""
    return (templates_dir().resolve(), resources_dir().resolve())
