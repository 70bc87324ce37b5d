"""Claims reserving for the actuarial function."""
