"""Preflight of photos: not saved, missing or unreadable, too soft at their placed size, or
not allowed as they are by the PDF variant; on the command line too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from picture_samples import BLUE, figure_document, listed_images, photo, png_claiming

from desktop_app.checks.preflight import Finding, preflight
from desktop_app.cli import main
from desktop_app.readers.imprint_file import save_document
from desktop_app.render.pdf import render

TEXT = "The council opened the harbour bridge on Tuesday morning."


def _photo_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.code.startswith(("photo-", "variant-photo", "variant-transparency"))]


def test_a_photo_the_page_did_not_save_is_named_and_never_fetched(listener) -> None:
    port, heard = listener
    url = f"http://127.0.0.1:{port}/crowd.jpg"
    document = figure_document(f'{TEXT}\n\n![Crowd on the quay]({url} "Photo: Agency")', {})
    (finding,) = _photo_findings(preflight(document, "en"))
    assert (finding.severity, finding.code, finding.message) == (
        "error",
        "photo-not-saved",
        f"photo not saved with the page: {url}",
    )
    assert (finding.field, finding.block, finding.image) == ("body", 1, url)
    render(document)
    assert heard == []


def test_missing_and_unreadable_photos_beside_the_article(tmp_path: Path) -> None:
    data = photo((800, 600))
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 3])
    (tmp_path / "fine.jpg").write_bytes(photo((2400, 1600)))
    source = tmp_path / "story.md"
    source.write_text(
        "---\ntitle: Photos\ndate: 2024-05-17\n---\n"
        "![Gone](gone.jpg)\n\n![Cut](cut.jpg)\n\n![Fine](fine.jpg)\n\n![Outside](../secret.jpg)\n",
        encoding="utf-8",
    )
    from desktop_app.readers import read_document

    document = read_document(source)
    found = {(f.code, f.block) for f in _photo_findings(preflight(document, "en"))}
    assert found == {("photo-missing", 0), ("photo-unreadable", 1), ("photo-missing", 3)}
    unreadable = next(f for f in preflight(document, "en") if f.code == "photo-unreadable")
    assert "cut.jpg" in unreadable.message
    # The figure whose photo cannot be used keeps its caption; the fine photo prints.
    result = render(document)
    assert result.page_map.get("b1.caption").text == "Cut"
    assert result.page_map.get("b2").kind == "figure"


@pytest.mark.parametrize(
    ("pixels", "size", "layout", "expected"),
    [
        (600, "column", "classic", ("error", 87)),  # 6.85 inches of measure
        (1200, "column", "classic", ("warning", 175)),
        (2400, "column", "classic", None),
        (1200, "half", "classic", None),  # half the measure: 350 ppi
        (800, "column", "bulletin", None),  # a bulletin column is 3.3 inches: 242 ppi
        (800, "wide", "bulletin", ("error", 116)),
    ],
)
def test_each_photos_resolution_at_its_placed_size(
    pixels: int, size: str, layout: str, expected: tuple[str, int] | None
) -> None:
    size_mark = "" if size == "column" else f"{{.{size}}}"
    body = f"{TEXT}\n\n![A photo](p.jpg){size_mark}\n\n{TEXT}"
    document = figure_document(body, {"p.jpg": photo((pixels, pixels * 2 // 3))}, layout)
    found = [f for f in preflight(document, "en") if f.code == "photo-resolution"]
    if expected is None:
        assert found == []
        return
    (finding,) = found
    severity, ppi = expected
    assert finding.severity == severity and f"{ppi} ppi" in finding.message and finding.block == 1


def test_archive_and_screen_pdfs_keep_their_pixels_and_are_not_held_to_print_resolution() -> None:
    for variant in ("pdf/a-3b", "pdf/ua-1"):
        document = figure_document(
            f'![A photo](p.jpg "Credit")\n\n{TEXT}', {"p.jpg": photo((300, 200))}, pdf_variant=variant
        )
        assert [f for f in preflight(document, "en") if f.code == "photo-resolution"] == []


def test_variants_that_cannot_hold_a_photo_as_it_is_say_so() -> None:
    body = f"![]({'p.jpg'})\n\n{TEXT}"
    pictures = {"p.jpg": photo((2400, 1600))}
    x1a = _photo_findings(
        preflight(figure_document(body, pictures, pdf_variant="pdf/x-1a", bleed_mm=3), "en")
    )
    assert [(f.code, f.severity, f.field) for f in x1a] == [
        ("variant-photo-rgb", "error", "options.pdf_variant")
    ]
    assert "PDF/X-1a" in x1a[0].message and "p.jpg" in x1a[0].message
    ua = preflight(figure_document(body, pictures, pdf_variant="pdf/ua-1"), "en")
    assert [f.code for f in ua if f.code == "photo-no-caption"] == ["photo-no-caption"]
    x4 = _photo_findings(preflight(figure_document(body, pictures, pdf_variant="pdf/x-4", bleed_mm=3), "en"))
    assert x4 == []


def test_a_grey_photo_is_fine_for_pdf_x1a() -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (2400, 1600), 90).save(out, "JPEG")
    document = figure_document(
        f"![Grey](g.jpg)\n\n{TEXT}", {"g.jpg": out.getvalue()}, pdf_variant="pdf/x-1a", bleed_mm=3
    )
    assert _photo_findings(preflight(document, "en")) == []


def test_transparent_photo_is_named_for_pdf_x3() -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", (2400, 1600), (*BLUE, 128)).save(out, "PNG")
    document = figure_document(
        f"![Logo](logo.png)\n\n{TEXT}", {"logo.png": out.getvalue()}, pdf_variant="pdf/x-3", bleed_mm=3
    )
    (finding,) = _photo_findings(preflight(document, "en"))
    assert finding.code == "variant-transparency" and "logo.png" in finding.message and finding.block == 0


def test_the_command_line_prints_photo_findings_and_carries_them_in_json(tmp_path: Path, capsys) -> None:
    url = "https://example.com/crowd.jpg"
    body = f'![Crowd]({url} "Agency")\n\n{TEXT}\n\n![Small](small.jpg)'
    document = figure_document(body, {"small.jpg": photo((500, 333))})
    path = tmp_path / "story.imprint"
    save_document(document, path)
    assert main(["preflight", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: error: photo not saved with the page: {url}" in out
    assert f"{path}: error: The photo small.jpg prints at 72 ppi at its size" in out
    assert main(["preflight", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    by_code = {entry["code"]: entry for entry in report}
    assert by_code["photo-not-saved"]["image"] == url and by_code["photo-not-saved"]["block"] == 0
    assert by_code["photo-resolution"]["image"] == "small.jpg" and by_code["photo-resolution"]["block"] == 2


def _bad_files(port: int) -> dict[str, bytes]:
    whole = photo((800, 600))
    return {
        "bomb.png": png_claiming(40_000, 40_000),
        "cut.jpg": whole[: len(whole) // 2],
        "garbage.jpg": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4,
        "hostile.svg": (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            f'<image xlink:href="http://127.0.0.1:{port}/tracker.png" width="10" height="10"/></svg>'
        ).encode(),
    }


def test_bad_and_hostile_photos_are_dropped_with_a_finding_and_nothing_is_fetched(
    tmp_path: Path, listener
) -> None:
    from desktop_app.readers import read_document

    port, heard = listener
    files = _bad_files(port)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    body = "\n\n".join(f"![{name} caption]({name})" for name in files)
    source = tmp_path / "story.md"
    source.write_text(f"---\ntitle: Bad photos\ndate: 2024-05-17\n---\n{body}\n", encoding="utf-8")
    document = read_document(source)
    findings = [f for f in preflight(document, "en") if f.code == "photo-unreadable"]
    assert sorted(f.image for f in findings) == sorted(files)
    pdf = tmp_path / "bad.pdf"
    result = render(document)
    pdf.write_bytes(result.pdf)
    assert listed_images(pdf) == []
    assert all(result.page_map.get(f"b{i}.caption") for i in range(len(files)))
    assert heard == []


def test_photos_the_reader_left_out_are_findings(tmp_path: Path) -> None:
    from desktop_app.checks.preflight import preflight
    from desktop_app.readers import read_document

    page = tmp_path / "page.html"
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a photo")
    paragraph = "<p>" + "The council met on Tuesday to agree the budget for the coming year. " * 6 + "</p>"
    page.write_text(
        "<html lang='en'><head><title>Budget agreed</title></head><body><article><h1>Budget agreed</h1>"
        f"{paragraph}<figure><img src='page_files/broken.jpg'><figcaption>The council chamber</figcaption>"
        f"</figure>{paragraph}</article></body></html>",
        encoding="utf-8",
    )
    document = read_document(page)
    assert document.reading_problems, "the reader says it dropped the photo"
    findings = [f for f in preflight(document) if f.code == "reading"]
    assert findings and "broken.jpg" in findings[0].message
