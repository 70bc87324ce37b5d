"""Hive-scale monitoring for the association's apiaries."""
