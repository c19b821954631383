"""Start the window: the QApplication, its names for platformdirs, language and icon."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QSocketNotifier, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.app.display import HINT
from desktop_app.app.settings import load_settings
from desktop_app.folders import APP_AUTHOR, APP_NAME
from desktop_app.gui.i18n import install_language
from desktop_app.gui.icon_theme import install_icon_theme
from desktop_app.resources import resources_dir

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.render.prerender import Prerender

QUIT_AFTER_START = "IMPRINT_QUIT_AFTER_START"
ICON_NAMES = ("icons/imprint.svg", "icons/imprint-256.png")
# Qt's messages that say why no platform plugin started.
_PLATFORM_CAUSES = (
    "could not connect to display",
    "Could not load the Qt platform plugin",
    "Could not find the Qt platform plugin",
)


def application(
    argv: list[str] | None = None, on_platform_failure: Callable[[], None] | None = None
) -> QApplication:
    """The one QApplication, made with Imprint's names (platformdirs and Qt agree on folders).

    When Qt finds no platform plugin it can start, the process says why in one line and exits
    with status 2, after ``on_platform_failure``, instead of Qt's abort.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scale factors as the screen reports them: QPdfView then renders pages at the
        # device pixel ratio and stays crisp on 125 % and 150 % screens.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        start = _PlatformStart(on_platform_failure)
        previous = qInstallMessageHandler(start)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        qInstallMessageHandler(previous)
        start.release()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("imprint")
    for name in ICON_NAMES:
        icon_path = resources_dir() / name
        if icon_path.is_file():
            app.setWindowIcon(QIcon(str(icon_path)))
            break
    install_icon_theme(app)
    return app


class _PlatformStart:
    """A Qt message handler for making the QApplication: Qt's messages are held back, and its
    fatal "no Qt platform plugin could be initialized" (an abort and a core dump) becomes one
    line naming the plugin that failed, and the usage-error status."""

    def __init__(self, cleanup: Callable[[], None] | None) -> None:
        self.cleanup = cleanup
        self.held: list[str] = []

    def __call__(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            self.held.append(message.strip())
            return
        if self.cleanup is not None:
            self.cleanup()
        # Qt's own hint that xcb-cursor0 is needed shows up whatever the cause; leave it out.
        causes = [m.rstrip(".") for m in self.held if m.startswith(_PLATFORM_CAUSES)]
        why = "; ".join(causes or [message.strip().splitlines()[0]])
        print(f"error: the window cannot open: {why}; {HINT}", file=sys.stderr, flush=True)
        os._exit(2)

    def release(self) -> None:
        """Qt started: its messages go out as they would have."""
        for message in self.held:
            print(message, file=sys.stderr)


def run_app(paths: list[Path], prerender: Prerender | None = None) -> int:
    """Open the window on ``paths`` (or the last session) and run until it closes."""
    window = open_main_window(paths, prerender)
    if os.environ.get(QUIT_AFTER_START) == "1":
        # A smoke test of an installed app: start, paint the first page, quit with status 0.
        window.preview.painted.connect(lambda: QTimer.singleShot(0, window.close))
    try:
        return QApplication.instance().exec()
    finally:
        if prerender is not None:
            prerender.stop()


def open_main_window(paths: list[Path], prerender: Prerender | None = None) -> MainWindow:
    """The application and its shown window, opening ``paths`` (or the last session).

    ``prerender`` is a child already rendering the first article; its pages are shown when it
    finishes, unless the window's own render came first.
    """
    from desktop_app.gui.main_window import MainWindow

    application(on_platform_failure=prerender.stop if prerender is not None else None)
    settings = load_settings()
    install_language(settings.ui_language)
    window = MainWindow(settings)
    window.show()
    window.open_initial(paths)
    # Every start offers what a crash left, also (and above all) one that opens a file.
    QTimer.singleShot(0, window.offer_recovery)
    if prerender is not None:
        watch_prerender(window, prerender)
    # What the start built lives as long as the window: kept out of the collector's full passes,
    # which otherwise walk it all and stall the window for tens of milliseconds now and then.
    gc.collect()
    gc.freeze()
    return window


def watch_prerender(window: MainWindow, prerender: Prerender) -> None:
    """Show the child's pages once it exits (its pipe then reads as closed), or end the child
    when the window's own render comes first: its pages would only repeat them."""
    notifier = QSocketNotifier(prerender.fileno(), QSocketNotifier.Type.Read, window)

    def settled() -> bool:
        """True the first time only: whichever comes first ends the watch."""
        if not notifier.isEnabled():
            return False
        notifier.setEnabled(False)
        window.renderer.rendered.disconnect(overtaken)
        return True

    def finished() -> None:
        if settled():
            prerender.finish()
            window.show_cached_pages()

    def overtaken() -> None:
        if settled():
            prerender.stop()

    notifier.activated.connect(finished)
    window.renderer.rendered.connect(overtaken)
