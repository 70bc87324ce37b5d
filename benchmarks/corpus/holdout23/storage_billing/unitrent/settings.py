"""Billing settings read from a customer's CRM settings document."""

from __future__ import annotations

import json

DEFAULTS: dict[str, object] = {"discount_percent": 0, "unit_discounts": {}, "insurance_cover": 0, "vat_exempt": False}


def load_settings(document: str) -> dict[str, object]:
    """The billing settings in a JSON settings document, defaults filled in.

    Only the keys in DEFAULTS are used; everything else in the document (contacts, gate
    codes, notes, marketing preferences, ...) is ignored. Raises ValueError when the
    document is not valid JSON or not a JSON object.
    """
    data = json.loads(document)
    if not isinstance(data, dict):
        raise ValueError("the settings document must be a JSON object")
    settings = dict(DEFAULTS)
    settings.update({key: data[key] for key in DEFAULTS if key in data})
    return settings
