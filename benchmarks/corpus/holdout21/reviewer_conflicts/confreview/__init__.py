"""Programme-committee tooling for the conference management system."""
