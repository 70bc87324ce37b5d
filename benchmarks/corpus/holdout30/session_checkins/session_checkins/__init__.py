"""Session check-in analysis for the conference operations team."""
