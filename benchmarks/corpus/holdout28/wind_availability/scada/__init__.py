"""Availability reporting from the wind farm's SCADA 10-minute data."""
