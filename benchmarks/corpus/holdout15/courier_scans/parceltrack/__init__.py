"""Parcel tracking for the courier's customer-facing tracking page."""
