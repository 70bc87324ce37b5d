"""Features of the city extract, as written by the GIS team's export script.

The export writes one feature a line, tab-separated: OSM type and id, latitude,
longitude and the feature's tags as ``key=value`` pairs joined with ``;``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feature:
    osm_id: str  # "n123" for a node, "w456" for a way (its centroid)
    lat: float
    lon: float
    tags: str


def tag_value(tags: str, key: str) -> str | None:
    """The value of ``key`` in a ``key=value;key=value`` tag string, or None when absent.

    Keys and values are stripped of surrounding whitespace; a value may itself contain
    ``=``. Items without ``=`` are ignored, and when a key appears more than once its
    last value counts.
    """
    found = None
    for item in tags.split(";"):
        name, sep, value = item.partition("=")
        if sep and name.strip() == key:
            found = value.strip()
    return found


def parse_extract_line(line: str) -> Feature:
    """A feature from one line of the export. Raises ValueError for a malformed line."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) != 4:
        raise ValueError(f"expected 4 tab-separated fields: {line!r}")
    return Feature(fields[0], float(fields[1]), float(fields[2]), fields[3])
