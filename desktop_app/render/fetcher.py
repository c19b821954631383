"""The only way rendering reads anything: our own files and the article's images, never the network."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from desktop_app.model.pictures import Picture
from desktop_app.readers.pictures import PictureError, downsampled, picture_from_file
from desktop_app.render.engine import load_weasyprint
from desktop_app.render.figures import PICTURE_SCHEME, picture_key

load_weasyprint()
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402 - after the import that finds its libraries

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".tif", ".tiff"}
)


class BlockedResource(ValueError):
    """A URL that an article asked for and rendering refused to read."""


class SandboxedFetcher(URLFetcher):
    """Reads files under Imprint's own folders, the pictures the articles carry, and images
    under the article's folder (an edition's articles: under any of their folders).

    Pictures are served as prepared for print (``readers/pictures.py``): upright, in sRGB,
    and no wider than a ``?width=`` in their URL asks. Anything else (http, ftp, other files,
    other kinds of file beside the article) raises, WeasyPrint skips the resource, and the
    URL is kept in ``blocked`` so that preflight can report it; an image file that cannot be
    used is kept in ``unusable`` with the reason.
    """

    def __init__(
        self,
        own_roots: tuple[Path, ...],
        asset_folder: Path | Sequence[Path] | None,
        pictures: Iterable[Picture] = (),
    ) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self._own_roots = tuple(root.resolve() for root in own_roots)
        folders = [asset_folder] if isinstance(asset_folder, Path) else list(asset_folder or ())
        self._asset_folders = tuple(folder.resolve() for folder in folders)
        self._pictures = {picture_key(p): p for p in pictures}
        self.blocked: list[str] = []
        self.unusable: dict[str, str] = {}

    def fetch(self, url: str, headers: dict[str, str] | None = None):
        parts = urlsplit(url)
        if parts.scheme == PICTURE_SCHEME:
            return self._picture(url, parts.path.split("/", 1)[0], parts.query)
        if not self._allowed(url):
            self.blocked.append(url)
            raise BlockedResource(f"blocked: {url}")
        path = self._article_image(url)
        if path is not None:
            try:
                return _response(url, picture_from_file(path))
            except PictureError as exc:
                self.unusable[url] = str(exc)
                raise
        return super().fetch(url, headers)

    def _picture(self, url: str, key: str, query: str):
        picture = self._pictures.get(key)
        if picture is None:
            self.blocked.append(url)
            raise BlockedResource(f"no such picture: {url}")
        width = parse_qs(query).get("width", [""])[0]
        if width.isdigit():
            picture = downsampled(picture, int(width))
        return _response(url, picture)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return True
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return False
        path = Path(unquote(parts.path)).resolve()
        if any(path.is_relative_to(root) for root in self._own_roots):
            return True
        return path.suffix.lower() in IMAGE_SUFFIXES and any(
            path.is_relative_to(folder) for folder in self._asset_folders
        )

    def _article_image(self, url: str) -> Path | None:
        """The image file beside an article that ``url`` (already allowed) names, if it is one."""
        parts = urlsplit(url)
        if parts.scheme != "file":
            return None
        path = Path(unquote(parts.path)).resolve()
        if any(path.is_relative_to(root) for root in self._own_roots):
            return None
        return path


def _response(url: str, picture: Picture) -> URLFetcherResponse:
    return URLFetcherResponse(url, picture.data, {"Content-Type": picture.media_type})
