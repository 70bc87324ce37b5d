"""Response-time planning for the county ambulance service."""
