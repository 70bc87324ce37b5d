import pytest

from gpxwrite.export import export_trips
from gpxwrite.writer import GpxWriter
from gpxwrite.xmltext import coordinate, escape, timestamp


def test_escape() -> None:
    assert escape("Tom & Jerry's <van>") == "Tom &amp; Jerry&apos;s &lt;van&gt;"


def test_coordinate_and_timestamp() -> None:
    assert coordinate(51.5) == "51.500000"
    assert timestamp(0) == "1970-01-01T00:00:00Z"


def test_writer_indents_and_closes() -> None:
    writer = GpxWriter()
    writer.open("a", {"x": 1})
    writer.element("b", "<c>")
    writer.close()
    assert writer.getvalue() == '<a x="1">\n  <b>&lt;c&gt;</b>\n</a>\n'


def test_writer_refuses_unclosed_document() -> None:
    writer = GpxWriter()
    writer.open("gpx")
    with pytest.raises(ValueError):
        writer.getvalue()


def test_empty_export() -> None:
    document = export_trips([])
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="FleetTrack"')
    assert "<trk>" not in document
    assert document.endswith("</gpx>\n")


def test_points_are_sorted_and_segmented() -> None:
    trip = {"vehicle": "VAN-1", "trip_id": "T1", "points": [
        (1000, 51.0, -0.1, None, None), (0, 51.5, -0.12, 12.34, 3.0), (10, 51.5001, -0.12, 12.4, None)]}
    document = export_trips([trip], name="week 1")
    assert document.count("<trkseg>") == 2
    assert document.index("1970-01-01T00:00:00Z") < document.index("1970-01-01T00:16:40Z")
    assert "<ele>12.3</ele>" in document
    assert "<speed>3.00</speed>" in document
    assert "<name>week 1</name>" in document
    assert "<name>VAN-1 T1</name>" in document


def test_metadata_time_is_earliest_point() -> None:
    trips = [{"vehicle": "a", "trip_id": 1, "points": [(500, 0.0, 0.0, None, None)]},
             {"vehicle": "b", "trip_id": 2, "kind": "walk", "points": [(60, 0.0, 0.0, None, None)]}]
    document = export_trips(trips)
    assert "<metadata>\n    <time>1970-01-01T00:01:00Z</time>\n  </metadata>" in document
    assert "<type>walk</type>" in document
