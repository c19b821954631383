"""The Style panel chooses how justified lines are broken, and the preview shows it."""

from __future__ import annotations

import pytest
from test_window import RENDER_TIMEOUT_MS, open_and_wait, wait_for_pdf

from desktop_app.render.pdf import render
from desktop_app.resources import seed_articles

pytestmark = pytest.mark.slow


def test_the_style_panel_turns_the_paragraph_composer_off_and_on(qtbot, window):
    open_and_wait(qtbot, window, seed_articles()[0])
    combo = window.style_panel.line_breaking
    assert combo.currentData() == window.session.document.style.line_breaking == "paragraph"
    composed_pdf = window.preview.last_pdf

    index = combo.findData("line")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait_for_pdf(qtbot, window, lambda pdf: pdf != composed_pdf)
    assert window.session.document.style.line_breaking == "line"
    first_pdf = window.preview.last_pdf
    assert render(window.session.document).pdf == first_pdf

    index = combo.findData("paragraph")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)

    wait_for_pdf(qtbot, window, lambda pdf: pdf != first_pdf)
    document = window.session.document
    assert document.style.line_breaking == "paragraph"
    # The preview is the very PDF an export of the same document writes.
    qtbot.waitUntil(lambda: window.preview.last_pdf == render(document).pdf, timeout=RENDER_TIMEOUT_MS)
    assert combo.accessibleName() == "Line breaks"
