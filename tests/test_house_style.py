"""House styles: the organisation's name, contacts, footer, logo, colour and faces on every
layout's pages, read back from the PDF; bad files are reported and left out; sharing one."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from pdf_glyphs import notdef_characters
from pdf_tools import pdf_fonts, sample_document
from PIL import Image
from pypdf import PdfReader

from desktop_app.app.house_styles import (
    HouseStyleError,
    export_house_style,
    import_house_style,
    library_styles,
    load_house_style,
    read_house_style,
    save_to_library,
)
from desktop_app.cli import main
from desktop_app.render.pdf import render
from tests.conftest import pdf_text, squeeze

LAYOUTS = ("classic", "bulletin", "press-release")
ACCENT = (0x0B, 0x53, 0x94)
# The SVG logo's circle: a colour no layout uses, so finding it on the page finds the logo.
LOGO_ORANGE = (0xE6, 0x91, 0x38)
SVG_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<rect width="40" height="40" fill="#0b5394"/><circle cx="80" cy="20" r="18" fill="#e69138"/></svg>'
)
HEADING_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# Layouts and house styles live in the user data folder: each test gets its own.
pytestmark = pytest.mark.usefixtures("private_dirs")


def _house(folder: Path, **changes: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "logo.svg").write_text(SVG_LOGO, encoding="utf-8")
    payload: dict[str, object] = {
        "name": "Northwind Press Office",
        "logo": "logo.svg",
        "accent": "#0b5394",
        "address": ["1 Harbour Road", "Portsmouth PO1 3AB"],
        "contact": ["Ann Lee", "press@northwind.example"],
        "website": "northwind.example",
        "footer": "Northwind Ltd, registered in England 01234567",
    }
    payload.update(changes)
    (folder / "house-style.json").write_text(json.dumps(payload), encoding="utf-8")
    return folder / "house-style.json"


def _render(tmp_path: Path, layout: str, house: str = "", locale: str = "en", **options: object) -> Path:
    document = sample_document(locale, layout)
    document = document.with_changes(options=document.options.with_changes(house_style=house, **options))
    target = tmp_path / f"{layout}-{bool(house)}.pdf"
    target.write_bytes(render(document).pdf)
    return target


def _pixels(pdf: Path, page: int = 1) -> Image.Image:
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf), str(prefix)], check=True
    )
    return Image.open(next(prefix.parent.glob(f"{prefix.name}-*{page}.png"))).convert("RGB")


def _has_colour(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> bool:
    colours = image.getcolors(maxcolors=1 << 24) or []
    return any(all(abs(a - b) <= tolerance for a, b in zip(c, colour, strict=True)) for _n, c in colours)


def _images(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_wears_the_house_style_and_is_plain_without_it(tmp_path: Path, layout: str) -> None:
    house = str(_house(tmp_path / "house"))
    with_house, without = _render(tmp_path, layout, house), _render(tmp_path, layout)
    text, plain = squeeze(pdf_text(with_house)), squeeze(pdf_text(without))
    assert squeeze("Northwind Ltd, registered in England 01234567") in text
    assert "Northwind" not in plain
    if layout != "classic":
        # The classic layout shows only the logo and footer; the others name the house.
        assert squeeze("Northwind Press Office") in text
    if layout == "press-release":
        for line in ("1 Harbour Road", "Ann Lee", "press@northwind.example", "northwind.example"):
            assert squeeze(line) in text
    page = _pixels(with_house)
    assert _has_colour(page, LOGO_ORANGE), "the SVG logo is drawn"
    assert _has_colour(page, ACCENT), "the accent colour is used"
    assert not _has_colour(_pixels(without), LOGO_ORANGE)
    # An SVG logo stays vectors: no image in the PDF.
    assert _images(with_house) == []


def test_a_png_logo_is_an_image_in_the_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "house"
    house = _house(folder, logo="logo.png")
    Image.new("RGB", (300, 100), LOGO_ORANGE).save(folder / "logo.png")
    images = _images(_render(tmp_path, "press-release", str(house)))
    assert [(row[3], row[4]) for row in images] == [("300", "100")]


def test_house_elements_are_in_the_page_map(tmp_path: Path) -> None:
    document = sample_document("en", "press-release")
    house = str(_house(tmp_path / "house"))
    document = document.with_changes(options=document.options.with_changes(house_style=house))
    ids = {e.id for e in render(document).page_map.elements if e.field == "house"}
    assert {"house.logo", "house.name", "house.address", "house.contact"} <= ids


def test_house_typeface_is_used_for_headings_and_other_scripts_fall_back(tmp_path: Path) -> None:
    if not HEADING_FONT.is_file():
        pytest.skip("DejaVu Sans Bold is not installed")
    folder = tmp_path / "house"
    (folder / "fonts").mkdir(parents=True)
    (folder / "fonts" / "Heading.ttf").write_bytes(HEADING_FONT.read_bytes())
    house = str(_house(folder, fonts={"headings": "fonts/Heading.ttf"}))
    english = pdf_fonts(_render(tmp_path, "classic", house))
    assert any("DejaVu-Sans-Bold" in row.name for row in english)
    (tmp_path / "zh").mkdir()
    chinese = _render(tmp_path / "zh", "classic", house, locale="zh_CN")
    # DejaVu has no Chinese: the title falls back to Imprint's CJK faces, with no empty box.
    assert any("CJK" in row.name for row in pdf_fonts(chinese))
    assert notdef_characters(chinese) == {}


def test_pdf_x4_keeps_its_output_intent_with_an_accent_colour(tmp_path: Path) -> None:
    house = str(_house(tmp_path / "house"))
    pdf = _render(tmp_path, "bulletin", house, pdf_variant="pdf/x-4")
    intents = PdfReader(pdf).trailer["/Root"]["/OutputIntents"]
    assert intents[0].get_object()["/S"] == "/GTS_PDFX"
    # Drawn through the sRGB profile the variant ties screen colours to: near, not equal.
    assert _has_colour(_pixels(pdf), ACCENT, tolerance=32)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"logo": "missing.png"}, "logo 'missing.png' cannot be found"),
        ({"logo": "../../../../etc/passwd"}, "outside the house style's folder"),
        ({"accent": "blue"}, "is not a colour"),
    ],
)
def test_bad_logo_or_colour_is_reported_and_the_page_prints_without_it(
    tmp_path: Path, change: dict[str, str], message: str
) -> None:
    house = _house(tmp_path / "house", **change)
    style = read_house_style(house)
    assert any(message in problem for problem in style.problems)
    pdf = _render(tmp_path, "press-release", str(house))
    assert squeeze("Northwind Press Office") in squeeze(pdf_text(pdf))


def test_an_enormous_logo_is_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "house"
    house = _house(folder, logo="logo.png")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * 1024 * 1024))
    assert any("too large" in problem for problem in read_house_style(house).problems)
    assert _images(_render(tmp_path, "press-release", str(house))) == []


def test_an_svg_logo_pointing_outside_itself_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "house"
    house = _house(folder)
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>',
        encoding="utf-8",
    )
    assert any("points outside itself" in p for p in read_house_style(house).problems)


def test_a_missing_or_broken_house_style_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(HouseStyleError, match="no such house style"):
        load_house_style(str(tmp_path / "nowhere" / "house-style.json"))
    broken = tmp_path / "broken" / "house-style.json"
    broken.parent.mkdir()
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(HouseStyleError, match="invalid JSON at line 1"):
        read_house_style(broken)


def test_export_and_import_round_trip_with_logo_and_fonts(tmp_path: Path) -> None:
    folder = tmp_path / "house"
    (folder / "fonts").mkdir(parents=True)
    (folder / "fonts" / "Heading.ttf").write_bytes(HEADING_FONT.read_bytes())
    original = read_house_style(_house(folder, fonts={"headings": "fonts/Heading.ttf"}))
    shared = tmp_path / "northwind.imprint-house"
    export_house_style(original, shared)
    (folder / "logo.svg").unlink()  # the shared file carries its own copy
    imported = import_house_style(shared)
    assert [s.name for s in library_styles()] == ["Northwind Press Office"]
    assert imported == original.with_changes(
        folder=imported.folder, logo="logo.svg", heading_font="heading-font.ttf"
    )
    assert imported.logo_path.read_text(encoding="utf-8") == SVG_LOGO
    assert imported.file(imported.heading_font).read_bytes() == HEADING_FONT.read_bytes()
    # By name, as the window's documents refer to it.
    assert load_house_style("Northwind Press Office") == imported


def test_a_shared_file_is_used_directly_on_the_command_line(tmp_path: Path) -> None:
    shared = tmp_path / "northwind.imprint-house"
    export_house_style(read_house_style(_house(tmp_path / "house")), shared)
    out = tmp_path / "out.pdf"
    assert main(["export", "docs/samples/en-article.md", "-o", str(out), "--layout", "bulletin",
                 "--house-style", str(shared), "-q"]) == 0  # fmt: skip
    assert squeeze("Northwind Press Office") in squeeze(pdf_text(out))


def test_command_line_house_style_on_export_edition_and_preflight(tmp_path: Path, capsys) -> None:
    house = str(_house(tmp_path / "house"))
    single, edition = tmp_path / "one.pdf", tmp_path / "edition.pdf"
    assert (
        main(["export", "docs/samples/en-article.md", "-o", str(single), "--house-style", house, "-q"]) == 0
    )
    assert squeeze("Northwind Ltd, registered") in squeeze(pdf_text(single))
    articles = ["docs/samples/en-article.md", "docs/samples/ru-article.md"]
    assert main(["edition", *articles, "-o", str(edition), "--house-style", house, "-q"]) == 0
    first_page = squeeze(PdfReader(edition).pages[0].extract_text())
    assert squeeze("Northwind Press Office") in first_page
    assert _has_colour(_pixels(edition), LOGO_ORANGE)
    assert main(["preflight", "docs/samples/en-article.md", "--house-style", house]) in (0, 1)
    with pytest.raises(SystemExit) as bad:
        main(["export", "docs/samples/en-article.md", "--house-style", str(tmp_path / "none")])
    assert bad.value.code == 2
    assert "no such house style" in capsys.readouterr().err


def test_saving_to_the_library_copies_the_files_and_renames_in_place(tmp_path: Path) -> None:
    style = read_house_style(_house(tmp_path / "house"))
    saved = save_to_library(style)
    assert saved.folder != style.folder and saved.logo_path.read_text(encoding="utf-8") == SVG_LOGO
    renamed = save_to_library(saved.with_changes(name="Northwind"), previous=saved.name)
    assert renamed.folder == saved.folder
    assert [s.name for s in library_styles()] == ["Northwind"]


def test_preflight_reports_what_the_house_style_leaves_out(tmp_path: Path, capsys) -> None:
    house = _house(tmp_path / "house", logo="missing.png")
    assert main(["preflight", "docs/samples/en-article.md", "--house-style", str(house)]) in (0, 1)
    assert "House style: logo 'missing.png' cannot be found" in capsys.readouterr().out
