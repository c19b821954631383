"""Checks before print: what would go wrong on paper, found from the laid-out pages."""
