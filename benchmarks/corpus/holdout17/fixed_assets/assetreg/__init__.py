"""Fixed-asset register and month-end depreciation."""
