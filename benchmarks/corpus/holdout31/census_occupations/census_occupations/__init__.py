"""HISCO occupation coding of transcribed census returns."""
