"""Grain scale-ticket settlement for the co-operative's elevators."""
