"""Every page and Word file of the reader corpus reads as a person checked it should."""

from __future__ import annotations

import pytest

from tests.corpus_reading import FIELDS, body_text, expected, expected_files, reading, shingle_f1

CASES = expected_files()


def test_corpus_is_large_and_varied():
    files = [expected(p)["file"] for p in CASES]
    languages = {expected(p)["language"].split("-")[0] for p in CASES}
    assert sum(f.startswith("pages/") for f in files) >= 30
    assert {"en", "zh", "ru", "fr", "de", "es", "ja", "ar"} <= languages
    assert sum(f.endswith(".mhtml") for f in files) >= 3 and sum(f.endswith(".docx") for f in files) >= 3


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_file_reads_as_expected(path):
    wanted = expected(path)
    found = reading(wanted)
    assert {k: found[k] for k in FIELDS} == {k: wanted[k] for k in FIELDS}
    assert found["keywords"] == wanted["keywords"]
    assert [b["kind"] for b in found["body"]] == [b["kind"] for b in wanted["body"]]
    assert shingle_f1(body_text(found["body"]), body_text(wanted["body"])) >= 0.98
    text = body_text(found["body"])
    assert not [word for word in wanted["chrome"] if word in text]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_figures_keep_caption_credit_and_pixels(path):
    wanted = [b for b in expected(path)["body"] if b["kind"] == "figure"]
    found = [b for b in reading(expected(path))["body"] if b["kind"] == "figure"]
    assert [(b["caption"], b["credit"]) for b in found] == [(b["caption"], b["credit"]) for b in wanted]
    for want, got in zip(wanted, found, strict=True):
        if want["remote"]:
            # Not saved with the page: the figure keeps its address, and nothing is fetched.
            assert got["image"] == want["remote"] and got["pixels"] is None
        else:
            assert got["pixels"] == [360, 240]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_the_library_lists_what_opening_reads(path):
    # The library reads saved pages' metadata alone; it must agree with the full reading.
    from desktop_app.app.library_index import read_entry
    from tests.corpus_reading import CORPUS

    wanted = expected(path)
    entry = read_entry(CORPUS / wanted["file"])
    assert (entry.title, entry.source, entry.date and entry.date.isoformat()) == (
        wanted["title"],
        wanted["source"],
        wanted["date"],
    )
