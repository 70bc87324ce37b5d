"""Rain gauge records for stormwater design."""
