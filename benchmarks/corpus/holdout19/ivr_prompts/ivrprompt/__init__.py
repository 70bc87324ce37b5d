"""Prompt assembly for the telephone banking IVR (interactive voice response)."""
