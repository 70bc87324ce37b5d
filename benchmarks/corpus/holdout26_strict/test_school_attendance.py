"""Strict equivalence tests for attendance_summary (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from regmarks.summary import PupilAttendance, attendance_summary
from strict_support import assert_same

TARGET = "regmarks/summary.py:attendance_summary"


# --- verbatim copy of the original implementation and its helpers -----------------------------

PRESENT = frozenset({"/", "\\", "L", "B", "D", "J", "P", "V", "W"})
AUTHORISED = frozenset({"C", "E", "H", "I", "M", "R", "S", "T"})
UNAUTHORISED = frozenset({"G", "N", "O", "U"})
NOT_POSSIBLE = frozenset({"X", "Y", "Z", "#"})


def _ref_category(mark):
    if mark in PRESENT:
        return "present"
    if mark in AUTHORISED:
        return "authorised"
    if mark in UNAUTHORISED:
        return "unauthorised"
    if mark in NOT_POSSIBLE:
        return "not possible"
    raise ValueError(f"unknown attendance code {mark!r}")


def _ref_field(header, line, name):
    columns = [column.strip().lower() for column in header.split(",")]
    if name not in columns:
        raise ValueError(f"the export has no {name!r} column")
    values = line.split(",")
    index = columns.index(name)
    if index >= len(values):
        raise ValueError(f"no {name!r} value in {line!r}")
    return values[index].strip()


def reference(export):
    lines = export.splitlines()
    if not lines:
        return {}
    header = lines[0]
    pupils = {}
    marks = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        upn = _ref_field(header, line, "upn")
        mark = _ref_field(header, line, "mark").upper()
        try:
            _ref_category(mark)
        except ValueError:
            raise ValueError(f"line {number}: unknown attendance code {mark!r}") from None
        if upn not in pupils:
            name = f"{_ref_field(header, line, 'surname')}, {_ref_field(header, line, 'forename')}"
            pupils[upn] = PupilAttendance(upn, name, _ref_field(header, line, "form"))
        marks[(upn, _ref_field(header, line, "date"), _ref_field(header, line, "session").upper())] = mark
    for (upn, _, _), mark in marks.items():
        pupil = pupils[upn]
        kind = _ref_category(mark)
        if kind == "not possible":
            continue
        pupil.possible += 1
        if kind == "present":
            pupil.present += 1
        elif kind == "authorised":
            pupil.authorised += 1
        else:
            pupil.unauthorised += 1
    for pupil in pupils.values():
        if pupil.possible:
            pupil.percentage = round(100.0 * pupil.present / pupil.possible, 1)
            pupil.persistent_absentee = 10 * (pupil.possible - pupil.present) >= pupil.possible
    return pupils


# --- cases -------------------------------------------------------------------------------

HEADER = "UPN,Surname,Forename,Form,Date,Session,Mark,Recorded By"


def rows(*records, header=HEADER, end="\n"):
    return end.join([header, *records]) + end


def row(upn="K1", mark="/", date_="2024-09-04", session="AM", surname="Smith", forename="Amelia", form="7A", by="tutor"):
    return f"{upn},{surname},{forename},{form},{date_},{session},{mark},{by}"


WEEK = rows(*[row(mark=m, date_=f"2024-09-{d:02d}", session=s) for d, (m, s) in
              zip([4, 4, 5, 5, 6, 6, 9, 9, 10, 10], [("/", "AM"), ("\\", "PM"), ("I", "AM"), ("O", "PM"), ("#", "AM"), ("L", "PM"),
                                                      ("M", "AM"), ("U", "PM"), ("X", "AM"), ("B", "PM")])])
NINE_OF_TEN = rows(*[row(mark="/" if n < 9 else "O", date_=f"2024-09-{n + 1:02d}") for n in range(10)])
EIGHTEEN_OF_TWENTY_ONE = rows(*[row(mark="/" if n < 19 else "I", date_=f"2024-10-{n + 1:02d}") for n in range(21)])
ONE_OF_EIGHT = rows(*[row(mark="/" if n == 0 else "N", date_=f"2024-11-{n + 1:02d}") for n in range(8)])
TWO_OF_THREE = rows(row(mark="/"), row(mark="/", session="PM"), row(mark="O", date_="2024-09-05"))
CORRECTIONS = rows(row(mark="N"), row(mark="I", session="am", by="office"), row(mark="/", session="PM"), row(mark="X", session="pm "),
                   row(upn="K2", mark="O", surname="Khan", forename="Leo", form="7B"),
                   row(upn="K2", mark="L", surname="Khan-Changed", forename="Leo", form="8Z"))
MANY_PUPILS = rows(*[row(upn=f"K{n % 4}", mark="/IO#"[n % 4], date_=f"2024-09-{n // 8 + 1:02d}", session="AM" if n % 8 < 4 else "PM",
                         surname=f"S{n % 4}") for n in range(64)])
REORDERED = rows("/,AM,2024-09-04,8C,Maja,Nowak,K9", "I,PM,2024-09-04,8C,Maja,Nowak,K9",
                 header="mark,session,date,form,forename,surname,upn")
SPACED_HEADER = rows(row(), row(mark="O", session="PM"), header=" upn , SURNAME,Forename ,FORM,date,Session,  MARK  ,by")
DUPLICATE_COLUMNS = rows("K1,Smith,Amelia,7A,2024-09-04,AM,/,O", header="upn,surname,forename,form,date,session,mark,mark")
EXTRA_FIELDS = rows(row() + ",extra,fields,here", row(mark="O", session="PM") + ",")
PADDED_VALUES = rows(" K1 , Smith , Amelia , 7A , 2024-09-04 , am , / , tutor", "K1,Smith,Amelia,7A,2024-09-04,AM,O,tutor")
UNICODE = rows(row(upn="K1", surname="Ó Briain", forename="Zoë", form="7Ä"), row(upn="Ｋ1", surname="Nowak", forename="Maja"),
               row(upn="K1", mark="ı", session="PM"), row(upn="k1", mark="/"))

CASES = [
    "",
    "\n",
    HEADER,
    HEADER + "\n",
    HEADER + "\n\n\n",
    HEADER + "\n   \n\t\n",
    rows(row()),
    rows(row(), end="\r\n"),
    rows(row(), row(mark="O", session="PM"), end="\r"),
    WEEK,
    WEEK.replace("\n", "\r\n"),
    NINE_OF_TEN,
    EIGHTEEN_OF_TWENTY_ONE,
    ONE_OF_EIGHT,
    TWO_OF_THREE,
    CORRECTIONS,
    MANY_PUPILS,
    REORDERED,
    SPACED_HEADER,
    DUPLICATE_COLUMNS,
    EXTRA_FIELDS,
    PADDED_VALUES,
    UNICODE,
    rows(row(mark="x")),
    rows(row(mark="X"), row(mark="Y", session="PM")),
    rows(row(mark="#"), row(upn="K2", mark="/")),
    rows(row(mark="i"), row(mark="l", session="PM"), row(mark="b", date_="2024-09-05")),
    rows(row(mark="/"), row(mark="/", date_="2024-9-4")),
    rows(row(mark="/"), row(mark="/", date_=" 2024-09-04 ")),
    rows(row(mark="/"), row(mark="O", session="Am")),
    rows(row(mark="/", session="")),
    rows(row(upn="")),
    rows(row(upn="", surname="", forename="", form="")),
    rows(row(mark="Q")),
    rows(row(mark="")),
    rows(row(mark="//")),
    rows(row(mark="ß")),
    rows(row(mark="ｉ")),
    rows(row(), row(mark="Q")),
    rows(row(), "K2,Short"),
    rows("K2,Short"),
    rows(row(), "", "   ", row(mark="O", session="PM")),
    rows(row(), row(mark="O", session="PM")).replace("\n", "\x0c", 1),
    rows(row(), row(mark="O", session="PM")).replace("\n", "\u2028"),
    rows(row(), row(mark="O", session="PM")).replace("\n", "\x85"),
    rows(row(), row(mark="O", session="PM")).replace("\n", "\x1e"),
    rows(row(forename="Amelia\x0bRose")),
    rows(row(), header="upn,surname,forename,form,date,session"),
    rows(row(), header="upn,surname,forename,form,date,mark"),
    rows(row(), header="upn,mark"),
    rows("K1,/", header="upn,mark"),
    rows(header="upn,mark"),
    rows("K1,Smith,Amelia,7A,2024-09-04,AM,/", header=""),
    rows(row(), header="UPN;Surname;Forename;Form;Date;Session;Mark"),
    'upn,surname,forename,form,date,session,mark\n"K1","Smith","Amelia","7A","2024-09-04","AM","/"\n',
    'upn,surname,forename,form,date,session,mark\nK1,"Smith, Jr",Amelia,7A,2024-09-04,AM,/\n',
    None,
    b"upn,mark\nK1,/\n",
    ["upn,mark", "K1,/"],
]


@pytest.mark.parametrize("export", CASES)
def test_cases(export) -> None:
    assert_same(attendance_summary, reference, export)


def test_keyword_argument() -> None:
    assert_same(attendance_summary, reference, export=WEEK)


def test_pupil_order() -> None:
    assert list(attendance_summary(MANY_PUPILS)) == list(reference(MANY_PUPILS))
    assert list(attendance_summary(UNICODE)) == list(reference(UNICODE))


COLUMNS = ["upn", "surname", "forename", "form", "date", "session", "mark", "recorded by"]
MARKS = "////////\\\\\\\\LBIIMOOUGNECHXY#ilo"


def _random_cases():
    rng = random.Random(1870)
    for _ in range(200):
        order = COLUMNS[:]
        if rng.random() < 0.4:
            rng.shuffle(order)
        header = ",".join(rng.choice([c, c.upper(), c.title(), f" {c} "]) for c in order)
        pupils = [(f"K{rng.randint(1, 999)}", rng.choice(["Smith", "Khan", "O'Brien"]), rng.choice(["Zoë", "Leo"]), rng.choice(["7A", "8B"]))
                  for _ in range(rng.randint(1, 5))]
        lines = [header]
        day = date(2024, 9, 2)
        for _ in range(rng.choice([0, 1, 3, 8, 20])):
            for upn, surname, forename, form in pupils:
                for session in ("AM", "PM"):
                    values = {"upn": upn, "surname": surname, "forename": forename, "form": form, "date": day.isoformat(),
                              "session": rng.choice([session, session.lower()]), "mark": rng.choice(MARKS), "recorded by": "tutor"}
                    lines.append(",".join(values[c] for c in order))
                    if rng.random() < 0.05:
                        lines.append("")
            day += timedelta(days=1)
        for _ in range(rng.randint(0, 3)):
            if len(lines) > 1:
                lines.append(rng.choice(lines[1:]).replace(",/,", ",I,"))
        if rng.random() < 0.03:
            lines.append(",".join("Q" if c == "mark" else "K1" for c in order))
        yield rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])


@pytest.mark.parametrize("export", list(_random_cases()))
def test_random(export) -> None:
    assert_same(attendance_summary, reference, export)


def test_half_term_export() -> None:
    """A realistic export: 150 pupils over 35 school days, with appended corrections."""
    rng = random.Random(44)
    lines = [HEADER]
    roll = [(f"K{rng.randint(10**11, 10**12 - 1)}", rng.choice(["Smith", "Khan", "Nowak"]), rng.choice(["Ava", "Théo"]),
             f"{7 + n % 5}{'ABC'[n % 3]}", rng.choice([0.01, 0.05, 0.12, 0.3])) for n in range(150)]
    corrections = []
    for day in range(35):
        when = (date(2024, 9, 2) + timedelta(days=day)).isoformat()
        for upn, surname, forename, form, absence in roll:
            for session in ("AM", "PM"):
                mark = rng.choice("IMOUGN") if rng.random() < absence else rng.choice("/\\L")
                lines.append(f"{upn},{surname},{forename},{form},{when},{session},{mark},tutor")
                if rng.random() < 0.003:
                    corrections.append(f"{upn},{surname},{forename},{form},{when},{session},{rng.choice('IM/X')},office")
    assert_same(attendance_summary, reference, "\n".join(lines + corrections) + "\n")
