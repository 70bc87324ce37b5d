"""Strict equivalence tests for flag_results (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from labflags.intervals import Flagged, IntervalTableError, Result, flag_results
from strict_support import assert_same

TARGET = "labflags/intervals.py:flag_results"

COLUMNS = ["test", "sex", "age_from", "age_to", "low", "high", "unit"]


def _limit(text):
    text = text.strip()
    return float(text) if text else None


def _parse_row(line, number):
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != len(COLUMNS):
        raise IntervalTableError(f"line {number}: expected {len(COLUMNS)} fields, found {len(fields)}")
    test, sex, age_from, age_to, low, high, unit = fields
    if sex not in ("M", "F", "*"):
        raise IntervalTableError(f"line {number}: unknown sex {sex!r}")
    try:
        return test, sex, int(age_from), int(age_to), _limit(low), _limit(high), unit
    except ValueError as error:
        raise IntervalTableError(f"line {number}: {error}") from None


def _find(table, test, sex, age):
    lines = table.splitlines()
    if not lines or [field.strip() for field in lines[0].split(",")] != COLUMNS:
        raise IntervalTableError("missing or unexpected header line")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row_test, row_sex, age_from, age_to, low, high, unit = _parse_row(line, number)
        if row_test == test and row_sex in ("*", sex) and age_from <= age <= age_to:
            return low, high, unit
    return None


def reference(results, table):
    flagged = []
    for result in results:
        interval = _find(table, result.test, result.sex, result.age)
        if interval is None:
            flagged.append(Flagged(result.sample_id, result.test, result.value, None, None, "", "?"))
            continue
        low, high, unit = interval
        if low is not None and result.value < low:
            flag = "L"
        elif high is not None and result.value > high:
            flag = "H"
        else:
            flag = "N"
        flagged.append(Flagged(result.sample_id, result.test, result.value, low, high, unit, flag))
    return flagged


HEADER = "test,sex,age_from,age_to,low,high,unit"
TABLE = HEADER + """
# haemoglobin
HGB,*,0,17,11.0,16.0,g/dL
HGB,M,18,120,13.5,17.5,g/dL
HGB,F,18,120,12.0,15.5,g/dL
CRP,*,0,120,,5,mg/L

HDL,*,18,120,1.0,,mmol/L
HGB,*,0,120,1,2,dup
"""
BAD_AT_END = TABLE + "K,M,18,120,3.5\n"
BAD_IN_MIDDLE = TABLE.replace("CRP,*,0,120,,5,mg/L", "CRP,*,0,120,,five,mg/L")
BAD_SEX = TABLE.replace("HDL,*", "HDL,U")
BAD_AGE = TABLE.replace("HGB,F,18,120", "HGB,F,18.0,120")
BAD_COMMA = TABLE.replace("mg/L", "mg/L,extra")
CRLF = TABLE.replace("\n", "\r\n")
SPACED = "\n".join(" " + line.replace(",", " ,  ") + "  " for line in TABLE.splitlines())
TABLES = {
    "table": TABLE, "bad_end": BAD_AT_END, "bad_middle": BAD_IN_MIDDLE, "bad_sex": BAD_SEX, "bad_age": BAD_AGE,
    "bad_comma": BAD_COMMA, "crlf": CRLF, "spaced": SPACED, "empty": "", "header_only": HEADER,
    "header_nl": HEADER + "\n", "no_header": TABLE.split("\n", 1)[1], "bom": "\ufeff" + TABLE,
    "upper_header": TABLE.replace("test,sex", "TEST,SEX", 1), "blank_first": "\n" + TABLE,
    "comments": HEADER + "\n  # indented comment, with, commas\n\t\n#HGB,M,0,120,1,2,x\nHGB,M,0,120,-1e3,1E3,x\n",
    "inf": HEADER + "\nHGB,*,0,120,-inf,inf,g\nCRP,*,0,120,+5,,mg/L\n",
    "unicode": HEADER + "\nHbA₁c,*,0,120,20,42,mmol/mol\nCRP,*,0,120,0,5,mg/L\n",
    "negative_ages": HEADER + "\nHGB,*,-5,-1,1,2,x\nHGB,*,5,1,3,4,y\nHGB,*,0,0,5,6,z\n",
    "underscore": HEADER + "\nHGB,*,0,1_20,1,2,x\nHGB,*,0,120,1_0,2,y\n",
    "tabs": HEADER + "\nHGB\t,*,0,120,1,2,\tg\n",
}

R = [
    Result("S1", "HGB", "M", 50, 12.0),
    Result("S1", "CRP", "M", 50, 80.0),
    Result("S2", "HGB", "F", 30, 13.0),
    Result("S3", "HDL", "F", 61, 0.8),
    Result("S3", "HDL", "F", 61, 9.9),
    Result("S4", "HGB", "M", 10, 20),
    Result("S4", "HGB", "F", 0, 11.0),
    Result("S5", "K", "M", 40, 4.0),
    Result("S6", "HGB", "X", 40, 1.5),
    Result("S6", "HGB", "m", 40, 1.5),
    Result("S7", "HGB", "M", 17.5, 1.5),
    Result("S7", "HGB", "M", 121, 1.5),
    Result("S8", "hgb", "M", 40, 14),
    Result("S8", "HbA₁c", "F", 70, 50.5),
    Result("S9", "CRP", "F", 120, 5),
    Result("S9", "CRP", "F", 120, 5.000001),
    Result("S9", "HGB", "M", -3, 1.5),
    Result("S9", "", "M", 40, 1.5),
]

BATCHES = [[], [R[0]], [R[7]], R[:5], R[5:10], R[10:], R, R[::-1], tuple(R[:4]), [R[0], R[0], R[0]]]

CASES = [(batch, table) for table in TABLES.values() for batch in BATCHES]
CASES += [([R[i]], TABLES[name]) for name in ("bad_end", "bad_middle", "bad_sex", "bad_age", "bad_comma") for i in range(len(R))]


def _random():
    rng = random.Random(404)
    tests = ["HGB", "CRP", "K", "NA", "Hb"]
    for _ in range(80):
        lines = [rng.choice([HEADER, HEADER, HEADER, " test , sex,age_from,age_to,low,high,unit "])]
        for _ in range(rng.randint(0, 14)):
            if rng.random() < 0.15:
                lines.append(rng.choice(["", "# note", "   ", "  #x,y"]))
                continue
            low = rng.choice(["", str(rng.randint(0, 5)), f"{rng.uniform(0, 5):.2f}"])
            high = rng.choice(["", str(rng.randint(5, 10)), f"{rng.uniform(5, 10):.1f}"])
            a = rng.randint(0, 60)
            row = [rng.choice(tests), rng.choice("MF**"), str(a), str(a + rng.randint(0, 70)), low, high, rng.choice(["g/L", "", "u"])]
            if rng.random() < 0.04:
                row[rng.randrange(7)] = rng.choice(["x", "1.5", "?"])
            if rng.random() < 0.02:
                row = row[:5]
            lines.append(", ".join(row))
        table = "\n".join(lines) + rng.choice(["", "\n", "\n\n"])
        batch = [Result(f"S{rng.randint(1, 9)}", rng.choice(tests), rng.choice("MF"), rng.randint(0, 130), round(rng.uniform(0, 11), 2))
                 for _ in range(rng.randint(0, 12))]
        yield batch, table


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(flag_results, reference, *case)


def test_large_batch() -> None:
    rng = random.Random(5)
    codes = [f"T{n:03d}" for n in range(120)]
    lines = [HEADER]
    for code in codes:
        for sex in "MF":
            lines.append(f"{code},{sex},0,17,{rng.randint(0, 5)},{rng.randint(6, 10)},u")
            lines.append(f"{code},{sex},18,120,{rng.randint(0, 5)},,u")
    table = "\n".join(lines)
    batch = [Result(f"S{n}", rng.choice(codes + ["NOPE"]), rng.choice("MF"), rng.randint(0, 99), rng.uniform(0, 12)) for n in range(400)]
    assert_same(flag_results, reference, batch, table)
    assert_same(flag_results, reference, batch, table + "\nBROKEN,M\n")
    assert_same(flag_results, reference, batch, table.replace("T060,F,18,120", "T060,F,18,adult"))


def test_error_type_is_value_error() -> None:
    with pytest.raises(ValueError):
        flag_results([R[0]], "nope")


def test_types() -> None:
    out = flag_results(R[:3], TABLE)
    assert type(out) is list and all(type(item) is Flagged for item in out)
