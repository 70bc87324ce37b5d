"""Leak detection on smart water meter data for the customer-contact team."""
