"""Door-entry analytics for the gym chain's member-retention team."""
