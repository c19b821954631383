"""The PySide6 window over Imprint's core; the only package that imports Qt."""

from desktop_app.gui.none_refcount import keep_none_alive

keep_none_alive()
