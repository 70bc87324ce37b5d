"""Business savings accounts of the building society."""
