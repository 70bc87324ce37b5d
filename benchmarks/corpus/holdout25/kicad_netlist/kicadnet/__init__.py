"""KiCad netlists: the S-expression reader, components and nets, the BOM and connectivity checks."""
