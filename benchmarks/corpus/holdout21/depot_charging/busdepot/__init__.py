"""Depot charging planning for the battery-electric bus fleet."""
