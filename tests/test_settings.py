"""Settings survive a round trip, and a damaged file means defaults instead of a crash."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.app.settings import MAX_RECENT, Settings, load_settings, save_settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings(ui_language="ru", export_choices={"pdf_variant": "pdf/x-4"})
    settings.add_recent(tmp_path / "a.txt")
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded == settings
    assert loaded.recent_files == [str((tmp_path / "a.txt").resolve())]
    assert not list(path.parent.glob("*.part"))


def test_damaged_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for content in (b"{ broken", b"\xff\xfe\x00garbage", b"[1, 2]", b"null"):
        path.write_bytes(content)
        assert load_settings(path) == Settings()


def test_wrong_types_fall_back_per_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "recent_files": "not a list",
                "ui_language": "zh_CN",
                "autosave_seconds": "soon",
                "last_folders": ["/x", 3],
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.recent_files == []
    assert loaded.ui_language == "zh_CN"
    assert loaded.autosave_seconds == Settings().autosave_seconds
    assert loaded.last_folders == ["/x"]


def test_recent_files_are_unique_and_bounded(tmp_path: Path) -> None:
    settings = Settings()
    for n in range(MAX_RECENT + 5):
        settings.add_recent(tmp_path / f"{n}.txt")
    settings.add_recent(tmp_path / "3.txt")
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[0].endswith("3.txt")
    assert len(set(settings.recent_files)) == MAX_RECENT


def test_settings_go_to_the_platform_config_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    save_settings(Settings(ui_language="ru"))
    assert (tmp_path / "xdg" / "Imprint" / "settings.json").is_file()
    assert load_settings().ui_language == "ru"
