"""Pothole repair forecasting for the highway authority's asset team."""
