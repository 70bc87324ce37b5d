"""Peptide mass fingerprinting for the proteomics core facility."""
