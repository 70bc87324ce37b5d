"""Hyphenation for the print edition's paragraph layout."""
