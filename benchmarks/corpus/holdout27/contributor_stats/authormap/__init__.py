"""Contributor statistics for the project's annual report."""
