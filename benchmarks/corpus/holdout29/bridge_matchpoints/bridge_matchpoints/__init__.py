"""Scoring of the federation's simultaneous pairs event from the clubs' traveller uploads."""
