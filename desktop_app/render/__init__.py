"""Turn documents into HTML through the Jinja layouts, and HTML into PDF through WeasyPrint."""
