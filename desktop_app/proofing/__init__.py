"""Proofing before print: spelling, find and replace, word counts and typographic punctuation."""
