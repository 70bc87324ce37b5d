"""Repair-order quoting for the dealership's service desk."""
