"""Articles of chosen lengths for the edition tests, and the edition's contents read back from its PDF."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from tests.pdf_tools import SAMPLES, flat, page_texts

PARAGRAPH = (
    "The council met on Tuesday to discuss the budget for the coming year, and the members "
    "agreed after a long debate that the libraries, the parks and the bus routes would keep "
    "the money they had been promised in the spring."
)


def write_article(
    folder: Path, name: str, title: str, paragraphs: int, sections: tuple[str, ...] = ()
) -> Path:
    """A Markdown article of ``paragraphs`` paragraphs, with a ``##`` heading per section."""
    body: list[str] = []
    per_section = max(1, paragraphs // max(1, len(sections) or 1))
    for i in range(paragraphs):
        if sections and i % per_section == 0 and i // per_section < len(sections):
            body.append(f"## {sections[i // per_section]}")
        body.append(f"{PARAGRAPH} ({name} {i + 1})")
    path = folder / f"{name}.md"
    day = len(name) % 9 + 1
    front = f"---\ntitle: {title}\nsource: Press Office\ndate: 2024-05-0{day}\nlanguage: en\n---\n\n"
    path.write_text(front + "\n\n".join(body) + "\n", encoding="utf-8")
    return path


def mixed_articles(folder: Path) -> list[Path]:
    """Articles of different lengths in three scripts, one with sections, so that they start on
    pages that do not follow a pattern."""
    return [
        write_article(folder, "short", "Council keeps the library budget", 3),
        SAMPLES / "ru-article.md",
        write_article(
            folder, "long", "Bus routes after the spring review", 24, ("Northern routes", "Night buses")
        ),
        SAMPLES / "zh-article.md",
        write_article(folder, "middle", "Parks open later in summer", 9),
    ]


def contents_pages(pdf: Path, titles: list[str]) -> dict[str, int]:
    """The page number the contents gives for each title, read from the PDF's first pages' text."""
    pages = page_texts(pdf)
    found: dict[str, int] = {}
    # Bidi marks out: a right-to-left entry comes out as its number, then its title, on a line.
    lines = [
        re.sub("[\u200e\u200f\u202a-\u202e]", "", line.replace(".", ""))
        for line in "\n".join(pages[:2]).splitlines()
    ]
    text, by_line = flat("".join(lines)), "|".join(flat(line) for line in lines)
    for title in titles:
        match = re.search(re.escape(flat(title)) + r"(\d+)", text) or re.search(
            r"(?:^|\|)(\d+)" + re.escape(flat(title)), by_line
        )
        assert match, f"{title!r} is not in the contents"
        found[title] = int(match.group(1))
    return found


def title_pages(pdf: Path, titles: list[str], after: int = 1) -> dict[str, int]:
    """The first page after the contents on which each title is printed."""
    pages = page_texts(pdf)
    found = {}
    for title in titles:
        for number, text in enumerate(pages, start=1):
            if number > after and flat(title) in flat(text):
                found[title] = number
                break
    return found


def outline(pdf: Path) -> list[tuple[str, int, list]]:
    """The PDF's bookmarks as (title, page, children), pages counted from 1."""
    reader = PdfReader(pdf)

    def walk(items) -> list[tuple[str, int, list]]:
        result: list[tuple[str, int, list]] = []
        for item in items:
            if isinstance(item, list):
                title, page, _children = result[-1]
                result[-1] = (title, page, walk(item))
            else:
                result.append((item.title, reader.get_destination_page_number(item) + 1, []))
        return result

    return walk(reader.outline)
