"""Export to an Imprint document instead of a PDF: the article, its edits and its photos in one
file, so a folder of saved pages becomes documents that lose nothing when the folder goes."""

from __future__ import annotations

from pathlib import Path

from desktop_app.model.document import Document
from desktop_app.model.figures import parse_figure
from desktop_app.model.pictures import Picture
from desktop_app.readers.imprint_file import SUFFIX, save_document
from desktop_app.render.figures import placed_picture

IMPRINT_SUFFIX = SUFFIX


def with_pictures_inside(document: Document) -> Document:
    """``document`` carrying every photo its figures show from files beside the article.

    A figure naming such a file is rewritten to name the picture now inside the document (its
    name made unique and, for a converted photo, its new suffix). Photos the page did not save
    (web addresses) and missing ones stay as they are: preflight reports them.
    """
    article = document.article
    if article.body_format != "markdown":
        return document
    images = list(article.images)
    taken = {p.name for p in images}
    blocks = article.blocks
    changed = False
    for index, block in enumerate(blocks):
        figure = parse_figure(block)
        if figure is None or figure.is_remote or article.picture(figure.image) is not None:
            continue
        picture = placed_picture(document, figure).picture
        if picture is None:
            continue
        kept = next((p for p in images if p.data == picture.data), None)
        if kept is None:
            kept = _renamed(picture, taken)
            images.append(kept)
            taken.add(kept.name)
        blocks[index] = figure.with_changes(image=kept.name).markdown()
        changed = True
    if not changed:
        return document
    body = "\n\n".join(blocks)
    return document.with_changes(article=article.with_changes(body=body, images=tuple(images)))


def _renamed(picture: Picture, taken: set[str]) -> Picture:
    stem, dot, suffix = picture.name.rpartition(".")
    if not dot:
        stem, suffix = picture.name, ""
    name, n = picture.name, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
    return Picture(name, picture.data, picture.media_type, picture.pixels)


def export_imprint(document: Document, target: Path) -> None:
    """Write ``document``, its photos inside it, to ``target`` atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    save_document(with_pictures_inside(document), target)


def is_imprint_target(target: Path) -> bool:
    return target.suffix.lower() == IMPRINT_SUFFIX
