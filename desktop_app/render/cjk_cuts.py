"""Noto CJK faces cut down to the characters of everyday text, so CJK pages render fast.

A Noto CJK face holds 65,535 glyphs in a 20–27 MB collection. For every face a render uses,
WeasyPrint copies the whole collection out of HarfBuzz and subsets it keeping glyph ids, so
the font embedded for a one-page Chinese article still carries some 60,000 empty glyph slots:
about 130 ms and 300 KB a Chinese page more than a Latin one. A cut holds the characters of
its region's national standard set (GB 2312 for Simplified Chinese, Big5, JIS X 0208, KS X
1001 with every Hangul syllable) and whatever its layout features reach from them: about a
fifth of the glyphs, drawn and spaced as in the full face.

Every font stack names a cut just before the face it was cut from (``render/fonts.py``), so a
character outside the cut falls to the full face and no text is set differently. Cuts are
made with HarfBuzz's subsetter (uharfbuzz) the first time a page holds CJK text, about 0.3 s
a face, and kept in the cache folder; the source file's size and time are in the name, so a
new font version gets new cuts. Without uharfbuzz or a writable cache the full faces are used.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import time
import weakref
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.language.scripts import cjk_region

LOGGER = logging.getLogger(__name__)

# Bump when what goes into a cut changes, so that cached cuts are made again.
_CUT_VERSION = 1
# A half-written cut this old was abandoned by a process that was ended.
_ABANDONED_AFTER_S = 600


@dataclass(frozen=True)
class Cut:
    family: str  # the cut's own family name, as the font stacks give it
    source: str  # the Noto CJK family it is cut from
    codec: str  # the legacy encoding whose characters it keeps
    region: str  # SC, TC, JP or KR: the regional forms its source draws


def _region_cuts(region: str, codec: str) -> list[Cut]:
    return [
        Cut(f"Imprint {style} CJK {region}", f"Noto {style} CJK {region}", codec, region)
        for style in ("Serif", "Sans")
    ]


CUTS: dict[str, Cut] = {
    cut.source: cut
    for cut in (
        *_region_cuts("SC", "gb2312"),
        *_region_cuts("TC", "big5"),
        *_region_cuts("JP", "euc_jp"),
        *_region_cuts("KR", "euc_kr"),
    )
}
_SOURCES = {cut.family: source for source, cut in CUTS.items()}


def source_family(family: str) -> str:
    """The Noto CJK family a cut is made from; any other family as it is."""
    return _SOURCES.get(family, family)


# Both weights the layouts set: text and bold (headings, the masthead, <strong>).
STYLES = ("Regular", "Bold")

# Latin with its accents, general punctuation, CJK punctuation and full-width forms: what
# CJK news text mixes in besides the standard set's own characters.
_ALWAYS = (
    (0x20, 0x24F),
    (0x2000, 0x206F),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
)
_HANGUL_SYLLABLES = (0xAC00, 0xD7A3)

# Han, kana and Hangul: a page holding none of them never reaches a CJK face.
_CJK_TEXT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]")


def holds_cjk(text: str) -> bool:
    return _CJK_TEXT.search(text) is not None


@cache
def characters(codec: str) -> frozenset[int]:
    """The code points a cut keeps: every two-byte character of ``codec`` and the ranges above."""
    chars: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                decoded = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in decoded)
    ranges = (*_ALWAYS, _HANGUL_SYLLABLES) if codec == "euc_kr" else _ALWAYS
    for first, last in ranges:
        chars.update(range(first, last + 1))
    return frozenset(chars)


def cuts_folder() -> Path:
    from desktop_app.folders import cache_dir

    return cache_dir() / "cjk-cuts"


def cut_file(cut: Cut, style: str, source: Path, index: int) -> Path | None:
    """The cached cut of ``source``'s face ``index``, made now if it is not there yet.

    None when it cannot be made (no uharfbuzz, a face it cannot subset, no cache folder).
    """
    stat = source.stat()
    key = f"{_CUT_VERSION}|{source}|{index}|{stat.st_size}|{stat.st_mtime_ns}|{_harfbuzz_version()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    target = cuts_folder() / f"{cut.family.replace(' ', '')}-{style}-{digest}.otf"
    if target.is_file():
        return target
    data = _cut_face(source, index, cut, style)
    if data is None:
        return None
    from desktop_app.files import write_atomically

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    except OSError as exc:
        LOGGER.info("cannot keep the cut %s: %s", target, exc)
        return None
    _remove_older(target)
    return target


def _remove_older(target: Path) -> None:
    """Delete the cuts of the same face made from an earlier version of its font, and what a
    render process ended in the middle of writing a cut left behind."""
    prefix = target.name.rsplit("-", 1)[0] + "-"
    for other in target.parent.glob(prefix + "*.otf"):
        if other != target:
            other.unlink(missing_ok=True)
    # Another process may be writing one right now: only leftovers older than any write.
    for part in target.parent.glob(".*.part"):
        with contextlib.suppress(OSError):
            if time.time() - part.stat().st_mtime > _ABANDONED_AFTER_S:
                part.unlink()


def _harfbuzz_version() -> str:
    try:
        import uharfbuzz
    except ImportError:
        return "none"
    return uharfbuzz.version_string()


def _cut_face(source: Path, index: int, cut: Cut, style: str) -> bytes | None:
    try:
        import uharfbuzz as hb
    except ImportError:
        LOGGER.info("uharfbuzz is not installed: CJK pages use the full Noto faces")
        return None
    face = hb.Face(hb.Blob.from_file_path(str(source)), index)
    keep = hb.SubsetInput()
    keep.unicode_set.update(characters(cut.codec))
    # Every layout feature, script, name and language: the cut shapes text as its source does.
    for kind in (
        hb.SubsetInputSets.LAYOUT_FEATURE_TAG,
        hb.SubsetInputSets.LAYOUT_SCRIPT_TAG,
        hb.SubsetInputSets.NAME_ID,
        hb.SubsetInputSets.NAME_LANG_ID,
    ):
        every = keep.sets(kind)
        every.clear()  # an inverted empty set is every value; the sets start with defaults
        every.invert()
    keep.flags = (
        hb.SubsetFlags.NOTDEF_OUTLINE
        | hb.SubsetFlags.NAME_LEGACY
        | hb.SubsetFlags.PASSTHROUGH_UNRECOGNIZED
        | hb.SubsetFlags.NO_PRUNE_UNICODE_RANGES
    )
    try:
        data = hb.subset(face, keep).blob.data
    except RuntimeError as exc:
        LOGGER.info("cannot cut %s face %d: %s", source, index, exc)
        return None
    return _renamed(data, cut, style)


def _renamed(data: bytes, cut: Cut, style: str) -> bytes:
    """``data`` with its family called ``cut.family``, so that fontconfig tells it from its source.

    Only the name table is read and written again; the other tables are copied as they are.
    """
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(data), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
    name = font["name"]
    postscript = f"{cut.family.replace(' ', '')}-{style}"
    full = cut.family if style == "Regular" else f"{cut.family} {style}"
    for record in list(name.names):
        if record.nameID in (1, 16):
            name.setName(cut.family, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (2, 17):
            name.setName(style, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            name.setName(full, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 6):
            name.setName(postscript, record.nameID, record.platformID, record.platEncID, record.langID)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


_LANG = re.compile(r'\blang="([^"]+)"')

# The cuts each WeasyPrint font configuration has been given, by source family.
_given: weakref.WeakKeyDictionary[object, set[str]] = weakref.WeakKeyDictionary()


def regions_of(html_text: str) -> list[str]:
    """The CJK regions whose faces a page of ``html_text`` can reach: those of its CJK
    languages, or Simplified Chinese, the stacks' fallback, when it names none."""
    regions = {region for lang in set(_LANG.findall(html_text)) if (region := cjk_region(lang))}
    return sorted(regions) or ["SC"]


def add_cuts(font_config, html_text: str) -> None:
    """Give ``font_config`` the cuts a render of ``html_text`` can use, making any not cached yet.

    Called before every layout; a page without CJK text changes nothing.
    """
    if not holds_cjk(html_text):
        return
    given = _given.setdefault(font_config, set())
    files = []
    for region in regions_of(html_text):
        for cut in CUTS.values():
            if cut.region == region and cut.source not in given:
                given.add(cut.source)
                files += [f for style in STYLES if (f := _cut_of(font_config, cut, style))]
    if files:
        from desktop_app.render.user_fonts import add_font_files

        add_font_files(font_config, files)


def _cut_of(font_config, cut: Cut, style: str) -> Path | None:
    face = _source_face(font_config, cut.source, style)
    if face is None:
        return None
    try:
        return cut_file(cut, style, *face)
    except OSError as exc:
        LOGGER.info("cannot cut %s %s: %s", cut.source, style, exc)
        return None


def _source_face(font_config, family: str, style: str) -> tuple[Path, int] | None:
    """The file and face index fontconfig sets ``family`` in ``style`` from; None if it has no such face."""
    from weasyprint.text.ffi import ffi, fontconfig

    pattern = fontconfig.FcPatternCreate()
    try:
        fontconfig.FcPatternAddString(pattern, b"family", family.encode())
        fontconfig.FcPatternAddString(pattern, b"style", style.encode())
        fontconfig.FcConfigSubstitute(font_config._config, pattern, fontconfig.FcMatchPattern)
        fontconfig.FcDefaultSubstitute(pattern)
        match = fontconfig.FcFontMatch(font_config._config, pattern, ffi.new("FcResult *"))
    finally:
        fontconfig.FcPatternDestroy(pattern)
    if match == ffi.NULL:
        return None
    try:
        found = ffi.new("FcChar8 **")
        if fontconfig.FcPatternGetString(match, b"family", 0, found) != fontconfig.FcResultMatch:
            return None
        if ffi.string(found[0]).decode() != family:
            return None  # fontconfig's nearest other family: nothing to cut
        if fontconfig.FcPatternGetString(match, b"file", 0, found) != fontconfig.FcResultMatch:
            return None
        path = Path(ffi.string(found[0]).decode())
    finally:
        fontconfig.FcPatternDestroy(match)
    index = _face_index(path, family)
    return None if index is None else (path, index)


def _face_index(path: Path, family: str) -> int | None:
    """Which face of the collection ``path`` is ``family`` (0 for a single-face file)."""
    try:
        import uharfbuzz as hb
    except ImportError:
        return None
    blob = hb.Blob.from_file_path(str(path))
    for index in range(64):
        face = hb.Face(blob, index)
        if face.glyph_count == 0:
            break
        names = {
            face.get_name(hb.OTNameIdPredefined.TYPOGRAPHIC_FAMILY),
            face.get_name(hb.OTNameIdPredefined.FONT_FAMILY),
        }
        if family in names:
            return index
    return None
