"""Accessibility audit of the city's points of interest from an OpenStreetMap extract."""
