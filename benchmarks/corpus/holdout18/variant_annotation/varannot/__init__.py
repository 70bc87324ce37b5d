"""Gene-level annotation of variant calls for the lab's reporting pipeline."""
