"""Per-user settings kept as JSON in the platform's config folder; a damaged file means defaults."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop_app.files import write_atomically
from desktop_app.folders import config_dir

MAX_RECENT = 10
SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    """Everything the window remembers between runs."""

    recent_files: list[str] = field(default_factory=list)
    last_folders: list[str] = field(default_factory=list)
    session_articles: list[str] = field(default_factory=list)
    last_open_dir: str = ""
    last_export_dir: str = ""
    last_photo_dir: str = ""  # where the last photo was chosen from (Replace Photo…, Insert Photo…)
    export_choices: dict[str, object] = field(default_factory=dict)
    ui_language: str = ""  # empty: follow the system locale
    autosave_seconds: int = 30

    def add_recent(self, path: Path | str) -> None:
        """Put ``path`` first among the recent files, without duplicates, at most MAX_RECENT."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]

    def add_folder(self, folder: Path | str) -> None:
        text = str(Path(folder).resolve())
        self.last_folders = [text, *(p for p in self.last_folders if p != text)][:MAX_RECENT]


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults when the file is missing or damaged."""
    path = path or settings_path()
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return Settings()
    if not isinstance(payload, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}  # each value is checked against its default's type below
    for f in fields(Settings):
        value = payload.get(f.name, getattr(defaults, f.name))
        # A value of the wrong type (hand-edited file, older version) falls back to the default.
        values[f.name] = (
            value if isinstance(value, type(getattr(defaults, f.name))) else getattr(defaults, f.name)
        )
    for name in ("recent_files", "last_folders", "session_articles"):
        values[name] = [v for v in values[name] if isinstance(v, str)]
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically; a failure to write is not worth losing the session over."""
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(settings), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_atomically(path, data.encode("utf-8"))
    except OSError:
        pass
