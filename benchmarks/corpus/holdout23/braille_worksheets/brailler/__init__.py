"""Uncontracted (grade 1) Unified English Braille for the learning-support team."""
