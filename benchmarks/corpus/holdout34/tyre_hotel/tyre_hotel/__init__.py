"""Seasonal tyre storage ("tyre hotel") for the garage's fitting bays."""
