"""Stock-count shrinkage analysis for the loss-prevention team."""
