"""Subscriber retention cohorts from billing charges."""
