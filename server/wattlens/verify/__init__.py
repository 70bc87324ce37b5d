"""wattlens.verify"""
