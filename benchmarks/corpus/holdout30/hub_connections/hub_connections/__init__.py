"""Hub connection building for network planning."""
