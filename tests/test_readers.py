"""Reading articles: the seed format, Chinese and Russian pages, Markdown, encodings, bad input."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from desktop_app.errors import ArticleError
from desktop_app.readers import read_document
from desktop_app.readers.decoding import MAX_ARTICLE_BYTES
from tests.conftest import RU_TEXT, ZH_TEXT


def test_seed_gives_title_date_source_and_paragraphs(seed_path: Path) -> None:
    article = read_document(seed_path).article
    assert article.title == "Video Conference on China-Russia Sci-Tech Cooperation Held"
    assert article.date == date(2021, 3, 30)
    assert article.source == "CCFAO"
    assert article.language == "en"
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].startswith("The Changchun-Novosibirskaya Video Conference")
    assert article.paragraphs[-1].endswith("cooperation between the two sides.")
    assert not any("Fonts:" in p or "Updated" in p for p in article.paragraphs)


def test_double_spaces_inside_a_paragraph_are_normalised(seed_path: Path) -> None:
    article = read_document(seed_path).article
    assert "window for opening up" in article.paragraphs[1]
    assert not any("  " in p for p in article.paragraphs)


def test_chinese_gb18030_page(zh_path: Path) -> None:
    article = read_document(zh_path).article
    assert article.title == "中俄科技合作视频会议在长春举行"
    assert article.date == date(2021, 3, 30)
    assert article.source == "长春日报"
    assert article.language == "zh"
    assert article.encoding == "gb18030"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("3月26日")


def test_russian_windows_1251_page(ru_path: Path) -> None:
    article = read_document(ru_path).article
    assert article.title.startswith("Видеоконференция о научно-техническом")
    assert article.date == date(2021, 3, 30)
    assert article.source == "Новосибирские новости"
    assert article.language == "ru"
    assert article.encoding == "cp1251"
    assert [p[:8] for p in article.paragraphs] == ["26 марта", "Стороны ", "Представ"]


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("koi8_r", b"", "koi8-r"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + RU_TEXT.replace("—", "-").encode(encoding))
    article = read_document(path).article
    assert article.encoding == expected
    assert article.source == "Новосибирские новости"


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ZH_TEXT.encode("utf-16-le"))
    assert read_document(path).article.title == "中俄科技合作视频会议在长春举行"


def test_page_without_metadata_line_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("A headline\n\nFirst paragraph.\nSecond paragraph.\n", encoding="utf-8")
    article = read_document(path).article
    assert (article.title, article.date, article.source) == ("A headline", None, "")
    assert article.paragraphs == ["First paragraph.", "Second paragraph."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("发布时间：2021-03-30　来源：新华网", (date(2021, 3, 30), "新华网")),
        ("Дата: 2021-03-30 Источник: ТАСС", (date(2021, 3, 30), "ТАСС")),
        ("Updated: 30.03.2021 Source: CCFAO", (date(2021, 3, 30), "CCFAO")),
    ],
)
def test_metadata_labels_in_three_languages(tmp_path: Path, line: str, expected: tuple) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Title\n{line}\nBody.\n", encoding="utf-8")
    article = read_document(path).article
    assert (article.date, article.source) == expected
    assert article.paragraphs == ["Body."]


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Harbour reopens\nsubtitle: After two years\nauthor: [Ann Lee, Bo Chen]\n"
        "source: Port News\ndate: 2022-05-04\nlanguage: en\nkeywords: [port, trade]\n---\n\n"
        "# Harbour reopens\n\nFirst *paragraph*.\n\n## Background\n\nSecond paragraph.\n",
        encoding="utf-8",
    )
    article = read_document(path).article
    assert article.title == "Harbour reopens"
    assert article.subtitle == "After two years"
    assert article.author == "Ann Lee, Bo Chen"
    assert article.date == date(2022, 5, 4)
    assert article.keywords == ("port", "trade")
    assert article.body_format == "markdown"
    assert article.paragraphs == ["First *paragraph*.", "Second paragraph."]


def test_markdown_with_broken_front_matter_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="front matter is not valid YAML"):
        read_document(path)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "empty.txt", b""), "file is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\n "), "file is empty"),
        (
            lambda d: _write(d / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
            "binary",
        ),
        (lambda d: _write(d / "big.txt", b"a" * (MAX_ARTICLE_BYTES + 1)), "limited to 10 MiB"),
    ],
)
def test_bad_input_raises_article_error(tmp_path: Path, make, reason: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ArticleError, match=reason) as info:
        read_document(path)
    assert info.value.path == path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
