"""Room allocation for the rehearsal studio's booking requests."""
