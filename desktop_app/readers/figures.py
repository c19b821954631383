"""The figures a read article brings: each image found among the bytes saved with it,
prepared for print and named in the body; a figure that cannot be used is dropped and the
reason kept for preflight.

Nothing is fetched: an image the page points to but did not save keeps its address as its
name, and preflight says so.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from urllib.parse import unquote

from desktop_app.model.article import ArticleMeta
from desktop_app.model.pictures import Picture
from desktop_app.readers.html_blocks import without_width
from desktop_app.readers.pictures import PictureError, prepare_picture, safe_name


class ImageRefused(Exception):
    """An image address that is not read: it leads outside the article's own folder or
    archive, or to a file too large to be a photo. The message says which."""


ImageLookup = Callable[[str], bytes | None]
"""The bytes an image address names among those saved with the article; None when the
article did not save it; ImageRefused when the address leads outside it."""


@dataclass(frozen=True)
class ReadArticle:
    """What a reader found: metadata, the Markdown body, its pictures, and the figures it had
    to drop, one line each (``problems``), for preflight to show."""

    meta: ArticleMeta
    body: str
    images: tuple[Picture, ...] = ()
    problems: tuple[str, ...] = ()


def is_remote(src: str) -> bool:
    return src.lower().startswith(("http://", "https://", "//"))


@dataclass
class Figures:
    """Collects the pictures of one article as its figures are written."""

    lookup: ImageLookup
    pictures: dict[str, Picture] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    _names: dict[str, str] = field(default_factory=dict)

    def name_for(self, src: str) -> str | None:
        """The name the figure showing ``src`` gives its image; None when it is dropped."""
        src = without_width(src)
        if not src:
            return None
        if src in self._names:
            return self._names[src]
        name = self._name(src)
        if name is not None:
            self._names[src] = name
        return name

    def add(self, name: str, data: bytes) -> str | None:
        """Prepare ``data`` as a picture called ``name`` (made unique); None when unusable."""
        try:
            picture = prepare_picture(self._unique(safe_name(name)), data)
        except PictureError as exc:
            self.problems.append(f"photo dropped: {exc}")
            return None
        # Preparing may change the name's suffix (a WebP becomes PNG): keep names unique after it.
        picture = replace(picture, name=self._unique(picture.name))
        self.pictures[picture.name] = picture
        return picture.name

    def _name(self, src: str) -> str | None:
        if src.lower().startswith("data:"):
            return self._data_uri(src)
        try:
            data = self.lookup(src)
        except ImageRefused as exc:
            self.problems.append(f"photo not read: {exc}")
            return None
        if data is not None:
            return self.add(PurePosixPath(unquote(src.split("?")[0].split("#")[0])).name, data)
        if is_remote(src):
            return "https:" + src if src.startswith("//") else src
        self.problems.append(f"photo missing from the saved page: {src}")
        return None

    def _data_uri(self, src: str) -> str | None:
        header, _, payload = src.partition(",")
        if ";base64" not in header.lower():
            self.problems.append("photo dropped: an inline image that is not base64")
            return None
        try:
            data = base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            self.problems.append("photo dropped: an inline image that does not decode")
            return None
        kind = header[5:].split(";")[0].split("/")[-1] or "img"
        return self.add(f"image-{len(self.pictures) + 1}.{kind}", data)

    def _unique(self, name: str) -> str:
        if name not in self.pictures:
            return name
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        number = 2
        while f"{stem}-{number}{suffix}" in self.pictures:
            number += 1
        return f"{stem}-{number}{suffix}"
