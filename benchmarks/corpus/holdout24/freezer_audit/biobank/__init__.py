"""Freezer audits for the biobank: rack scans against the LIMS manifest."""
