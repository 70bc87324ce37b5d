"""Port-call detection from the port authority's AIS receiver feed."""
