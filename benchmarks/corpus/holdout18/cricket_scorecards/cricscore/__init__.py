"""Season statistics for the league's website, built from ball-by-ball records."""
