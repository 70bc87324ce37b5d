"""Turning landing declarations into billable dues lines."""

from __future__ import annotations

from typing import Mapping, Sequence

from .register import dues_pence, normalise_pln


def dues_lines(landings: Sequence[Mapping], register: Sequence[Mapping]) -> list[dict]:
    """One line per landing ({"id", "vessel", "date", "weight_kg"}), in landing order.

    The vessel is looked up in the register by port letters and number (written any way the
    skipper likes) and landing date: the first register row for that vessel whose validity
    (ISO dates "valid_from" to "valid_to", inclusive, "valid_to" None while current) covers the
    date gives the owner, who is billed, and the length, which sets the tariff band. Landings
    with no such row get owner None, dues 0 and problem "unregistered"; others problem None.
    """
    lines = []
    for landing in landings:
        pln = normalise_pln(landing["vessel"])
        entry = None
        for row in register:
            if (row["pln"] == pln and row["valid_from"] <= landing["date"]
                    and (row["valid_to"] is None or landing["date"] <= row["valid_to"])):
                entry = row
                break
        if entry is None:
            lines.append({"id": landing["id"], "pln": pln, "owner": None, "dues": 0, "problem": "unregistered"})
            continue
        lines.append({"id": landing["id"], "pln": pln, "owner": entry["owner"],
                      "dues": dues_pence(entry["length_m"], landing["weight_kg"]), "problem": None})
    return lines
