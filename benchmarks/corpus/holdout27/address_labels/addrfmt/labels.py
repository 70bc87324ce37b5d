"""Render addresses as the lines printed on a parcel label."""

from __future__ import annotations

from collections.abc import Iterable

from addrfmt.formats import TOKEN, parse_formats
from addrfmt.records import Address


def format_address(address: Address, formats_text: str, home: str = "GB") -> str:
    """The address as label lines joined by newlines, in its country's format.

    The country code is matched after stripping and upper-casing; countries without a format use
    the ``ZZ`` format and print their code as the last line. Fields are stripped, and fields
    listed as upper-case are capitalised. Each line has its whitespace collapsed and leading or
    trailing commas trimmed, and empty lines are dropped. Addresses outside the ``home`` country
    end with the country name. Raises ``ValueError`` when the country has no format and there is
    no ``ZZ`` format, or when the country requires a postcode and the address has none.
    """
    formats = parse_formats(formats_text)
    code = address.country.strip().upper()
    country = formats.get(code) or formats.get("ZZ")
    if country is None:
        raise ValueError(f"no address format for {code!r}")
    if country.postcode_required and not address.postcode.strip():
        raise ValueError(f"{code} addresses need a postcode")
    values = {
        "N": address.name,
        "O": address.organisation,
        "A": "\n".join(line.strip() for line in address.street_lines),
        "C": address.city,
        "S": address.region,
        "Z": address.postcode,
    }
    parts: list[str] = []
    for token in TOKEN.findall(country.template):
        if token == "%n":
            parts.append("\n")
        elif token == "%%":
            parts.append("%")
        elif token.startswith("%"):
            value = values[token[1]].strip()
            parts.append(value.upper() if token[1] in country.uppercase else value)
        else:
            parts.append(token)
    lines = [" ".join(line.split()).strip(" ,") for line in "".join(parts).split("\n")]
    lines = [line for line in lines if line]
    if code != home.strip().upper():
        lines.append(country.country_name.upper() if country.code == code else code)
    return "\n".join(lines)


def format_labels(addresses: Iterable[Address], formats_text: str, home: str = "GB") -> list[str]:
    """Label text for every address, in order (see :func:`format_address`)."""
    return [format_address(address, formats_text, home) for address in addresses]
