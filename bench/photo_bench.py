"""Benchmark of photos in the PDF: what a WebP photo takes in the PDF written losslessly (as
PNG, how it was held before) and as Imprint writes it now, and what a 24-megapixel photo costs a
render, the first time (prepared and downsampled) and the next (the preview after an edit).

Run: python bench/photo_bench.py
Prints one JSON object. Not a test: the figures depend on the machine and the photo. The photo
is the sample's drawn bridge (docs/samples/photos), scaled up, with grain, so it compresses as a
photo does rather than as flat colour.
"""

from __future__ import annotations

import io
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from desktop_app.model.article import Article  # noqa: E402
from desktop_app.model.document import Document  # noqa: E402
from desktop_app.model.pictures import Picture  # noqa: E402
from desktop_app.model.presets import apply_preset  # noqa: E402
from desktop_app.readers.pictures import prepare_picture  # noqa: E402
from desktop_app.render.pdf import quiet_weasyprint, render, warm_up  # noqa: E402

TEXT = "The council opened the harbour bridge on Tuesday morning. " * 20


def _photo(size: tuple[int, int]) -> Image.Image:
    base = Image.open(ROOT / "docs" / "samples" / "photos" / "bridge.jpg").convert("RGB")
    image = base.resize(size, Image.Resampling.BICUBIC)
    rng = random.Random(7)
    grain = Image.new("L", (size[0] // 2, size[1] // 2))
    grain.putdata([rng.randrange(80, 176) for _ in range(grain.width * grain.height)])
    grain = grain.resize(size).convert("RGB")
    return Image.blend(image, grain, 0.12)


def _document(picture: Picture, preset: str) -> Document:
    article = Article(
        title="Photo benchmark",
        body=f"![Caption]({picture.name})\n\n{TEXT}",
        body_format="markdown",
        images=(picture,),
    )
    document = Document(article)
    return document.with_changes(options=apply_preset(document.options, preset))


def webp_sizes() -> dict[str, int]:
    out = io.BytesIO()
    photo = _photo((2000, 1250))
    photo.save(out, "WEBP", quality=80)
    webp = out.getvalue()
    lossless = io.BytesIO()
    photo.save(lossless, "PNG")
    before = Picture("photo.png", lossless.getvalue(), "image/png", photo.size)
    now = prepare_picture("photo.webp", webp)
    return {
        "webp_bytes": len(webp),
        "pdf_bytes_lossless_png": len(render(_document(before, "archive")).pdf),
        "pdf_bytes_now": len(render(_document(now, "archive")).pdf),
    }


def big_photo_renders() -> dict[str, float]:
    out = io.BytesIO()
    _photo((6000, 4000)).save(out, "JPEG", quality=90)
    started = time.perf_counter()
    picture = prepare_picture("big.jpg", out.getvalue())
    figures = {"prepare_24mp_jpeg_s": time.perf_counter() - started}
    for preset in ("office", "archive"):
        document = _document(picture, preset)
        for run in ("first", "next"):
            started = time.perf_counter()
            result = render(document)
            figures[f"{preset}_render_{run}_s"] = time.perf_counter() - started
        figures[f"{preset}_pdf_bytes"] = len(result.pdf)
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}


def main() -> int:
    quiet_weasyprint()
    warm_up()
    print(json.dumps({"webp": webp_sizes(), "24_megapixels": big_photo_renders()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
