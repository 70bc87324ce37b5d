"""Intel HEX handling for the production programming station: load, write and check firmware images."""
