"""Weighbridge ticket checks for the recycling facility's permit return."""
