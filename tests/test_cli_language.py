"""Command-line messages follow the terminal's locale, not the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.language.catalogs import terminal_language

UNDATED_ZH = "中俄科技合作视频会议在长春举行\n\n3月26日，长春与新西伯利亚州科技合作视频会议举行。\n"
UNDATED_JA = (
    "日露科学技術協力のビデオ会議が開催された\n\n3月26日、長春とノボシビルスク州の会議が開かれました。\n"
)


def _preflight_lines(path: Path, monkeypatch: pytest.MonkeyPatch, capsys, **env: str) -> list[str]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    main(["preflight", str(path)])
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "The article has no date; the page shows none."),
        ({"LANG": "ru_RU.UTF-8"}, "У статьи нет даты; на странице её не будет."),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "У статьи нет даты"),
        ({"LANG": "C"}, "The article has no date"),
    ],
)
def test_preflight_speaks_the_terminals_language_for_a_chinese_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, env: dict[str, str], expected: str
) -> None:
    article = tmp_path / "zh.txt"
    article.write_text(UNDATED_ZH, encoding="utf-8")
    lines = _preflight_lines(article, monkeypatch, capsys, **env)
    assert any(expected in line for line in lines), lines
    assert not any("文章没有日期" in line for line in lines)


def test_a_japanese_article_is_not_reported_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    article = tmp_path / "ja.txt"
    article.write_text(UNDATED_JA, encoding="utf-8")
    # No Japanese catalog: a Japanese terminal reads Imprint's English source messages.
    lines = _preflight_lines(article, monkeypatch, capsys, LANG="ja_JP.UTF-8")
    assert any("The article has no date" in line for line in lines), lines
    assert not any("文章" in line or "字体" in line for line in lines)


def test_terminal_language_follows_gettexts_order() -> None:
    assert terminal_language({"LANG": "ru_RU.UTF-8"}) == "ru_RU"
    assert terminal_language({"LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"}) == "en_US"
    assert terminal_language({"LANG": "en_US.UTF-8", "LANGUAGE": "ru:en"}) == "ru"
    assert terminal_language({"LANG": "POSIX"}) == "en"
    assert terminal_language({}) == "en"
