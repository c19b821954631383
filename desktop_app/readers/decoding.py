"""Read an article file's bytes and find their encoding."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from desktop_app.errors import ArticleError

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""Larger files are refused: no news article comes near 10 MiB of text."""

# The encodings news pages in Imprint's languages are saved in; restricting the
# detector to them keeps short texts from being taken for an unrelated code page.
CANDIDATE_ENCODINGS = ("utf_8", "utf_16", "gb18030", "cp1251", "koi8_r", "cp1252")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an ArticleError saying why they cannot be an article."""
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(path, f"file is {size / 1048576:.1f} MiB; articles are limited to 10 MiB")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ArticleError(path, "file is empty")
    return data


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was found in."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(path, data, name), name.replace("-sig", "")
    if b"\x00" in data:
        # Only UTF-16 text has NUL bytes; anything else with them is binary.
        match = _detect(data, ["utf_16_le", "utf_16_be"])
        if match is None or _control_ratio(str(match)) > 0.01:
            raise ArticleError(path, "binary file, not text")
        return str(match), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    match = _detect(data, list(CANDIDATE_ENCODINGS))
    if match is None:
        raise ArticleError(path, "cannot decode: the text is in no encoding Imprint reads")
    text = str(match)
    if _control_ratio(text) > 0.05:
        raise ArticleError(path, "binary file, not text")
    return text, codecs.lookup(match.encoding).name


# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gbk">.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
# A page may be in any legacy encoding its language uses; the detector tries these too.
MARKUP_ENCODINGS = (*CANDIDATE_ENCODINGS, "shift_jis", "euc_jp", "euc_kr", "cp1256", "cp1250")


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` near its top, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    # Pages saying gb2312 or gbk are written in their superset as often as not.
    return "gb18030" if name in ("gb2312", "gbk") else name


def decode_markup(path: Path, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """A web page's text: its BOM, else the charset it (or its archive) declares, else detected."""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        charset = declared or declared_charset(data)
        if charset and not charset.startswith("utf_16"):
            try:
                return data.decode(charset), charset
            except (UnicodeDecodeError, LookupError):
                pass  # a wrong declaration: fall back to looking at the bytes
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            match = _detect(data, list(MARKUP_ENCODINGS))
            if match is not None:
                return str(match), codecs.lookup(match.encoding).name
    return decode(path, data)


def _detect(data: bytes, encodings: list[str]):
    # Imported here: most articles are UTF-8, and every export would wait for the detector.
    import charset_normalizer

    return charset_normalizer.from_bytes(data, cp_isolation=encodings).best()


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"undecodable bytes at offset {exc.start} ({encoding})") from exc


def _control_ratio(text: str) -> float:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    return controls / max(1, len(text))
