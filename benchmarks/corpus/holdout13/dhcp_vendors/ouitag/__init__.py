"""Vendor look-ups for MAC addresses seen on the campus network."""
