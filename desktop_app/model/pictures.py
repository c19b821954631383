"""Pictures an article carries inside itself, and how its body names them.

A figure is one body block of its own, written in the Markdown body as

    ![Caption text](photo-1.jpg "Credit text"){.wide}

- the image's *name* is the key of a ``Picture`` in ``Article.images`` (a name not among
  them is looked up as a file beside the article, as a plain Markdown image always was);
- the alt text is the caption, the link title the credit (both may be empty);
- an optional class chooses its placed width: none for the column, ``.half`` or ``.wide``
  (the page's text width). A figure that is the body's first block is the lead photo.

Pictures are kept inside the article, so a saved document is one file that loses nothing
when the page it came from is moved or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

FIGURE_SIZES = ("column", "half", "wide")
# Larger images are refused before they are decoded: a decompression bomb is a few KB of file
# that unpacks to gigabytes. 120 megapixels is more than any press photo (a 60 MP camera).
MAX_PIXELS = 120_000_000


@dataclass(frozen=True)
class Picture:
    """One image, as prepared for print: upright, in sRGB, JPEG or PNG (or SVG kept as vectors).

    ``name`` is unique within its article and safe as a file name; ``pixels`` is
    (width, height), 0 × 0 for a vector image.
    """

    name: str
    data: bytes
    media_type: str
    pixels: tuple[int, int]
