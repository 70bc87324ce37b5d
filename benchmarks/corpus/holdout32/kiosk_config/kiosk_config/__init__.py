"""Layered kiosk configuration and release checks."""
