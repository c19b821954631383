"""A+ / A / A−: one role's size or every size, a step at a time, within the allowed range."""

from __future__ import annotations

from desktop_app.model.style import MAX_FONT_PT, Style


def test_a_role_changes_alone() -> None:
    style = Style()
    bigger = style.resized(1, "title")
    assert bigger.title_size == round(style.title_size * 1.1, 1)
    assert (bigger.body_size, bigger.subtitle_size, bigger.meta_size) == (
        style.body_size,
        style.subtitle_size,
        style.meta_size,
    )
    assert bigger.resized(0, "title") == style


def test_without_a_role_every_size_changes() -> None:
    smaller = Style().resized(-1)
    assert all(getattr(smaller, n) < getattr(Style(), n) for n in ("body_size", "title_size", "meta_size"))
    assert smaller.resized(0) == Style()


def test_sizes_stop_at_the_limit() -> None:
    style = Style(title_size=MAX_FONT_PT)
    assert style.resized(1, "title").title_size == MAX_FONT_PT
