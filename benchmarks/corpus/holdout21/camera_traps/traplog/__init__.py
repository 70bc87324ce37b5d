"""Camera-trap survey analysis for the reserve's monitoring programme."""
