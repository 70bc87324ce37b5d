"""Brand recognition in marketplace listing titles."""
