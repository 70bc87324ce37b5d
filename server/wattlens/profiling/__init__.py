"""wattlens.profiling"""
