"""Alert rules for the operations team's syslog pipeline."""
