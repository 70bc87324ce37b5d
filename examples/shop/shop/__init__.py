"""Order reconciliation for a small web shop."""
