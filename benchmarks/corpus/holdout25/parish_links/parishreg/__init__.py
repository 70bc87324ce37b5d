"""Transcribed parish registers: entries, name standardisation and burial-to-baptism linkage."""
