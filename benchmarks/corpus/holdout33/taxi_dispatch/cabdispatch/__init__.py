"""Dispatch replay for the taxi co-operative."""
