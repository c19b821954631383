"""Saved web pages: what comes in is the article, what stays out is chrome, and nothing the page
points to outside its own folder is read."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.cli import article_info, main
from desktop_app.errors import ArticleError
from desktop_app.readers import read_document
from desktop_app.readers.formats import OPEN_SUFFIXES
from tests.conftest import pdf_text, squeeze
from tests.corpus_reading import CORPUS

PARAGRAPHS = (
    "<p>The council approved the new harbour plan on Monday after a debate that lasted most of the day.</p>"
    "<p>Under the plan, the old fish market will become a covered hall for small traders and cafés.</p>"
    "<p>Work is due to start in the spring and should take about eighteen months to complete.</p>"
)


def page(folder: Path, body: str, head: str = "", name: str = "page.html") -> Path:
    path = folder / name
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved | Site</title>{head}</head>"
        f"<body><h1>Harbour plan approved</h1>{body}</body></html>",
        encoding="utf-8",
    )
    return path


def png(size: tuple[int, int] = (200, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(out, "PNG")
    return out.getvalue()


def test_every_suffix_in_the_table_opens(tmp_path: Path) -> None:
    assert {".html", ".htm", ".mhtml", ".mht", ".docx"} <= set(OPEN_SUFFIXES)
    htm = page(tmp_path, f"<article>{PARAGRAPHS}</article>", name="page.htm")
    assert read_document(htm).article.title == "Harbour plan approved"
    mht = tmp_path / "page.mht"
    shutil.copy(CORPUS / "pages" / "en-bridge.mhtml", mht)
    assert read_document(mht).article.title.startswith("New footbridge")


def test_markdown_characters_print_as_typed(tmp_path: Path) -> None:
    text = "Prices rose 5 * 3 per cent; see #harbour and [notes] for the _final_ figures, 2 > 1."
    path = page(tmp_path, f"<article>{PARAGRAPHS}<p>{text}</p><p># 1. not a heading</p></article>")
    body = article_info(read_document(path))["body"]
    assert [b["text"] for b in body][-2:] == [text, "# 1. not a heading"]
    assert {b["kind"] for b in body} == {"paragraph"}
    target = tmp_path / "page.pdf"
    assert main(["export", str(path), "-o", str(target), "-q"]) == 0
    assert squeeze(text) in squeeze(pdf_text(target))


def test_a_page_without_an_article_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = page(tmp_path, "<nav><a href='/'>Home</a></nav><p>Page not found.</p><footer>© Site</footer>")
    with pytest.raises(ArticleError, match="no article found"):
        read_document(missing)
    target = tmp_path / "out.pdf"
    assert main(["export", str(missing), "-o", str(target), "-q"]) == 1
    assert capsys.readouterr().err.strip() == f"error: {missing}: no article found"
    assert not target.exists()


def test_images_outside_the_page_folder_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png((77, 77)))
    site = tmp_path / "site"
    (site / "page_files").mkdir(parents=True)
    (site / "page_files" / "ok.png").write_bytes(png())
    figures = "".join(
        f"<figure><img src='{src}'><figcaption>Caption {n}</figcaption></figure>"
        for n, src in enumerate(
            [
                "page_files/ok.png",
                "../secret.png",
                str(secret),
                f"file://{secret}",
                "page_files/../../secret.png",
            ]
        )
    )
    document = read_document(page(site, f"<article>{PARAGRAPHS}{figures}</article>"))
    assert [p.pixels for p in document.article.images] == [(200, 120)]
    assert len(document.reading_problems) == 4
    assert all("outside the page's folder" in p for p in document.reading_problems)


def test_bad_photo_is_dropped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    path = page(
        tmp_path, f"<article>{PARAGRAPHS}<figure><img src='page_files/broken.jpg'></figure></article>"
    )
    document = read_document(path)
    assert document.article.images == ()
    assert "![" not in document.article.body
    assert document.reading_problems and "broken.jpg" in document.reading_problems[0]


def test_legacy_encodings_are_decoded(tmp_path: Path) -> None:
    for encoding, charset, text in (
        ("shift_jis", "shift_jis", "気象台は二十二日、東京都心で桜が満開になったと発表した。" * 4),
        ("euc_kr", "euc-kr", "부산 광안리 해수욕장 일대에서 열린 불꽃축제에 관람객이 몰렸다. " * 4),
        ("koi8_r", "koi8-r", "Волонтёры собрали на берегу Байкала более трёх тонн мусора за выходные. " * 3),
    ):
        path = tmp_path / f"{encoding}.html"
        head = f"<head><meta charset='{charset}'></head>"
        markup = f"<html>{head}<body><h1>T</h1><article><p>{text}</p></article></body></html>"
        path.write_bytes(markup.encode(encoding))
        assert text.strip() in read_document(path).article.body


def test_info_json_lists_the_blocks(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "info", str(CORPUS / "pages" / "en-storm.html"), "--json"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    info = json.loads(result.stdout)
    kinds = [b["kind"] for b in info["body"]]
    assert kinds[:4] == ["figure", "paragraph", "paragraph", "heading"]
    assert {"quote", "list-item", "table"} <= set(kinds)
    lead = info["body"][0]
    assert lead["caption"] == "Waves break over the harbour wall in Northport."
    assert lead["credit"] == "Photo: John Smith/Coastal Agency"
    assert lead["image"] == "lead.jpg" and lead["pixels"] == [360, 240]
    assert info["title"] == "Storm cuts power to thousands on northern coast"
    assert info["keywords"] == ["weather", "storm", "power cuts"]


def test_dates_as_pages_write_them(tmp_path: Path) -> None:
    for dateline, wanted in (
        ("发布时间：2021年3月30日 来源：新华社 作者：张三", ("2021-03-30", "新华社", "张三")),
        # No source in the dateline: the site's name the <title> adds to the headline is the source.
        ("30 марта 2021, 10:15 Автор: Иван Петров", ("2021-03-30", "Site", "Иван Петров")),
    ):
        path = page(tmp_path, f"<div class='info'>{dateline}</div><article>{PARAGRAPHS}</article>")
        article = read_document(path).article
        assert (article.date.isoformat(), article.source, article.author) == wanted


def test_photos_the_extractor_drops_are_put_back_in_place(tmp_path: Path) -> None:
    # Photos served without a file extension (CDNs do) are dropped by the extractor; the page's
    # own pictures after the body (related stories) stay out.
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "abc123").write_bytes(png((300, 200)))
    first, second, third = (
        f"<p>{p}</p>" for p in PARAGRAPHS.removeprefix("<p>").removesuffix("</p>").split("</p><p>")
    )
    body = (
        f"<article>{first}"
        "<figure><img src='page_files/abc123'>"
        "<figcaption>The old fish market. Photo: A. Lee</figcaption></figure>"
        f"{second}<figure><img src='https://img.example/9f8e7d?w=800'>"
        "<figcaption>The quay</figcaption></figure>"
        f"{third}</article><div class='more'><img src='https://img.example/other?w=300' width='300'></div>"
    )
    document = read_document(page(tmp_path, body))
    blocks = article_info(document)["body"]
    assert [b["kind"] for b in blocks] == ["paragraph", "figure", "paragraph", "figure", "paragraph"]
    assert (blocks[1]["caption"], blocks[1]["credit"], blocks[1]["pixels"]) == (
        "The old fish market.", "Photo: A. Lee", [300, 200],
    )  # fmt: skip
    assert (blocks[3]["image"], blocks[3]["pixels"]) == ("https://img.example/9f8e7d?w=800", None)


def test_alt_text_that_is_a_file_name_is_no_caption_and_size_lists_give_one_address(tmp_path: Path) -> None:
    body = (
        f"<article>{PARAGRAPHS}<img src='https://cdn.example/a-320.jpg 320w' alt='PCG243.Diary_Skyrim_16'>"
        f"{PARAGRAPHS}</article>"
    )
    figure = next(
        b for b in article_info(read_document(page(tmp_path, body)))["body"] if b["kind"] == "figure"
    )
    assert (figure["image"], figure["caption"]) == ("https://cdn.example/a-320.jpg", "")


def test_a_flattened_extraction_gives_way_to_a_structured_one(tmp_path: Path, monkeypatch) -> None:
    # Some busy pages come out of the extractor's default mode as one blob; its precise and fast
    # modes keep the paragraphs. The reader takes the structured result.
    import trafilatura

    blob = (
        "<html><body><p>" + " ".join(["One long run of the whole article text."] * 30) + "</p></body></html>"
    )
    structured = "<html><body>" + "".join(
        f"<p>Paragraph {n} of the article, kept apart.</p>" for n in range(12)
    )
    calls: list[dict] = []

    def extract(markup: str, **options) -> str:
        calls.append(options)
        return (
            structured + "</body></html>" if options.get("fast") or options.get("favor_precision") else blob
        )

    monkeypatch.setattr(trafilatura, "extract", extract)
    body = article_info(read_document(page(tmp_path, "<article><p>x</p></article>")))["body"]
    assert [b["text"] for b in body][:2] == [
        "Paragraph 0 of the article, kept apart.",
        "Paragraph 1 of the article, kept apart.",
    ]
    assert len(calls) >= 2


def test_photos_keep_names_of_their_own(tmp_path: Path) -> None:
    # A WebP becomes PNG when prepared: its new name must not take another photo's.
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "a.png").write_bytes(png((100, 100)))
    out = io.BytesIO()
    Image.new("RGB", (200, 50), (0, 0, 0)).save(out, "WEBP")
    (tmp_path / "page_files" / "a.webp").write_bytes(out.getvalue())
    figures = "".join(
        f"<figure><img src='page_files/{n}'><figcaption>Photo {n}</figcaption></figure>"
        for n in ("a.png", "a.webp")
    )
    first, rest = PARAGRAPHS.split("</p>", 1)
    document = read_document(page(tmp_path, f"<article>{first}</p>{figures}{rest}</article>"))
    blocks = [b for b in article_info(document)["body"] if b["kind"] == "figure"]
    assert len({b["image"] for b in blocks}) == 2
    assert [b["pixels"] for b in blocks] == [[100, 100], [200, 50]]


def test_a_link_leading_out_of_the_page_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(png((77, 77)))
    site = tmp_path / "site"
    (site / "page_files").mkdir(parents=True)
    (site / "page_files" / "photo.png").symlink_to(tmp_path / "secret.png")
    first, rest = PARAGRAPHS.split("</p>", 1)
    figure = "<figure><img src='page_files/photo.png'><figcaption>Linked</figcaption></figure>"
    document = read_document(page(site, f"<article>{first}</p>{figure}{rest}</article>"))
    assert document.article.images == ()
    assert document.reading_problems == ("photo not read: page_files/photo.png: outside the page's folder",)


def test_a_saved_document_keeps_the_photos_when_the_page_folder_is_gone(tmp_path: Path) -> None:
    from desktop_app.readers.imprint_file import save_document

    shutil.copy(CORPUS / "pages" / "en-storm.html", tmp_path)
    shutil.copytree(CORPUS / "pages" / "en-storm_files", tmp_path / "en-storm_files")
    document = read_document(tmp_path / "en-storm.html")
    save_document(document, tmp_path / "storm.imprint")
    shutil.rmtree(tmp_path / "en-storm_files")
    (tmp_path / "en-storm.html").unlink()
    reopened = read_document(tmp_path / "storm.imprint")
    assert reopened.article.body == document.article.body
    assert reopened.article.images == document.article.images and len(document.article.images) == 2


def test_lists_of_links_and_share_buttons_stay_out(tmp_path: Path) -> None:
    first, rest = PARAGRAPHS.split("</p>", 1)
    # Headlines long enough that the extractor keeps the list: the reader must drop it.
    headlines = (
        "Crates are leaving Rocket League and the trading community is scrambling",
        "Mortal Kombat 11 is adding the Terminator and Joker as playable characters",
    )
    related = "<ul>" + "".join(f"<li><a href='/{n}'>{h}</a></li>" for n, h in enumerate(headlines)) + "</ul>"
    own = "<ul><li>Schools closed in <a href='/d'>three districts</a>.</li><li>Ferries cancelled.</li></ul>"
    body = f"<article>{first}</p>{related}{own}<p>Teilen auf</p>{rest}</article>"
    blocks = article_info(read_document(page(tmp_path, body)))["body"]
    texts = [b["text"] for b in blocks]
    assert "Schools closed in three districts." in texts and "Ferries cancelled." in texts
    assert not {*headlines, "Teilen auf"} & set(texts)
