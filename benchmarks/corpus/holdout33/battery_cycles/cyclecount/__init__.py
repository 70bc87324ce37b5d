"""Rainflow cycle counting of battery state-of-charge histories."""
