"""Charging sessions and overstay fees from the public chargers' back-office meter logs."""
