"""Sitemap generation for the publisher's websites."""
