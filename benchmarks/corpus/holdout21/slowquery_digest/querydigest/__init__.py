"""Slow-query log digests for the database team."""
