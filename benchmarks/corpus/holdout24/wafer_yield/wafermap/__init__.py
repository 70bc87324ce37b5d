"""Wafer-sort bin maps: parsing, clustered-failure detection and lot yield reports."""
