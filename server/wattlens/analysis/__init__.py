"""wattlens.analysis"""
