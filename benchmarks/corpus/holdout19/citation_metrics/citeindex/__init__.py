"""Citation metrics built from the department's own publications repository."""
