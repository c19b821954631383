"""The reader keeps their place in the text when new pages move the page breaks: the paragraph
at the top of the view, or the selected element, stays where it was on screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF

from desktop_app.gui.reading_place import places_in_view, scroll_to_keep
from desktop_app.readers import read_document
from desktop_app.render.page_map import PageElement, PageMap, Rect
from desktop_app.resources import seed_articles

RENDER_TIMEOUT_MS = 120_000


@dataclass
class InView:
    """A paragraph as the reader sees it: which one, how much of its text is scrolled past,
    and how many characters one of its lines holds."""

    element: PageElement
    chars_above: float
    chars_per_line: float
    top: float  # its first fragment's top on the viewport, pixels


def _seen(window, element: PageElement) -> InView | None:
    view = window.preview.view
    height = view.viewport().height()
    frames = [view.to_view(r.page, QRectF(r.x, r.y, r.width, r.height)) for r in element.rects]
    if not any(f.bottom() > 0 and f.top() < height for f in frames):
        return None
    above = sum(max(0.0, min(f.bottom(), 0.0) - f.top()) for f in frames)
    total = sum(f.height() for f in frames)
    lines = total / (element.line_height * view.scale(element.rects[0].page))
    share = above / total if total else 0.0
    return InView(element, share * len(element.text), len(element.text) / max(1.0, lines), frames[0].top())


def first_paragraph_in_view(window) -> InView:
    """Read from the page map the window shows and the view's geometry, as a person would see
    it: the first paragraph with any line on screen."""
    for element in window.on_page.layer.page_map.elements:
        if element.kind == "paragraph" and (seen := _seen(window, element)) is not None:
            return seen
    raise AssertionError("no paragraph in view")


def long_article(folder: Path, paragraphs: int) -> Path:
    """The seed article's paragraphs over and over: 450 of them make some 60 pages."""
    seed = read_document(seed_articles()[0]).article
    body = [seed.paragraphs[i % len(seed.paragraphs)] for i in range(paragraphs)]
    path = folder / f"article-{paragraphs}.txt"
    path.write_text(f"{seed.title}\n\nUpdated : 2021-03-30Source : CCFAO\n\n" + "\n\n".join(body), "utf-8")
    return path


def _open(qtbot, window, path: Path) -> None:
    window.resize(1200, 800)
    with qtbot.waitSignal(window.renderer.rendered, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(path)


def _scroll_into_page(qtbot, window, page: int) -> None:
    """To ``page``, and a third of the way down it: the viewport's top cuts a paragraph."""
    preview = window.preview
    preview.go_to_page(page)
    qtbot.waitUntil(lambda: preview.current_page() == page, timeout=5000)
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.value() + round(preview.view.frames()[page].height() / 3))
    assert preview.current_page() == page


def _press_and_wait_for_final_pages(qtbot, window, action) -> list[InView]:
    """Trigger ``action``; the first paragraph in view once the provisional pages are shown."""
    at_provisional: list[InView] = []

    def seen(pages) -> None:
        if pages.provisional:
            at_provisional.append(first_paragraph_in_view(window))

    window.renderer.rendered.connect(seen)
    with qtbot.waitSignal(
        window.renderer.rendered,
        timeout=RENDER_TIMEOUT_MS,
        check_params_cb=lambda pages: not pages.provisional,
    ) as blocker:
        action.trigger()
    window.renderer.rendered.disconnect(seen)
    assert blocker.args[0].generation == window.renderer.generation
    assert not window.preview.is_provisional()
    return at_provisional


def test_the_paragraph_read_stays_in_view_when_the_final_pages_arrive(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, long_article(tmp_path, 450))
    pages_before = window.preview.page_count
    assert pages_before > 50
    _scroll_into_page(qtbot, window, 44)
    before = first_paragraph_in_view(window)
    assert before.chars_above > 0  # the view's top is inside the paragraph, not between two
    at_provisional = _press_and_wait_for_final_pages(qtbot, window, window.menu["bigger"])
    after = first_paragraph_in_view(window)
    # The larger type moved the page breaks by pages, yet the reader is on the same words.
    assert window.preview.page_count > pages_before + 5
    assert window.preview.current_page() > 44
    assert after.element.id == before.element.id
    assert abs(after.chars_above - before.chars_above) < after.chars_per_line
    # The provisional pages that came first showed the same paragraph at the top too.
    assert at_provisional and at_provisional[0].element.id == before.element.id


def test_the_paragraph_read_stays_in_view_when_the_paper_changes(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, long_article(tmp_path, 240))
    _scroll_into_page(qtbot, window, 15)
    before = first_paragraph_in_view(window)
    assert window.session.document.style.paper == "A4"

    class Paper:  # the Style panel's paper box, as an action
        @staticmethod
        def trigger() -> None:
            window.session.edit("style.paper", "A5")

    _press_and_wait_for_final_pages(qtbot, window, Paper)
    after = first_paragraph_in_view(window)
    assert window.preview.current_page() > 20  # A5 holds about half of an A4 page
    assert after.element.id == before.element.id
    assert abs(after.chars_above - before.chars_above) < after.chars_per_line


def test_the_selected_element_keeps_its_place_on_screen(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, long_article(tmp_path, 240))
    _scroll_into_page(qtbot, window, 15)
    layer = window.on_page.layer
    view = window.preview.view
    # A paragraph lower in the view than the first one, wholly on screen.
    chosen = next(
        seen
        for element in layer.page_map.elements
        if element.kind == "paragraph"
        and (seen := _seen(window, element)) is not None
        and seen.top > view.viewport().height() / 3
    )
    layer.select(chosen.element)
    qtbot.wait(200)  # selecting shows the Text panel beside the pages: they narrow
    chosen = _seen(window, chosen.element)
    assert chosen is not None and chosen.top > 0
    _press_and_wait_for_final_pages(qtbot, window, window.menu["bigger"])
    assert layer.selected is not None and layer.selected.id == chosen.element.id
    after = _seen(window, layer.selected)
    assert after is not None
    assert abs(after.top - chosen.top) <= 1.5
    assert first_paragraph_in_view(window).element.id != chosen.element.id


def _split_paragraph_map(text: str = "words " * 200) -> PageMap:
    """A paragraph that runs from the foot of page 1 onto the top of page 2, then another."""
    return PageMap(
        ((595.0, 842.0),) * 2,
        (
            PageElement(
                "b0", "body", "body", "paragraph", (Rect(0, 50, 700, 500, 92), Rect(1, 50, 50, 500, 30)), text
            ),
            PageElement("b1", "body", "body", "paragraph", (Rect(1, 50, 90, 500, 60),), "other words"),
        ),
    )


def _frames(scroll: float) -> tuple[list[QRectF], list[QSizeF]]:
    """Two pages at twice their size in points, one below the other, scrolled by ``scroll``."""
    return [QRectF(6, 6 + page * (1684 + 12) - scroll, 1190, 1684) for page in range(2)], [
        QSizeF(595, 842)
    ] * 2


def test_a_page_top_in_view_is_kept_where_a_paragraph_runs_on_from_the_page_before() -> None:
    page_map = _split_paragraph_map()
    scroll = 1684 + 12  # the view's top just above page 2
    frames, sizes = _frames(scroll)
    place = places_in_view(page_map, frames, sizes, 600)[0]
    assert place.element_id == "b0" and place.y > 0  # its second fragment, lower on screen
    content, _sizes = _frames(0)
    assert scroll_to_keep(place, page_map, content, sizes) == pytest.approx(scroll)


def test_a_paragraph_cut_by_a_provisional_page_is_followed_by_its_text() -> None:
    # Three quarters of the paragraph are on page 1 (92 of its 122 points), a quarter on page 2.
    tail = "later words of it " * 3
    whole = "early words of it " * 9 + tail
    page_map = _split_paragraph_map(whole.strip())
    frames, sizes = _frames(1684 + 12)
    place = places_in_view(page_map, frames, sizes, 600)[0]
    # On the provisional page only the tail is laid out, from the top of the page.
    provisional = PageMap(
        page_map.page_sizes,
        (PageElement("b0", "body", "body", "paragraph", (Rect(1, 50, 50, 500, 60),), tail.strip()),),
    )
    content, _sizes = _frames(0)
    kept = scroll_to_keep(place, provisional, content, sizes)
    # The tail's top stays where the paragraph's second fragment was, within a line (14 pt).
    assert kept is not None and abs(kept - (1684 + 12)) < 14 * 2
