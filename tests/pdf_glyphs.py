"""Which glyphs a PDF draws, read from its embedded fonts: the empty boxes (.notdef) above all."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

# A box is a glyph id 0, or an id the embedded font does not have: WeasyPrint gives a
# character no font covers a glyph id past the font's last, which every viewer draws as the
# font's .notdef. Each used glyph id is listed in the font's /W widths, and its character in
# the /ToUnicode map.
_BFCHAR = re.compile(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")


def _used_glyph_ids(widths) -> set[int]:
    ids: set[int] = set()
    items = list(widths)
    i = 0
    while i < len(items):
        first = int(items[i])
        following = items[i + 1]
        if isinstance(following, list):
            ids.update(range(first, first + len(following)))
            i += 2
        else:
            ids.update(range(first, int(following) + 1))
            i += 3
    return ids


def _to_unicode(font) -> dict[int, str]:
    if "/ToUnicode" not in font:
        return {}
    text = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    chars: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in _BFCHAR.findall(block):
            chars[int(code, 16)] = bytes.fromhex(value).decode("utf-16-be", errors="replace")
    return chars


def _glyph_count(descendant) -> int | None:
    descriptor = descendant["/FontDescriptor"].get_object()
    for key in ("/FontFile2", "/FontFile3"):
        if key in descriptor:
            data = descriptor[key].get_object().get_data()
            try:
                return len(TTFont(BytesIO(data), lazy=True).getGlyphOrder())
            except Exception:  # a bare CFF or Type 1 program: not what WeasyPrint writes
                return None
    return None


def pdf_fonts(path: Path) -> list[tuple[str, dict[int, str], set[int], int | None]]:
    """Each embedded composite font: name (no subset prefix), CID -> text, used CIDs, glyph count."""
    fonts = []
    seen: set[int] = set()
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None or "/Font" not in resources:
            continue
        for ref in resources["/Font"].values():
            font = ref.get_object()
            if id(font) in seen or font.get("/Subtype") != "/Type0":
                continue
            seen.add(id(font))
            descendant = font["/DescendantFonts"][0].get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
            used = _used_glyph_ids(descendant.get("/W", []))
            fonts.append((name, _to_unicode(font), used, _glyph_count(descendant)))
    return fonts


def notdef_characters(path: Path) -> dict[str, str]:
    """Every character the PDF draws as an empty box, with the font it was drawn in."""
    boxes: dict[str, str] = {}
    for name, chars, used, count in pdf_fonts(path):
        for gid in used:
            # WeasyPrint lists glyph 0 among the widths whenever it drew a missing glyph;
            # it was drawn itself only when it carries text.
            if (gid == 0 and gid in chars) or (count is not None and gid >= count):
                boxes[chars.get(gid, f"<glyph {gid}>")] = name
    return boxes


def ligatures_drawn(path: Path) -> int:
    """How many ligature glyphs (fi, fl, ffi…) the PDF draws: glyphs whose text in their font's
    /ToUnicode map is more than one letter, counted in the pages' text-showing operators."""
    count = 0
    reader = PdfReader(path)
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        ligatures = {
            name: {
                gid for gid, text in _to_unicode(ref.get_object()).items() if len(text) > 1 and text.isalpha()
            }
            for name, ref in fonts.items()
        }
        current: set[int] = set()
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = ligatures.get(operands[0], set())
            elif operator in (b"TJ", b"Tj") and current:
                for item in operands[0] if operator == b"TJ" else [operands[0]]:
                    if isinstance(item, bytes | str):
                        data = item if isinstance(item, bytes) else item.encode("latin-1")
                        count += sum(
                            int.from_bytes(data[i : i + 2], "big") in current
                            for i in range(0, len(data) - 1, 2)
                        )
    return count
