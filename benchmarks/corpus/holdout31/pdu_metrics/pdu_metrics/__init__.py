"""PDU power metrics for the data centre's capacity dashboard."""
