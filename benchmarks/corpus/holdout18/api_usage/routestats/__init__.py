"""Endpoint usage statistics for the public API's developer dashboard."""
