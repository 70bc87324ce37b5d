"""Spectrum-monitoring reports for the regulator's field stations."""
