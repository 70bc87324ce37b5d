"""Cold-chain checks for the distributor's refrigerated (2-8 °C) shipments."""
