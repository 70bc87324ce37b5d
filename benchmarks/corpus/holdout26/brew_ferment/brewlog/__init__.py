"""Fermentation monitoring for the cellar: hydrometer readings, attenuation and stall alerts."""
