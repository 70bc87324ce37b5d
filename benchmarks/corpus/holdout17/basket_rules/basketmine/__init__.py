"""Market-basket analysis for the category managers' cross-merchandising reviews."""
