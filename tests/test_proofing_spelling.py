"""Spelling: planted misspellings are found with the right word among the first suggestions,
clean real articles raise few false alarms, the language follows each word's script, and the
user dictionary persists."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app.opening import open_document
from desktop_app.proofing.dictionaries import Dictionaries
from desktop_app.proofing.findings import metadata_names
from desktop_app.proofing.spelling import SpellChecker
from desktop_app.proofing.words import words
from desktop_app.resources import dictionaries_dir, seed_articles

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "proofing_samples"
SAVED_PAGES = ROOT / "tests" / "saved_pages"

PLANTED_EN = {
    "goverment": "government",
    "recieved": "received",
    "accomodation": "accommodation",
    "definately": "definitely",
    "seperate": "separate",
    "tommorow": "tomorrow",
    "occured": "occurred",
    "begining": "beginning",
    "enviroment": "environment",
}
PLANTED_RU = {
    "понедельнек": "понедельник",
    "правительсво": "правительство",
    "обьявил": "объявил",
    "сотрудничесва": "сотрудничества",
    "расписанее": "расписание",
    "предлажение": "предложение",
    "сегодн": "сегодня",
    "координацыя": "координация",
}

pytestmark = pytest.mark.skipif(dictionaries_dir() is None, reason="scripts/setup.sh installs hunspell-*")


def _checker(user_folder: Path, article) -> SpellChecker:
    return SpellChecker(article.language, user_folder=user_folder, known=metadata_names(article))


def _text(article) -> str:
    return "\n\n".join((article.title, article.subtitle, article.body))


@pytest.mark.parametrize(
    ("name", "planted"), [("en-planted.txt", PLANTED_EN), ("ru-planted.txt", PLANTED_RU)]
)
def test_planted_misspellings_are_found_with_the_right_word_suggested(
    name: str, planted: dict[str, str], tmp_path: Path
) -> None:
    article = open_document(SAMPLES / name).article
    checker = _checker(tmp_path, article)
    found = [m.word for m in checker.misspellings(_text(article))]
    assert found == list(planted)  # each planted word, in reading order, and nothing else
    for wrong, right in planted.items():
        assert right in checker.suggestions(wrong)[:3], (wrong, checker.suggestions(wrong))


def _false_alarm_rate(path: Path, tmp_path: Path) -> tuple[int, int, list[str]]:
    article = open_document(path).article
    checker = _checker(tmp_path, article)
    text = _text(article)
    checked = [w for w in words(text) if checker.is_correct(w.text) is not None]
    alarms = [m.word for m in checker.misspellings(text)]
    return len(checked), len(alarms), alarms


def test_clean_real_articles_raise_few_false_alarms(tmp_path: Path) -> None:
    articles = [
        *seed_articles(),
        *sorted(SAVED_PAGES.glob("en-*.txt")),
        *sorted(SAVED_PAGES.glob("ru-*.txt")),
    ]
    total_checked = total_alarms = 0
    for path in articles:
        checked, alarms, words_found = _false_alarm_rate(path, tmp_path)
        assert checked, path
        assert alarms <= max(1, checked * 0.05), (path, words_found)
        total_checked += checked
        total_alarms += alarms
    # The seed, a real news release, has 492 checked words; its alarms are Chinese and Russian
    # place and person names written in Latin letters (Zhijun, Novosibirskaya).
    assert total_alarms / total_checked < 0.02, (total_alarms, total_checked)


def test_the_seed_alarms_are_names_not_words(tmp_path: Path) -> None:
    _checked, _alarms, found = _false_alarm_rate(seed_articles()[0], tmp_path)
    assert set(found) <= {"Zhijun", "Novosibirskaya", "Novosibirskay"}


def test_cyrillic_words_in_an_english_article_are_checked_as_russian(tmp_path: Path) -> None:
    checker = SpellChecker("en", user_folder=tmp_path)
    misses = checker.misspellings("The delegation said привет and превет to the counsil.")
    assert [(m.word, m.language) for m in misses] == [("превет", "ru"), ("counsil", "en")]
    assert checker.language_of("привет") == "ru"
    assert checker.language_of("hello") == "en"


def test_british_english_follows_the_region(tmp_path: Path) -> None:
    british = SpellChecker("en-GB", user_folder=tmp_path)
    american = SpellChecker("en-US", user_folder=tmp_path)
    either = SpellChecker("en", user_folder=tmp_path)
    assert british.is_correct("colour") and not american.is_correct("colour")
    assert american.is_correct("color") and not british.is_correct("color")
    assert either.is_correct("colour") and either.is_correct("color")


@pytest.mark.parametrize(
    ("language", "right", "wrong"),
    [("fr", "aujourd’hui", "aujourdhui"), ("de", "Straße", "Strasse"), ("es", "mañana", "mañanna")],
)
def test_french_german_and_spanish_are_checked(language: str, right: str, wrong: str, tmp_path: Path) -> None:
    checker = SpellChecker(language, user_folder=tmp_path)
    assert checker.is_correct(right) is True
    assert checker.is_correct(wrong) is False


def test_languages_without_a_dictionary_are_not_checked(tmp_path: Path) -> None:
    chinese = SpellChecker("zh", user_folder=tmp_path)
    assert chinese.misspellings("中国与俄罗斯的科技合作会议") == []
    assert chinese.is_correct("合作") is None
    assert chinese.language_of("recieved") == "en"  # Latin words in a Chinese article are English
    italian = SpellChecker("it", user_folder=tmp_path)
    assert italian.is_correct("ricevutto") is None  # Italian words: no dictionary, no pretending
    thai = SpellChecker("th", user_folder=tmp_path)
    assert thai.misspellings("ภาษาไทยสวัสดี") == []


def test_code_like_text_acronyms_and_numbers_are_not_checked(tmp_path: Path) -> None:
    checker = SpellChecker("en", user_folder=tmp_path)
    text = "Write to press@exampel.org or see https://exampel.com/newz and `pritn()`: NATO, A4, 3rd, COVID19."
    assert checker.misspellings(text) == []


def test_metadata_names_are_not_misspellings(tmp_path: Path) -> None:
    checker = SpellChecker("en", user_folder=tmp_path, known={"Kowalczyk"})
    assert checker.misspellings("Kowalczyk wrote it.") == []


def test_user_dictionary_persists(tmp_path: Path) -> None:
    first = SpellChecker("en", user_folder=tmp_path)
    assert first.is_correct("Imprintly") is False
    first.add_to_dictionary("Imprintly")
    assert first.is_correct("Imprintly") is True
    assert "Imprintly" in (tmp_path / "en_US.txt").read_text(encoding="utf-8").split()
    # A new checker, as after a restart, reads the words back.
    again = SpellChecker("en-US", user_folder=tmp_path, dictionaries=Dictionaries())
    assert again.is_correct("Imprintly") is True
    russian = SpellChecker("ru", user_folder=tmp_path)
    russian.add_to_dictionary("Импринт")
    assert (tmp_path / "ru_RU.txt").read_text(encoding="utf-8").split() == ["Импринт"]


def test_ignore_lasts_as_long_as_the_checker(tmp_path: Path) -> None:
    checker = SpellChecker("en", user_folder=tmp_path)
    checker.ignore("Zhijun")
    assert checker.is_correct("Zhijun") is True
    assert SpellChecker("en", user_folder=tmp_path).is_correct("Zhijun") is False


def test_no_dictionaries_switch_spelling_off_with_one_notice(tmp_path: Path) -> None:
    checker = SpellChecker("en", dictionaries=Dictionaries(folder=tmp_path / "none"), user_folder=tmp_path)
    assert checker.misspellings("The goverment recieved it.") == []
    assert not checker.checks("en")
    assert checker.notice


def test_a_figures_image_name_and_size_are_not_words() -> None:
    from desktop_app.proofing.words import words

    figure = '![Repair crews on the coast road](photo-2.png "Photo: Jane Roe"){.half}'
    assert [w.text for w in words(figure)] == [
        "Repair",
        "crews",
        "on",
        "the",
        "coast",
        "road",
        "Photo",
        "Jane",
        "Roe",
    ]


def test_a_picture_file_name_is_not_words() -> None:
    from desktop_app.proofing.words import words

    assert [w.text for w in words("[Photo: photo-2.png] The waiting hall")] == [
        "Photo",
        "The",
        "waiting",
        "hall",
    ]
