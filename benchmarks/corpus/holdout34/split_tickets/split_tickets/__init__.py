"""Split-ticket quotes for journeys along a rail line."""
