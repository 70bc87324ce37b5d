"""Register of members for the company secretary's office."""
