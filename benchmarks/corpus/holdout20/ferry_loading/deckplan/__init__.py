"""Vehicle-deck loading plans for the ferry operator's check-in booths."""
