"""User-agent statistics for the web team's browser-support policy."""
