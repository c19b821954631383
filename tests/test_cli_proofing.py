"""The command line's proofing: preflight lists possible misspellings, info counts words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.resources import dictionaries_dir

ARTICLE = """Council recieved the budget

Published: 2023-05-02 Source: Harbourside Gazette Author: Marta Kowalczyk

The city council met on Monday.

The council recieved the proposal and Kowalczyk reported on it for the Harbourside paper.
"""

pytestmark = pytest.mark.skipif(dictionaries_dir() is None, reason="scripts/setup.sh installs hunspell-*")


@pytest.fixture
def misspelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # an empty user dictionary
    path = tmp_path / "council.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_preflight_lists_spelling_grouped_by_word(misspelled: Path, capsys) -> None:
    main(["preflight", str(misspelled)])
    lines = capsys.readouterr().out.splitlines()
    spelling = [line for line in lines if ": spelling: " in line]
    assert spelling == [f"{misspelled}: spelling: 'recieved' (2×, title) — received?"]
    # Warnings come before the notices.
    kinds = [line.split(": ")[1] for line in lines]
    assert kinds.index("spelling") > max((i for i, k in enumerate(kinds) if k == "warning"), default=-1)


def test_preflight_json_names_word_and_suggestions(misspelled: Path, capsys) -> None:
    main(["preflight", str(misspelled), "--json"])
    report = json.loads(capsys.readouterr().out)
    spelling = [f for f in report if f.get("kind") == "spelling"]
    assert len(spelling) == 1
    finding = spelling[0]
    assert finding["word"] == "recieved" and finding["count"] == 2
    assert finding["severity"] == "notice" and finding["field"] == "title"
    assert "received" in finding["suggestions"][:3]
    # The author's name is the article's own: not a misspelling, in the byline or the text.
    assert not [f for f in report if f.get("word") == "Kowalczyk"]


def test_preflight_offers_the_punctuation_fix(tmp_path: Path, capsys) -> None:
    path = tmp_path / "quotes.txt"
    path.write_text('Plan\n\nThe mayor said "yes" -- twice...\n', encoding="utf-8")
    main(["preflight", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert [f["fix"] for f in report if f.get("kind") == "punctuation"] == ["punctuation"]


def test_info_json_counts_words_and_characters(misspelled: Path, capsys) -> None:
    assert main(["info", str(misspelled), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    body = (
        "The city council met on Monday.\n\n"
        "The council recieved the proposal and Kowalczyk reported on it for the Harbourside paper."
    )
    assert info["words"] == 6 + 14
    assert info["characters"] == len(body.replace("\n", ""))
