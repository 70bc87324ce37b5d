"""Postal address formatting for the dispatch team's parcel labels."""
