"""Ownership-structure analysis for know-your-customer (KYC) reviews."""
