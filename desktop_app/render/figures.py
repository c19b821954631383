"""Figures on the page: a figure block's HTML, its placed width, and where its picture comes from.

A figure's width is worked out here from the style (the body's measure, its column, the
figure's size class and the photo's proportions) and written on the figure, so the layout,
the downsampling of print exports and preflight all read the same size.
"""

from __future__ import annotations

import hashlib
import math
import threading
from dataclasses import dataclass
from urllib.parse import quote, unquote
from weakref import WeakKeyDictionary

from markupsafe import Markup

from desktop_app.model.document import Document
from desktop_app.model.figures import Figure, parse_figure
from desktop_app.model.pictures import Picture
from desktop_app.model.style import ExportOptions
from desktop_app.readers.pictures import PictureError, picture_from_file
from desktop_app.render.layouts import layout_info
from desktop_app.render.style_css import PT_PER_MM, Measures, measures

PICTURE_SCHEME = "imprint-picture"
# Print exports hold each photo at no more than this many pixels per inch of its placed size:
# more is invisible on paper and only makes the file slower to send and to RIP.
PRINT_PPI = 300
# A photo is never set taller than this share of the text height, so a portrait photo at
# full width still leaves room for its caption and some text on its page.
MAX_HEIGHT_SHARE = 0.5
PT_PER_INCH = 72.0


@dataclass(frozen=True)
class PlacedPicture:
    """Where a figure's picture comes from: a prepared picture, or why there is none."""

    picture: Picture | None
    problem: str = ""  # "remote", "missing" or "unreadable"
    detail: str = ""


def print_ppi(options: ExportOptions) -> int | None:
    """The resolution photos are downsampled to for these options, or None to keep every pixel.

    Plain PDF (the office printer) and PDF/X (the print shop) are for paper; an archive keeps
    the photo as it came, and a screen PDF keeps pixels for zooming in.
    """
    variant = options.pdf_variant or ""
    return PRINT_PPI if not variant or variant.startswith("pdf/x") else None


def document_measures(document: Document) -> Measures:
    layout = layout_info(document.options.layout)
    return measures(document.style, document.article.language, layout.supports_columns)


def placed_width_pt(size: str, pixels: tuple[int, int], box: Measures) -> float:
    """The width a figure of size class ``size`` takes on the page, in points."""
    widths = {"column": box.column_width, "half": box.column_width / 2, "wide": box.text_width}
    width = widths.get(size, box.column_width)
    w, h = pixels
    if w > 0 and h > 0:
        width = min(width, box.text_height * MAX_HEIGHT_SHARE * w / h)
    return width


def placed_picture(document: Document, figure: Figure) -> PlacedPicture:
    """The picture a figure shows: one the article carries, else a file beside the article."""
    if figure.is_remote:
        return PlacedPicture(None, "remote", figure.image)
    carried = document.article.picture(figure.image)
    if carried is not None:
        return PlacedPicture(carried)
    folder = document.asset_folder
    if folder is None:
        return PlacedPicture(None, "missing", figure.image)
    # As written, or as a link writes it (a space as %20).
    candidates = [(folder / name).resolve() for name in dict.fromkeys((figure.image, unquote(figure.image)))]
    path = next((p for p in candidates if p.is_relative_to(folder) and p.is_file()), None)
    if path is None:
        return PlacedPicture(None, "missing", figure.image)
    try:
        return PlacedPicture(picture_from_file(path))
    except PictureError as exc:
        return PlacedPicture(None, "unreadable", str(exc))


def picture_key(picture: Picture) -> str:
    """A name for the picture's content: two articles' "photo-1.jpg" are told apart by it."""
    with _KEYS_LOCK:
        key = _KEYS.get(picture)
    if key is None:
        key = hashlib.sha256(picture.data).hexdigest()[:24]
        with _KEYS_LOCK:
            _KEYS[picture] = key
    return key


# Each picture's key, kept while the picture is: the preview asks again after every edit, and a
# photo is megabytes to hash; a closed document's photos are not held on to.
_KEYS: WeakKeyDictionary[Picture, str] = WeakKeyDictionary()
_KEYS_LOCK = threading.Lock()


def picture_url(picture: Picture, max_width: int | None = None) -> str:
    """The URL the renderer asks the fetcher for (``render/fetcher.py``), never a path."""
    url = f"{PICTURE_SCHEME}:{picture_key(picture)}/{quote(picture.name)}"
    return f"{url}?width={max_width}" if max_width else url


def document_pictures(document: Document) -> list[Picture]:
    """Every picture the document's figures show, for the fetcher to serve."""
    pictures = list(document.article.images)
    if document.article.body_format == "markdown":
        for block in document.article.blocks:
            figure = parse_figure(block)
            if figure is not None:
                placed = placed_picture(document, figure).picture
                if placed is not None and placed not in pictures:
                    pictures.append(placed)
    return pictures


def figure_html(index: int, figure: Figure, document: Document, box: Measures) -> Markup:
    """The ``<figure>`` of body block ``index``, marked for the page map (``render/page_map``)."""
    placed = placed_picture(document, figure)
    picture = placed.picture
    width = placed_width_pt(figure.size, picture.pixels if picture else (0, 0), box)
    classes = ["figure", f"figure-{figure.size}"]
    if index == 0:
        classes.append("lead")
    image = Markup("")
    if picture is not None:
        ppi = print_ppi(document.options)
        max_width = round(width / PT_PER_INCH * ppi) if ppi and picture.pixels[0] else None
        image = Markup('<img class="photo" src="{}" alt="{}">').format(
            picture_url(picture, max_width), figure.caption
        )
    else:
        classes.append("figure-unplaced")
    parts = [
        Markup('<span class="{0}" {1}>{2}</span>').format(part, _marked(f"b{index}.{part}", "meta"), text)
        for part, text in (("caption", figure.caption), ("credit", figure.credit))
        if text
    ]
    caption = (
        Markup('<figcaption class="meta">{}</figcaption>').format(Markup(" ").join(parts)) if parts else ""
    )
    beside = Markup("")
    if figure.size == "half":
        # How tall the float the text runs beside is, about: the paragraph composer leaves
        # the paragraphs there to WeasyPrint (render/composed_html.py).
        beside = Markup(' data-beside="{:.1f}"').format(_float_height(figure, width, picture, document))
    return Markup('<figure class="{}" style="width: {:.2f}pt"{} {}>{}{}</figure>').format(
        " ".join(classes), width, beside, _marked(f"b{index}", "body"), image, caption
    )


def _float_height(figure: Figure, width: float, picture: Picture | None, document: Document) -> float:
    """A half figure's height in points, rather more than less: the photo at its width (a
    square when its size is not known), its caption and credit at about half an em a letter,
    and the figure's margins (common.css)."""
    w, h = picture.pixels if picture else (0, 0)
    photo = width * h / w if w > 0 and h > 0 else width
    size = document.style.body_size
    letters = len(figure.caption) + len(figure.credit) + 1
    caption_lines = math.ceil(letters * 0.55 * size / width) if letters > 1 else 0
    return photo + caption_lines * 1.3 * size + 1.2 * size + 1.6 * PT_PER_MM


def _marked(element_id: str, role: str) -> Markup:
    # The attributes render/html.py's edit_attributes gives every element of the page map.
    return Markup('data-edit="{}" data-field="body" data-role="{}"').format(element_id, role)
