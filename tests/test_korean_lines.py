"""Korean lines break between words, never inside one (keep-all), in text and Markdown bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.style import Style
from desktop_app.render.pdf import render

SENTENCE = "시는 화요일 도심에 새 공공 도서관을 열었다 이 도서관에는 이만 권이 넘는 책과 넓은 열람실이 있다"


@pytest.mark.parametrize("body_format", ["text", "markdown"])
def test_no_korean_word_is_split_between_lines(tmp_path: Path, body_format: str) -> None:
    from tests.pdf_tools import page_texts

    body = " ".join([SENTENCE] * 12)
    title = "도심에 새 공공 도서관 문 열어 이만 권이 넘는 책과 넓은 열람실"
    article = Article(title, body=body, body_format=body_format, language="ko")
    # A narrow column breaks many lines, so a word split at a line's end would show.
    document = Document(article, style=Style(margin_left=60, margin_right=60, body_size=12))
    pdf = tmp_path / "ko.pdf"
    pdf.write_bytes(render(document).pdf)
    words = set(SENTENCE.split()) | set(title.split())
    lines = [line.strip() for line in page_texts(pdf)[0].splitlines() if line.strip()]
    body_lines = [line for line in lines if line.split()[0] in words or line.split()[-1] in words]
    assert len(body_lines) > 10
    for line in body_lines:
        assert all(token in words for token in line.split()), line
