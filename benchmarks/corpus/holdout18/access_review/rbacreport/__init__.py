"""Quarterly access-review reporting over the identity platform's role catalogue."""
