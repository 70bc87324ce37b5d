"""Butterfly transect data checks for the county recorder."""
