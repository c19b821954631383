"""A batch of different news articles for the benchmarks, written as saved-page .txt files.

English, Chinese and Russian in turn, 3 to 15 paragraphs each (the seed's 9 on average), built
from the seed and the sample articles so that every tool under comparison reads the same texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.readers import read_document  # noqa: E402
from desktop_app.resources import seed_articles  # noqa: E402

SAMPLES = ROOT / "docs" / "samples"
# The header line a saved page of each language carries (the readers parse all three).
HEADERS = {
    "en": "Updated : 2021-03-30Source : CCFAO",
    "zh": "更新时间：2021年3月30日 来源：河畔日报",
    "ru": "Обновлено: 30.03.2021 Источник: Новосибирские новости",
}


def _texts() -> list[tuple[str, str, list[str]]]:
    """(language, title, paragraphs) of each source article."""
    sources = [
        seed_articles()[0],
        SAMPLES / "en-article.md",
        SAMPLES / "zh-article.md",
        SAMPLES / "ru-article.md",
    ]
    texts = []
    for path in sources:
        article = read_document(path).article
        texts.append((article.language, article.title, list(article.paragraphs)))
    return texts


def write_corpus(folder: Path, count: int = 20) -> list[Path]:
    """Write ``count`` articles into ``folder`` and return their paths, in order.

    Each differs from the others in title, length and the order of its paragraphs, so no
    render is a repeat of another.
    """
    folder.mkdir(parents=True, exist_ok=True)
    texts = _texts()
    paths = []
    for n in range(count):
        language, title, paragraphs = texts[n % len(texts)]
        length = 3 + (n * 5) % 13
        body = [paragraphs[(n + i) % len(paragraphs)] for i in range(length)]
        text = f"{title} ({n + 1})\n\n{HEADERS[language]}\n\n" + "\n\n".join(body) + "\n"
        path = folder / f"{n + 1:02d}-{language}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("corpus")):
        print(written)
