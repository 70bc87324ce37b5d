"""M-Bus (EN 13757-3) telegram decoding for the heat-billing system."""
