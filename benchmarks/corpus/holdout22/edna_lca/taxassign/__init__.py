"""Taxonomic assignment for the freshwater eDNA monitoring programme."""
