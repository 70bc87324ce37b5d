"""Main file (.shp) and index file (.shx) of a PointZ shapefile, per the ESRI technical description."""

from __future__ import annotations

import math
import struct

from shpout.points import SurveyPoint

FILE_CODE = 9994
VERSION = 1000
POINT_Z = 11
HEADER_BYTES = 100


def _header(file_words: int, box: tuple[float, float, float, float], z_range: tuple[float, float]) -> bytes:
    """The 100-byte header shared by .shp and .shx; lengths are in 16-bit words."""
    return (struct.pack(">7i", FILE_CODE, 0, 0, 0, 0, 0, file_words) + struct.pack("<2i", VERSION, POINT_Z)
            + struct.pack("<8d", *box, *z_range, 0.0, 0.0))


def write_point_shapefile(points: list[SurveyPoint]) -> tuple[bytes, bytes]:
    """The .shp and .shx contents for the points, one PointZ record each, in input order.

    Records are numbered from 1 and carry a measure of 0.0. The header bounding box covers
    all points (all zeros without points). Raises ValueError when a coordinate is not finite.
    """
    for point in points:
        if not all(math.isfinite(value) for value in (point.easting, point.northing, point.elevation)):
            raise ValueError(f"point {point.point_id!r} has a coordinate that is not finite")
    if points:
        box = (min(point.easting for point in points), min(point.northing for point in points),
               max(point.easting for point in points), max(point.northing for point in points))
        z_range = (min(point.elevation for point in points), max(point.elevation for point in points))
    else:
        box = (0.0, 0.0, 0.0, 0.0)
        z_range = (0.0, 0.0)
    records = b""
    index = b""
    offset = HEADER_BYTES // 2
    for number, point in enumerate(points, start=1):
        content = struct.pack("<i4d", POINT_Z, point.easting, point.northing, point.elevation, 0.0)
        words = len(content) // 2
        records += struct.pack(">2i", number, words) + content
        index += struct.pack(">2i", offset, words)
        offset += 4 + words
    shp = _header(HEADER_BYTES // 2 + len(records) // 2, box, z_range) + records
    shx = _header(HEADER_BYTES // 2 + len(index) // 2, box, z_range) + index
    return shp, shx
