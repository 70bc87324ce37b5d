"""Store opening hours and click-and-collect slot checks."""
