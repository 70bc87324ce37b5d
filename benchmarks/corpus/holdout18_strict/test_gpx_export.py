"""Strict equivalence tests for export_trips (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest
from strict_support import assert_same
from gpxwrite.export import export_trips

TARGET = "gpxwrite/export.py:export_trips"

_ENTITIES = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&apos;")]


def escape(text):
    for char, entity in _ENTITIES:
        text = text.replace(char, entity)
    return text


def coordinate(value):
    return f"{value:.6f}"


def timestamp(epoch):
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class GpxWriter:
    def __init__(self, indent="  "):
        self.indent = indent
        self.text = ""
        self.depth = 0
        self.stack = []

    def line(self, content):
        self.text += self.indent * self.depth + content + "\n"

    def open(self, tag, attributes=None):
        rendered = "".join(f' {name}="{escape(str(value))}"' for name, value in (attributes or {}).items())
        self.line(f"<{tag}{rendered}>")
        self.stack.append(tag)
        self.depth += 1

    def close(self):
        tag = self.stack.pop()
        self.depth -= 1
        self.line(f"</{tag}>")

    def element(self, tag, value):
        self.line(f"<{tag}>{escape(str(value))}</{tag}>")

    def getvalue(self):
        if self.stack:
            raise ValueError(f"unclosed elements: {', '.join(self.stack)}")
        return self.text


GPX_NAMESPACE = "http://www.topografix.com/GPX/1/1"
GAP_SECONDS = 300


def reference(trips, creator="FleetTrack", name=None):
    writer = GpxWriter()
    writer.line('<?xml version="1.0" encoding="UTF-8"?>')
    writer.open("gpx", {"version": "1.1", "creator": creator, "xmlns": GPX_NAMESPACE})
    writer.open("metadata")
    if name is not None:
        writer.element("name", name)
    times = [point[0] for trip in trips for point in trip["points"]]
    if times:
        writer.element("time", timestamp(min(times)))
    writer.close()
    for trip in trips:
        writer.open("trk")
        writer.element("name", f"{trip['vehicle']} {trip['trip_id']}")
        writer.element("type", trip.get("kind", "driving"))
        previous = None
        for epoch, latitude, longitude, elevation, speed in sorted(trip["points"], key=lambda point: point[0]):
            if previous is None or epoch - previous > GAP_SECONDS:
                if previous is not None:
                    writer.close()
                writer.open("trkseg")
            writer.open("trkpt", {"lat": coordinate(latitude), "lon": coordinate(longitude)})
            if elevation is not None:
                writer.element("ele", f"{elevation:.1f}")
            writer.element("time", timestamp(epoch))
            if speed is not None:
                writer.open("extensions")
                writer.element("speed", f"{speed:.2f}")
                writer.close()
            writer.close()
            previous = epoch
        if previous is not None:
            writer.close()
        writer.close()
    writer.close()
    return writer.getvalue()


def t(points, vehicle="VAN-1", trip_id="T1", **extra):
    trip = {"vehicle": vehicle, "trip_id": trip_id, "points": points}
    trip.update(extra)
    return trip


P = (1_717_400_000, 51.5, -0.12, 12.0, 8.5)

CASES = [
    ([],),
    ((),),
    ([], "Other"),
    ([], "", ""),
    ([], "A & B <c>", 'quote " and \' apostrophe'),
    ([], None, None),
    ([], 7, 8),
    ([t([])],),
    ([t([P])],),
    ([t([P]), t([])],),
    ([t([(0, 0.0, 0.0, None, None)])],),
    ([t([(0, 0, 0, 0, 0)])],),
    ([t([(0, -90.0, -180.0, -430.55, 0.005)]), t([(1, 90.0, 180.0, 8848.86, 99.995)])],),
    ([t([(0, 1e-7, -1e-7, 0.05, 0.005), (1, 0.0000005, -0.0000005, 0.15, 0.015), (2, 2.5, 3.5, 0.25, 1.125)])],),
    ([t([(0, 51.5, -0.12, None, None), (300, 51.5, -0.12, None, None), (601, 51.5, -0.12, None, None)])],),
    ([t([(0, 51.5, -0.12, None, None), (301, 51.5, -0.12, None, None), (302, 51.5, -0.12, None, None)])],),
    ([t([(600, 1.0, 1.0, None, None), (0, 2.0, 2.0, None, None), (300, 3.0, 3.0, None, None)])],),
    ([t([(10, 1.0, 1.0, None, None), (10, 2.0, 2.0, 5.0, None), (10, 3.0, 3.0, None, 1.0)])],),
    ([t([(10.5, 1.0, 1.0, None, None), (310.9, 2.0, 2.0, None, None), (311.0, 2.0, 2.0, None, None)])],),
    ([t([(-86400, 1.0, 1.0, None, None), (1e9, 2.0, 2.0, None, None)])],),
    ([t([(0, 1.0, 1.0, None, None)]), t([(-5, 1.0, 1.0, None, None)])],),
    ([t([(0, 1.0, 1.0, None, None)], vehicle="Truck <7> & 'Sam'", trip_id='"x"', kind="walk & run")],),
    ([t([P], vehicle="Zoë's Lieferwagen", trip_id="Fahrt Nr. 1 – Süd")], "Flotte™", "Woche 23 · 🚚"),
    ([t([P], vehicle=None, trip_id=None, kind=None)],),
    ([t([P], vehicle=1, trip_id=2.5, kind=3)],),
    ([t([P], kind="")],),
    ([t([P], vehicle="line\nbreak", trip_id="tab\there")],),
    ([t([P]), t([P]), t([P], trip_id="T2")],),
    ([t([P] * 5)],),
    ([t([(0, 51.5, -0.12, float("inf"), float("-inf"))])],),
    ([t([(0, float("nan"), -0.12, None, None)])],),
    # invalid input
    ([t([(0, 51.5, -0.12, None)])],),
    ([t([(0, 51.5, -0.12, None, None, "extra")])],),
    ([t([("0", 51.5, -0.12, None, None)])],),
    ([t([(None, 51.5, -0.12, None, None)])],),
    ([t([(0, "51.5", -0.12, None, None)])],),
    ([t([(0, 51.5, -0.12, "12", None)])],),
    ([t([(0, 51.5, -0.12, None, "fast")])],),
    ([t([(0, None, -0.12, None, None)])],),
    ([t([(1e20, 51.5, -0.12, None, None)])],),
    ([t([(0, 1.0, 1.0, None, None), ("x", 1.0, 1.0, None, None)])],),
    ([{"vehicle": "a", "trip_id": "b"}],),
    ([{"vehicle": "a", "points": [P]}],),
    ([{"trip_id": "a", "points": []}],),
    ([t([P]), {"vehicle": "a", "trip_id": "b"}],),
    ([t([P]), None],),
    ([t([[0, 51.5, -0.12, 1.0, 2.0], [10, 51.5, -0.12, 1.0, 2.0]])],),
    ([t(((0, 51.5, -0.12, 1.0, 2.0), (10, 51.5, -0.12, 1.0, 2.0)))],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(export_trips, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(export_trips, reference, name="n", creator="c", trips=[t([P])])


def test_points_are_not_reordered_in_place() -> None:
    points = [(600, 1.0, 1.0, None, None), (0, 2.0, 2.0, None, None)]
    export_trips([t(points)])
    assert points == [(600, 1.0, 1.0, None, None), (0, 2.0, 2.0, None, None)]


def _random_cases():
    rng = random.Random(1111)
    for _ in range(160):
        trips = []
        for number in range(rng.randint(0, 4)):
            epoch = rng.randint(1_600_000_000, 1_750_000_000)
            points = []
            for _ in range(rng.randint(0, 40)):
                points.append((epoch, round(rng.uniform(-60, 60), rng.choice([3, 6, 8])),
                               round(rng.uniform(-180, 180), rng.choice([3, 6, 8])),
                               round(rng.uniform(-20, 400), 2) if rng.random() < 0.7 else None,
                               round(rng.uniform(0, 40), 3) if rng.random() < 0.5 else None))
                epoch += rng.choice([1, 5, 10, 10, 30, 299, 300, 301, 900])
            if rng.random() < 0.4:
                rng.shuffle(points)
            trip = t(points, vehicle=rng.choice(["VAN-1", "Truck & Trailer", "<bike>"]), trip_id=f"T{number}")
            if rng.random() < 0.5:
                trip["kind"] = rng.choice(["delivery", "return", "service"])
            trips.append(trip)
        yield trips, rng.choice(["FleetTrack", "Acme"]), rng.choice([None, "week", "A & B"])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(export_trips, reference, *case)


def test_large_export() -> None:
    rng = random.Random(3)
    trips = []
    for number in range(6):
        epoch = 1_700_000_000 + number * 10_000
        points = []
        for _ in range(300):
            points.append((epoch, round(rng.uniform(51, 52), 7), round(rng.uniform(-1, 0), 7),
                           round(rng.uniform(0, 100), 2), round(rng.uniform(0, 30), 3) if rng.random() < 0.5 else None))
            epoch += 10 if rng.random() < 0.98 else 600
        trips.append(t(points, trip_id=f"T{number}"))
    assert_same(export_trips, reference, trips, "FleetTrack", "large")
