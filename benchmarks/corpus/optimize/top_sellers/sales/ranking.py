"""Best-seller lists from the weekly sales ledger."""


def top_sellers(sales, k=10):
    """The k best-selling (product, units) pairs: most units first, ties by product name."""
    remaining = list(sales.items())
    best = []
    while remaining and len(best) < k:
        top = remaining[0]
        for item in remaining:
            if item[1] > top[1] or (item[1] == top[1] and item[0] < top[0]):
                top = item
        best.append(top)
        remaining.remove(top)
    return best


def weekly_report(weeks, k=10):
    return [top_sellers(week, k) for week in weeks]
