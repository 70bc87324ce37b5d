"""Pit-stop planning for the karting club's endurance races."""
