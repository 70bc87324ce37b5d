"""Annual-leave accrual and request processing for the agency's HR team."""
