"""Rent arrears ageing and letters for the housing co-operative."""
