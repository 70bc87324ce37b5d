"""Season figures for the boat-hire kiosk."""
