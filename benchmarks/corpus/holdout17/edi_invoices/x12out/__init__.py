"""Outbound ANSI X12 documents for the wholesaler's retail trading partners."""
