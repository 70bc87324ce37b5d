"""Service-charge apportionment for the business park's managing agent."""
