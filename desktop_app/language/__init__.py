"""Languages: article language tags and detection, locales and Imprint's own catalogs."""
