"""Single-file web archives (``.mhtml``/``.mht``, as Chrome and Edge save pages): a MIME
message whose first HTML part is the page and whose other parts are its images, found by
their Content-Location or Content-ID inside the archive and nowhere else."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urljoin

from desktop_app.errors import ArticleError
from desktop_app.readers.decoding import decode_markup
from desktop_app.readers.figures import ImageLookup, ReadArticle
from desktop_app.readers.web_page import read_web_page


def read_web_archive(path: Path, data: bytes) -> ReadArticle:
    """The article of an MHTML archive; ArticleError when it holds no web page or no article."""
    message, parts, page = _page(path, data)
    markup, _encoding = decode_markup(path, _payload(page), page.get_content_charset())
    base = page.get("Content-Location", "") or message.get("Snapshot-Content-Location", "")
    return read_web_page(path, markup, _archive_lookup(parts, page, base))


def archive_markup(path: Path, data: bytes) -> str:
    """The text of the archive's page, for its metadata alone."""
    _message, _parts, page = _page(path, data)
    return decode_markup(path, _payload(page), page.get_content_charset())[0]


def _page(path: Path, data: bytes) -> tuple[EmailMessage, list[EmailMessage], EmailMessage]:
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = [p for p in message.walk() if not p.is_multipart()]
    page = _page_part(message, parts)
    if page is None:
        raise ArticleError(path, "not a web archive: no HTML page inside")
    return message, parts, page


def _page_part(message: EmailMessage, parts: list[EmailMessage]) -> EmailMessage | None:
    wanted = message.get("Snapshot-Content-Location")
    html = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    return next((p for p in html if wanted and p.get("Content-Location") == wanted), None) or next(
        iter(html), None
    )


def _archive_lookup(parts: list[EmailMessage], page: EmailMessage, base: str) -> ImageLookup:
    by_address: dict[str, EmailMessage] = {}
    for part in parts:
        if part is page:
            continue
        if part.get("Content-Location"):
            by_address.setdefault(part["Content-Location"].strip(), part)
        if part.get("Content-ID"):
            by_address.setdefault("cid:" + part["Content-ID"].strip().strip("<>"), part)

    def lookup(src: str) -> bytes | None:
        # Only parts of this archive are read: an address not among them is not saved, and the
        # page's relative addresses are resolved against its own location inside the archive.
        part = by_address.get(src) or by_address.get(urljoin(base, src)) if base else by_address.get(src)
        if part is None:
            return None
        return _payload(part)

    return lookup


def _payload(part: EmailMessage) -> bytes:
    """A part's content, transfer encoding undone (a multipart part has none of its own)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""
