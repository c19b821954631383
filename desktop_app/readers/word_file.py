"""Word documents (``.docx``): the body through mammoth with a small style map of our own, the
photos through its image hook, title, author and date from the document's core properties
where the text gives none.

The style map (Word style → block):

====================  =========================================
Title                 the article's title
Subtitle              its subtitle (standfirst)
Heading 1, 2, 3       subheadings (``##``, ``###``, ``###``)
List Bullet, List     list items (numbered for List Number); any
Number                paragraph Word numbers is a list item too
Quote, Intense Quote  quotes
Caption               the caption (and credit) of the photo above
====================  =========================================

A photo linked from outside the file is never read, a zip bomb is refused from the sizes the
archive declares before anything is unpacked, and a password-protected file gets a clear error.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.errors import ArticleError
from desktop_app.model.article import ArticleMeta
from desktop_app.readers.dates import parse_date
from desktop_app.readers.figures import Figures, ReadArticle
from desktop_app.readers.html_blocks import Block, blocks_of, markdown_of, parse_fragment, split_credit
from desktop_app.readers.markdown_blocks import clean

STYLE_MAP = """
p[style-name='Title'] => h1.title:fresh
p[style-name='Subtitle'] => p.subtitle:fresh
p[style-name='Heading 1'] => h2:fresh
p[style-name='Heading 2'] => h3:fresh
p[style-name='Heading 3'] => h4:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Caption'] => p.caption:fresh
p[style-name='List Bullet'] => ul > li:fresh
p[style-name='List Number'] => ol > li:fresh
"""

# A Word file unpacks to a few MB: more than this in all, an XML part larger than a long book's,
# or a part that grows a hundredfold, is a zip bomb (the XML is parsed whole, so it bounds memory).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_XML_BYTES = 25 * 1024 * 1024
MAX_RATIO = 100
# A byline the text gives itself, short and alone on its line: "By Jane Roe", "Автор: …".
_BYLINE = re.compile(r"^\s*(?:By|Par|Von|Por|Автор|作者|记者|بقلم)\s*[:：]?\s*(?=\S.{0,60}$)", re.I)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CORE = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dcterms": "http://purl.org/dc/terms/",
}


def read_word_file(path: Path, data: bytes) -> ReadArticle:
    """The article of a ``.docx`` file; ArticleError for a locked, damaged or hostile one."""
    archive = _checked_archive(path, data)
    # Imported here: only Word files need mammoth.
    import mammoth

    figures = Figures(lambda _src: None)

    def convert_image(image) -> dict[str, str]:
        try:
            with image.open() as stream:
                content = stream.read(MAX_UNPACKED_BYTES)
        except (OSError, KeyError, mammoth.docx.files.ExternalFileAccessIsDisabledError) as exc:
            figures.problems.append(f"photo not read: {exc}")
            return {"src": ""}
        kind = (image.content_type or "image/png").split("/")[-1]
        name = figures.add(f"photo-{len(figures.pictures) + 1}.{kind}", content)
        return {"src": name or ""}

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(convert_image),
            external_file_access=False,
        )
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise ArticleError(path, f"damaged Word file ({exc})") from exc
    blocks = list(blocks_of(parse_fragment(f"<div>{result.value}</div>")))
    meta, body = _arrange(blocks, _core_properties(archive))
    if not body:
        raise ArticleError(path, "no article found")
    markdown = "\n\n".join(markdown_of(b) for b in body if b.kind != "figure" or b.src)
    return ReadArticle(meta, markdown, tuple(figures.pictures.values()), tuple(figures.problems))


def _checked_archive(path: Path, data: bytes) -> zipfile.ZipFile:
    if data.startswith(_OLE_MAGIC):
        raise ArticleError(
            path, "password-protected or old-format Word file: remove the password or save it as .docx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ArticleError(path, "not a Word file (.docx is a zip archive)") from exc
    # The sizes each entry declares bound what zipfile will unpack, so checking them is enough.
    total = sum(e.file_size for e in entries)
    if total > MAX_UNPACKED_BYTES:
        raise ArticleError(path, f"refused: unpacks to {total >> 20} MiB, more than a Word file holds")
    for entry in entries:
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(1, entry.compress_size):
            raise ArticleError(path, f"refused: {entry.filename} is compressed {MAX_RATIO}-fold or more")
        if entry.filename.endswith((".xml", ".rels")) and entry.file_size > MAX_XML_BYTES:
            raise ArticleError(path, f"refused: {entry.filename} unpacks to {entry.file_size >> 20} MiB")
    if "word/document.xml" not in archive.namelist():
        raise ArticleError(path, "not a Word file: no word/document.xml inside")
    return archive


def _core_properties(archive: zipfile.ZipFile) -> ArticleMeta:
    try:
        root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, ElementTree.ParseError):
        return ArticleMeta()

    def field(name: str) -> str:
        element = root.find(name, _CORE)
        return clean(element.text or "") if element is not None else ""

    keywords = tuple(k for k in (clean(k) for k in field("cp:keywords").replace(";", ",").split(",")) if k)
    return ArticleMeta(
        title=field("dc:title"),
        subtitle=field("dc:subject"),
        author=field("dc:creator"),
        date=parse_date(field("dcterms:created")),
        language=field("dc:language"),
        keywords=keywords,
    )


def _arrange(blocks: list[Block], core: ArticleMeta) -> tuple[ArticleMeta, list[Block]]:
    """The title and subtitle out of the body, captions under their photos."""
    title = next((b.text for b in blocks if b.role == "title"), "")
    subtitle = next((b.text for b in blocks if b.role == "subtitle"), "")
    body: list[Block] = []
    author = ""
    for block in blocks:
        if block.role in ("title", "subtitle"):
            continue
        if block.role == "caption" and body and body[-1].kind == "figure":
            # A caption paragraph says more than the photo's alt text (often its file name).
            caption, credit = split_credit(block.text)
            body[-1] = Block("figure", src=body[-1].src, caption=caption, credit=credit)
            continue
        if block.kind == "paragraph" and len(body) < 2 and not author and _BYLINE.match(block.text):
            author = _BYLINE.sub("", block.text).strip()
            continue
        body.append(block)
    meta = ArticleMeta(
        title=title or core.title,
        subtitle=subtitle or core.subtitle,
        author=author or core.author,
        date=core.date,
        language=core.language,
        keywords=core.keywords,
    )
    return meta, body
