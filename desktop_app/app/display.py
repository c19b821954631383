"""Whether the window has a screen to open on, decided before Qt is loaded."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

HINT = "`imprint export FILE...` works without one"
_X11_OR_WAYLAND = ("xcb", "wayland", "wayland-egl", "wayland-brcm")


def missing_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window has no display to open on, or None when it may have one.

    Only X11 and Wayland systems need a display server named in the environment. Qt tries the
    plugins of ``QT_QPA_PLATFORM`` (a ``;``-separated list) or else xcb and wayland; any other
    plugin is left to Qt, whose failure the window reports itself (gui/app.py).
    """
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    setting = env.get("QT_QPA_PLATFORM", "")
    wanted = [p.split(":")[0].strip() for p in setting.split(";") if p.strip()]
    for name in wanted or ["xcb", "wayland"]:
        if name not in _X11_OR_WAYLAND:
            return None
        if name == "xcb" and env.get("DISPLAY"):
            return None
        if name.startswith("wayland") and env.get("WAYLAND_DISPLAY"):
            return None
    why = (
        f"QT_QPA_PLATFORM={setting} and no display server"
        if wanted
        else "neither DISPLAY nor WAYLAND_DISPLAY is set"
    )
    return f"no display to open the window on ({why}); {HINT}"
