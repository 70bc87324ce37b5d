"""Yard planning tools for the container terminal."""
