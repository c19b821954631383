"""What the PDF says about itself: metadata from the article, and the PDF/X output intent."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from functools import cache, partial

from desktop_app.model.document import Document
from desktop_app.model.style import ExportOptions
from desktop_app.render.style_css import CMYK_PROFILE, RGB_PROFILE_NAME, is_pdfx
from desktop_app.resources import resources_dir

# The characterized printing condition of the shipped CMYK profile, as registered at the ICC.
OUTPUT_CONDITION_IDENTIFIER = "FOGRA39"
OUTPUT_CONDITION = "Offset printing, ISO 12647-2:2004/Amd 1, paper type 1 or 2 (coated), 115 g/m2"
REGISTRY_NAME = "http://www.color.org"
# PDF/X and PDF/A need dates; an undated article gets this fixed one rather than the clock.
UNDATED = "2000-01-01"
_RANDOM_DOCUMENT_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")


def metadata_for(document: Document, metadata) -> None:
    """Fill WeasyPrint's document metadata from the article, whatever the layout's <head> says."""
    article = document.article
    metadata.title = article.title
    metadata.authors = [article.author] if article.author else []
    metadata.description = article.subtitle or None
    metadata.keywords = list(article.keywords)
    metadata.lang = article.language or None
    metadata.generator = "Imprint"
    if article.date:
        created = article.date.isoformat()
    elif document.options.pdf_variant:
        created = UNDATED
    else:
        created = None
    metadata.created = metadata.modified = created


def finisher_for(options: ExportOptions) -> Callable | None:
    """A WeasyPrint finisher that completes what the options need, or None."""
    steps: list[Callable] = []
    if options.bleed_mm > 0 or options.crop_marks:
        steps.append(partial(_set_bleed_box, bleed_pt=options.bleed_mm * 72 / 25.4))
    if is_pdfx(options):
        steps.append(_finish_pdfx)
    if not steps:
        return None

    def finish(document, pdf) -> None:
        for step in steps:
            step(document, pdf)

    return finish


def _set_bleed_box(document, pdf, bleed_pt: float) -> None:
    """A BleedBox exactly the asked bleed beyond the TrimBox.

    WeasyPrint caps it at 10 pt; a print shop asking for 5 mm wants 5 mm. Without a bleed
    (marks only) the bleed box is the trim box: the extra paper then only holds the marks.
    """
    import pydyf

    for number in pdf.pages["Kids"][::3]:
        page = pdf.objects[number]
        left, top, right, bottom = page["TrimBox"]
        page["BleedBox"] = pydyf.Array([left - bleed_pt, top - bleed_pt, right + bleed_pt, bottom + bleed_pt])


def _finish_pdfx(document, pdf) -> None:
    import pydyf

    intents = pdf.catalog.get("OutputIntents")
    if intents:
        intent = intents[0]
        intent["S"] = "/GTS_PDFX"
        intent["OutputConditionIdentifier"] = pydyf.String(OUTPUT_CONDITION_IDENTIFIER)
        intent["OutputCondition"] = pydyf.String(OUTPUT_CONDITION)
        intent["RegistryName"] = pydyf.String(REGISTRY_NAME)
        intent["Info"] = pydyf.String(f"{OUTPUT_CONDITION_IDENTIFIER}: {OUTPUT_CONDITION}")
        # WeasyPrint re-serialises the profile through LittleCMS into a file 2.6 times larger
        # (and slow to compress); the shipped file is the same profile, so embed it as is.
        profile = pdf.objects[_object_number(intent["DestOutputProfile"])]
        profile.stream = [_cmyk_profile_bytes()]
    _fix_document_id(pdf)
    # WeasyPrint paints screen colours as DeviceRGB; a DefaultRGB space makes them sRGB
    # for the press, as PDF/X asks of device-dependent colour next to a CMYK intent.
    for obj in pdf.objects:
        if isinstance(obj, dict) and "lab-d50" in obj and RGB_PROFILE_NAME in obj:
            obj["DefaultRGB"] = obj[RGB_PROFILE_NAME]


def _fix_document_id(pdf) -> None:
    """Replace the random XMP DocumentID WeasyPrint gives PDF/X-4 by one made from the content.

    Without this, no two PDF/X-4 exports of the same document would be byte-identical.
    """
    reference = pdf.catalog.get("Metadata")
    if not reference:
        return
    stream = pdf.objects[_object_number(reference)]
    content = b"".join(part if isinstance(part, bytes) else str(part).encode() for part in stream.stream)
    digest = hashlib.md5(_RANDOM_DOCUMENT_ID.sub(b"", content), usedforsecurity=False).digest()
    stable = f"xmp.did:{uuid.UUID(bytes=digest)}".encode()
    stream.stream = [_RANDOM_DOCUMENT_ID.sub(stable, content)]


def _object_number(reference: bytes | str) -> int:
    if isinstance(reference, bytes):
        reference = reference.decode()
    return int(reference.split()[0])


@cache
def _cmyk_profile_bytes() -> bytes:
    return (resources_dir() / CMYK_PROFILE).read_bytes()
