"""Convert a price list between currencies."""


def convert_prices(items, rates, currency):
    """Convert (name, amount, currency code) items to `currency`, rounded to cents.

    `rates` is a list of (code, units per euro) pairs, as the central bank publishes them.
    Raises KeyError naming the first currency without a rate.
    """
    result = []
    for name, amount, source in items:
        table = {}
        for code, per_eur in rates:
            table[code] = per_eur
        if source not in table:
            raise KeyError(f"no rate for {source}")
        if currency not in table:
            raise KeyError(f"no rate for {currency}")
        result.append((name, round(amount / table[source] * table[currency], 2)))
    return result
