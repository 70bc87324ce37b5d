"""Reproducible ustar data packages: the same files always give byte-identical archives."""
