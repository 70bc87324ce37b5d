"""Rent benchmarks for the tenants' union's fairness map."""
