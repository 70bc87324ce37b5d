"""First-name statistics for the civil registry's annual press release."""
