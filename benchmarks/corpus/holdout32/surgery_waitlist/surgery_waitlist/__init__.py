"""Elective surgery waiting-list modelling for the elective recovery plan."""
