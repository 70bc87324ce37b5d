"""Grape maturity tracking for the winery's harvest planning."""
