"""The only way rendering reads anything: our own files and the article's images, never the network."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from desktop_app.render.engine import load_weasyprint

load_weasyprint()
from weasyprint.urls import URLFetcher  # noqa: E402 - after the import that finds its libraries

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff"})


class BlockedResource(ValueError):
    """A URL that an article asked for and rendering refused to read."""


class SandboxedFetcher(URLFetcher):
    """Reads files under Imprint's own folders, and images under the article's folder
    (an edition's articles: under any of their folders).

    Anything else (http, ftp, other files, other kinds of file beside the article)
    raises, WeasyPrint skips the resource, and the URL is kept in ``blocked`` so that
    preflight can report it.
    """

    def __init__(self, own_roots: tuple[Path, ...], asset_folder: Path | Sequence[Path] | None) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self._own_roots = tuple(root.resolve() for root in own_roots)
        folders = [asset_folder] if isinstance(asset_folder, Path) else list(asset_folder or ())
        self._asset_folders = tuple(folder.resolve() for folder in folders)
        self.blocked: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None):
        if not self._allowed(url):
            self.blocked.append(url)
            raise BlockedResource(f"blocked: {url}")
        return super().fetch(url, headers)

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
