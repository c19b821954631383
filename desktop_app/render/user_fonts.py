"""Fonts the user took in through preflight's fix: installed on the system, unseen by the renderer."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from desktop_app.folders import data_dir

# A bundle's fontconfig sees only its own fonts folder, so a script it has no font for prints
# as boxes even where the system has one. Preflight finds such a font with the system's own
# fontconfig; taking it in copies it to the user's data folder, which every render adds.
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
# What points fontconfig at a configuration other than the system's (a bundle sets them).
_OWN_CONFIG = ("FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT")


@dataclass(frozen=True)
class InstalledFont:
    family: str
    file: Path


def user_fonts_dir() -> Path:
    return data_dir() / "fonts"


def user_font_files() -> list[Path]:
    folder = user_fonts_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def covering_font(chars: str) -> InstalledFont | None:
    """A regular font of the system's own fontconfig that has every one of ``chars``.

    None when there is none, or no fc-list to ask.
    """
    codes = sorted({ord(c) for c in chars})
    if not codes or not shutil.which("fc-list"):
        return None
    env = {k: v for k, v in os.environ.items() if k not in _OWN_CONFIG}
    charset = " ".join(f"{code:x}" for code in codes)
    pattern = f":charset={charset}:style=Regular"
    result = subprocess.run(
        ["fc-list", pattern, "--format", "%{family[0]}\t%{file}\n"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    found = sorted(line.split("\t", 1) for line in result.stdout.splitlines() if "\t" in line)
    for family, file in found:
        path = Path(file)
        if path.suffix.lower() in FONT_SUFFIXES and path.is_file():
            return InstalledFont(family, path)
    return None


def take_in(file: Path) -> Path:
    """Copy an installed font file into the user's fonts folder; the next render uses it."""
    folder = user_fonts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file.name
    if not target.exists():
        shutil.copy2(file, target)
    return target


def add_user_fonts(font_config) -> None:
    """Add the user's taken-in fonts to a WeasyPrint FontConfiguration before it renders."""
    add_font_files(font_config, user_font_files())


def add_font_files(font_config, files: list[Path]) -> None:
    """Make font ``files`` known to a WeasyPrint FontConfiguration, for its next layouts."""
    if not files:
        return
    from weasyprint.text.ffi import ffi, fontconfig, pangoft2

    # FontConfiguration keeps its fontconfig configuration here; Pango holds a reference.
    config = font_config._config
    for file in files:
        fontconfig.FcConfigAppFontAddFile(config, str(file).encode())
    pangoft2.pango_fc_font_map_config_changed(ffi.cast("PangoFcFontMap *", font_config.font_map))
