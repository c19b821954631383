"""Benchmark of spelling on a 10,000-word article, in English and in Russian: checking it with
the dictionaries loading, with them loaded, and again from the per-word cache (as retyping
does); against a baseline measured in the same run, the time to read the article from disk.

The article mixes the seed's real paragraphs with paragraphs of words drawn from the
dictionary itself (so thousands of words are distinct, as in a long real text) and one
planted misspelling per 200 words.

In the window (offscreen), it opens the English article with spelling on and with it off, and
reports how long ``open_path`` took and the longest the window's thread went without answering
in the six seconds after (a 5 ms heartbeat), and how many words ended up underlined.

Run: python bench/spelling_bench.py [--words 10000]
Prints one JSON object. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.proofing.counts import count_words  # noqa: E402
from desktop_app.proofing.dictionaries import Dictionaries  # noqa: E402
from desktop_app.proofing.findings import proofing_findings  # noqa: E402
from desktop_app.proofing.spelling import SpellChecker  # noqa: E402
from desktop_app.readers import read_document  # noqa: E402
from desktop_app.resources import dictionaries_dir, seed_articles  # noqa: E402

REAL = {
    "en": [seed_articles()[0], ROOT / "tests" / "saved_pages" / "en-council.txt"],
    "ru": [
        ROOT / "tests" / "saved_pages" / "ru-forum.txt",
        ROOT / "tests" / "saved_pages" / "ru-laboratory.txt",
    ],
}
DICTIONARY = {"en": "en_US", "ru": "ru_RU"}
TITLE = {"en": "Spelling benchmark", "ru": "Проверка орфографии"}


def dictionary_words(name: str, rng: random.Random, count: int) -> list[str]:
    """``count`` stems from the dictionary file (each is a correct word), lower case."""
    lines = (dictionaries_dir() / f"{name}.dic").read_text(encoding="utf-8").splitlines()[1:]
    stems = [line.split("/")[0] for line in lines if line and line[0].islower() and "/" in line]
    return rng.sample(stems, count)


def misspelt(word: str, rng: random.Random) -> str:
    """``word`` with two neighbouring letters swapped."""
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def write_article(language: str, target: Path, words: int) -> Path:
    rng = random.Random(20)
    real = [p for path in REAL[language] for p in read_document(path).article.paragraphs]
    pool = dictionary_words(DICTIONARY[language], rng, 4000)
    paragraphs: list[str] = []
    total = 0
    index = 0
    while total < words:
        if index % 3 == 0:
            paragraph = real[(index // 3) % len(real)]
        else:
            chosen = [rng.choice(pool) for _ in range(60)]
            chosen[rng.randrange(60)] = misspelt(rng.choice(pool), rng)
            paragraph = " ".join(chosen).capitalize() + "."
        paragraphs.append(paragraph)
        total += count_words(paragraph)
        index += 1
    path = target / f"{language}-10000.md"
    body = "\n\n".join(paragraphs)
    path.write_text(f"---\ntitle: {TITLE[language]}\nlanguage: {language}\n---\n\n{body}\n", encoding="utf-8")
    return path


def timed(function) -> tuple[float, object]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def measure(language: str, path: Path) -> dict[str, object]:
    read_seconds, document = timed(lambda: read_document(path))
    body = document.article.body
    dictionaries = Dictionaries()
    cold = SpellChecker(language, dictionaries=dictionaries, user_folder=path.parent)
    cold_seconds, found = timed(lambda: cold.misspellings(body))
    fresh = SpellChecker(language, dictionaries=dictionaries, user_folder=path.parent)
    loaded_seconds, _ = timed(lambda: fresh.misspellings(body))
    cached_seconds, _ = timed(lambda: fresh.misspellings(body))
    findings_seconds, findings = timed(
        lambda: proofing_findings(document, str, SpellChecker(language, dictionaries=dictionaries))
    )
    return {
        "words": count_words(body),
        "distinct_words": len(set(body.split())),
        "misspellings_found": len(found),
        "read_article_ms": round(read_seconds * 1000, 1),
        "check_with_dictionary_load_ms": round(cold_seconds * 1000, 1),
        "check_dictionary_loaded_ms": round(loaded_seconds * 1000, 1),
        "check_again_from_cache_ms": round(cached_seconds * 1000, 1),
        "preflight_notices_with_suggestions_ms": round(findings_seconds * 1000, 1),
        "preflight_notices": len(findings),
    }


def measure_window(path: Path, spelling: bool) -> dict[str, object]:
    """Open ``path`` in the window; the figures of the paragraph at the top of this file."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.gui import spelling_highlighter
    from desktop_app.gui.app import application
    from desktop_app.gui.main_window import MainWindow

    application()
    if not spelling:
        spelling_highlighter.BackgroundSpelling.set_checker = lambda self, checker, text="": None
    window = MainWindow()
    window.show()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(5)

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    spin(1000)
    beats.clear()
    open_seconds, _ = timed(lambda: window.open_path(path))
    spin(6000)
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    block = window.body.editor.document().firstBlock()
    underlined = 0
    while block.isValid():
        underlined += len(block.layout().formats())
        block = block.next()
    window.undo_stack.setClean()
    window.close()
    return {
        "open_path_ms": round(open_seconds * 1000),
        "longest_stall_ms": round(max(gaps) * 1000),
        "underlined": underlined,
    }


def window_figures(path: Path) -> dict[str, object]:
    """Each case in a process of its own, with private per-user folders."""
    figures = {}
    for case in ("off", "on"):
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        for kind in ("CONFIG", "DATA", "CACHE"):
            env[f"XDG_{kind}_HOME"] = str(path.parent / "home" / kind.lower())
        result = subprocess.run(
            [sys.executable, __file__, "--window", case, "--article", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        figures[f"spelling_{case}"] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--window", choices=("on", "off"), help=argparse.SUPPRESS)
    parser.add_argument("--article", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.window:
        print(json.dumps(measure_window(args.article, args.window == "on")))
        return 0
    if dictionaries_dir() is None:
        print(json.dumps({"error": "no Hunspell dictionaries (scripts/setup.sh installs them)"}))
        return 1
    with tempfile.TemporaryDirectory() as folder:
        articles = {lang: write_article(lang, Path(folder), args.words) for lang in ("en", "ru")}
        results: dict[str, object] = {lang: measure(lang, path) for lang, path in articles.items()}
        results["window_en"] = window_figures(articles["en"])
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
