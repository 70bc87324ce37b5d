"""Observing-run planning for the campus observatory."""
