"""Imprint: open news articles, fix their metadata and type, export print-ready PDFs."""

__version__ = "0.1.0"
