"""Quota monitoring for a fishing producer organisation."""
