"""Migration linting for the platform team: statement splitting, rules and the CI report."""
