"""Sales-comparison valuation of residential parcels."""
