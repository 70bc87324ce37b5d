"""Digitised embroidery designs and their Tajima DST machine files."""
