"""Contactless fare capping for the transit back office."""
