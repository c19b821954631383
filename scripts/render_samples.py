"""Render the first page of every layout in every sample language to docs/pages/*.png.

Run from the repository:  .venv/bin/python scripts/render_samples.py
Needs poppler's pdftoppm (scripts/setup.sh installs it).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.language.locales import style_for_locale  # noqa: E402
from desktop_app.readers import read_document  # noqa: E402
from desktop_app.render.layouts import layout_names  # noqa: E402
from desktop_app.render.pdf import quiet_weasyprint, render  # noqa: E402

# Each locale shows the sample article written in its language.
SAMPLES = {"en": "en-article.md", "zh_CN": "zh-article.md", "ru": "ru-article.md"}
# One article in each of six more scripts, in the classic layout and its own locale: Arabic and
# Hebrew right to left, Devanagari, Thai, Japanese and Korean (with their own CJK faces).
SCRIPT_SAMPLES = {tag: f"{tag}-article.md" for tag in ("ar", "he", "hi", "th", "ja", "ko")}
# An article with a lead photo, a half-width figure and a column figure, in the bulletin.
PHOTO_SAMPLE = ("en", "en-photos.md", ["bulletin"], "-photos")
RESOLUTION_DPI = 60


def render_samples(out_dir: Path, resolution: int = RESOLUTION_DPI) -> list[Path]:
    """Write ``<layout>-<locale>.png`` for every layout and sample locale; returns the files."""
    quiet_weasyprint()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    runs = [(locale, sample, layout_names(), "") for locale, sample in SAMPLES.items()]
    runs += [(tag, sample, ["classic"], "") for tag, sample in SCRIPT_SAMPLES.items()]
    runs.append(PHOTO_SAMPLE)
    with tempfile.TemporaryDirectory() as tmp:
        for locale, sample, layouts, suffix in runs:
            document = read_document(ROOT / "docs" / "samples" / sample)
            for layout in layouts:
                doc = document.with_changes(
                    style=style_for_locale(document.style, locale),
                    options=document.options.with_changes(layout=layout, locale=locale),
                )
                pdf = Path(tmp) / f"{layout}-{locale}.pdf"
                pdf.write_bytes(render(doc).pdf)
                stem = out_dir / f"{layout}-{locale}{suffix}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(resolution),
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
                written.append(stem.with_suffix(".png"))
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "pages", help="folder for the PNGs")
    parser.add_argument("--dpi", type=int, default=RESOLUTION_DPI)
    args = parser.parse_args()
    for path in render_samples(args.out, args.dpi):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
