"""Fuel-card analytics for the fleet office."""
