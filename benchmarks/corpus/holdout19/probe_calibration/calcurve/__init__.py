"""Calibration of the greenhouse's capacitive soil-moisture probes."""
