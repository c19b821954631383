"""The reader's place on the pages, held by the text rather than by the page number.

When new pages move the page breaks (an edit, a type size, a layout or paper, the final pages
in place of provisional ones), the element at the top of the view, or the selected one, is
found again through the page maps and put back at the same height on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF

from desktop_app.render.page_map import PageMap

PLACES_KEPT = 12  # elements in view remembered, in case the first is gone from the new pages


@dataclass(frozen=True)
class Place:
    """A point of an element in view: how far down the element it lies and where on screen."""

    element_id: str
    text: str  # the element's text, to follow a paragraph that a provisional page cut
    share: float  # 0..1 of the element's height, over all its fragments
    y: float  # pixels from the viewport's top


def places_in_view(
    page_map: PageMap, frames: list[QRectF], sizes: list[QSizeF], height: float, first: str | None = None
) -> list[Place]:
    """The elements in view, the one nearest the viewport's top first (the first in reading
    order at equal heights), but the element ``first`` (the selection) ahead of all when it is
    in view. ``frames`` are the pages' rectangles on the viewport, ``sizes`` their sizes in points."""
    found: list[tuple[float, int, Place]] = []
    for order, element in enumerate(page_map.elements):
        total = sum(r.height for r in element.rects)
        before = 0.0
        for rect in element.rects:
            if not 0 <= rect.page < min(len(frames), len(sizes)) or sizes[rect.page].height() <= 0:
                before += rect.height
                continue
            frame = frames[rect.page]
            scale = frame.height() / sizes[rect.page].height()
            top = frame.y() + rect.y * scale
            bottom = top + rect.height * scale
            if bottom > 0 and top < height:
                # The viewport's top cuts the element: the point is the line at the top.
                above = max(0.0, -top) / scale
                share = (before + above) / total if total > 0 else 0.0
                y = max(0.0, top)
                found.append((y, order, Place(element.id, element.text, share, y)))
                break
            before += rect.height
    found.sort(key=lambda item: item[:2])
    places = [place for _y, _order, place in found]
    chosen = next((p for p in places if p.element_id == first), None) if first else None
    if chosen is not None:
        places.remove(chosen)
        places.insert(0, chosen)
    return places[:PLACES_KEPT]


def scroll_to_keep(
    place: Place, page_map: PageMap, frames: list[QRectF], sizes: list[QSizeF]
) -> float | None:
    """The scroll position that puts ``place`` back at its height on screen on new pages
    (``frames`` in content coordinates), or None when the element is not on them."""
    element = page_map.get(place.element_id)
    if element is None:
        return None
    rects = [r for r in element.rects if 0 <= r.page < min(len(frames), len(sizes))]
    if not rects:
        return None
    total = sum(r.height for r in rects)
    left = _share_of(place, element.text) * total
    for rect in rects:
        # A point where one fragment ends and the next begins is the next one's top: a page
        # top in view, not the foot of the page before.
        if left < rect.height - 1e-6 or rect is rects[-1]:
            frame = frames[rect.page]
            size = sizes[rect.page]
            scale = frame.height() / size.height() if size.height() > 0 else 1.0
            return frame.y() + (rect.y + min(left, rect.height)) * scale - place.y
        left -= rect.height
    return None


def _share_of(place: Place, new_text: str) -> float:
    """The place's share of the element in its new text: a provisional page lays out only the
    tail of a paragraph that began on the page before, and the final pages lay it out whole."""
    old_text = place.text
    if not old_text or not new_text or old_text == new_text:
        return place.share
    if new_text.endswith(old_text):  # from the tail to the whole paragraph
        return (len(new_text) - len(old_text) + place.share * len(old_text)) / len(new_text)
    if old_text.endswith(new_text):  # from the whole paragraph to its tail
        return max(0.0, place.share * len(old_text) - (len(old_text) - len(new_text))) / len(new_text)
    return place.share
