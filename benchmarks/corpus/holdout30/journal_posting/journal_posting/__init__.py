"""General-ledger posting for the practice's month-end close."""
