"""Dates as news pages write them: 2021-03-30, 2021年3月30日, 30.03.2021."""

from __future__ import annotations

import re
from datetime import date

_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"), ("y", "m", "d")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), ("d", "m", "y")),
)

DATE_PATTERN = "|".join(p.pattern for p, _ in _PATTERNS)


def parse_date(text: str) -> date | None:
    """The first date found in ``text``, or None when there is none or it is impossible."""
    for pattern, order in _PATTERNS:
        match = pattern.search(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None
