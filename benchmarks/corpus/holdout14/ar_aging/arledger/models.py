"""Ledger records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Invoice:
    number: str
    customer: str
    issued: str  # ISO date
    due: str  # ISO date
    amount_cents: int
