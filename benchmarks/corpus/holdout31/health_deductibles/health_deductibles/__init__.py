"""Claim adjudication for a self-funded health plan."""
