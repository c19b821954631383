"""Output: PDF files, editions, booklets and print jobs made from documents."""
