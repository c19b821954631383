"""The page layouts: the built-in ones under templates/ and the user's own under the user data
folder's ``layouts``, each a folder with article.html, its CSS and a layout.json.

A user layout is untrusted like an article: it is rendered by Jinja's sandbox, may read files
only in its own folder and Imprint's shared resources, and a broken one is named with its
file and line instead of breaking anything else.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop_app.errors import ImprintError
from desktop_app.language.catalogs import gettext
from desktop_app.resources import templates_dir

TEMPLATE_NAME = "article.html"
CSS_NAME = "article.css"
META_NAME = "layout.json"
USER_LAYOUTS_FOLDER = "layouts"
# The built-in folder that holds the pieces every layout builds on; never a layout itself.
SHARED_FOLDER = "shared"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


@dataclass(frozen=True)
class LayoutInfo:
    """A layout's folder name, its label for people, whether it can set text in columns, and
    where it comes from (``user`` False: built in)."""

    name: str
    label: str
    supports_columns: bool
    folder: Path
    user: bool = False


class UnknownLayoutError(ImprintError):
    """A layout name that has no folder under templates/ or the user's layouts."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown layout {name!r}; choose from {', '.join(known)}")
        self.name = name
        self.known = known


class LayoutError(ImprintError):
    """A user layout that cannot be used, named with its file and line where there is one."""


def user_layouts_dir() -> Path:
    from desktop_app.folders import data_dir

    return data_dir() / USER_LAYOUTS_FOLDER


def _builtin_names() -> list[str]:
    folders = (p for p in templates_dir().iterdir() if p.is_dir() and p.name != SHARED_FOLDER)
    return sorted(p.name for p in folders if (p / TEMPLATE_NAME).is_file() and (p / META_NAME).is_file())


def _user_folders() -> list[Path]:
    folder = user_layouts_dir()
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def layout_problems() -> list[tuple[Path, str]]:
    """Each user layout folder that is not a usable layout, with why, for ``imprint layouts``
    and the window; the layouts that are usable are unaffected."""
    builtin = set(_builtin_names()) | {SHARED_FOLDER}
    problems = []
    for folder in _user_folders():
        reason = _folder_problem(folder, builtin)
        if reason:
            problems.append((folder, reason))
    return problems


def _folder_problem(folder: Path, builtin: set[str]) -> str:
    if folder.name in builtin:
        return f"named like a built-in layout ({folder.name}); rename its folder"
    if not _NAME.match(folder.name):
        return "its folder name must be lower-case letters, digits and hyphens"
    if not (folder / TEMPLATE_NAME).is_file():
        return f"{folder / TEMPLATE_NAME}: missing"
    try:
        _read_meta(folder)
    except LayoutError as exc:
        return str(exc)
    return ""


def _user_names() -> list[str]:
    broken = {folder for folder, _ in layout_problems()}
    return [f.name for f in _user_folders() if f not in broken]


def layout_names() -> list[str]:
    """Names of every usable layout: the built-in ones, then the user's, each in name order."""
    return [*_builtin_names(), *_user_names()]


def layout_folder(name: str) -> Path:
    """The folder of layout ``name``; UnknownLayoutError for a bad name."""
    if name in _builtin_names():
        return templates_dir() / name
    if name in _user_names():
        return user_layouts_dir() / name
    raise UnknownLayoutError(name, layout_names())


def is_user_layout(name: str) -> bool:
    return name not in _builtin_names() and name in _user_names()


def _read_meta(folder: Path) -> dict[str, object]:
    path = folder / META_NAME
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LayoutError(f"{path}: missing") from exc
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LayoutError(f"{path}: cannot be read ({exc})") from exc
    if not isinstance(meta, dict) or not isinstance(meta.get("label", ""), str):
        raise LayoutError(f'{path}: must be an object with a text "label"')
    return meta


def layout_info(name: str, locale: str = "en") -> LayoutInfo:
    """One layout's description, its label in ``locale``; UnknownLayoutError for a bad name."""
    folder = layout_folder(name)
    meta = _read_meta(folder)
    user = is_user_layout(name)
    label = str(meta.get("label") or name)
    return LayoutInfo(
        name=name,
        # A user's label is their own words; only the built-in ones have translations.
        label=label if user else gettext(locale, label),
        supports_columns=bool(meta.get("supports_columns", False)),
        folder=folder,
        user=user,
    )


def available_layouts(locale: str = "en") -> list[LayoutInfo]:
    """Every usable layout, with labels in ``locale``."""
    return [layout_info(name, locale) for name in layout_names()]


def template_path(name: str) -> str:
    """The Jinja template name of a layout; UnknownLayoutError for a bad name."""
    layout_folder(name)
    return f"{name}/{TEMPLATE_NAME}"


def check_layout_css(name: str) -> None:
    """Raise LayoutError naming file and line where a user layout's CSS has a syntax error
    (WeasyPrint would skip the broken rule without a word)."""
    if not is_user_layout(name):
        return
    path = layout_folder(name) / CSS_NAME
    if not path.is_file():
        return
    import tinycss2

    # Jinja tags become spaces of the same length, so lines and columns stay where they were.
    text = _JINJA_TAG.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), path.read_text(encoding="utf-8"))
    for node in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        errors = [node] if node.type == "error" else []
        if node.type == "qualified-rule":
            errors = [d for d in tinycss2.parse_declaration_list(node.content) if d.type == "error"]
        if errors:
            raise LayoutError(f"{path}:{errors[0].source_line}: CSS error: {errors[0].message}")


def duplicate_layout(source: str, new_name: str, label: str = "") -> Path:
    """Copy layout ``source`` into the user's layouts as ``new_name``; its folder.

    The copy's template includes its own CSS, so editing the copy never changes the original.
    """
    if not _NAME.match(new_name):
        raise LayoutError(f"{new_name!r}: a layout name is lower-case letters, digits and hyphens")
    if new_name in _builtin_names() or new_name == SHARED_FOLDER:
        raise LayoutError(f"{new_name!r} is the name of a built-in layout; choose another")
    target = user_layouts_dir() / new_name
    if target.exists():
        raise LayoutError(f"{target}: a layout of that name exists already")
    origin = layout_folder(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(origin, target)
    template = target / TEMPLATE_NAME
    text = template.read_text(encoding="utf-8").replace(f'"{source}/', f'"{new_name}/')
    template.write_text(text, encoding="utf-8")
    meta = _read_meta(target)
    meta["label"] = label or f"{meta.get('label', source)} ({new_name})"
    (target / META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def extract_layout_labels(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extraction method for layout.json: its label is a message to translate."""
    meta = json.loads(fileobj.read().decode("utf-8"))
    if "label" in meta:
        yield 1, "gettext", meta["label"], ["Name of a page layout"]
