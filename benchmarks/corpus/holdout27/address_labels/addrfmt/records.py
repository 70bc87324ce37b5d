"""Customer addresses as held in the order system, and country formats as maintained by the dispatch team."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    """A delivery address; ``country`` is an ISO 3166 alpha-2 code."""

    name: str
    street_lines: tuple[str, ...]
    city: str
    postcode: str = ""
    region: str = ""
    organisation: str = ""
    country: str = "GB"


@dataclass(frozen=True)
class CountryFormat:
    """How one country writes addresses.

    ``template`` uses ``%N`` name, ``%O`` organisation, ``%A`` street lines, ``%C`` city,
    ``%S`` region, ``%Z`` postcode, ``%n`` a line break and ``%%`` a percent sign;
    ``uppercase`` lists the field letters printed in capitals.
    """

    code: str
    country_name: str
    template: str
    uppercase: frozenset[str]
    postcode_required: bool
