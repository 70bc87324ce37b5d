"""Customer screening against the consolidated sanctions list."""
