"""Cut planning for the sawmill's cross-cut saw."""
