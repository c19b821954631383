"""Reading exported PDFs back for the layout and localisation tests: words, fonts, pages."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desktop_app.model.document import Document
from desktop_app.readers import read_document
from desktop_app.render.cjk_cuts import source_family
from desktop_app.render.pdf import render

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "docs" / "samples"
SAMPLE_FOR_LOCALE = {
    "en": "en-article.md",
    "en_US": "en-article.md",
    "zh_CN": "zh-article.md",
    "ru": "ru-article.md",
}


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    page: int


def sample_document(locale: str, layout: str = "classic", **style: object) -> Document:
    document = read_document(SAMPLES / SAMPLE_FOR_LOCALE[locale])
    return document.with_changes(
        style=document.style.with_changes(**style),
        options=document.options.with_changes(layout=layout, locale=locale),
    )


def export(document: Document, target: Path) -> Path:
    target.write_bytes(render(document).pdf)
    return target


def page_texts(path: Path) -> list[str]:
    """The text of each page, as pdftotext extracts it."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def words(path: Path) -> list[Word]:
    """Every word with its box in PDF points, from pdftotext -bbox."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    namespace = "{http://www.w3.org/1999/xhtml}"
    root = ET.fromstring(out)
    found = []
    for number, page in enumerate(root.iter(f"{namespace}page"), start=1):
        for w in page.iter(f"{namespace}word"):
            found.append(
                Word(
                    w.text or "",
                    float(w.get("xMin")),
                    float(w.get("yMin")),
                    float(w.get("xMax")),
                    float(w.get("yMax")),
                    number,
                )
            )
    return found


@dataclass(frozen=True)
class FontRow:
    name: str
    family: str
    embedded: bool


def pdf_fonts(path: Path) -> list[FontRow]:
    """pdffonts' rows: the subset name, the family it names, and whether it is embedded."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        name = line.split()[0]
        # "ABCDEF+Noto-Serif-CJK-SC-Bold" names the family "Noto Serif CJK SC".
        base = name.split("+", 1)[-1]
        base = re.sub(r"-(Bold|Italic|BoldItalic|Regular)$", "", base)
        # A cut of a Noto CJK face is that face (render/cjk_cuts.py): same outlines, same family.
        rows.append(FontRow(name, source_family(base.replace("-", " ")), _emb_column(line)))
    return rows


def _emb_column(line: str) -> bool:
    # The columns after the name: type (may hold spaces), encoding, emb, sub, uni, object, generation.
    fields = line.split()
    return fields[-5] == "yes"


def page_size_pt(path: Path) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out)
    assert match, out
    return float(match.group(1)), float(match.group(2))


def flat(text: str) -> str:
    """Text without white space or hyphens, case folded, so breaks and caps do not matter."""
    return re.sub(r"[\s\-\u2010\u00ad]+", "", text).casefold()
