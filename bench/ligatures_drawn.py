"""How many ligature glyphs (fi, fl, ffi, ffl…) a PDF draws: the glyph ids whose text in the
font's /ToUnicode map is more than one letter, counted in the pages' text-showing operators.

The composer's tracking would part a ligature where it spaced a line's letters, and its
expansion sets a line in a larger or smaller size; the same text drawing as many ligatures
composed as line by line shows that neither lost one (a word broken at a line's end aside)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")


def _ligature_ids(font) -> set[int]:
    if "/ToUnicode" not in font:
        return set()
    text = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    ids = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in _BFCHAR.findall(block):
            letters = bytes.fromhex(value).decode("utf-16-be", errors="replace")
            if len(letters) > 1 and letters.isalpha():
                ids.add(int(code, 16))
    return ids


def ligatures_drawn(path: Path) -> int:
    """The number of ligature glyphs drawn on all of the PDF's pages."""
    count = 0
    reader = PdfReader(path)
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        ligatures = {name: _ligature_ids(ref.get_object()) for name, ref in fonts.items()}
        current: set[int] = set()
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = ligatures.get(operands[0], set())
            elif operator in (b"TJ", b"Tj") and current:
                strings = operands[0] if operator == b"TJ" else [operands[0]]
                for item in strings:
                    if isinstance(item, bytes | str) and not isinstance(item, int | float):
                        data = item if isinstance(item, bytes) else item.encode("latin-1")
                        ids = [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data) - 1, 2)]
                        count += sum(gid in current for gid in ids)
    return count
