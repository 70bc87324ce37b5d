"""Fault trees for the process-safety risk review: parsing, top-event probability and importance."""
