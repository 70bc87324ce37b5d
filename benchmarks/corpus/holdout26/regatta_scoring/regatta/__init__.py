"""Handicap racing results for the sailing club: corrected times, race points and series standings."""
