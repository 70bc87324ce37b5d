"""Carton labels for the dispatch bay's Zebra printers."""
