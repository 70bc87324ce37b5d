"""wattlens.optimize"""
