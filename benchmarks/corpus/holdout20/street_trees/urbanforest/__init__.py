"""Street-tree inventory statistics for the urban forestry team."""
