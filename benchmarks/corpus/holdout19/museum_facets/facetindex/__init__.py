"""Faceted browsing for the museum's collections-online site."""
