"""Juror selection for the court's jury office."""
