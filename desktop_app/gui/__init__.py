"""The PySide6 window over Imprint's core; the only package that imports Qt."""

from desktop_app.gui.constant_refcounts import keep_constants_alive

keep_constants_alive()
