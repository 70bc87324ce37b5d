"""Settlement-date calculation for the back office."""
