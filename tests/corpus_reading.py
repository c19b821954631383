"""The reader corpus (tests/corpus/) and how a reading is scored against its expected file:
word-shingle F1 of the body's text, and the metadata fields exactly."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from desktop_app.cli import article_info
from desktop_app.readers import read_document

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = ("title", "subtitle", "author", "source", "date", "language")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\w+", re.UNICODE)


def expected_files() -> list[Path]:
    return sorted((CORPUS / "expected").glob("*.json"))


def expected(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def reading(expectation: dict) -> dict:
    """What ``imprint info --json`` says of the corpus file ``expectation`` describes."""
    return article_info(read_document(CORPUS / expectation["file"]))


def body_text(blocks: list[dict]) -> str:
    return "\n".join(block["text"] for block in blocks)


def _tokens(text: str) -> list[str]:
    # Chinese and Japanese have no spaces: each character is a word, as the usual measures count them.
    words: list[str] = []
    for word in _WORD.findall(text.casefold()):
        words.extend(list(word) if _CJK.search(word) else [word])
    return words


def shingle_f1(found: str, wanted: str, size: int = 3) -> float:
    """F1 of the word ``size``-grams of ``found`` against those of ``wanted`` (multisets)."""

    def shingles(text: str) -> Counter:
        tokens = _tokens(text)
        return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))

    got, want = shingles(found), shingles(wanted)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)
