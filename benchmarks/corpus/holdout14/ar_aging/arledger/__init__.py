"""Accounts-receivable ledger for the wholesale business."""
