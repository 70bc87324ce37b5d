"""Spray-diary checks for the farm group's crop assurance audit."""
