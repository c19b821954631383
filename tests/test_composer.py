"""The paragraph composer: its breaks are the best a brute-force search finds, and composed
pages keep every word, in order, on the page, with the page map on its words."""

from __future__ import annotations

import itertools
import math
import random
import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.app.opening import open_document
from desktop_app.cli import main as cli_main
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition
from desktop_app.model.style import ExportOptions, Style
from desktop_app.readers import read_document
from desktop_app.readers.imprint_file import save_document
from desktop_app.render import pdf as pdf_module
from desktop_app.render.composed_body import body_setting
from desktop_app.render.composed_html import composed_lines
from desktop_app.render.composer import (
    MAX_HYPHENS_IN_A_ROW,
    TOLERANCE,
    Line,
    Measure,
    Piece,
    Tracking,
    compose,
    line_ratio,
    total_demerits,
)
from desktop_app.render.edition_html import edition_html
from desktop_app.render.html import body_html, render_html
from desktop_app.render.pdf import render, render_edition, render_first_pages
from desktop_app.render.provisional import PAGES_AROUND, provisional_slice, slice_html
from desktop_app.render.style_css import PT_PER_MM
from tests.conftest import long_text_article
from tests.pdf_glyphs import pdf_fonts
from tests.test_page_map import _assert_map_matches_words, _long_markdown, _rendered

ROOT = Path(__file__).resolve().parents[1]


def _random_paragraph(rng: random.Random, words: int) -> list[Piece]:
    pieces = []
    for n in range(words):
        last = n == words - 1
        ligature = rng.random() < 0.2
        if not last and rng.random() < 0.3:  # a word with a hyphenation point
            pieces.append(Piece(rng.uniform(8, 25), 0.0, True, 3.0, True, rng.randint(2, 5), ligature))
        pieces.append(
            Piece(rng.uniform(5, 45), 0.0 if last else 3.0, letters=rng.randint(1, 9), ligature=ligature)
        )
    return pieces


def _brute_force(
    pieces: list[Piece],
    measure: Measure,
    tracking: Tracking,
    unhyphenated: frozenset[int] = frozenset(),
    count: int | None = None,
) -> float:
    """The least total demerits over every set of breaks that keeps each line within the
    tolerance and its shrink, with no more than two hyphens in a row, no hyphen ending the
    lines ``unhyphenated`` and, if given, ``count`` lines."""
    n = len(pieces)
    best = math.inf
    for cut in itertools.product((False, True), repeat=n - 1):
        ends = [i + 1 for i, c in enumerate(cut) if c] + [n]
        lines, start, ok, run = [], 0, True, 0
        for number, end in enumerate(ends):
            last = end == n
            ratio, track, expand = line_ratio(pieces, start, end, measure.of_line(number), last, tracking)
            hyphenated = pieces[end - 1].hyphenated and not last
            run = run + 1 if hyphenated else 0
            if ratio == -math.inf or ratio > TOLERANCE or run > MAX_HYPHENS_IN_A_ROW:
                ok = False
                break
            if hyphenated and number in unhyphenated:
                ok = False
                break
            lines.append(Line(start, end, ratio, hyphenated, track, expand))
            start = end
        if ok and (count is None or len(lines) == count):
            best = min(best, total_demerits(pieces, lines, measure))
    return best


@pytest.mark.parametrize("seed", range(64))
def test_breaks_agree_with_a_brute_force_search(seed: int) -> None:
    rng = random.Random(seed)
    pieces = _random_paragraph(rng, rng.randint(6, 10))
    measure = Measure(rng.uniform(70, 110), rng.uniform(55, 110))
    kinds = [Tracking(), Tracking(0.12, 0.06), Tracking(0.12, 0.06, 0.02), Tracking(expansion=0.02)]
    tracking = kinds[seed % 4]
    lines = compose(pieces, measure, tracking=tracking)
    expected = _brute_force(pieces, measure, tracking)
    if lines is None:
        assert expected == math.inf
        return
    assert [line.start for line in lines[1:]] == [line.end for line in lines[:-1]]
    assert lines[0].start == 0 and lines[-1].end == len(pieces)
    assert total_demerits(pieces, lines, measure) == pytest.approx(expected)
    # A line that ends a column is set again without its hyphen, in as many lines.
    ending = [number for number, line in enumerate(lines[:-1]) if line.hyphenated]
    if ending:
        avoid = frozenset(ending[:1])
        again = compose(pieces, measure, tracking=tracking, unhyphenated=avoid, count=len(lines))
        expected = _brute_force(pieces, measure, tracking, avoid, len(lines))
        if again is None:
            assert expected == math.inf
        else:
            assert len(again) == len(lines) and not again[ending[0]].hyphenated
            assert total_demerits(pieces, again, measure) == pytest.approx(expected)


def test_spaces_shrink_to_four_fifths_and_no_further() -> None:
    words = [Piece(20.0, 4.0) for _ in range(4)] + [Piece(20.0)]
    # Natural width 116: fits at 116 - 4 * 0.8 = 112.8, not at 112.
    assert [(line.start, line.end) for line in compose(words, Measure(113.0))] == [(0, 5)]
    assert len(compose(words, Measure(112.0), math.inf)) == 2


def test_no_three_hyphens_in_a_row_and_no_hyphen_before_the_last_line() -> None:
    rng = random.Random(7)
    for _ in range(40):
        pieces = _random_paragraph(rng, 30)
        lines = compose(pieces, Measure(90.0), math.inf)
        ends = [line.hyphenated for line in lines]
        assert not any(all(ends[i : i + 3]) for i in range(len(ends) - 2))


def _document(text: str, layout: str, language: str = "en", breaking: str = "paragraph") -> Document:
    article = Article("Composed", body=text, body_format="markdown", language=language, source="Wire")
    return Document(article, Style(line_breaking=breaking), ExportOptions(layout=layout, locale="en"))


def _pdf_words(pdf: bytes, tmp_path: Path) -> list[str]:
    """The words inside the page margins (the running head and foot left out), in reading order."""
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    style = Style()
    top, bottom = style.margin_top * PT_PER_MM, style.margin_bottom * PT_PER_MM
    crop = ["-x", "0", "-y", f"{top:.0f}", "-W", "1000", "-H", f"{297 * PT_PER_MM - top - bottom:.0f}"]
    text = subprocess.run(["pdftotext", *crop, str(path), "-"], capture_output=True, text=True, check=True)
    # pdftotext marks right-to-left runs with embedding controls: not part of any word.
    return re.sub("[\u202a-\u202e]", "", text.stdout).split()


def _in_order(expected: list[str], found: list[str]) -> None:
    """Every expected word appears in ``found`` in order, a word hyphenated at a line's end
    joined again first.

    Hyphens are left out on both sides: pdftotext cannot tell a hyphen the composer added
    at a line's end from a word's own ("Sci- Tech" is "Sci-Tech"), and a word searched for
    with its hyphen could be found further on, where it is not broken."""
    joined = " ".join(found)
    joined = re.sub(r"(\w)- (\w)", r"\1\2", joined).replace("-", "")  # a break inside a word
    position = 0
    for word in expected:
        word = word.replace("-", "")
        at = joined.find(word, position)
        assert at >= 0, f"{word!r} missing after {joined[position - 60 : position]!r}"
        position = at + len(word)


@pytest.mark.parametrize("layout", ["classic", "bulletin", "press-release"])
def test_every_word_is_on_the_page_in_order(seed_path: Path, layout: str, tmp_path: Path) -> None:
    document = open_document(seed_path)
    document = document.with_changes(
        style=document.style.with_changes(line_breaking="paragraph"),
        options=document.options.with_changes(layout=layout),
    )
    html = render_html(document)
    assert html.count('class="composed"') >= 4  # the composer really set the paragraphs
    found = _pdf_words(render(document).pdf, tmp_path)
    expected = " ".join(document.article.paragraphs).split()
    _in_order(expected, found)
    # Each word once: no line set twice.
    assert len(found) >= len(expected)
    assert sum(w.endswith("-") for w in found) < len(expected) // 10 + 5


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Учёные новосибирского академгородка представили совместные проекты с коллегами из Чанчуня, "
         "рассказали о перспективах сотрудничества в области оптоэлектроники и новых материалов. " * 3),
        ("de", "Die Stadtverwaltung stellte am Dienstag die neuen Forschungsprogramme vor, die gemeinsam mit "
         "Universitäten aus Nordostasien entwickelt wurden und bis zum Jahresende laufen sollen. " * 3),
        ("el", "Η δημοτική βιβλιοθήκη άνοιξε ξανά τις πόρτες της την Τρίτη το πρωί, δύο χρόνια μετά την "
         "έναρξη των εργασιών ανακαίνισης του ιστορικού κτιρίου στην κεντρική πλατεία. " * 3),
        ("he", "העירייה פתחה ביום שלישי ספרייה ציבורית חדשה במרכז העיר, ובה יותר מעשרים אלף ספרים "
         "ואולם קריאה הפתוח לכל התושבים, וסדנאות שבועיות לילדים ולמבוגרים. " * 3),
    ],
)  # fmt: skip
def test_other_languages_keep_their_words(language: str, text: str, tmp_path: Path) -> None:
    document = _document(f"{text}\n\n{text}", "bulletin", language)
    assert 'class="composed"' in render_html(document)
    found = _pdf_words(render(document).pdf, tmp_path)
    if language == "he":
        # pdftotext reads right-to-left lines in their own order; every word is there as often
        # and moves their punctuation: count the words without it.
        found = [w.strip(".,") for w in found]
        for word in {w.strip(".,") for w in text.split()}:
            assert found.count(word) == 2 * [w.strip(".,") for w in text.split()].count(word), word
        return
    _in_order(f"{text} {text}".split(), found)


def test_emphasis_and_links_cross_lines_and_stay_escaped(tmp_path: Path) -> None:
    text = (
        "The council *met on Tuesday to review the cooperation programme and the budget* for the "
        "coming year, and [the list of joint laboratories](https://example.org/labs?a=1&b=2) that "
        "share equipment <script>x</script> across the two cities. " * 3
    )
    document = _document(text, "bulletin")
    html = render_html(document)
    assert 'class="composed"' in html and "<script>" not in html
    assert 'href="https://example.org/labs?a=1&amp;b=2"' in html
    found = _pdf_words(render(document).pdf, tmp_path)
    _in_order(["council", "met", "Tuesday", "budget*"[:-1], "laboratories", "<script>x</script>"], found)


def test_composed_lines_are_flush_and_the_page_map_sits_on_the_words(tmp_path: Path) -> None:
    article = _long_markdown(12)
    document = Document(
        article, Style(columns=2, line_breaking="paragraph"), ExportOptions(layout="bulletin")
    )
    assert 'class="composed"' in render_html(document)
    page_map, pdf = _rendered(document, tmp_path)
    assert _assert_map_matches_words(page_map, pdf, columns=True) > 10


def test_same_bytes_every_time(seed_path: Path) -> None:
    document = open_document(seed_path)
    document = document.with_changes(style=document.style.with_changes(line_breaking="paragraph"))
    assert render(document).pdf == render(document).pdf


def test_line_breaking_is_saved_and_old_documents_get_the_default(tmp_path: Path) -> None:
    document = _document("Some words.", "classic")
    path = tmp_path / "a.imprint"
    save_document(document, path)
    assert read_document(path).style.line_breaking == "paragraph"
    text = path.read_text("utf-8").replace('"line_breaking": "paragraph",', "")
    assert "line_breaking" not in text
    path.write_text(text, "utf-8")
    assert read_document(path).style.line_breaking == Style().line_breaking
    with pytest.raises(ValueError, match="line breaking"):
        Style(line_breaking="word")


def test_cli_chooses_the_line_breaking(seed_path: Path, tmp_path: Path) -> None:
    outputs = {}
    for breaking in ("line", "paragraph"):
        out = tmp_path / f"{breaking}.pdf"
        assert (
            cli_main(
                [
                    "export",
                    str(seed_path),
                    "-o",
                    str(out),
                    "--layout",
                    "bulletin",
                    "--line-breaking",
                    breaking,
                ]
            )
            == 0
        )
        outputs[breaking] = out.read_bytes()
    assert outputs["line"] != outputs["paragraph"]


def _composed_lines(document: Document) -> list[str]:
    """The lines the composer chooses for each paragraph of ``document``, as ``compose_body``
    is given them."""
    setting = body_setting(document)
    assert setting is not None
    lines: list[str] = []
    body = str(body_html(document))
    for match in re.finditer(r'<p\s+data-edit="b\d+"[^>]*>(.*?)</p>', body, re.DOTALL):
        indent = setting.indent if body[: match.start()].rstrip().endswith("</p>") else 0.0
        lines += composed_lines(match.group(1), setting, indent) or []
    return lines


@pytest.mark.parametrize("layout", ["classic", "bulletin"])
def test_weasyprint_sets_exactly_the_composed_lines(seed_path: Path, layout: str, tmp_path: Path) -> None:
    document = open_document(seed_path)
    document = document.with_changes(
        style=document.style.with_changes(line_breaking="paragraph"),
        options=document.options.with_changes(layout=layout),
    )
    lines = _composed_lines(document)
    assert len(lines) > 30
    path = tmp_path / "out.pdf"
    path.write_bytes(render(document).pdf)
    drawn = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    # In two columns a printed line holds a line of each: every composed line is one of them,
    # whole, its words parted by single spaces (the first line of a paragraph after its indent).
    printed = [part.strip() for row in drawn.stdout.splitlines() for part in re.split(r"\s{3,}", row)]
    missing = [line for line in lines if line not in printed]
    assert missing == []


def test_text_copies_out_without_joiners(seed_path: Path) -> None:
    document = open_document(seed_path)
    document = document.with_changes(style=document.style.with_changes(line_breaking="paragraph"))
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(render(document).pdf)).pages)
    assert "\u2060" not in text
    assert "conference was held to further implement the consensus" in " ".join(text.split())


def test_tracking_never_parts_a_ligature_and_arabic_is_never_tracked(seed_path: Path, tmp_path: Path) -> None:
    document = open_document(seed_path)
    document = document.with_changes(
        style=document.style.with_changes(line_breaking="paragraph"),
        options=document.options.with_changes(layout="bulletin"),
    )
    spans = r'<span class="[^"]*\bcl-t-?\d+[^"]*">(.*?)</span>'
    tracked = re.findall(spans, render_html(document))
    assert len(tracked) >= 5
    assert not [line for line in tracked if re.search("f[il]", line)]  # PT Serif: fi, fl, ffi, ffl
    # And the PDF still draws them: its PT Serif has the fi and fl ligature glyphs.
    path = tmp_path / "out.pdf"
    path.write_bytes(render(document).pdf)
    fonts = pdf_fonts(path)
    drawn = {text for name, chars, _used, _count in fonts if name == "PT-Serif" for text in chars.values()}
    assert {"fi", "fl"} <= drawn
    arabic = _document(
        "افتتحت البلدية يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب " * 6,
        "bulletin",
        "ar",
    )
    html = render_html(arabic)
    body = html.split("<body")[1]
    assert 'class="composed"' in body and "cl-t" not in body and "cl-f" not in body


def test_expanded_lines_keep_the_line_grid_their_ligatures_and_text(seed_path: Path) -> None:
    """A line set up to 2 % larger or smaller stays on the paragraph's baseline grid, keeps
    its fi and fl ligatures (which letter spacing would part) and copies out as its words."""
    document = open_document(seed_path)
    document = document.with_changes(
        style=document.style.with_changes(line_breaking="paragraph"),
        options=document.options.with_changes(layout="bulletin"),
    )
    html = render_html(document)
    expanded = re.findall(r'<span class="cl-f(\d+)-\d+[^"]*">(.*?)</span>', html)
    sizes = {int(size) / 1000 for size, _text in expanded}
    assert len(expanded) >= 5 and len(sizes) >= 3
    assert all(11 * 0.98 - 1e-3 <= size <= 11 * 1.02 + 1e-3 for size in sizes)
    assert any(re.search("f[il]", text) for _size, text in expanded)
    reader = PdfReader(BytesIO(render(document).pdf))
    lines: dict[float, list[tuple[float, float]]] = {}  # column's left edge: (baseline, size)

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip() and abs(size * 0.75 / 11 - 1) <= 0.021:  # body text; sizes in CSS px
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            lines.setdefault(round(x / 100), []).append((y, size * 0.75))

    reader.pages[0].extract_text(visitor_text=seen)
    steps = [
        a[0] - b[0] for column in lines.values() for a, b in itertools.pairwise(sorted(column, reverse=True))
    ]
    line_height = Style().line_height * 11
    assert len(steps) > 40
    assert all(abs(step / line_height - round(step / line_height)) < 0.002 for step in steps), steps
    assert {round(size, 2) for column in lines.values() for _y, size in column} >= {10.78, 11.0, 11.22}
    text = " ".join(reader.pages[0].extract_text().split())
    assert "further implement the consensus reached by the heads of the two countries" in text


@pytest.mark.parametrize(
    ("language", "composed", "hyphenated"),
    [
        ("en", True, True), ("ru", True, True), ("fr", True, True), ("de", True, True),
        ("es", True, True), ("el", True, True), ("vi", True, False), ("ar", True, False),
        ("he", True, False), ("zh", False, False), ("ja", False, False), ("ko", False, False),
        ("th", False, False), ("km", False, False),
    ],
)  # fmt: skip
def test_which_scripts_the_composer_sets(language: str, composed: bool, hyphenated: bool) -> None:
    setting = body_setting(_document("Words.", "bulletin", language))
    assert (setting is not None) == composed
    if setting is not None:
        assert (setting.hyphenate is not None) == hyphenated
        assert setting.measure == pytest.approx((210 - 36 - 6) / 2 * PT_PER_MM)
    assert body_setting(_document("Words.", "classic", language, "line")) is None


def test_an_edition_composes_each_article_and_keeps_its_words(seed_path: Path, tmp_path: Path) -> None:
    seed = open_document(seed_path)
    german = read_document(ROOT / "bench" / "composer_texts" / "de-bibliothek.md")
    style = Style(line_breaking="paragraph")
    edition = Edition("Weekly", (seed, german), style=style, options=ExportOptions(layout="bulletin"))
    assert edition_html(edition).count('class="composed"') >= 8
    found = _pdf_words(render_edition(edition).pdf, tmp_path)
    _in_order(" ".join(seed.article.paragraphs + german.article.paragraphs).split(), found)


def test_a_tagged_export_keeps_its_paragraphs_and_text(seed_path: Path) -> None:
    document = open_document(seed_path)
    document = document.with_changes(
        style=document.style.with_changes(line_breaking="paragraph"),
        options=document.options.with_changes(pdf_variant="pdf/ua-1", layout="bulletin"),
    )
    reader = PdfReader(BytesIO(render(document).pdf))
    tags: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        tags.append(str(node.get("/S")))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert tags.count("/P") >= len(document.article.blocks)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "\u2060" not in text
    # Its words come out with single spaces; a word broken at a line's end joined again.
    text = re.sub(r"(\w)- (\w)", r"\1\2", " ".join(text.split()))
    assert "expressed his gratitude to the friends from all walks of life" in text


def test_the_provisional_page_of_a_long_document_is_composed_too(tmp_path: Path) -> None:
    document = read_document(long_text_article(tmp_path))
    document = document.with_changes(style=document.style.with_changes(line_breaking="paragraph"))
    whole = render(document)
    part = provisional_slice(document, whole.page_map, 3)
    assert part is not None
    html = slice_html(part)
    assert 'class="composed"' in html
    found = _pdf_words(render_first_pages(part.document, html, PAGES_AROUND).pdf, tmp_path)
    blocks = part.document.article.paragraphs
    _in_order(" ".join(blocks[1:3]).split(), found)  # its first whole paragraphs, every word


def _column_ends(pdf: bytes, tmp_path: Path) -> list[str]:
    """The last word of each column of body text on each page of a two-column bulletin."""
    path = tmp_path / "columns.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    ends = []
    for page in out.stdout.split("<page ")[1:]:
        words = [
            (float(m.group(1)), float(m.group(2)), m.group(3))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" [^>]*>([^<]*)</word>', page)
        ]
        middle = 297.6  # the page's middle, in the gap between the columns
        for column in ([w for w in words if w[0] < middle], [w for w in words if w[0] >= middle]):
            body = [w for w in column if 150 < w[1] < 770]  # below the masthead, above the foot
            if body:
                ends.append(max(body, key=lambda w: (round(w[1]), w[0]))[2])
    return ends


def test_no_hyphen_ends_a_column_where_the_paragraph_can_do_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = read_document(Path(__file__).parents[1] / "docs" / "samples" / "ru-article.md")
    document = document.with_changes(options=document.options.with_changes(layout="bulletin"))
    assert document.style.line_breaking == "paragraph"  # the default
    ends = _column_ends(render(document).pdf, tmp_path)
    assert len(ends) >= 2 and not [word for word in ends if word.endswith("-")], ends
    # Laid out once only, as the composer alone sets it, a column of this article ends in one.
    monkeypatch.setattr(pdf_module, "MOST_PAGES", 0)
    assert [word for word in _column_ends(render(document).pdf, tmp_path) if word.endswith("-")]


def test_an_editions_columns_do_not_end_in_a_hyphen_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Russian article second: its paragraphs' ids are the English one's too, told apart
    # by the article they are in.
    english = read_document(ROOT / "docs" / "samples" / "en-article.md")
    russian = read_document(ROOT / "docs" / "samples" / "ru-article.md")
    edition = Edition("Weekly", (english, russian), options=ExportOptions(layout="bulletin"))
    ends = _column_ends(render_edition(edition).pdf, tmp_path)
    assert len(ends) >= 4 and not [word for word in ends if word.endswith("-")], ends
    monkeypatch.setattr(pdf_module, "MOST_PAGES", 0)
    assert [word for word in _column_ends(render_edition(edition).pdf, tmp_path) if word.endswith("-")]


def test_a_slice_avoids_column_end_hyphens_only_where_the_whole_document_does(tmp_path: Path) -> None:
    # A provisional slice stands for pages of a longer document: past MOST_PAGES pages the
    # whole document is laid out once, so its slice must be too, or the pages would jump.
    document = read_document(ROOT / "docs" / "samples" / "ru-article.md")
    document = document.with_changes(options=document.options.with_changes(layout="bulletin"))
    html = render_html(document)
    short = render_first_pages(document, html, 2, whole_pages=pdf_module.MOST_PAGES)
    long = render_first_pages(document, html, 2, whole_pages=pdf_module.MOST_PAGES + 1)
    assert not [word for word in _column_ends(short.pdf, tmp_path) if word.endswith("-")]
    assert [word for word in _column_ends(long.pdf, tmp_path) if word.endswith("-")]
