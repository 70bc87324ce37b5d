"""Warranty claim checks for the after-sales team: registrations, cover periods and claim decisions."""
