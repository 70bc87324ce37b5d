"""Herd management reports built from the milk-recording organisation's test-day files."""
