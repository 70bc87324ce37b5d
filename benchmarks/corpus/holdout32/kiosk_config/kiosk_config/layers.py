"""Layering configuration: chain defaults, then cinema overrides, then kiosk overrides."""

from __future__ import annotations

from typing import Any, Mapping


def merged(base: Mapping, override: Mapping) -> dict:
    """A new dict: ``base`` with ``override`` laid over it.

    Nested dicts merge key by key; a None in the override removes the setting; any other value
    replaces what was there. Neither argument is changed.
    """
    result = dict(base)
    for key, value in override.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(result.get(key), Mapping):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


def lookup(config: Mapping, setting: str) -> tuple[bool, Any]:
    """(found, value) for a dotted setting name such as "payments.card.contactless_limit"."""
    value: Any = config
    for part in setting.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return False, None
        value = value[part]
    return True, value
