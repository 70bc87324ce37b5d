"""Mesh conversion for the print bureau's order pipeline."""
