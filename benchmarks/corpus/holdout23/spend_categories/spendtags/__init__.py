"""Transaction categorisation for the budgeting app's import pipeline."""
