"""Pilot logbook checks for the flying club's safety officer."""
