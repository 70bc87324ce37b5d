"""Species names as written on landing declarations, mapped to FAO 3-alpha codes."""

from __future__ import annotations

ALIASES = {
    "ATLANTIC COD": "COD", "COD": "COD",
    "HADDOCK": "HAD", "HAD": "HAD",
    "WHITING": "WHG", "WHG": "WHG",
    "SAITHE": "POK", "COLEY": "POK", "POK": "POK",
    "EUROPEAN HAKE": "HKE", "HAKE": "HKE", "HKE": "HKE",
    "MONKFISH": "MNZ", "ANGLERFISH": "MNZ", "MNZ": "MNZ",
    "MEGRIM": "LEZ", "LEZ": "LEZ",
    "PLAICE": "PLE", "PLE": "PLE",
    "NEPHROPS": "NEP", "LANGOUSTINE": "NEP", "NEP": "NEP",
    "MACKEREL": "MAC", "MAC": "MAC",
    "HERRING": "HER", "HER": "HER",
    "SOLE": "SOL", "COMMON SOLE": "SOL", "SOL": "SOL",
}


def species_code(name: str) -> str:
    """FAO code for a declared species name; unknown names are kept, upper-cased."""
    key = " ".join(name.split()).upper()
    return ALIASES.get(key, key)
