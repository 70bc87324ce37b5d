"""U-space flight reservations: operational volumes, conflict detection and the daily plan."""
