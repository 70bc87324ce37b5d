"""Lift fault-call analysis for the maintenance contract review."""
