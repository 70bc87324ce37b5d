"""Shapefile export of field-survey points."""
