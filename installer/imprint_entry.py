"""The installer bundle's entry point: the bundled fonts first, then the ``imprint`` command."""

import multiprocessing

from desktop_app.resources import use_bundled_fonts

if __name__ == "__main__":
    # Worker processes of `imprint export --jobs N` start from this file too.
    multiprocessing.freeze_support()
    # Before anything loads fontconfig (WeasyPrint through Pango, or Qt), so that both see
    # only the fonts that travel with the bundle.
    use_bundled_fonts()
    from desktop_app.cli import run

    run()
