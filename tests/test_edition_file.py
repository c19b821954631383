"""Edition documents: saved, reopened, moved with their folder, and opened with an article gone."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import ArticleError
from desktop_app.model.edition import make_edition
from desktop_app.model.style import ExportOptions, Style
from desktop_app.readers import read_document
from desktop_app.readers.edition_file import (
    EDITION_SCHEMA_VERSION,
    EditionDocument,
    is_edition_file,
    read_edition,
    save_edition,
)
from tests.edition_support import write_article
from tests.pdf_tools import page_texts


def _articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_article(folder, "one", "First article", 2),
        write_article(folder, "two", "Second article", 2),
        write_article(folder, "three", "Third article", 2),
    ]


def _save(folder: Path) -> Path:
    documents = [read_document(p) for p in _articles(folder / "articles")]
    edition = make_edition(
        documents,
        title="Digest",
        subtitle="June",
        when=date(2024, 6, 7),
        style=Style(paper="A5"),
        options=ExportOptions(locale="ru", layout="bulletin"),
    )
    path = folder / "digest.imprint"
    save_edition(EditionDocument.of(edition), path)
    return path


def test_saved_edition_reopens_with_its_articles_and_settings(tmp_path: Path) -> None:
    path = _save(tmp_path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["format"] == "imprint-edition" and payload["schema_version"] == EDITION_SCHEMA_VERSION
    # Referenced, relative to the edition's folder; not embedded.
    assert [a["path"] for a in payload["articles"]] == [
        "articles/one.md",
        "articles/two.md",
        "articles/three.md",
    ]
    assert "council met" not in json.dumps(payload).lower()
    opened = read_edition(path)
    assert opened.problems == ()
    edition = opened.edition()
    assert [d.article.title for d in edition.articles] == ["First article", "Second article", "Third article"]
    assert (edition.title, edition.subtitle, edition.date) == ("Digest", "June", date(2024, 6, 7))
    assert (edition.style.paper, edition.options.locale, edition.options.layout) == ("A5", "ru", "bulletin")
    assert is_edition_file(path) and not is_edition_file(tmp_path / "articles" / "one.md")


def test_edits_to_an_article_reach_the_edition(tmp_path: Path) -> None:
    path = _save(tmp_path)
    write_article(tmp_path / "articles", "two", "Second article, corrected", 2)
    titles = [d.article.title for d in read_edition(path).edition().articles]
    assert titles[1] == "Second article, corrected"


def test_edition_moved_with_its_folder_still_opens(tmp_path: Path) -> None:
    _save(tmp_path / "before")
    shutil.move(tmp_path / "before", tmp_path / "after")
    assert len(read_edition(tmp_path / "after" / "digest.imprint").edition().articles) == 3


def test_missing_article_is_named_and_nothing_else_is_lost(tmp_path: Path) -> None:
    path = _save(tmp_path)
    (tmp_path / "articles" / "two.md").unlink()
    opened = read_edition(path)
    assert len(opened.problems) == 1
    assert "Second article" in opened.problems[0] and "two.md" in opened.problems[0]
    assert [d.article.title for d in opened.edition().articles] == ["First article", "Third article"]
    # Saved again, the missing article is still referenced in its place.
    save_edition(opened, path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert [a["title"] for a in payload["articles"]] == ["First article", "Second article", "Third article"]
    write_article(tmp_path / "articles", "two", "Second article", 2)
    assert len(read_edition(path).edition().articles) == 3


def test_newer_schema_and_damage_are_clear_errors(tmp_path: Path) -> None:
    path = _save(tmp_path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**payload, "schema_version": 99}), encoding="utf-8")
    with pytest.raises(ArticleError, match="newer Imprint"):
        read_edition(path)
    path.write_text(json.dumps({**payload, "articles": [{"title": "no path"}]}), encoding="utf-8")
    with pytest.raises(ArticleError, match="damaged"):
        read_edition(path)


def test_an_edition_never_reads_files_that_are_not_articles(tmp_path: Path) -> None:
    path = _save(tmp_path)
    secret = tmp_path / "secret"
    secret.write_text("private text\n", encoding="utf-8")
    payload = json.loads(path.read_text(encoding="utf-8"))
    payload["articles"].append({"path": str(secret), "title": ""})
    path.write_text(json.dumps(payload), encoding="utf-8")
    opened = read_edition(path)
    assert len(opened.problems) == 1 and "not an article" in opened.problems[0]
    assert all("private" not in d.article.body for d in opened.edition().articles)


def test_cli_saves_and_exports_an_edition_document(tmp_path: Path, capsys) -> None:
    sources = [str(p) for p in _articles(tmp_path / "articles")]
    saved, first, second = tmp_path / "digest.imprint", tmp_path / "a.pdf", tmp_path / "b.pdf"
    args = [
        "edition",
        *sources,
        "-o",
        str(first),
        "--title",
        "Сводка",
        "--locale",
        "ru",
        "--save",
        str(saved),
        "-q",
    ]
    assert main(args) == 0
    assert main(["edition", str(saved), "-o", str(second), "-q"]) == 0
    assert first.read_bytes() == second.read_bytes()
    (tmp_path / "articles" / "three.md").unlink()
    third = tmp_path / "c.pdf"
    assert main(["edition", str(saved), "-o", str(third), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {saved}: article 3 “Third article” cannot be read") and not third.exists()
    assert "Сводка" in page_texts(first)[0]


def test_exporting_an_edition_as_an_article_says_what_it_is(tmp_path: Path, capsys) -> None:
    path = _save(tmp_path)
    assert main(["export", str(path), "-o", str(tmp_path / "x.pdf"), "-q"]) == 1
    assert "an Imprint edition, not an article: use imprint edition" in capsys.readouterr().err
