"""Allergen labelling for the bakery chain: the allergen vocabulary, matching and label declarations."""
