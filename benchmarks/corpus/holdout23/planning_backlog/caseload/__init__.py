"""Planning-application caseload forecasts for the development-management team."""
