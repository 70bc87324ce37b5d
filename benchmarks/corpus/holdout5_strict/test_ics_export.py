"""Strict equivalence tests for CalendarWriter.render (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from calfeed.ical import CalendarWriter, Event, escape_text, format_datetime
from strict_support import assert_same

TARGET = "calfeed/ical.py:CalendarWriter.render"


def _ref_fold(line, limit):
    folded = ""
    current = ""
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            folded += current + "\r\n"
            current = " " + char
        else:
            current += char
    return folded + current + "\r\n"


def reference_render(writer, events):
    out = []

    def emit(name, value):
        out.append(_ref_fold(f"{name}:{value}", writer.line_limit))

    emit("BEGIN", "VCALENDAR")
    emit("VERSION", "2.0")
    emit("PRODID", writer.prodid)
    emit("CALSCALE", "GREGORIAN")
    for event in sorted(events, key=lambda e: (e.start, e.uid)):
        if not event.uid:
            raise ValueError("event without uid")
        if event.end < event.start:
            raise ValueError(f"event {event.uid} ends before it starts")
        emit("BEGIN", "VEVENT")
        emit("UID", event.uid)
        emit("DTSTART", format_datetime(event.start))
        emit("DTEND", format_datetime(event.end))
        emit("SUMMARY", escape_text(event.summary))
        if event.description:
            emit("DESCRIPTION", escape_text(event.description))
        if event.location:
            emit("LOCATION", escape_text(event.location))
        if event.categories:
            emit("CATEGORIES", ",".join(escape_text(c) for c in event.categories))
        emit("END", "VEVENT")
    emit("END", "VCALENDAR")
    return "".join(out)


def candidate(settings, events):
    return CalendarWriter(*settings).render(events)


def reference(settings, events):
    return reference_render(CalendarWriter(*settings), events)


D = datetime(2024, 3, 10, 9, 30)
UTC = timezone.utc
PLUS2 = timezone(timedelta(hours=2))


def ev(uid="u", start=D, minutes=30, summary="s", **kw):
    return Event(uid, start, start + timedelta(minutes=minutes), summary, **kw)


SETTINGS = [(), ("-//x//EN", 75), ("-//x//EN", 8), ("-//x//EN", 9), ("-//x//EN", 12), ("P" * 200, 40), ("ÉÉ—", 10), ("", 75)]

EVENT_LISTS = [
    [],
    [ev()],
    [ev("b"), ev("a")],
    [ev("b", D), ev("a", D + timedelta(hours=1)), ev("c", D - timedelta(days=1))],
    [ev("x", minutes=0)],
    [ev("x", summary="")],
    [ev("x", summary="a" * 68)],
    [ev("x", summary="a" * 66)],
    [ev("x", summary="a" * 67)],
    [ev("x", summary="a" * 500)],
    [ev("x", summary="é" * 80)],
    [ev("x", summary="日本語のテキスト" * 20)],
    [ev("x", summary="😀" * 40)],
    [ev("x", summary="a" + "😀" * 40)],
    [ev("x", summary="e\u0301" * 60)],
    [ev("x", summary="line1\nline2\r\nline3\rline4")],
    [ev("x", summary="a,b;c\\d")],
    [ev("x", summary="  padded  \t")],
    [ev("x", description="d" * 300, location="L" * 90)],
    [ev("x", description="", location="")],
    [ev("x", categories=("a,b", "c;d", "é"))],
    [ev("x", categories=("",))],
    [ev("x", categories=tuple(f"cat{i}" for i in range(40)))],
    [ev("x", start=datetime(2024, 1, 1, tzinfo=UTC)), ev("y", start=datetime(2024, 1, 1, 1, tzinfo=PLUS2))],
    [Event("d", date(2024, 1, 1), date(2024, 1, 2), "all day")],
    [ev("", summary="no uid")],
    [Event("back", D, D - timedelta(minutes=1), "s")],
    [ev("ok", D + timedelta(days=1)), ev("", D)],
    [ev("ok", D - timedelta(days=1)), Event("back", D, D - timedelta(minutes=1), "s"), ev("", D + timedelta(days=2))],
    [ev("x", start=datetime(2024, 1, 1, tzinfo=UTC)), ev("y")],
    [ev("same"), ev("same")],
    [ev("ü", summary="ü"), ev("u", summary="u"), ev("U", summary="U")],
    [ev("x", summary="\u2028sep\x00nul\ttab")],
]


def _random_events():
    rng = random.Random(7)
    alphabet = "abc xyz,;\\\n\réü日😀\u0301"
    for _ in range(60):
        events = []
        for k in range(rng.randint(0, 8)):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
            start = D + timedelta(minutes=rng.randrange(0, 300, 30))
            events.append(Event(f"e{rng.randint(0, 5)}", start, start + timedelta(minutes=rng.randint(0, 90)), text, description=text[::-1] if rng.random() < 0.5 else "", location=text[:20], categories=tuple(text.split()[:3])))
        yield events


RANDOM = list(_random_events())


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("events", EVENT_LISTS)
def test_same_as_reference(settings, events) -> None:
    assert_same(candidate, reference, settings, events)


@pytest.mark.parametrize("settings", SETTINGS[:5])
@pytest.mark.parametrize("events", RANDOM)
def test_random_events(settings, events) -> None:
    assert_same(candidate, reference, settings, events)


@pytest.mark.parametrize("events", EVENT_LISTS)
def test_same_error_message(events) -> None:
    def message(function):
        try:
            return ("ok", function((), events))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(candidate) == message(reference)


def test_tuple_and_generator_input() -> None:
    events = [ev("b", summary="x" * 100), ev("a")]
    want = reference((), events)
    assert CalendarWriter().render(tuple(events)) == want
    assert CalendarWriter().render(e for e in events) == want


def test_writer_reuse_and_state() -> None:
    writer = CalendarWriter("-//reuse//EN", 20)
    first = writer.render([ev("a", summary="z" * 50)])
    with pytest.raises(ValueError):
        writer.render([ev("b"), ev("", D + timedelta(hours=1))])
    second = writer.render([ev("a", summary="z" * 50)])
    assert first == second == reference(("-//reuse//EN", 20), [ev("a", summary="z" * 50)])
    writer.line_limit = 30
    writer.prodid = "-//changed//EN"
    assert writer.render([ev("c", summary="é" * 40)]) == reference(("-//changed//EN", 30), [ev("c", summary="é" * 40)])
    assert (writer.prodid, writer.line_limit) == ("-//changed//EN", 30)


def test_folded_lines_respect_limit() -> None:
    text = CalendarWriter(line_limit=10).render([ev("x", summary="a😀é" * 30)])
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 10


def test_large_schedule() -> None:
    rng = random.Random(99)
    events = []
    for n in range(300):
        start = D + timedelta(minutes=15 * rng.randrange(200))
        body = " ".join(rng.choice(["alpha", "béta", "γάμμα", "d,e", "f;g", "\n"]) for _ in range(rng.randint(0, 60)))
        events.append(Event(f"t{n}@x", start, start + timedelta(minutes=45), f"Talk {n}", description=body, location=rng.choice(["", "Hall A"]), categories=("x",) * (n % 3)))
    assert_same(candidate, reference, (), events)
    assert_same(candidate, reference, ("-//big//EN", 8), events)
