"""Dates as news pages write them: 2021-03-30, 2021年3月30日, 30.03.2021, 30 марта 2021,
March 30, 2021, 30 mars 2021, 30. März 2021, 30 de marzo de 2021."""

from __future__ import annotations

import re
from datetime import date

_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"), ("y", "m", "d")),
    (re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일?"), ("y", "m", "d")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), ("d", "m", "y")),
)

DATE_PATTERN = "|".join(p.pattern for p, _ in _PATTERNS)

# Month names (and the stems their inflected forms share) in the languages Imprint reads.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jän enero января январь",
        "february feb février févr februar febrero февраля февраль",
        "march mar mars märz marzo марта март",
        "april apr avril abril апреля апрель",
        "may mai mayo мая май",
        "june jun juin juni junio июня июнь",
        "july jul juillet juil juli julio июля июль",
        "august aug août agosto августа август",
        "september sep sept septembre septiembre сентября сентябрь",
        "october oct octobre oktober okt octubre октября октябрь",
        "november nov novembre noviembre ноября ноябрь",
        "december dec décembre déc dezember dez diciembre декабря декабрь",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})", re.I)
_MONTH_FIRST = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)


def parse_date(text: str) -> date | None:
    """The first date found in ``text``, or None when there is none or it is impossible."""
    for pattern, order in _PATTERNS:
        match = pattern.search(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            return _date(parts["y"], parts["m"], parts["d"])
    return parse_written_date(text)


def parse_written_date(text: str) -> date | None:
    """A date written with the month's name: ``30 марта 2021``, ``March 30, 2021``."""
    match = _DAY_FIRST.search(text)
    if match:
        return _date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    match = _MONTH_FIRST.search(text)
    if match:
        return _date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
