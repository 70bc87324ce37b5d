"""Batch-log analysis for the roastery's drum roasters."""
