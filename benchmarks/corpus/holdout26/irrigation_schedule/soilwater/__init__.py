"""Soil-water balance for the irrigation cooperative: crop coefficients, fields and the season simulation."""
