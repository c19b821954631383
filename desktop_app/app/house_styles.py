"""House styles on disk: reading a ``house-style.json`` with its checks, the user's library of
them, the default one, and the one-file form an office shares.

The library is the ``house-styles`` folder of the user data folder, one folder per style;
nothing here needs Qt, so the command line reads the same files as the window.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.errors import ImprintError
from desktop_app.model.house_style import FILE_NAME, LINE_FIELDS, HouseStyle, house_style_to_json
from desktop_app.readers.pictures import PictureError, prepare_picture
from desktop_app.readers.svg_check import check_svg

LOGO_SUFFIXES = (".svg", ".png")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".woff", ".woff2")
# A logo is a small file; a larger one is a mistake (a full-size photo), not a letterhead.
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_FONT_BYTES = 30 * 1024 * 1024
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TEXT_FIELDS = ("name", "website", "footer")


class HouseStyleError(ImprintError):
    """A house style that cannot be read at all: no such file, not JSON, not an object."""


def read_house_style(path: Path | str) -> HouseStyle:
    """The house style in ``path`` (a ``house-style.json`` or the folder holding one).

    HouseStyleError when there is none to read; a field that cannot be used is left out and
    named in ``problems``.
    """
    path = Path(path)
    if path.is_dir():
        path = path / FILE_NAME
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise HouseStyleError(f"{path}: no such house style") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise HouseStyleError(f"{path}: cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise HouseStyleError(f"{path}: not a house style: invalid JSON at line {exc.lineno}") from exc
    if not isinstance(payload, dict):
        raise HouseStyleError(f"{path}: not a house style: the JSON is not an object")
    return house_style_from_dict(payload, path.parent)


def house_style_from_dict(payload: Mapping[str, object], folder: Path | None) -> HouseStyle:
    """A house style from its JSON fields, its files looked up in ``folder``."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = payload.get(name, "")
        values[name] = " ".join(value.split()) if isinstance(value, str) else ""
    for name in LINE_FIELDS:
        value = payload.get(name, [])
        lines = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        values[name] = tuple(" ".join(str(line).split()) for line in lines if str(line).strip())
    style = HouseStyle(name=str(values["name"]) or "House style", folder=folder, **_rest(values))
    accent = payload.get("accent", "")
    if accent:
        if isinstance(accent, str) and _COLOUR.match(accent.strip()):
            style = style.with_changes(accent=accent.strip().lower())
        else:
            problems.append(f"accent {accent!r} is not a colour written #rrggbb; the layout's own is used")
    logo = payload.get("logo", "")
    if logo:
        reason = _file_problem(style, str(logo), LOGO_SUFFIXES, MAX_LOGO_BYTES)
        if reason:
            problems.append(f"logo {logo!r} {reason}; the page prints without it")
        else:
            style = style.with_changes(logo=str(logo))
    fonts = payload.get("fonts") or {}
    if isinstance(fonts, dict):
        for key, attribute in (("text", "text_font"), ("headings", "heading_font")):
            font = fonts.get(key)
            if not font:
                continue
            reason = _file_problem(style, str(font), FONT_SUFFIXES, MAX_FONT_BYTES)
            if reason:
                problems.append(f"{key} font {font!r} {reason}; Imprint's faces are used")
            else:
                style = style.with_changes(**{attribute: str(font)})
    return style.with_changes(problems=tuple(problems))


def _rest(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "name"}


def _file_problem(style: HouseStyle, relative: str, suffixes: tuple[str, ...], limit: int) -> str:
    """Why the file ``relative`` cannot be used, or "" when it can."""
    path = style.file(relative)
    if path is None:
        return "is outside the house style's folder"
    if path.suffix.lower() not in suffixes:
        return f"is not one of {', '.join(suffixes)}"
    try:
        size = path.stat().st_size
    except OSError:
        return "cannot be found"
    if size > limit:
        return f"is too large ({size // 1024} KB; at most {limit // 1024} KB)"
    if path.suffix.lower() in LOGO_SUFFIXES:
        return _logo_problem(path)
    return ""


def _logo_problem(path: Path) -> str:
    """Why a logo file cannot be drawn, or "": a PNG must decode, an SVG must point nowhere else."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if path.suffix.lower() == ".png":
        try:
            prepare_picture(path.name, data)
        except PictureError:
            return "is not a readable PNG image"
        return ""
    reason = check_svg(data)
    return f"is {reason}" if reason else ""


# The user's library --------------------------------------------------------------------------

LIBRARY_FOLDER = "house-styles"
DEFAULT_FILE = "default.json"
SHARE_SUFFIX = ".imprint-house"


def library_dir() -> Path:
    from desktop_app.folders import data_dir

    return data_dir() / LIBRARY_FOLDER


def library_styles(folder: Path | None = None) -> list[HouseStyle]:
    """Every house style in the library, by name; one that cannot be read is left out."""
    folder = folder or library_dir()
    styles = []
    for child in sorted(folder.iterdir()) if folder.is_dir() else []:
        if (child / FILE_NAME).is_file():
            try:
                styles.append(read_house_style(child))
            except HouseStyleError:
                continue
    return sorted(styles, key=lambda s: s.name.casefold())


def find_in_library(name: str, folder: Path | None = None) -> HouseStyle | None:
    return next((s for s in library_styles(folder) if s.name == name), None)


def save_to_library(style: HouseStyle, folder: Path | None = None, previous: str = "") -> HouseStyle:
    """Write ``style`` into the library (atomically), copying its logo and fonts beside it.

    ``previous`` is the name it had before an edit, whose folder it replaces.
    """
    from desktop_app.files import write_atomically

    folder = folder or library_dir()
    target = _style_folder(folder, previous or style.name)
    target.mkdir(parents=True, exist_ok=True)
    changes: dict[str, object] = {}
    for attribute in ("logo", "text_font", "heading_font"):
        source = style.file(getattr(style, attribute))
        if source is None:
            continue
        name = f"{attribute.replace('_', '-')}{source.suffix.lower()}"
        if source != (target / name).resolve():
            write_atomically(target / name, source.read_bytes())
        changes[attribute] = name
    saved = style.with_changes(folder=target, **changes)
    write_atomically(target / FILE_NAME, house_style_to_json(saved).encode("utf-8"))
    return saved


def remove_from_library(name: str, folder: Path | None = None) -> None:
    import shutil

    style = find_in_library(name, folder)
    if style and style.folder:
        shutil.rmtree(style.folder, ignore_errors=True)


def default_name(folder: Path | None = None) -> str:
    """The name of the house style new documents get, or "" for none."""
    folder = folder or library_dir()
    try:
        value = json.loads((folder / DEFAULT_FILE).read_text(encoding="utf-8")).get("default", "")
    except (OSError, ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) and find_in_library(value, folder) else ""


def set_default_name(name: str, folder: Path | None = None) -> None:
    from desktop_app.files import write_atomically

    folder = folder or library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / DEFAULT_FILE, json.dumps({"default": name}).encode("utf-8"))


def _style_folder(folder: Path, name: str) -> Path:
    slug = re.sub(r"[^\w-]+", "-", name.casefold(), flags=re.UNICODE).strip("-") or "house-style"
    return folder / slug


# The one file an office shares ------------------------------------------------------------------

# A shared file holds a small JSON, a logo and two fonts; anything far larger is not one.
_MAX_SHARED_BYTES = MAX_LOGO_BYTES + 2 * MAX_FONT_BYTES + 64 * 1024


def export_house_style(style: HouseStyle, target: Path) -> None:
    """Write ``style`` as one file (a zip: its JSON, logo and fonts), atomically."""
    import io
    import zipfile

    from desktop_app.files import write_atomically

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        names: dict[str, object] = {}
        for attribute in ("logo", "text_font", "heading_font"):
            source = style.file(getattr(style, attribute))
            if source is not None:
                name = f"{attribute.replace('_', '-')}{source.suffix.lower()}"
                archive.writestr(zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0)), source.read_bytes())
                names[attribute] = name
        shared = style.with_changes(folder=None, **names)
        archive.writestr(zipfile.ZipInfo(FILE_NAME, (2000, 1, 1, 0, 0, 0)), house_style_to_json(shared))
    write_atomically(target, buffer.getvalue())


def unpack_house_style(path: Path, target: Path) -> Path:
    """Unpack a shared house style file into the folder ``target``; HouseStyleError when it is
    not one. Only its JSON, logo and fonts are taken, by name, within a size limit."""
    import zipfile

    allowed = {FILE_NAME} | {
        f"{a}{s}" for a in ("logo", "text-font", "heading-font") for s in (*LOGO_SUFFIXES, *FONT_SUFFIXES)
    }
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename in allowed]
            if FILE_NAME not in {m.filename for m in members}:
                raise HouseStyleError(f"{path}: not a house style file (no {FILE_NAME} inside)")
            if sum(m.file_size for m in members) > _MAX_SHARED_BYTES:
                raise HouseStyleError(f"{path}: too large to be a house style")
            target.mkdir(parents=True, exist_ok=True)
            for member in members:
                (target / member.filename).write_bytes(archive.read(member))
    except (zipfile.BadZipFile, OSError) as exc:
        raise HouseStyleError(f"{path}: not a house style file ({exc})") from exc
    return target


def import_house_style(path: Path, folder: Path | None = None) -> HouseStyle:
    """Take a shared house style file into the library; the imported style."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        style = read_house_style(unpack_house_style(path, Path(scratch)))
        return save_to_library(style, folder)


def load_house_style(spec: str) -> HouseStyle:
    """The house style ``spec`` names: a path to a ``house-style.json``, its folder or a shared
    file, else the name of one in the library. HouseStyleError when there is none."""
    path = Path(spec).expanduser()
    if path.suffix.lower() == SHARE_SUFFIX and path.is_file():
        import hashlib

        from desktop_app.folders import cache_dir

        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        return read_house_style(unpack_house_style(path, cache_dir() / "house-styles" / digest))
    if path.name == FILE_NAME or path.is_dir():
        return read_house_style(path)
    found = find_in_library(spec)
    if found is None:
        raise HouseStyleError(f"{spec}: no such house style (a house-style.json, its folder, or a name)")
    return found


def stamp_of(spec: str) -> tuple[float, ...]:
    """The modification times of what ``spec`` reads (the JSON and the files beside it, or the
    whole library for a name), so that a cache of it knows when it went stale."""
    path = Path(spec).expanduser()
    if path.name == FILE_NAME:
        path = path.parent
    folder = path if path.is_dir() else library_dir() if path.suffix.lower() != SHARE_SUFFIX else None
    if folder is None:
        return (_mtime(path),)
    return tuple(_mtime(p) for p in sorted(folder.rglob("*")) if p.is_file()) or (0.0,)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
