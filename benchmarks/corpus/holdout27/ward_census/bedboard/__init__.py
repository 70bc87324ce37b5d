"""Bed-board replay for the hospital's capacity dashboard."""
