"""Pass advice for the journey planner's "what should I buy?" page."""
