"""Bills of quantities for the cost-planning team's tender estimates."""
