"""Seat allocation for the electoral commission's results service."""
