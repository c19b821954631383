"""The main window as the helpers that add to it see it: the parts they reach and nothing else.

``MainWindow`` builds these parts; the proofing, house style and layout actions are handed the
window typed as this, so they neither import the window's module nor reach beyond the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop_app.app.settings import Settings
from desktop_app.gui.document_session import DocumentSession
from desktop_app.gui.findings import FindingsPanel
from desktop_app.gui.main_menu import MainMenu
from desktop_app.gui.on_page_editing import OnPageEditing
from desktop_app.gui.panels import BodyPanel, MetadataPanel, StylePanel
from desktop_app.gui.render_worker import RenderService


class WindowParts(QMainWindow):
    """The parts of the main window its helpers use; ``MainWindow`` fills every one."""

    session: DocumentSession
    renderer: RenderService
    settings: Settings
    menu: MainMenu
    body: BodyPanel
    metadata: MetadataPanel
    style_panel: StylePanel
    body_dock: QDockWidget
    metadata_dock: QDockWidget
    on_page: OnPageEditing
    findings: FindingsPanel | None

    def render_now(self) -> None:
        """Render the open document now and show its pages."""
        raise NotImplementedError
