"""Piste-map analytics for the ski resort's mobile app."""
