"""Employee share-option valuation and expense schedules for the finance team."""
