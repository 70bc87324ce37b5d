"""Chemical inventory checks for the university's health and safety office."""
