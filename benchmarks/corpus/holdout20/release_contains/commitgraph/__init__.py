"""Commit-graph queries for release engineering."""
