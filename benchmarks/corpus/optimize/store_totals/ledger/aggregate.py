"""Totals per store from the point-of-sale export."""


def totals_by_store(text):
    """Sum the amount column per store of a `store,product,amount` export with a header line.

    Returns (store, total rounded to cents) pairs in order of first appearance.
    Blank lines are skipped.
    """
    totals = []  # [store, total] pairs
    for line in text.split("\n")[1:]:
        if not line.strip():
            continue
        store, _product, amount = line.split(",")
        for pair in totals:
            if pair[0] == store:
                pair[1] += float(amount)
                break
        else:
            totals.append([store, float(amount)])
    return [(store, round(total, 2)) for store, total in totals]
