"""Harbour dues billing for the fishing port."""
