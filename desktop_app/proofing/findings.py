"""Proofing's preflight findings: possible misspellings grouped by word, and punctuation that
could be typographic. Both are notices, a level below warnings."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.checks.finding import Finding
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.proofing.dictionaries import dictionary_names
from desktop_app.proofing.punctuation import fix_article
from desktop_app.proofing.spelling import SpellChecker
from desktop_app.proofing.words import words

# An article set in the wrong language would list every word; the first ones say enough.
MAX_SPELLING_FINDINGS = 100
SUGGESTIONS = 5
# Hunspell takes 0.3–1 s to suggest for one word; past this many seconds a preflight lists the
# remaining words without suggestions (the window's right-click and Check Spelling find them).
SUGGESTION_SECONDS = 3.0
_CHECKED_FIELDS = ("title", "subtitle")


@dataclass(frozen=True)
class ProofingFinding(Finding):
    """A notice about spelling or punctuation: ``kind`` says which; a spelling finding names
    the word, how often it occurs and what it might be; ``fix`` names a one-click fix."""

    kind: str = "spelling"
    word: str | None = None
    count: int = 0
    suggestions: tuple[str, ...] = ()
    fix: str | None = None


def proofing_findings(
    document: Document, _: Callable[[str], str], checker: SpellChecker | None = None
) -> list[Finding]:
    """Spelling and punctuation notices for ``document``, in reading order."""
    article = document.article
    checker = checker or SpellChecker(article.language, known=metadata_names(article))
    findings: list[Finding] = []
    findings += _spelling(article, checker, _)
    if fix_article(article) != article:
        message = _(
            "Straight quotes, double hyphens, three dots or double spaces could be typographic "
            "punctuation; Edit → Fix Punctuation sets them."
        )
        findings.append(
            ProofingFinding("notice", "punctuation", message, "body", kind="punctuation", fix="punctuation")
        )
    return findings


def metadata_names(article: Article) -> set[str]:
    """The words of the article's author and source: proper names, never misspellings."""
    return {w.text for field in (article.author, article.source) for w in words(field)}


def _places(article: Article):
    """Each checked text with where it is: (field, block, text)."""
    for name in _CHECKED_FIELDS:
        yield name, None, getattr(article, name)
    for index, block in enumerate(article.blocks):
        yield "body", index, block


def _spelling(article: Article, checker: SpellChecker, _) -> list[Finding]:
    groups: dict[str, list[tuple[str, int | None]]] = {}
    for name, block, text in _places(article):
        for miss in checker.misspellings(text):
            groups.setdefault(miss.word, []).append((name, block))
    if dictionary_names(article.language) and not checker.checks(article.language):
        # Spelling switched itself off (no engine, no dictionary): one notice, and nothing else.
        notice = checker.notice or _("Spelling is off: no dictionary for this language could be loaded.")
        return [ProofingFinding("notice", "spelling-off", notice, None, kind="spelling")]
    findings: list[Finding] = []
    deadline = time.monotonic() + SUGGESTION_SECONDS
    for word, places in list(groups.items())[:MAX_SPELLING_FINDINGS]:
        name, block = places[0]
        suggestions = tuple(checker.suggestions(word, SUGGESTIONS)) if time.monotonic() < deadline else ()
        where = _("paragraph %(number)d") % {"number": block + 1} if block is not None else _(name)
        message = f"'{word}' ({len(places)}×, {where})"
        if suggestions:
            message += f" — {suggestions[0]}?"
        findings.append(
            ProofingFinding(
                "notice",
                "spelling",
                message,
                name,
                block,
                kind="spelling",
                word=word,
                count=len(places),
                suggestions=suggestions,
            )
        )
    return findings
