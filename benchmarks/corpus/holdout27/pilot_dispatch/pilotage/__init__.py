"""Pilotage replay for the harbour master's office: pilot assignments, waiting times and missed tide windows."""
