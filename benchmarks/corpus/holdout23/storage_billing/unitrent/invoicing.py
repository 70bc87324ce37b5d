"""Month-end invoice totals per customer."""

from __future__ import annotations

import calendar
from datetime import date

from unitrent.accounts import Customer, Rental
from unitrent.settings import load_settings

INSURANCE_PREMIUMS = {0: 0, 1000: 450, 2500: 900, 5000: 1500, 10000: 2500}  # cover (pounds) -> pence a month
VAT_PERCENT = 20


def monthly_invoices(rentals: list[Rental], customers: list[Customer], month: str) -> dict[str, dict[str, int]]:
    """Invoice totals in pence per customer id (sorted) for the month ("YYYY-MM").

    Rent and insurance are charged for the days a unit is let in the month, pro rata and
    rounded down. The customer's discount for the unit (``unit_discounts``, falling back to
    ``discount_percent``) is taken off the rent, rounded down; VAT is added to rent less
    discount plus insurance unless the customer is VAT-exempt. Rentals not let in the month
    are skipped. When several customers share an id the last one is used. Raises ValueError
    for a rental of an unknown customer and KeyError for an insurance cover not offered.
    """
    first = date.fromisoformat(month + "-01")
    days_in_month = calendar.monthrange(first.year, first.month)[1]
    last = first.replace(day=days_in_month)
    by_id = {customer.customer_id: customer for customer in customers}
    invoices: dict[str, dict[str, int]] = {}
    for rental in rentals:
        customer = by_id.get(rental.customer_id)
        if customer is None:
            raise ValueError(f"unit {rental.unit_id} is let to unknown customer {rental.customer_id!r}")
        let_from = max(date.fromisoformat(rental.start), first)
        let_to = min(date.fromisoformat(rental.end), last) if rental.end else last
        if let_to < let_from:
            continue
        days = (let_to - let_from).days + 1
        settings = load_settings(customer.settings)
        rent = rental.monthly_rate * days // days_in_month
        percent = settings["unit_discounts"].get(rental.unit_id, settings["discount_percent"])
        discount = rent * percent // 100
        insurance = INSURANCE_PREMIUMS[settings["insurance_cover"]] * days // days_in_month
        net = rent - discount + insurance
        vat = 0 if settings["vat_exempt"] else net * VAT_PERCENT // 100
        invoice = invoices.setdefault(customer.customer_id, {"units": 0, "rent": 0, "discount": 0, "insurance": 0,
                                                             "vat": 0, "total": 0})
        invoice["units"] += 1
        invoice["rent"] += rent
        invoice["discount"] += discount
        invoice["insurance"] += insurance
        invoice["vat"] += vat
        invoice["total"] += net + vat
    return dict(sorted(invoices.items()))
