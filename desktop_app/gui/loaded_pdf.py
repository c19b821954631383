"""PDF bytes opened in QtPdf: the one way the window loads a PDF, for the preview and for printing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument


class LoadedPdf:
    """A PDF loaded into QtPdf together with the buffer QtPdf reads it from, which has to
    live as long as the document does."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        self.buffer = QBuffer(parent)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent) if parent is not None else QPdfDocument()
        self.document.load(self.buffer)

    def is_ready(self) -> bool:
        """Whether QtPdf could read the PDF (its pages can be drawn)."""
        return self.document.status() == QPdfDocument.Status.Ready

    def close(self) -> None:
        # Closed and deleted at once: a long editing session must not pile up documents.
        self.document.close()
        self.document.deleteLater()
        self.buffer.close()
        self.buffer.deleteLater()
