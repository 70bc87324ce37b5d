"""Income-distribution statistics from the household budget survey."""
