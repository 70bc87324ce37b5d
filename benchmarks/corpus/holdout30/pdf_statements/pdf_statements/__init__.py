"""Print files for the water utility's paper bills."""
