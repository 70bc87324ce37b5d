"""Distributor commissions for the monthly bonus run."""
