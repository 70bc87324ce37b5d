"""Back office for the vending fleet's route planners."""
