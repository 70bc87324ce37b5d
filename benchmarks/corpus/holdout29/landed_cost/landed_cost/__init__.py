"""Landed-cost allocation for the importer's inbound containers."""
