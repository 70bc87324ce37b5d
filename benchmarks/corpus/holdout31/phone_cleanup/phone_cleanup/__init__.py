"""Phone-number clean-up for the supporter database."""
