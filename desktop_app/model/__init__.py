"""The model: articles, documents, their style and every edit, as plain frozen data."""
