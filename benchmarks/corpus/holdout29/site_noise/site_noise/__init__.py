"""Boundary noise monitoring for the site's planning-condition compliance report."""
