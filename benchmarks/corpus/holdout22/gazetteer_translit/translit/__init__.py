"""Transliteration of Cyrillic place names for the gazetteer."""
