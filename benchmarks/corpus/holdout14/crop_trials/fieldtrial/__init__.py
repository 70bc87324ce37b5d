"""Analysis helpers for randomised complete-block field trials."""
