"""Astrometric cross-matching and photometric calibration for the observatory pipeline."""
