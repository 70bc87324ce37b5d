"""Street-market pitch fees for the council's markets office."""
