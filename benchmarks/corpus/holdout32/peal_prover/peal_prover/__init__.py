"""Proving change-ringing touches for the society's composition library."""
