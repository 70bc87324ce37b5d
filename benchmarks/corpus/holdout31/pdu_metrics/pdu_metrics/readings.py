"""Outlet readings collected by the SNMP poller from the rack PDUs."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class Reading:
    """One outlet sample: where it is, whose equipment it feeds, when it was taken (timezone
    aware) and the outlet's active power, current and energy counter."""

    site: str
    rack: str
    pdu: str
    outlet: int
    customer: str
    at: datetime
    watts: float
    amps: float
    kwh: float


def parse_poller_csv(text: str) -> list[Reading]:
    """Read the poller's CSV ("site,rack,pdu,outlet,customer,epoch,watts,amps,kwh" with a header;
    epoch in seconds, UTC). Empty power values are read as NaN (the outlet did not answer)."""
    readings = []
    for row in csv.DictReader(io.StringIO(text)):
        def number(key: str) -> float:
            return float(row[key]) if row[key].strip() else float("nan")
        readings.append(Reading(row["site"].strip(), row["rack"].strip(), row["pdu"].strip(), int(row["outlet"]),
                                row["customer"].strip(), datetime.fromtimestamp(int(row["epoch"]), timezone.utc),
                                number("watts"), number("amps"), number("kwh")))
    return readings
