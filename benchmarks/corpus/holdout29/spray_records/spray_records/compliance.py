"""Checking the spray diary against the label limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from spray_records.diary import SprayRecord
from spray_records.labels import product_key, product_limits


@dataclass(frozen=True)
class Issue:
    """A problem found with the diary record at ``record`` (0-based position in the diary)."""

    record: int
    field: str
    product: str
    problem: str
    detail: str


def check_spray_diary(records: Sequence[SprayRecord], label_table: str,
                      harvest_dates: Mapping[str, date]) -> list[Issue]:
    """Check every application in the diary against the label table.

    For each record, in diary order: a product missing from the table is "not approved" (and not
    checked further); otherwise a dose above the label maximum is an "overdose", the record that
    takes a field's applications of the product past the label maximum (and every one after it)
    is "too many applications", and an application fewer than the harvest interval's days before
    the field's harvest date (when ``harvest_dates`` has one) is "harvest interval". A record can
    raise several issues, in that order. Products are matched as ``product_key`` does.

    Raises ``ValueError`` from the label table when it is malformed.
    """
    issues: list[Issue] = []
    applications: dict[tuple[str, str], int] = {}
    for index, record in enumerate(records):
        limits = product_limits(label_table, record.product)
        if limits is None:
            issues.append(Issue(index, record.field, record.product, "not approved",
                                f"{record.product} is not on the approved product list"))
            continue
        if record.dose > limits.max_dose:
            issues.append(Issue(index, record.field, record.product, "overdose",
                                f"{record.dose:g} per ha is over the label maximum of {limits.max_dose:g}"))
        key = (record.field, product_key(record.product))
        applications[key] = applications.get(key, 0) + 1
        if applications[key] > limits.max_applications:
            issues.append(Issue(index, record.field, record.product, "too many applications",
                                f"application {applications[key]} of at most {limits.max_applications}"))
        harvest = harvest_dates.get(record.field)
        if harvest is not None and (harvest - record.applied).days < limits.harvest_interval_days:
            issues.append(Issue(index, record.field, record.product, "harvest interval",
                                f"applied {(harvest - record.applied).days} days before harvest, "
                                f"label requires {limits.harvest_interval_days}"))
    return issues
