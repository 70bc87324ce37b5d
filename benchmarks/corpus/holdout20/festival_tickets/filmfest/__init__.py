"""Box-office reporting for the film festival office."""
