"""Author royalty statements for the publisher's half-yearly run."""
