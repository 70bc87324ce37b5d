"""Ride files from power meters: 1 Hz samples, mean-maximal power curves and the weekly review."""
