"""Dice maths for the club's army-builder matchup tables."""
