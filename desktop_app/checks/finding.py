"""One preflight finding: what the command line prints and the window lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# "notice": spelling and punctuation (see proofing/findings.py), a level below warnings.
Severity = Literal["error", "warning", "notice"]


@dataclass(frozen=True)
class Finding:
    """One problem: how bad, a stable code, a message for people, and what it concerns."""

    severity: Severity
    code: str
    message: str
    field: str | None = None
    paragraph: int | None = None  # which paragraph of the body, when the finding is about one
    # An installed font file that draws what the finding is about, which the window can take in.
    fix_font: str | None = None
    # The body block a photo finding is about (its figure), and the photo's name or web address:
    # the window offers to choose the file for a photo the saved page did not keep.
    block: int | None = None
    image: str | None = None


def variant_label(variant: str) -> str:
    """How the standards write a variant's name: pdf/x-4 -> PDF/X-4, pdf/a-3b -> PDF/A-3b."""
    kind, _, level = variant.removeprefix("pdf/").partition("-")
    return f"PDF/{kind.upper()}-{level}"
