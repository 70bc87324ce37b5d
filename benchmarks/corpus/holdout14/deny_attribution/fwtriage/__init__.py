"""Triage helpers for the perimeter firewall's deny log."""
