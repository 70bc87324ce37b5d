"""Flight times from the ACARS OOOI message feed."""
