import struct
from datetime import date

import pytest

from shpout.dbf import write_dbf
from shpout.points import SurveyPoint, read_points_csv
from shpout.shapefile import write_point_shapefile


def test_read_points_csv() -> None:
    text = "PointID,Code,Easting,Northing,Elevation\n101, FH ,512034.125,181220.5,43.21\n"
    assert read_points_csv(text) == [SurveyPoint("101", "FH", 512034.125, 181220.5, 43.21)]


def test_two_points() -> None:
    points = [SurveyPoint("1", "FH", 10.0, 20.0, 1.5), SurveyPoint("2", "TREE", 12.0, 18.0, 2.5)]
    shp, shx = write_point_shapefile(points)
    assert len(shp) == 100 + 2 * 44 and len(shx) == 100 + 2 * 8
    assert struct.unpack(">i", shp[:4]) == (9994,) and struct.unpack(">i", shp[24:28]) == (len(shp) // 2,)
    assert struct.unpack("<2i", shp[28:36]) == (1000, 11)
    assert struct.unpack("<6d", shp[36:84]) == (10.0, 18.0, 12.0, 20.0, 1.5, 2.5)
    assert struct.unpack(">2i", shp[100:108]) == (1, 18)
    assert struct.unpack("<i4d", shp[108:144]) == (11, 10.0, 20.0, 1.5, 0.0)
    assert struct.unpack(">4i", shx[100:]) == (50, 18, 72, 18)


def test_empty_and_bad_points() -> None:
    shp, shx = write_point_shapefile([])
    assert len(shp) == len(shx) == 100
    with pytest.raises(ValueError):
        write_point_shapefile([SurveyPoint("1", "FH", float("nan"), 0.0, 0.0)])


def test_dbf() -> None:
    data = write_dbf([SurveyPoint("1", "FH", 0, 0, 0), SurveyPoint("Éé" * 10, "TREE", 0, 0, 0)], date(2024, 5, 1))
    assert data[:4] == bytes([3, 124, 5, 1]) and struct.unpack("<I", data[4:8]) == (2,)
    assert data[96:97] == b"\r" and data[-1:] == b"\x1a"
    assert data[97:124] == b" 1               FH        "
    assert len(data) == 97 + 2 * 27 + 1
