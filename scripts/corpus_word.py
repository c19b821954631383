# ruff: noqa: E501  (article text and page markup read best unbroken)
"""The Word files of the reader corpus, written with python-docx in the styles press offices use
(Title, Subtitle, Heading, List, Quote, Caption) with core properties and photos, and the reading
a person expects of each."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.shared import Inches

# name: (language, core title, core author, created, title style text, subtitle, blocks)
# A block is ("p", text), ("h1"/"h2", text), ("quote", text), ("bullet"/"number", text) or
# ("photo", caption, credit).
WORD_FILES: dict[str, dict] = {
    "word-en-release": {
        "language": "en",
        "core_title": "Release 2021-07",
        "author": "Press Office, Harbour Authority",
        "created": "2021-07-12",
        "title": "Harbour Authority opens new passenger terminal",
        "subtitle": "The terminal handles up to two thousand ferry passengers an hour.",
        "blocks": [
            ("photo", "The new terminal building seen from the quay.", "Photo: Harbour Authority"),
            (
                "p",
                "The Harbour Authority today opened its new passenger terminal on the east quay, replacing "
                "a building that had served ferry passengers since 1968.",
            ),
            (
                "p",
                "The terminal has twelve check-in desks, a waiting hall with four hundred seats and a "
                "covered walkway to both ferry berths.",
            ),
            ("h1", "Built for the next fifty years"),
            ("quote", "This terminal is built for the next fifty years of travel across the strait."),
            ("bullet", "Twelve check-in desks."),
            ("bullet", "Four hundred seats in the waiting hall."),
            ("photo", "The waiting hall before opening.", "Photo: M. Jensen"),
            (
                "p",
                "Ferries will use the new berths from Monday; the old terminal closes at the end of the month. "
                "Prices rise by 5% * 2 for cars, as announced in #harbour news.",
            ),
        ],
    },
    "word-zh-notice": {
        "language": "zh",
        "core_title": "市文化局关于举办春季读书节的通知",
        "author": "市文化局",
        "created": "2022-04-01",
        "title": "",
        "subtitle": "",
        "blocks": [
            ("p", "为营造全民阅读的良好氛围，市文化局定于四月举办春季读书节，现将有关事项通知如下。"),
            ("h1", "活动时间和地点"),
            ("p", "读书节于4月23日至4月30日在市图书馆和各区分馆举行，市民可免费参加。"),
            ("photo", "去年读书节现场。", "摄影：刘军"),
            ("number", "好书推荐展"),
            ("number", "作家见面会"),
            ("number", "少儿故事会"),
            ("quote", "让阅读成为一种生活方式。"),
        ],
    },
    "word-ru-report": {
        "language": "ru",
        "core_title": "",
        "author": "Пресс-служба администрации",
        "created": "2023-02-15",
        "title": "В городе завершился ремонт детской поликлиники",
        "subtitle": "Поликлиника снова принимает пациентов с понедельника.",
        "blocks": [
            (
                "p",
                "В городе завершился капитальный ремонт детской поликлиники на улице Ленина, которая была "
                "закрыта с весны прошлого года.",
            ),
            ("photo", "Новый холл поликлиники.", "Фото: пресс-служба администрации"),
            ("h2", "Новое оборудование"),
            (
                "p",
                "В здании заменили окна, кровлю и инженерные сети, а также установили новое медицинское "
                "оборудование.",
            ),
            ("quote", "Теперь родителям не придётся ездить с детьми в соседний район."),
        ],
    },
}


def ten_photo_blocks() -> list[tuple]:
    blocks: list[tuple] = []
    for number in range(1, 11):
        blocks.append(
            (
                "p",
                f"Paragraph {number} of the photo report, describing what the next picture shows "
                "on the day the new terminal opened.",
            )
        )
        blocks.append(("photo", f"Picture {number} of the opening day.", f"Photo: Staff {number}"))
    return blocks


WORD_FILES["word-en-ten-photos"] = {
    "language": "en",
    "core_title": "Opening day in pictures",
    "author": "Harbour Authority",
    "created": "2021-07-13",
    "title": "",
    "subtitle": "",
    "blocks": ten_photo_blocks(),
}


def write_word_files(folder: Path, photo_bytes: Callable[[str, str], bytes]) -> dict[str, dict]:
    """Write each Word file into ``folder``; the expected reading of each, by name."""
    readings = {}
    for name, spec in WORD_FILES.items():
        document = Document()
        core = document.core_properties
        core.title = spec["core_title"]
        core.author = spec["author"]
        core.created = dt.datetime.fromisoformat(spec["created"] + "T09:00:00")
        core.language = spec["language"]
        if spec["title"]:
            document.add_paragraph(spec["title"], style="Title")
        if spec["subtitle"]:
            document.add_paragraph(spec["subtitle"], style="Subtitle")
        body = []
        photos = 0
        for block in spec["blocks"]:
            kind = block[0]
            if kind == "photo":
                photos += 1
                data = photo_bytes(f"{name}-{photos}", "JPEG" if photos % 2 else "PNG")
                document.add_picture(io.BytesIO(data), width=Inches(3))
                document.add_paragraph(f"{block[1]} {block[2]}", style="Caption")
                body.append({"kind": "figure", "text": block[1], "caption": block[1], "credit": block[2],
                             "remote": None})  # fmt: skip
            elif kind in ("h1", "h2"):
                document.add_heading(block[1], level=int(kind[1]))
                body.append({"kind": "heading", "text": block[1]})
            elif kind == "quote":
                document.add_paragraph(block[1], style="Quote")
                body.append({"kind": "quote", "text": block[1]})
            elif kind in ("bullet", "number"):
                document.add_paragraph(block[1], style="List Bullet" if kind == "bullet" else "List Number")
                body.append({"kind": "list-item", "text": block[1]})
            else:
                document.add_paragraph(block[1])
                body.append({"kind": "paragraph", "text": block[1]})
        document.save(folder / f"{name}.docx")
        readings[name] = {
            "file": f"word/{name}.docx",
            "title": spec["title"] or spec["core_title"],
            "subtitle": spec["subtitle"],
            "author": spec["author"],
            "source": "",
            "date": spec["created"],
            "language": spec["language"],
            "keywords": [],
            "chrome": [],
            "body": body,
        }
    return readings
