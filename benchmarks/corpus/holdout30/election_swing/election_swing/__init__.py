"""Constituency swing figures for the election-night graphics."""
