"""Layouts of the user's own: duplicated from a built-in one, edited on disk, listed beside the
built-in ones; broken and hostile ones are named with file and line and break nothing else."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pdf_tools import sample_document
from PIL import Image

from desktop_app.cli import main
from desktop_app.render.layouts import (
    LayoutError,
    duplicate_layout,
    layout_names,
    layout_problems,
    user_layouts_dir,
)
from desktop_app.render.pdf import render
from tests.conftest import pdf_text, squeeze

SAMPLE = "docs/samples/en-article.md"

# Layouts and house styles live in the user data folder: each test gets its own.
pytestmark = pytest.mark.usefixtures("private_dirs")


def _render(layout: str) -> bytes:
    document = sample_document("en", layout)
    return render(document).pdf


def _first_page(pdf: bytes, folder: Path) -> Image.Image:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(folder / "page.pdf"),
                    str(folder / "page")], check=True)  # fmt: skip
    return Image.open(next(folder.glob("page-*1.png"))).convert("RGB")


def test_a_duplicated_layout_is_listed_renders_and_follows_edits_on_disk(tmp_path: Path) -> None:
    folder = duplicate_layout("classic", "our-letter", "Our letter")
    assert folder == user_layouts_dir() / "our-letter"
    assert layout_names()[-1] == "our-letter"
    title = sample_document("en").article.title
    assert squeeze(title) in squeeze(pdf_text_of(_render("our-letter"), tmp_path))
    # Editing the copy's CSS changes its pages, never the built-in layout's.
    css = folder / "article.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.title { color: #00c000; }\n", encoding="utf-8")
    green = (0, 192, 0)
    assert _near(_first_page(_render("our-letter"), tmp_path / "a"), green)
    assert not _near(_first_page(_render("classic"), tmp_path / "b"), green)


def pdf_text_of(pdf: bytes, folder: Path) -> str:
    path = folder / "text.pdf"
    path.write_bytes(pdf)
    return pdf_text(path)


def _near(image: Image.Image, colour: tuple[int, int, int]) -> bool:
    colours = image.getcolors(maxcolors=1 << 24) or []
    return any(all(abs(a - b) <= 24 for a, b in zip(c, colour, strict=True)) for _n, c in colours)


def test_the_command_line_lists_and_uses_user_layouts(capsys) -> None:
    duplicate_layout("bulletin", "our-bulletin", "Our bulletin")
    assert main(["layouts"]) == 0
    out = capsys.readouterr().out
    assert "our-bulletin   Our bulletin" in out and str(user_layouts_dir() / "our-bulletin") in out
    assert "(built-in; columns)" in out and f"Your own layouts go in {user_layouts_dir()}" in out


def test_cli_export_with_a_user_layout(tmp_path: Path) -> None:
    duplicate_layout("press-release", "our-release")
    out = tmp_path / "out.pdf"
    assert main(["export", SAMPLE, "-o", str(out), "--layout", "our-release", "-q"]) == 0
    assert "###" in pdf_text(out)


def test_a_name_clashing_with_a_built_in_layout_is_refused() -> None:
    with pytest.raises(LayoutError, match="built-in"):
        duplicate_layout("classic", "bulletin")
    clash = user_layouts_dir() / "classic"
    clash.mkdir(parents=True)
    (clash / "article.html").write_text("{% extends 'shared/base.html' %}", encoding="utf-8")
    (clash / "layout.json").write_text('{"label": "Mine"}', encoding="utf-8")
    assert [(f.name, "built-in" in why) for f, why in layout_problems()] == [("classic", True)]
    assert layout_names().count("classic") == 1
    assert render(sample_document("en", "classic")).page_count >= 1


def _broken(name: str, **files: str) -> Path:
    folder = duplicate_layout("classic", name)
    for file, text in files.items():
        (folder / file.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


def test_a_jinja_syntax_error_names_file_and_line(tmp_path: Path, capsys) -> None:
    folder = _broken("broken-jinja")
    template = folder / "article.html"
    lines = template.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "{% if %}")
    template.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(LayoutError, match=rf"{template}:4: TemplateSyntaxError"):
        render(sample_document("en", "broken-jinja"))
    assert main(["export", SAMPLE, "-o", str(tmp_path / "x.pdf"), "--layout", "broken-jinja"]) == 1
    assert f"{template}:4:" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    # Nothing else breaks.
    assert render(sample_document("en", "classic")).page_count >= 1


def test_a_css_syntax_error_names_file_and_line() -> None:
    folder = _broken("broken-css")
    (folder / "article.css").write_text(".title { color: red; }\n.kicker { color: ; ] }\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=rf"{folder / 'article.css'}:2: CSS error"):
        render(sample_document("en", "broken-css"))


def test_a_missing_template_or_malformed_layout_json_is_named_and_left_out() -> None:
    missing = _broken("no-template")
    (missing / "article.html").unlink()
    malformed = _broken("bad-json", layout_json='{"label": "x",\n  oops}')
    problems = dict(layout_problems())
    assert problems[missing] == f"{missing / 'article.html'}: missing"
    assert problems[malformed].startswith(f"{malformed / 'layout.json'}:2: not valid JSON")
    assert "no-template" not in layout_names() and "bad-json" not in layout_names()


def test_a_hostile_layout_reads_nothing_outside_its_folder_and_fetches_nothing(listener, tmp_path: Path):
    port, requests = listener
    folder = _broken(
        "hostile",
        article_css=(
            f"@import url(http://127.0.0.1:{port}/import.css);\n"
            f".title {{ background: url(http://127.0.0.1:{port}/bg.png); }}\n"
            ".kicker { background: url(file:///etc/passwd); }\n"
            f"@font-face {{ font-family: X; src: url(http://127.0.0.1:{port}/f.ttf); }}\n"
        ),
    )
    result = render(sample_document("en", "hostile"))
    assert requests == []
    assert any("127.0.0.1" in url for url in result.blocked_urls)
    assert any(url.startswith("file:///etc/passwd") for url in result.blocked_urls)
    # A file of its own folder is read.
    Image.new("RGB", (4, 4), (0, 192, 0)).save(folder / "mark.png")
    css = folder / "article.css"
    css.write_text(".kicker { background: url(" + (folder / "mark.png").as_uri() + "); }\n", encoding="utf-8")
    assert not render(sample_document("en", "hostile")).blocked_urls


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ article.__class__.__init__.__globals__ }}",
        "{% include '../../../../etc/passwd' %}",
        "{% include '/etc/passwd' %}",
    ],
)
def test_a_layout_cannot_reach_python_or_files_through_jinja(attack: str) -> None:
    folder = _broken("sly")
    template = folder / "article.html"
    template.write_text(
        template.read_text(encoding="utf-8").replace("{% block page %}", "{% block page %}" + attack)
    )
    with pytest.raises(LayoutError):
        render(sample_document("en", "sly"))
