"""Claim charts for the patent department's infringement and novelty reviews."""
