"""A bulletin column set line by line beside the same column set by the paragraph composer:
docs/pages/bulletin-column-before-after.png, shown in the README.

Run from the repository:  .venv/bin/python scripts/composer_crop.py
Needs poppler's pdftoppm and pdftotext (scripts/setup.sh installs them).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.readers import read_document  # noqa: E402
from desktop_app.render.pdf import quiet_weasyprint, render  # noqa: E402
from desktop_app.render.style_css import PT_PER_MM, measures  # noqa: E402

SAMPLE = ROOT / "docs" / "samples" / "en-article.md"
OUT = ROOT / "docs" / "pages" / "bulletin-column-before-after.png"
DPI = 110
HEIGHT_MM = 70  # of the column shown, from its first body line
LABEL_PX = 34


def column_png(breaking: str, folder: Path) -> Image.Image:
    document = read_document(SAMPLE)
    document = document.with_changes(
        style=document.style.with_changes(line_breaking=breaking),
        options=document.options.with_changes(layout="bulletin"),
    )
    pdf = folder / f"{breaking}.pdf"
    pdf.write_bytes(render(document).pdf)
    first_word = document.article.paragraphs[0].split()[0]
    command = ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"]
    boxes = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    # The first body word: the first word box with that text below the masthead and title.
    tops = [
        float(line.split('yMin="')[1].split('"')[0])
        for line in boxes.splitlines()
        if line.strip().endswith(f">{first_word}</word>")
    ]
    top = next(y for y in tops if y > 150)
    style = document.style
    left = style.margin_left * PT_PER_MM
    width = measures(style, "en", True).column_width
    scale = DPI / 72
    x, y = round((left - 4) * scale), round((top - 4) * scale)
    w, h = round((width + 8) * scale), round(HEIGHT_MM * PT_PER_MM * scale)
    crop = ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    png = folder / f"{breaking}"
    subprocess.run(
        ["pdftoppm", "-f", "1", "-l", "1", "-r", str(DPI), *crop, "-png", "-singlefile", str(pdf), str(png)],
        check=True,
    )
    return Image.open(f"{png}.png").convert("RGB")


def main() -> None:
    quiet_weasyprint()
    with tempfile.TemporaryDirectory() as folder:
        before = column_png("line", Path(folder))
        after = column_png("paragraph", Path(folder))
    gap = 24
    sheet = Image.new("RGB", (before.width + after.width + gap, before.height + LABEL_PX), "white")
    sheet.paste(before, (0, LABEL_PX))
    sheet.paste(after, (before.width + gap, LABEL_PX))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default(size=18)
    draw.text((6, 6), "Line by line (before)", fill="#333333", font=font)
    draw.text((before.width + gap + 6, 6), "Paragraph composer (now)", fill="#333333", font=font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(OUT, optimize=True)
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
