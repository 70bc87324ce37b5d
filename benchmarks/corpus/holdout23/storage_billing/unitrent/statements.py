"""Plain-text invoice summaries for the month-end e-mail to the area managers."""

from __future__ import annotations


def pounds(pence: int) -> str:
    """Pence as a money string, e.g. 123456 -> "£1,234.56" and -5 -> "-£0.05"."""
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(pence), 100)
    return f"{sign}£{whole:,}.{part:02d}"


def summary_lines(invoices: dict[str, dict[str, int]], top: int = 5) -> list[str]:
    """A total line and the ``top`` largest invoices (ties by customer id)."""
    total = sum(invoice["total"] for invoice in invoices.values())
    largest = sorted(invoices.items(), key=lambda item: (-item[1]["total"], item[0]))[:top]
    return [f"{len(invoices)} invoices, {pounds(total)}"] + [f"{customer}: {pounds(invoice['total'])} "
                                                            f"({invoice['units']} units)" for customer, invoice in largest]
