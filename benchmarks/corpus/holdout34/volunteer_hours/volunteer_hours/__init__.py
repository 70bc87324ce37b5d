"""Volunteer hours checks for the food bank's volunteer coordinator."""
