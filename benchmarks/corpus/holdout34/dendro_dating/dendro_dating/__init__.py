"""Tree-ring cross-dating for the lab's building-survey reports."""
