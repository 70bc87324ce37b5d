"""Reception seating plans for the venue's events team."""
