"""The platform's per-user folders for Imprint: settings, user data (fonts, autosaves) and caches.

They live apart from the settings so that the core (render caches, taken-in fonts) can find
them without importing the window's settings.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Imprint"
APP_AUTHOR = "Imprint"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
