"""Voting records from the parliament's published division lists."""
