"""Export in several locales at once: one PDF per article and locale, its name ending in the locale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop_app.language.locales import default_paper
from desktop_app.model.overrides import Overrides
from desktop_app.output.export import ExportJob, plan_targets


def locale_jobs(
    sources: Sequence[Path], titles: Sequence[str | None], folder: Path, locales: Sequence[str]
) -> list[tuple[str, list[ExportJob]]]:
    """For each locale, the export of every source into ``folder`` as ``<title>-<locale>.pdf``."""
    targets = plan_targets(sources, titles, folder)
    return [
        (
            locale,
            [
                ExportJob(s, t.with_name(f"{t.stem}-{locale}.pdf"))
                for s, t in zip(sources, targets, strict=True)
            ],
        )
        for locale in locales
    ]


def locale_overrides(overrides: Overrides, locale: str) -> Overrides:
    """The flags for one locale's exports: its words and dates, and its paper unless one was given.

    The paper follows the locale even for a saved document: a Letter edition for Washington
    and an A4 one for Moscow is the point of exporting both at once.
    """
    return replace(overrides, locale=locale, paper=overrides.paper or default_paper(locale))
