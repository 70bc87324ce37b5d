"""Lettering layout for the sign shop's vinyl plotter."""
