"""Rate call detail records (CDRs) against the tariff table.

The tariff maps dialling prefixes ("44", "447", "4420"...) to a price per started
minute, in tenths of a cent; the longest prefix matching the dialled number applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping


def normalise_number(dialled: str) -> str:
    """Digits only, international form: '+44 20 7946-0000' -> '442079460000'."""
    number = dialled.strip().replace(" ", "").replace("-", "")
    if number.startswith("+"):
        number = number[1:]
    elif number.startswith("00"):
        number = number[2:]
    return number


def rate_calls(calls: Iterable[tuple[str, int]], tariff: Mapping[str, int],
               default_rate: int | None = None) -> Iterator[tuple[str, str | None, int]]:
    """Yield (number, matched prefix, charge) for each (dialled number, seconds) call.

    Calls are charged per started minute.  A number that matches no prefix is charged
    at `default_rate` (prefix None); without a default it raises LookupError.
    """
    for dialled, seconds in calls:
        if seconds < 0:
            raise ValueError(f"negative duration for {dialled!r}")
        number = normalise_number(dialled)
        best = None
        for prefix in tariff:
            if number.startswith(prefix) and (best is None or len(prefix) > len(best)):
                best = prefix
        if best is None:
            if default_rate is None:
                raise LookupError(f"no tariff for {dialled!r}")
            rate = default_rate
        else:
            rate = tariff[best]
        minutes = -(-seconds // 60)
        yield number, best, minutes * rate
