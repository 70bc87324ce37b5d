"""Practice-management helpers for the veterinary clinic."""
