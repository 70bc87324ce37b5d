"""Payment allocation and the aged-debtors report."""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping, Sequence

from arledger.models import Invoice

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")


def bucket_for(due: str, as_of: date) -> str:
    """Aging bucket of an invoice due on ``due`` as seen on ``as_of``."""
    overdue = (as_of - date.fromisoformat(due)).days
    if overdue <= 0:
        return "current"
    if overdue <= 30:
        return "1-30"
    if overdue <= 60:
        return "31-60"
    if overdue <= 90:
        return "61-90"
    return "90+"


def allocate_payments(invoices: Sequence[Invoice], payments: Sequence[Mapping[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """Apply each payment, in the order received, to the customer's oldest-due open invoices.

    Returns the open amount left on every invoice number and, per customer, any cash
    that could not be applied (unallocated credit).
    """
    open_amounts = {invoice.number: invoice.amount_cents for invoice in invoices}
    unallocated: dict[str, int] = {}
    for payment in payments:
        remaining = payment["amount_cents"]
        candidates = sorted(
            (invoice for invoice in invoices
             if invoice.customer == payment["customer"] and open_amounts[invoice.number] > 0),
            key=lambda invoice: (invoice.due, invoice.number),
        )
        for invoice in candidates:
            if remaining <= 0:
                break
            applied = min(remaining, open_amounts[invoice.number])
            open_amounts[invoice.number] -= applied
            remaining -= applied
        if remaining > 0:
            unallocated[payment["customer"]] = unallocated.get(payment["customer"], 0) + remaining
    return open_amounts, unallocated


def aging_report(invoices: Sequence[Invoice], payments: Sequence[Mapping[str, Any]], as_of: date) -> dict[str, dict[str, int]]:
    """Aged-debtors report: open balance per customer and bucket, less unallocated credit.

    Customers are listed in sorted order; every row has all buckets, ``credit`` and ``total``.
    Customers whose invoices are all settled and who hold no credit are left out.
    """
    open_amounts, unallocated = allocate_payments(invoices, payments)
    rows: dict[str, dict[str, int]] = {}
    counted: set[str] = set()
    for invoice in invoices:
        if invoice.number in counted:
            continue
        counted.add(invoice.number)
        balance = open_amounts[invoice.number]
        if balance == 0:
            continue
        row = rows.setdefault(invoice.customer, dict.fromkeys(BUCKETS, 0))
        row[bucket_for(invoice.due, as_of)] += balance
    for customer, credit in unallocated.items():
        rows.setdefault(customer, dict.fromkeys(BUCKETS, 0))["credit"] = credit
    report = {}
    for customer in sorted(rows):
        row = rows[customer]
        row.setdefault("credit", 0)
        row["total"] = sum(row[bucket] for bucket in BUCKETS) - row["credit"]
        report[customer] = row
    return report
