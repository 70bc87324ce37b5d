"""Airport look-ups for the booking front end."""

from __future__ import annotations


def codes_for(
    cities: list[str], directory: dict[str, str], *, missing: str | None = None, strict: bool = False
) -> list[str | None]:
    """The airport code for each city name typed by a user, in order.

    `directory` maps IATA codes to city names. Names match ignoring case and the blanks
    around what the user typed; a city with several airports gets the first code listed.
    An unknown city gets `missing`, or raises KeyError when `strict` is set.
    """
    codes = []
    for city in cities:
        wanted = city.strip().lower()
        for code, name in directory.items():
            if name.lower() == wanted:
                codes.append(code)
                break
        else:
            if strict:
                raise KeyError(city)
            codes.append(missing)
    return codes
