"""Where the bundled templates, translations, seeds, fonts and icons live.

A source checkout keeps them at the top of the repository; a wheel and an installer
bundle carry them inside the package as ``desktop_app/data/<name>``. This is the only
module that knows either layout.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_KINDS = ("templates", "translations", "seeds", "resources")


@cache
def _root() -> Path:
    packaged = Path(str(resources.files("desktop_app"))) / "data"
    if (packaged / "templates").is_dir():
        return packaged
    checkout = Path(str(resources.files("desktop_app"))).parent
    if (checkout / "templates").is_dir():
        return checkout
    raise FileNotFoundError(f"Imprint's data folders are missing: looked in {packaged} and {checkout}")


def data_dir(kind: str) -> Path:
    """The folder of one kind of bundled data: templates, translations, seeds or resources."""
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


def seed_articles() -> list[Path]:
    """The seed articles shipped with Imprint, in name order."""
    return sorted(p for p in seeds_dir().iterdir() if p.is_file() and not p.name.startswith("."))


def allowed_roots() -> tuple[Path, ...]:
    """Folders whose files rendering may read besides the article's own folder."""
    return (templates_dir().resolve(), resources_dir().resolve())
