# ruff: noqa: E501  (article text and page markup read best unbroken)
"""Write the reader corpus (tests/corpus/): saved news pages shaped like real sites' — with their
navigation, breadcrumbs, share bars, ads, related lists, comments, cookie banners and footers —
as single files, "Web page, complete" folders and MHTML archives, in legacy encodings too; Word
files; and for each the expected reading (tests/corpus/expected/ID.json).

Run from the repository: ``python scripts/make_corpus.py``. The output is committed; the
articles' text lives in scripts/corpus_articles.py.
"""

from __future__ import annotations

import base64
import io
import json
import quopri
import random
import shutil
import sys
from datetime import date
from email.header import Header
from pathlib import Path
from urllib.parse import quote

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_articles import ARTICLES, CorpusArticle
from corpus_shapes import LABELS, SHAPES, page_html
from corpus_word import WORD_FILES, write_word_files

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus"
PAGES = ROOT / "pages"
EXPECTED = ROOT / "expected"
_SUFFIX = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def photo_bytes(seed: str, kind: str, size: tuple[int, int] = (360, 240)) -> bytes:
    """A small real image: a gradient with a few shapes, a few KB once compressed."""
    rng = random.Random(seed)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top = tuple(rng.randrange(40, 200) for _ in range(3))
    bottom = tuple(rng.randrange(40, 200) for _ in range(3))
    for y in range(size[1]):
        mix = y / size[1]
        draw.line(
            [(0, y), (size[0], y)],
            fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)),
        )
    for _ in range(6):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(10, 50)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randrange(256) for _ in range(3)))
    out = io.BytesIO()
    image.save(out, kind, quality=60) if kind in ("JPEG", "WEBP") else image.save(out, kind, optimize=True)
    return out.getvalue()


def photo_sources(article: CorpusArticle) -> list[tuple[str, str, bytes]]:
    """Each photo's address in the page, its file name and its bytes."""
    suffix = _SUFFIX[article.image_format]
    found = []
    for number, _photo in enumerate(article.photos):
        name = f"{'lead' if number == 0 else f'photo{number + 1}'}.{suffix}"
        data = photo_bytes(f"{article.id}-{number}", article.image_format)
        if article.saved == "complete":
            folder = quote(article.stem) if article.encoded else article.stem
            address = f"{folder}_files/{name}"
        elif article.saved == "inline":
            address = f"data:image/{suffix};base64,{base64.b64encode(data).decode()}"
        else:  # single and mhtml: the address the site served it from
            address = f"https://images.{LABELS[article.language]['domain']}/2021/{article.id}/{name}"
        found.append((address, name, data))
    return found


def write_page(article: CorpusArticle) -> None:
    sources = photo_sources(article)
    markup = page_html(article, [a for a, _, _ in sources])
    charset = {"gb18030": "gbk", "koi8_r": "koi8-r", "cp1251": "windows-1251", "shift_jis": "shift_jis",
               "euc_kr": "euc-kr", "cp1252": "windows-1252"}.get(article.encoding, "utf-8")  # fmt: skip
    if not article.declare_charset:
        markup = markup.replace('<meta charset="{charset}">', "")
    else:
        markup = markup.replace("{charset}", charset)
    data = markup.encode(article.encoding, errors="xmlcharrefreplace")
    if article.saved == "mhtml":
        (PAGES / f"{article.id}.mhtml").write_bytes(mhtml(article, data, charset, sources))
        return
    (PAGES / f"{article.stem}.html").write_bytes(data)
    if article.saved == "complete":
        folder = PAGES / f"{article.stem}_files"
        folder.mkdir()
        for _address, name, photo in sources:
            (folder / name).write_bytes(photo)
        # What a browser saves besides: the site's CSS and scripts, never read by Imprint.
        (folder / "main.css").write_text("body{font-family:Georgia}.share{display:flex}\n")
        (folder / "analytics.js").write_text("window.dataLayer=[];\n")


def mhtml(article: CorpusArticle, page: bytes, charset: str, sources: list[tuple[str, str, bytes]]) -> bytes:
    """An archive as Chrome writes it: multipart/related, the page quoted-printable, images base64."""
    boundary = "----MultipartBoundary--corpus" + article.id.replace("-", "") + "----"
    location = f"https://www.{LABELS[article.language]['domain']}/news/{article.id}.html"
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        f"Subject: {Header(article.title, 'utf-8').encode()}\r\n"
        "Date: Tue, 30 Mar 2021 10:00:00 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
    )
    parts = [
        f"--{boundary}\r\nContent-Type: text/html; charset={charset}\r\nContent-ID: <frame-main@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {location}\r\n\r\n".encode()
        + quopri.encodestring(page).replace(b"\n", b"\r\n")
        + b"\r\n"
    ]
    for address, name, data in sources:
        kind = "image/" + ("jpeg" if name.endswith("jpg") else name.rsplit(".", 1)[1])
        encoded = base64.encodebytes(data).replace(b"\n", b"\r\n")
        parts.append(
            f"--{boundary}\r\nContent-Type: {kind}\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: {address}\r\n\r\n".encode()
            + encoded
            + b"\r\n"
        )
    parts.append(
        f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://www.{LABELS[article.language]['domain']}/static/main.css\r\n\r\n"
        "body{font-family:Georgia}\r\n".encode()
    )
    return head.encode() + b"".join(parts) + f"--{boundary}--\r\n".encode()


def expected(article: CorpusArticle) -> dict:
    """The reading a person expects: metadata, and the body's blocks in order."""
    sources = photo_sources(article)

    def figure(number: int) -> dict:
        caption, credit = article.photos[number]
        remote = sources[number][0] if article.saved == "single" else None
        return {"kind": "figure", "text": caption, "caption": caption, "credit": credit, "remote": remote}

    body: list[dict] = []
    if article.photos:
        body.append(figure(0))
    body += [{"kind": "paragraph", "text": p} for p in article.paragraphs[:2]]
    body.append({"kind": "heading", "text": article.subheading})
    if len(article.photos) > 1:
        body.append(figure(1))
    body.append({"kind": "quote", "text": article.quote})
    body += [{"kind": "list-item", "text": item} for item in article.items]
    if article.table:
        body.append({"kind": "table", "text": "\n".join("\t".join(row) for row in article.table)})
    body += [{"kind": "paragraph", "text": p} for p in article.paragraphs[2:]]
    return {
        "file": f"pages/{article.stem}.{'mhtml' if article.saved == 'mhtml' else 'html'}",
        "title": article.title,
        "subtitle": article.standfirst,
        "author": article.author,
        "source": article.source,
        "date": date.fromisoformat(article.date).isoformat(),
        "language": LABELS[article.language]["tag"]
        if SHAPES[article.shape].declares_language
        else article.language,
        "keywords": list(article.keywords) if SHAPES[article.shape].declares_keywords else [],
        "chrome": LABELS[article.language]["chrome"],
        "body": body,
    }


def main() -> None:
    for folder in (PAGES, EXPECTED, ROOT / "word"):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for article in ARTICLES:
        write_page(article)
        _write_json(EXPECTED / f"{article.id}.json", expected(article))
    for name, reading in write_word_files(ROOT / "word", photo_bytes).items():
        _write_json(EXPECTED / f"{name}.json", reading)
    print(f"{len(ARTICLES)} pages and {len(WORD_FILES)} Word files in {ROOT}")


def _write_json(path: Path, value: dict) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
