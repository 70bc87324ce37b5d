"""vCard export for the address book."""
