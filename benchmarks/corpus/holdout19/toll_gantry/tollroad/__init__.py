"""Toll charging for the free-flow motorway gantries (back-office billing)."""
