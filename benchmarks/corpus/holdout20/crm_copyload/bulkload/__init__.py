"""Bulk-load files for the analytics warehouse."""
