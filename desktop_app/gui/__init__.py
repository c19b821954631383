"""The PySide6 window over Imprint's core; the only package that imports Qt."""
