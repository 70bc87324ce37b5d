"""Fixed-width statement files (format BX-80) for the bank's nightly batch upload.

A file is a header record (H), one record per booked transaction (T) and a trailer
(Z) with the record count and the balance, each padded to the record width.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Transaction:
    booked: str          # ISO date, 2024-03-31
    reference: str
    amount_cents: int    # negative for debits


class StatementWriter:
    """Renders the statement of one account; keeps the last rendering and its totals."""

    def __init__(self, account: str, *, width: int = 80, currency: str = "EUR") -> None:
        self.account = account
        self.width = width
        self.currency = currency
        self.text = ""
        self.count = 0
        self.balance = 0

    @staticmethod
    def _field(value: str, size: int) -> str:
        return value[:size].ljust(size)

    @staticmethod
    def _amount(cents: int) -> str:
        return ("-" if cents < 0 else "+") + f"{abs(cents):015d}"

    def _record(self, kind: str, body: str) -> str:
        return (kind + body)[: self.width].ljust(self.width) + "\n"

    def render(self, transactions: list[Transaction]) -> str:
        """The whole file for `transactions`, in the order given."""
        self.count = 0
        self.balance = 0
        self.text = self._record("H", self._field(self.account, 34) + self.currency)
        for tx in transactions:
            body = tx.booked.replace("-", "") + self._field(tx.reference.upper(), 35) + self._amount(tx.amount_cents)
            self.text += self._record("T", body)
            self.count += 1
            self.balance += tx.amount_cents
        self.text += self._record("Z", f"{self.count:08d}" + self._amount(self.balance))
        return self.text
