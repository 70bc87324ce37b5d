"""Dive-computer log analysis for the diving club's logbook service."""
