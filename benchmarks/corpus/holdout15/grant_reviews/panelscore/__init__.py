"""Scoring and ranking for the research council's review panels."""
