"""A+ / A / A−: one role's size or every size, a step at a time, within the allowed range."""

from __future__ import annotations

import pytest

from desktop_app.model.style import LIMITS, MAX_FONT_PT, ExportOptions, Style


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


def test_the_model_refuses_just_past_every_limit() -> None:
    for name, limit in LIMITS.items():
        owner = ExportOptions if name == "bleed_mm" else Style
        assert getattr(owner(**{name: limit.high}), name) == limit.high
        for outside in (limit.low - 1, limit.high + 1):
            with pytest.raises(ValueError, match="must be between"):
                owner(**{name: outside})


@pytest.mark.parametrize(
    ("flag", "field"),
    [
        ("--font-size", "body_size"),
        ("--line-height", "line_height"),
        ("--columns", "columns"),
        ("--margins", "margin_top"),
        ("--bleed", "bleed_mm"),
    ],
)
def test_the_command_line_stops_at_the_model_limits(flag: str, field: str, capsys) -> None:
    # The command line reads the model's table: its last allowed value parses, one past it is refused.
    from desktop_app.cli import _parser as build_parser

    limit = LIMITS[field]
    parser = build_parser()
    parser.parse_args(["export", "a.txt", flag, f"{limit.high:g}"])
    with pytest.raises(SystemExit):
        parser.parse_args(["export", "a.txt", flag, f"{limit.high + 1:g}"])
    assert f"{limit.high:g}" in capsys.readouterr().err
