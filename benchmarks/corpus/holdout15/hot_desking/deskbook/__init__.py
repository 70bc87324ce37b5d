"""Hot-desk allocation for the shared office floors."""
